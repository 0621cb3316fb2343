/**
 * Fills the demo office with a realistic history, or drives live traffic against a running server.
 *
 *   npm run simulate                          3 months of history up to yesterday (skips days already there)
 *   npm run simulate -- --months 6 --seed 7   more history, another random draw
 *   npm run simulate -- --live --speed 60 --url http://localhost:3000 [--minutes 240]
 *
 * History mode runs the real domain functions (the same atomic Redis scripts as the HTTP API) with an
 * injected clock against the configured Redis: REDIS_URL, or the private redis-server `npm start`
 * keeps in data/redis (started here if it is not running). Weekdays only, issuing 7:30–11:15 and
 * 13:30–16:30 with the morning peak; the service mix of a ward; log-normal service times; no-shows
 * with recalls; transfers; ratings with Vietnamese comments and the nine criteria; complaints answered
 * (a few late, a few still open); dossiers with legal deadlines, mostly resolved early. It ends with
 * the weekly and monthly self-inspection reports of the simulated period.
 *
 * Live mode signs in the demo officers (DEMO_PASSWORD or data/demo-password.txt) and plays a day at
 * `speed` simulated minutes per real minute through the HTTP API, so the live page moves.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, officeClock, officeInstant, weekdayOf } from '../shared/office-time.js';
import type { SessionUser } from '../shared/schemas/auth.js';
import type { CriterionId } from '../shared/schemas/feedback.js';
import { UserStore } from '../server/auth/user-store.js';
import type { Context } from '../server/context.js';
import { DomainEventBus } from '../server/domain-events.js';
import { fileComplaint } from '../server/feedback/file-complaint.js';
import { rateTicket } from '../server/feedback/rate-ticket.js';
import { addWorkingDays } from '../server/feedback/working-days.js';
import { closeOfficeDays } from '../server/jobs/day-close.js';
import { createLogger } from '../server/observability/logger.js';
import { SessionStore } from '../server/auth/sessions.js';
import { createMetrics } from '../server/observability/metrics.js';
import { DEMO_OFFICE_ID } from '../server/offices/demo-office.js';
import { seedDemoOffice } from '../server/offices/demo-seed.js';
import { OfficeStore } from '../server/offices/office-store.js';
import { createRedis } from '../server/redis/connect.js';
import { keys } from '../server/redis/keys.js';
import { startPrivateRedis } from '../server/redis/private-server.js';
import type { RedisClient } from '../server/redis/scripts.js';
import { callTicket, setCounterState } from '../server/tickets/counter-actions.js';
import { completeTicket, markNoShow, recallTicket, startService, transferTicket } from '../server/tickets/current-ticket-actions.js';
import { issueTicket } from '../server/tickets/issue-ticket.js';
import { respondComplaint } from '../server/complaints/complaint-actions.js';
import { resolveDossier } from '../server/dossiers/dossier-actions.js';
import { generateSnapshot } from '../server/reports/snapshots.js';
import { inspectionPeriod } from '../server/reports/periods.js';

const { values: args } = parseArgs({
  options: {
    months: { type: 'string', default: '3' },
    office: { type: 'string', default: DEMO_OFFICE_ID },
    seed: { type: 'string', default: '2026' },
    live: { type: 'boolean', default: false },
    speed: { type: 'string', default: '60' },
    url: { type: 'string', default: 'http://localhost:3000' },
    minutes: { type: 'string', default: '600' },
  },
});

// ---------- randomness ----------
let seed = Number(args.seed) >>> 0;
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p: number) => rand() < p;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
function normal(): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
function poisson(mean: number): number {
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
}
function weighted<T>(items: [T, number][]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = rand() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1]![0];
}

/** The simulated instant every domain function reads through ctx.clock. */
let now = Date.now();

// ---------- the office's day ----------
/** Tickets per weekday by service: a ward of ~30,000 people. */
const DAILY: Record<string, number> = { 'tu-phap': 30, 'chung-thuc': 55, 'dat-dai': 12, 'lao-dong': 10, 'thi-dua': 3, 'van-hoa': 6, 'ho-kinh-doanh': 9, 'tra-ket-qua': 32 };
const WEEKDAY_FACTOR = [0, 1.3, 1.05, 0.95, 1.0, 0.85, 0];
/** Arrival density by half hour (local), morning peak around 8:30–9:30. */
const ARRIVALS: [number, number][] = [
  [7 * 60 + 30, 6], [8 * 60, 12], [8 * 60 + 30, 16], [9 * 60, 15], [9 * 60 + 30, 12], [10 * 60, 9], [10 * 60 + 30, 6], [11 * 60, 2],
  [13 * 60 + 30, 6], [14 * 60, 8], [14 * 60 + 30, 7], [15 * 60, 6], [15 * 60 + 30, 4], [16 * 60, 2],
];
const DOSSIER_DAYS: Record<string, number> = { 'tu-phap': 1, 'dat-dai': 15, 'lao-dong': 20, 'thi-dua': 10, 'ho-kinh-doanh': 3, 'van-hoa': 5 };
const COMMENTS: Record<number, string[]> = {
  4: ['Cán bộ nhiệt tình, hướng dẫn rất chu đáo.', 'Thủ tục nhanh gọn, rất hài lòng.', 'Cảm ơn chị cán bộ đã giúp tôi điền tờ khai.', 'Không phải chờ lâu, phục vụ tốt.', 'Phòng chờ sạch sẽ, gọi số rõ ràng.'],
  3: ['Làm xong trong buổi sáng, ổn.', 'Cán bộ lịch sự.', 'Hướng dẫn dễ hiểu.', 'Nên có thêm ghế ngồi chờ.'],
  2: ['Phải chờ khá lâu vào giờ cao điểm.', 'Hồ sơ phải bổ sung nhiều lần.', 'Bình thường, không có gì đặc biệt.', 'Màn hình gọi số hơi nhỏ.'],
  1: ['Chờ gần hai tiếng mới đến lượt.', 'Cán bộ trả lời cộc lốc, thiếu nhiệt tình.', 'Bị yêu cầu nộp giấy tờ không có trong quy định.', 'Hẹn trả kết quả nhưng đến nơi chưa có.'],
};
const COMPLAINTS: [string, string][] = [
  ['waiting_time', 'Tôi lấy số lúc 8 giờ nhưng đến 10 giờ 30 mới được gọi, đề nghị bố trí thêm quầy vào buổi sáng.'],
  ['attitude', 'Cán bộ quầy tiếp nhận nói chuyện thiếu tôn trọng khi tôi hỏi lại thủ tục.'],
  ['procedure', 'Hồ sơ đăng ký hộ kinh doanh bị trả lại 2 lần, mỗi lần yêu cầu một giấy tờ khác nhau.'],
  ['facilities', 'Phòng chờ nóng, không đủ ghế cho người cao tuổi.'],
  ['fees', 'Đề nghị niêm yết rõ lệ phí chứng thực bản sao.'],
  ['other', 'Đề nghị có thêm hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi.'],
];
const RESPONSES = [
  'UBND phường đã tiếp nhận và kiểm tra. Đã nhắc nhở cán bộ liên quan, bố trí thêm một quầy vào giờ cao điểm buổi sáng. Trân trọng cảm ơn ý kiến của ông/bà.',
  'UBND phường ghi nhận phản ánh. Bộ phận Một cửa đã niêm yết lại danh mục giấy tờ và lệ phí tại bảng thông tin. Xin cảm ơn ông/bà.',
  'Đã xác minh và làm việc với cán bộ; cán bộ đã nhận khuyết điểm. UBND phường xin lỗi ông/bà vì sự phiền hà.',
];

interface Ev {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

class Agenda {
  private evs: Ev[] = [];
  private n = 0;
  add(at: number, run: () => Promise<void>): void {
    const e = { at, seq: this.n++, run };
    let i = this.evs.length;
    while (i > 0 && (this.evs[i - 1]!.at > at || (this.evs[i - 1]!.at === at && this.evs[i - 1]!.seq > e.seq))) i--;
    this.evs.splice(i, 0, e);
  }
  next(): Ev | undefined {
    return this.evs.shift();
  }
}

async function connect(): Promise<{ redis: RedisClient; stop: () => Promise<void> }> {
  if (process.env.REDIS_URL) return { redis: createRedis({ url: process.env.REDIS_URL }), stop: async () => {} };
  const dataDir = process.env.DATA_DIR ?? 'data';
  const priv = await startPrivateRedis({ dataDir: join(dataDir, 'redis'), persistent: true, log: (m) => console.log(m) });
  return { redis: createRedis({ url: priv.url }), stop: priv.stop };
}

async function history(): Promise<void> {
  const { redis, stop } = await connect();
  const ctx: Context = { redis, offices: new OfficeStore(redis), events: new DomainEventBus(), log: createLogger('warn'), metrics: createMetrics(), clock: () => now, streamMaxLen: 200_000 };
  const office = args.office!;
  const users = new UserStore(redis, new SessionStore(redis, { absoluteSeconds: 3600, idleSeconds: 3600 }, ctx.events));
  if (office === DEMO_OFFICE_ID) {
    const seeded = await seedDemoOffice(ctx, users, process.env.DEMO_PASSWORD);
    if (seeded.generatedPassword) {
      const dir = process.env.DATA_DIR ?? 'data';
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'demo-password.txt'), `${seeded.generatedPassword}\n`);
      chmodSync(join(dir, 'demo-password.txt'), 0o600);
      console.log(`Demo office created. Password of admin, chutich, canbo1…6: ${seeded.generatedPassword} (also in ${dir}/demo-password.txt)`);
    }
  }
  const { config } = await ctx.offices.get(office, true);
  const tz = config.timeZone;
  const today = officeClock(Date.now(), tz).date;
  const months = Math.max(1, Math.min(24, Number(args.months)));
  const first = addDays(today, -Math.round(months * 30.4));
  const existing = new Set(await redis.zrange(keys.days(office), '0', '-1'));
  const officers: SessionUser[] = config.counters.map((c, i) => ({ username: `canbo${i + 1}`, name: `Cán bộ quầy ${i + 1}`, role: 'officer', offices: [office], counters: [] }));
  const chairman: SessionUser = { username: 'chutich', name: 'Chủ tịch UBND phường', role: 'chairman', offices: [office], counters: [] };
  const at = (date: string, minuteOfDay: number) => officeInstant(date, 0, tz) + Math.round(minuteOfDay * 60_000);

  // AOF fsync on every write would make a long history slow; restored at the end
  const [, fsync] = (await redis.config('GET', 'appendfsync')) as string[];
  if (fsync === 'always') await redis.config('SET', 'appendfsync', 'everysec');

  const pendingDossiers: { id: string; resolveOn: string }[] = [];
  const pendingComplaints: { id: string; answerAt: number }[] = [];
  let tickets = 0;
  let days = 0;
  try {
    for (let date = first; date < today; date = addDays(date, 1)) {
      const wd = weekdayOf(date);
      // results of earlier dossiers and answers to complaints, in time order, even on weekends
      now = at(date, 15 * 60);
      for (const d of pendingDossiers.filter((x) => x.resolveOn === date)) await resolveDossier(ctx, office, d.id, pick(officers).username, date).catch(() => {});
      for (const c of pendingComplaints.filter((x) => x.answerAt <= at(date, 23 * 60))) {
        now = Math.max(c.answerAt, at(date, 9 * 60));
        await respondComplaint(ctx, office, c.id, chairman, pick(RESPONSES), true).catch(() => {});
      }
      pendingComplaints.splice(0, pendingComplaints.length, ...pendingComplaints.filter((x) => x.answerAt > at(date, 23 * 60)));
      if (!WEEKDAY_FACTOR[wd] || existing.has(date) || config.daysOff.includes(date)) continue;
      days++;
      tickets += await simulateDay(ctx, office, date, wd, officers, at, pendingDossiers, pendingComplaints);
      now = at(addDays(date, 1), 5);
      await closeOfficeDays(ctx, office);
      if (days % 10 === 0) console.log(`  ${date}: ${days} days, ${tickets} tickets so far`);
    }
    // self-inspection reports of the whole weeks and months simulated, as the schedulers would have made them
    for (let d = first; d < today; d = addDays(d, 7)) {
      const week = inspectionPeriod('week', d);
      if (week.to >= today) continue;
      now = at(addDays(week.to, 1), 6 * 60);
      await generateSnapshot(ctx, office, 'week', d);
    }
    for (let d = `${first.slice(0, 7)}-01`; d < today; d = addDays(inspectionPeriod('month', d).to, 1)) {
      const month = inspectionPeriod('month', d);
      if (month.to >= today || month.from < first) continue;
      now = at(addDays(month.to, 1), 6 * 60);
      await generateSnapshot(ctx, office, 'month', d);
    }
  } finally {
    if (fsync === 'always') await redis.config('SET', 'appendfsync', 'always');
  }
  console.log(`Simulated ${days} working days, ${tickets} tickets, from ${first} to ${addDays(today, -1)} for office ${office}.`);
  console.log(`Open the reports: /console/reports.html?office=${office} (sign in as chutich)`);
  redis.disconnect();
  await stop();
}

async function simulateDay(
  ctx: Context,
  office: string,
  date: string,
  wd: number,
  officers: SessionUser[],
  at: (date: string, minute: number) => number,
  pendingDossiers: { id: string; resolveOn: string }[],
  pendingComplaints: { id: string; answerAt: number }[],
): Promise<number> {
  const { config } = await ctx.offices.get(office);
  const agenda = new Agenda();
  const dayFactor = WEEKDAY_FACTOR[wd]! * (0.85 + rand() * 0.3);
  const issued: { id: string; token: string }[] = [];
  const done: { id: string; token: string }[] = [];
  let count = 0;
  const arrivalsTotal = ARRIVALS.reduce((a, [, w]) => a + w, 0);
  for (const s of config.services) {
    const n = poisson((DAILY[s.id] ?? 5) * dayFactor);
    for (let i = 0; i < n; i++) {
      const [start] = weighted(ARRIVALS.map((slot) => [slot, slot[1] / arrivalsTotal] as [[number, number], number]));
      const minute = start + rand() * 30;
      agenda.add(at(date, minute), async () => {
        const { ticket } = await issueTicket(ctx, office, { serviceId: s.id, ...(chance(0.08) ? { priority: pick(['elderly', 'disability', 'pregnant', 'small-child', 'merit']) } : {}) });
        issued.push({ id: ticket.id, token: ticket.token });
        count++;
      });
    }
  }
  const open = new Set<string>();
  // counters: open in the morning and the afternoon; a counter calls the next citizen when free
  config.counters.forEach((c, i) => {
    const officer = officers[i]!;
    const shifts: [number, number][] = [
      [7 * 60 + 30 + between(0, 10), 11 * 60 + 30],
      [13 * 60 + 30 + between(0, 10), 16 * 60 + 55],
    ];
    for (const [from, until] of shifts) {
      const endAt = at(date, until);
      agenda.add(at(date, from), async () => {
        await setCounterState(ctx, office, c.id, officer, 'open');
        open.add(c.id);
        agenda.add(ctx.clock(), () => serve(c.id, officer, endAt));
      });
      agenda.add(endAt + 60_000, async () => {
        if (!open.has(c.id)) return;
        await setCounterState(ctx, office, c.id, officer, 'close').catch(() => {});
        open.delete(c.id);
      });
    }
  });

  const serve = async (counterId: string, officer: SessionUser, endAt: number): Promise<void> => {
    const t0 = ctx.clock();
    if (t0 >= endAt) return;
    const { ticket } = await callTicket(ctx, office, counterId, officer);
    if (!ticket) {
      agenda.add(t0 + between(45, 120) * 1000, () => serve(counterId, officer, endAt));
      return;
    }
    const svc = config.services.find((s) => s.id === ticket.serviceId)!;
    if (chance(0.05)) {
      agenda.add(t0 + 90_000, async () => {
        await recallTicket(ctx, office, counterId, officer);
        agenda.add(ctx.clock() + 90_000, async () => {
          await markNoShow(ctx, office, counterId, officer);
          agenda.add(ctx.clock() + 20_000, () => serve(counterId, officer, endAt));
        });
      });
      return;
    }
    const walk = between(30, 100) * 1000;
    const minutes = Math.max(1, svc.avgServiceMinutes * Math.exp(0.45 * normal() - 0.1));
    agenda.add(t0 + walk, async () => {
      await startService(ctx, office, counterId, officer);
      const finishAt = ctx.clock() + minutes * 60_000;
      if (chance(0.03)) {
        agenda.add(ctx.clock() + between(2, 5) * 60_000, async () => {
          const others = config.services.filter((s) => s.id !== ticket.serviceId && config.counters.some((c) => c.services.includes(s.id)));
          await transferTicket(ctx, office, counterId, officer, pick(others).id);
          agenda.add(ctx.clock() + 20_000, () => serve(counterId, officer, endAt));
        });
        return;
      }
      agenda.add(finishAt, async () => {
        const days = DOSSIER_DAYS[ticket.serviceId];
        const dossier = days && chance(0.55) ? { code: `${ticket.number}-${date.replaceAll('-', '')}`, dueDate: addWorkingDays(config, date, days), title: svc.name } : undefined;
        const finished = await completeTicket(ctx, office, counterId, officer, dossier);
        const mine = issued.find((x) => x.id === finished.id);
        if (mine) done.push(mine);
        if (dossier) {
          // most results come early, some on the day, a few late
          const r = rand();
          const resolveOn = r < 0.82 ? addWorkingDays(config, date, Math.max(0, Math.floor(days! * between(0.2, 0.9)))) : r < 0.985 ? dossier.dueDate : addWorkingDays(config, dossier.dueDate, 1 + Math.floor(rand() * 3));
          pendingDossiers.push({ id: dossier.code, resolveOn: resolveOn === date ? addDays(date, 1) : resolveOn });
        }
        if (mine && chance(0.4)) agenda.add(ctx.clock() + between(20, 240) * 1000, () => rate(mine, svc.id));
        agenda.add(ctx.clock() + between(15, 60) * 1000, () => serve(counterId, officer, endAt));
      });
    });
  };

  const rate = async (t: { id: string; token: string }, serviceId: string): Promise<void> => {
    const slow = serviceId === 'dat-dai' || serviceId === 'ho-kinh-doanh';
    const score = weighted<number>([
      [4, slow ? 45 : 58],
      [3, 30],
      [2, slow ? 15 : 9],
      [1, slow ? 7 : 3],
    ]);
    const criteria: Partial<Record<CriterionId, number>> = {};
    if (chance(0.3)) {
      for (const c of ['total_time', 'agency_time', 'contacts', 'agencies', 'one_stop_desk', 'publicity', 'attitude', 'feedback_response', 'online_service'] as const) {
        if (c === 'online_service' && chance(0.6)) continue;
        criteria[c] = score >= 4 ? weighted([[2, 7], [1, 3]]) : score === 3 ? weighted([[2, 2], [1, 7], [0, 1]]) : score === 2 ? weighted([[1, 6], [0, 4]]) : weighted([[1, 3], [0, 7]]);
      }
    }
    await rateTicket(ctx, t.id, {
      token: t.token,
      score,
      ...(Object.keys(criteria).length ? { criteria } : {}),
      ...(chance(score <= 2 ? 0.6 : 0.2) ? { comment: pick(COMMENTS[score]!) } : {}),
      source: pick(['tablet', 'phone'] as const),
    }).catch(() => {});
    if (score === 1 && chance(0.25)) await complain(t);
  };

  const complain = async (t?: { id: string; token: string }): Promise<void> => {
    const [topic, message] = pick(COMPLAINTS);
    const c = await fileComplaint(ctx, office, {
      topic: topic as never,
      message,
      ...(t ? { ticketId: t.id, token: t.token } : {}),
      ...(chance(0.6) ? { contactName: pick(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Thu Hà', 'Hoàng Đức Long']), contactPhone: `09${Math.floor(10_000_000 + rand() * 89_999_999)}` } : {}),
      source: t ? 'rating' : pick(['kiosk', 'phone'] as const),
    });
    // most are answered within the deadline, a few late, a few (recent) still open
    const r = rand();
    const answerAt = r < 0.8 ? c.createdAt + between(0.5, 0.9) * (c.dueAt - c.createdAt) : r < 0.92 ? c.dueAt + between(1, 4) * 86_400_000 : Number.MAX_SAFE_INTEGER;
    pendingComplaints.push({ id: c.id, answerAt });
  };
  if (chance(0.3)) agenda.add(at(date, between(8 * 60, 16 * 60)), () => complain());

  for (let e = agenda.next(); e; e = agenda.next()) {
    now = e.at;
    await e.run();
  }
  return count;
}

// ---------- live mode ----------
async function live(): Promise<void> {
  const base = args.url!.replace(/\/$/, '');
  const api = `${base}/api/v1`;
  const office = args.office!;
  const speed = Math.max(1, Number(args.speed));
  const file = join(process.env.DATA_DIR ?? 'data', 'demo-password.txt');
  const password = process.env.DEMO_PASSWORD ?? (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  if (!password) throw new Error('set DEMO_PASSWORD (or run npm start once so data/demo-password.txt exists)');
  const info = (await (await fetch(`${api}/offices/${office}`)).json()) as { services: { id: string }[]; counters: { id: string }[] };
  const sessions: { counter: string; cookie: string; csrf: string; busyUntil: number; holding: boolean }[] = [];
  for (const [i, c] of info.counters.entries()) {
    const res = await fetch(`${api}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `canbo${i + 1}`, password }) });
    if (!res.ok) throw new Error(`sign-in of canbo${i + 1} failed: ${res.status}`);
    const cookie = res.headers.getSetCookie().map((x) => x.split(';')[0]).join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    sessions.push({ counter: c.id, cookie, csrf: csrfToken, busyUntil: 0, holding: false });
  }
  const post = (s: (typeof sessions)[number] | undefined, path: string, body?: unknown) =>
    fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}) }, body: JSON.stringify(body ?? {}) });
  for (const s of sessions) await post(s, `/offices/${office}/counters/${s.counter}/open`);
  const done: { id: string; token: string }[] = [];
  const tokens = new Map<string, string>();
  const minuteMs = 60_000 / speed;
  const total = Number(args.minutes);
  console.log(`Live traffic on ${base} for office ${office}: ${speed}× speed, ${total} simulated minutes. Ctrl-C to stop.`);
  const rate = Object.values(DAILY).reduce((a, b) => a + b, 0) / (7 * 60);
  for (let m = 0; m < total; m++) {
    const started = Date.now();
    for (let k = poisson(rate * 1.3); k > 0; k--) {
      const res = await post(undefined, `/offices/${office}/tickets`, { serviceId: weighted(Object.entries(DAILY)) });
      if (res.status === 201) {
        const { ticket } = (await res.json()) as { ticket: { id: string; token: string } };
        tokens.set(ticket.id, ticket.token);
      }
    }
    for (const s of sessions) {
      if (Date.now() < s.busyUntil) continue;
      const res = await post(s, `/offices/${office}/counters/${s.counter}/call-next`);
      if (res.status === 200) {
        const body = (await res.json()) as { ticket: { id: string }; finished?: { id: string } | null };
        if (body.finished && tokens.has(body.finished.id)) done.push({ id: body.finished.id, token: tokens.get(body.finished.id)! });
        s.busyUntil = Date.now() + Math.max(1, 6 * Math.exp(0.5 * normal())) * minuteMs;
        s.holding = true;
      } else s.busyUntil = Date.now() + minuteMs;
    }
    if (done.length && chance(0.5)) {
      const t = done.shift()!;
      const score = weighted([[4, 6], [3, 3], [2, 1], [1, 0.4]]);
      await post(undefined, `/tickets/${t.id}/rating`, { token: t.token, score, ...(chance(0.2) ? { comment: pick(COMMENTS[score]!) } : {}) });
    }
    if (chance(0.01)) {
      const [topic, message] = pick(COMPLAINTS);
      await post(undefined, `/offices/${office}/complaints`, { topic, message, source: 'kiosk' });
    }
    await new Promise((r) => setTimeout(r, Math.max(0, minuteMs - (Date.now() - started))));
  }
}

(args.live ? live() : history())
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
