/** The dependencies every domain function receives: built once by createApplication. */
import type { Logger } from 'pino';
import type { DomainEventBus } from './domain-events.js';
import type { Metrics } from './observability/metrics.js';
import type { OfficeStore } from './offices/office-store.js';
import type { RedisClient } from './redis/scripts.js';
import type { WebhookSettings } from './webhooks/webhook-settings.js';

export interface Context {
  redis: RedisClient;
  offices: OfficeStore;
  events: DomainEventBus;
  log: Logger;
  metrics: Metrics;
  /** Injected so tests and the simulator can run the office at any instant. */
  clock: () => number;
  streamMaxLen: number;
  /** BullMQ key prefix (default JOB_PREFIX); a test app has its own, so no other app's workers take its jobs */
  jobPrefix?: string;
  /** IDENTITY_SALT: salt of the identity (CCCD) hashes, per deployment */
  identitySalt: string;
  /** PUBLIC_URL: where citizens' phones reach the server, for ticket QR codes */
  publicUrl?: string;
  /** VAPID_PUBLIC_KEY: phone pages subscribe to Web Push with it (none: no push) */
  pushPublicKey?: string;
  /** PRINTER_NETWORKS: address ranges an office administrator may point a kiosk printer at (port 9100) */
  printerNetworks?: readonly string[];
  /** WEBHOOK_NETWORKS and the webhooks' retry policy (defaults in webhooks/webhook-settings.ts) */
  webhooks?: Partial<WebhookSettings>;
}
