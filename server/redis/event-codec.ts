/**
 * Entries of an office's event stream (the audit trail), as `appendEvent` in scripts/includes/event-codec.lua writes
 * them: the time in the entry id (or in `t` when the stream was already past it) and `e`, a ticket
 * event's code and values in a fixed order, or [type, data] for the rest. A ticket is named by its
 * number when it is of the event's UTC date, else by date_number, never with its office. Expanded
 * here to the full event, e.g. for the archive. Entries written before (fields `type`, `t`, `data`,
 * the id in Redis' time) still read.
 */
import { utcDate } from '../../shared/office-time.js';
import { ticketId } from '../../shared/ticket-number.js';

export interface OfficeEvent {
  /** the stream entry id */
  id: string;
  type: string;
  t: number;
  data: unknown;
}

/** code → type and the names of its values, in event-codec.lua's EVENT_FIELDS order */
const TICKET_EVENTS: Record<string, [string, string[]]> = {
  i: ['ticket.issued', ['id', 'serviceId', 'kiosk', 'category']],
  c: ['ticket.called', ['id', 'counterId', 'officer']],
  rc: ['ticket.recalled', ['id', 'counterId', 'officer']],
  s: ['ticket.serving', ['id', 'counterId', 'officer']],
  d: ['ticket.done', ['id', 'counterId', 'officer', 'dossier', 'dossiers']],
  n: ['ticket.no_show', ['id', 'counterId', 'officer']],
  tr: ['ticket.transferred', ['id', 'from', 'to', 'counterId', 'officer']],
  x: ['ticket.cancelled', ['id', 'by']],
  z: ['ticket.closed_at_day_end', ['id', 'counterId', 'officer']],
  r: ['rating.received', ['id', 'score']],
};

const streamMs = (id: string) => Number(id.split('-')[0]);

export function decodeEvent(office: string, id: string, fields: string[]): OfficeEvent {
  const f: Record<string, string> = {};
  for (let i = 0; i < fields.length; i += 2) f[fields[i]!] = fields[i + 1]!;
  const t = Number(f.t ?? streamMs(id));
  if (f.e === undefined) return { id, type: f.type ?? '', t, data: parseOr(f.data) };
  const [code, ...values] = JSON.parse(f.e) as [string, ...unknown[]];
  const spec = TICKET_EVENTS[code];
  if (!spec) return { id, type: code, t, data: values[0] };
  const [type, names] = spec;
  const data: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const v = values[i];
    if (v === undefined || v === null) return;
    if (name === 'id') {
      // number, date_number, or a whole id
      const parts = String(v).split('_');
      const [date, number] = parts.length === 1 ? [utcDate(t), parts[0]] : parts.slice(-2);
      data.id = parts.length === 3 ? String(v) : ticketId(office, date!, number!);
      if (type === 'ticket.issued') Object.assign(data, { number, priority: values[3] !== undefined && values[3] !== null });
    } else data[name] = v;
  });
  return { id, type, t, data };
}

function parseOr(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
