/**
 * A dossier (hồ sơ) as stored in the office's dossiers hash (keys.dossiers), by its code. It comes
 * from the desk (an officer completing a ticket with its result date), from the one-stop software
 * (an Excel import or the API: the dates it holds win), or is only a code linked to tickets until
 * its dates come (awaiting_data, counted nowhere). Mirror: server/redis/scripts/includes/dossier-rules.lua.
 */
export type DossierStatus = 'awaiting_data' | 'in_progress' | 'resolved';
export type DossierOutcome = 'early' | 'onTime' | 'late';

export interface StoredDossier {
  id: string;
  code: string;
  title?: string;
  status: DossierStatus;
  serviceId?: string;
  receivedDate?: string;
  /** the legal result date (ngày hẹn trả) */
  dueDate?: string;
  resolvedDate?: string;
  /** the result handed to the citizen (ngày trả kết quả) */
  returnedDate?: string;
  outcome?: DossierOutcome;
  /** the tickets that served it (ids) */
  tickets?: string[];
  /** received at the desk: the ticket, counter, officer and time */
  ticketId?: string;
  counterId?: string;
  officer?: string;
  receivedAt?: number;
  /** a result recorded at the desk (POST …/dossiers/:id/resolve) */
  resolvedAt?: number;
  resolvedBy?: string;
  /** who last set its dates */
  source?: 'desk' | 'import' | 'api';
  updatedAt?: number;
}

/** A dossier whose dates are known (what the report counts). */
export type DatedDossier = StoredDossier & { serviceId: string; receivedDate: string; dueDate: string };

export const isDated = (d: StoredDossier): d is DatedDossier => d.status !== 'awaiting_data' && !!d.serviceId && !!d.receivedDate && !!d.dueDate;

export function dossierOutcome(resolvedDate: string, dueDate: string): DossierOutcome {
  return resolvedDate < dueDate ? 'early' : resolvedDate > dueDate ? 'late' : 'onTime';
}

/** Every ticket a dossier is linked to (a desk receipt of before the list holds only `ticketId`). */
export function dossierTickets(d: StoredDossier): string[] {
  return [...new Set([...(d.ticketId ? [d.ticketId] : []), ...(d.tickets ?? [])])];
}

/** The dossier codes a stored ticket carries (one `dossier` before several were kept). */
export function ticketDossiers(t: { dossier?: string; dossiers?: string[] }): string[] {
  return t.dossiers ?? (t.dossier ? [t.dossier] : []);
}
