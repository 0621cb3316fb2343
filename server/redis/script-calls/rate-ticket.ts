/** rateTicket-5.lua: the citizen's one rating of a served ticket. */
import type { Rating, RatingBody } from '../../../shared/schemas/feedback.js';
import { script } from './define.js';

export interface RateTicketArgs {
  office: string;
  /** the ticket's day */
  date: string;
  number: string;
  token: string;
  rating: Omit<RatingBody, 'token'>;
  now: number;
  streamMaxLen: number;
}

export const rateTicket = script<RateTicketArgs, { rating: Rating }>()('rateTicket', {
  keys: ['tickets', 'ratings', 'aggregates', 'monthAggregates', 'events'],
});
