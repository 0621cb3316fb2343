/**
 * Satisfaction against the independent oracle (oracle-history.ts, oracle-support.ts): the four-level
 * distribution, the official three-level view and the criteria, in total and by service, and the
 * comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { daysOf, generateHistory, HISTORY_START, RANGES } from './oracle-history.js';
import { expectedFor, type Fact } from './oracle-support.js';

describe('satisfaction matches an independent oracle', () => {
  let t: TestApp;
  let chair: StaffClient;
  let facts: Fact[];

  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    ({ chair, facts } = await generateHistory(t));
  }, 240_000);
  afterAll(async () => t?.close());

  it('satisfaction: distribution, official view, criteria, by service', async () => {
    const [from, to] = RANGES[0]!;
    const days = daysOf(from, to);
    const res = await chair.request('GET', `/offices/${t.office}/reports/satisfaction?from=${from}&to=${to}&by=service`);
    expect(res.status).toBe(200);
    for (const g of [res.body.total, ...res.body.groups]) {
      const dim = g.key === 'all' ? 'all' : `svc:${g.key}`;
      const e = expectedFor(facts, days, dim);
      const d = [0, 1, 2, 3, 4].map((s) => e.count(`r${s}`));
      expect(g.ratings.count).toBe(d[1]! + d[2]! + d[3]! + d[4]!);
      // the office counts "Bình thường" as satisfied (demo configuration)
      expect(g.ratings.official).toEqual({ verySatisfied: d[4], satisfied: d[3]! + d[2]!, dissatisfied: d[1] });
      if (g.ratings.count) expect(g.ratings.satisfactionIndex).toBeCloseTo((d[4]! + d[3]! + d[2]!) / g.ratings.count, 9);
      for (const c of g.criteria) {
        expect(c.levels, `${dim} ${c.id}`).toEqual([0, 1, 2].map((l) => e.count(`crit:${c.id}:${l}`)));
      }
    }
    const comments = await chair.request('GET', `/offices/${t.office}/reports/comments?from=${from}&to=${to}&limit=500`);
    expect(comments.body.total).toBe(expectedFor(facts, days, 'all').count('comments'));
    expect(comments.body.comments[0]).toMatchObject({ comment: expect.any(String), score: expect.any(Number) });
  });
});
