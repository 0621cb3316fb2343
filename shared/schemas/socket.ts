import { z } from 'zod';
import { CounterId, OfficeId, TicketIdParam, Token } from './common.js';

export const ClientRole = z.enum(['kiosk', 'board', 'counter-screen', 'counter', 'ticket', 'chairman', 'admin', 'tablet']);
export type ClientRole = z.infer<typeof ClientRole>;

export const JoinBody = z.strictObject({
  office: OfficeId,
  role: ClientRole,
  counter: CounterId.optional(),
  ticketId: TicketIdParam.optional(),
  token: Token.optional(),
  /** ignored: screens once named themselves; a device is now known by its key (handshake `auth.deviceKey`) */
  device: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
});
export type JoinBody = z.infer<typeof JoinBody>;

/** The heartbeat carries nothing: the server knows a paired screen by its key. The old fields are accepted and ignored, so a screen still running an older page keeps working. */
export const HeartbeatBody = z
  .strictObject({
    device: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    kind: z.enum(['kiosk', 'board', 'counter-screen', 'tablet']).optional(),
  })
  .optional();
export { CounterId };
