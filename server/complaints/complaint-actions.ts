/**
 * The chairman's handling of a complaint: assign it, respond, resolve. Each change is one atomic
 * script (updateComplaint-2.lua), so two people answering at once cannot lose a step.
 */
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { runScript } from '../redis/scripts.js';
import { isFailure, toAppError, type ScriptFailure } from '../tickets/script-reply.js';
import type { StoredComplaint } from './complaint-store.js';

export type ComplaintAction = 'assign' | 'respond' | 'resolve' | 'overdue';

interface Reply {
  complaint: StoredComplaint;
  changed: boolean;
}

export async function updateComplaint(ctx: Context, office: string, id: string, action: ComplaintAction, who: string, payload: Record<string, unknown> = {}): Promise<Reply> {
  const reply = await runScript<Reply | ScriptFailure>(ctx.redis, 'updateComplaint', [keys.complaints(office), keys.events(office)], [
    id,
    action,
    who,
    ctx.clock(),
    JSON.stringify(payload),
    ctx.streamMaxLen,
  ]);
  if (isFailure(reply)) throw toAppError(reply);
  if (reply.changed && action !== 'overdue') ctx.events.emit('complaint.updated', { office, complaint: reply.complaint });
  return reply;
}

export const assignComplaint = (ctx: Context, office: string, id: string, user: SessionUser, assignee: string, note?: string) =>
  updateComplaint(ctx, office, id, 'assign', user.username, { assignee, ...(note ? { note } : {}) });

export const respondComplaint = (ctx: Context, office: string, id: string, user: SessionUser, response: string, resolve: boolean) =>
  updateComplaint(ctx, office, id, 'respond', user.username, { response, resolve });

export const resolveComplaint = (ctx: Context, office: string, id: string, user: SessionUser, note?: string) =>
  updateComplaint(ctx, office, id, 'resolve', user.username, note ? { note } : {});
