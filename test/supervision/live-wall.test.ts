/**
 * The live wall (issue 13, item 2): each office's row agrees with the office's own live report, and
 * a wall hears of changes in its scope within a second or two, as whole rows, and of nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';
import { pairDevice } from '../support/devices.js';
import { emitAck, nextEvent, PASSWORD, startTestApp, type EventPayload, type StaffClient, type TestApp } from '../support/test-app.js';
import { makeProvince, type Province } from './province-office.js';

describe('the live wall', () => {
  let t: TestApp;
  let p: Province;
  let sup: StaffClient;
  const officers: Record<string, StaffClient> = {};
  beforeAll(async () => {
    t = await startTestApp({ now: Date.UTC(2026, 10, 30, 2, 0) }); // Monday 30 Nov, 09:00 in Hà Nội
    p = await makeProvince(t);
    sup = await p.account('supervisor', { groups: [p.groupA] });
    for (const office of [p.a1, p.b1]) {
      for (const n of [1, 2]) {
        const username = `o${n}-${office}`.slice(0, 32);
        await t.app.users.upsert(
          { username, name: username, role: 'officer', offices: [office], counters: [], password: PASSWORD, disabled: false },
          { create: true },
        );
        officers[`${office}/${n}`] = await t.login(username);
      }
    }
  });
  afterAll(async () => t?.close());

  const issue = async (office: string, serviceId = 'tu-phap') => {
    const res = await t.request('POST', `/offices/${office}/tickets`, { serviceId });
    expect(res.status).toBe(201);
    return res.body.ticket as { id: string; token: string };
  };
  const row = async (office: string): Promise<LiveOfficeRow> =>
    ((await sup.request('GET', '/supervision/live')).body.offices as LiveOfficeRow[]).find((o) => o.id === office)!;

  it("each row is the office's own live report", async () => {
    const officer = officers[`${p.a1}/1`]!;
    const ctr = `/offices/${p.a1}/counters/1`;
    expect((await officer.request('POST', `${ctr}/open`)).status).toBe(200);
    const first = await issue(p.a1);
    await issue(p.a1, 'chung-thuc');
    await issue(p.a1);
    t.clock.advance(3 * 60_000);
    expect((await officer.request('POST', `${ctr}/call-next`)).status).toBe(200);
    t.clock.advance(5 * 60_000);
    expect((await officer.request('POST', `${ctr}/complete`)).status).toBe(200);
    expect((await t.request('POST', `/tickets/${first.id}/rating`, { token: first.token, score: 4 })).status).toBe(201);
    // a second counter paused, a complaint filed
    const second = officers[`${p.a1}/2`]!;
    expect((await second.request('POST', `/offices/${p.a1}/counters/2/open`)).status).toBe(200);
    expect((await second.request('POST', `/offices/${p.a1}/counters/2/pause`)).status).toBe(200);
    expect((await t.request('POST', `/offices/${p.a1}/complaints`, { topic: 'waiting_time', message: 'Chờ lâu quá' })).status).toBe(201);

    const own = (await sup.request('GET', `/offices/${p.a1}/reports/live`)).body;
    const wall = await row(p.a1);
    expect(wall).toMatchObject({
      id: p.a1,
      group: p.groupA,
      waiting: own.waiting,
      longestWaitSeconds: own.longestWaitSeconds,
      issuedToday: own.issued,
      servedToday: own.served,
      satisfactionToday: own.satisfactionIndex,
      ratingsToday: own.ratings,
      overdueComplaints: own.overdueComplaints,
      countersOpen: own.counters.filter((c: { status: string }) => c.status === 'open').length,
      countersPaused: own.counters.filter((c: { status: string }) => c.status === 'paused').length,
      countersClosed: own.counters.filter((c: { status: string }) => c.status === 'closed').length,
    });
    expect(wall).toMatchObject({ waiting: 2, issuedToday: 3, servedToday: 1, satisfactionToday: 1, countersOpen: 1, countersPaused: 1 });
    expect(wall.alerts).toEqual([]);

    // time alone: the waits pass their targets, the pause grows long
    t.clock.advance(60 * 60_000);
    const later = await row(p.a1);
    const ownLater = (await sup.request('GET', `/offices/${p.a1}/reports/live`)).body;
    expect(later.longestWaitSeconds).toBe(ownLater.longestWaitSeconds);
    expect(later.alerts.map((a) => a.kind).sort()).toEqual(['counter_paused', 'long_wait']);
    expect(later.alerts.find((a) => a.kind === 'long_wait')!.count).toBe(ownLater.services.filter((s: { overTarget: number }) => s.overTarget > 0).length);
    // the office's own report raises the same alerts, one per line, counter or screen
    const kinds = (alerts: { kind: string }[]) => [...new Set(alerts.map((a) => a.kind))].sort();
    expect(kinds(ownLater.alerts)).toEqual(kinds(later.alerts));
    for (const a of later.alerts) expect(ownLater.alerts.filter((o: { kind: string }) => o.kind === a.kind).length, a.kind).toBe(a.count);

    // ten days on, the complaint is overdue on the wall as in the office's report (and the day's figures start again)
    t.clock.advance(10 * 86_400_000);
    const overdue = await row(p.a1);
    const ownOverdue = (await sup.request('GET', `/offices/${p.a1}/reports/live`)).body;
    expect(overdue.overdueComplaints).toBe(1);
    expect(overdue.overdueComplaints).toBe(ownOverdue.overdueComplaints);
    expect(overdue.alerts.map((a) => a.kind)).toContain('complaint_overdue');
    expect(overdue).toMatchObject({ issuedToday: ownOverdue.issued, waiting: ownOverdue.waiting });
  });

  it('a wall gets a snapshot, then deltas of its own offices only', async () => {
    const socket = await t.socket({ cookie: sup.cookie });
    const joined = await emitAck<{ role: string; wall: { offices: LiveOfficeRow[] } }>(socket, 'join', { role: 'supervisor' });
    expect(joined.ok).toBe(true);
    expect(joined.data!.wall.offices.map((o) => o.id).sort()).toEqual([p.a1, p.a2].sort());
    const before = joined.data!.wall.offices.find((o) => o.id === p.a2)!.issuedToday;

    const seen: EventPayload<'supervision.changed'>[] = [];
    socket.on('supervision.changed', (c) => seen.push(c));
    // an office of another group changes first: its row must never reach this wall
    await issue(p.b1);
    await issue(p.a2);
    const delta = await nextEvent(socket, 'supervision.changed', (c) => c.offices.some((o) => o.id === p.a2 && o.issuedToday === before + 1), 5000);
    expect(delta.offices.find((o) => o.id === p.a2)).toMatchObject({ waiting: expect.any(Number), group: p.groupA });
    // a calm second passes: no more deltas carry b1
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen.flatMap((c) => c.offices.map((o) => o.id)).filter((id) => id !== p.a1 && id !== p.a2)).toEqual([]);

    // a wall over everything and one narrowed to group B hear of b1
    const everything = await p.account('supervisor', {});
    const all = await t.socket({ cookie: everything.cookie });
    expect((await emitAck(all, 'join', { role: 'supervisor' })).ok).toBe(true);
    const narrowed = await t.socket({ cookie: everything.cookie });
    expect((await emitAck(narrowed, 'join', { role: 'supervisor', group: p.groupB })).ok).toBe(true);
    const onAll = nextEvent(all, 'supervision.changed', (c) => c.offices.some((o) => o.id === p.b1), 5000);
    const onB = nextEvent(narrowed, 'supervision.changed', (c) => c.offices.some((o) => o.id === p.b1), 5000);
    await issue(p.b1);
    await onAll;
    expect((await onB).offices.every((o) => o.group === p.groupB)).toBe(true);
    // a group outside the scope is no wall at all
    expect((await emitAck(await t.socket({ cookie: sup.cookie }), 'join', { role: 'supervisor', group: p.groupB })).data).toMatchObject({
      wall: { offices: [] },
    });
  });

  it('time alone brings an alert to the wall: a wait passing its target', async () => {
    const socket = await t.socket({ cookie: sup.cookie });
    expect((await emitAck(socket, 'join', { role: 'supervisor' })).ok).toBe(true);
    // the issue's own delta comes first, without an alert: from then on only time changes the row
    const issued = nextEvent(socket, 'supervision.changed', (c) => c.offices.some((o) => o.id === p.a2 && o.waiting > 0), 5000);
    await issue(p.a2, 'van-hoa');
    expect((await issued).offices.find((o) => o.id === p.a2)!.alerts).toEqual([]);
    const alerted = nextEvent(
      socket,
      'supervision.changed',
      (c) => c.offices.some((o) => o.id === p.a2 && o.alerts.some((a) => a.kind === 'long_wait')),
      15_000,
    );
    t.clock.advance(3 * 3600_000);
    const row = (await alerted).offices.find((o) => o.id === p.a2)!;
    expect(row.longestWaitSeconds).toBeGreaterThanOrEqual(3 * 3600);
  });

  it("the longest wait is shown against its own line's target, not another line's", async () => {
    const everything = await p.account('supervisor', {});
    const rowOf = async () => ((await everything.request('GET', '/supervision/live')).body.offices as LiveOfficeRow[]).find((o) => o.id === p.loose)!;
    // Chứng thực (target 10 minutes) waits first, Đất đai (target 20) a minute later
    await issue(p.loose, 'chung-thuc');
    t.clock.advance(60_000);
    await issue(p.loose, 'dat-dai');
    t.clock.advance(11 * 60_000);
    const over = await rowOf();
    expect(over.longestWaitSeconds).toBe(12 * 60);
    expect(over.targetWaitMinutes).toBe(10);
    expect(over.alerts).toContainEqual({ kind: 'long_wait', count: 1 });

    // the longest wait now Đất đai's: its own target, 20 minutes
    const officer = await p.account('officer', { offices: [p.loose] });
    expect((await officer.request('POST', `/offices/${p.loose}/counters/3/open`)).status).toBe(200);
    expect((await officer.request('POST', `/offices/${p.loose}/counters/3/call-next`)).status).toBe(200);
    const after = await rowOf();
    expect(after.longestWaitSeconds).toBe(11 * 60);
    expect(after.targetWaitMinutes).toBe(20);
    expect(after.alerts).toEqual([]);
  });

  it('an office whose figures cannot be read is left out; the others still reach the wall', async () => {
    // a stray value (not a complaint) in b1's complaint hash: the sweep and reads must carry on
    await t.redis.hset(keys.complaints(p.b1), 'stray', 'not json');
    const everything = await p.account('supervisor', {});
    const rows = (await everything.request('GET', '/supervision/live')).body.offices as LiveOfficeRow[];
    expect(rows.map((o) => o.id)).not.toContain(p.b1);
    expect(rows.map((o) => o.id)).toContain(p.a1);
    const socket = await t.socket({ cookie: everything.cookie });
    expect((await emitAck(socket, 'join', { role: 'supervisor' })).ok).toBe(true);
    const before = rows.find((o) => o.id === p.a1)!.issuedToday;
    const delta = nextEvent(socket, 'supervision.changed', (c) => c.offices.some((o) => o.id === p.a1 && o.issuedToday === before + 1), 10_000);
    await issue(p.b1);
    await issue(p.a1);
    await delta;
    await t.redis.hdel(keys.complaints(p.b1), 'stray');
  });

  it("counts a screen offline exactly when the office's own device list shows it so", async () => {
    const admin = await p.account('admin', { offices: [p.a2] });
    const board = await pairDevice(t, admin, { kind: 'board', id: 'bang-sanh', office: p.a2 });
    await pairDevice(t, admin, { kind: 'counter-screen', counter: '1', id: 'man-quay-1', office: p.a2 });
    await pairDevice(t, admin, { kind: 'tablet', counter: '1', id: 'bang-danh-gia-1', office: p.a2 });
    const boardSocket = await t.socket({ deviceKey: board.key });
    expect((await emitAck(boardSocket, 'join', { office: p.a2, role: 'board' })).ok).toBe(true);
    const devices = async () =>
      (await admin.request('GET', `/admin/offices/${p.a2}/devices`)).body.devices as { id: string; kind: string; connection?: string }[];
    // a screen paired but never yet opened is not in service: not an alert (the list still says "never")
    const offlineInList = async () =>
      (await devices()).filter((d) => d.kind !== 'tablet' && (d.connection === 'silent' || d.connection === 'disconnected')).length;

    // the board heard, the counter screen never connected, the tablet (not a hall screen) never either
    expect(Object.fromEntries((await devices()).map((d) => [d.id, d.connection]))).toEqual({
      'bang-sanh': 'connected',
      'man-quay-1': 'never',
      'bang-danh-gia-1': 'never',
    });
    expect((await row(p.a2)).screensOffline).toBe(0);
    expect(await offlineInList()).toBe(0);

    // a minute without a heartbeat: the list says the board is silent, and the wall counts it
    t.clock.advance(60_000);
    expect((await devices()).find((d) => d.id === 'bang-sanh')?.connection).toBe('silent');
    expect((await row(p.a2)).screensOffline).toBe(await offlineInList());
    expect((await row(p.a2)).screensOffline).toBe(1);
    const own = (await sup.request('GET', `/offices/${p.a2}/reports/live`)).body;
    expect(
      own.alerts
        .filter((a: { kind: string }) => a.kind === 'screen_offline')
        .map((a: { ref: string }) => a.ref)
        .sort(),
    ).toEqual(['bang-sanh']);

    // a heartbeat brings it back on both
    expect((await emitAck(boardSocket, 'heartbeat', {})).ok).toBe(true);
    expect((await devices()).find((d) => d.id === 'bang-sanh')?.connection).toBe('connected');
    expect((await row(p.a2)).screensOffline).toBe(0);
    boardSocket.disconnect();
  });
});
