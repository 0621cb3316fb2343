/** A citizen's rating of a served ticket: once per ticket, tied to its service, counter and officer. */
import type { Rating, RatingBody } from '../../shared/schemas/feedback.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { notFound } from '../http/app-error.js';
import { keys } from '../redis/keys.js';
import { runOfficeScript } from '../tickets/office-script.js';

export async function rateTicket(ctx: Context, ticketId: string, body: RatingBody): Promise<Rating> {
  const parts = parseTicketId(ticketId);
  if (!parts) throw notFound('ticket');
  const { token, ...rating } = body;
  const reply = await runOfficeScript<{ rating: Rating }>(ctx, parts.office, 'rateTicket', () => ({
    keys: [keys.tickets(parts.office, parts.date), keys.ratings(parts.office, parts.date), keys.aggregates(parts.office, parts.date), keys.events(parts.office)],
    args: [parts.number, token, JSON.stringify(rating), ctx.clock(), ctx.streamMaxLen],
  }));
  ctx.events.emit('rating.received', { office: parts.office, rating: reply.rating });
  return reply.rating;
}
