/**
 * Runs only the background workers (day close, reports, complaint deadlines, retention), for a
 * deployment that keeps them apart from the web processes. Needs REDIS_URL or REDIS_CLUSTER_NODES.
 * Events it causes reach screens through the socket.io Redis streams adapter.
 */
import { resolve } from 'node:path';
import { Server } from 'socket.io';
import { DomainEventBus } from './domain-events.js';
import { registerReactions } from './reactions.js';
import { streamAdapter } from './realtime/stream-adapter.js';
import { checkRedis, createRedis } from './redis/connect.js';
import { startWorkers } from './jobs/workers.js';
import { createMetrics } from './observability/metrics.js';
import { createLogger, logFormatFor } from './observability/logger.js';
import { OfficeStore } from './offices/office-store.js';
import { readSettings } from './settings.js';
import { notificationOptions } from './notifications/notification-jobs.js';
import type { Context } from './context.js';
import { parseWebhookNetworks } from './webhooks/url-policy.js';

const settings = readSettings();
const log = createLogger(settings.LOG_LEVEL, logFormatFor(settings.LOG_FORMAT, Boolean(process.stdout.isTTY)), undefined, !settings.NO_COLOR);

async function main() {
  const clusterNodes = settings.REDIS_CLUSTER_NODES?.split(',').filter(Boolean);
  if (!settings.REDIS_URL && !clusterNodes?.length)
    throw new Error('npm run worker needs REDIS_URL (or REDIS_CLUSTER_NODES): the shared Redis of the web processes');
  const target = { url: settings.REDIS_URL ?? '', ...(clusterNodes?.length ? { clusterNodes } : {}) };
  const redis = createRedis(target);
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  await checkRedis(redis, log);
  const ctx: Context = {
    redis,
    offices: new OfficeStore(redis),
    events: new DomainEventBus(),
    log,
    metrics: createMetrics(),
    clock: Date.now,
    streamMaxLen: settings.EVENT_STREAM_MAXLEN,
    identitySalt: settings.IDENTITY_SALT,
    webhooks: { networks: parseWebhookNetworks(settings.WEBHOOK_NETWORKS) },
  };
  const io = new Server({ adapter: streamAdapter(redis) });
  const stopReactions = registerReactions(ctx, { io, webhooks: true });
  const workers = await startWorkers(ctx, target, {
    run: true,
    retention: { dataDir: resolve(settings.DATA_DIR), retentionDays: settings.RETENTION_DAYS, eventRetentionDays: settings.EVENT_RETENTION_DAYS },
    notifications: notificationOptions(settings),
  });
  log.info('workers running');
  const stop = async () => {
    await workers.close();
    stopReactions();
    io.close();
    redis.disconnect();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  log.fatal({ err }, 'worker failed to start');
  process.exit(1);
});
