/**
 * Every endpoint and socket event refuses malformed input with a 4xx naming the problem, and
 * nothing in Redis changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAck, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { officeFingerprint } from '../support/state-fingerprint.js';

describe('malformed input', () => {
  let t: TestApp;
  let officer: StaffClient;
  let admin: StaffClient;
  let ticket: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    officer = await t.login(`officer1-${t.office}`);
    admin = await t.login(`admin-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
  });
  afterAll(async () => t.close());

  it('answers each bad HTTP request with a 4xx that names the problem, changing nothing', async () => {
    const o = t.office;
    const before = await officeFingerprint(t.redis, o);
    const cases: [string, string, unknown, RegExp, StaffClient?][] = [
      ['POST', `/offices/${o}/tickets`, '{"serviceId": ', /not valid JSON/],
      ['POST', `/offices/${o}/tickets`, {}, /serviceId/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 42 }, /serviceId/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'no-such-service' }, /service no-such-service not found/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'tu-phap', extra: 1 }, /unknown field.*extra/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'tu-phap', priority: 'vip' }, /priority: unknown category/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'tu-phap', idempotencyKey: 'a b' }, /idempotencyKey/],
      ['POST', `/offices/${o}/tickets`, '{"serviceId":"tu-phap","__proto__":{"admin":true}}', /unknown field.*__proto__/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'tu-phap', cccd: 'not a card' }, /cccd/],
      ['POST', `/offices/${o}/tickets`, { serviceId: 'x'.repeat(40_000) }, /too large/],
      ['POST', `/offices/NOT_AN_OFFICE/tickets`, { serviceId: 'tu-phap' }, /office id/],
      ['POST', `/offices/nope-office/tickets`, { serviceId: 'tu-phap' }, /office nope-office not found/],
      ['GET', `/tickets/${ticket.id}`, undefined, /token/],
      ['GET', `/tickets/${ticket.id}?token=${'x'.repeat(20)}`, undefined, /ticket not found/],
      ['GET', `/tickets/garbage?token=${ticket.token}`, undefined, /ticket id/],
      ['GET', `/tickets/${ticket.id}?token=${ticket.token}&token=${ticket.token}`, undefined, /token/],
      ['POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 9 }, /score/],
      ['POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4 }, /once it has been served/],
      ['POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4, criteria: { attitude: 7 } }, /criteria/],
      ['POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4, comment: 'a\u0000b' }, /control characters/],
      ['POST', `/tickets/${ticket.id}/cancel`, { token: 'wrong-token-wrong-token' }, /ticket not found/],
      ['POST', `/offices/${o}/complaints`, { topic: 'bribery' }, /topic/],
      ['POST', `/offices/${o}/complaints`, { topic: 'other', message: 'x'.repeat(2001) }, /at most 2000/],
      ['POST', `/offices/${o}/complaints`, { topic: 'other', contactEmail: 'not-an-email' }, /contactEmail/],
      ['POST', `/offices/${o}/complaints`, { topic: 'other', ticketId: ticket.id }, /needs its token/],
      ['POST', `/offices/${o}/counters/1/call`, { ticketId: 'x' }, /ticketId/, officer],
      ['POST', `/offices/${o}/counters/1/call`, { ticketId: `${o}_2020-01-01_A001` }, /another day/, officer],
      ['POST', `/offices/${o}/counters/1/transfer`, { serviceId: 'tu-phap' }, /no current ticket/, officer],
      ['POST', `/offices/${o}/counters/1/complete`, { dossier: { code: '' } }, /dossier/, officer],
      ['POST', `/offices/${o}/counters/99/open`, {}, /counter 99 not found/, officer],
      ['POST', `/offices/${o}/counters/1/call-next`, { now: 1 }, /unknown field/, officer],
      ['POST', `/offices/${o}/counters/1/explode`, {}, /no route/, officer],
      ['POST', '/auth/login', { username: 'x' }, /password/],
      ['POST', '/auth/login', { username: `officer1-${o}`, password: 'wrong password' }, /wrong username or password/],
      ['PUT', `/admin/offices/${o}/config`, { id: o }, /name/, admin],
      ['PUT', `/admin/offices/${o}/config`, [], /expected object/, admin],
      ['POST', '/admin/users', { username: 'A B', name: 'x', role: 'officer', offices: [] }, /username/, admin],
      ['POST', '/admin/users', { username: 'newbie', name: 'x', role: 'god', offices: [] }, /role/, admin],
    ];
    for (const [method, path, body, message, client] of cases) {
      const res = client ? await client.request(method, path, body) : await t.request(method, path, body);
      expect.soft(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect.soft(res.status, `${method} ${path}`).toBeLessThan(500);
      expect.soft(res.body?.error?.message, `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}`).toMatch(message);
      expect.soft(typeof res.body?.error?.code).toBe('string');
      expect.soft(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    }
    // a body that is not JSON is refused by type, not read as an empty one
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'serviceId=tu-phap'],
      ['text/plain', '{"serviceId":"tu-phap"}'],
    ] as const) {
      const res = await t.request('POST', `/offices/${o}/tickets`, body, { 'content-type': type });
      expect.soft(res.status, type).toBe(415);
      expect.soft(res.body?.error, type).toMatchObject({ code: 'unsupported_media_type', message: expect.stringMatching(/application\/json/) });
    }
    // a failed login counts against the account (that is its purpose); everything else is unchanged
    await t.redis.del(`qms:login-fail:officer1-${o}`);
    expect(await officeFingerprint(t.redis, o)).toBe(before);
  });

  it('answers each bad socket event with an error acknowledgement, changing nothing', async () => {
    const before = await officeFingerprint(t.redis, t.office);
    const s = await t.socket();
    const bad: unknown[] = [
      undefined,
      'board',
      { office: t.office },
      { office: t.office, role: 'superuser' },
      { office: 'NOPE', role: 'board' },
      { office: 'nope-office', role: 'board' },
      { office: t.office, role: 'ticket', ticketId: ticket.id },
      { office: t.office, role: 'ticket', ticketId: ticket.id, token: 'x'.repeat(30) },
      { office: t.office, role: 'counter', counter: '1' },
      { office: t.office, role: 'board', extra: { __proto__: 1 } },
    ];
    for (const body of bad) {
      const ack = await emitAck(s, 'join', body);
      expect.soft(ack.ok, JSON.stringify(body)).toBe(false);
      expect.soft(ack.error?.message, JSON.stringify(body)).toMatch(/\w/);
    }
    expect((await emitAck(s, 'command' as 'snapshot', { action: 'call-next' } as never)).error?.code).toBe('not_found');
    expect((await emitAck(s, 'heartbeat', { device: 'b1', kind: 'board' })).error?.message).toMatch(/join first/);
    expect((await emitAck(s, 'join', { office: t.office, role: 'board' })).ok).toBe(true);
    expect((await emitAck(s, 'heartbeat', { device: 'B 1!', kind: 'toaster' })).ok).toBe(false);
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
  });
});
