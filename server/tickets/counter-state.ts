/** A counter's state as the scripts store it, and its view for screens. */
import type { CounterState } from '../../shared/events.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { decodeTicket } from './ticket-codec.js';
import { publicTicket, type StoredTicket } from './ticket-view.js';

export interface StoredCounter {
  status: 'closed' | 'open' | 'paused';
  officer?: string;
  officerName?: string;
  ticket?: string;
  ticketDate?: string;
  sincePriority?: number;
  openedAt?: number;
  pausedAt?: number;
}

export function counterConfig(config: OfficeConfig, counterId: string) {
  const c = config.counters.find((x) => x.id === counterId);
  if (!c) throw notFound(`counter ${counterId}`);
  return c;
}

export function counterView(config: OfficeConfig, counterId: string, state: StoredCounter | null, ticket: StoredTicket | null): CounterState {
  const c = counterConfig(config, counterId);
  const view: CounterState = { id: c.id, number: c.number, name: c.name, status: state?.status ?? 'closed', services: c.services };
  if (state?.officer) view.officer = state.officer;
  if (state?.officerName) view.officerName = state.officerName;
  if (ticket && (ticket.status === 'called' || ticket.status === 'serving')) view.ticket = publicTicket(ticket);
  return view;
}

/** Every counter of the office with its held ticket, in two round trips. */
export async function readCounters(
  ctx: Context,
  officeId: string,
  config: OfficeConfig,
): Promise<{ state: StoredCounter | null; ticket: StoredTicket | null; view: CounterState }[]> {
  const ids = config.counters.map((c) => c.id);
  const raw = await ctx.redis.hmget(keys.counters(officeId), ...ids);
  const states = raw.map((r) => (r ? (JSON.parse(r) as StoredCounter) : null));
  const pipe = ctx.redis.pipeline();
  const held: number[] = [];
  states.forEach((s, i) => {
    if (s?.ticket && s.ticketDate) {
      pipe.hget(keys.tickets(officeId, s.ticketDate), s.ticket);
      held.push(i);
    }
  });
  const tickets: (StoredTicket | null)[] = ids.map(() => null);
  if (held.length) {
    const res = (await pipe.exec())!;
    held.forEach((i, j) => {
      const v = res[j]![1] as string | null;
      tickets[i] = v ? decodeTicket(v, officeId, states[i]!.ticketDate!, states[i]!.ticket!) : null;
    });
  }
  return ids.map((id, i) => ({ state: states[i]!, ticket: tickets[i]!, view: counterView(config, id, states[i]!, tickets[i]!) }));
}

export async function readCounter(ctx: Context, officeId: string, config: OfficeConfig, counterId: string) {
  counterConfig(config, counterId);
  const raw = await ctx.redis.hget(keys.counters(officeId), counterId);
  const state = raw ? (JSON.parse(raw) as StoredCounter) : null;
  let ticket: StoredTicket | null = null;
  if (state?.ticket && state.ticketDate) {
    const t = await ctx.redis.hget(keys.tickets(officeId, state.ticketDate), state.ticket);
    ticket = t ? decodeTicket(t, officeId, state.ticketDate, state.ticket) : null;
  }
  return { state, ticket, view: counterView(config, counterId, state, ticket) };
}
