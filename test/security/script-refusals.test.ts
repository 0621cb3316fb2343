/**
 * Issue 10, finding 7: Redis never rolls a script back, so a script must check everything before
 * its first write. Each script gets, straight through its wrapper's `send` (no HTTP, no zod, no
 * JSON.stringify), its argument object with the worst value of each field in turn, and arguments
 * that are no object at all, and must refuse with { error } leaving the office's Redis state byte
 * for byte as it was; then the valid arguments, which it must accept (so the refusals came from the
 * bad field, not from the state).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scripts } from '../../server/redis/script-calls/index.js';
import { ScriptError } from '../../server/redis/scripts.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import * as k from '../support/worst-script-inputs.js';
import { bookingScriptCases } from './script-refusals-booking-cases.js';
import { dossierScriptCases } from './script-refusals-dossier-cases.js';
import { feedbackScriptCases } from './script-refusals-feedback-cases.js';
import { NOW, prepareScriptOffice, type Case } from './script-refusals-office.js';
import { ticketScriptCases } from './script-refusals-ticket-cases.js';
import { upkeepScriptCases } from './script-refusals-upkeep-cases.js';

describe('every Redis script refuses bad arguments before its first write', () => {
  let t: TestApp;
  // in this order the valid arguments of each script still find the state they need (the last test)
  const groups = {
    ticket: ticketScriptCases,
    feedback: feedbackScriptCases,
    upkeep: upkeepScriptCases,
    booking: bookingScriptCases,
    dossier: dossierScriptCases,
  };
  const cases: Case[] = [];
  const casesOf = new Map<string, Case[]>();

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    const office = await prepareScriptOffice(t);
    for (const [group, make] of Object.entries(groups)) {
      casesOf.set(group, make(office));
      cases.push(...casesOf.get(group)!);
    }
  });
  afterAll(async () => t.close());

  /** Sends a script its keys and one ARGV as they are, however malformed. */
  const run = async (c: Case, keyList: string[], argv: (string | Buffer)[]) => {
    try {
      return (await scripts[c.name].send(t.redis, keyList, argv)) as { error?: string };
    } catch (err) {
      return { thrown: err instanceof ScriptError ? err.message : String(err) };
    }
  };
  const flatten = (c: Case, keyObject: object) => (scripts[c.name].flattenKeys as (k: object) => string[])(keyObject);
  const state = async (c: Case) => {
    const extra = await Promise.all((c.extraKeys ?? []).map(async (key) => `${key}=${await t.redis.get(key)}`));
    return `${await officeFingerprint(t.redis, t.office)}\n${extra.join('\n')}`;
  };

  it('has a case for every script', () => {
    expect(Object.keys(scripts).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  });

  // one test per group of scripts: each attempt is followed by a fingerprint of the office's state
  let refusals = 0;
  it.each(Object.keys(groups))('%s scripts refuse the worst value of each field, with nothing changed', async (group) => {
    const problems: string[] = [];
    for (const c of casesOf.get(group)!) {
      const before = await state(c);
      const args = c.args as Record<string, unknown>;
      const keyList = flatten(c, c.keys);
      const attempts: { what: string; keys: string[]; argv: (string | Buffer)[] }[] = [];
      for (const [field, kind] of Object.entries(c.kinds as Record<string, k.Kind>)) {
        for (const bad of kind.bad) attempts.push({ what: `${field}=${k.show(bad)}`, keys: keyList, argv: [k.encode({ ...args, [field]: bad })] });
      }
      for (const bad of k.BAD_ARGUMENT) attempts.push({ what: `ARGV[1]=${k.show(bad)}`, keys: keyList, argv: [bad] });
      attempts.push({ what: 'an unknown field', keys: keyList, argv: [k.encode({ ...args, unknownField: 1 })] });
      attempts.push({ what: 'a second ARGV', keys: keyList, argv: [k.encode(args), '{}'] });
      // a list of keys one short: a service's queue pair, or a day's keys, cut in half
      if (scripts[c.name].layout.list?.fields) attempts.push({ what: 'one key short', keys: keyList.slice(0, -1), argv: [k.encode(args)] });
      for (const [i, r] of (c.alsoRefused ?? []).entries()) {
        attempts.push({ what: `state refusal ${i + 1}`, keys: flatten(c, r.keys ?? c.keys), argv: [k.encode((r.args ?? c.args) as Record<string, unknown>)] });
      }
      for (const a of attempts) {
        const reply = await run(c, a.keys, a.argv);
        refusals++;
        if ('thrown' in reply) problems.push(`${c.name} ${a.what}: raised ${reply.thrown} instead of refusing`);
        else if (!reply.error) problems.push(`${c.name} ${a.what}: accepted`);
        if ((await state(c)) !== before) {
          problems.push(`${c.name} ${a.what}: changed the office's state`);
          break;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('accepts the valid arguments of every script, after all those refusals', async () => {
    expect(refusals).toBeGreaterThan(700);
    // in an order where each script's state is still there
    for (const c of cases) {
      const reply = await run(c, flatten(c, c.keys), [k.encode(c.args as Record<string, unknown>)]);
      expect(reply, c.name).not.toHaveProperty('error');
      expect(reply, c.name).not.toHaveProperty('thrown');
    }
  });
});
