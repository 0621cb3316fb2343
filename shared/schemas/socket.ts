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
  device: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
});
export type JoinBody = z.infer<typeof JoinBody>;

export const HeartbeatBody = z.strictObject({ device: z.string().regex(/^[a-z0-9-]{1,40}$/), kind: z.enum(['kiosk', 'board', 'counter-screen', 'tablet']) });
export { CounterId };
