/**
 * Starts the whole system: Redis (a private redis-server unless REDIS_URL is set), the HTTP and
 * socket.io server, the background workers, and the demo office on first start.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createApplication } from './app.js';
import { checkRedis, createRedis, type RedisTarget } from './redis/connect.js';
import { startPrivateRedis, type PrivateRedis } from './redis/private-server.js';
import { startWorkers } from './jobs/workers.js';
import { createLogger, logFormatFor } from './observability/logger.js';
import { demoPasswordOpens, seedDemoOffice } from './offices/demo-seed.js';
import { ensureDemoDevices, type DemoDevice } from './offices/demo-devices.js';
import { upgradeOldOfficeData } from './offices/data-upgrades.js';
import { DEMO_OFFICE_ID } from './offices/demo-office.js';
import { readSettings } from './settings.js';
import { notificationOptions } from './notifications/notification-jobs.js';
import { parseRateLimits } from './http/rate-limits.js';
import { parsePrinterNetworks } from './printing/printer-networks.js';
import { parseWebhookNetworks } from './webhooks/url-policy.js';

const settings = readSettings();
const log = createLogger(settings.LOG_LEVEL, logFormatFor(settings.LOG_FORMAT, Boolean(process.stdout.isTTY)), undefined, !settings.NO_COLOR);

async function main() {
  let privateRedis: PrivateRedis | undefined;
  const clusterNodes = settings.REDIS_CLUSTER_NODES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let url = settings.REDIS_URL;
  if (!url && !clusterNodes?.length) {
    privateRedis = await startPrivateRedis({ dataDir: join(settings.DATA_DIR, 'redis'), persistent: true, log: (m) => log.info(m) });
    url = privateRedis.url;
    log.info({ url }, 'private redis-server started (data in %s)', resolve(settings.DATA_DIR, 'redis'));
  }
  const target: RedisTarget = { url: url ?? 'redis://127.0.0.1:6379', ...(clusterNodes?.length ? { clusterNodes } : {}) };
  const redis = createRedis(target);
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
  await checkRedis(redis, log);

  const application = createApplication({
    redis,
    log,
    sessionHours: settings.SESSION_HOURS,
    sessionIdleMinutes: settings.SESSION_IDLE_MINUTES,
    streamMaxLen: settings.EVENT_STREAM_MAXLEN,
    identitySalt: settings.IDENTITY_SALT,
    staticDir: resolve('dist'),
    rateLimits: parseRateLimits(settings.RATE_LIMITS),
    secureCookies: settings.PUBLIC_URL?.startsWith('https://') ?? false,
    ...(settings.TRUST_PROXY ? { trustProxy: settings.TRUST_PROXY } : {}),
    ...(settings.PUBLIC_URL ? { publicUrl: settings.PUBLIC_URL } : {}),
    ...(settings.VAPID_PUBLIC_KEY ? { pushPublicKey: settings.VAPID_PUBLIC_KEY } : {}),
    printerNetworks: parsePrinterNetworks(settings.PRINTER_NETWORKS),
    webhooks: { networks: parseWebhookNetworks(settings.WEBHOOK_NETWORKS) },
    ...(settings.METRICS_TOKEN ? { metricsToken: settings.METRICS_TOKEN } : {}),
  });
  const seed = await seedDemoOffice(application.ctx, application.users, settings.DEMO_PASSWORD);
  const demoDevices = await ensureDemoDevices(application.ctx, DEMO_OFFICE_ID, join(settings.DATA_DIR, 'demo-devices.json'));
  // data from earlier versions, once per deployment (a marker; reports need it, so before listening)
  const upgraded = await upgradeOldOfficeData(application.ctx);
  if (upgraded) log.info({ offices: upgraded }, 'office data from earlier versions upgraded');
  const workers = await startWorkers(application.ctx, target, {
    run: settings.WORKERS === 'in-process',
    retention: { dataDir: resolve(settings.DATA_DIR), retentionDays: settings.RETENTION_DAYS, eventRetentionDays: settings.EVENT_RETENTION_DAYS },
    notifications: notificationOptions(settings),
    officeWork: 'background',
  });
  const port = await application.listen(settings.PORT, settings.HOST);
  // the schedules and the start-up day close of each office go on while the server answers, so the
  // start does not grow with the office count (a province: hundreds of offices)
  const startedAt = Date.now();
  void workers.officeWork.then(() => log.info({ ms: Date.now() - startedAt }, 'office start-up work done')).catch(() => {});

  const base = settings.PUBLIC_URL ?? `http://localhost:${port}`;
  const o = DEMO_OFFICE_ID;
  const lines = [
    '',
    '  Hàng chờ một cửa is running for the demo office "UBND phường Tây Mỗ"',
    '',
    ...deviceLines(base, o, demoDevices),
    `  Hall board (display)      ${base}/display/?office=${o}`,
    `  Counter screen (quầy 1)   ${base}/display/counter.html?office=${o}&counter=1`,
    `  Voice test (installers)   ${base}/display/voice-test.html?office=${o}`,
    `  Booking (phones)          ${base}/kiosk/book.html?office=${o}${settings.NOTIFY_LOG_TEXT ? '   (one-time codes in this log: NOTIFY_LOG_TEXT)' : ''}`,
    `  Officer console           ${base}/console/?office=${o}`,
    `  Reports (chairman)        ${base}/console/reports.html?office=${o}`,
    `  Administration            ${base}/console/admin.html?office=${o}`,
    `  Province wall (giamsat)   ${base}/console/province.html`,
    `  API                       ${base}/api/v1/offices/${o}`,
    '',
    '  Accounts: admin, chutich (chairman), canbo1 … canbo6 (officers), giamsat (supervisor of every office)',
  ];
  if (seed.added?.length) lines.push(`  Added to this install's demo accounts: ${seed.added.join(', ')} (password: DEMO_PASSWORD)`);
  if (seed.generatedPassword) {
    mkdirSync(settings.DATA_DIR, { recursive: true });
    const file = join(settings.DATA_DIR, 'demo-password.txt');
    writeFileSync(file, `${seed.generatedPassword}\n`);
    chmodSync(file, 0o600);
    lines.push(`  Password (generated now, shown once; also in ${file}): ${seed.generatedPassword}`);
  } else if (settings.DEMO_PASSWORD && !seed.created && !(await demoPasswordOpens(application.users, settings.DEMO_PASSWORD))) {
    lines.push(
      `  Password: NOT the DEMO_PASSWORD you set: these accounts were made with another one (a generated one is in ${join(settings.DATA_DIR, 'demo-password.txt')}); DEMO_PASSWORD applies to accounts created with it`,
    );
  } else if (settings.DEMO_PASSWORD) {
    lines.push('  Password: the DEMO_PASSWORD you set');
  } else {
    lines.push(`  Password: printed at first start (see ${join(settings.DATA_DIR, 'demo-password.txt')})`);
    // a generated password is not kept, so an account added to the demo later needs DEMO_PASSWORD once
    if (!(await application.users.get('giamsat'))) lines.push('  giamsat is created at a start with DEMO_PASSWORD set (this install predates it)');
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await application.close().catch(() => {});
    await workers.close().catch(() => {});
    redis.disconnect();
    await privateRedis?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * The paired demo kiosk and tablets, with their keys (`?deviceKey=` is taken once by the page and
 * removed from the address). A device revoked in the admin page is no longer printed.
 */
function deviceLines(base: string, o: string, devices: DemoDevice[]): string[] {
  const kiosk = devices.find((d) => d.kind === 'kiosk');
  const tablets = devices.filter((d) => d.kind === 'tablet');
  return [
    kiosk ? `  Kiosk k1 (paired)         ${base}/kiosk/?office=${o}&kiosk=k1&deviceKey=${kiosk.key}` : `  Kiosk (take a ticket)     ${base}/kiosk/?office=${o}`,
    ...(tablets.length ? ['  Rating tablets (paired, one per counter):'] : []),
    ...tablets.map((d) => `    ${`quầy ${d.counterNumber}`.padEnd(24)}${base}/kiosk/tablet.html?office=${o}&counter=${d.counter}&deviceKey=${d.key}`),
    ...(tablets.length ? [] : ['  Rating tablets: pair each in Administration → Devices']),
  ];
}

main().catch((err) => {
  log.fatal({ err }, 'failed to start');
  console.error(`\nFailed to start: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
