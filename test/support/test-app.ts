/**
 * Starts the real application on port 0 against the run's Redis, with a fresh office (the demo
 * office's configuration under a unique id) and its staff accounts, and gives tests HTTP and
 * socket clients that behave like the real kiosk, board, console and phone.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { createApplication, type Application } from '../../server/app.js';
import { createRedis } from '../../server/redis/connect.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { createLogger, type Logger } from '../../server/observability/logger.js';
import type { OfficeConfigInput } from '../../shared/schemas/office.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { RateLimitSettings } from '../../server/http/rate-limits.js';
import type { WebhookSettings } from '../../server/webhooks/webhook-settings.js';

export const PASSWORD = 'test-password-1';

export interface TestApp {
  app: Application;
  redis: RedisClient;
  base: string;
  api: string;
  office: string;
  clock: { now: number; set(ms: number): void; advance(ms: number): void; real: boolean };
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  login(username: string, password?: string): Promise<StaffClient>;
  /** `deviceKey`: a paired device's key, in the handshake as the device pages send it */
  socket(opts?: { cookie?: string; deviceKey?: string }): Promise<TestSocket>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  body: any;
  headers: Headers;
}

export interface StaffClient {
  cookie: string;
  csrf: string;
  username: string;
  request(method: string, path: string, body?: unknown): Promise<TestResponse>;
}

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function uniqueOffice(prefix = 't'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface TestAppOptions {
  office?: (config: OfficeConfigInput) => OfficeConfigInput;
  /** a fixed clock start (ms); default: the real clock */
  now?: number;
  rateLimits?: Partial<RateLimitSettings>;
  metricsToken?: string;
  /** the application's logger (default: silent) */
  log?: Logger;
  redis?: RedisClient;
  sessionHours?: number;
  sessionIdleMinutes?: number;
  /** PUBLIC_URL: where phones reach the server (ticket QR codes) */
  publicUrl?: string;
  /** PRINTER_NETWORKS, parsed */
  printerNetworks?: string[];
  /** VAPID_PUBLIC_KEY: the phone pages may subscribe to Web Push */
  pushPublicKey?: string;
  /** WEBHOOK_NETWORKS (parsed) and a short retry policy for the webhooks */
  webhooks?: Partial<WebhookSettings>;
  /** TRUST_PROXY: the client address from X-Forwarded-For (a test's own address, apart from other files') */
  trustProxy?: string;
  /** sessions expire by the test clock too (by default they follow real time, whatever the office clock does) */
  sessionsFollowClock?: boolean;
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const redis = opts.redis ?? createRedis({ url: inject('redisUrl') });
  const clock = {
    now: opts.now ?? 0,
    real: opts.now === undefined,
    set(ms: number) {
      this.now = ms;
      this.real = false;
    },
    advance(ms: number) {
      if (this.real) this.set(Date.now());
      this.now += ms;
    },
  };
  const office = uniqueOffice();
  const app = createApplication({
    redis,
    // its own job queues: another test file's workers never take (and run with their clock) this app's jobs
    jobPrefix: `{qms-jobs-${office}}`,
    log: opts.log ?? createLogger('silent'),
    clock: () => (clock.real ? Date.now() : clock.now),
    staticDir: resolve('dist'),
    // cheap hashing keeps many logins fast on a 2-core machine; production uses the library defaults
    passwordHashCost: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
    rateLimits: {
      issue: 100_000,
      feedback: 100_000,
      login: 100_000,
      publicRead: 100_000,
      pairing: 100_000,
      otp: 100_000,
      booking: 100_000,
      ...opts.rateLimits,
    },
    ...(opts.metricsToken ? { metricsToken: opts.metricsToken } : {}),
    ...(opts.sessionHours ? { sessionHours: opts.sessionHours } : {}),
    ...(opts.sessionIdleMinutes ? { sessionIdleMinutes: opts.sessionIdleMinutes } : {}),
    ...(opts.sessionsFollowClock ? { sessionClock: () => (clock.real ? Date.now() : clock.now) } : {}),
    ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}),
    ...(opts.printerNetworks ? { printerNetworks: opts.printerNetworks } : {}),
    ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}),
    ...(opts.pushPublicKey ? { pushPublicKey: opts.pushPublicKey } : {}),
    ...(opts.webhooks ? { webhooks: opts.webhooks } : {}),
  });
  const base = demoOffice();
  const config = (opts.office ?? ((c) => c))({ ...base, id: office });
  await app.ctx.offices.save(config, { create: true });
  for (const [username, role, counters] of [
    [`admin-${office}`, 'admin', []],
    [`chair-${office}`, 'chairman', []],
    ...[1, 2, 3, 4, 5, 6].map((n) => [`officer${n}-${office}`, 'officer', []]),
    [`limited-${office}`, 'officer', ['1']],
  ] as [string, 'admin' | 'chairman' | 'officer', string[]][]) {
    await app.users.upsert({ username, name: username, role, offices: [office], counters, password: PASSWORD, disabled: false }, { create: true });
  }
  const port = await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = `${baseUrl}/api/v1`;

  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse> => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await fetch(path.startsWith('http') ? path : `${api}${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON (metrics, HTML) */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };

  const sockets: TestSocket[] = [];
  return {
    app,
    redis,
    base: baseUrl,
    api,
    office,
    clock,
    request,
    async login(username, password = PASSWORD) {
      const res = await fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return {
        cookie,
        csrf: csrfToken,
        username,
        request: (method, path, body) => request(method, path, body, { cookie, 'x-csrf-token': csrfToken }),
      };
    },
    async socket(sopts = {}) {
      const s: TestSocket = ioClient(baseUrl, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        ...(sopts.cookie ? { extraHeaders: { cookie: sopts.cookie } } : {}),
        ...(sopts.deviceKey ? { auth: { deviceKey: sopts.deviceKey } } : {}),
      });
      sockets.push(s);
      await new Promise<void>((res, rej) => {
        s.once('connect', () => res());
        s.once('connect_error', rej);
      });
      return s;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await app.close();
      if (!opts.redis) redis.disconnect();
    },
  };
}

/** The server back after a restart: another application on the test app's port and Redis (the caller closes it). */
export async function startSecondServer(t: TestApp): Promise<Application> {
  const second = createApplication({
    redis: t.redis,
    log: createLogger('silent'),
    staticDir: resolve('dist'),
    rateLimits: { issue: 100_000, feedback: 100_000, login: 100_000, publicRead: 100_000, pairing: 100_000 },
  });
  await second.listen(Number(new URL(t.base).port), '127.0.0.1');
  return second;
}

/** The payload of a server event. */
export type EventPayload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/**
 * Emits a client event of the contract (shared/events.ts) and waits for the acknowledgement. The
 * bodies stay untyped: tests send malformed and out-of-date ones on purpose.
 */
export function emitAck<T = unknown>(
  socket: TestSocket,
  event: keyof ClientToServerEvents,
  ...args: unknown[]
): Promise<{ ok: boolean; data?: T; error?: { code: string; message: string } }> {
  return new Promise((res) => (socket as unknown as { emit: (...a: unknown[]) => void }).emit(event, ...args, res));
}

/** Resolves with the next server `event` (typed by the contract in shared/events.ts) that satisfies `match`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  match: (payload: EventPayload<E>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<EventPayload<E>> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const handler = (payload: EventPayload<E>) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      (socket as unknown as { off: (e: string, h: unknown) => void }).off(event, handler);
      res(payload);
    };
    (socket as unknown as { on: (e: string, h: unknown) => void }).on(event, handler);
  });
}
