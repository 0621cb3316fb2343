/**
 * Runs a ticket script against the cached office configuration. The script refuses when the
 * configuration changed since it was cached (or the counter's ticket is on another day); then
 * the state is re-read and the script runs once more, so callers always act on current rules.
 */
import type { Context } from '../context.js';
import type { LoadedOffice } from '../offices/office-store.js';
import type { ScriptRun } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { DomainError } from '../domain-error.js';
import { RETRYABLE, toDomainError } from './script-reply.js';

export interface Attempt {
  office: LoadedOffice;
  /** the date a previous attempt learned from a `wrong_day` reply */
  heldDate?: string;
}

/**
 * `build` reads what it needs and returns the script's run with its keys and arguments, e.g.
 * `({ office }) => scripts.issueTicket.with(keys, args)`; it is called again for each retry.
 */
export async function runOfficeScript<R>(ctx: Context, officeId: string, build: (attempt: Attempt) => ScriptRun<R> | Promise<ScriptRun<R>>): Promise<R> {
  let attempt: Attempt = { office: await ctx.offices.get(officeId) };
  for (let i = 0; i < 4; i++) {
    const reply = await (await build(attempt)).run(ctx.redis);
    if (!isFailure(reply)) return reply;
    if (!RETRYABLE.has(reply.error)) throw toDomainError(reply);
    attempt = {
      office: reply.error === 'stale_config' ? await ctx.offices.get(officeId, true) : attempt.office,
      heldDate: reply.date ?? attempt.heldDate,
    };
  }
  throw new DomainError('unavailable', 'the office state kept changing; try again');
}
