/**
 * The reports against an independent oracle: a random history is generated through the HTTP API
 * with the injectable clock (several office-local days, activity across midnight UTC+7, a month
 * end, transfers, no-shows, cancellations, ratings, complaints, tickets left open, tickets left at
 * a counter when a day closed), then every figure of the report routes is recomputed in the test
 * from the raw tickets and ratings and compared, for several ranges and every grouping.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { bucketRange, deriveFacts, expectedFor, localOf, newTracked, periodKey, readRaw, rng, type Fact } from './oracle-support.js';

const HOUR = 3600_000;
const MIN = 60_000;
/** 2026-10-30 07:00 in Hà Nội (UTC+7) */
const START = Date.UTC(2026, 9, 30, 0, 0);
const END = Date.UTC(2026, 10, 2, 4, 0);
/** activity continues through this night (across the month end's midnight) */
const NIGHT_FROM = Date.UTC(2026, 9, 31, 15, 0);
const NIGHT_TO = Date.UTC(2026, 9, 31, 19, 0);
const DATES = ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'];

describe('reports match an independent oracle', () => {
  let t: TestApp;
  let chair: StaffClient;
  let facts: Fact[];
  const targets: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: START });
    chair = await t.login(`chair-${t.office}`);
    const { config } = await t.app.ctx.offices.get(t.office);
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
        const res = ok(await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: r.pick(services), ...(r.chance(0.15) ? { priority: 'elderly' } : {}) }));
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
        const body = r.chance(0.5) ? { topic: 'waiting_time', message: 'Chờ quá lâu', ticketId: id, token: tokens.get(id) } : { topic: 'facilities', message: 'Thiếu chỗ ngồi' };
        ok(await t.request('POST', `/offices/${t.office}/complaints`, body));
      }
    }
    // a few citizens still waiting at the end, one counter still serving
    for (let i = 0; i < 3; i++) ok(await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' }));
    const o1 = officers.get('1')!;
    if (!held.get('1')) noteCall('1', o1, (await o1.request('POST', `/offices/${t.office}/counters/1/call-next`)).body);

    const raw = await readRaw(t.redis, t.office, DATES);
    facts = deriveFacts(raw, tracked, targets);
    // the history must exercise what the report must get right
    expect(raw.tickets.length).toBeGreaterThan(150);
    for (const s of ['done', 'no_show', 'expired', 'cancelled', 'closed_at_day_end', 'waiting']) expect(raw.tickets.some((x) => x.status === s), s).toBe(true);
    expect(raw.tickets.some((x) => x.hour === '23' && x.date === '2026-10-31')).toBe(true);
    expect(raw.tickets.some((x) => x.hour === '00' && x.date === '2026-11-01')).toBe(true);
    expect(tracked.transfers.length).toBeGreaterThan(3);
    expect(raw.ratings.length).toBeGreaterThan(10);
    expect(raw.complaints.length).toBeGreaterThan(0);
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
    expect(e.count('issued') + extra).toBe(e.count('served') + e.count('noShow') + e.count('expired') + e.count('cancelled') + e.count('dayEnd') + e.count('open'));
    expect(api.reconciliation, ctx).toMatchObject({ balanced: true, difference: 0 });
  }

  /** The rows' transfers add up to the totals row's, and every transfer out of a service is one into another. */
  function addsUp(breakdown: any, label: string) {
    for (const f of ['transferIn', 'transferOut']) expect(sum(breakdown.rows.map((r: any) => r[f])), `${label}: ${f} of the rows`).toBe(breakdown.total[f]);
    expect(breakdown.total.transferIn, `${label}: transfers in and out`).toBe(breakdown.total.transferOut);
  }

  const RANGES: [string, string][] = [
    ['2026-10-30', '2026-11-02'],
    ['2026-10-31', '2026-11-01'],
    ['2026-11-01', '2026-11-01'],
    ['2026-10-01', '2026-10-31'],
  ];
  const daysOf = (from: string, to: string) => new Set(DATES.filter((d) => d >= from && d <= to));

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
        for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) allDates.push(d.toISOString().slice(0, 10));
        const expectedKeys = [...new Set(allDates.map((d) => periodKey(d, by)))].sort();
        expect(res.body.rows.map((x: any) => x.key), `${by} keys`).toEqual(expectedKeys);
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
        for (const dim of seen) expect(res.body.rows.some((x: any) => `${prefix}:${x.key}` === dim), `${by} row ${dim}`).toBe(true);
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

  it('dossiers: received and in progress match the tickets completed with one', async () => {
    const [from, to] = RANGES[0]!;
    const res = await chair.request('GET', `/offices/${t.office}/reports/dossiers?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    const raw = await t.redis.hvals(`qms:{${t.office}}:dossiers`);
    expect(res.body.received).toBe(raw.length);
    expect(res.body.inProgress).toBe(raw.length);
    expect(res.body.resolved).toBe(0);
  });

  it('an XLSX export parses back to the JSON report', async () => {
    const [from, to] = RANGES[1]!;
    const res = await fetch(`${t.api}/offices/${t.office}/reports/export?from=${from}&to=${to}&format=xlsx&by=day`, { headers: { cookie: chair.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const byDay = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=day`)).body;
    const byService = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=service`)).body;
    const summary = (await chair.request('GET', `/offices/${t.office}/reports/summary?from=${from}&to=${to}`)).body;
    const sheetRows = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      expect(ws, name).toBeTruthy();
      const header = (ws.getRow(2).values as any[]).slice(1);
      const rows: Record<string, any>[] = [];
      ws.eachRow((row, n) => {
        if (n <= 2) return;
        const v = (row.values as any[]).slice(1);
        rows.push(Object.fromEntries(header.map((h, i) => [h, v[i] ?? null])));
      });
      return rows;
    };
    const check = (sheet: Record<string, any>[], json: any) => {
      const all = [...json.rows, { ...json.total, label: 'Tổng cộng' }];
      expect(sheet.map((r) => r['Nhóm'])).toEqual(all.map((r: any) => r.label));
      sheet.forEach((r, i) => {
        const j = all[i];
        expect(r['Số phiếu phát']).toBe(j.issued);
        expect(r['Đã phục vụ']).toBe(j.served);
        expect(r['Vắng mặt']).toBe(j.noShow);
        expect(r['Hết hạn']).toBe(j.expired);
        expect(r['Đã hủy']).toBe(j.cancelled);
        expect(r['Dở dang khi hết giờ']).toBe(j.closedAtDayEnd);
        expect(r['Chuyển đi']).toBe(j.transferOut);
        expect(r['Số đánh giá']).toBe(j.ratings.count);
        if (j.wait.mean === null) expect(r['Chờ TB (phút)']).toBeNull();
        else expect(r['Chờ TB (phút)']).toBeCloseTo(j.wait.mean / 60, 9);
        if (j.wait.p90 !== null) expect(r['Chờ P90 (phút)']).toBeCloseTo(j.wait.p90 / 60, 9);
        if (j.service.median !== null) expect(r['Phục vụ trung vị (phút)']).toBeCloseTo(j.service.median / 60, 9);
        if (j.wait.withinTargetShare !== null) expect(r['Gọi trong thời gian chuẩn (%)']).toBeCloseTo(j.wait.withinTargetShare * 100, 9);
        if (j.reconciliation) expect(r['Đối chiếu']).toBe(j.reconciliation.balanced ? 'Khớp' : `Lệch ${j.reconciliation.difference}`);
      });
    };
    check(sheetRows('Theo ngày'), byDay);
    check(sheetRows('Theo lĩnh vực'), byService);
    const totals = Object.fromEntries(sheetRows('Tổng hợp').map((r) => [r['Chỉ tiêu'], r['Giá trị']]));
    expect(totals['Số phiếu phát']).toBe(summary.issued);
    expect(totals['Đã phục vụ']).toBe(summary.served);
    expect(totals['Vắng mặt']).toBe(summary.noShow);

    const csv = await fetch(`${t.api}/offices/${t.office}/reports/export?from=${from}&to=${to}&format=csv`, { headers: { cookie: chair.cookie } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Số phiếu phát');
    expect(text).toContain(`Tổng cộng,${summary.issued},${summary.served},${summary.noShow}`);
  });
});
