/** Whether a service takes remote numbers right now, and why not. */
import { officeClock, parseHHMM } from '../../shared/office-time.js';
import type { BookingOptions } from '../../shared/schemas/booking.js';
import type { OfficeConfig, PublicService } from '../../shared/schemas/office.js';

type RemoteReason = NonNullable<NonNullable<BookingOptions['services'][number]['remote']>['reason']>;

/**
 * The office's window for remote numbers, the service's own state (hours, limit, day off), and,
 * where the office asks, the estimated wait: a number whose wait runs past closing is not given.
 */
export function remoteRefusal(config: OfficeConfig, service: PublicService, now: number): RemoteReason | undefined {
  if (
    service.closedReason === 'day_off' ||
    service.closedReason === 'day_closed' ||
    service.closedReason === 'service_closed' ||
    service.closedReason === 'limit_reached'
  ) {
    return service.closedReason;
  }
  const clock = officeClock(now, config.timeZone);
  const b = config.booking;
  if (clock.minuteOfDay < parseHHMM(b.remoteFrom) || clock.minuteOfDay >= parseHHMM(b.remoteTo)) return 'outside_window';
  if (service.closedReason === 'outside_hours') return 'outside_window';
  if (b.remoteStopPastClosing && clock.minuteOfDay + service.estimatedWaitMinutes >= parseHHMM(config.closingTime)) return 'past_closing';
  return undefined;
}
