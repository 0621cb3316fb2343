/**
 * Sessions follow their accounts (issue 10, finding 2): any change to an account ends its
 * sessions at once, HTTP and sockets alike; a session has an absolute lifetime besides the idle
 * one; signing out disconnects that session's sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserBody } from '../../shared/schemas/auth.js';
import { keys } from '../../server/redis/keys.js';
import { poll } from '../support/page-helpers.js';
import { emitAck, PASSWORD, startTestApp, type StaffClient, type TestApp, type TestSocket } from '../support/test-app.js';

describe('sessions follow their accounts', () => {
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    t = await startTestApp({ sessionHours: 12, sessionIdleMinutes: 30, sessionsFollowClock: true });
  });
  afterAll(async () => t.close());

  /** A fresh officer account, signed in over HTTP and with a counter console socket. */
  async function signedIn(): Promise<{ body: UserBody; client: StaffClient; socket: TestSocket }> {
    const body: UserBody = {
      username: `sess${++n}-${t.office}`,
      name: 'Cán bộ phiên',
      role: 'officer',
      offices: [t.office],
      counters: [],
      groups: [],
      password: PASSWORD,
      disabled: false,
    };
    await t.app.users.upsert(body, { create: true });
    const client = await t.login(body.username);
    expect((await client.request('GET', '/auth/me')).status).toBe(200);
    expect((await client.request('GET', '/auth/session')).body.session.user.username).toBe(body.username);
    const socket = await t.socket({ cookie: client.cookie });
    expect((await emitAck(socket, 'join', { office: t.office, role: 'counter', counter: '2' })).ok).toBe(true);
    return { body, client, socket };
  }

  async function expectEnded({ client, socket }: { client: StaffClient; socket: TestSocket }) {
    expect((await client.request('GET', '/auth/me')).status).toBe(401);
    // the pages ask this first: no session is an answer, not an error
    expect(await client.request('GET', '/auth/session').then((r) => [r.status, r.body])).toEqual([200, { session: null }]);
    expect((await client.request('GET', `/offices/${t.office}/counters/2`)).status).toBe(401);
    await poll(() => socket.connected).toBe(false);
  }

  const changes: [string, (b: UserBody) => Promise<unknown>][] = [
    ['disabled', (b) => t.app.users.upsert({ ...b, password: undefined, disabled: true }, { create: false })],
    ['deleted', (b) => t.app.users.remove(b.username)],
    ['demoted to chairman', (b) => t.app.users.upsert({ ...b, password: undefined, role: 'chairman' }, { create: false })],
    ['moved to another office', (b) => t.app.users.upsert({ ...b, password: undefined, offices: ['somewhere-else'] }, { create: false })],
    ['given a new password', (b) => t.app.users.upsert({ ...b, password: 'a-brand-new-passphrase-7' }, { create: false })],
  ];
  for (const [what, change] of changes) {
    it(`ends every session of an account ${what}, sockets included`, async () => {
      const first = await signedIn();
      const second = await signedIn(); // another account: untouched
      const again = await t.login(first.body.username); // a second session of the same account
      await change(first.body);
      await expectEnded(first);
      expect((await again.request('GET', '/auth/me')).status).toBe(401);
      expect((await second.client.request('GET', '/auth/me')).status).toBe(200);
      expect(second.socket.connected).toBe(true);
    });
  }

  it("sign-out disconnects that session's sockets, and only those", async () => {
    const a = await signedIn();
    const other = await t.login(a.body.username);
    const otherSocket = await t.socket({ cookie: other.cookie });
    expect((await emitAck(otherSocket, 'join', { office: t.office, role: 'counter', counter: '3' })).ok).toBe(true);
    expect((await a.client.request('POST', '/auth/logout')).status).toBe(204);
    await expectEnded(a);
    expect((await other.request('GET', '/auth/me')).status).toBe(200);
    expect(otherSocket.connected).toBe(true);
  });

  it('a socket whose session is gone gets no snapshot, even if no disconnect reached it', async () => {
    const a = await signedIn();
    expect((await emitAck(a.socket, 'snapshot')).ok).toBe(true);
    const sid = /qms_sid=([^;]+)/.exec(a.client.cookie)![1]!;
    await t.redis.del(keys.session(sid)); // as if it expired in Redis: no event was sent
    const gone = new Promise<{ ok: false }>((res) => a.socket.once('disconnect', () => res({ ok: false })));
    const r = await Promise.race([emitAck(a.socket, 'snapshot'), gone]);
    expect(r.ok).toBe(false);
    await poll(() => a.socket.connected).toBe(false);
  });

  it('ends a session in use at its absolute lifetime, and an unused one after the idle time', async () => {
    const a = await signedIn();
    const b = await signedIn();
    for (let step = 0; step < 33; step++) {
      t.clock.advance(20 * 60_000); // 11 hours in steps shorter than the idle time (30 min here)
      expect((await a.client.request('GET', '/auth/me')).status).toBe(200); // in use: the idle time slides
    }
    expect((await b.client.request('GET', '/auth/me')).status).toBe(401); // unused for hours
    t.clock.advance(25 * 60_000);
    expect((await a.client.request('GET', '/auth/me')).status).toBe(200); // 11 h 25 min
    t.clock.advance(25 * 60_000);
    expect((await a.client.request('GET', '/auth/me')).status).toBe(200); // 11 h 50 min
    t.clock.advance(15 * 60_000); // 12 h 5 min: used a quarter of an hour ago, but past the absolute end
    expect((await a.client.request('GET', '/auth/me')).status).toBe(401);
    expect((await a.client.request('GET', '/auth/me')).status).toBe(401);
  });
});
