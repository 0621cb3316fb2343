/**
 * The access table (server/access/route-table.ts) is what the router enforces. Routes are read from
 * the running Express app, so a route added later is covered too: it must carry the guard of a
 * table entry whose path is its own, and every caller must be let through exactly where that entry
 * says. "Let through" means any answer but 401/403 (a 400 for the empty body, a 404 for the made-up
 * id, a 409 for the state are all past the check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admits, type Audience, type Caller } from '../../server/access/audiences.js';
import { ROUTES } from '../../server/access/route-table.js';
import { SOCKET_EVENTS, SOCKET_JOINS } from '../../server/access/socket-table.js';
import { ClientRole } from '../../shared/schemas/socket.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { pairDevice, type PairedDevice } from '../support/devices.js';
import { listRoutes, type RouteInfo } from '../support/app-routes.js';
import { emitAck, PASSWORD, startTestApp, uniqueOffice, type StaffClient, type TestApp } from '../support/test-app.js';

/** Paired devices of the office under test, and a client presenting a key that is not paired. */
const DEVICE_CALLERS = ['tablet-1', 'tablet-2', 'kiosk', 'unpaired'] as const;
type DeviceCaller = (typeof DEVICE_CALLERS)[number];
const DEVICE_SPECS = { 'tablet-1': { kind: 'tablet', counter: '1' }, 'tablet-2': { kind: 'tablet', counter: '2' }, kiosk: { kind: 'kiosk' } } as const;
/** well formed, for this office, never paired */
const unpairedKey = (office: string) => `${office}.tablet-9.${'A'.repeat(43)}`;

async function pairAll(t: TestApp, admin: StaffClient): Promise<Record<Exclude<DeviceCaller, 'unpaired'>, PairedDevice>> {
  const out = {} as Record<Exclude<DeviceCaller, 'unpaired'>, PairedDevice>;
  for (const [name, spec] of Object.entries(DEVICE_SPECS))
    out[name as keyof typeof DEVICE_SPECS] = await pairDevice(t, admin, { ...spec, id: `roles-${name}` });
  return out;
}

type Who = 'anonymous' | 'officer' | 'chairman' | 'admin' | DeviceCaller;
const WHO: Who[] = ['anonymous', 'officer', 'chairman', 'admin', ...DEVICE_CALLERS];

/** Who calls, for the HTTP table: the accounts of the office under test, of another office, and of the deployment, and devices. */
const CALLERS = [
  'anonymous',
  'officer',
  'chairman',
  'office-admin',
  'other-office-admin',
  'other-office-officer',
  'deployment-admin',
  ...DEVICE_CALLERS,
] as const;
type CallerName = (typeof CALLERS)[number];
type StaffCaller = Exclude<CallerName, 'anonymous' | DeviceCaller>;
const isDevice = (who: string): who is DeviceCaller => (DEVICE_CALLERS as readonly string[]).includes(who);

const ruleOf = (r: RouteInfo) => (ROUTES as Record<string, { who: readonly Audience[] }>)[r.key!]!;

describe('the access table on every route', () => {
  let t: TestApp;
  let other: string;
  const clients = {} as Record<StaffCaller, StaffClient>;
  const users = {} as Record<CallerName, SessionUser | undefined>;
  let devices: Awaited<ReturnType<typeof pairAll>>;
  let routes: RouteInfo[];

  const fill = (path: string, office: string) =>
    path
      .replace(':office', office)
      .replace(':counter', '1')
      .replace(':kiosk', 'k-roles')
      .replace(':username', 'nobody-here')
      .replace(':preset', 'all-day')
      .replace(':id', `${office}_2020-01-01_A001`)
      .replace(/:[A-Za-z]+/g, 'x-unknown');

  async function call(who: CallerName, method: string, path: string, opts: { csrf?: boolean } = {}) {
    const body = method === 'get' || method === 'head' || method === 'delete' ? undefined : {};
    const url = path.startsWith('/api/v1') ? path.slice(7) : `${t.base}${path}`;
    if (who === 'anonymous') return t.request(method.toUpperCase(), url, body);
    if (isDevice(who)) return t.request(method.toUpperCase(), url, body, { 'x-device-key': who === 'unpaired' ? unpairedKey(t.office) : devices[who].key });
    const c = clients[who];
    const headers: Record<string, string> = { cookie: c.cookie };
    if (opts.csrf !== false) headers['x-csrf-token'] = c.csrf;
    return t.request(method.toUpperCase(), url, body, headers);
  }

  const account = async (username: string, role: SessionUser['role'], offices: string[]) => {
    await t.app.users.upsert({ username, name: username, role, offices, counters: [], password: PASSWORD, disabled: false }, { create: true });
    return t.login(username);
  };

  beforeAll(async () => {
    t = await startTestApp();
    other = uniqueOffice('roles');
    await t.app.ctx.offices.save({ ...demoOffice(), id: other }, { create: true });
    clients.officer = await t.login(`officer1-${t.office}`);
    clients.chairman = await t.login(`chair-${t.office}`);
    clients['office-admin'] = await t.login(`admin-${t.office}`);
    clients['other-office-admin'] = await account(`admin-${other}`, 'admin', [other]);
    clients['other-office-officer'] = await account(`officer-${other}`, 'officer', [other]);
    clients['deployment-admin'] = await account(`root-${t.office}`, 'admin', []);
    users.anonymous = undefined;
    for (const who of CALLERS) if (who !== 'anonymous' && !isDevice(who)) users[who] = (await clients[who].request('GET', '/auth/me')).body.user;
    devices = await pairAll(t, clients['office-admin']);
    routes = listRoutes(t.app.app);
  });
  afterAll(async () => t.close());

  it('knows the routes, and every one carries the guard of its own table entry', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toContain('post /api/v1/offices/:office/counters/:counter/call-next');
    expect(names).toContain('get /api/v1/admin/offices/:office/audit');
    expect(routes.length).toBeGreaterThan(50);
    const unguarded = routes.filter(
      (r) =>
        !r.key || !(r.key in ROUTES) || !`${r.method.toUpperCase()} ${r.path}`.endsWith(r.key.split(' ')[1]!) || r.key.split(' ')[0] !== r.method.toUpperCase(),
    );
    expect(unguarded).toEqual([]);
    // and no table entry is left without its route
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(ROUTES).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('states the policy the issue asks for', () => {
    const who = (key: keyof typeof ROUTES) => ROUTES[key].who as readonly Audience[];
    expect(who('POST /admin/offices')).toEqual(['deployment-admin']);
    expect(who('GET /admin/audit')).toEqual(['deployment-admin']);
    expect(who('POST /offices/:office/counters/:counter/tablet-rating')).toEqual(['tablet']);
    for (const [key, rule] of Object.entries(ROUTES))
      if (key.includes('/devices'))
        expect(rule.who, key).toEqual(
          key.startsWith('POST /devices/pairing-requests')
            ? ['anyone']
            : key.includes('/admin/')
              ? ['office-admin']
              : ['kiosk', 'tablet', 'board', 'counter-screen'],
        );
    for (const [key, rule] of Object.entries(ROUTES)) {
      if (key.startsWith('POST /offices/:office/counters/:counter/') && !key.endsWith('tablet-rating'))
        expect(rule.who, key).toEqual(['officer', 'office-admin']);
      if (key.includes('/reports') || key.includes('/complaints/')) expect(rule.who, key).not.toContain('anyone');
    }
  });

  it('lets each caller through exactly where the table says, and refuses the others', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const rule = ruleOf(route);
      const path = fill(route.path, t.office);
      for (const who of CALLERS) {
        // signing out would end the session the next routes need
        if (route.path.endsWith('/auth/logout') && who !== 'anonymous') continue;
        const res = await call(who, route.method, path);
        const refused = res.status === 401 || res.status === 403;
        const caller: Caller = users[who] ? { user: users[who] } : isDevice(who) && who !== 'unpaired' ? { device: { ...devices[who].device } } : {};
        const place = { ...(route.path.includes(':office') ? { office: t.office } : {}), ...(route.path.includes(':counter') ? { counter: '1' } : {}) };
        // a key that is not paired is refused on every API route, rather than taken for an anonymous
        // caller (health checks and the root page never read it)
        const allowed = (who !== 'unpaired' || !route.path.startsWith('/api/v1')) && rule.who.some((w) => admits(w, caller, place));
        if (res.status >= 500) problems.push(`${who} ${route.method} ${path}: ${res.status}`);
        if (allowed === refused)
          problems.push(`${who} ${route.method} ${path}: table says ${allowed ? 'allowed' : 'refused'}, got ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses every cookie-authenticated change without the CSRF header', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      if (route.method === 'get' || route.method === 'head') continue;
      const rule = ruleOf(route);
      if (rule.who.includes('anyone')) continue;
      const who = CALLERS.find((c) => users[c] && rule.who.some((w) => admits(w, { user: users[c]! }, { office: t.office, counter: '1' })));
      if (!who || who === 'anonymous' || isDevice(who)) continue; // device-only routes: no cookie to forge with
      const res = await call(who, route.method, fill(route.path, t.office), { csrf: false });
      if (res.status !== 403 || res.body?.error?.code !== 'csrf_failed')
        problems.push(`${route.method} ${route.path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a role check on every socket event', () => {
  let t: TestApp;
  const cookies = {} as Record<Who, string | undefined>;
  const deviceKeys = {} as Record<Who, string | undefined>;
  let ticket: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    cookies.anonymous = undefined;
    cookies.officer = (await t.login(`officer1-${t.office}`)).cookie;
    cookies.chairman = (await t.login(`chair-${t.office}`)).cookie;
    const admin = await t.login(`admin-${t.office}`);
    cookies.admin = admin.cookie;
    const paired = await pairAll(t, admin);
    for (const name of Object.keys(DEVICE_SPECS) as (keyof typeof DEVICE_SPECS)[]) deviceKeys[name] = paired[name].key;
    deviceKeys.unpaired = unpairedKey(t.office);
    ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
  });
  afterAll(async () => t.close());

  const PEOPLE: Who[] = ['anonymous', 'officer', 'chairman', 'admin'];
  /** join role → who may join it: a paired device only as what it was paired for, a key that is not paired nowhere */
  const JOIN: Record<string, Who[]> = {
    kiosk: [...PEOPLE, 'kiosk'],
    board: PEOPLE,
    'counter-screen': PEOPLE,
    tablet: ['tablet-1'],
    counter: ['officer', 'admin'],
    chairman: ['chairman', 'admin'],
    admin: ['admin'],
  };

  const joinBody = (role: string) => ({ office: t.office, role, ...(role.startsWith('counter') || role === 'tablet' ? { counter: '1' } : {}) });
  const socketOf = (who: Who) => t.socket({ ...(cookies[who] ? { cookie: cookies[who] } : {}), ...(deviceKeys[who] ? { deviceKey: deviceKeys[who] } : {}) });

  it('join: each screen role only for the accounts and devices that may use it', async () => {
    const problems: string[] = [];
    for (const [role, allowed] of Object.entries(JOIN)) {
      for (const who of WHO) {
        const s = await socketOf(who);
        const r = await emitAck(s, 'join', joinBody(role));
        if (r.ok !== allowed.includes(who)) problems.push(`${who} join ${role}: ${JSON.stringify(r)}`);
        s.disconnect();
      }
    }
    expect(problems).toEqual([]);
  });

  it('join as a ticket follower needs the ticket token, whoever asks', async () => {
    for (const who of PEOPLE) {
      const s = await socketOf(who);
      expect((await emitAck(s, 'join', { office: t.office, role: 'ticket', ticketId: ticket.id, token: 'x'.repeat(24) })).ok).toBe(false);
      expect((await emitAck(s, 'join', { office: t.office, role: 'ticket', ticketId: ticket.id, token: ticket.token })).ok).toBe(true);
      s.disconnect();
    }
  });

  it('the socket table names every screen role and event; any other event is refused with an acknowledgement', async () => {
    expect(Object.keys(SOCKET_JOINS).sort()).toEqual([...ClientRole.options, 'supervisor'].sort());
    expect(Object.keys(SOCKET_EVENTS).sort()).toEqual(['heartbeat', 'join', 'snapshot']);
    // the join table agrees with the policy above
    for (const [role, rule] of Object.entries(SOCKET_JOINS)) {
      if (JOIN[role]) expect((rule.who as readonly string[]).includes('anyone'), role).toBe(JOIN[role].includes('anonymous'));
    }
    const before = await officeFingerprint(t.redis, t.office);
    for (const who of WHO) {
      const s = await socketOf(who);
      await emitAck(s, 'join', joinBody(who === 'officer' || who === 'admin' ? 'counter' : 'board'));
      // the retired counter commands, and made-up events: refused, nothing changes
      for (const event of ['command', 'call-next', 'unknown-event', '__proto__', 'constructor', 'toString']) {
        const r = await emitAck(s, event as 'snapshot', { action: 'pause' } as never);
        expect(r, `${who} ${event}`).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
      s.disconnect();
    }
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
  });

  it('snapshot and heartbeat before join are refused; after join they answer', async () => {
    const s = await t.socket();
    expect((await emitAck(s, 'snapshot')).ok).toBe(false);
    expect((await emitAck(s, 'heartbeat', {})).ok).toBe(false);
    expect((await emitAck(s, 'join', { office: t.office, role: 'board' })).ok).toBe(true);
    expect((await emitAck(s, 'snapshot')).ok).toBe(true);
    expect((await emitAck(s, 'heartbeat', {})).ok).toBe(true);
    // a screen still running an older page sends its made-up id: accepted, ignored
    expect((await emitAck(s, 'heartbeat', { device: 'board-1', kind: 'board' })).ok).toBe(true);
  });
});
