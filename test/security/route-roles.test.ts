/**
 * A role check on every route and every socket event, table-driven. The routes are read from the
 * running Express app, so a route added later is covered too: it must match a rule below, and a
 * route that matches none must at least refuse anonymous callers (deny by default).
 *
 * "Allowed" means the role check let the request through (any answer but 401/403: a 400 for the
 * empty body, a 404 for the made-up id, a 409 for the state are all past the check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOffice } from '../../server/offices/demo-office.js';
import { emitAck, PASSWORD, startTestApp, uniqueOffice, type StaffClient, type TestApp } from '../support/test-app.js';

type Who = 'anonymous' | 'officer' | 'chairman' | 'admin';
const WHO: Who[] = ['anonymous', 'officer', 'chairman', 'admin'];
const STAFF: Who[] = ['officer', 'chairman', 'admin'];

interface Rule {
  test: RegExp;
  methods?: string[];
  allowed: Who[] | 'staff-default';
  /** whether the rule's routes are scoped by :office (a colleague of another office is refused) */
  officeScoped?: boolean;
}

/** First match wins. Paths as Express declares them, with the mount prefix. */
const RULES: Rule[] = [
  { test: /^\/(healthz|readyz|metrics)?$/, allowed: WHO },
  { test: /^\/api\/v1\/auth\/(login|logout)$/, allowed: WHO },
  { test: /^\/api\/v1\/auth\/me$/, allowed: STAFF },
  { test: /^\/api\/v1\/admin\/offices\/:office\//, allowed: ['admin'], officeScoped: true },
  { test: /^\/api\/v1\/admin\//, allowed: ['admin'] },
  { test: /^\/api\/v1\/offices\/:office\/reports(\/|$)/, allowed: ['chairman', 'admin'], officeScoped: true },
  { test: /^\/api\/v1\/offices\/:office\/counters\/:counter\/tablet-rating$/, allowed: WHO },
  { test: /^\/api\/v1\/offices\/:office\/counters\/:counter(\/|$)/, allowed: ['officer', 'admin'], officeScoped: true },
  { test: /^\/api\/v1\/offices\/:office\/complaints$/, methods: ['post'], allowed: WHO },
  { test: /^\/api\/v1\/offices\/:office\/complaints(\/|$)/, allowed: ['chairman', 'admin'], officeScoped: true },
  { test: /^\/api\/v1\/offices\/:office\/dossiers(\/|$)/, allowed: STAFF, officeScoped: true },
  { test: /^\/api\/v1\/offices\/:office(\/board|\/tickets|\/kiosks\/:kiosk(\/print)?)?$/, allowed: WHO },
  { test: /^\/api\/v1\/tickets\/:id(\/cancel|\/rating)?$/, allowed: WHO },
  { test: /./, allowed: 'staff-default' },
];

interface RouteInfo {
  method: string;
  path: string;
}

/** Every route of the app, read from the Express 5 router stack. */
function listRoutes(app: any): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const layer of app.router.stack) {
    const prefix = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    const inner = layer.route ? [layer] : (layer.handle?.stack ?? []);
    for (const l of inner) {
      if (!l.route) continue;
      for (const method of Object.keys(l.route.methods)) if (method !== '_all') out.push({ method, path: prefix + l.route.path });
    }
  }
  return out;
}

const ruleFor = (r: RouteInfo) => RULES.find((x) => x.test.test(r.path) && (!x.methods || x.methods.includes(r.method)))!;

describe('a role check on every route', () => {
  let t: TestApp;
  let other: string;
  const clients = {} as Record<Exclude<Who, 'anonymous'>, StaffClient>;
  let foreignOfficer: StaffClient;
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

  async function call(who: Who, method: string, path: string, opts: { csrf?: boolean } = {}) {
    const body = method === 'get' || method === 'head' || method === 'delete' ? undefined : {};
    if (who === 'anonymous') return t.request(method.toUpperCase(), path.startsWith('/api/v1') ? path.slice(7) : `${t.base}${path}`, body);
    const c = clients[who];
    const headers: Record<string, string> = { cookie: c.cookie };
    if (opts.csrf !== false) headers['x-csrf-token'] = c.csrf;
    return t.request(method.toUpperCase(), path.startsWith('/api/v1') ? path.slice(7) : `${t.base}${path}`, body, headers);
  }

  beforeAll(async () => {
    t = await startTestApp();
    other = uniqueOffice('roles');
    await t.app.ctx.offices.save({ ...demoOffice(), id: other }, { create: true });
    await t.app.users.upsert({ username: `officer-${other}`, name: 'Cán bộ khác', role: 'officer', offices: [other], counters: [], password: PASSWORD, disabled: false }, { create: true });
    clients.officer = await t.login(`officer1-${t.office}`);
    clients.chairman = await t.login(`chair-${t.office}`);
    clients.admin = await t.login(`admin-${t.office}`);
    foreignOfficer = await t.login(`officer-${other}`);
    routes = listRoutes(t.app.app);
  });
  afterAll(async () => t.close());

  it('knows the routes (sanity: the core routes are found)', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toContain('post /api/v1/offices/:office/counters/:counter/call-next');
    expect(names).toContain('get /api/v1/admin/offices/:office/audit');
    expect(names).toContain('post /api/v1/offices/:office/tickets');
    expect(routes.length).toBeGreaterThan(30);
  });

  it('lets each role through exactly where the rules say, and refuses the others', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const rule = ruleFor(route);
      const path = fill(route.path, t.office);
      for (const who of WHO) {
        // signing out would end the session the next routes need
        if (route.path.endsWith('/auth/logout') && who !== 'anonymous') continue;
        const res = await call(who, route.method, path);
        const refused = res.status === 401 || res.status === 403;
        const expected = rule.allowed === 'staff-default' ? (who === 'anonymous' ? 'refused' : 'any') : rule.allowed.includes(who) ? 'allowed' : 'refused';
        if (res.status >= 500) problems.push(`${who} ${route.method} ${path}: ${res.status}`);
        if (expected === 'refused' && !refused) problems.push(`${who} ${route.method} ${path}: expected 401/403, got ${res.status}`);
        // an office admin cannot create offices (deployment-wide admins only): a 403 past the role check
        const deploymentOnly = route.method === 'post' && route.path === '/api/v1/admin/offices';
        if (expected === 'allowed' && refused && !deploymentOnly) problems.push(`${who} ${route.method} ${path}: expected to pass the role check, got ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses staff of another office on every office-scoped staff route', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const rule = ruleFor(route);
      if (!rule.officeScoped) continue;
      const res = await t.request(route.method.toUpperCase(), fill(route.path, t.office).slice(7), route.method === 'get' ? undefined : {}, { cookie: foreignOfficer.cookie, 'x-csrf-token': foreignOfficer.csrf });
      if (res.status !== 403) problems.push(`${route.method} ${route.path}: ${res.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses every cookie-authenticated change without the CSRF header', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      if (route.method === 'get' || route.method === 'head') continue;
      const rule = ruleFor(route);
      if (rule.allowed === 'staff-default' || rule.allowed.includes('anonymous')) continue;
      const who = rule.allowed.includes('admin') ? 'admin' : (rule.allowed[0] as Exclude<Who, 'anonymous'>);
      const res = await call(who, route.method, fill(route.path, t.office), { csrf: false });
      if (res.status !== 403 || res.body?.error?.code !== 'csrf_failed') problems.push(`${route.method} ${route.path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a role check on every socket event', () => {
  let t: TestApp;
  const cookies = {} as Record<Who, string | undefined>;
  let ticket: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    cookies.anonymous = undefined;
    cookies.officer = (await t.login(`officer1-${t.office}`)).cookie;
    cookies.chairman = (await t.login(`chair-${t.office}`)).cookie;
    cookies.admin = (await t.login(`admin-${t.office}`)).cookie;
    ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
  });
  afterAll(async () => t.close());

  /** join role → who may join it */
  const JOIN: Record<string, Who[]> = {
    kiosk: WHO,
    board: WHO,
    'counter-screen': WHO,
    counter: ['officer', 'admin'],
    chairman: ['chairman', 'admin'],
    admin: ['admin'],
  };

  const joinBody = (role: string) => ({ office: t.office, role, ...(role.startsWith('counter') ? { counter: '1' } : {}) });

  it('join: each screen role only for the accounts that may use it', async () => {
    const problems: string[] = [];
    for (const [role, allowed] of Object.entries(JOIN)) {
      for (const who of WHO) {
        const s = await t.socket(cookies[who] ? { cookie: cookies[who] } : {});
        const r = await emitAck(s, 'join', joinBody(role));
        if (r.ok !== allowed.includes(who)) problems.push(`${who} join ${role}: ${JSON.stringify(r)}`);
        s.disconnect();
      }
    }
    expect(problems).toEqual([]);
  });

  it('join as a ticket follower needs the ticket token, whoever asks', async () => {
    for (const who of WHO) {
      const s = await t.socket(cookies[who] ? { cookie: cookies[who] } : {});
      expect((await emitAck(s, 'join', { office: t.office, role: 'ticket', ticketId: ticket.id, token: 'x'.repeat(24) })).ok).toBe(false);
      expect((await emitAck(s, 'join', { office: t.office, role: 'ticket', ticketId: ticket.id, token: ticket.token })).ok).toBe(true);
      s.disconnect();
    }
  });

  it('command: only from a joined counter console with an officer or admin session', async () => {
    const problems: string[] = [];
    for (const role of Object.keys(JOIN)) {
      for (const who of WHO) {
        const s = await t.socket(cookies[who] ? { cookie: cookies[who] } : {});
        const joined = await emitAck(s, 'join', joinBody(role));
        const r = await emitAck(s, 'command', { action: 'pause' });
        const passed = r.ok || !['forbidden', 'unauthenticated'].includes(r.error!.code);
        const expected = role === 'counter' && joined.ok && (who === 'officer' || who === 'admin');
        if (passed !== expected) problems.push(`${who} as ${role}: command ${JSON.stringify(r)}`);
        s.disconnect();
      }
    }
    expect(problems).toEqual([]);
  });

  it('snapshot and heartbeat before join are refused; after join they answer', async () => {
    const s = await t.socket();
    expect((await emitAck(s, 'snapshot')).ok).toBe(false);
    expect((await emitAck(s, 'heartbeat', { device: 'board-1', kind: 'board' })).ok).toBe(false);
    expect((await emitAck(s, 'join', { office: t.office, role: 'board' })).ok).toBe(true);
    expect((await emitAck(s, 'snapshot')).ok).toBe(true);
    expect((await emitAck(s, 'heartbeat', { device: 'board-1', kind: 'board' })).ok).toBe(true);
  });
});
