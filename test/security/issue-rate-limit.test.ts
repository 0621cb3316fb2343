/**
 * The issue route's rate limit is taken inside the issue script, so a ticket is one Redis round
 * trip; it keeps the middleware's meaning: requests per minute per client address and office,
 * every request counted (refused ones too, and ticket printing), 429 with Retry-After, and a
 * refused issue changes nothing in the office.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from 'ioredis';
import { keys } from '../../server/redis/keys.js';
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
    const budget = keys.issueRateLimit(t.office, '127.0.0.1');
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
