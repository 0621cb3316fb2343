/** Running the service: health, readiness, metrics, request ids, sign-in throttling, sessions, Redis checks. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { checkRedis } from '../../server/redis/connect.js';
import { startPrivateRedis } from '../../server/redis/private-server.js';
import { createLogger } from '../../server/observability/logger.js';
import { publicOffice } from '../../server/offices/public-office.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('serves health, readiness and Prometheus metrics with request ids', async () => {
    expect((await t.request('GET', `${t.base}/healthz`)).body).toEqual({ ok: true });
    expect((await t.request('GET', `${t.base}/readyz`)).body).toMatchObject({ ok: true, redis: 'up' });
    const issued = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    expect(issued.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    await officer.request('POST', `/offices/${t.office}/counters/1/call-next`);
    const metrics = await t.request('GET', `${t.base}/metrics`);
    expect(metrics.body).toContain(`qms_tickets_issued_total{office="${t.office}"} 1`);
    expect(metrics.body).toContain(`qms_wait_seconds_count{office="${t.office}"} 1`);
    expect(metrics.body).toContain(`qms_tickets_called_total{office="${t.office}"} 1`);
    expect(metrics.body).toContain('qms_job_failures_total');
    // through a proxy (the public side of nginx) the metrics are not served without the token
    const proxied = await t.request('GET', `${t.base}/metrics`, undefined, { 'x-forwarded-for': '203.0.113.7' });
    expect(proxied.status).toBe(403);
  });

  describe('with the access log at info level', () => {
    const lines: string[] = [];
    let logged: TestApp;
    beforeAll(async () => {
      logged = await startTestApp({ log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }) });
    });
    // each test reads only the lines of its own requests
    beforeEach(() => void lines.splice(0));
    afterAll(async () => logged?.close());

    it('logs each request with its id, and never a ticket token', async () => {
      const issued = await logged.request('POST', `/offices/${logged.office}/tickets`, { serviceId: 'tu-phap' });
      const { id, token } = issued.body.ticket;
      expect((await logged.request('GET', `/tickets/${id}?token=${token}`)).status).toBe(200);
      const entries = lines.map((l) => JSON.parse(l) as { msg: string; reqId?: string; method?: string; path?: string; status?: number });
      expect(entries).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          reqId: issued.headers.get('x-request-id'),
          method: 'POST',
          path: `/api/v1/offices/${logged.office}/tickets`,
          status: 201,
        }),
      );
      expect(entries).toContainEqual(expect.objectContaining({ msg: 'request', method: 'GET', path: `/api/v1/tickets/${id}`, status: 200 }));
      expect(lines.join('\n')).not.toContain(token);
    });

    it('serves a favicon, and logs page assets only at debug level (the terminal shows the API)', async () => {
      const icon = await fetch(`${logged.base}/favicon.ico`);
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toMatch(/icon/);
      expect((await fetch(`${logged.base}/favicon.svg`)).headers.get('content-type')).toMatch(/svg/);
      expect((await logged.request('GET', `/offices/${logged.office}`)).status).toBe(200);
      const paths = lines.map((l) => (JSON.parse(l) as { path?: string }).path);
      expect(paths).toContain(`/api/v1/offices/${logged.office}`);
      expect(paths).not.toContain('/favicon.ico');
    });
  });

  it('serves metrics to anyone holding METRICS_TOKEN, and no one else', async () => {
    const guarded = await startTestApp({ metricsToken: 'scrape-secret-token-1' });
    try {
      expect((await guarded.request('GET', `${guarded.base}/metrics`)).status).toBe(401);
      expect((await guarded.request('GET', `${guarded.base}/metrics`, undefined, { authorization: 'Bearer wrong' })).status).toBe(401);
      const ok = await guarded.request('GET', `${guarded.base}/metrics`, undefined, {
        authorization: 'Bearer scrape-secret-token-1',
        'x-forwarded-for': '203.0.113.7',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('qms_job_failures_total');
    } finally {
      await guarded.close();
    }
  });

  it('slows and then holds back repeated failed sign-ins from one address, and sessions expire in Redis', async () => {
    const user = `officer5-${t.office}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.request('POST', '/auth/login', { username: user, password: 'not-the-password' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // even the right password is refused from there while it waits (test/security/login-lockout.test.ts: not elsewhere)
    expect((await t.request('POST', '/auth/login', { username: user, password: 'test-password-1' })).body.error.code).toBe('too_many_failures');

    const ok = await t.login(`officer6-${t.office}`);
    const me = await t.request('GET', '/auth/me', undefined, { cookie: ok.cookie });
    expect(me.body.user).toMatchObject({ username: `officer6-${t.office}`, role: 'officer' });
    const sid = ok.cookie.split('=')[1]!;
    const ttl = await t.redis.ttl(`qms:session:${sid}`);
    // Redis forgets an unused session after the idle time (2 h by default; 12 h is the absolute end)
    expect(ttl).toBeGreaterThan(2 * 3600 - 60);
    expect(ttl).toBeLessThanOrEqual(2 * 3600);
    expect((await t.request('POST', '/auth/logout', undefined, { cookie: ok.cookie, 'x-csrf-token': ok.csrf })).status).toBe(204);
    expect((await t.request('GET', '/auth/me', undefined, { cookie: ok.cookie })).status).toBe(401);
  });

  it('tells kiosks the public URL for ticket QR codes when PUBLIC_URL is set', async () => {
    expect((await t.request('GET', `/offices/${t.office}`)).body.publicUrl).toBeUndefined();
    const info = await publicOffice({ ...t.app.ctx, publicUrl: 'https://motcua.tay-mo.example.vn' }, t.office);
    expect(info.publicUrl).toBe('https://motcua.tay-mo.example.vn');
  });

  it('rate limits public endpoints per client', async () => {
    const limited = await startTestApp({ rateLimits: { issue: 3 } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.request('POST', `/offices/${limited.office}/tickets`, { serviceId: 'tu-phap' })).status);
      expect(codes).toEqual([201, 201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the Redis the server accepts', () => {
  it('starts a private redis-server with fsync-always AOF and reuses its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qms-private-'));
    try {
      const first = await startPrivateRedis({ dataDir: dir, persistent: true });
      const a = new Redis(first.url);
      expect(await a.config('GET', 'appendfsync')).toEqual(['appendfsync', 'always']);
      expect(await a.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
      await a.set('kept', 'yes');
      a.disconnect();
      await first.stop();
      const second = await startPrivateRedis({ dataDir: dir, persistent: true });
      const b = new Redis(second.url);
      expect(await b.get('kept')).toBe('yes');
      b.disconnect();
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a Redis that can evict keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qms-evict-'));
    const server = await startPrivateRedis({ dataDir: dir, persistent: false });
    const r = new Redis(server.url);
    try {
      await r.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(checkRedis(r, createLogger('silent'))).rejects.toThrow(/allkeys-lru.*noeviction/);
      await r.config('SET', 'maxmemory-policy', 'noeviction');
      await expect(checkRedis(r, createLogger('silent'))).resolves.toBeUndefined();
    } finally {
      r.disconnect();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
