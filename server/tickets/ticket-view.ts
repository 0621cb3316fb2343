/** Projections of a stored ticket for each audience. */
import type { PublicTicket, Ticket } from '../../shared/schemas/ticket.js';
import { ticketDossiers } from '../dossiers/dossier-record.js';

/** The ticket as stored by the Lua scripts (a superset of the contract's Ticket). */
export type StoredTicket = Ticket & {
  hour: string;
  origServiceId: string;
  dossier?: string;
  /** an appointment checked in on time: when its slot ends (call-next counts a call before it as within the slot) */
  slotEnd?: number;
  identity?: Ticket['identity'] & { idHash?: string };
};

export function publicTicket(t: StoredTicket, extra: Partial<PublicTicket> = {}): PublicTicket {
  const out: PublicTicket = { id: t.id, number: t.number, serviceId: t.serviceId, status: t.status, priority: t.priority, issuedAt: t.issuedAt };
  if (t.calledAt) out.calledAt = t.calledAt;
  if (t.counterId) out.counterId = t.counterId;
  if (t.source) out.source = t.source;
  // the console marks an appointment with its slot time (counters see public tickets in their waiting list)
  if (t.slotAt) out.slotAt = t.slotAt;
  return { ...out, ...extra };
}

/** The citizen's own view (issuing kiosk, phone with the token): public data and the token. */
export function citizenTicket(t: StoredTicket, extra: Partial<PublicTicket> = {}): Ticket {
  const { identity: _identity, hour: _h, origServiceId: _o, officer: _officer, dossier: _d, ...rest } = t;
  return { ...rest, ...withDossiers(t), ...publicTicket(t, extra) } as Ticket;
}

/** The officer's console: everything, identity masked as stored (never the full id number). */
export function officerTicket(t: StoredTicket): Ticket {
  const { hour: _h, origServiceId: _o, token: _token, dossier: _d, ...rest } = t;
  const identity = t.identity
    ? { idLast4: t.identity.idLast4, name: t.identity.name, birthDate: t.identity.birthDate, sex: t.identity.sex, address: t.identity.address }
    : undefined;
  return { ...rest, ...withDossiers(t), token: '', ...(identity ? { identity } : {}) } as Ticket;
}

/** The dossier codes a ticket served, as one list (a ticket of before several codes kept one `dossier`). */
function withDossiers(t: StoredTicket): { dossiers?: string[] } {
  const codes = ticketDossiers(t);
  return codes.length ? { dossiers: codes } : {};
}
