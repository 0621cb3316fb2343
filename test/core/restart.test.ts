/** A server restart keeps every ticket and queue, and a re-joined screen gets the same snapshot. */
import { afterAll, describe, expect, it } from 'vitest';
import { io as ioClient } from 'socket.io-client';
import { createApplication, type Application } from '../../server/app.js';
import { createLogger } from '../../server/observability/logger.js';
import { emitAck, startTestApp, type TestApp, type TestSocket } from '../support/test-app.js';

describe('server restart', () => {
  let t: TestApp;
  let second: Application | undefined;
  const sockets: TestSocket[] = [];
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await second?.close();
    await t.close();
  });

  it('keeps tickets and queues; the board snapshot is the same after re-joining', async () => {
    t = await startTestApp();
    const tickets = [];
    for (const serviceId of ['tu-phap', 'tu-phap', 'chung-thuc', 'dat-dai'])
      tickets.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket);
    const officer = await t.login(`officer2-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/2/open`);
    await officer.request('POST', `/offices/${t.office}/counters/2/call-next`);
    const board = await t.socket();
    const before = (await emitAck<any>(board, 'join', { office: t.office, role: 'board' })).data;
    const counterBefore = (await officer.request('GET', `/offices/${t.office}/counters/2`)).body;

    await t.app.close();
    second = createApplication({ redis: t.redis, log: createLogger('silent') });
    const port = await second.listen(0, '127.0.0.1');
    const s: TestSocket = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(s);
    await new Promise((r) => s.once('connect', () => r(undefined)));
    const after = (await emitAck<any>(s, 'join', { office: t.office, role: 'board' })).data;
    expect({ ...after.board, serverTime: 0 }).toEqual({ ...before.board, serverTime: 0 });
    expect(after.board.counters.find((c: any) => c.id === '2').ticket.number).toBe('A001');
    expect(after.board.services.find((x: any) => x.id === 'tu-phap').waiting).toBe(1);

    // the officer's session survives too (sessions live in Redis), and so does the counter
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/offices/${t.office}/counters/2`, { headers: { cookie: officer.cookie } });
    expect({ ...(await res.json()), serverTime: 0, readFrom: 0 }).toEqual({ ...counterBefore, serverTime: 0, readFrom: 0 });
    for (const ticket of tickets) {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/tickets/${ticket.id}?token=${ticket.token}`);
      expect(r.status).toBe(200);
    }
  });
});
