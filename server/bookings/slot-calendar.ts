/**
 * The appointment slots of a service: its issuing hours cut into slots of `slotMinutes`, on the
 * office's working days from today to `daysAhead` working days on, each bookable until `cutoffMinutes`
 * before it starts. Pure: the seats taken come from the caller.
 */
import { addDays, officeClock, officeInstant, parseHHMM, weekdayOf } from '../../shared/office-time.js';
import type { OfficeConfig, Service } from '../../shared/schemas/office.js';

export interface Slot {
  date: string;
  /** HH:MM, office-local */
  start: string;
  end: string;
  /** the start's instant (ms) */
  at: number;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The working days a slot may be booked on: today, then the next `daysAhead` working days. */
export function bookingDays(config: OfficeConfig, now: number): string[] {
  const today = officeClock(now, config.timeZone).date;
  const days: string[] = [];
  const isOpen = (d: string) => config.workingDays.includes(weekdayOf(d)) && !config.daysOff.includes(d);
  for (let d = today, i = 0; days.length <= config.booking.daysAhead && i < 60; d = addDays(d, 1), i++) if (isOpen(d)) days.push(d);
  return days;
}

/** Every slot of a service on one day, bookable or not. */
export function slotsOfDay(config: OfficeConfig, service: Service, date: string): Slot[] {
  const length = service.booking.appointment?.slotMinutes;
  if (!length) return [];
  const slots: Slot[] = [];
  // no slot ends after the office closes: its citizen would find the day closed
  const closing = parseHHMM(config.closingTime);
  for (const w of service.hours) {
    for (let m = parseHHMM(w.from); m + length <= Math.min(parseHHMM(w.to), closing); m += length) {
      slots.push({ date, start: hhmm(m), end: hhmm(m + length), at: officeInstant(date, m, config.timeZone) });
    }
  }
  return slots;
}

/** Whether a slot may still be booked at `now` (before its cut-off). */
export const bookable = (config: OfficeConfig, slot: Slot, now: number) => slot.at - config.booking.cutoffMinutes * 60_000 > now;

/** The slot a `YYYY-MM-DDTHH:MM` names, if the service has it on a bookable day. */
export function findSlot(config: OfficeConfig, service: Service, slotStart: string, now: number): Slot | undefined {
  const [date, start] = slotStart.split('T') as [string, string];
  if (!bookingDays(config, now).includes(date)) return undefined;
  return slotsOfDay(config, service, date).find((s) => s.start === start);
}
