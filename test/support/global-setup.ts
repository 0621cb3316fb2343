/**
 * One Redis for the whole run: REDIS_URL when set, else a private redis-server on a free port
 * (no persistence, a temporary directory). Test files isolate themselves by office id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without types
import { buildPagesIfStale } from '../../scripts/build-pages.mjs';
import { startPrivateRedis, type PrivateRedis } from '../../server/redis/private-server.js';

let redis: PrivateRedis | undefined;
let dir: string | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export async function setup(project: TestProject) {
  buildPagesIfStale({ quiet: true });
  let url = process.env.REDIS_URL;
  if (!url) {
    dir = mkdtempSync(join(tmpdir(), 'qms-test-redis-'));
    redis = await startPrivateRedis({ dataDir: dir, persistent: false });
    url = redis.url;
  }
  project.provide('redisUrl', url);
}

export async function teardown() {
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
