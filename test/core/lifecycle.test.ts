/** The remaining steps of the lifecycle: transfer, no-show, cancel, pause and resume, and their rollups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const DAY = '2026-11-25';

describe('ticket lifecycle steps', () => {
  let t: TestApp;
  let o1: StaffClient;
  let o4: StaffClient;
  const path = (c: string, a: string) => `/offices/${t.office}/counters/${c}/${a}`;
  const issue = async (serviceId: string) => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket;

  beforeAll(async () => {
    t = await startTestApp({ now: Date.parse(`${DAY}T02:00:00Z`) });
    o1 = await t.login(`officer1-${t.office}`);
    o4 = await t.login(`officer4-${t.office}`);
    await o1.request('POST', path('1', 'open'));
    await o4.request('POST', path('4', 'open'));
  });
  afterAll(async () => t.close());

  it('transfers keep the number; wait statistics use the first call only', async () => {
    const a = await issue('tu-phap');
    t.clock.advance(5 * 60_000);
    expect((await o1.request('POST', path('1', 'call-next'))).body.ticket.id).toBe(a.id);
    t.clock.advance(2 * 60_000);
    const moved = await o1.request('POST', path('1', 'transfer'), { serviceId: 'dat-dai' });
    expect(moved.body.ticket).toMatchObject({ id: a.id, number: 'A001', serviceId: 'dat-dai', status: 'waiting' });
    const counter = (await o1.request('GET', `/offices/${t.office}/counters/1`)).body;
    expect(counter.counter.ticket).toBeUndefined();
    expect(counter.serverTime).toBe(t.clock.now); // the console times tickets by the server's clock
    const status = await t.request('GET', `/tickets/${a.id}?token=${a.token}`);
    expect(status.body.ticket).toMatchObject({ status: 'waiting', serviceId: 'dat-dai', ahead: 0 });
    t.clock.advance(10 * 60_000);
    const again = await o4.request('POST', path('4', 'call-next'));
    expect(again.body.ticket).toMatchObject({ id: a.id, counterId: '4' });
    t.clock.advance(3 * 60_000);
    await o4.request('POST', path('4', 'complete'));
    const agg = await t.redis.hgetall(keys.aggregates(t.office, DAY));
    expect(agg).toMatchObject({
      'waitCnt|all': '1',
      'waitSum|all': '300',
      'waitH5|svc:tu-phap': '1',
      'transferOut|svc:tu-phap': '1',
      'transferIn|svc:dat-dai': '1',
      'served|svc:dat-dai': '1',
      'served|ctr:4': '1',
      'svcSum|all': '180',
    });
    expect(agg['served|svc:tu-phap']).toBeUndefined();
  });

  it('no-show, cancel, pause and resume', async () => {
    const b = await issue('tra-ket-qua');
    const c = await issue('tra-ket-qua');
    await o1.request('POST', path('1', 'call-next'));
    const noShow = await o1.request('POST', path('1', 'no-show'));
    expect(noShow.body.ticket).toMatchObject({ id: b.id, status: 'no_show' });
    expect((await o1.request('POST', path('1', 'no-show'))).body.error.code).toBe('no_current_ticket');

    const cancelled = await t.request('POST', `/tickets/${c.id}/cancel`, { token: c.token });
    expect(cancelled.body.ticket.status).toBe('cancelled');
    expect((await t.request('POST', `/tickets/${c.id}/cancel`, { token: c.token })).body.error.code).toBe('wrong_status');

    await o1.request('POST', path('1', 'pause'));
    await issue('tu-phap');
    expect((await o1.request('POST', path('1', 'call-next'))).body.error.code).toBe('counter_paused');
    const info = (await t.request('GET', `/offices/${t.office}`)).body;
    expect(info.counters.find((x: any) => x.id === '1').status).toBe('paused');
    await o1.request('POST', path('1', 'resume'));
    expect((await o1.request('POST', path('1', 'call-next'))).status).toBe(200);
    expect((await o1.request('POST', path('1', 'close'))).body.error.message).toMatch(/finish the current ticket/);
    await o1.request('POST', path('1', 'complete'));
    expect((await o1.request('POST', path('1', 'close'))).body.counter.status).toBe('closed');

    const agg = await t.redis.hgetall(keys.aggregates(t.office, DAY));
    expect(agg).toMatchObject({ 'noShow|all': '1', 'noShow|ctr:1': '1', 'cancelled|svc:tra-ket-qua': '1', 'issued|all': '4', 'served|all': '2' });
  });

  it('estimates the wait from people ahead, open counters and recent service times', async () => {
    // recent mean service time of tu-phap is unknown → 10 configured minutes; counters 1 and 2 serve it, none open now
    const first = await issue('tu-phap');
    const second = await issue('tu-phap');
    expect(first).toMatchObject({ ahead: 0, estimatedWaitMinutes: 0 });
    expect(second).toMatchObject({ ahead: 1, estimatedWaitMinutes: 10 });
    const o2 = await t.login(`officer2-${t.office}`);
    await o2.request('POST', path('2', 'open'));
    await o1.request('POST', path('1', 'open'));
    const third = await issue('tu-phap');
    expect(third).toMatchObject({ ahead: 2, estimatedWaitMinutes: 10 });
  });

  it("the day's list of last calls leaves Redis a day after its last call", async () => {
    await issue('tu-phap');
    await t.redis.del(keys.recentCalls(t.office, DAY));
    await o1.request('POST', path('1', 'call-next'));
    const ttl = async () => t.redis.ttl(keys.recentCalls(t.office, DAY));
    expect(await ttl()).toBeGreaterThan(86_300);
    await t.redis.persist(keys.recentCalls(t.office, DAY));
    await o1.request('POST', path('1', 'recall'));
    expect(await ttl()).toBeGreaterThan(86_300);
    expect(await ttl()).toBeLessThanOrEqual(86_400);
  });
});
