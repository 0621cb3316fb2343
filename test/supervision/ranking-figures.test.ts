/**
 * The province ranking against the offices' own reports (issue 13, item 3): over whole months
 * (month rollups), ranges with partial months (day rollups) and a few days, each office's figures
 * equal those of its summary, satisfaction and dossier reports; the previous period, the change,
 * the province total and the median are what the offices' reports add up to; a bad query is
 * refused and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { HISTORY_START, makeRankedProvince, type RankedProvince } from './ranking-history.js';

/** whole months; a range with partial months at both ends; a few days across the month end */
const RANGES: [string, string][] = [
  ['2026-10-01', '2026-11-30'],
  ['2026-09-30', '2026-11-02'],
  ['2026-10-31', '2026-11-03'],
];

describe('province ranking figures', () => {
  let t: TestApp;
  let p: RankedProvince;
  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    p = await makeRankedProvince(t);
  }, 120_000);
  afterAll(async () => t?.close());

  const ranking = async (who: StaffClient, query: string) => {
    const res = await who.request('GET', `/supervision/ranking?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  /** the office's own reports over a range, read by its chairman */
  async function officeReports(office: string, from: string, to: string) {
    const chair = p.chairs[office]!;
    const q = `from=${from}&to=${to}`;
    const [summary, satisfaction, dossiers] = await Promise.all(
      ['summary', 'satisfaction', 'dossiers'].map(async (r) => (await chair.request('GET', `/offices/${office}/reports/${r}?${q}`)).body),
    );
    return { summary, satisfaction, dossiers };
  }
  const min = (s: number | null) => (s === null ? null : s / 60);

  function expectSameAsReports(row: any, r: Awaited<ReturnType<typeof officeReports>>, label: string) {
    const { summary: s, satisfaction: sat, dossiers: d } = r;
    expect(row.issued, label).toBe(s.issued);
    expect(row.served, label).toBe(s.served);
    expect(row.meanWaitMinutes, label).toBe(min(s.wait.mean));
    expect(row.medianWaitMinutes, label).toBe(min(s.wait.median));
    expect(row.p90WaitMinutes, label).toBe(min(s.wait.p90));
    expect(row.withinTargetShare, label).toBe(s.wait.withinTargetShare);
    expect(row.serviceMinutes, label).toBe(min(s.service.mean));
    expect(row.ratings, label).toBe(s.ratings.count);
    expect(row.satisfactionIndex, label).toBe(s.ratings.satisfactionIndex);
    expect(row.satisfactionIndex, label).toBe(sat.total.ratings.satisfactionIndex);
    expect(row.satisfactionMean, label).toBe(s.ratings.mean);
    const dist = s.ratings.distribution;
    expect(row.fourLevelSatisfiedShare, label).toBe(s.ratings.count ? (dist[4] + dist[3]) / s.ratings.count : null);
    expect(row.ratingsPer100, label).toBe(s.issued ? (100 * s.ratings.count) / s.issued : null);
    expect(row.complaints, label).toBe(s.complaints);
    expect(row.rates766, label).toEqual(sat.rates766);
    expect(row.complaintsOnTimeShare, label).toBe(sat.rates766.onTimeRate);
    expect(row.feedbackOkShare, label).toBe(sat.rates766.feedbackOkRate);
    expect([row.dossiersReceived, row.dossiersResolved, row.dossiersEarly, row.dossiersOnTime, row.dossiersLate, row.dossiersInProgress], label).toEqual([
      d.received,
      d.resolved,
      d.early,
      d.onTime,
      d.late,
      d.inProgress,
    ]);
    if (d.resolved) expect(row.dossiersOnTimeShare, label).toBeCloseTo(d.earlyShare + d.onTimeShare, 12);
    else expect(row.dossiersOnTimeShare, label).toBeNull();
  }

  it('gives each office the figures of its own reports, over whole months, partial months and a few days', async () => {
    for (const [from, to] of RANGES) {
      const body = await ranking(p.supA, `from=${from}&to=${to}`);
      expect(body.offices.map((o: any) => o.id).sort()).toEqual([p.a1, p.a2].sort());
      for (const row of body.offices) {
        expect(row.group).toBe(p.groupA);
        // the names the office's configuration gives (the page shows the short one)
        expect([row.name, row.shortName]).toEqual([`UBND xã ${row.id}`, `Xã ${row.id}`]);
        expectSameAsReports(row, await officeReports(row.id, from, to), `${row.id} ${from}..${to}`);
      }
    }
    // the history is what it should be: busy offices, complaints on time and late, dossiers of every kind
    const all = await ranking(p.supAll, `from=2026-09-01&to=2026-11-30&group=${encodeURIComponent(p.groupA)}`);
    expect(all.offices).toHaveLength(2);
    const total = all.total;
    expect(total.issued).toBeGreaterThan(40);
    expect(total.rates766.onTime).toBeGreaterThan(0);
    expect(total.rates766.late).toBeGreaterThan(0);
    expect([total.dossiersEarly, total.dossiersOnTime, total.dossiersLate, total.dossiersInProgress].every((x: number) => x > 0)).toBe(true);
  });

  it('ranks by any column, best first, with the previous period, its rank and the change', async () => {
    const byWait = await ranking(p.supAll, `from=2026-10-31&to=2026-11-03&sort=meanWaitMinutes&group=${encodeURIComponent(p.groupA)}`);
    expect(byWait.sort).toBe('meanWaitMinutes');
    expect(byWait.offices.map((o: any) => [o.id, o.rank])).toEqual([
      [p.a1, 1],
      [p.a2, 2],
    ]);
    // a few days: the previous period is as many days before
    expect([byWait.previousFrom, byWait.previousTo]).toEqual(['2026-10-27', '2026-10-30']);
    expect(byWait.median.previous.issued).toBeGreaterThan(0);
    expect(byWait.median.change.issued).toBe(byWait.median.issued - byWait.median.previous.issued);
    expect(byWait.total.change.issued).toBe(byWait.total.issued - byWait.total.previous.issued);
    const before = await ranking(p.supAll, `from=2026-10-27&to=2026-10-30&sort=meanWaitMinutes&group=${encodeURIComponent(p.groupA)}`);
    for (const row of byWait.offices) {
      const prev = before.offices.find((o: any) => o.id === row.id);
      const { id: _i, name: _n, shortName: _s, group: _g, rank, previousRank: _p, previous: _pp, change: _c, ...figures } = prev;
      expect(row.previous).toEqual(figures);
      expect(row.previousRank).toBe(rank);
      expect(row.change.issued).toBe(row.issued - prev.issued);
      expect(row.change.meanWaitMinutes).toBeCloseTo(row.meanWaitMinutes - prev.meanWaitMinutes, 12);
      expectSameAsReports(row.previous, await officeReports(row.id, '2026-10-27', '2026-10-30'), `${row.id} previous`);
    }
    // whole months: the previous period is as many whole months before
    const months = await ranking(p.supA, 'from=2026-10-01&to=2026-11-30&sort=complaints');
    expect([months.previousFrom, months.previousTo]).toEqual(['2026-08-01', '2026-09-30']);
    for (const row of months.offices) expectSameAsReports(row.previous, await officeReports(row.id, '2026-08-01', '2026-09-30'), `${row.id} months before`);
    // fewer complaints rank first
    const c = months.offices.map((o: any) => o.complaints);
    expect(c).toEqual([...c].sort((a, b) => a - b));

    // a previous period with nothing recorded (before the offices' history): no change shown against it, nor a rank
    const first = await ranking(p.supA, 'from=2026-09-29&to=2026-09-30&sort=issued');
    expect([first.previousFrom, first.previousTo]).toEqual(['2026-09-27', '2026-09-28']);
    expect(first.offices.some((o: any) => o.issued > 0)).toBe(true);
    for (const row of [...first.offices, first.total, first.median]) {
      expect(row.previous.issued).toBe(0);
      expect(Object.values(row.change).every((v) => v === null)).toBe(true);
    }
    expect(first.offices.every((o: any) => o.previousRank === null)).toBe(true);

    // a period to compare with, named (the page's quarter so far against the same days of the quarter before)
    const named = await ranking(p.supA, 'from=2026-10-01&to=2026-11-15&previousFrom=2026-07-01&previousTo=2026-08-15&sort=complaints');
    expect([named.previousFrom, named.previousTo]).toEqual(['2026-07-01', '2026-08-15']);
    for (const row of named.offices) expectSameAsReports(row.previous, await officeReports(row.id, '2026-07-01', '2026-08-15'), `${row.id} named`);
    for (const bad of [
      'from=2026-10-01&to=2026-11-15&previousFrom=2026-07-01',
      'from=2026-10-01&to=2026-11-15&previousFrom=2026-09-01&previousTo=2026-10-01',
      'from=2026-10-01&to=2026-11-15&previousFrom=2026-08-15&previousTo=2026-07-01',
    ]) {
      const refused = await p.supA.request('GET', `/supervision/ranking?${bad}`);
      expect(refused.status, bad).toBe(400);
    }
  });

  it('adds the offices up into the province total and takes their median', async () => {
    const body = await ranking(p.supAll, 'from=2026-09-01&to=2026-11-30');
    const mine = body.offices.filter((o: any) => [p.a1, p.a2, p.b1].includes(o.id));
    expect(mine).toHaveLength(3);
    // only these three offices: a scope of offices by name
    const sup = await p.account('supervisor', { offices: [p.a1, p.a2, p.b1] });
    const three = await ranking(sup, 'from=2026-09-01&to=2026-11-30');
    const reports = await Promise.all([p.a1, p.a2, p.b1].map((o) => officeReports(o, '2026-09-01', '2026-11-30')));
    const sum = (f: (r: (typeof reports)[number]) => number) => reports.reduce((a, r) => a + f(r), 0);
    const total = three.total;
    expect(total.offices).toBe(3);
    expect(total.issued).toBe(sum((r) => r.summary.issued));
    expect(total.served).toBe(sum((r) => r.summary.served));
    expect(total.meanWaitMinutes * 60).toBeCloseTo(sum((r) => r.summary.wait.mean * r.summary.wait.count) / sum((r) => r.summary.wait.count), 9);
    expect(total.withinTargetShare).toBeCloseTo(sum((r) => r.summary.wait.withinTarget) / sum((r) => r.summary.wait.count), 12);
    // each office's "Bình thường" counted its own way (a2 counts it as dissatisfied)
    const official = (r: (typeof reports)[number]) => r.summary.ratings.official.verySatisfied + r.summary.ratings.official.satisfied;
    expect(total.satisfactionIndex).toBeCloseTo(sum(official) / sum((r) => r.summary.ratings.count), 12);
    expect(total.rates766.onTime).toBe(sum((r) => r.satisfaction.rates766.onTime));
    expect(total.rates766.late).toBe(sum((r) => r.satisfaction.rates766.late));
    expect(total.rates766.dissatisfiedRatings).toBe(sum((r) => r.satisfaction.rates766.dissatisfiedRatings));
    expect(total.dossiersOnTime).toBe(sum((r) => r.dossiers.onTime));
    // the median office: the middle of three
    const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    expect(three.median.issued).toBe(middle(reports.map((r) => r.summary.issued)));
    expect(three.median.meanWaitMinutes * 60).toBeCloseTo(middle(reports.map((r) => r.summary.wait.mean))!, 9);
    expect(three.median.satisfactionIndex).toBe(middle(reports.map((r) => r.summary.ratings.satisfactionIndex)));
    // June–August, before the history: nothing to compare with
    expect(three.median.previous.issued).toBe(0);
    expect(three.median.change.issued).toBeNull();
  });

  it('refuses a bad query with 400, changes nothing, and refuses office roles', async () => {
    const offices = [p.a1, p.a2, p.b1];
    const before = await Promise.all(offices.map((o) => officeFingerprint(t.redis, o)));
    // other test files share the deployment-wide directory: this test's offices' entries are compared
    const entries = () => t.redis.hmget(keys.officeDirectory(), ...offices);
    const directory = await entries();
    for (const q of [
      'from=2026-11-30&to=2026-10-01',
      'from=2026-10-01',
      'from=2026-10-01&to=2026-13-01',
      'from=2020-01-01&to=2026-01-01',
      'from=2026-10-01&to=2026-10-31&sort=bogus',
      'from=2026-10-01&to=2026-10-31&office=x',
      `from=2026-10-01&to=2026-10-31&group=${encodeURIComponent(' padded ')}`,
    ]) {
      const res = await p.supA.request('GET', `/supervision/ranking?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBe('validation_failed');
    }
    expect(await Promise.all(offices.map((o) => officeFingerprint(t.redis, o)))).toEqual(before);
    expect(await entries()).toEqual(directory);
    for (const who of [p.chairs[p.a1]!, await t.login(`officer1-${t.office}`), await t.login(`admin-${t.office}`)]) {
      const res = await who.request('GET', '/supervision/ranking?from=2026-10-01&to=2026-10-31');
      expect(res.status, who.username).toBe(403);
    }
    expect((await t.request('GET', '/supervision/ranking?from=2026-10-01&to=2026-10-31')).status).toBe(401);
    // a group outside the scope is simply empty
    const other = await ranking(p.supA, `from=2026-10-01&to=2026-10-31&group=${encodeURIComponent(p.groupB)}`);
    expect(other.offices).toEqual([]);
    expect(other.total.offices).toBe(0);
  });
});
