/** A booking's id, its 6-character code (what the kiosk takes: no 0/O or 1/I), and its token. */
import { randomBytes, randomInt } from 'node:crypto';
import { newTicketToken } from '../tickets/ticket-token.js';

const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const newBookingId = (office: string) => `${office}_b${randomBytes(8).toString('hex')}`;
export const newBookingCode = () => Array.from({ length: 6 }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
export const newBookingToken = newTicketToken;
