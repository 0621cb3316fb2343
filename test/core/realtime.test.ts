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
    expect((await counterChanged).ticket!.number).toBe('B001');

    const recalled = nextEvent(board, 'ticket.recalled');
    await officer.request('POST', `/offices/${t.office}/counters/3/recall`);
    const recall = await recalled;
    expect(recall).toMatchObject({ recall: true, ticket: { number: 'B001' } });
    expect(recall.callId).not.toBe(call.callId);

    // a pause keeps the citizen at the counter: the board's view of it (built from what the script returned) still shows the ticket
    const paused = nextEvent(board, 'counter.changed', (c: any) => c.id === '3' && c.status === 'paused');
    await officer.request('POST', `/offices/${t.office}/counters/3/pause`);
    expect(await paused).toMatchObject({ id: '3', status: 'paused', officer: `officer3-${t.office}`, ticket: { number: 'B001', status: 'called' } });
  });

  it("tells the officer's console at once when an administrator takes the counter over", async () => {
    const officer = await t.login(`officer5-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/5/open`);
    const consoleSocket = await t.socket({ cookie: officer.cookie });
    await emitAck(consoleSocket, 'join', { office: t.office, role: 'counter', counter: '5' });
    const board = await t.socket();
    await emitAck(board, 'join', { office: t.office, role: 'board' });
    const told = nextEvent(consoleSocket, 'counter.takenOver');
    const boardTold = nextEvent(board, 'counter.takenOver', () => true, 1500).catch(() => 'not sent');
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('POST', `/offices/${t.office}/counters/5/open`)).status).toBe(200);
    expect(await told).toMatchObject({ office: t.office, counterId: '5', from: `officer5-${t.office}`, by: `admin-${t.office}`, byName: `admin-${t.office}` });
    // only the counter's own console hears of it
    expect(await boardTold).toBe('not sent');
    // the officer's next action is refused with the new holder's name
    const refused = await officer.request('POST', `/offices/${t.office}/counters/5/call-next`);
    expect(refused.body.error).toMatchObject({ code: 'counter_taken', values: { holder: `admin-${t.office}` } });
  });

  it('tells the consoles of the counters serving a service of tickets joining or leaving its queue, public fields only', async () => {
    const officer = await t.login(`officer4-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/4/open`);
    const four = await t.socket({ cookie: officer.cookie });
    await emitAck(four, 'join', { office: t.office, role: 'counter', counter: '4' });
    const six = await t.socket({ cookie: (await t.login(`officer6-${t.office}`)).cookie });
    await emitAck(six, 'join', { office: t.office, role: 'counter', counter: '6' });
    const board = await t.socket();
    await emitAck(board, 'join', { office: t.office, role: 'board' });
    const boardHeard: string[] = [];
    board.onAny((name: string) => boardHeard.push(name));

    // counter 4 serves dat-dai, counter 6 does not: its first word is of the ho-kinh-doanh ticket both serve
    const fourIssued = nextEvent(four, 'waiting.changed');
    const sixFirst = nextEvent(six, 'waiting.changed');
    const land = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'dat-dai' })).body.ticket;
    expect(await fourIssued).toEqual({
      office: t.office,
      changes: [
        { ticket: { id: land.id, number: land.number, serviceId: 'dat-dai', status: 'waiting', priority: false, issuedAt: land.issuedAt }, at: land.issuedAt },
      ],
    });
    const both = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'ho-kinh-doanh' })).body.ticket;
    expect((await sixFirst).changes.map((c: any) => c.ticket.id)).toEqual([both.id]);

    // a transfer: the counter it left hears of the ticket (which no longer names it), the counters of the new service see it join
    expect((await officer.request('POST', `/offices/${t.office}/counters/4/call`, { ticketId: land.id })).status).toBe(200);
    const left = nextEvent(four, 'ticket.updated', (x) => x.id === land.id && x.status === 'waiting');
    const change = (w: any, status: string) => w.changes.find((c: any) => c.ticket.id === land.id && c.ticket.status === status);
    const joined = nextEvent(six, 'waiting.changed', (w) => !!change(w, 'waiting'));
    const moved = (await officer.request('POST', `/offices/${t.office}/counters/4/transfer`, { serviceId: 'van-hoa' })).body.ticket;
    expect(await left).toMatchObject({ id: land.id, serviceId: 'van-hoa', status: 'waiting' });
    const transferAt = moved.transfers.at(-1).at;
    expect(change(await joined, 'waiting')).toMatchObject({ ticket: { id: land.id, serviceId: 'van-hoa', status: 'waiting' }, at: transferAt });

    // a cancelled ticket leaves the lists of the counters serving its service
    const gone = nextEvent(six, 'waiting.changed', (w) => !!change(w, 'cancelled'));
    expect((await t.request('POST', `/tickets/${land.id}/cancel`, { token: land.token })).status).toBe(200);
    const cancelled = change(await gone, 'cancelled');
    expect(cancelled.at).toBeGreaterThanOrEqual(transferAt);
    expect(JSON.stringify(cancelled)).not.toContain(land.token);
    // the public room never hears of single waiting tickets
    expect(boardHeard).not.toContain('waiting.changed');
  });

  it("gives a counter's screen its own counter's calls and state and the office's changes, not the other counters'", async () => {
    const officer = await t.login(`officer2-${t.office}`);
    const screen = await t.socket();
    expect((await emitAck(screen, 'join', { office: t.office, role: 'counter-screen', counter: '2' })).ok).toBe(true);
    const other = await t.socket();
    expect((await emitAck(other, 'join', { office: t.office, role: 'counter-screen', counter: '1' })).ok).toBe(true);
    const otherHeard: string[] = [];
    other.onAny((event: string, payload: any) => otherHeard.push(`${event}:${payload?.counterId ?? payload?.id ?? ''}`));

    const opened = nextEvent(screen, 'counter.changed', (c) => c.id === '2' && c.status === 'open');
    await officer.request('POST', `/offices/${t.office}/counters/2/open`);
    await opened;
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    const called = nextEvent(screen, 'ticket.called');
    const held = nextEvent(screen, 'counter.changed', (c) => c.id === '2' && !!c.ticket);
    await officer.request('POST', `/offices/${t.office}/counters/2/call-next`);
    expect(await called).toMatchObject({ counterId: '2', recall: false });
    expect(await held).toMatchObject({ id: '2', status: 'open' });
    const recalled = nextEvent(screen, 'ticket.recalled');
    await officer.request('POST', `/offices/${t.office}/counters/2/recall`);
    expect(await recalled).toMatchObject({ counterId: '2', recall: true });

    // an office change reaches every counter's screen (they take a fresh snapshot)
    const admin = await t.login(`admin-${t.office}`);
    const changed = [nextEvent(screen, 'office.changed'), nextEvent(other, 'office.changed')];
    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, { ...config, notices: ['Thông báo mới'] })).status).toBe(200);
    await Promise.all(changed);
    // counter 1's screen heard nothing of counter 2, nor the waiting counts it does not show
    expect(otherHeard).toEqual(['office.changed:']);
  });

  it("sends the lines' order to a phone connected to another process than the one that calls", async () => {
    const other = await startTestApp();
    try {
      const officer = await t.login(`officer1-${t.office}`);
      await officer.request('POST', `/offices/${t.office}/counters/1/open`);
      const tickets = [];
      for (let i = 0; i < 3; i++) tickets.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tra-ket-qua' })).body.ticket);
      // the phone follows the last ticket through the other process; this one has no phone of the office
      const phone = await other.socket();
      const last = tickets[2];
      expect((await emitAck(phone, 'join', { office: t.office, role: 'ticket', ticketId: last.id, token: last.token })).ok).toBe(true);
      const moved = nextEvent(phone, 'queue.positions', (p) => p.services.some((s) => s.id === 'tra-ket-qua' && s.order.indexOf(last.number) === 1));
      await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
      expect((await moved).office).toBe(t.office);
    } finally {
      await other.close();
    }
  });

  it('keeps the screens of other server processes connected when one process shuts down', async () => {
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
