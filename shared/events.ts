/**
 * The socket.io contract in one place, so every emit and on is type-checked on both sides.
 * Events are scoped by room: public ones (board, kiosk, phone) never carry tokens or identity data.
 */
import type { CounterStatus, PublicOffice } from './schemas/office.js';
import type { PublicTicket, Ticket } from './schemas/ticket.js';
import type { Complaint, Rating } from './schemas/feedback.js';
import type { JoinBody } from './schemas/socket.js';
import type { SupervisionChanged, SupervisionLive, SupervisorJoinBody } from './schemas/supervision.js';
import type { ErrorValues } from './errors.js';

export interface CounterState {
  id: string;
  number: number;
  name: string;
  status: CounterStatus;
  officer?: string;
  officerName?: string;
  ticket?: PublicTicket;
  services: string[];
}

/** One call shown on a board and announced aloud. `callId` is unique per call and recall. */
export interface CallEvent {
  callId: string;
  office: string;
  ticket: PublicTicket;
  counterId: string;
  counterNumber: number;
  counterName: string;
  at: number;
  recall: boolean;
}

export interface BoardSnapshot {
  office: string;
  officeName: string;
  date: string;
  serverTime: number;
  counters: CounterState[];
  recent: CallEvent[];
  services: { id: string; name: string; prefix: string; waiting: number }[];
  notices: string[];
  callPhrase: string;
}

/** A counter snapshot lists at most this many waiting tickets (the first in call order). */
export const WAITING_LIST_LIMIT = 200;

export interface CounterSnapshot {
  office: string;
  counter: CounterState;
  /** Full ticket (with identity when the citizen allowed it) for the officer. */
  current?: Ticket;
  waiting: PublicTicket[];
  today: { served: number; noShow: number; called: number };
  /** The same counts for the officer holding the counter, over all counters today. */
  officerToday?: { served: number; noShow: number; called: number };
  /** the server's clock when the snapshot was taken (ms): elapsed and waiting times use it, not the PC's */
  serverTime: number;
  /** the server's clock when it began reading the snapshot: a change made since may be missing from it */
  readFrom?: number;
}

/** Sent to a counter's consoles when an administrator acts on the counter another officer held (`from`). */
export interface CounterTakeover {
  office: string;
  counterId: string;
  /** the officer who held the counter */
  from: string;
  /** the administrator (username and display name) */
  by: string;
  byName: string;
  /** what the administrator did: open (took it over) or close */
  action: string;
  at: number;
}

/**
 * Sent to the consoles of the counters that serve a ticket's service when the ticket joins that
 * queue (issued, transferred in) or leaves it other than by a call (cancelled). With `ticket.called`
 * it keeps a console's waiting list without reading it again. Public fields only. Under a rush one
 * message carries the changes of up to 100 ms (see queue-broadcast.ts), some perhaps of services
 * the receiving counter does not serve.
 */
export interface WaitingChange {
  office: string;
  /** each ticket in its newest state, and when it changed (ms, server clock; see ticket-change.ts) */
  changes: { ticket: PublicTicket; at: number }[];
}

/**
 * The waiting line of services whose line changed, in call order (priority line first, each by
 * its order), for the citizens' phones: each finds its own number and works out how many are ahead
 * and its wait (shared/wait-estimate.ts) without asking the server. At most `POSITIONS_LISTED`
 * numbers per service; a phone further back keeps its own figures until it is listed.
 */
export interface QueuePositions {
  office: string;
  services: { id: string; order: string[]; total: number; serviceSeconds: number; openCounters: number }[];
}

export const POSITIONS_LISTED = 300;

export interface QueueChange {
  office: string;
  services: { id: string; waiting: number }[];
}

/** Sent to a counter's rating tablet when a ticket is completed there (no token, no identity). */
export interface RatingRequest {
  office: string;
  ticketId: string;
  number: string;
  serviceId: string;
  counterId: string;
  at: number;
  /** after this instant the tablet may no longer rate the ticket */
  expiresAt: number;
}

export type Snapshot =
  | { role: 'board' | 'counter-screen'; board: BoardSnapshot }
  | { role: 'kiosk'; office: PublicOffice }
  | { role: 'counter'; counter: CounterSnapshot }
  | { role: 'ticket'; ticket: PublicTicket }
  | { role: 'chairman' | 'admin'; board: BoardSnapshot }
  | { role: 'tablet'; office: PublicOffice; request?: RatingRequest }
  | { role: 'supervisor'; wall: SupervisionLive };

/** What an alert is about; pages word it through the catalogue (`alertText`), the server sends no sentences. */
export type AlertKind = 'long_wait' | 'complaint_overdue' | 'complaint_new';
/** The figures an alert's sentence needs, e.g. `{ due: '2026-12-02' }` for an overdue complaint. */
export type AlertValues = Record<string, string | number>;

export interface Alert {
  kind: AlertKind;
  office: string;
  values: AlertValues;
  at: number;
  ref?: string;
}

export interface ServerToClientEvents {
  snapshot: (s: Snapshot) => void;
  'ticket.called': (e: CallEvent) => void;
  'ticket.recalled': (e: CallEvent) => void;
  /** public fields in a ticket's room; the whole ticket (a `Ticket`) in its counter's room */
  'ticket.updated': (t: PublicTicket) => void;
  'queue.changed': (q: QueueChange) => void;
  'counter.changed': (c: CounterState) => void;
  'rating.received': (r: Rating) => void;
  'complaint.received': (c: Complaint) => void;
  /** a complaint's status changed (in progress, resolved) */
  'complaint.updated': (c: Complaint) => void;
  'office.changed': (o: { office: string }) => void;
  alert: (a: Alert) => void;
  'rating.requested': (r: RatingRequest) => void;
  'counter.takenOver': (e: CounterTakeover) => void;
  'waiting.changed': (w: WaitingChange) => void;
  /** to the phones following tickets of the office */
  'queue.positions': (p: QueuePositions) => void;
  /** to supervisors' live walls: the offices whose figures changed (whole rows), at most one a second */
  'supervision.changed': (c: SupervisionChanged) => void;
}

export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; values?: ErrorValues } };

export interface ClientToServerEvents {
  join: (body: JoinBody | SupervisorJoinBody, ack?: (r: Ack<Snapshot>) => void) => void;
  snapshot: (ack?: (r: Ack<Snapshot>) => void) => void;
  /** a paired screen is alive (the server knows it by its key; the body is empty) */
  heartbeat: (body: Record<string, never>, ack?: (r: Ack<{ at: number }>) => void) => void;
}
