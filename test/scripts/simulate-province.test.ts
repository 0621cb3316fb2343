/**
 * `npm run simulate -- --offices N` (province mode) as a user runs it: the CLI in its own process.
 * It creates N communes and wards in groups, each with a history of its own character (fast or
 * slow, calm or full of complaints, small or big), so a ranking of them means something; a
 * second run changes nothing. The province's office ids and the demo accounts are fixed, so the
 * test has a Redis database of its own (other test files share database 0).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, officeDate, weekdayOf } from '../../shared/office-time.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { DEMO_OFFICE_ID } from '../../server/offices/demo-office.js';
import { createRedis } from '../../server/redis/connect.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { decodeDay } from '../../server/tickets/ticket-codec.js';
import { officeFingerprint } from '../support/state-fingerprint.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DB = 10;
const N = 4;
const url = () => {
  const u = new URL(inject('redisUrl'));
  u.pathname = `/${DB}`;
  return u.toString();
};

function simulate(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: url(), DATA_DIR: dataDir, DEMO_PASSWORD: 'hoa-sen-nở-sớm-2026' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr })));
}

interface Figures {
  days: number;
  ticketsPerDay: number;
  meanWaitMinutes: number;
  meanScore: number;
  complaints: number;
}

/** An office's figures read from its raw tickets, ratings and complaints (no report code involved). */
async function figuresOf(redis: RedisClient, office: string): Promise<Figures> {
  const days = await redis.smembers(keys.simulatedDays(office));
  let tickets = 0;
  const waits: number[] = [];
  const scores: number[] = [];
  for (const d of days) {
    const all = decodeDay(await redis.hgetall(keys.tickets(office, d)), office, d);
    tickets += all.length;
    for (const t of all) if (t.calledAt) waits.push((t.calledAt - t.issuedAt) / 60_000);
    for (const r of await redis.hvals(keys.ratings(office, d))) scores.push((JSON.parse(r) as { score: number }).score);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    days: days.length,
    ticketsPerDay: tickets / days.length,
    meanWaitMinutes: mean(waits),
    meanScore: mean(scores),
    complaints: await redis.hlen(keys.complaints(office)),
  };
}

describe('npm run simulate -- --offices N (the demo province)', () => {
  let redis: RedisClient;
  let dataDir: string;
  let first: Awaited<ReturnType<typeof simulate>>;
  let province: OfficeConfig[];

  beforeAll(async () => {
    redis = createRedis({ url: url() });
    await redis.flushdb();
    dataDir = mkdtempSync(join(tmpdir(), 'qms-province-'));
    first = await simulate(dataDir, '--offices', String(N), '--months', '1');
    const ids = (await redis.smembers(keys.offices())).filter((id) => id !== DEMO_OFFICE_ID);
    province = await Promise.all(ids.map(async (id) => JSON.parse((await redis.hget(keys.config(id), 'json'))!) as OfficeConfig));
  }, 600_000);
  afterAll(async () => {
    await redis.flushdb();
    redis.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates N communes and wards in groups, the demo office in its group, and the supervisor giamsat', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(province).toHaveLength(N);
    for (const o of province) {
      expect(o.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(o.name).toMatch(/^Trung tâm Phục vụ hành chính công (xã|phường) \p{Lu}/u);
      expect(o.group).toMatch(/^(Huyện|Quận) .+ \(cũ\)$/);
      expect(o.services.map((s) => s.id)).toContain('tu-phap');
    }
    expect(new Set(province.map((o) => o.group)).size).toBeGreaterThanOrEqual(3);
    // small communes have fewer counters than big wards
    expect(new Set(province.map((o) => o.counters.length)).size).toBeGreaterThan(1);
    const demo = JSON.parse((await redis.hget(keys.config(DEMO_OFFICE_ID), 'json'))!) as OfficeConfig;
    expect(demo.group).toBe('Quận Nam Từ Liêm (cũ)');
    expect(JSON.parse((await redis.hget(keys.users(), 'giamsat'))!)).toMatchObject({ role: 'supervisor', offices: [], groups: [] });
  });

  it('fills each with a month of whole working days before today, offices differing as real ones do', async () => {
    const today = officeDate(Date.now(), 'Asia/Ho_Chi_Minh');
    let weekdays = 0;
    for (let d = addDays(today, -Math.round(30.4)); d < today; d = addDays(d, 1)) if (weekdayOf(d) >= 1 && weekdayOf(d) <= 5) weekdays++;
    const figures = await Promise.all(province.map((o) => figuresOf(redis, o.id)));
    for (const [i, f] of figures.entries()) {
      expect(f.days, province[i]!.id).toBe(weekdays);
      expect(await redis.sismember(keys.simulatedDays(province[i]!.id), today)).toBe(0);
    }
    const by = <K extends keyof Figures>(k: K) => figures.map((f) => f[k]).sort((a, b) => a - b);
    const [waits, sizes, scores, complaints] = [by('meanWaitMinutes'), by('ticketsPerDay'), by('meanScore'), by('complaints')];
    // the slowest office keeps citizens well past the usual 15-minute target, the fastest a few minutes
    expect(waits.at(-1)!).toBeGreaterThan(15);
    expect(waits.at(-1)!).toBeGreaterThan(3 * waits[0]!);
    expect(sizes.at(-1)!).toBeGreaterThan(2 * sizes[0]!);
    expect(scores.at(-1)! - scores[0]!).toBeGreaterThan(0.3);
    expect(complaints.at(-1)!).toBeGreaterThan(3 * complaints[0]! + 5);
  });

  it('changes nothing when run again', async () => {
    const snapshot = async () => {
      const parts = [JSON.stringify(await redis.hgetall(keys.users())), JSON.stringify((await redis.smembers(keys.offices())).sort())];
      for (const o of [...province.map((p) => p.id), DEMO_OFFICE_ID]) parts.push(await officeFingerprint(redis, o));
      return parts.join('\n');
    };
    const before = await snapshot();
    const again = await simulate(dataDir, '--offices', String(N), '--months', '1');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/created/);
    for (const o of province) expect(again.stdout).toContain(`${o.id}: `);
    expect(again.stdout).toMatch(/already simulated/);
    expect(await snapshot()).toBe(before);
  }, 300_000);
});
