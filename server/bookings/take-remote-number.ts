/** A remote number (số thứ tự trực tuyến): a real ticket of today taken from a verified phone. */
import type { NewBookingBody } from '../../shared/schemas/booking.js';
import type { Context } from '../context.js';
import { DomainError, invalid, notFound } from '../domain-error.js';
import { publicOffice } from '../offices/public-office.js';
import { issueTicket, type IssueResult } from '../tickets/issue-ticket.js';
import { newBookingCode, newBookingId } from './booking-ids.js';
import { codeHash, deviceHash, OTP_RULES, phoneHash } from './one-time-code.js';
import { remoteRefusal } from './remote-window.js';

const REMOTE_REASON_MESSAGE = {
  outside_window: 'remote numbers are not given at this time of day',
  past_closing: 'the wait would run past closing time: come to the office or book a slot',
  day_off: 'the office is closed today',
  day_closed: 'the office has closed for today',
  service_closed: 'this service is not issuing tickets',
  limit_reached: 'the daily limit of tickets for this service has been reached',
} as const;

export async function takeRemoteNumber(ctx: Context, officeId: string, body: NewBookingBody): Promise<IssueResult> {
  const { config } = await ctx.offices.get(officeId);
  const service = config.services.find((s) => s.id === body.serviceId);
  if (!service) throw notFound(`service ${body.serviceId}`);
  if (!service.booking.remote) throw new DomainError('service_closed', 'this service takes no remote numbers');
  if (config.booking.requireName && !body.name) throw invalid('name', 'this office asks for the name');
  const live = (await publicOffice(ctx, officeId)).services.find((s) => s.id === service.id);
  const reason = live && remoteRefusal(config, live, ctx.clock());
  if (reason) {
    const code = reason === 'outside_window' || reason === 'past_closing' ? 'outside_hours' : reason;
    throw new DomainError(code, REMOTE_REASON_MESSAGE[reason], { reason });
  }
  const hash = phoneHash(ctx, body.phone);
  const result = await issueTicket(
    ctx,
    officeId,
    { serviceId: service.id, ...(body.priority ? { priority: body.priority } : {}), ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}) },
    { phoneHash: hash },
    undefined,
    {
      remote: () => ({
        id: newBookingId(officeId),
        code: newBookingCode(),
        phone: body.phone,
        phoneHash: hash,
        ...(body.name ? { name: body.name } : {}),
        codeHash: codeHash(body.phone, body.otp),
        maxTries: OTP_RULES.maxTries,
        perDay: config.booking.perPersonPerDay,
        perService: config.booking.perPersonPerService,
        ...(body.device ? { deviceHash: deviceHash(ctx, body.device) } : {}),
        perDevice: config.booking.perDevicePerDay,
      }),
    },
  );
  if (result.created && result.booking) ctx.events.emit('booking.created', { office: officeId, booking: result.booking });
  return result;
}
