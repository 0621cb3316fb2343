/**
 * Loads the Lua scripts of ./scripts as ioredis commands. Each file is one atomic step;
 * `lib.lua` and then `includes/*.lua` are prepended to each so aggregates and events are written,
 * and arguments checked, the same way everywhere.
 * A file named `name-N.lua` takes N keys; a file without N takes a variable number (numkeys first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReplyError, type Redis, type Cluster } from 'ioredis';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'scripts');
const includes = readdirSync(join(dir, 'includes'))
  .filter((f) => f.endsWith('.lua'))
  .sort();
const lib = [readFileSync(join(dir, 'lib.lua'), 'utf8'), ...includes.map((f) => readFileSync(join(dir, 'includes', f), 'utf8'))].join('\n');

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
 * A script that Redis refused or that raised an error. Only the script's name and Redis's error code
 * (ERR, WRONGTYPE, BUSY, LOADING, …): ioredis's own error carries the command with every argument
 * (a ticket token, a citizen's name, birth date and address), and must never reach a log.
 */
export class ScriptError extends Error {
  override readonly name = 'ScriptError';
  constructor(
    readonly script: string,
    readonly code: string,
  ) {
    super(`script ${script} failed: ${code}`);
  }
}

/**
 * Runs a script and parses its JSON reply. Variable-key scripts get numkeys prepended.
 */
export async function runScript<T>(redis: RedisClient, name: ScriptName, keys: string[], args: (string | number | Buffer)[]): Promise<T> {
  const file = scriptFiles.find((s) => s.name === name);
  if (!file) throw new Error(`unknown script ${name}`);
  const fn = (redis as unknown as Record<string, (...a: unknown[]) => Promise<string>>)[name]!;
  let reply: string;
  try {
    reply = file.numberOfKeys === undefined ? await fn.call(redis, keys.length, ...keys, ...args) : await fn.call(redis, ...keys, ...args);
  } catch (err) {
    // connection errors pass as they are (no arguments on them): the error handler answers 503
    if (err instanceof ReplyError) throw new ScriptError(name, /^[A-Z][A-Z_]+/.exec((err as Error).message)?.[0] ?? 'ERR');
    throw err;
  }
  return JSON.parse(reply) as T;
}

/** The pipeline form, for batch callers (simulation, benchmarks). */
export function scriptNames(): string[] {
  return scriptFiles.map((s) => s.name);
}
