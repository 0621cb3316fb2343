import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAck, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('roles', () => {
  let t: TestApp;
  let officer1: StaffClient;
  let officer2: StaffClient;
  let limited: StaffClient;
  let chair: StaffClient;
  let admin: StaffClient;

  beforeAll(async () => {
    t = await startTestApp();
    [officer1, officer2, limited, chair, admin] = (await Promise.all(
      [`officer1-${t.office}`, `officer2-${t.office}`, `limited-${t.office}`, `chair-${t.office}`, `admin-${t.office}`].map((u) => t.login(u)),
    )) as [StaffClient, StaffClient, StaffClient, StaffClient, StaffClient];
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
  });
  afterAll(async () => t.close());

  it('kiosk and board sockets cannot call: screens only listen, a command event is answered with a refusal', async () => {
    for (const role of ['kiosk', 'board', 'counter-screen']) {
      const s = await t.socket();
      expect((await emitAck(s, 'join', { office: t.office, role, counter: '1' })).ok).toBe(true);
      const r = await emitAck(s, 'command' as 'snapshot', { action: 'call-next' } as never);
      expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    // a socket without a session cannot pretend to be a counter console
    const s = await t.socket();
    expect(await emitAck(s, 'join', { office: t.office, role: 'counter', counter: '1' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('an officer calls only for a counter they opened', async () => {
    const c = `/offices/${t.office}/counters`;
    expect((await officer1.request('POST', `${c}/1/call-next`)).body.error.code).toBe('counter_not_open');
    expect((await officer1.request('POST', `${c}/1/open`)).status).toBe(200);
    // another officer can neither take nor call for it
    expect((await officer2.request('POST', `${c}/1/open`)).body.error.code).toBe('counter_taken');
    expect((await officer2.request('POST', `${c}/1/call-next`)).body.error.code).toBe('counter_taken');
    expect((await officer1.request('POST', `${c}/1/call-next`)).status).toBe(200);
    // an officer limited to counter 1 cannot open counter 2
    expect((await limited.request('POST', `${c}/2/open`)).status).toBe(403);
    // the chairman does not call citizens
    expect((await chair.request('POST', `${c}/3/open`)).status).toBe(403);
    // no session, or a session without the CSRF header
    expect((await t.request('POST', `${c}/1/call-next`)).status).toBe(401);
    expect((await t.request('POST', `${c}/1/call-next`, undefined, { cookie: officer1.cookie })).body.error.code).toBe('csrf_failed');
  });

  it('a counter socket needs the officer session; its commands go over HTTP with the same rules, the socket only listens', async () => {
    const s = await t.socket({ cookie: officer1.cookie });
    const join = await emitAck<any>(s, 'join', { office: t.office, role: 'counter', counter: '1' });
    expect(join.ok).toBe(true);
    expect(join.data.counter.counter.officer).toBe(`officer1-${t.office}`);
    expect(await emitAck(s, 'command' as 'snapshot', { action: 'recall' } as never)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await officer1.request('POST', `/offices/${t.office}/counters/1/recall`)).status).toBe(200);
    const other = await t.socket({ cookie: officer2.cookie });
    expect((await emitAck(other, 'join', { office: t.office, role: 'counter', counter: '1' })).ok).toBe(true);
    expect((await officer2.request('POST', `/offices/${t.office}/counters/1/complete`)).body.error.code).toBe('counter_taken');
  });

  it('the chairman view refuses officers; admin routes refuse everyone but admins', async () => {
    const s = await t.socket({ cookie: officer1.cookie });
    expect(await emitAck(s, 'join', { office: t.office, role: 'chairman' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const c = await t.socket({ cookie: chair.cookie });
    expect((await emitAck(c, 'join', { office: t.office, role: 'chairman' })).ok).toBe(true);

    for (const [method, path] of [
      ['GET', '/admin/offices'],
      ['GET', `/admin/offices/${t.office}/config`],
      ['POST', `/admin/offices/${t.office}/presets/realistic-hours`],
      ['GET', '/admin/users'],
      ['GET', `/admin/offices/${t.office}/devices`],
      ['GET', `/admin/offices/${t.office}/audit`],
    ] as const) {
      expect((await t.request(method, path)).status, `anonymous ${path}`).toBe(401);
      for (const who of [officer1, chair]) expect((await who.request(method, path)).status, `${who.username} ${path}`).toBe(403);
      expect((await admin.request(method, path)).status, `admin ${path}`).toBeLessThan(300);
    }
  });
});
