/** The appointment slots of a service: its hours cut into slots, on working days, none after closing. */
import { describe, expect, it } from 'vitest';
import { bookable, bookingDays, slotsOfDay } from '../../server/bookings/slot-calendar.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { OfficeConfig } from '../../shared/schemas/office.js';

const config = OfficeConfig.parse({
  ...demoOffice(),
  workingDays: [1, 2, 3, 4, 5],
  daysOff: ['2026-11-25'],
  closingTime: '10:00',
  booking: { daysAhead: 3, cutoffMinutes: 30 },
});
const service = { ...config.services[0]!, hours: [{ from: '08:00', to: '11:00' }], booking: { remote: false, appointment: { slotMinutes: 30, capacity: 4 } } };

describe('slot calendar', () => {
  it('ends the slots at closing time, even inside the issuing hours', () => {
    expect(slotsOfDay(config, service, '2026-11-24').map((s) => `${s.start}-${s.end}`)).toEqual(['08:00-08:30', '08:30-09:00', '09:00-09:30', '09:30-10:00']);
  });

  it('offers today and the next working days, skipping weekends and days off', () => {
    const mondayNineAm = Date.parse('2026-11-23T02:00:00Z');
    expect(bookingDays(config, mondayNineAm)).toEqual(['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27']);
  });

  it('closes a slot its cut-off before it starts', () => {
    const [, eightThirty] = slotsOfDay(config, service, '2026-11-24');
    expect(bookable(config, eightThirty!, eightThirty!.at - 31 * 60_000)).toBe(true);
    expect(bookable(config, eightThirty!, eightThirty!.at - 30 * 60_000)).toBe(false);
  });
});
