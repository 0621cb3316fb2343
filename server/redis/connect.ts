/**
 * Opens the ioredis connection (single server or Cluster) and checks the server is safe to use:
 * a Redis that can evict keys would silently drop tickets and BullMQ jobs, so it is refused.
 */
import { Cluster, Redis } from 'ioredis';
import type { Logger } from 'pino';
import { defineScripts, type RedisClient } from './scripts.js';

export interface RedisTarget {
  url: string;
  /** comma-separated seed nodes for a Redis Cluster (REDIS_CLUSTER_NODES) */
  clusterNodes?: string[];
}

export function createRedis(target: RedisTarget, forWorkers = false): RedisClient {
  // auto-pipelining: commands issued in the same tick (many kiosks at once) share one socket write
  const common = { maxRetriesPerRequest: forWorkers ? null : 3, enableOfflineQueue: true, enableAutoPipelining: !forWorkers } as const;
  let client: RedisClient;
  if (target.clusterNodes?.length) {
    client = new Cluster(
      target.clusterNodes.map((n) => {
        const [host, port] = n.split(':');
        return { host: host!, port: Number(port) };
      }),
      { redisOptions: common },
    );
  } else {
    client = new Redis(target.url, common);
  }
  defineScripts(client);
  return client;
}

export class UnsafeRedisError extends Error {}

export async function checkRedis(redis: RedisClient, log: Logger): Promise<void> {
  if (redis instanceof Cluster && redis.status !== 'ready') {
    // until the slots are loaded, nodes() lists only the seeds: wait to check every master
    await new Promise<void>((res, rej) => {
      redis.once('ready', () => res());
      redis.once('end', () => rej(new Error('Redis Cluster: could not connect')));
    });
  }
  const nodes = redis instanceof Cluster ? redis.nodes('master') : [redis];
  for (const node of nodes) {
    const [, policy] = (await node.config('GET', 'maxmemory-policy')) as string[];
    if (policy && policy !== 'noeviction') {
      throw new UnsafeRedisError(`Redis maxmemory-policy is "${policy}": it may evict tickets and jobs. Set it to noeviction.`);
    }
    const [, aof] = (await node.config('GET', 'appendonly')) as string[];
    const [, save] = (await node.config('GET', 'save')) as string[];
    if (aof !== 'yes' && !save) log.warn('Redis persistence is off (no AOF, no RDB): a Redis restart loses every ticket');
    else if (aof !== 'yes') log.warn('Redis AOF is off: a crash can lose tickets written since the last snapshot');
  }
}
