/**
 * Loads the Lua scripts of ./scripts as ioredis commands. Each file is one atomic step, named with
 * its key count as BullMQ names them (`issueTicket-20.lua`; without a count, the script takes a list
 * of keys besides its named ones). Shared pieces live one concern per file in ./scripts/includes and
 * are pulled into a script where it says `--- @include "name"`: each include once per script, its
 * own includes first, so aggregates, events and tickets are written, and arguments checked, the
 * same way everywhere. Scripts are called only through their typed wrappers (./script-calls).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cluster, Redis } from 'ioredis';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'scripts');

/**
 * The Lua of `source` with its includes in place of their `--- @include` lines, recursively; an
 * include already in `seen` (pulled in earlier in the same script) leaves its line empty.
 */
function withIncludes(source: string, from: string, seen: Set<string>): string {
  return source.replace(/^--- @include "([a-z0-9-]+)"[ \t]*$/gm, (_line, name: string) => {
    if (seen.has(name)) return '';
    seen.add(name);
    const path = join(dir, 'includes', `${name}.lua`);
    if (!existsSync(path)) throw new Error(`${from}: no include "${name}" (server/redis/scripts/includes/${name}.lua)`);
    return withIncludes(readFileSync(path, 'utf8'), `includes/${name}.lua`, seen);
  });
}

/** One include with what it includes, as a script would get it (for tests that EVAL it). */
export function includeSource(name: string): string {
  return withIncludes(`--- @include "${name}"`, 'includeSource', new Set());
}

export interface ScriptFile {
  name: string;
  /** the N of `name-N.lua`; undefined: a list of keys follows the named ones */
  numberOfKeys?: number;
  lua: string;
}

export const scriptFiles: ReadonlyMap<string, ScriptFile> = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.lua'))
    .map((f) => {
      const m = /^([A-Za-z]+)(?:-(\d+))?\.lua$/.exec(f);
      if (!m) throw new Error(`bad script file name ${f}`);
      const file: ScriptFile = {
        name: m[1]!,
        numberOfKeys: m[2] ? Number(m[2]) : undefined,
        lua: withIncludes(readFileSync(join(dir, f), 'utf8'), f, new Set()),
      };
      return [file.name, file] as const;
    }),
);

export type RedisClient = Redis | Cluster;

/** Registers every script on a connection (idempotent). */
export function defineScripts(redis: RedisClient): void {
  for (const s of scriptFiles.values()) {
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
