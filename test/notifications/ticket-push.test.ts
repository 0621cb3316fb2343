/**
 * The phone following a ticket asks for Web Push (POST /tickets/:id/push): "turn near" and "called"
 * then reach its push service, with the page closed, whether the ticket came from the hall or a booking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { generateVapidKeys } from '../../server/notifications/drivers/vapid-keys.js';
import { keys } from '../../server/redis/keys.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { browserSubscription, decryptPush, startReceiver, type LocalReceiver } from './local-receivers.js';

describe('Web Push for a followed ticket', () => {
  let t: TestApp;
  let pushService: LocalReceiver;
  let workers: Workers;
  const vapid = { ...generateVapidKeys(), subject: 'mailto:it@tay-mo.example.gov.vn' };

  beforeAll(async () => {
    pushService = await startReceiver();
    pushService.answer(201);
    t = await startTestApp({ pushPublicKey: vapid.publicKey, office: (c) => ({ ...c, booking: { turnNearAhead: 1 } }) });
    workers = await startWorkers(
      t.app.ctx,
      { url: inject('redisUrl') },
      { run: true, offices: [t.office], notifications: { webPush: { vapid, allowHttpEndpoints: true, timeoutMs: 2000 } } },
    );
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
    await pushService?.close();
  });

  it('gives the key, takes an https subscription with the token only, and pushes "turn near" and "called"', async () => {
    expect((await t.request('GET', '/push/key')).body).toEqual({ key: vapid.publicKey });
    const issue = async () => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const [first, second, mine] = [await issue(), await issue(), await issue()];
    const browser = browserSubscription('https://fcm.googleapis.com/fcm/send/abc123');
    const follow = (body: unknown) => t.request('POST', `/tickets/${mine.id}/push`, body);
    expect((await follow({ token: 'x'.repeat(24), subscription: browser.subscription })).status).toBe(404);
    // an endpoint inside the network is refused: the server would post to it
    expect((await follow({ token: mine.token, subscription: { ...browser.subscription, endpoint: 'http://127.0.0.1:6379/' } })).status).toBe(400);
    expect((await follow({ token: mine.token, subscription: browser.subscription })).status).toBe(204);
    // (the test's push service listens on plain http: the stored endpoint is pointed at it)
    const local = browserSubscription(`${pushService.url}/push/${mine.number}`);
    await t.redis.hset(keys.ticketPush(t.office, mine.date), mine.number, JSON.stringify(local.subscription));

    const officer = await t.login(`officer2-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/2/open`);
    const call = async () => (await officer.request('POST', `/offices/${t.office}/counters/2/call-next`)).body.ticket.id;
    expect(await call()).toBe(first.id); // mine is now 1 ahead: "near" for this office
    await poll(() => pushService.received.length).toBe(1);
    expect(await call()).toBe(second.id);
    expect(await call()).toBe(mine.id);
    await poll(() => pushService.received.length).toBe(2);
    const [near, called] = pushService.received.map((r) => JSON.parse(decryptPush(r.body, local)));
    expect(near).toMatchObject({ kind: 'turn_near', data: { ticketId: mine.id, number: mine.number, ahead: 1 } });
    expect(called).toMatchObject({ kind: 'called', data: { ticketId: mine.id, counterNumber: 2 } });
  });
});
