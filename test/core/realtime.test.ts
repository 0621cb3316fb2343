/** Calls reach the board, the counter's console and the citizen's phone, each with what it may see. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAck, nextEvent, startTestApp, type TestApp } from '../support/test-app.js';

describe('realtime events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('pushes a call to the board, the phone and the console', async () => {
    const officer = await t.login(`officer3-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/3/open`);
    const board = await t.socket();
    await emitAck(board, 'join', { office: t.office, role: 'board' });
    const queued = nextEvent(board, 'queue.changed');
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    expect(await queued).toEqual({ office: t.office, services: [{ id: 'chung-thuc', waiting: 1 }] });

    const phone = await t.socket();
    const phoneJoin = await emitAck<any>(phone, 'join', { office: t.office, role: 'ticket', ticketId: ticket.id, token: ticket.token });
    expect(phoneJoin.data.ticket).toMatchObject({ id: ticket.id, status: 'waiting', ahead: 0 });
    const consoleSocket = await t.socket({ cookie: officer.cookie });
    await emitAck(consoleSocket, 'join', { office: t.office, role: 'counter', counter: '3' });

    const onBoard = nextEvent(board, 'ticket.called');
    const onPhone = nextEvent(phone, 'ticket.updated', (x: any) => x.status === 'called');
    const onConsole = nextEvent(consoleSocket, 'ticket.updated', (x: any) => x.status === 'called');
    const counterChanged = nextEvent(board, 'counter.changed', (c: any) => c.id === '3' && !!c.ticket);
    await officer.request('POST', `/offices/${t.office}/counters/3/call-next`);

    const call = await onBoard;
    expect(call).toMatchObject({ counterId: '3', counterNumber: 3, recall: false, ticket: { number: 'B001' } });
    expect(JSON.stringify(call)).not.toContain(ticket.token);
    expect(await onPhone).toMatchObject({ status: 'called', counterId: '3' });
    expect(JSON.stringify(await onPhone)).not.toContain(ticket.token);
    expect(await onConsole).toMatchObject({ id: ticket.id, officer: `officer3-${t.office}` });
    expect((await counterChanged).ticket.number).toBe('B001');

    const recalled = nextEvent(board, 'ticket.recalled');
    await officer.request('POST', `/offices/${t.office}/counters/3/recall`);
    const recall = await recalled;
    expect(recall).toMatchObject({ recall: true, ticket: { number: 'B001' } });
    expect(recall.callId).not.toBe(call.callId);
  });

  it("tells the officer's console at once when an administrator takes the counter over", async () => {
    const officer = await t.login(`officer5-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/5/open`);
    const consoleSocket = await t.socket({ cookie: officer.cookie });
    await emitAck(consoleSocket, 'join', { office: t.office, role: 'counter', counter: '5' });
    const board = await t.socket();
    await emitAck(board, 'join', { office: t.office, role: 'board' });
    const told = nextEvent<any>(consoleSocket, 'counter.takenOver');
    const boardTold = nextEvent<any>(board, 'counter.takenOver', () => true, 1500).catch(() => 'not sent');
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('POST', `/offices/${t.office}/counters/5/open`)).status).toBe(200);
    expect(await told).toMatchObject({ office: t.office, counterId: '5', from: `officer5-${t.office}`, by: `admin-${t.office}`, byName: `admin-${t.office}` });
    // only the counter's own console hears of it
    expect(await boardTold).toBe('not sent');
    // the officer's next action is refused with the new holder's name
    const refused = await officer.request('POST', `/offices/${t.office}/counters/5/call-next`);
    expect(refused.body.error).toMatchObject({ code: 'counter_taken', values: { holder: `admin-${t.office}` } });
  });

  it("keeps the screens of other server processes connected when one process shuts down", async () => {
    // a second process of the same deployment: same Redis, same socket.io stream
    const other = await startTestApp();
    const board = await t.socket();
    await emitAck(board, 'join', { office: t.office, role: 'board' });
    let disconnected = '';
    board.on('disconnect', (reason) => (disconnected = reason));
    await other.close();
    // broadcasts travel the stream in order: an event sent after the shutdown arrives after its effects
    const queued = nextEvent(board, 'queue.changed');
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' });
    await queued;
    expect(disconnected).toBe('');
    expect(board.connected).toBe(true);
  });
});
