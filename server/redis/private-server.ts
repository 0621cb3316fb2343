/**
 * With no REDIS_URL, the server runs its own redis-server child: data under data/redis,
 * append-only with fsync on every write, so `npm start` needs nothing else running and
 * nothing acknowledged is lost on a crash. A child left running by a killed parent is reused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';

export interface PrivateRedis {
  url: string;
  /** an instance already running (a server's, or one left by a killed parent) was reused: stop() leaves it */
  reused: boolean;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/** Does a Redis answer PING at this URL (without retrying)? */
export async function answers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export interface PrivateRedisOptions {
  dataDir: string;
  persistent: boolean;
  log?: (msg: string) => void;
}

export async function startPrivateRedis(opts: PrivateRedisOptions): Promise<PrivateRedis> {
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const portFile = join(dir, 'redis.port');
  if (opts.persistent && existsSync(portFile)) {
    const url = `redis://127.0.0.1:${readFileSync(portFile, 'utf8').trim()}`;
    if (await answers(url)) {
      opts.log?.(`reusing private redis-server at ${url}`);
      return { url, reused: true, stop: async () => {} };
    }
  }
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--maxmemory-policy', 'noeviction', '--save', '', '--protected-mode', 'yes'];
  if (opts.persistent) args.push('--appendonly', 'yes', '--appendfsync', 'always', '--appenddirname', 'aof');
  else args.push('--appendonly', 'no');
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  child.once('error', (err) => opts.log?.(`redis-server failed to start: ${err.message} (install it: apt-get install -y redis-server)`));
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error('redis-server exited at start; is it installed? (apt-get install -y redis-server)');
    if (await answers(url)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (opts.persistent) writeFileSync(portFile, String(port));
  return {
    url,
    reused: false,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}
