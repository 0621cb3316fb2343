/**
 * The chairman's handling of a complaint: assign it, respond, resolve. Each change is one atomic
 * script (updateComplaint-2.lua), so two people answering at once cannot lose a step.
 */
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import type { UpdateComplaintArgs } from '../redis/script-calls/update-complaint.js';
import { isFailure } from '../redis/script-failure.js';
import { toDomainError } from '../tickets/script-reply.js';
import type { StoredComplaint } from './complaint-store.js';

export type ComplaintAction = UpdateComplaintArgs['action'];
type Payload = Pick<UpdateComplaintArgs, 'assignee' | 'response' | 'resolve' | 'note'>;

export async function updateComplaint(
  ctx: Context,
  office: string,
  id: string,
  action: ComplaintAction,
  who: string,
  payload: Payload = {},
): Promise<{ complaint: StoredComplaint; changed: boolean }> {
  const reply = await scripts.updateComplaint(
    ctx.redis,
    { complaints: keys.complaints(office), events: keys.events(office) },
    { id, action, who, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen, ...payload },
  );
  if (isFailure(reply)) throw toDomainError(reply);
  if (reply.changed) {
    if (action === 'overdue') ctx.events.emit('complaint.overdue', { office, complaint: reply.complaint });
    else ctx.events.emit('complaint.updated', { office, complaint: reply.complaint, action });
  }
  return reply;
}

export const assignComplaint = (ctx: Context, office: string, id: string, user: SessionUser, assignee: string, note?: string) =>
  updateComplaint(ctx, office, id, 'assign', user.username, { assignee, ...(note ? { note } : {}) });

export const respondComplaint = (ctx: Context, office: string, id: string, user: SessionUser, response: string, resolve: boolean) =>
  updateComplaint(ctx, office, id, 'respond', user.username, { response, resolve });

export const resolveComplaint = (ctx: Context, office: string, id: string, user: SessionUser, note?: string) =>
  updateComplaint(ctx, office, id, 'resolve', user.username, note ? { note } : {});
