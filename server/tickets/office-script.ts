/**
 * Runs a ticket script against the cached office configuration. The script refuses when the
 * configuration changed since it was cached (or the counter's ticket is on another day); then
 * the state is re-read and the script runs once more, so callers always act on current rules.
 */
import type { Context } from '../context.js';
import type { LoadedOffice } from '../offices/office-store.js';
import { runScript, type ScriptName } from '../redis/scripts.js';
import { AppError } from '../http/app-error.js';
import { isFailure, RETRYABLE, toAppError, type ScriptFailure } from './script-reply.js';

export interface Attempt {
  office: LoadedOffice;
  /** the date a previous attempt learned from a `wrong_day` reply */
  heldDate?: string;
}

interface Built {
  keys: string[];
  args: (string | number)[];
}

export async function runOfficeScript<T>(
  ctx: Context,
  officeId: string,
  name: ScriptName,
  build: (attempt: Attempt) => Built | Promise<Built>,
): Promise<T> {
  let attempt: Attempt = { office: await ctx.offices.get(officeId) };
  for (let i = 0; i < 4; i++) {
    const { keys, args } = await build(attempt);
    const reply = await runScript<T | ScriptFailure>(ctx.redis, name, keys, args);
    if (!isFailure(reply)) return reply;
    if (!RETRYABLE.has(reply.error)) throw toAppError(reply);
    attempt = {
      office: reply.error === 'stale_config' ? await ctx.offices.get(officeId, true) : attempt.office,
      heldDate: reply.date ?? attempt.heldDate,
    };
  }
  throw new AppError(503, 'unavailable', 'the office state kept changing; try again');
}
