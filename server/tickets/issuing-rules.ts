/** Whether a service issues tickets at an instant: service switch, day off, closing time, issuing hours. */
import type { ClosedReason, OfficeConfig, Service } from '../../shared/schemas/office.js';
import { officeClock, parseHHMM } from '../../shared/office-time.js';

/**
 * `dayClosed`: the day close already ran for today (the closing time may have moved since). At and
 * after the closing time the day is over even before the day-close job has run, so no ticket is
 * issued that it would not see.
 */
export function closedReason(office: OfficeConfig, service: Service, now: number, dayClosed = false): ClosedReason | undefined {
  if (!service.enabled) return 'service_closed';
  const clock = officeClock(now, office.timeZone);
  if (!office.workingDays.includes(clock.weekday) || office.daysOff.includes(clock.date)) return 'day_off';
  if (dayClosed || clock.minuteOfDay >= parseHHMM(office.closingTime)) return 'day_closed';
  const inWindow = service.hours.some((w) => clock.minuteOfDay >= parseHHMM(w.from) && clock.minuteOfDay < parseHHMM(w.to));
  return inWindow ? undefined : 'outside_hours';
}

export const CLOSED_MESSAGE: Record<ClosedReason, string> = {
  service_closed: 'this service is not issuing tickets',
  day_off: 'the office is closed today',
  day_closed: 'the office has closed for today',
  outside_hours: 'outside the issuing hours of this service',
  limit_reached: 'the daily limit of tickets for this service has been reached',
};
