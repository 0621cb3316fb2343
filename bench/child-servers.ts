/** The measured servers in child processes (bench/servers.ts), so the load generator never shares their event loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';

export interface Child {
  port: number;
  proc: ChildProcess;
  stop(): void;
}

/** BENCH_CPU_PROF=<dir>: the `app` children write a V8 CPU profile there when they stop (open it in Chrome's DevTools). */
const profileDir = process.env.BENCH_CPU_PROF;

export function startChild(mode: string, redisUrl: string): Promise<Child> {
  return new Promise((res, rej) => {
    const profile = profileDir && mode === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const proc = spawn(process.execPath, [...profile, '--import', 'tsx', join(dirname(new URL(import.meta.url).pathname), 'servers.ts'), mode, redisUrl], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const m = /PORT=(\d+)/.exec(out);
      if (m) res({ port: Number(m[1]), proc, stop: () => stopChild(proc, profile.length > 0) });
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

function stopChild(proc: ChildProcess, profiling: boolean): void {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  if (!profiling) {
    proc.kill('SIGKILL');
    return;
  }
  proc.send({ type: 'exit' });
  setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
}

/** CPU time (user + system, µs) the `app` child has used since it started. */
export const childCpu = (c: Child) =>
  new Promise<number>((res) => {
    const on = (m: { type: string; usage: { user: number; system: number } }) => {
      if (m.type !== 'cpu') return;
      c.proc.off('message', on);
      res(m.usage.user + m.usage.system);
    };
    c.proc.on('message', on);
    c.proc.send({ type: 'cpu' });
  });
