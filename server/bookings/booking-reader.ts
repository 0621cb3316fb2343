/** Reading bookings: by id, by the code the kiosk takes, and with the citizen's token. */
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import type { StoredBooking } from './stored-booking.js';

export async function loadBooking(ctx: Context, office: string, id: string): Promise<StoredBooking | undefined> {
  const raw = await ctx.redis.hget(keys.bookings(office), id);
  return raw ? (JSON.parse(raw) as StoredBooking) : undefined;
}

/** The booking with this id, if the token is its own (else "not found": a wrong token learns nothing). */
export async function bookingWithToken(ctx: Context, office: string, id: string, token: string): Promise<StoredBooking> {
  const b = await loadBooking(ctx, office, id);
  if (!b || b.token !== token) throw notFound('booking');
  return b;
}

export async function bookingByCode(ctx: Context, office: string, code: string): Promise<StoredBooking> {
  const id = await ctx.redis.hget(keys.bookingCodes(office), code);
  const b = id ? await loadBooking(ctx, office, id) : undefined;
  if (!b) throw notFound('booking');
  return b;
}
