/**
 * The history the oracle tests read: generated through the HTTP API with the injectable clock
 * (several office-local days, activity across midnight UTC+7, a month end, transfers, no-shows,
 * cancellations, ratings, complaints, tickets left open, tickets left at a counter when a day
 * closed), then turned into the oracle's facts (oracle-support.ts). Seeded, so every test file that
 * generates it gets the same history.
 */
import { expect } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import type { StaffClient, TestApp } from '../support/test-app.js';
import { deriveFacts, localOf, newTracked, readRaw, rng, type Fact } from './oracle-support.js';

const HOUR = 3600_000;
const MIN = 60_000;
/** 2026-10-30 07:00 in Hà Nội (UTC+7) */
export const HISTORY_START = Date.UTC(2026, 9, 30, 0, 0);
const END = Date.UTC(2026, 10, 2, 4, 0);
/** activity continues through this night (across the month end's midnight) */
const NIGHT_FROM = Date.UTC(2026, 9, 31, 15, 0);
const NIGHT_TO = Date.UTC(2026, 9, 31, 19, 0);
export const DATES = ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'];

/** The report ranges the tests ask for: the whole history, across the month end, one day, a month before it. */
export const RANGES: [string, string][] = [
  ['2026-10-30', '2026-11-02'],
  ['2026-10-31', '2026-11-01'],
  ['2026-11-01', '2026-11-01'],
  ['2026-10-01', '2026-10-31'],
];
export const daysOf = (from: string, to: string) => new Set(DATES.filter((d) => d >= from && d <= to));

/** Generates the history in the office of an app started at HISTORY_START and derives the oracle's facts. */
export async function generateHistory(t: TestApp): Promise<{ chair: StaffClient; facts: Fact[] }> {
  const chair = await t.login(`chair-${t.office}`);
  const { config } = await t.app.ctx.offices.get(t.office);
  const targets: Record<string, number> = {};
  for (const s of config.services) targets[s.id] = s.targetWaitMinutes;
  const services = config.services.map((s) => s.id);
  const counters = config.counters.map((c) => c.id);
  const officers = new Map<string, StaffClient>();
  for (const [i, c] of counters.entries()) {
    const o = await t.login(`officer${i + 1}-${t.office}`);
    officers.set(c, o);
    expect((await o.request('POST', `/offices/${t.office}/counters/${c}/open`)).status).toBe(200);
  }
  const r = rng(20261031);
  const tracked = newTracked();
  const tokens = new Map<string, string>();
  const held = new Map<string, { id: string; date: string; status: string; serviceId: string } | null>();
  const done: string[] = [];
  let lastDay = localOf(t.clock.now).date;
  const ok = (res: { status: number; body: any }) => {
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    return res;
  };
  const noteCall = (c: string, o: StaffClient, body: any) => {
    if (body.finished) done.push(body.finished.id);
    if (!body.ticket) return held.set(c, null);
    const tk = body.ticket;
    tracked.calls.push({ day: localOf(t.clock.now).date, counter: c, officer: o.username });
    if (tk.firstCalledAt === tk.calledAt) tracked.firstCall.set(tk.id, { counter: c, officer: o.username });
    held.set(c, { id: tk.id, date: tk.date, status: tk.status, serviceId: tk.serviceId });
  };

  while (t.clock.now < END) {
    t.clock.advance(r.int(30, 360) * 1000);
    const local = localOf(t.clock.now);
    const night = (Number(local.hour) >= 18 || Number(local.hour) < 7) && !(t.clock.now >= NIGHT_FROM && t.clock.now < NIGHT_TO);
    if (night) {
      // jump to 07:00 local of the next morning
      const next = Number(local.hour) >= 18 ? Date.parse(`${local.date}T00:00:00Z`) + 24 * HOUR : Date.parse(`${local.date}T00:00:00Z`);
      const morning = next + r.int(0, 20) * MIN;
      t.clock.set(t.clock.now < NIGHT_FROM && morning > NIGHT_FROM ? NIGHT_FROM : morning);
    }
    const today = localOf(t.clock.now).date;
    if (today !== lastDay) {
      const closed = await closeOfficeDays(t.app.ctx, t.office);
      lastDay = today;
      // the counters closed with the day (what they held ended there): the officers open them again
      if (closed.countersClosed) {
        for (const [c, o] of officers) {
          const h = held.get(c);
          if (h && h.date < today) held.set(c, null);
          expect((await o.request('POST', `/offices/${t.office}/counters/${c}/open`)).status).toBe(200);
        }
      }
    }
    const roll = r.next();
    if (roll < 0.42) {
      const res = ok(
        await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: r.pick(services), ...(r.chance(0.15) ? { priority: 'elderly' } : {}) }),
      );
      if (res.status === 201) tokens.set(res.body.ticket.id, res.body.ticket.token);
    } else if (roll < 0.85) {
      const c = r.pick(counters);
      const o = officers.get(c)!;
      const path = `/offices/${t.office}/counters/${c}`;
      const h = held.get(c);
      const a = r.next();
      if (!h || a < 0.15) {
        const res = ok(await o.request('POST', `${path}/call-next`));
        if (res.status === 200) noteCall(c, o, res.body);
        else if (res.status === 204) {
          if (h) done.push(h.id);
          held.set(c, null);
        }
      } else if (a < 0.6) {
        const withDossier = r.chance(0.2);
        const body = withDossier ? { dossier: { code: `HS-${h.id.slice(-12)}`, dueDate: '2026-11-20' } } : undefined;
        const res = ok(await o.request('POST', `${path}/complete`, body));
        expect(res.status, `complete ${h.id} at counter ${c}: ${JSON.stringify(res.body)}`).toBe(200);
        done.push(h.id);
        held.set(c, null);
      } else if (a < 0.7) {
        if (h.status === 'called') {
          ok(await o.request('POST', `${path}/no-show`));
          held.set(c, null);
        }
      } else if (a < 0.78) {
        const to = r.pick(services.filter((s) => s !== h.serviceId));
        const res = ok(await o.request('POST', `${path}/transfer`, { serviceId: to }));
        expect(res.status).toBe(200);
        tracked.transfers.push({ ticketId: h.id, counter: c, officer: o.username, from: h.serviceId, to, day: h.date });
        held.set(c, null);
      } else if (a < 0.86) {
        const res = ok(await o.request('POST', `${path}/recall`));
        expect(res.status).toBe(200);
        tracked.recalls.push({ day: h.date, counter: c });
      } else if (h.status === 'called') {
        const res = ok(await o.request('POST', `${path}/start`));
        expect(res.status).toBe(200);
        h.status = 'serving';
      }
    } else if (roll < 0.9) {
      const waiting = [...tokens.keys()];
      const id = r.pick(waiting);
      ok(await t.request('POST', `/tickets/${id}/cancel`, { token: tokens.get(id) }));
    } else if (roll < 0.98) {
      const id = done.splice(r.int(0, Math.max(0, done.length - 1)), 1)[0];
      if (id) {
        const score = r.pick([4, 4, 4, 3, 3, 3, 2, 1]);
        const body: Record<string, unknown> = { token: tokens.get(id), score };
        if (r.chance(0.4)) body.criteria = { attitude: r.int(0, 2), total_time: r.int(0, 2), publicity: r.int(0, 2) };
        if (r.chance(0.3)) body.comment = r.pick(['Cán bộ nhiệt tình', 'Chờ hơi lâu', 'Thủ tục nhanh gọn', 'Cần thêm ghế ngồi']);
        if (r.chance(0.2)) body.chips = ['attitude'];
        ok(await t.request('POST', `/tickets/${id}/rating`, body));
      }
    } else {
      const ids = [...tokens.keys()];
      const id = r.pick(ids);
      const body = r.chance(0.5)
        ? { topic: 'waiting_time', message: 'Chờ quá lâu', ticketId: id, token: tokens.get(id) }
        : { topic: 'facilities', message: 'Thiếu chỗ ngồi' };
      ok(await t.request('POST', `/offices/${t.office}/complaints`, body));
    }
  }
  // a few citizens still waiting at the end, one counter still serving
  for (let i = 0; i < 3; i++) ok(await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' }));
  const o1 = officers.get('1')!;
  if (!held.get('1')) noteCall('1', o1, (await o1.request('POST', `/offices/${t.office}/counters/1/call-next`)).body);

  const raw = await readRaw(t.redis, t.office, DATES);
  const facts = deriveFacts(raw, tracked, targets);
  // the history must exercise what the report must get right
  expect(raw.tickets.length).toBeGreaterThan(150);
  for (const s of ['done', 'no_show', 'expired', 'cancelled', 'closed_at_day_end', 'waiting'])
    expect(
      raw.tickets.some((x) => x.status === s),
      s,
    ).toBe(true);
  expect(raw.tickets.some((x) => x.hour === '23' && x.date === '2026-10-31')).toBe(true);
  expect(raw.tickets.some((x) => x.hour === '00' && x.date === '2026-11-01')).toBe(true);
  expect(tracked.transfers.length).toBeGreaterThan(3);
  expect(raw.ratings.length).toBeGreaterThan(10);
  expect(raw.complaints.length).toBeGreaterThan(0);
  return { chair, facts };
}
