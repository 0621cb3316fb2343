/** Dossiers (hồ sơ) of the one-stop desk: codes on tickets, imports and pushes from the one-stop software, the dossier report. */
import { z } from 'zod';
import { IsoDate, OfficeId, Text, TicketIdParam } from './common.js';

/** A dossier code (mã hồ sơ) as the one-stop software prints it on the receipt (letters, digits, ".", "_", "-"). */
export const DossierCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'dossier code: up to 60 letters, digits, ".", "_" or "-"');

/** A calendar date (YYYY-MM-DD) that exists. */
export const RealDate = IsoDate.refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'no such date');

export const DossierParams = z.strictObject({ office: OfficeId, id: DossierCode });
export const DossierStatusQuery = z.enum(['in_progress', 'resolved', 'awaiting_data', 'all']);
export const ResolveDossierBody = z.strictObject({ date: IsoDate.optional() }).default({});
export const DossierListQuery = z.strictObject({
  status: DossierStatusQuery.default('in_progress'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A code served at the counter: received at the desk with its result date, or only linked until its dates come. */
export const DeskDossier = z.strictObject({
  code: DossierCode,
  dueDate: RealDate.optional(),
  title: Text(200).optional(),
});
export type DeskDossier = z.infer<typeof DeskDossier>;
export const MAX_DOSSIERS_PER_CALL = 20;

/** POST /offices/:office/tickets/:ticket/dossiers: codes linked to a completed ticket afterwards. */
export const TicketDossierParams = z.strictObject({ office: OfficeId, ticket: TicketIdParam });
export const LinkDossiersBody = z.strictObject({ codes: z.array(DossierCode).min(1).max(MAX_DOSSIERS_PER_CALL) });

/** A dossier's dates from the one-stop software (the API's body; an import row becomes the same). */
export const DossierDatesBody = z.strictObject({
  /** the office's service id or name, or a name of the import's mapping */
  service: Text(200).min(1),
  title: Text(200).optional(),
  received: RealDate,
  due: RealDate,
  resolved: RealDate.optional(),
  returned: RealDate.optional(),
});
export type DossierDatesBody = z.infer<typeof DossierDatesBody>;

export const ImportMode = z.enum(['all-or-nothing', 'keep-valid']);
export type ImportMode = z.infer<typeof ImportMode>;
/** Names in the file (Lĩnh vực, Tên thủ tục) → the office's service ids, for those its names do not match. */
export const ServiceMapping = z
  .record(Text(200).min(1), z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/))
  .refine((m) => Object.keys(m).length <= 200, 'at most 200 names');

export const MAX_BATCH = 500;
export const DossierBatchBody = z.strictObject({
  dossiers: z
    .array(z.strictObject({ code: DossierCode, ...DossierDatesBody.shape }))
    .min(1)
    .max(MAX_BATCH),
  mode: ImportMode.default('all-or-nothing'),
  services: ServiceMapping.optional(),
});

/** The largest Excel file an import takes (a ward's year of dossiers is a few hundred kilobytes). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** POST /offices/:office/dossiers/import as JSON: the file in base64; a raw XLSX body takes these as query parameters. */
export const DossierImportBody = z.strictObject({
  file: z
    .string()
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, 'file: at most 4 MB')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'file: the XLSX file in base64'),
  mode: ImportMode.default('all-or-nothing'),
  services: ServiceMapping.optional(),
});
export const DossierImportQuery = z.strictObject({
  mode: ImportMode.default('all-or-nothing').describe('with the XLSX file as the body only (the JSON body has its own)'),
});

/** One row (or pushed dossier) that was not taken: its spreadsheet line and column, or its place in a batch. */
export interface DossierProblem {
  /** the line of the spreadsheet (as Excel numbers it), or the dossier's index in a batch (from 0) */
  line?: number;
  index?: number;
  /** the column's header as in the file, or the body's field */
  column: string;
  code?: string;
  /** the cell's text when it is what is wrong (a date that is none, a service name not found) */
  value?: string;
  /** why, a code the pages word (shared/i18n/dossier-messages.ts problemText) */
  problem: DossierProblemCode;
  message: string;
}
export type DossierProblemCode =
  | 'missing'
  | 'bad_date'
  | 'bad_code'
  | 'duplicate'
  | 'unknown_service'
  | 'due_before_received'
  | 'resolved_before_received'
  | 'returned_before_resolved'
  | 'in_future'
  | 'status_mismatch'
  | 'no_header'
  | 'no_rows'
  | 'too_many_rows'
  | 'unreadable';

export interface DossierImportResult {
  mode: ImportMode;
  /** rows (or pushed dossiers) read */
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** rows not taken: the invalid ones, or every row when all-or-nothing met a problem */
  rejected: number;
  problems: DossierProblem[];
}

export interface DossierReport {
  office: string;
  from: string;
  to: string;
  /** received (at the desk) in the range */
  received: number;
  /** of those received in the range, still in progress now */
  inProgress: number;
  /** resolved in the range (by resolution date) */
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  earlyShare: number | null;
  onTimeShare: number | null;
  lateShare: number | null;
  byService: { key: string; label: string; received: number; resolved: number; early: number; onTime: number; late: number; inProgress: number }[];
}
