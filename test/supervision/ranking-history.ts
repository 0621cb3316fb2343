/**
 * A province with history for the ranking tests, made through the HTTP API with the test clock:
 * three offices (two in group A, one in group B) served over days of September, October and
 * November 2026, each at its own pace (a1 fast, a2 slow, b1 in between), with no-shows, tickets
 * left to expire, ratings, complaints handled on time, late or not at all, and dossiers resolved
 * early, on time and late. One office counts "Bình thường" as dissatisfied, so the province total
 * must count each office its own way. Days are closed as a real deployment closes them.
 */
import { expect } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { addDays } from '../../shared/office-time.js';
import type { StaffClient, TestApp } from '../support/test-app.js';
import { makeProvince, type Province } from './province-office.js';

const MIN = 60_000;
/** 2026-09-29 08:00 in Hà Nội */
export const HISTORY_START = Date.UTC(2026, 8, 29, 1, 0);
/** the days with activity: two of September, one of October's start and two of its end, two of November */
export const DAYS = ['2026-09-29', '2026-09-30', '2026-10-01', '2026-10-30', '2026-10-31', '2026-11-02', '2026-11-03'];

interface Pace {
  /** minutes each citizen waits, in turn */
  waits: number[];
  /** minutes each service takes, in turn */
  services: number[];
  /** scores given, in turn (0: no rating) */
  scores: number[];
  tickets: number;
}

const PACES: Record<'a1' | 'a2' | 'b1', Pace> = {
  a1: { waits: [2, 3, 5, 1, 4], services: [4, 6, 5], scores: [4, 4, 3, 0, 4, 2], tickets: 6 },
  a2: { waits: [25, 40, 12, 70, 18], services: [12, 15, 9], scores: [2, 1, 3, 4, 0, 2], tickets: 4 },
  b1: { waits: [9, 14, 6, 22], services: [7, 8], scores: [3, 4, 0, 2, 3], tickets: 5 },
};

export interface RankedProvince extends Province {
  root: StaffClient;
  /** a supervisor of group A, and one of the whole deployment */
  supA: StaffClient;
  supAll: StaffClient;
  chairs: Record<string, StaffClient>;
}

const localMorning = (date: string) => Date.parse(`${date}T01:00:00Z`); // 08:00 in Hà Nội

export async function makeRankedProvince(t: TestApp): Promise<RankedProvince> {
  const p = await makeProvince(t);
  const a2 = (await t.app.ctx.offices.get(p.a2)).config;
  await t.app.ctx.offices.save({ ...a2, rating: { ...a2.rating, neutralCountsAs: 'dissatisfied' } });
  const offices = { a1: p.a1, a2: p.a2, b1: p.b1 };
  const officers: Record<string, StaffClient> = {};
  const chairs: Record<string, StaffClient> = {};
  for (const id of Object.values(offices)) {
    officers[id] = await p.account('officer', { offices: [id] });
    chairs[id] = await p.account('chairman', { offices: [id] });
  }
  const ok = (res: { status: number; body: any }, what: string) => {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res;
  };
  const complaints: { office: string; id: string; day: string; n: number }[] = [];
  const dossiers: { office: string; code: string; due: string; day: string }[] = [];

  let n = 0;
  for (const day of DAYS) {
    t.clock.set(localMorning(day));
    for (const id of Object.values(offices)) {
      await closeOfficeDays(t.app.ctx, id);
      ok(await officers[id]!.request('POST', `/offices/${id}/counters/1/open`), 'open');
    }
    // dossiers of earlier days come back: early, on the date, or late
    for (const d of dossiers.filter((x) => x.day < day && !('done' in x))) {
      Object.assign(d, { done: true });
      ok(await officers[d.office]!.request('POST', `/offices/${d.office}/dossiers/${encodeURIComponent(d.code)}/resolve`, {}), 'resolve dossier');
    }
    // complaints: some answered within their five working days, some late, some never
    for (const c of complaints.filter((x) => !('done' in x))) {
      const age = (localMorning(day) - localMorning(c.day)) / 86_400_000;
      if ((c.n % 3 === 0 && age >= 1) || (c.n % 3 === 1 && age > 6)) {
        Object.assign(c, { done: true });
        ok(await chairs[c.office]!.request('POST', `/offices/${c.office}/complaints/${c.id}/resolve`, {}), 'resolve complaint');
      }
    }
    for (const [name, id] of Object.entries(offices) as ['a1' | 'a2' | 'b1', string][]) {
      const pace = PACES[name];
      const officer = officers[id]!;
      const path = `/offices/${id}/counters/1`;
      for (let k = 0; k < pace.tickets; k++) {
        n++;
        const serviceId = n % 2 ? 'tu-phap' : 'tra-ket-qua';
        const ticket = ok(await t.request('POST', `/offices/${id}/tickets`, { serviceId }), 'issue').body.ticket;
        t.clock.advance(pace.waits[n % pace.waits.length]! * MIN + (n % 7) * 1000);
        ok(await officer.request('POST', `${path}/call-next`), 'call');
        if (n % 11 === 0) {
          ok(await officer.request('POST', `${path}/no-show`), 'no-show');
          continue;
        }
        t.clock.advance(pace.services[n % pace.services.length]! * MIN);
        const withDossier = n % 4 === 0;
        // the result date: before, on or after the next day with activity, when it comes back
        const next = DAYS[DAYS.indexOf(day) + 1] ?? addDays(day, 1);
        const due = [addDays(next, 2), next, day][n % 3]!;
        const code = `HS-${id}-${n}`;
        ok(await officer.request('POST', `${path}/complete`, withDossier ? { dossier: { code, dueDate: due } } : undefined), 'complete');
        if (withDossier && n % 5 !== 0) dossiers.push({ office: id, code, due, day });
        const score = pace.scores[n % pace.scores.length]!;
        if (score) ok(await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score }), 'rate');
      }
      // one citizen left waiting: expired when the day closes
      if (n % 2) ok(await t.request('POST', `/offices/${id}/tickets`, { serviceId: 'tu-phap' }), 'issue');
      if ((n + name.length) % 2 === 0 || name === 'a2') {
        const filed = ok(await t.request('POST', `/offices/${id}/complaints`, { topic: 'waiting_time', message: 'Chờ quá lâu' }), 'complaint');
        complaints.push({ office: id, id: filed.body.complaint.id, day, n });
      }
    }
  }
  expect(complaints.length).toBeGreaterThan(6);
  expect(dossiers.length).toBeGreaterThan(6);
  const root = await p.account('admin', {});
  const supA = await p.account('supervisor', { groups: [p.groupA] });
  const supAll = await p.account('supervisor', {});
  return { ...p, root, supA, supAll, chairs };
}
