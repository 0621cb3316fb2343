/**
 * Start-up time of the real server (server/main.ts, workers in the process, as `npm start` runs it)
 * against a Redis that already holds the offices: from spawning the process until `/readyz`
 * answers 200, and until the process reports its per-office start-up work done (schedules, the
 * start-up day close, old-data checks), which may go on after it listens.
 */
import { spawn } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../scripts/server-node-options.mjs';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PASSWORD } from './context.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });

export interface StartupTime {
  /** spawn → /readyz 200 */
  readyMs: number;
  /** spawn → the log line saying the per-office start-up work is done (absent if the server logs none within the wait) */
  officeWorkMs?: number;
}

/** Starts server/main.ts once against `redisUrl`, times it, and stops it. `nodeArgs`: e.g. `--cpu-prof`. */
export async function timeStartup(redisUrl: string, dataDir: string, nodeArgs: string[] = [], waitForWorkMs = 30_000): Promise<StartupTime> {
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...SERVER_NODE_OPTIONS, ...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_PASSWORD: PASSWORD,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    },
  });
  let workAt: number | undefined;
  let out = '';
  proc.stdout!.on('data', (d) => {
    out += String(d);
    if (workAt === undefined && out.includes('office start-up work done')) workAt = performance.now();
  });
  let err = '';
  proc.stderr!.on('data', (d) => (err += String(d)));
  let exited = false;
  proc.once('exit', () => (exited = true));
  try {
    let readyAt: number | undefined;
    while (readyAt === undefined) {
      if (exited) throw new Error(`server/main.ts exited before it was ready: ${err.slice(-500)}`);
      if (performance.now() - t0 > 120_000) throw new Error('server/main.ts not ready after 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) readyAt = performance.now();
      else await sleep(10);
    }
    const until = performance.now() + waitForWorkMs;
    while (workAt === undefined && performance.now() < until && !exited) await sleep(20);
    return { readyMs: Math.round(readyAt - t0), ...(workAt !== undefined ? { officeWorkMs: Math.round(workAt - t0) } : {}) };
  } finally {
    proc.kill('SIGTERM');
    await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(8000)]);
    if (!exited) proc.kill('SIGKILL');
  }
}

export const startupDir = (dir: string, n: number) => join(dir, `startup-${n}`);
