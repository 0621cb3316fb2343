/**
 * Device pairing (issue 10, findings 4 and 5): an administrator creates a device, the screen shows a
 * code, the administrator confirms it, the screen collects its key once. Only that key lets the
 * device act, only where it was paired (office, counter, kind); revoking it closes its sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAIRING_TTL_MS } from '../../server/devices/pairing.js';
import { keys } from '../../server/redis/keys.js';
import { pairDevice, type PairedDevice } from '../support/devices.js';
import { poll } from '../support/page-helpers.js';
import { emitAck, nextEvent, startTestApp, uniqueOffice, type StaffClient, type TestApp } from '../support/test-app.js';
import { demoOffice } from '../../server/offices/demo-office.js';

/** Every value stored under a pattern, as text: to prove a secret is not among them. */
async function storedText(t: TestApp, pattern: string): Promise<string> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await t.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    for (const k of batch) {
      const type = await t.redis.type(k);
      if (type === 'hash') out.push(JSON.stringify(await t.redis.hgetall(k)));
      else if (type === 'string') out.push((await t.redis.get(k)) ?? '');
    }
  } while (cursor !== '0');
  return out.join('\n');
}

describe('pairing a device', () => {
  let t: TestApp;
  let admin: StaffClient;
  let officer: StaffClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(`admin-${t.office}`);
    officer = await t.login(`officer1-${t.office}`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
  });
  afterAll(async () => t.close());

  const devicesList = async () =>
    (await admin.request('GET', `/admin/offices/${t.office}/devices`)).body.devices as {
      id: string;
      paired: boolean;
      lastSeen?: number;
      connected?: boolean;
    }[];

  it('code on the screen, confirmation by the administrator, the key collected once and stored only as a hash', async () => {
    const created = await admin.request('POST', `/admin/offices/${t.office}/devices`, { kind: 'tablet', name: 'Máy tính bảng quầy 1', counter: '1' });
    expect(created.status).toBe(201);
    expect(created.body.device).toMatchObject({ id: 'tablet-1', kind: 'tablet', counter: '1', paired: false });

    const asked = await t.request('POST', '/devices/pairing-requests', { kind: 'tablet' });
    expect(asked.status).toBe(201);
    const { code, secret, expiresAt } = asked.body;
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(expiresAt).toBeGreaterThan(Date.now());
    expect(await t.redis.pttl(keys.pairingCode(code))).toBeGreaterThan(PAIRING_TTL_MS - 60_000);
    expect(await t.redis.pttl(keys.pairingCode(code))).toBeLessThanOrEqual(PAIRING_TTL_MS);

    // before the administrator confirms: waiting; a wrong secret learns nothing
    expect((await t.request('POST', '/devices/pairing-requests/claim', { code, secret })).status).toBe(202);
    const wrongSecret = await t.request('POST', '/devices/pairing-requests/claim', { code, secret: 'x'.repeat(32) });
    expect(wrongSecret.status).toBe(404);
    expect(wrongSecret.body.error.code).toBe('pairing_code_unknown');

    // the administrator types a wrong code, then the code for a device of another kind, then the right one
    const unknown = await admin.request('POST', `/admin/offices/${t.office}/devices/tablet-1/pair`, { code: code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' });
    expect(unknown.body.error.code).toBe('pairing_code_unknown');
    await admin.request('POST', `/admin/offices/${t.office}/devices`, { kind: 'kiosk', name: 'Kiosk sảnh', id: 'k-hall' });
    const wrongKind = await admin.request('POST', `/admin/offices/${t.office}/devices/k-hall/pair`, { code });
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body.error.code).toBe('pairing_kind_mismatch');
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    expect((await admin.request('POST', `/admin/offices/${t.office}/devices/tablet-1/pair`, { code: typed })).status).toBe(200);

    const claimed = await t.request('POST', '/devices/pairing-requests/claim', { code, secret });
    expect(claimed.status).toBe(200);
    expect(claimed.body.device).toMatchObject({ id: 'tablet-1', office: t.office, kind: 'tablet', counter: '1' });
    const key: string = claimed.body.key;
    expect(key.length).toBeGreaterThan(60);
    // once only
    expect((await t.request('POST', '/devices/pairing-requests/claim', { code, secret })).status).toBe(404);

    const stored = (await storedText(t, `qms:{${t.office}}:*`)) + (await storedText(t, 'qms:pairing:*'));
    expect(stored).not.toContain(key);
    expect(stored).not.toContain(key.split('.')[2]);
    expect(stored).not.toContain(secret);

    expect((await t.request('GET', '/devices/me', undefined, { 'x-device-key': key })).body.device).toMatchObject({
      id: 'tablet-1',
      kind: 'tablet',
      counter: '1',
    });
    expect((await devicesList()).find((d) => d.id === 'tablet-1')).toMatchObject({ paired: true });
  });

  it("a paired tablet joins and rates only its own counter's tickets; its heartbeat is listed", async () => {
    const one = await pairDevice(t, admin, { kind: 'tablet', counter: '1', id: 'tab-one' });
    const two = await pairDevice(t, admin, { kind: 'tablet', counter: '2', id: 'tab-two' });
    const s = await t.socket({ deviceKey: one.key });
    expect((await emitAck(s, 'join', { office: t.office, role: 'tablet', counter: '2' })).error?.code).toBe('pairing_required');
    expect((await emitAck(s, 'join', { office: t.office, role: 'board' })).error?.code).toBe('pairing_required');
    expect((await emitAck(s, 'join', { office: t.office, role: 'tablet', counter: '1' })).ok).toBe(true);
    expect((await emitAck(s, 'heartbeat', {})).ok).toBe(true);
    const seen = (await devicesList()).find((d) => d.id === 'tab-one');
    expect(seen).toMatchObject({ paired: true, connected: true });
    expect(seen!.lastSeen).toBeGreaterThan(Date.now() - 60_000);

    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: ticket.id });
    const asked = nextEvent(s, 'rating.requested');
    await officer.request('POST', `/offices/${t.office}/counters/1/complete`);
    expect((await asked).ticketId).toBe(ticket.id);

    const byOther = await t.request('POST', `/offices/${t.office}/counters/1/tablet-rating`, { ticketId: ticket.id, score: 1 }, two.headers);
    expect(byOther.status).toBe(403);
    expect(byOther.body.error.code).toBe('pairing_required');
    const rated = await t.request('POST', `/offices/${t.office}/counters/1/tablet-rating`, { ticketId: ticket.id, score: 4 }, one.headers);
    expect(rated.status).toBe(201);
    expect(rated.body.rating).toMatchObject({ ticketId: ticket.id, score: 4, counterId: '1', source: 'tablet' });

    s.disconnect();
    await poll(async () => (await devicesList()).find((d) => d.id === 'tab-one')?.connected).toBe(false);
  });

  it('revoking ends the key at once, over HTTP and on the socket, and closes its sockets', async () => {
    const tablet = await pairDevice(t, admin, { kind: 'tablet', counter: '3', id: 'tab-three' });
    const s = await t.socket({ deviceKey: tablet.key });
    expect((await emitAck(s, 'join', { office: t.office, role: 'tablet', counter: '3' })).ok).toBe(true);
    const closed = new Promise<string>((res) => s.once('disconnect', (reason) => res(reason)));
    expect((await admin.request('POST', `/admin/offices/${t.office}/devices/tab-three/revoke`)).status).toBe(200);
    expect(await closed).toBe('io server disconnect');

    const http = await t.request('GET', '/devices/me', undefined, tablet.headers);
    expect(http.status).toBe(401);
    expect(http.body.error.code).toBe('device_not_paired');
    const again = await t.socket({ deviceKey: tablet.key });
    expect((await emitAck(again, 'join', { office: t.office, role: 'tablet', counter: '3' })).error?.code).toBe('device_not_paired');
    expect((await devicesList()).find((d) => d.id === 'tab-three')).toEqual(expect.objectContaining({ paired: false }));
    expect((await devicesList()).find((d) => d.id === 'tab-three')?.lastSeen).toBeUndefined();

    // paired again: a new key; the old one stays dead
    const repaired = await t.request('POST', '/devices/pairing-requests', { kind: 'tablet' });
    await admin.request('POST', `/admin/offices/${t.office}/devices/tab-three/pair`, { code: repaired.body.code });
    const claim = await t.request('POST', '/devices/pairing-requests/claim', { code: repaired.body.code, secret: repaired.body.secret });
    expect(claim.body.key).not.toBe(tablet.key);
    expect((await t.request('GET', '/devices/me', undefined, { 'x-device-key': claim.body.key })).status).toBe(200);
    expect((await t.request('GET', '/devices/me', undefined, tablet.headers)).status).toBe(401);

    // deleted: nothing is left of it
    expect((await admin.request('DELETE', `/admin/offices/${t.office}/devices/tab-three`)).status).toBe(204);
    expect((await t.request('GET', '/devices/me', undefined, { 'x-device-key': claim.body.key })).status).toBe(401);
    for (const k of [keys.deviceRecords(t.office), keys.deviceKeys(t.office), keys.devicePresence(t.office)])
      expect(await t.redis.hexists(k, 'tab-three')).toBe(0);
  });

  it('refuses bad device definitions with a clear 4xx', async () => {
    const post = (body: unknown) => admin.request('POST', `/admin/offices/${t.office}/devices`, body);
    expect((await post({ kind: 'tablet', name: 'Không quầy' })).status).toBe(400);
    expect((await post({ kind: 'tablet', name: 'Quầy lạ', counter: '99' })).status).toBe(400);
    expect((await post({ kind: 'board', name: 'Bảng', counter: '1' })).status).toBe(400);
    expect((await post({ kind: 'printer', name: 'Máy in' })).status).toBe(400);
    expect((await post({ kind: 'board', name: 'Bảng', id: 'Bad Id' })).status).toBe(400);
    expect((await post({ kind: 'board', name: 'Bảng sảnh', id: 'board-hall' })).status).toBe(201);
    expect((await post({ kind: 'board', name: 'Bảng sảnh', id: 'board-hall' })).status).toBe(409);
    expect((await admin.request('POST', `/admin/offices/${t.office}/devices/board-hall/pair`, { code: '12' })).status).toBe(400);
    expect((await admin.request('POST', `/admin/offices/${t.office}/devices/nobody/revoke`)).status).toBe(404);
    expect((await t.request('POST', '/devices/pairing-requests', { kind: 'toaster' })).status).toBe(400);
    expect((await t.request('GET', '/devices/me', undefined, { 'x-device-key': 'made-up' })).body.error.code).toBe('device_not_paired');
  });
});

describe('pairing codes are rate-limited per address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ rateLimits: { pairing: 3 } })));
  afterAll(async () => t.close());

  it('answers 429 with Retry-After once the budget is spent', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await t.request('POST', '/devices/pairing-requests', { kind: 'kiosk' });
      statuses.push(last.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('an office that requires paired kiosks and paired screens', () => {
  let t: TestApp;
  let admin: StaffClient;
  let kiosk: PairedDevice;
  beforeAll(async () => {
    t = await startTestApp({ office: (c) => ({ ...c, requirePairedKiosks: true, allowUnpairedScreens: false }) });
    admin = await t.login(`admin-${t.office}`);
    kiosk = await pairDevice(t, admin, { kind: 'kiosk', id: 'k1' });
  });
  afterAll(async () => t.close());

  it('issues tickets only at its own paired kiosks, and records which one', async () => {
    const issued = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' }, kiosk.headers);
    expect(issued.status).toBe(201);
    const stored = await t.redis.hget(keys.tickets(t.office, issued.body.ticket.id.split('_')[1]), issued.body.ticket.number);
    expect(stored).toContain('k1');

    const tablet = await pairDevice(t, admin, { kind: 'tablet', counter: '1' });
    const byTablet = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' }, tablet.headers);
    expect([byTablet.status, byTablet.body.error.code]).toEqual([403, 'paired_kiosk_required']);

    // a paired kiosk of another office is a stranger here
    const other = uniqueOffice('kiosks');
    await t.app.ctx.offices.save({ ...demoOffice(), id: other, requirePairedKiosks: true }, { create: true });
    const root = await t.app.users.upsert(
      { username: `root-${other}`, name: 'root', role: 'admin', offices: [], counters: [], password: 'test-password-1', disabled: false },
      { create: true },
    );
    const rootClient = await t.login(root.username);
    const foreign = await pairDevice(t, rootClient, { kind: 'kiosk', office: other });
    const byForeign = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' }, foreign.headers);
    expect([byForeign.status, byForeign.body.error.code]).toEqual([403, 'paired_kiosk_required']);
    expect((await t.request('POST', `/offices/${other}/tickets`, { serviceId: 'tu-phap' }, foreign.headers)).status).toBe(201);

    expect((await t.request('GET', `/offices/${t.office}`)).body.requirePairedKiosks).toBe(true);
  });

  it('shows its boards and counter screens only on paired devices', async () => {
    const anonymous = await t.socket();
    expect((await emitAck(anonymous, 'join', { office: t.office, role: 'board' })).error?.code).toBe('pairing_required');
    expect((await emitAck(anonymous, 'join', { office: t.office, role: 'counter-screen', counter: '1' })).error?.code).toBe('pairing_required');
    // the kiosk page still learns it must be paired
    expect((await emitAck(anonymous, 'join', { office: t.office, role: 'kiosk' })).ok).toBe(true);

    const board = await pairDevice(t, admin, { kind: 'board' });
    const screen = await pairDevice(t, admin, { kind: 'counter-screen', counter: '2' });
    expect((await emitAck(await t.socket({ deviceKey: board.key }), 'join', { office: t.office, role: 'board' })).ok).toBe(true);
    const s = await t.socket({ deviceKey: screen.key });
    expect((await emitAck(s, 'join', { office: t.office, role: 'counter-screen', counter: '1' })).error?.code).toBe('pairing_required');
    expect((await emitAck(s, 'join', { office: t.office, role: 'counter-screen', counter: '2' })).ok).toBe(true);
  });
});
