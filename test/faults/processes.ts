/**
 * Fault and scale tests own their Redis and server processes: a redis-server they can stop,
 * kill and restart on the same port, and `node server/main.ts` processes they can kill -9.
 * Everything listens on 127.0.0.1 and is stopped in teardown.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, freePort } from '../../server/redis/private-server.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      if (err instanceof FatalError) throw err;
      last = err;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(everyMs);
  }
}

/** Thrown inside waitFor's probe to stop waiting at once. */
export class FatalError extends Error {}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

const pings = (port: number) => answers(`redis://127.0.0.1:${port}`);

export interface TestRedis {
  port: number;
  url: string;
  dir: string;
  start(): Promise<void>;
  /** SIGTERM (AOF flushed) or SIGKILL */
  stop(signal?: NodeJS.Signals): Promise<void>;
  running(): boolean;
}

/** A redis-server child with AOF fsync on every write (like the private server of `npm start`). */
export async function startTestRedis(opts: { dir: string; extraArgs?: string[]; port?: number }): Promise<TestRedis> {
  const port = opts.port ?? (await freePort());
  mkdirSync(opts.dir, { recursive: true });
  let child: ChildProcess | undefined;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    opts.dir,
    '--maxmemory-policy',
    'noeviction',
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--protected-mode',
    'yes',
    ...(opts.extraArgs ?? []),
  ];
  const r: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir: opts.dir,
    async start() {
      child = spawn('redis-server', args, { stdio: 'ignore' });
      await waitFor(`redis-server on ${port}`, () => pings(port), 10_000, 50);
    },
    async stop(signal = 'SIGTERM') {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise<void>((res) => c.once('exit', () => res()));
      c.kill(signal);
      await Promise.race([exited, sleep(10_000)]);
    },
    running: () => !!child && child.exitCode === null && child.signalCode === null,
  };
  await r.start();
  return r;
}

export interface ServerProcess {
  port: number;
  url: string;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
}

/** `node --import tsx server/main.ts` on a fixed port, ready when /readyz answers. */
export async function startServerProcess(opts: { env: Record<string, string>; port?: number }): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  let child: ChildProcess | undefined;
  let out = '';
  const p: ServerProcess = {
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    async start() {
      out = '';
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...opts.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => (out += String(d)));
      child.stderr!.on('data', (d) => (out += String(d)));
      const c = child;
      await waitFor(
        `server on ${port}`,
        async () => {
          if (c.exitCode !== null) throw new FatalError(`server exited: ${out}`);
          const res = await fetch(`${p.url}/readyz`);
          return res.status === 200;
        },
        90_000,
        200,
      ).catch((err: Error) => {
        throw new Error(`${err.message}\n--- server output ---\n${out.slice(-3000)}`);
      });
    },
    async kill(signal = 'SIGTERM') {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise<void>((res) => c.once('exit', () => res()));
      c.kill(signal);
      await Promise.race([exited, sleep(10_000)]);
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    },
  };
  await p.start();
  return p;
}

/** Signs in over HTTP like the console does; returns the cookie and CSRF token. */
export async function login(base: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export async function postJson(url: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* keep text */
  }
  return { status: res.status, body: parsed };
}

/** Creates a three-master Redis Cluster (no replicas) with `redis-server --cluster-enabled`. */
export async function startTestCluster(root: string): Promise<{ nodes: TestRedis[]; seeds: string[]; stop(): Promise<void> }> {
  const nodes: TestRedis[] = [];
  for (let i = 0; i < 3; i++) {
    const dir = join(root, `node-${i}`);
    nodes.push(
      await startTestRedis({
        dir,
        extraArgs: [
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, 'nodes.conf'),
          '--cluster-node-timeout',
          '2000',
          '--appendfsync',
          'everysec',
        ],
      }),
    );
  }
  const create = spawnSync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'], {
    encoding: 'utf8',
  });
  if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
  await waitFor(
    'cluster ok',
    async () => {
      const c = spawnSync('redis-cli', ['-p', String(nodes[0]!.port), 'cluster', 'info'], { encoding: 'utf8' });
      return c.stdout.includes('cluster_state:ok');
    },
    20_000,
    200,
  );
  return { nodes, seeds: nodes.map((n) => `127.0.0.1:${n.port}`), stop: async () => void (await Promise.all(nodes.map((n) => n.stop('SIGKILL')))) };
}
