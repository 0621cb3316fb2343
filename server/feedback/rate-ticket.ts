/** A citizen's rating of a served ticket: once per ticket, tied to its service, counter and officer. */
import type { Rating, RatingBody } from '../../shared/schemas/feedback.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { runOfficeScript } from '../tickets/office-script.js';

export async function rateTicket(ctx: Context, ticketId: string, body: RatingBody): Promise<Rating> {
  const parts = parseTicketId(ticketId);
  if (!parts) throw notFound('ticket');
  const { token, ...rating } = body;
  const { office, date, number } = parts;
  const reply = await runOfficeScript(ctx, office, () =>
    scripts.rateTicket.with(
      {
        tickets: keys.tickets(office, date),
        ratings: keys.ratings(office, date),
        aggregates: keys.aggregates(office, date),
        monthAggregates: keys.monthAggregatesOfDay(office, date),
        events: keys.events(office),
      },
      { office, date, number, token, rating, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen },
    ),
  );
  ctx.events.emit('rating.received', { office: parts.office, rating: reply.rating });
  return reply.rating;
}
