/**
 * The counter's rating tablet rates "the ticket just completed at this counter". The tablet is a
 * public device, so it never sees a ticket token: the scripts that complete a ticket remember the
 * last ticket each counter completed (to ask the tablet about it), and the server accepts one
 * rating for any ticket completed at that counter within a short window, using the stored token.
 * Not only the last one: a rating chosen for one ticket may still be on its way when the officer
 * completes the next.
 */
import type { RatingRequest } from '../../shared/events.js';
import type { Rating, TabletRatingBody } from '../../shared/schemas/feedback.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { loadTicket } from '../tickets/ticket-reader.js';
import { rateTicket } from './rate-ticket.js';

/** How long after completion the tablet may still rate a ticket. */
export const TABLET_WINDOW_MS = 10 * 60 * 1000;

/** A counter's last completed ticket (`keys.tabletLast`), written by finishTicket in includes/ticket-rules.lua. */
interface LastCompleted {
  ticketId: string;
  number: string;
  serviceId: string;
  at: number;
}

function toRequest(office: string, counterId: string, last: LastCompleted): RatingRequest {
  return { office, counterId, ticketId: last.ticketId, number: last.number, serviceId: last.serviceId, at: last.at, expiresAt: last.at + TABLET_WINDOW_MS };
}

/**
 * What the counter's tablet is asked about a ticket just completed there. The completing script
 * (completeTicket, or callTicket finishing the counter's ticket) has already recorded it as the
 * counter's last completed ticket, in the same atomic change (`keys.tabletLast`).
 */
export function ratingRequest(office: string, counterId: string, ticket: Pick<Ticket, 'id' | 'number' | 'serviceId' | 'doneAt'>): RatingRequest {
  return toRequest(office, counterId, { ticketId: ticket.id, number: ticket.number, serviceId: ticket.serviceId, at: ticket.doneAt! });
}

async function lastCompleted(ctx: Context, office: string, counterId: string): Promise<LastCompleted | undefined> {
  const raw = await ctx.redis.hget(keys.tabletLast(office), counterId);
  return raw ? (JSON.parse(raw) as LastCompleted) : undefined;
}

/** The rating a tablet should be asking for right now (after a reconnect), if any. */
export async function pendingRatingRequest(ctx: Context, office: string, counterId: string): Promise<RatingRequest | undefined> {
  const last = await lastCompleted(ctx, office, counterId);
  if (!last || ctx.clock() - last.at > TABLET_WINDOW_MS) return undefined;
  const t = await loadTicket(ctx, last.ticketId);
  if (!t || t.rated || t.status !== 'done') return undefined;
  return toRequest(office, counterId, last);
}

/** Rates a ticket completed at this counter within the window (the one the tablet was asked about, or one before it). */
export async function rateFromTablet(ctx: Context, office: string, counterId: string, body: TabletRatingBody): Promise<Rating> {
  const { config } = await ctx.offices.get(office);
  if (!config.counters.some((c) => c.id === counterId)) throw new DomainError('not_found', `counter ${counterId} not found`);
  const t = parseTicketId(body.ticketId)?.office === office ? await loadTicket(ctx, body.ticketId) : null;
  if (!t || t.status !== 'done' || t.counterId !== counterId) throw new DomainError('conflict', 'this ticket was not completed at this counter');
  if (ctx.clock() - (t.doneAt ?? 0) > TABLET_WINDOW_MS)
    throw new DomainError('conflict', 'too late to rate this ticket at the counter; use the QR code on the ticket');
  return rateTicket(ctx, t.id, {
    token: t.token,
    score: body.score,
    source: 'tablet',
    ...(body.chips?.length ? { chips: body.chips } : {}),
    ...(body.comment?.trim() ? { comment: body.comment.trim() } : {}),
  });
}
