/**
 * The issue route's rate limit is counted inside the issue script, so a ticket is one Redis round
 * trip; it means what every other limit means: requests per minute per client address and office,
 * every request counted once (refused ones too, and ticket printing), 429 with Retry-After, and a
 * refused issue changes nothing in the office.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from 'ioredis';
import { parseRateLimits } from '../../server/http/rate-limits.js';
import { keys } from '../../server/redis/keys.js';
import { officeClock } from '../../shared/office-time.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the issue rate limit', () => {
  let t: TestApp;
  afterEach(async () => t.close());
  const issue = (body: unknown = { serviceId: 'tu-phap' }) => t.request('POST', `/offices/${t.office}/tickets`, body);

  it('refuses over the budget with Retry-After, and a refused issue changes nothing', async () => {
    t = await startTestApp({ rateLimits: { issue: 3 } });
    for (let i = 0; i < 3; i++) expect((await issue()).status).toBe(201);
    const before = await officeFingerprint(t.redis, t.office);
    const refused = await issue();
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // no ticket, no sequence bump, no event, no rollup
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
    // the budget lives in the office's Cluster slot, for a minute
    const budget = keys.rateLimit('issue', '127.0.0.1', t.office);
    expect(budget).toContain(`{${t.office}}`);
    expect(await t.redis.get(budget)).toBe('4');
    expect(await t.redis.pttl(budget)).toBeLessThanOrEqual(60_000);
  });

  it('counts requests refused before the script, and ticket printing, against the same budget', async () => {
    t = await startTestApp({ rateLimits: { issue: 3 } });
    expect((await issue({ serviceId: 'tu-phap', junk: 1 })).status).toBe(400);
    expect((await issue({ serviceId: 'no-such-service' })).status).toBe(404);
    const print = await t.request('POST', `/offices/${t.office}/kiosks/k1/print`, { ticketId: `${t.office}_2026-01-01_A001`, token: 'x'.repeat(24) });
    expect(print.status).toBeLessThan(500);
    expect(print.status).not.toBe(429);
    const refused = await issue();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(await t.redis.exists(keys.sequences(t.office, new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)))).toBe(0);
  });

  it('counts a refusal from the script, and a repeated request, once', async () => {
    t = await startTestApp({ rateLimits: { issue: 3 } });
    const budget = keys.rateLimit('issue', '127.0.0.1', t.office);
    const repeat = { serviceId: 'tu-phap', idempotencyKey: 'tap-0001' };
    expect((await issue(repeat)).status).toBe(201);
    expect((await issue(repeat)).status).toBe(200);
    expect(await t.redis.get(budget)).toBe('2');
    // the day closed: the script refuses without counting, the route counts it
    const { config } = await t.app.ctx.offices.get(t.office);
    await t.redis.sadd(keys.closedDays(t.office), officeClock(Date.now(), config.timeZone).date);
    expect((await issue()).body.error.code).toBe('day_closed');
    expect(await t.redis.get(budget)).toBe('3');
    expect((await issue()).status).toBe(429);
  });

  it('issues a ticket in one Redis round trip', async () => {
    t = await startTestApp({ rateLimits: { issue: 100 } });
    expect((await issue()).status).toBe(201); // the office configuration is cached from here
    const sent: Command[] = [];
    const redis = t.redis as unknown as { sendCommand: (c: Command, s?: unknown) => unknown };
    const send = redis.sendCommand.bind(t.redis);
    redis.sendCommand = (c, s) => {
      sent.push(c);
      return send(c, s);
    };
    try {
      expect((await issue()).status).toBe(201);
    } finally {
      redis.sendCommand = send;
    }
    // the socket.io adapter's own append (how other processes' screens learn of the queue) aside
    const ours = sent.filter((c) => !(c.name === 'xadd' && String(c.args[0]) === 'qms:socket.io'));
    expect(ours.map((c) => c.name)).toEqual(['evalsha']);
  });
});

describe('every other limit, the same way', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('counts per client address, per office on office routes, and answers 429 with Retry-After', async () => {
    t = await startTestApp({ rateLimits: { publicRead: 2, feedback: 1 }, trustProxy: 'loopback' });
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 3; i++) statuses.push((last = await t.request('GET', `/offices/${t.office}`)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(last!.body.error.code).toBe('rate_limited');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await t.redis.get(keys.rateLimit('publicRead', '127.0.0.1', t.office))).toBe('3');
    // a route without an office: per address alone (an address of this test's own: other files rate from 127.0.0.1 meanwhile)
    const address = `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
    const rate = () => t.request('POST', `/tickets/${t.office}_2026-01-01_A001/rating`, { token: 'x'.repeat(24), score: 4 }, { 'x-forwarded-for': address });
    expect((await rate()).status).not.toBe(429);
    expect((await rate()).status).toBe(429);
    expect(await t.redis.get(keys.rateLimit('feedback', address))).toBe('2');
  });
});

describe('RATE_LIMITS', () => {
  it('reads name=perMinute pairs, and refuses unknown names and budgets under 1', () => {
    expect(parseRateLimits('issue=120,login=20')).toEqual({ issue: 120, login: 20 });
    expect(parseRateLimits(undefined)).toEqual({});
    expect(() => parseRateLimits('issues=5')).toThrow(/unknown limit "issues"/);
    expect(() => parseRateLimits('issue=0')).toThrow(/at least 1/);
  });
});
