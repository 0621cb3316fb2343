/**
 * Renaming a service does not rewrite past reports: every report labels a service by the name it had
 * at the time, and the comment and dossier lists name services instead of showing their ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

/** Monday 2026-11-02 09:00 in Hà Nội */
const DAY1 = Date.UTC(2026, 10, 2, 2, 0);
const DAY = 86_400_000;
const OLD_NAME = 'Trả kết quả';
const NEW_NAME = 'Trả kết quả giải quyết thủ tục hành chính';
const OLD = `K – ${OLD_NAME}`;
const NEW = `K – ${NEW_NAME}`;

describe('service names in reports', () => {
  let t: TestApp;
  let chair: StaffClient;

  /** A citizen served at counter 1 for tra-ket-qua, with a dossier and a comment. */
  async function serveOne(officer: StaffClient, code: string, comment: string) {
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tra-ket-qua' })).body.ticket;
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
    t.clock.advance(5 * 60_000);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`, { dossier: { code, dueDate: '2026-11-30' } })).status).toBe(200);
    expect((await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 3, comment })).status).toBe(201);
  }

  beforeAll(async () => {
    t = await startTestApp({ now: DAY1 });
    chair = await t.login(`chair-${t.office}`);
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    await serveOne(officer, 'HS-1', 'Nhanh gọn');
    // the next morning an administrator renames the service, then the day goes on
    t.clock.set(DAY1 + DAY);
    const admin = await t.login(`admin-${t.office}`);
    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    config.services.find((s: any) => s.id === 'tra-ket-qua').name = NEW_NAME;
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, config)).status).toBe(200);
    await serveOne(officer, 'HS-2', 'Cán bộ nhiệt tình');
  });
  afterAll(async () => t?.close());

  const row = async (path: string, from: string, to: string) => {
    const res = await chair.request('GET', `/offices/${t.office}/reports/${path}from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('labels a service by the name it had in the range', async () => {
    const label = async (from: string, to: string) => (await row('breakdown?by=service&', from, to)).rows.find((r: any) => r.key === 'tra-ket-qua').label;
    expect(await label('2026-11-02', '2026-11-02')).toBe(OLD);
    // the day of the rename had both names; the next day only the new one
    expect(await label('2026-11-03', '2026-11-03')).toBe(`${NEW} (đến 03/11/2026: ${OLD})`);
    expect(await label('2026-11-04', '2026-11-04')).toBe(NEW);
    expect(await label('2026-11-01', '2026-11-30')).toBe(`${NEW} (đến 03/11/2026: ${OLD})`);
    const satisfaction = await row('satisfaction?by=service&', '2026-11-02', '2026-11-02');
    expect(satisfaction.groups.find((g: any) => g.key === 'tra-ket-qua').label).toBe(OLD);
    const dossiers = await row('dossiers?', '2026-11-02', '2026-11-02');
    expect(dossiers.byService.find((r: any) => r.key === 'tra-ket-qua').label).toBe(OLD);
  });

  it('names the service of each comment and dossier as it was named then', async () => {
    const { comments } = await row('comments?', '2026-11-01', '2026-11-30');
    expect(comments.map((c: any) => [c.comment, c.serviceId, c.serviceName])).toEqual([
      ['Cán bộ nhiệt tình', 'tra-ket-qua', NEW_NAME],
      ['Nhanh gọn', 'tra-ket-qua', OLD_NAME],
    ]);
    const { dossiers } = (await chair.request('GET', `/offices/${t.office}/dossiers?status=all`)).body;
    expect(Object.fromEntries(dossiers.map((d: any) => [d.code, d.serviceName]))).toEqual({ 'HS-1': OLD_NAME, 'HS-2': NEW_NAME });
  });

  it('keeps the name of a service removed since', async () => {
    const admin = await t.login(`admin-${t.office}`);
    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    config.services = config.services.filter((s: any) => s.id !== 'tra-ket-qua');
    config.counters = config.counters.map((c: any) => ({ ...c, services: c.services.filter((s: string) => s !== 'tra-ket-qua') }));
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, config)).status).toBe(200);
    expect((await row('breakdown?by=service&', '2026-11-02', '2026-11-02')).rows.find((r: any) => r.key === 'tra-ket-qua').label).toBe(OLD);
    expect((await row('comments?', '2026-11-03', '2026-11-03')).comments[0].serviceName).toBe(NEW_NAME);
  });
});
