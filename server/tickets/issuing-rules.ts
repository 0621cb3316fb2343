/** Whether a service issues tickets at an instant: service switch, day off, issuing hours. */
import type { ClosedReason, OfficeConfig, Service } from '../../shared/schemas/office.js';
import { officeClock, parseHHMM } from '../../shared/office-time.js';

export function closedReason(office: OfficeConfig, service: Service, now: number): ClosedReason | undefined {
  if (!service.enabled) return 'service_closed';
  const clock = officeClock(now, office.timeZone);
  if (!office.workingDays.includes(clock.weekday) || office.daysOff.includes(clock.date)) return 'day_off';
  const inWindow = service.hours.some((w) => clock.minuteOfDay >= parseHHMM(w.from) && clock.minuteOfDay < parseHHMM(w.to));
  return inWindow ? undefined : 'outside_hours';
}

export const CLOSED_MESSAGE: Record<ClosedReason, string> = {
  service_closed: 'this service is not issuing tickets',
  day_off: 'the office is closed today',
  outside_hours: 'outside the issuing hours of this service',
  limit_reached: 'the daily limit of tickets for this service has been reached',
};
