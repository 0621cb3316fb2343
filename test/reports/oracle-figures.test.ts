/**
 * The ticket figures of the reports against the independent oracle (oracle-history.ts,
 * oracle-support.ts): every figure of the summary and of every grouping recomputed from the raw
 * tickets for several ranges, the arrivals heatmap, and the dossier counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { daysOf, generateHistory, HISTORY_START, RANGES } from './oracle-history.js';
import { bucketRange, expectedFor, periodKey, type Fact } from './oracle-support.js';

describe('report figures match an independent oracle', () => {
  let t: TestApp;
  let chair: StaffClient;
  let facts: Fact[];

  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    ({ chair, facts } = await generateHistory(t));
  }, 240_000);
  afterAll(async () => t?.close());

  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  function checkDuration(api: any, values: number[], what: string) {
    expect(api.count, `${what} count`).toBe(values.length);
    if (!values.length) {
      expect(api.mean).toBeNull();
      expect(api.median).toBeNull();
      return;
    }
    expect(api.mean, `${what} mean`).toBeCloseTo(sum(values) / values.length, 6);
    for (const [p, field] of [
      [0.5, 'median'],
      [0.9, 'p90'],
    ] as const) {
      const b = bucketRange(values, p)!;
      expect(api[field], `${what} ${field}`).toBeGreaterThanOrEqual(b.lo);
      expect(api[field], `${what} ${field}`).toBeLessThan(b.hi);
    }
  }

  type Kind = 'all' | 'hour' | 'service' | 'staff';
  function checkFigures(api: any, days: Set<string>, dim: string, kind: Kind, label: string) {
    const e = expectedFor(facts, days, dim);
    const ctx = `${label} ${dim}`;
    for (const [field, metric] of [
      ['issued', 'issued'],
      ['priority', 'prio'],
      ['served', 'served'],
      ['noShow', 'noShow'],
      ['expired', 'expired'],
      ['cancelled', 'cancelled'],
      ['closedAtDayEnd', 'dayEnd'],
      ['transferOut', 'transferOut'],
      ['transferIn', 'transferIn'],
      ['calls', 'calls'],
      ['recalls', 'recalls'],
      ['complaints', 'complaints'],
    ] as const) {
      expect(api[field], `${ctx} ${field}`).toBe(e.count(metric));
    }
    checkDuration(api.wait, e.values('wait'), `${ctx} wait`);
    expect(api.wait.withinTarget, `${ctx} waitOk`).toBe(e.count('waitOk'));
    checkDuration(api.service, e.values('svc'), `${ctx} service`);
    for (const s of [1, 2, 3, 4]) expect(api.ratings.distribution[s], `${ctx} r${s}`).toBe(e.count(`r${s}`));
    expect(api.ratings.comments, `${ctx} comments`).toBe(e.count('comments'));
    if (kind === 'staff') {
      expect(api.open).toBeUndefined();
      return;
    }
    expect(api.open, `${ctx} open`).toBe(e.count('open'));
    // the oracle's own reconciliation, then the report's verdict
    const extra = kind === 'service' ? e.count('transferIn') - e.count('transferOut') : 0;
    expect(e.count('issued') + extra).toBe(
      e.count('served') + e.count('noShow') + e.count('expired') + e.count('cancelled') + e.count('dayEnd') + e.count('open'),
    );
    expect(api.reconciliation, ctx).toMatchObject({ balanced: true, difference: 0 });
  }

  /** The rows' transfers add up to the totals row's, and every transfer out of a service is one into another. */
  function addsUp(breakdown: any, label: string) {
    for (const f of ['transferIn', 'transferOut']) expect(sum(breakdown.rows.map((r: any) => r[f])), `${label}: ${f} of the rows`).toBe(breakdown.total[f]);
    expect(breakdown.total.transferIn, `${label}: transfers in and out`).toBe(breakdown.total.transferOut);
  }

  it('summary: every figure for several ranges', async () => {
    for (const [from, to] of RANGES) {
      const res = await chair.request('GET', `/offices/${t.office}/reports/summary?from=${from}&to=${to}`);
      expect(res.status).toBe(200);
      checkFigures(res.body, daysOf(from, to), 'all', 'all', `${from}..${to}`);
    }
  });

  it('time groupings (day, week, month, quarter, year, weekday) and hour of day', async () => {
    for (const [from, to] of RANGES) {
      const days = daysOf(from, to);
      for (const by of ['day', 'week', 'month', 'quarter', 'year', 'weekday']) {
        const res = await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=${by}`);
        expect(res.status).toBe(200);
        const allDates: string[] = [];
        for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
          allDates.push(d.toISOString().slice(0, 10));
        const expectedKeys = [...new Set(allDates.map((d) => periodKey(d, by)))].sort();
        expect(
          res.body.rows.map((x: any) => x.key),
          `${by} keys`,
        ).toEqual(expectedKeys);
        for (const row of res.body.rows) {
          const rowDays = new Set([...days].filter((d) => periodKey(d, by) === row.key));
          expect(row.days).toBe(allDates.filter((d) => periodKey(d, by) === row.key).length);
          checkFigures(row, rowDays, 'all', 'all', `${from}..${to} ${by}=${row.key}`);
        }
        checkFigures(res.body.total, days, 'all', 'all', `${from}..${to} ${by} total`);
      }
      const hours = await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=hour`);
      const seenHours = new Set(facts.filter((f) => days.has(f.day)).flatMap((f) => f.dims.filter((d) => d.startsWith('hr:'))));
      expect(hours.body.rows.map((x: any) => `hr:${x.key}`).sort()).toEqual([...seenHours].sort());
      for (const row of hours.body.rows) checkFigures(row, days, `hr:${row.key}`, 'hour', `${from}..${to} hour`);
      addsUp(hours.body, `${from}..${to} hours`);
    }
  });

  it('service, counter and officer groupings', async () => {
    for (const [from, to] of RANGES.slice(0, 3)) {
      const days = daysOf(from, to);
      for (const [by, prefix, kind] of [
        ['service', 'svc', 'service'],
        ['counter', 'ctr', 'staff'],
        ['officer', 'off', 'staff'],
      ] as const) {
        const res = await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=${by}`);
        expect(res.status).toBe(200);
        const seen = new Set(facts.filter((f) => days.has(f.day)).flatMap((f) => f.dims.filter((d) => d.startsWith(`${prefix}:`))));
        for (const dim of seen)
          expect(
            res.body.rows.some((x: any) => `${prefix}:${x.key}` === dim),
            `${by} row ${dim}`,
          ).toBe(true);
        for (const row of res.body.rows) checkFigures(row, days, `${prefix}:${row.key}`, kind, `${from}..${to} ${by}`);
        if (by === 'service') addsUp(res.body, `${from}..${to} services`);
      }
    }
  });

  it('heatmap of arrivals by weekday and hour', async () => {
    const [from, to] = RANGES[0]!;
    const res = await chair.request('GET', `/offices/${t.office}/reports/heatmap?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    const cells = Array.from({ length: 7 }, () => new Array(24).fill(0));
    for (const f of facts) {
      if (f.metric !== 'issued') continue;
      const hr = f.dims.find((d) => d.startsWith('hr:'))!;
      cells[new Date(`${f.day}T12:00:00Z`).getUTCDay()]![Number(hr.slice(3))]++;
    }
    expect(res.body.cells).toEqual(cells);
    expect(res.body.weekdayDays.reduce((a: number, b: number) => a + b, 0)).toBe(4);
  });

  it('dossiers: received and in progress match the tickets completed with one', async () => {
    const [from, to] = RANGES[0]!;
    const res = await chair.request('GET', `/offices/${t.office}/reports/dossiers?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    const raw = await t.redis.hvals(`qms:{${t.office}}:dossiers`);
    expect(res.body.received).toBe(raw.length);
    expect(res.body.inProgress).toBe(raw.length);
    expect(res.body.resolved).toBe(0);
  });
});
