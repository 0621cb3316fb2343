/**
 * Complaint handling, the deadline job and its alert, dossier resolution, self-inspection
 * snapshots, background exports, and who may read reports.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { deadlineJobId } from '../../server/complaints/deadline-job.js';
import { reportQueues } from '../../server/reports/report-jobs.js';
import { emitAck, nextEvent, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { officeDate } from '../../shared/office-time.js';
import { poll } from '../support/page-helpers.js';

const DAY = 86_400_000;
/** Monday 2026-11-23 09:00 in Hà Nội */
const START = Date.UTC(2026, 10, 23, 2, 0);

describe('complaints, dossiers, snapshots and exports', () => {
  let t: TestApp;
  let chair: StaffClient;
  let officer: StaffClient;
  let workers: Workers;

  beforeAll(async () => {
    t = await startTestApp({ now: START, office: (c) => ({ ...c, workingDays: [1, 2, 3, 4, 5], daysOff: ['2026-11-26'], complaintDeadlineDays: 3 }) });
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
    chair = await t.login(`chair-${t.office}`);
    officer = await t.login(`officer1-${t.office}`);
  });
  beforeEach(() => t.clock.set(START));
  afterAll(async () => {
    await workers?.close();
    await t?.close();
  });

  it('officers, kiosks and strangers cannot read reports or complaints', async () => {
    const q = `from=2026-11-01&to=2026-11-30`;
    for (const path of [
      `/reports/summary?${q}`,
      `/reports/breakdown?${q}&by=service`,
      `/reports/live`,
      `/reports/satisfaction?${q}`,
      `/reports/export?${q}&format=csv`,
      `/reports/snapshots`,
      `/complaints`,
    ]) {
      expect((await t.request('GET', `/offices/${t.office}${path}`)).status, path).toBe(401);
      expect((await officer.request('GET', `/offices/${t.office}${path}`)).status, path).toBe(403);
      expect((await chair.request('GET', `/offices/${t.office}${path}`)).status, path).toBe(200);
    }
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('GET', `/offices/${t.office}/reports/summary?${q}`)).status).toBe(200);
    expect((await chair.request('GET', `/offices/${t.office}/reports/summary?from=2026-11-30&to=2026-11-01`)).status).toBe(400);
    expect((await chair.request('GET', `/offices/${t.office}/reports/breakdown?${q}&by=minute`)).status).toBe(400);
  });

  it('a complaint is assigned, answered and resolved; each step once', async () => {
    const filed = await t.request('POST', `/offices/${t.office}/complaints`, {
      topic: 'attitude',
      message: 'Cán bộ quầy 2 thiếu nhiệt tình',
      contactPhone: '0912 345 678',
    });
    expect(filed.status).toBe(201);
    const id = filed.body.complaint.id;
    // three working days after Monday, skipping the day off on Thursday: Tuesday, Wednesday, Friday
    expect(new Date(filed.body.complaint.dueAt + 7 * 3600_000).toISOString().slice(0, 10)).toBe('2026-11-27');
    const inbox = await chair.request('GET', `/offices/${t.office}/complaints?status=new`);
    expect(inbox.body.complaints.map((c: any) => c.id)).toContain(id);
    const path = `/offices/${t.office}/complaints/${id}`;
    expect((await officer.request('POST', `${path}/assign`, { assignee: 'pho-chu-tich' })).status).toBe(403);
    const chairSocket = await t.socket({ cookie: chair.cookie });
    expect((await emitAck(chairSocket, 'join', { office: t.office, role: 'chairman' })).ok).toBe(true);
    const heard = nextEvent(chairSocket, 'complaint.updated', (c: any) => c.id === id);
    const assigned = await chair.request('POST', `${path}/assign`, { assignee: 'pho-chu-tich', note: 'Xác minh trong 2 ngày' });
    expect(assigned.body.complaint).toMatchObject({ status: 'in_progress', assignee: 'pho-chu-tich' });
    // the leadership's screens hear of it as it happens
    expect(await heard).toMatchObject({ id, status: 'in_progress', assignee: 'pho-chu-tich' });
    const answered = await chair.request('POST', `${path}/respond`, { response: 'UBND phường đã nhắc nhở cán bộ. Xin cảm ơn ý kiến của ông/bà.' });
    expect(answered.body.complaint).toMatchObject({ status: 'in_progress', response: expect.stringContaining('nhắc nhở') });
    const resolved = await chair.request('POST', `${path}/resolve`, {});
    expect(resolved.body.complaint.status).toBe('resolved');
    expect(resolved.body.complaint.history.map((h: any) => h.action)).toEqual(['assign', 'respond', 'resolve']);
    expect((await chair.request('POST', `${path}/resolve`, {})).status).toBe(409);
    expect((await chair.request('GET', `/offices/${t.office}/complaints?status=open`)).body.complaints.map((c: any) => c.id)).not.toContain(id);
    expect((await chair.request('GET', `/offices/${t.office}/complaints?q=nhi%E1%BB%87t`)).body.complaints.map((c: any) => c.id)).toContain(id);
  });

  it('a missed deadline fires the BullMQ job and the alert reaches the chairman', async () => {
    const socket = await t.socket({ cookie: chair.cookie });
    const joined = await emitAck(socket, 'join', { office: t.office, role: 'chairman' });
    expect(joined.ok).toBe(true);
    const filed = await t.request('POST', `/offices/${t.office}/complaints`, { topic: 'waiting_time', message: 'Chờ hơn hai tiếng' });
    const id = filed.body.complaint.id as string;
    const queue = reportQueues(t.redis, t.app.ctx.jobPrefix).deadlines;
    let job: Awaited<ReturnType<typeof queue.getJob>>;
    await poll(async () => (job = await queue.getJob(deadlineJobId(t.office, id)))).toBeTruthy();
    expect(await job!.getState()).toBe('delayed');
    expect(job!.opts.delay).toBe(filed.body.complaint.dueAt - START);
    // a week passes without an answer; the delayed job comes due
    t.clock.set(START + 7 * DAY);
    const alert = nextEvent(socket, 'alert', (a) => a.ref === id);
    await job!.promote();
    expect(await alert).toMatchObject({
      kind: 'complaint_overdue',
      office: t.office,
      ref: id,
      values: { due: officeDate(filed.body.complaint.dueAt, 'Asia/Ho_Chi_Minh') },
    });
    expect(await alert).not.toHaveProperty('message'); // the page words it (test/unit/alert-text.test.ts)
    const live = await chair.request('GET', `/offices/${t.office}/reports/live`);
    expect(live.body.overdueComplaints).toBe(1);
    expect(live.body.alerts.some((a: any) => a.kind === 'complaint_overdue' && a.ref === id)).toBe(true);
    const overdue = await chair.request('GET', `/offices/${t.office}/complaints?status=overdue`);
    expect(overdue.body.complaints.map((c: any) => c.id)).toEqual([id]);
    // Decision 766: one complaint resolved on time (previous test), one overdue
    const sat = await chair.request('GET', `/offices/${t.office}/reports/satisfaction?from=2026-11-23&to=2026-11-30`);
    expect(sat.body.rates766).toMatchObject({ complaints: 2, onTime: 1, late: 1, pending: 0, onTimeRate: 0.5 });
    t.clock.set(START);
  });

  it('dossiers: recorded at completion, resolved early, on time and late', async () => {
    const ctr = `/offices/${t.office}/counters/1`;
    expect((await officer.request('POST', `${ctr}/open`)).status).toBe(200);
    const due = ['2026-11-25', '2026-11-24', '2026-11-24'];
    for (const [i, dueDate] of due.entries()) {
      await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
      expect((await officer.request('POST', `${ctr}/call-next`)).status).toBe(200);
      const done = await officer.request('POST', `${ctr}/complete`, { dossier: { code: `HS-00${i}`, dueDate, title: 'Đăng ký khai sinh' } });
      expect(done.status).toBe(200);
    }
    const list = await officer.request('GET', `/offices/${t.office}/dossiers?status=in_progress`);
    expect(list.body.total).toBe(3);
    t.clock.set(START + DAY); // Tuesday 24th
    expect((await officer.request('POST', `/offices/${t.office}/dossiers/HS-000/resolve`, {})).body.dossier.outcome).toBe('early');
    expect((await officer.request('POST', `/offices/${t.office}/dossiers/HS-001/resolve`, {})).body.dossier.outcome).toBe('onTime');
    expect((await officer.request('POST', `/offices/${t.office}/dossiers/HS-001/resolve`, {})).status).toBe(409);
    t.clock.set(START + 2 * DAY);
    expect((await officer.request('POST', `/offices/${t.office}/dossiers/HS-002/resolve`, {})).body.dossier.outcome).toBe('late');
    const week = await chair.request('GET', `/offices/${t.office}/reports/dossiers?from=2026-11-23&to=2026-11-29`);
    expect(week.body).toMatchObject({ received: 3, resolved: 3, inProgress: 0, early: 1, onTime: 1, late: 1 });
    expect(week.body.earlyShare).toBeCloseTo(1 / 3, 9);
    const monday = await chair.request('GET', `/offices/${t.office}/reports/dossiers?from=2026-11-23&to=2026-11-23`);
    expect(monday.body).toMatchObject({ received: 3, resolved: 0, inProgress: 0 });
    t.clock.set(START);
  });

  it('self-inspection: scheduled in the office zone, generated, listed, opened and exported', async () => {
    const schedulers = await reportQueues(t.redis, t.app.ctx.jobPrefix).snapshots.getJobSchedulers();
    const mine = schedulers.filter((s) => s.key?.endsWith(t.office) || s.id?.endsWith(t.office));
    expect(mine.map((s) => s.pattern).sort()).toEqual(['0 6 * * 1', '0 6 1 * *']);
    expect(mine.every((s) => s.tz === 'Asia/Ho_Chi_Minh')).toBe(true);
    t.clock.set(START + 7 * DAY); // the next Monday: "last week" is the week of the 23rd
    const made = await chair.request('POST', `/offices/${t.office}/reports/snapshots`, { kind: 'week' });
    expect(made.status).toBe(201);
    expect(made.body.snapshot).toMatchObject({ id: 'week-2026-W48', from: '2026-11-23', to: '2026-11-29' });
    const list = await chair.request('GET', `/offices/${t.office}/reports/snapshots`);
    expect(list.body.snapshots.map((s: any) => s.id)).toContain('week-2026-W48');
    const snap = await chair.request('GET', `/offices/${t.office}/reports/snapshots/week-2026-W48`);
    expect(snap.body.summary.issued).toBe(3);
    expect(snap.body.dossiers).toMatchObject({ received: 3, early: 1, onTime: 1, late: 1 });
    expect(snap.body.complaints.received).toBe(2);
    const xlsx = await fetch(`${t.api}/offices/${t.office}/reports/snapshots/week-2026-W48?format=xlsx`, { headers: { cookie: chair.cookie } });
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as any);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').value).toContain('tuần 48/2026');
    t.clock.set(START);
  });

  it("a scheduler run makes the previous month's report through the worker", async () => {
    t.clock.set(Date.UTC(2026, 11, 1, 0, 0)); // 1 December 07:00 in Hà Nội: the run reports on November
    const job = await reportQueues(t.redis, t.app.ctx.jobPrefix).snapshots.add('self-inspection', { office: t.office, kind: 'month' });
    let list: any[] = [];
    await poll(async () =>
      (list = (await chair.request('GET', `/offices/${t.office}/reports/snapshots`)).body.snapshots).some((s: any) => s.id === 'month-2026-11'),
    ).toBe(true);
    // newest first, by the period's end: November's report above the weeks inside it
    expect(list.map((s) => s.id).slice(0, 2)).toEqual(['month-2026-11', 'week-2026-W48']);
    expect(list.find((s) => s.id === 'month-2026-11')).toMatchObject({
      kind: 'month',
      from: '2026-11-01',
      to: '2026-11-30',
      title: 'Báo cáo tự kiểm tra tháng 11/2026',
    });
    expect(await job.getState()).toBe('completed');
  });

  it('a large range is exported in the background with progress', async () => {
    const started = await chair.request('POST', `/offices/${t.office}/reports/exports`, { from: '2025-12-01', to: '2026-11-30', format: 'xlsx' });
    expect(started.status).toBe(202);
    const id = started.body.id;
    let status: any;
    await poll(async () => (status = (await chair.request('GET', `/offices/${t.office}/reports/exports/${id}`)).body).state).toMatch(/^(completed|failed)$/);
    expect(status).toMatchObject({ state: 'completed', progress: 100 });
    const file = await fetch(`${t.api}/offices/${t.office}/reports/exports/${id}/file`, { headers: { cookie: chair.cookie } });
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await file.arrayBuffer()) as any);
    const rows = wb.getWorksheet('Theo ngày')!.rowCount;
    expect(rows).toBe(2 + 365 + 1);
    expect((await officer.request('GET', `/offices/${t.office}/reports/exports/${id}`)).status).toBe(403);
  });
});
