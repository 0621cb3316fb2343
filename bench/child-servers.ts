/** The measured servers in child processes (bench/servers.ts), so the load generator never shares their event loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { SERVER_NODE_OPTIONS } from '../scripts/server-node-options.mjs';

export interface Child {
  port: number;
  proc: ChildProcess;
  stop(): void;
}

/** BENCH_NODE_ARGS: extra Node options for the `app` children, after the server's own (e.g. to try V8 heap settings). */
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

export function startChild(mode: string, redisUrl: string): Promise<Child> {
  return new Promise((res, rej) => {
    const proc = spawn(
      process.execPath,
      [
        ...(mode === 'app' ? [...SERVER_NODE_OPTIONS, ...nodeArgs] : []),
        '--import',
        'tsx',
        join(dirname(new URL(import.meta.url).pathname), 'servers.ts'),
        mode,
        redisUrl,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      },
    );
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const m = /PORT=(\d+)/.exec(out);
      if (m) res({ port: Number(m[1]), proc, stop: () => proc.kill('SIGKILL') });
    });
    proc.once('exit', (code) => rej(new Error(`${mode} server exited (${code})`)));
  });
}

/** The Redis commands the `app` child has sent since its last `reset`, by name. */
export const childCounts = async (c: Child) => (await childTallies(c)).counts;

/** The HTTP requests the `app` child has answered since its last `reset`. */
export const childHttpRequests = async (c: Child) => (await childTallies(c)).httpRequests;

const childTallies = (c: Child) =>
  new Promise<{ counts: Record<string, number>; httpRequests: number }>((res) => {
    const on = (m: { type: string; counts: Record<string, number>; httpRequests: number }) => {
      if (m.type !== 'counts') return;
      c.proc.off('message', on);
      res(m);
    };
    c.proc.on('message', on);
    c.proc.send({ type: 'counts' });
  });

/** CPU time (user + system, µs) the `app` child has used since it started. */
export const childCpu = (c: Child) => ask<{ usage: { user: number; system: number } }>(c, { type: 'cpu' }).then((m) => m.usage.user + m.usage.system);

export interface Timeline {
  requests: number;
  calls: number;
  lastRequestMs: number;
  lastCallMs: number;
}

/** The child's round since the last ask: when its last request came and its last call went out (ms after its first request). */
export const childTimeline = (c: Child) => ask<Timeline>(c, { type: 'timeline' });

/** Starts (`file` absent) or stops a V8 CPU profile of the `app` child, written to `file` (open it in Chrome's DevTools). */
export const childProfile = (c: Child, file?: string) => ask(c, { type: 'profile', ...(file ? { file } : {}) });

function ask<T>(c: Child, msg: { type: string }): Promise<T> {
  return new Promise((res) => {
    const on = (m: { type: string }) => {
      if (m.type !== msg.type) return;
      c.proc.off('message', on);
      res(m as T);
    };
    c.proc.on('message', on);
    c.proc.send(msg);
  });
}
