/**
 * What the citizen of a booking is told, and when (listed in `reactions.ts`): the confirmation and
 * two reminders of an appointment (withdrawn if it is cancelled), "your turn is near" and "called to
 * counter N" for a ticket that came from a booking, by SMS to the verified number (through the
 * configured driver), and for any ticket whose phone asked for them, by Web Push. The messages are
 * jobs: a failed send is retried, never lost with the request.
 */
import { officeClock } from '../../shared/office-time.js';
import type { StoredBooking } from '../bookings/stored-booking.js';
import { decodeTicket } from '../tickets/ticket-codec.js';
import { loadBooking } from '../bookings/booking-reader.js';
import type { Context } from '../context.js';
import type { DomainEvents } from '../domain-events.js';
import { keys } from '../redis/keys.js';
import { readLine } from '../tickets/line-order.js';
import type { SlotData } from './message-kinds.js';
import { notify, withdrawNotification } from './notify.js';
import { pushSubscriptionOf } from './push-subscriptions.js';

const REMINDER_SOON_MINUTES = 30;

export function citizenMessages(ctx: Context) {
  const failed = (what: string) => (err: unknown) => ctx.log.warn({ err, what }, 'citizen message not queued');

  const slotData = async (office: string, b: StoredBooking): Promise<SlotData> => {
    const { config } = await ctx.offices.get(office);
    const service = config.services.find((s) => s.id === b.serviceId);
    const at = officeClock(b.slotAt ?? b.createdAt, config.timeZone);
    const time = `${String(at.hour).padStart(2, '0')}:${String(at.minuteOfDay % 60).padStart(2, '0')}`;
    const url = ctx.publicUrl ? `${ctx.publicUrl}/kiosk/book.html?office=${office}&booking=${b.id}&token=${b.token}` : undefined;
    return {
      bookingId: b.id,
      officeName: config.shortName ?? config.name,
      serviceName: service?.name ?? b.serviceId,
      date: b.date,
      time,
      ...(url ? { url } : {}),
    };
  };

  const bookingCreated = ({ office, booking: b }: DomainEvents['booking.created']) => {
    if (b.kind !== 'appointment' || b.slotAt === undefined) return;
    const slotAt = b.slotAt;
    void (async () => {
      const data = await slotData(office, b);
      await notify(ctx, office, { channel: 'sms', to: b.phone, kind: 'booking_confirmed', data }, { key: b.id });
      const dayBefore = slotAt - 24 * 3600_000;
      if (dayBefore > ctx.clock()) await notify(ctx, office, { channel: 'sms', to: b.phone, kind: 'reminder_day_before', data }, { key: b.id, at: dayBefore });
      const soon = slotAt - REMINDER_SOON_MINUTES * 60_000;
      if (soon > ctx.clock())
        await notify(
          ctx,
          office,
          { channel: 'sms', to: b.phone, kind: 'reminder_soon', data: { ...data, minutes: REMINDER_SOON_MINUTES } },
          { key: b.id, at: soon },
        );
    })().catch(failed('booking confirmation'));
  };

  const bookingCancelled = ({ office, booking: b }: DomainEvents['booking.cancelled']) => {
    if (b.kind !== 'appointment') return;
    void (async () => {
      await withdrawNotification(ctx, office, 'reminder_day_before', b.id);
      await withdrawNotification(ctx, office, 'reminder_soon', b.id);
      await notify(ctx, office, { channel: 'sms', to: b.phone, kind: 'booking_cancelled', data: await slotData(office, b) }, { key: b.id });
    })().catch(failed('booking cancellation'));
  };

  // checked in: the reminders are no longer needed
  const bookingCheckedIn = ({ office, booking: b }: DomainEvents['booking.checkedIn']) => {
    void Promise.all([withdrawNotification(ctx, office, 'reminder_day_before', b.id), withdrawNotification(ctx, office, 'reminder_soon', b.id)]).catch(
      failed('reminder withdrawal'),
    );
  };

  /**
   * Has anyone of the office asked to be told on these days: a booking (its SMS) or a phone's Web
   * Push subscription? One read instead of the line's at each call, in the many offices where no one has.
   */
  const anyoneToTell = async (office: string, dates: string[]) =>
    (await ctx.redis.exists(...[...new Set(dates)].flatMap((d) => [keys.dayBookings(office, d), keys.ticketPush(office, d)]))) > 0;

  const ticketCalled = ({ office, call, ticket }: DomainEvents['ticket.called']) => {
    void (async () => {
      const { config } = await ctx.offices.get(office);
      if (!(await anyoneToTell(office, [ticket.date, officeClock(ctx.clock(), config.timeZone).date]))) return;
      const data = { ticketId: ticket.id, number: ticket.number, counterNumber: call.counterNumber };
      // each call once (a call after a transfer is another call)
      const key = call.callId;
      const b = ticket.bookingId ? await loadBooking(ctx, office, ticket.bookingId) : undefined;
      if (b?.phone) await notify(ctx, office, { channel: 'sms', to: b.phone, kind: 'called', data }, { key });
      const push = await pushSubscriptionOf(ctx, office, ticket.date, ticket.number);
      if (push) await notify(ctx, office, { channel: 'push', to: push, kind: 'called', data }, { key: `${key}.push` });
      await turnNear(office, ticket.serviceId);
    })().catch(failed('called'));
  };

  /** The tickets now `turnNearAhead` or fewer places from the front of the service's line: by SMS if they came from a booking, by push if their phone asked. */
  const turnNear = async (office: string, serviceId: string) => {
    const { config } = await ctx.offices.get(office);
    const n = config.booking.turnNearAhead;
    const date = officeClock(ctx.clock(), config.timeZone).date;
    const pipe = ctx.redis.pipeline();
    const line = readLine(pipe, office, date, serviceId, ctx.clock(), n + 1);
    const { order } = line.take((await pipe.exec())!.map(([, v]) => v));
    // everyone within `n` of the front: a ticket may pass the mark between two calls (two counters,
    // a cancellation, a number taken with fewer ahead); the once-only keys send each one message
    const near = order.slice(0, n + 1);
    if (!near.length) return;
    const raws = await ctx.redis.hmget(keys.tickets(office, date), ...near);
    for (const [i, raw] of raws.entries()) {
      if (!raw) continue;
      const ticket = decodeTicket(raw, office, date, near[i]!);
      const data = { ticketId: ticket.id, number: ticket.number, ahead: i, officeName: config.shortName ?? config.name };
      const b = ticket.bookingId ? await loadBooking(ctx, office, ticket.bookingId) : undefined;
      if (b?.phone) await notify(ctx, office, { channel: 'sms', to: b.phone, kind: 'turn_near', data }, { key: ticket.id });
      const push = await pushSubscriptionOf(ctx, office, date, ticket.number);
      if (push) await notify(ctx, office, { channel: 'push', to: push, kind: 'turn_near', data }, { key: `${ticket.id}.push` });
    }
  };

  return { bookingCreated, bookingCancelled, bookingCheckedIn, ticketCalled };
}
