/**
 * Hostile input: thousands of malformed requests to every route and malformed events to every
 * socket event (bad JSON, wrong types, huge bodies and strings, odd Unicode, __proto__ keys,
 * unknown ids, replayed tokens). No 5xx, never a stack trace, the server keeps answering, and the
 * office's state in Redis is byte-for-byte what it was before. Bounded in count; 127.0.0.1 only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientToServerEvents } from '../../shared/events.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { emitAck, startTestApp, type StaffClient, type TestApp, type TestSocket } from '../support/test-app.js';
import { ODD_STRINGS, ODD_VALUES, rng } from './fuzz-values.js';

describe('fuzzing every route and socket event', () => {
  let t: TestApp;
  let officer: StaffClient;
  let admin: StaffClient;
  let chair: StaffClient;
  const real = { ticketId: '', token: '', doneId: '', doneToken: '' };
  let routes: { method: string; path: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login(`officer1-${t.office}`);
    admin = await t.login(`admin-${t.office}`);
    chair = await t.login(`chair-${t.office}`);
    // some real state to attack: a waiting ticket, a served and rated ticket, an open counter holding nothing
    const a = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const b = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const c = `/offices/${t.office}/counters/2`;
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    await officer.request('POST', `${c.replace('/2', '/1')}/call`, { ticketId: b.id });
    await officer.request('POST', `/offices/${t.office}/counters/1/complete`);
    expect((await t.request('POST', `/tickets/${b.id}/rating`, { token: b.token, score: 3 })).status).toBe(201);
    Object.assign(real, { ticketId: a.id, token: a.token, doneId: b.id, doneToken: b.token });
    const stack = (t.app.app as any).router.stack;
    routes = [];
    for (const layer of stack) {
      const prefix = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      for (const l of layer.route ? [layer] : (layer.handle?.stack ?? [])) {
        if (l.route) for (const m of Object.keys(l.route.methods)) if (m !== '_all') routes.push({ method: m, path: prefix + l.route.path });
      }
    }
  });
  afterAll(async () => t.close());

  it('answers every malformed HTTP request with a clear 4xx and changes nothing', async () => {
    const before = await officeFingerprint(t.redis, t.office);
    const rand = rng(20261125);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const ids = [
      real.ticketId,
      real.doneId,
      `${t.office}_2020-01-01_A001`,
      `other-office_2026-01-01_A001`,
      'tay-mo_9999-99-99_Z9999',
      '__proto__',
      '..%2f..%2fetc',
      '%E0%A4%A',
      'A'.repeat(300),
      encodeURIComponent('ạ🧧'),
      'constructor',
      '1',
    ];
    const fillPath = (p: string) =>
      p
        .replace(':office', pick([t.office, t.office, 'no-such-office', 'UPPER', '__proto__', 'a'.repeat(60), '%00', encodeURIComponent('Tây Mỗ')]))
        .replace(':counter', pick(['1', '99', 'constructor', 'x'.repeat(40), '-1']))
        .replace(':id', pick(ids))
        .replace(':kiosk', pick(['k1', '__proto__', '../x']))
        .replace(':username', pick(['nobody', '__proto__', 'A B']))
        .replace(':preset', pick(['nope', '__proto__', 'x'.repeat(100)]))
        .replace(/:[A-Za-z]+/g, () => pick(['x', '__proto__', '0']));

    /** Bodies that no route accepts: never `{}` or a valid body, so nothing may change. */
    const badBody = (): string => {
      const kind = Math.floor(rand() * 12);
      switch (kind) {
        case 0:
          return pick(['{', '{"a":', '[1,2', '{"serviceId":"tu-phap",}', '\u0000', 'nul', '"just a string"', '123', 'true', 'null', '{"a":1}{"b":2}']);
        case 1:
          return JSON.stringify({ __proto__: { polluted: true }, serviceId: 'tu-phap', extra: 1 }).replace(
            '"serviceId"',
            '"__proto__":{"isAdmin":true},"serviceId"',
          );
        case 2:
          return `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"x":1}`;
        case 3:
          return JSON.stringify({ serviceId: pick(ODD_VALUES), priority: pick(ODD_VALUES), idempotencyKey: pick(ODD_VALUES), junk: 1 });
        case 4:
          return JSON.stringify({ token: pick([real.token, real.doneToken]), score: pick([0, 5, -1, 2.5, '4', null, 1e9]), criteria: pick(ODD_VALUES), zz: 1 });
        case 5:
          return JSON.stringify({ ticketId: pick(ids), serviceId: pick(ODD_VALUES), dossier: pick(ODD_VALUES), more: true });
        case 6:
          return JSON.stringify({ username: pick(ODD_VALUES), password: pick(ODD_VALUES), x: 1 });
        case 7:
          return `{"a":"${'x'.repeat(40_000)}"}`; // over the 32 kB body limit
        case 8:
          return '['.repeat(15_000) + ']'.repeat(15_000);
        case 9:
          return JSON.stringify({ topic: pick(['waiting_time', 'nope', null]), message: pick(ODD_STRINGS), contactEmail: pick(ODD_STRINGS), unknown: 1 });
        case 10:
          return JSON.stringify(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, pick(ODD_VALUES)])));
        default:
          return JSON.stringify([pick(ODD_VALUES), pick(ODD_VALUES)]);
      }
    };

    const who: (StaffClient | undefined)[] = [undefined, officer, admin, chair];
    const failures: string[] = [];
    let sent = 0;
    const one = async () => {
      const route = pick(routes);
      // signing out with a valid CSRF header is a legitimate change, not hostile input
      const client = route.path.endsWith('/auth/logout') ? undefined : pick(who);
      const path = fillPath(route.path);
      const url = route.path.startsWith('/api/v1') ? path.slice(7) : `${t.base}${path}`;
      const headers: Record<string, string> = {};
      if (client) {
        headers.cookie = client.cookie;
        if (rand() < 0.9) headers['x-csrf-token'] = rand() < 0.9 ? client.csrf : pick(['', 'x', real.token]);
      }
      let query = '';
      if (rand() < 0.3)
        query = `${url.includes('?') ? '&' : '?'}${pick(['token=', `token=${real.doneToken}`, 'from=2026-13-40&to=x', 'a[b]=1&a[c]=2', '__proto__[x]=1', `q=${'x'.repeat(3000)}`, 'from=0001-01-01&to=9999-12-31'])}`;
      const method = route.method.toUpperCase();
      let body: string | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        body = badBody();
        const ct = rand();
        headers['content-type'] = ct < 0.85 ? 'application/json' : ct < 0.95 ? 'application/json; charset=utf-16' : 'application/json; charset=koi8-r';
      }
      const res = await t.request(method, url + query, body, headers);
      sent++;
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
      if (res.status >= 500) failures.push(`${res.status} ${method} ${url + query} ${body?.slice(0, 120)} → ${text.slice(0, 200)}`);
      else if (/\n\s+at /.test(text)) failures.push(`stack trace in ${method} ${url}`);
      else if (res.status >= 400 && res.status !== 404 && !res.body?.error?.code) failures.push(`no error body: ${res.status} ${method} ${url}`);
      else if (method !== 'GET' && res.status < 300 && !route.path.startsWith('/api/v1/auth/'))
        failures.push(`accepted: ${res.status} ${method} ${url + query} ${body?.slice(0, 200)}`);
    };
    // bounded by count (2,000) and by time (a busy machine may send fewer)
    const deadline = Date.now() + 150_000;
    for (let round = 0; round < 200 && Date.now() < deadline; round++) await Promise.all(Array.from({ length: 10 }, one));
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    expect((await t.request('GET', `${t.base}/healthz`)).status).toBe(200);
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
  }, 240_000);

  it('answers a malformed %-escape or an out-of-range date with a 400, not a 500', async () => {
    const bad = await t.request('GET', `/tickets/%E0%A4%A?token=${real.doneToken}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const range = await chair.request('GET', `/offices/${t.office}/complaints?from=0001-01-01&to=9999-12-31`);
    expect(range.status === 400 || range.status === 404).toBe(true);
  });

  it('limits the size of bodies and of every free-text string', async () => {
    const big = await t.request('POST', `/offices/${t.office}/complaints`, `{"topic":"other","message":"${'x'.repeat(40_000)}"}`);
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const long = await t.request('POST', `/offices/${t.office}/complaints`, { topic: 'other', message: 'ạ'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/message/);
    const rating = await t.request('POST', `/tickets/${real.doneId}/rating`, { token: real.doneToken, score: 4, comment: 'x'.repeat(1001) });
    expect(rating.status).toBe(400);
  });

  it('answers every malformed socket event with an error acknowledgement and changes nothing', async () => {
    const before = await officeFingerprint(t.redis, t.office);
    const rand = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    // an anonymous socket, one joined as a counter console, one as a board: malformed commands are refused everywhere
    const makers: (() => Promise<TestSocket>)[] = [
      () => t.socket(),
      async () => {
        const s = await t.socket({ cookie: officer.cookie });
        expect((await emitAck(s, 'join', { office: t.office, role: 'counter', counter: '1' })).ok).toBe(true);
        return s;
      },
      async () => {
        const s = await t.socket({ cookie: admin.cookie });
        expect((await emitAck(s, 'join', { office: t.office, role: 'board' })).ok).toBe(true);
        return s;
      },
    ];
    const sockets: TestSocket[] = await Promise.all(makers.map((m) => m()));
    let closedForSize = 0;
    const bad = (): unknown => {
      switch (Math.floor(rand() * 8)) {
        case 0:
          return pick(ODD_VALUES);
        case 1:
          return {
            office: pick([t.office, ...ODD_STRINGS.slice(0, 12)]),
            role: pick(['kiosk', 'counter', 'admin', 'root', null, 1]),
            counter: pick(ODD_VALUES),
            extra: 1,
          };
        case 2:
          return {
            action: pick(['call-next', 'call', 'transfer', 'delete', '__proto__', null]),
            ticketId: pick(ODD_VALUES),
            serviceId: pick(ODD_VALUES),
            x: 1,
          };
        case 3:
          return { action: 'call', ticketId: pick([real.ticketId.replace(t.office, 'other-office'), 'nope', `${t.office}_2020-01-01_A001`]) };
        case 4:
          return JSON.parse('{"__proto__":{"polluted":true},"action":"call-next","role":"admin"}');
        case 5:
          return { device: pick(ODD_VALUES), kind: pick(ODD_VALUES) };
        case 6:
          return { office: t.office, role: 'ticket', ticketId: real.ticketId, token: pick([real.doneToken, 'x'.repeat(30), ''.padEnd(64, 'A')]) };
        default:
          return Buffer.from(pick(ODD_STRINGS.slice(0, 10)));
      }
    };
    let acks = 0;
    const failures: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const which = Math.floor(rand() * sockets.length);
      if (!sockets[which]!.connected) {
        // a frame over the 16 kB limit closed it: the server drops that socket only
        closedForSize++;
        sockets[which] = await makers[which]!();
      }
      const s = sockets[which]!;
      const event = pick(['join', 'snapshot', 'heartbeat', 'command', 'command', 'unknown-event', '__proto__'] as const);
      const body = bad();
      if (event === 'snapshot' || event === 'unknown-event' || event === '__proto__' || rand() < 0.05) {
        (s as any).emit(event, body); // no acknowledgement asked: must not crash either
        continue;
      }
      // a join with a well-formed body for a public screen is allowed (it changes no state)
      let timer: NodeJS.Timeout | undefined;
      const r: any = await Promise.race([
        emitAck(s, event as keyof ClientToServerEvents, body), // `command` is retired: it must be refused with an ack
        new Promise((res) => (timer = setTimeout(() => res({ timeout: true }), 2000))),
        new Promise((res) => s.once('disconnect', () => res({ timeout: true }))),
      ]);
      clearTimeout(timer);
      acks++;
      if (r.timeout && !s.connected) continue;
      if (r.timeout) failures.push(`no ack for ${event} ${JSON.stringify(body)?.slice(0, 100)}`);
      // a heartbeat carries nothing (a paired screen is known by its key): an empty one is a real heartbeat
      else if (event !== 'join' && r.ok && !(event === 'heartbeat' && JSON.stringify(body) === '{}'))
        failures.push(`accepted ${event} ${JSON.stringify(body)?.slice(0, 200)}`);
      else if (!r.ok && (r.error.code === 'internal' || /\n\s+at /.test(r.error.message)))
        failures.push(`internal error for ${event} ${JSON.stringify(body)?.slice(0, 200)}`);
    }
    // a frame over the 16 kB socket limit closes that socket only
    const huge = await t.socket();
    const closed = new Promise((res) => huge.once('disconnect', res));
    huge.emit('join' as any, { office: 'x'.repeat(40_000), role: 'board' });
    await closed;
    expect(failures.slice(0, 20)).toEqual([]);
    expect(acks).toBeGreaterThan(800);
    expect(closedForSize).toBeGreaterThan(0);
    const fresh = await t.socket();
    expect((await emitAck(fresh, 'join', { office: t.office, role: 'board' })).ok).toBe(true);
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
  }, 240_000);
});
