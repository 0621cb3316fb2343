/** What the booking page shows: the services that take bookings, today's remote numbers, the free slots. */
import type { BookingOptions } from '../../shared/schemas/booking.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { publicOffice } from '../offices/public-office.js';
import { remoteRefusal } from './remote-window.js';
import { bookable, bookingDays, slotsOfDay } from './slot-calendar.js';

export async function bookingOptions(ctx: Context, officeId: string): Promise<BookingOptions> {
  const { config } = await ctx.offices.get(officeId);
  const now = ctx.clock();
  const days = bookingDays(config, now);
  const withSlots = config.services.some((s) => s.enabled && s.booking.appointment);
  const [office, seats] = await Promise.all([
    publicOffice(ctx, officeId),
    withSlots ? Promise.all(days.map((d) => ctx.redis.hgetall(keys.slotSeats(officeId, d)))) : Promise.resolve([]),
  ]);
  const services = config.services
    .filter((s) => s.enabled && (s.booking.remote || s.booking.appointment))
    .map((s) => {
      const live = office.services.find((p) => p.id === s.id);
      const out: BookingOptions['services'][number] = { id: s.id, name: s.name, ...(s.nameEn ? { nameEn: s.nameEn } : {}) };
      if (s.booking.remote && live) {
        const reason = remoteRefusal(config, live, now);
        out.remote = { open: !reason, ...(reason ? { reason } : {}), waiting: live.waiting, estimatedWaitMinutes: live.estimatedWaitMinutes };
      }
      const appointment = s.booking.appointment;
      if (appointment) {
        out.appointment = {
          slotMinutes: appointment.slotMinutes,
          days: days.map((date, i) => ({
            date,
            slots: slotsOfDay(config, s, date)
              .filter((slot) => bookable(config, slot, now))
              .map((slot) => {
                const taken = Number(seats[i]?.[`${s.id}|${slot.start}`] ?? 0);
                return {
                  start: `${date}T${slot.start}`,
                  end: `${date}T${slot.end}`,
                  capacity: appointment.capacity,
                  remaining: Math.max(0, appointment.capacity - taken),
                };
              }),
          })),
        };
      }
      return out;
    });
  return {
    office: officeId,
    requireName: config.booking.requireName,
    remoteWindow: { from: config.booking.remoteFrom, to: config.booking.remoteTo },
    services,
  };
}
