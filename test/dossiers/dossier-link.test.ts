/**
 * Issue 14, item 3: the codes a ticket served (several at completion, or linked later), dossiers
 * pushed through the API by code, and the trace from a rating and a complaint to their dossiers and
 * from a dossier to its tickets and ratings. Refusals change nothing in Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

/** Wednesday 2026-11-25, 10:00 in Hà Nội */
const NOW = Date.UTC(2026, 10, 25, 3, 0);
const DAY = '2026-11-25';

describe('dossier codes on tickets, the API push and the trace', () => {
  let t: TestApp;
  let officer: StaffClient;
  let chair: StaffClient;
  const o = () => `/offices/${t.office}`;
  const fingerprint = () => officeFingerprint(t.redis, t.office);
  const dossier = async (code: string) => (await chair.request('GET', `${o()}/dossiers/${code}`)).body;
  const dayCounts = async () => t.redis.hgetall(keys.aggregates(t.office, DAY));

  /** A citizen served at counter 1 and completed with this body; returns the issued ticket (with its token). */
  async function serve(body?: unknown) {
    const issued = (await t.request('POST', `${o()}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    expect((await officer.request('POST', `${o()}/counters/1/call-next`)).body.ticket.id).toBe(issued.id);
    const done = await officer.request('POST', `${o()}/counters/1/complete`, body);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    return { ...issued, done: done.body.ticket };
  }

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    officer = await t.login(`officer1-${t.office}`);
    chair = await t.login(`chair-${t.office}`);
    expect((await officer.request('POST', `${o()}/counters/1/open`)).status).toBe(200);
  });
  afterAll(async () => t?.close());

  let first: any;
  it('completes a ticket with several codes: one received at the desk, one waiting for its dates', async () => {
    first = await serve({ dossiers: ['HS-A', { code: 'HS-B', dueDate: '2026-11-30', title: 'Đăng ký kết hôn' }] });
    expect(first.done.dossiers).toEqual(['HS-A', 'HS-B']);
    expect((await dossier('HS-B')).dossier).toMatchObject({
      status: 'in_progress',
      receivedDate: DAY,
      dueDate: '2026-11-30',
      serviceId: 'tu-phap',
      tickets: [first.id],
    });
    expect((await dossier('HS-A')).dossier).toMatchObject({ status: 'awaiting_data', tickets: [first.id] });
    // only the dated one counts
    expect((await dayCounts())['dosIn|all']).toBe('1');
    // the body of before, one dossier with its result date, still works
    const old = await serve({ dossier: { code: 'HS-OLD', dueDate: '2026-11-26' } });
    expect(old.done.dossiers).toEqual(['HS-OLD']);
    expect((await dayCounts())['dosIn|all']).toBe('2');
    // refused whole: a code twice, a bad code, a result date in the past
    for (const body of [{ dossiers: ['HS-C', 'HS-C'] }, { dossiers: ['HS C'] }, { dossiers: [{ code: 'HS-C', dueDate: '2026-11-24' }] }]) {
      const issued = (await t.request('POST', `${o()}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
      expect((await officer.request('POST', `${o()}/counters/1/call-next`)).body.ticket.id).toBe(issued.id);
      const before = await fingerprint();
      expect((await officer.request('POST', `${o()}/counters/1/complete`, body)).status).toBe(400);
      expect(await fingerprint()).toBe(before);
      expect((await officer.request('POST', `${o()}/counters/1/complete`)).status).toBe(200);
    }
  });

  it('links codes to a completed ticket afterwards; linking them again changes nothing', async () => {
    const res = await officer.request('POST', `${o()}/tickets/${first.id}/dossiers`, { codes: ['HS-C', 'HS-A'] });
    expect(res.status).toBe(200);
    expect(res.body.added).toBe(1);
    expect(res.body.dossiers.map((d: any) => d.code)).toEqual(['HS-A', 'HS-B', 'HS-C']);
    const before = await fingerprint();
    expect((await officer.request('POST', `${o()}/tickets/${first.id}/dossiers`, { codes: ['HS-C'] })).body.added).toBe(0);
    expect(await fingerprint()).toBe(before);
    // a waiting ticket carries no dossier yet; a ticket of another office is not found here
    const waiting = (await t.request('POST', `${o()}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    expect((await officer.request('POST', `${o()}/tickets/${waiting.id}/dossiers`, { codes: ['HS-D'] })).status).toBe(409);
    expect((await officer.request('POST', `${o()}/tickets/other-office_${DAY}_A001/dossiers`, { codes: ['HS-D'] })).status).toBe(404);
  });

  it('an officer of another office gets 403 and Redis is unchanged', async () => {
    const id = `${t.office}-b`;
    const { config } = await t.app.ctx.offices.get(t.office);
    await t.app.ctx.offices.save({ ...config, id }, { create: true });
    const username = `officer-b-${t.office}`.slice(0, 32);
    await t.app.users.upsert({ username, name: username, role: 'officer', offices: [id], counters: [], password: PASSWORD, disabled: false }, { create: true });
    const stranger = await t.login(username);
    const before = await fingerprint();
    expect((await stranger.request('POST', `${o()}/tickets/${first.id}/dossiers`, { codes: ['HS-Z'] })).status).toBe(403);
    expect((await stranger.request('POST', `${o()}/dossiers/HS-B/resolve`, {})).status).toBe(403);
    expect((await stranger.request('GET', `${o()}/dossiers?status=all`)).status).toBe(403);
    expect((await stranger.request('GET', `${o()}/dossiers/HS-B`)).status).toBe(403);
    expect(await fingerprint()).toBe(before);
  });

  it('pushes dossiers through the API by code: added, unchanged, updated; a waiting code gets its dates and keeps its tickets', async () => {
    const put = (code: string, body: unknown) => chair.request('PUT', `${o()}/dossiers/${code}`, body);
    const dates = { service: 'Hộ tịch', received: '2026-11-20', due: '2026-11-27' };
    const added = await put('HS-A', dates);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      change: 'added',
      dossier: { status: 'in_progress', serviceId: 'tu-phap', receivedDate: '2026-11-20', tickets: [first.id], source: 'api' },
    });
    // "added" here: the code was only waiting for its dates; it now counts on its receipt day
    expect((await t.redis.hgetall(keys.aggregates(t.office, '2026-11-20')))['dosIn|all']).toBe('1');
    const before = await fingerprint();
    expect((await put('HS-A', dates)).body.change).toBe('unchanged');
    expect(await fingerprint()).toBe(before);
    const resolved = await put('HS-A', { ...dates, resolved: '2026-11-25', returned: '2026-11-25' });
    expect(resolved.body).toMatchObject({ change: 'updated', dossier: { status: 'resolved', outcome: 'early', returnedDate: '2026-11-25' } });
    expect((await dayCounts())['dosEarly|svc:tu-phap']).toBe('1');
    // the desk's dossier HS-B, now with the one-stop software's dates: its count moves to the 24th
    expect((await put('HS-B', { service: 'tu-phap', received: '2026-11-24', due: '2026-11-30' })).body.change).toBe('updated');
    expect((await dayCounts())['dosIn|all']).toBe('1');
    expect((await t.redis.hgetall(keys.aggregates(t.office, '2026-11-24')))['dosIn|all']).toBe('1');
    // refused with the field at fault, nothing changed
    const mid = await fingerprint();
    const bad = await put('HS-E', { ...dates, due: '2026-11-19' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('due');
    expect((await put('HS-E', { ...dates, service: 'Không có' })).status).toBe(400);
    expect((await put('HS-E', { ...dates, received: '2026-02-30' })).status).toBe(400);
    expect(await fingerprint()).toBe(mid);
  });

  it('pushes a batch: all-or-nothing refuses it whole, keep-valid saves the valid ones', async () => {
    const items = [
      { code: 'HS-B1', service: 'chung-thuc', received: '2026-11-02', due: '2026-11-03', resolved: '2026-11-03' },
      { code: 'HS-B2', service: 'Chứng thực', received: '2026-11-02', due: '2026-11-01' },
      { code: 'HS-B3', service: 'dat-dai', received: '2026-11-03', due: '2026-11-20' },
    ];
    const before = await fingerprint();
    const strict = await chair.request('POST', `${o()}/dossiers/batch`, { dossiers: items });
    expect(strict.body).toMatchObject({
      mode: 'all-or-nothing',
      rows: 3,
      added: 0,
      rejected: 3,
      problems: [{ index: 1, column: 'due', problem: 'due_before_received' }],
    });
    expect(await fingerprint()).toBe(before);
    const lenient = await chair.request('POST', `${o()}/dossiers/batch`, { dossiers: items, mode: 'keep-valid' });
    expect(lenient.body).toMatchObject({ added: 2, updated: 0, unchanged: 0, rejected: 1 });
    const report = (await chair.request('GET', `${o()}/reports/dossiers?from=2026-11-01&to=2026-11-30`)).body;
    expect(report).toMatchObject({ received: 5, resolved: 2, early: 1, onTime: 1, late: 0, inProgress: 3 });
    expect((await officer.request('POST', `${o()}/dossiers/batch`, { dossiers: items })).status).toBe(403);
  });

  it("traces a rating and a complaint to their ticket's dossiers, and a dossier to its tickets and ratings", async () => {
    const rated = await t.request('POST', `/tickets/${first.id}/rating`, { token: first.token, score: 2, comment: 'Chờ hơi lâu' });
    expect(rated.status).toBe(201);
    const comments = (await chair.request('GET', `${o()}/reports/comments?from=${DAY}&to=${DAY}`)).body.comments;
    expect(comments).toEqual([expect.objectContaining({ ticketId: first.id, comment: 'Chờ hơi lâu', dossiers: ['HS-A', 'HS-B', 'HS-C'] })]);

    const filed = await t.request('POST', `${o()}/complaints`, { topic: 'waiting_time', message: 'Hồ sơ chậm', ticketId: first.id, token: first.token });
    expect(filed.status).toBe(201);
    const complaint = (await chair.request('GET', `${o()}/complaints/${filed.body.complaint.id}`)).body.complaint;
    expect(complaint.dossiers).toEqual(['HS-A', 'HS-B', 'HS-C']);
    const inbox = (await chair.request('GET', `${o()}/complaints`)).body.complaints;
    expect(inbox.find((c: any) => c.id === complaint.id).dossiers).toEqual(['HS-A', 'HS-B', 'HS-C']);

    const detail = await dossier('HS-C');
    expect(detail.dossier).toMatchObject({ code: 'HS-C', status: 'awaiting_data' });
    expect(detail.tickets).toEqual([
      expect.objectContaining({
        id: first.id,
        number: first.number,
        status: 'done',
        counterId: '1',
        serviceName: 'Tư pháp – Hộ tịch',
        rating: expect.objectContaining({ score: 2, comment: 'Chờ hơi lâu' }),
      }),
    ]);
    // an officer lists and resolves dossiers but reads ratings only through leadership
    expect((await officer.request('GET', `${o()}/dossiers/HS-C`)).status).toBe(403);
  });
});
