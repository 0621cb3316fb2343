/**
 * Office configuration lives in Redis (validated with the shared zod schema) and is cached here.
 * Every ticket script checks the cached version against Redis, so an administrator's change
 * takes effect on the next action in every process without a restart.
 */
import { officeDate } from '../../shared/office-time.js';
import { OfficeConfig, type OfficeConfigInput } from '../../shared/schemas/office.js';
import { keys } from '../redis/keys.js';
import type { RedisClient } from '../redis/scripts.js';
import { DomainError, notFound } from '../domain-error.js';
import { directoryEntry } from './office-directory.js';
import { parseServiceNames, renamedServices, type ServiceNames } from './service-names.js';

export interface LoadedOffice {
  config: OfficeConfig;
  version: string;
  loadedAt: number;
}

/** How long a cached config serves reads that no script double-checks (public office info). */
const CACHE_MS = 2000;

export class OfficeStore {
  private cache = new Map<string, LoadedOffice>();
  private listeners = new Set<(office: string) => void>();

  constructor(
    private readonly redis: RedisClient,
    /** the application's clock: the date a service's old name is recorded as replaced on */
    private readonly clock: () => number = Date.now,
  ) {}

  async get(office: string, fresh = false): Promise<LoadedOffice> {
    const hit = this.cache.get(office);
    if (hit && !fresh && Date.now() - hit.loadedAt < CACHE_MS) return hit;
    // a cached configuration is checked by its version alone: the whole JSON (kilobytes) only when it changed
    if (hit) {
      const version = await this.redis.hget(keys.config(office), 'v');
      if (version === hit.version) {
        hit.loadedAt = Date.now();
        return hit;
      }
    }
    const [version, json] = await this.redis.hmget(keys.config(office), 'v', 'json');
    if (!version || !json) {
      this.cache.delete(office);
      throw notFound(`office ${office}`);
    }
    if (hit && hit.version === version) {
      hit.loadedAt = Date.now();
      return hit;
    }
    const loaded = { config: OfficeConfig.parse(JSON.parse(json)), version, loadedAt: Date.now() };
    this.cache.set(office, loaded);
    return loaded;
  }

  async exists(office: string): Promise<boolean> {
    return (await this.redis.hexists(keys.config(office), 'v')) === 1;
  }

  async list(): Promise<string[]> {
    return (await this.redis.smembers(keys.offices())).sort();
  }

  /** Validates and stores a whole configuration; returns the stored (defaults filled) config. */
  async save(input: OfficeConfigInput, opts: { create?: boolean } = {}): Promise<OfficeConfig> {
    const parsed = OfficeConfig.safeParse(input);
    if (!parsed.success) {
      const at = parsed.error.issues.map((i) => i.path.join('.') || 'config');
      throw new DomainError('validation_failed', parsed.error.issues.map((i, n) => `${at[n]}: ${i.message}`).join('; '), {
        fields: [...new Set(at)].join(', '),
      });
    }
    const config = parsed.data;
    const exists = await this.exists(config.id);
    if (opts.create && exists) throw new DomainError('conflict', `office ${config.id} already exists`);
    if (!opts.create && !exists) throw notFound(`office ${config.id}`);
    // a renamed or removed service keeps its old name for past reports, in the same transaction
    const renamed = exists
      ? renamedServices((await this.get(config.id, true)).config, config, await this.serviceNames(config.id), officeDate(this.clock(), config.timeZone))
      : new Map();
    const tx = this.redis.multi().hset(keys.config(config.id), 'json', JSON.stringify(config)).hincrby(keys.config(config.id), 'v', 1);
    for (const [id, names] of renamed) tx.hset(keys.serviceNames(config.id), id, JSON.stringify(names));
    await tx.exec();
    // the office list and directory are deployment-wide (another Cluster slot), so not in the same MULTI; a save repeats them
    await this.redis.sadd(keys.offices(), config.id);
    await this.redis.hset(keys.officeDirectory(), config.id, directoryEntry(config));
    this.cache.delete(config.id);
    for (const l of this.listeners) l(config.id);
    return config;
  }

  /** Former names of the office's services, for reports of the past. */
  async serviceNames(office: string): Promise<ServiceNames> {
    return parseServiceNames(await this.redis.hgetall(keys.serviceNames(office)));
  }

  /** Called after a save in this process (e.g. to re-register the day-close schedule). */
  onChange(listener: (office: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  forget(office: string): void {
    this.cache.delete(office);
  }
}
