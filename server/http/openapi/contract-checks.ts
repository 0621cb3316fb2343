/**
 * Proof, at compile time, that each response schema (shared/schemas/*-responses.ts) describes
 * exactly the interface the server builds its answers with: each is assignable to the other, with
 * the same top-level keys. An interface that gains or loses a field (an optional one too) fails the
 * type check here until its schema follows.
 */
import type { z } from 'zod';
import type * as events from '../../../shared/events.js';
import type { ErrorBody as ErrorBodyType } from '../../../shared/errors.js';
import type * as auth from '../../../shared/schemas/auth.js';
import type * as audit from '../../../shared/schemas/audit.js';
import type * as booking from '../../../shared/schemas/booking.js';
import type * as bookingOut from '../../../shared/schemas/booking-responses.js';
import type * as device from '../../../shared/schemas/device.js';
import type * as dossiers from '../../../shared/schemas/dossiers.js';
import type * as dossiersOut from '../../../shared/schemas/dossier-responses.js';
import type { ErrorBody } from '../../../shared/schemas/error-body.js';
import type * as feedback from '../../../shared/schemas/feedback.js';
import type * as live from '../../../shared/schemas/live-report.js';
import type * as office from '../../../shared/schemas/office.js';
import type * as officeOut from '../../../shared/schemas/office-responses.js';
import type * as ranking from '../../../shared/schemas/ranking.js';
import type * as rankingOut from '../../../shared/schemas/ranking-responses.js';
import type * as exportsIn from '../../../shared/schemas/report-exports.js';
import type * as figures from '../../../shared/schemas/report-figures.js';
import type * as figuresOut from '../../../shared/schemas/report-figure-responses.js';
import type * as reportsOut from '../../../shared/schemas/report-responses.js';
import type * as staffOut from '../../../shared/schemas/staff-responses.js';
import type * as supervision from '../../../shared/schemas/supervision.js';
import type * as ticket from '../../../shared/schemas/ticket.js';
import type * as ticketOut from '../../../shared/schemas/ticket-responses.js';
import type * as webhooks from '../../../shared/schemas/webhooks.js';
import type * as webhooksOut from '../../../shared/schemas/webhook-responses.js';
import type { AccountView } from '../../auth/accounts.js';
import type { StoredComplaint } from '../../complaints/complaint-store.js';
import type { listDossiers } from '../../dossiers/dossier-actions.js';
import type { dossierDetail, DossierTicket, linkDossiersToTicket } from '../../dossiers/dossier-links.js';
import type { pushDossier } from '../../dossiers/dossier-import.js';
import type { StoredDossier } from '../../dossiers/dossier-record.js';
import type { StoredTicket } from '../../tickets/ticket-view.js';

type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// the same keys too: an optional field on one side only passes assignability both ways
type Same<A, B> = Assignable<A, B> extends true ? Assignable<keyof A, keyof B> : false;
type Out<S extends z.ZodType> = z.output<S>;
type Check<T extends true> = T;

export type ContractChecks = [
  Check<Same<Out<typeof ErrorBody>, ErrorBodyType>>,
  Check<Same<Out<typeof ticketOut.PublicTicket>, ticket.PublicTicket>>,
  // a whole ticket as every view sends it: the stored ticket's `slotEnd` rides along (its old `dossier` is sent as `dossiers`)
  Check<Same<Out<typeof ticketOut.Ticket>, ticket.Ticket & Pick<StoredTicket, 'slotEnd'>>>,
  Check<Same<Out<typeof ticketOut.Rating>, feedback.Rating>>,
  Check<Same<Out<typeof ticketOut.Complaint>, feedback.Complaint>>,
  Check<Same<Out<typeof ticketOut.StoredComplaint>, StoredComplaint>>,
  Check<Same<Out<typeof officeOut.PublicOffice>, office.PublicOffice>>,
  Check<Same<Out<typeof officeOut.CounterState>, events.CounterState>>,
  Check<Same<Out<typeof officeOut.CallEvent>, events.CallEvent>>,
  Check<Same<Out<typeof officeOut.BoardSnapshot>, events.BoardSnapshot>>,
  Check<Same<Out<typeof officeOut.CounterSnapshot>, Omit<events.CounterSnapshot, 'current'> & { current?: z.output<typeof ticketOut.Ticket> }>>,
  Check<Same<Out<typeof officeOut.OfficeConfig>, office.OfficeConfig>>,
  Check<Same<Out<typeof bookingOut.Booking>, booking.Booking>>,
  Check<Same<Out<typeof bookingOut.BookingOptions>, booking.BookingOptions>>,
  Check<Same<Out<typeof bookingOut.DeviceInfo>, device.DeviceInfo>>,
  Check<Same<Out<typeof bookingOut.DeviceView>, device.DeviceView>>,
  Check<Same<Out<typeof bookingOut.PairingTicket>, device.PairingTicket>>,
  Check<Same<Out<typeof bookingOut.PairingClaim>, device.PairingClaim>>,
  Check<Same<Out<typeof figuresOut.SummaryReport>, figures.SummaryReport>>,
  Check<Same<Out<typeof figuresOut.BreakdownReport>, figures.BreakdownReport>>,
  Check<Same<Out<typeof figuresOut.HeatmapReport>, figures.HeatmapReport>>,
  Check<Same<Out<typeof reportsOut.SatisfactionReport>, figures.SatisfactionReport>>,
  Check<Same<Out<typeof reportsOut.CommentItem>, figures.CommentItem>>,
  Check<Same<Out<typeof reportsOut.DossierReport>, dossiers.DossierReport>>,
  Check<Same<Out<typeof reportsOut.LiveReport>, live.LiveReport>>,
  Check<Same<Out<typeof reportsOut.ExportJobStatus>, exportsIn.ExportJobStatus>>,
  Check<Same<Out<typeof reportsOut.SnapshotMeta>, exportsIn.SnapshotMeta>>,
  Check<Same<Out<typeof reportsOut.SelfInspectionReport>, exportsIn.SelfInspectionReport>>,
  Check<Same<Out<typeof staffOut.SessionUser>, auth.SessionUser>>,
  Check<Same<Out<typeof staffOut.MeResponse>, auth.MeResponse>>,
  Check<Same<Out<typeof staffOut.SessionResponse>, auth.SessionResponse>>,
  Check<Same<Out<typeof staffOut.Account>, AccountView>>,
  Check<Same<Out<typeof staffOut.AuditEntry>, audit.AuditEntry>>,
  Check<Same<Out<typeof dossiersOut.Dossier>, StoredDossier>>,
  Check<Same<Out<typeof dossiersOut.NamedDossier>, StoredDossier & { serviceName: string }>>,
  Check<Same<Out<typeof dossiersOut.DossierList>, Awaited<ReturnType<typeof listDossiers>>>>,
  Check<Same<Out<typeof dossiersOut.DossierTicket>, DossierTicket>>,
  Check<Same<Out<typeof dossiersOut.DossierDetail>, Awaited<ReturnType<typeof dossierDetail>>>>,
  Check<Same<Out<typeof dossiersOut.LinkedDossiers>, Awaited<ReturnType<typeof linkDossiersToTicket>>>>,
  Check<Same<Out<typeof dossiersOut.PushedDossier>, Awaited<ReturnType<typeof pushDossier>> & { dossier: StoredDossier }>>,
  Check<Same<Out<typeof dossiersOut.DossierProblem>, dossiers.DossierProblem>>,
  Check<Same<Out<typeof dossiersOut.DossierImportResult>, dossiers.DossierImportResult>>,
  Check<Same<Out<typeof staffOut.SupervisionLive>, supervision.SupervisionLive>>,
  Check<Same<Out<typeof rankingOut.RankingFigures>, ranking.RankingFigures>>,
  Check<Same<Out<typeof rankingOut.RankingChange>, ranking.RankingChange>>,
  Check<Same<Out<typeof rankingOut.RankingMedian>, ranking.RankingMedian>>,
  Check<Same<Out<typeof rankingOut.RankingRow>, ranking.RankingRow>>,
  Check<Same<Out<typeof rankingOut.RankingTotal>, ranking.RankingTotal>>,
  Check<Same<Out<typeof rankingOut.RankingReport>, ranking.RankingReport>>,
  Check<Same<Out<typeof rankingOut.ProvinceReportMeta>, ranking.ProvinceReportMeta>>,
  Check<Same<Out<typeof rankingOut.ProvinceReport>, ranking.ProvinceReport>>,
  Check<Same<Out<typeof webhooksOut.WebhookEndpoint>, webhooks.WebhookEndpointView>>,
  Check<Same<Out<typeof webhooksOut.WebhookWithSecret>, webhooks.WebhookWithSecret>>,
  Check<Same<Out<typeof webhooksOut.WebhookDelivery>, webhooks.WebhookDeliveryView>>,
  Check<Same<Out<typeof webhooksOut.WebhookDeliveries>, webhooks.WebhookDeliveriesResponse>>,
];
