/**
 * Loads the Lua scripts of ./scripts as ioredis commands. Each file is one atomic step;
 * `lib.lua` is prepended to each so aggregates and events are written the same way everywhere.
 * A file named `name-N.lua` takes N keys; a file without N takes a variable number (numkeys first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redis, Cluster } from 'ioredis';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'scripts');
const lib = readFileSync(join(dir, 'lib.lua'), 'utf8');

interface ScriptFile {
  name: string;
  numberOfKeys?: number;
  lua: string;
}

const scriptFiles: ScriptFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.lua') && f !== 'lib.lua')
  .map((f) => {
    const m = /^([A-Za-z]+)(?:-(\d+))?\.lua$/.exec(f);
    if (!m) throw new Error(`bad script file name ${f}`);
    return { name: m[1]!, numberOfKeys: m[2] ? Number(m[2]) : undefined, lua: `${lib}\n${readFileSync(join(dir, f), 'utf8')}` };
  });

export type ScriptName =
  | 'issueTicket'
  | 'callTicket'
  | 'recallTicket'
  | 'startService'
  | 'completeTicket'
  | 'markNoShow'
  | 'transferTicket'
  | 'setCounterState'
  | 'cancelTicket'
  | 'expireDay'
  | 'closeCounters'
  | 'rateTicket'
  | 'fileComplaint'
  | (string & {});

export type RedisClient = Redis | Cluster;

/** Registers every script on a connection (idempotent). */
export function defineScripts(redis: RedisClient): void {
  for (const s of scriptFiles) {
    if ((redis as unknown as Record<string, unknown>)[s.name]) continue;
    redis.defineCommand(s.name, s.numberOfKeys === undefined ? { lua: s.lua } : { lua: s.lua, numberOfKeys: s.numberOfKeys });
  }
}

/**
 * Runs a script and parses its JSON reply. Variable-key scripts get numkeys prepended.
 */
export async function runScript<T>(redis: RedisClient, name: ScriptName, keys: string[], args: (string | number)[]): Promise<T> {
  const file = scriptFiles.find((s) => s.name === name);
  if (!file) throw new Error(`unknown script ${name}`);
  const fn = (redis as unknown as Record<string, (...a: unknown[]) => Promise<string>>)[name]!;
  const reply = file.numberOfKeys === undefined ? await fn.call(redis, keys.length, ...keys, ...args) : await fn.call(redis, ...keys, ...args);
  return JSON.parse(reply) as T;
}

/** The pipeline form, for batch callers (simulation, benchmarks). */
export function scriptNames(): string[] {
  return scriptFiles.map((s) => s.name);
}
