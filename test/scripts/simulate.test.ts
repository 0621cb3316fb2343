/**
 * `npm run simulate` (history mode) against the run's real Redis, as a user runs it: the CLI in its
 * own process, beside a live server. It writes only days before today, each day whole or not at all,
 * never over a day it did not write, and never touches the live day: not its counters, tickets,
 * service-time averages or event log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, officeDate, officeInstant, weekdayOf } from '../../shared/office-time.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TZ = 'Asia/Ho_Chi_Minh';
const today = () => officeDate(Date.now(), TZ);

/** The last `n` weekdays before today (the simulator plays Monday to Friday), oldest first. */
function pastWeekdays(n: number, before = today()): string[] {
  const out: string[] = [];
  for (let d = addDays(before, -1); out.length < n; d = addDays(d, -1)) if (weekdayOf(d) >= 1 && weekdayOf(d) <= 5) out.unshift(d);
  return out;
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startSimulation(args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: inject('redisUrl') };
  delete env.DEMO_PASSWORD;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((res) => child.on('close', (code) => res({ code, stdout, stderr })));
  return { child, done };
}

const simulate = (...args: string[]) => startSimulation(args).done;

/** Every ticket of a day, decoded. */
async function ticketsOf(redis: RedisClient, office: string, date: string) {
  return decodeDay(await redis.hgetall(keys.tickets(office, date)), office, date);
}

/** A simulated day is whole: closed, every ticket ended, and its rollup counts exactly its tickets. */
async function expectWholeDay(redis: RedisClient, office: string, date: string): Promise<void> {
  const tickets = await ticketsOf(redis, office, date);
  expect(tickets.length).toBeGreaterThan(20);
  expect(tickets.filter((x) => !['done', 'no_show', 'expired'].includes(x.status))).toEqual([]);
  const agg = await redis.hgetall(keys.aggregates(office, date));
  expect(Number(agg['issued|all'])).toBe(tickets.length);
  expect(await redis.sismember(keys.closedDays(office), date)).toBe(1);
  expect(await redis.zscore(keys.days(office), date)).not.toBeNull();
  expect(await redis.sismember(keys.simulatedDays(office), date)).toBe(1);
}

/** The month rollup equals the sum of its days' rollups (fields at 0 count as absent). */
async function expectMonthIsSumOfDays(redis: RedisClient, office: string, month: string): Promise<void> {
  const sum: Record<string, number> = {};
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    for (const [k, v] of Object.entries(await redis.hgetall(keys.aggregates(office, d)))) sum[k] = (sum[k] ?? 0) + Number(v);
  }
  const nonZero = (o: Record<string, number | string>) =>
    Object.fromEntries(
      Object.entries(o)
        .map(([k, v]) => [k, Number(v)])
        .filter(([, v]) => v !== 0),
    );
  expect(nonZero(await redis.hgetall(keys.monthAggregates(office, month)))).toEqual(nonZero(sum));
}

/** The simulator's officers are canbo1…6, as in the demo office: the live officers here share those names. */
async function liveOfficerNamed(t: TestApp, username: string) {
  const existing = await t.app.users.get(username);
  const offices = [...new Set([...(existing?.offices ?? []), t.office])];
  await t.app.users.upsert({ username, name: username, role: 'officer', offices, counters: [], password: PASSWORD, disabled: false }, { create: !existing });
  return t.login(username);
}

describe('npm run simulate (history mode)', () => {
  const apps: TestApp[] = [];
  const app = async (opts: Parameters<typeof startTestApp>[0] = {}) => {
    const t = await startTestApp(opts);
    apps.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  describe('beside a live day with open counters and called tickets', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await app();
    });

    it("leaves today's counters, tickets, averages and event log byte for byte as they were", async () => {
      const [c1, c2] = [await liveOfficerNamed(t, 'canbo1'), await liveOfficerNamed(t, 'canbo2')];
      for (const [officer, counter] of [
        [c1, '1'],
        [c2, '2'],
      ] as const) {
        expect((await officer.request('POST', `/offices/${t.office}/counters/${counter}/open`)).status).toBe(200);
      }
      for (const serviceId of ['tu-phap', 'tu-phap', 'chung-thuc', 'tra-ket-qua']) {
        expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).status).toBe(201);
      }
      const called1 = (await c1.request('POST', `/offices/${t.office}/counters/1/call-next`)).body.ticket;
      const called2 = (await c2.request('POST', `/offices/${t.office}/counters/2/call-next`)).body.ticket;
      expect([called1.status, called2.status]).toEqual(['called', 'called']);

      const day = today();
      const isLive = (key: string) => {
        const date = /:day:(\d{4}-\d{2}-\d{2}):/.exec(key)?.[1];
        if (date) return date === day;
        const history = [
          keys.days,
          keys.closedDays,
          keys.simulatedDays,
          keys.dossiers,
          keys.complaints,
          keys.complaintIndex,
          keys.reportSnapshots,
          keys.monthRollupsBuilt,
        ].map((k) => k(t.office));
        return !history.includes(key) && !key.startsWith(`qms:{${t.office}}:month:`);
      };
      const before = await officeFingerprint(t.redis, t.office, isLive);
      expect(before).toContain(keys.counters(t.office));

      const [from, until] = [pastWeekdays(2)[0]!, addDays(day, -1)];
      const run = await simulate('--office', t.office, '--from', from, '--until', until);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);

      expect(await officeFingerprint(t.redis, t.office, isLive)).toBe(before);
      for (const date of pastWeekdays(2)) await expectWholeDay(t.redis, t.office, date);
      for (const month of new Set([...pastWeekdays(2), day].map((d) => d.slice(0, 7)))) await expectMonthIsSumOfDays(t.redis, t.office, month);

      // the live day goes on: the officer finishes the citizen called before the run, served today
      const next = await c1.request('POST', `/offices/${t.office}/counters/1/complete`);
      expect(next.status).toBe(200);
      expect(next.body.ticket).toMatchObject({ id: called1.id, status: 'done' });
      expect(await t.redis.hget(keys.aggregates(t.office, day), 'served|all')).toBe('1');
    });
  });

  describe('a day that fails', () => {
    it('is rolled back when a refusal stops it mid-day, and a re-run simulates it whole', async () => {
      const t = await app({ office: (c) => ({ ...c, services: c.services.map((s) => (s.id === 'chung-thuc' ? { ...s, dailyLimit: 8 } : s)) }) });
      const days = pastWeekdays(2);
      const before = await officeFingerprint(t.redis, t.office);

      const failed = await simulate('--office', t.office, '--from', days[0]!, '--until', days[1]!);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toContain(days[0]);
      expect(failed.stderr).toMatch(/limit/);
      expect(failed.stderr).toMatch(/rolled back/);
      // eight tickets of one service alone were issued before the refusal: none of them, nor anything else, is left
      expect(await officeFingerprint(t.redis, t.office)).toBe(before);

      const { config } = await t.app.ctx.offices.get(t.office, true);
      await t.app.ctx.offices.save({ ...config, services: config.services.map((s) => ({ ...s, dailyLimit: 300 })) });
      const rerun = await simulate('--office', t.office, '--from', days[0]!, '--until', days[1]!);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      for (const date of days) await expectWholeDay(t.redis, t.office, date);
      for (const month of new Set(days.map((d) => d.slice(0, 7)))) await expectMonthIsSumOfDays(t.redis, t.office, month);
    });

    it('is rolled back by the next run when the process was killed in the middle of it', async () => {
      const t = await app();
      const days = pastWeekdays(3);
      const run = startSimulation(['--office', t.office, '--from', days[0]!, '--until', days[2]!]);
      // killed once a day is half written: tickets in the day's hash, the day not yet in the index
      const halfWritten = async () => {
        for (const date of days) {
          if ((await t.redis.sismember(keys.simulatedDays(t.office), date)) === 0 && (await t.redis.hlen(keys.tickets(t.office, date))) >= 20) return date;
        }
        return null;
      };
      await poll(halfWritten).not.toBeNull();
      run.child.kill('SIGKILL');
      await run.done;
      const halfDay = (await halfWritten())!;
      expect(halfDay).toBeTruthy();
      expect(await t.redis.exists(keys.simulationJournal(t.office))).toBe(1);
      // what reports read never saw the half day
      expect(await t.redis.zscore(keys.days(t.office), halfDay)).toBeNull();
      expect(await t.redis.exists(keys.aggregates(t.office, halfDay))).toBe(0);

      const rerun = await simulate('--office', t.office, '--from', days[0]!, '--until', days[2]!);
      expect(rerun.stderr).toBe('');
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toContain(`rolled back ${halfDay}`);
      for (const date of days) await expectWholeDay(t.redis, t.office, date);
      for (const month of new Set(days.map((d) => d.slice(0, 7)))) await expectMonthIsSumOfDays(t.redis, t.office, month);
      expect(await t.redis.exists(keys.simulationJournal(t.office))).toBe(0);
    });
  });

  describe('days that already hold data', () => {
    let t: TestApp;
    let real: string;
    let earlier: string[];
    beforeAll(async () => {
      const days = pastWeekdays(4);
      real = days[1]!;
      earlier = [days[2]!, days[3]!];
      // a day the office really worked: a ticket issued and served at 09:00 that day
      t = await app({ now: officeInstant(real, 9 * 60, TZ) });
      const officer = await t.login(`officer1-${t.office}`);
      await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
      await officer.request('POST', `/offices/${t.office}/counters/1/open`);
      await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
      await officer.request('POST', `/offices/${t.office}/counters/1/complete`);
      await officer.request('POST', `/offices/${t.office}/counters/1/close`);
    });

    it('refuses, changing nothing, to write over a day that holds real data, even with --replace', async () => {
      const before = await officeFingerprint(t.redis, t.office);
      for (const extra of [[], ['--replace']]) {
        const run = await simulate('--office', t.office, '--from', addDays(real, -3), '--until', addDays(real, 1), ...extra);
        expect(run.code).not.toBe(0);
        expect(run.stderr).toContain(real);
        expect(run.stderr).toMatch(/refus/i);
        expect(await officeFingerprint(t.redis, t.office)).toBe(before);
      }
    });

    it('skips days it simulated before, and rewrites them only with --replace', async () => {
      const [from, until] = [earlier[0]!, earlier[1]!];
      const first = await simulate('--office', t.office, '--from', from, '--until', until);
      expect(first.code).toBe(0);
      const realDay = await officeFingerprint(t.redis, t.office, (k) => k.includes(`:day:${real}:`));
      const simulated = await officeFingerprint(t.redis, t.office);
      const firstTickets = await t.redis.hgetall(keys.tickets(t.office, from));

      const again = await simulate('--office', t.office, '--from', from, '--until', until);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/already simulated/);
      expect(await officeFingerprint(t.redis, t.office)).toBe(simulated);

      const replaced = await simulate('--office', t.office, '--from', from, '--until', until, '--replace', '--seed', '99');
      expect(replaced.stderr).toBe('');
      expect(replaced.code).toBe(0);
      expect(await officeFingerprint(t.redis, t.office, (k) => k.includes(`:day:${real}:`))).toBe(realDay);
      for (const date of earlier) await expectWholeDay(t.redis, t.office, date);
      expect(await t.redis.hgetall(keys.tickets(t.office, from))).not.toEqual(firstTickets);
      for (const month of new Set([real, ...earlier].map((d) => d.slice(0, 7)))) await expectMonthIsSumOfDays(t.redis, t.office, month);
      // nothing of the replaced run is left: every dossier and complaint of those days belongs to a ticket that exists now
      const dossiers = Object.values(await t.redis.hgetall(keys.dossiers(t.office))).map(
        (x) => JSON.parse(x) as { code: string; ticketId: string; receivedDate: string },
      );
      for (const d of dossiers.filter((x) => earlier.includes(x.receivedDate))) {
        const date = d.ticketId.split('_')[1]!;
        expect((await ticketsOf(t.redis, t.office, date)).find((x) => x.id === d.ticketId)?.dossiers).toContain(d.code);
      }
      const complaints = Object.values(await t.redis.hgetall(keys.complaints(t.office))).map((x) => JSON.parse(x) as { createdAt: number });
      for (const date of earlier) {
        const filed = complaints.filter((c) => officeDate(c.createdAt, TZ) === date).length;
        expect(filed).toBe(Number((await t.redis.hget(keys.aggregates(t.office, date), 'complaints|all')) ?? 0));
      }
    });
  });
});
