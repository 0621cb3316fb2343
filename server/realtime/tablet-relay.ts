/**
 * Asks a counter's rating tablet for a rating when a ticket is completed at that counter (by
 * "complete" or by "call next", which finishes the current ticket first).
 */
import type { Context } from '../context.js';
import { recordCompletion } from '../feedback/tablet-rating.js';
import type { IoServer } from './event-relay.js';
import { rooms } from './rooms.js';

export function relayTabletRequests(ctx: Context, io: IoServer): () => void {
  return ctx.events.on('ticket.updated', ({ office, ticket }) => {
    if (ticket.status !== 'done' || !ticket.counterId) return;
    void recordCompletion(ctx, office, ticket)
      .then((request) => request && io.to(rooms.tablet(office, request.counterId)).emit('rating.requested', request))
      .catch((err) => ctx.log.warn({ err }, 'rating tablet request failed'));
  });
}
