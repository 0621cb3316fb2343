/**
 * Builds the application from its dependencies (a Redis connection, a clock, a logger), so
 * tests start it on port 0 against a real Redis, and main.ts starts it for real.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { SessionStore } from './auth/sessions.js';
import { UserStore, type HashCost } from './auth/user-store.js';
import type { Context } from './context.js';
import { DomainEventBus } from './domain-events.js';
import { auditLog } from './http/audit-log.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './http/rate-limits.js';
import { adminRoutes } from './http/routes/admin-routes.js';
import { authRoutes } from './http/routes/auth-routes.js';
import { counterRoutes } from './http/routes/counter-routes.js';
import { healthRoutes } from './http/routes/health-routes.js';
import { kioskRoutes } from './http/routes/kiosk-routes.js';
import { publicRoutes } from './http/routes/public-routes.js';
import { loadDevice, loadSession } from './http/staff-auth.js';
import { bookingRoutes } from './http/routes/booking-routes.js';
import { reportRoutes } from './http/routes/report-routes.js';
import { complaintRoutes } from './http/routes/complaint-routes.js';
import { dossierImportRoutes } from './http/routes/dossier-import-routes.js';
import { dossierRoutes } from './http/routes/dossier-routes.js';
import { deviceRoutes } from './http/routes/device-routes.js';
import { supervisionRoutes } from './http/routes/supervision-routes.js';
import { webhookRoutes } from './http/routes/webhook-routes.js';
import { openApiRoutes } from './http/routes/openapi-routes.js';
import { createMetrics } from './observability/metrics.js';
import { OfficeStore } from './offices/office-store.js';
import { DEFAULT_IDENTITY_SALT } from './settings.js';
import { createSocketServer } from './realtime/socket-server.js';
import { guardedRouter } from './http/guarded-router.js';
import { jsonBody } from './http/json-body.js';
import { accessLog } from './observability/access-log.js';
import type { IoServer } from './realtime/event-relay.js';
import { registerReactions } from './reactions.js';
import { closeSharedQueues } from './jobs/queues.js';
import type { RedisClient } from './redis/scripts.js';
import type { WebhookSettings } from './webhooks/webhook-settings.js';

export interface AppOptions {
  redis: RedisClient;
  log: Logger;
  clock?: () => number;
  rateLimits?: Partial<RateLimitSettings>;
  /** BullMQ key prefix (default JOB_PREFIX): tests give each app its own */
  jobPrefix?: string;
  /** absolute lifetime of a staff session */
  sessionHours?: number;
  /** a session unused this long ends */
  sessionIdleMinutes?: number;
  /** sessions end by real time, not by the office clock that tests and the simulator move (default Date.now) */
  sessionClock?: () => number;
  streamMaxLen?: number;
  /** folder of the built pages (vite build); omitted in API-only tests */
  staticDir?: string;
  secureCookies?: boolean;
  passwordHashCost?: HashCost;
  /** Express "trust proxy" (TRUST_PROXY): a hop count, "true", or the proxies' addresses */
  trustProxy?: string;
  /** where citizens' phones reach the server (PUBLIC_URL), for ticket QR codes */
  publicUrl?: string;
  /** VAPID_PUBLIC_KEY, for the phone pages' Web Push subscriptions */
  pushPublicKey?: string;
  /** salt of the identity (CCCD) hashes (IDENTITY_SALT; default DEFAULT_IDENTITY_SALT) */
  identitySalt?: string;
  /** address ranges (CIDR) of receipt printers an office administrator may use (PRINTER_NETWORKS) */
  printerNetworks?: readonly string[];
  /** WEBHOOK_NETWORKS and the webhooks' retry policy (tests shorten it) */
  webhooks?: Partial<WebhookSettings>;
  /** bearer token for /metrics (METRICS_TOKEN); without one, only direct loopback requests get them */
  metricsToken?: string;
}

export interface Application {
  ctx: Context;
  app: Express;
  http: HttpServer;
  io: IoServer;
  users: UserStore;
  sessions: SessionStore;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export const API = '/api/v1';

export function createApplication(opts: AppOptions): Application {
  const ctx: Context = {
    redis: opts.redis,
    offices: new OfficeStore(opts.redis, opts.clock),
    events: new DomainEventBus(),
    log: opts.log,
    metrics: createMetrics(),
    clock: opts.clock ?? Date.now,
    streamMaxLen: opts.streamMaxLen ?? 200_000,
    identitySalt: opts.identitySalt ?? DEFAULT_IDENTITY_SALT,
    ...(opts.jobPrefix ? { jobPrefix: opts.jobPrefix } : {}),
    ...(opts.publicUrl ? { publicUrl: opts.publicUrl.replace(/\/$/, '') } : {}),
    printerNetworks: opts.printerNetworks ?? [],
    ...(opts.webhooks ? { webhooks: opts.webhooks } : {}),
    ...(opts.pushPublicKey ? { pushPublicKey: opts.pushPublicKey } : {}),
  };
  const sessions = new SessionStore(
    opts.redis,
    { absoluteSeconds: (opts.sessionHours ?? 12) * 3600, idleSeconds: (opts.sessionIdleMinutes ?? 120) * 60 },
    ctx.events,
    opts.sessionClock,
  );
  const users = new UserStore(opts.redis, sessions, opts.passwordHashCost);
  const limits = { ...DEFAULT_RATE_LIMITS, ...opts.rateLimits };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (opts.trustProxy) app.set('trust proxy', /^\d+$/.test(opts.trustProxy) ? Number(opts.trustProxy) : opts.trustProxy === 'true' ? true : opts.trustProxy);
  app.use(accessLog(opts.log));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(healthRoutes(ctx, opts.metricsToken));
  // every API route in one router (one layer to pass, not one per route module)
  const api = guardedRouter();
  publicRoutes(api, ctx, limits);
  bookingRoutes(api, ctx, limits);
  kioskRoutes(api, ctx, limits);
  authRoutes(api, ctx, users, sessions, limits, opts.secureCookies ?? false);
  counterRoutes(api, ctx);
  adminRoutes(api, ctx, users);
  reportRoutes(api, ctx);
  complaintRoutes(api, ctx);
  dossierImportRoutes(api, ctx);
  dossierRoutes(api, ctx);
  supervisionRoutes(api, ctx);
  deviceRoutes(api, ctx, limits);
  webhookRoutes(api, ctx);
  openApiRoutes(api);
  app.use(API, ...jsonBody(), loadSession(ctx, sessions), loadDevice(ctx), auditLog(ctx), api.router, notFoundHandler);
  if (opts.staticDir && existsSync(opts.staticDir)) {
    const dir = opts.staticDir;
    app.use(
      express.static(dir, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache'),
      }),
    );
    const root = guardedRouter();
    root.route('GET /', (_req, res) => res.redirect('/kiosk/'));
    app.use(root.router);
  }
  app.use(notFoundHandler);
  app.use(errorHandler(opts.log));

  const http = createServer(app);
  const io = createSocketServer(ctx, http, sessions);
  const stopReactions = registerReactions(ctx, { io, metrics: true, citizens: true, webhooks: true });

  return {
    ctx,
    app,
    http,
    io,
    users,
    sessions,
    listen: (port, host = '0.0.0.0') =>
      new Promise((res, rej) => {
        http.once('error', rej);
        http.listen(port, host, () => {
          const addr = http.address();
          res(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    close: async () => {
      stopReactions();
      // this process's screens only: io.disconnectSockets() would go through the adapter and cut
      // every screen of every process; the screens reconnect to another process
      io.local.disconnectSockets(true);
      await new Promise<void>((res) => io.close(() => res()));
      if (http.listening) await new Promise<void>((res) => http.close(() => res()));
      // the queues notify() and the webhooks opened on the application's connection, if they sent anything
      await closeSharedQueues(opts.redis);
    },
  };
}
