/**
 * Each Lua script and its one typed wrapper (server/redis/script-calls) agree: the same name, the
 * same named keys in the same order, a KEYS/ARGV/Returns header naming them; each include is pulled
 * in once and names the TypeScript it mirrors; no script builds or reads a key name itself (every
 * key comes from keys.ts through its wrapper). The compile-time half: a misspelt script, key or
 * argument field does not compile (the @ts-expect-error lines below fail `npm run typecheck` the
 * day one of them compiles).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../server/context.js';
import { scripts } from '../../server/redis/script-calls/index.js';
import { includeSource, scriptFiles, type RedisClient } from '../../server/redis/scripts.js';
import { runOfficeScript } from '../../server/tickets/office-script.js';

const DIR = 'server/redis/scripts';
const source = (name: string) => readFileSync(`${DIR}/${readdirSync(DIR).find((f) => f.replace(/(-\d+)?\.lua$/, '') === name)!}`, 'utf8');
// `namedKeys({}, 'list')`: no fixed keys, an empty list of names (not none)
const luaList = (text: string | undefined) => (text !== undefined ? [...text.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]) : undefined);

describe('scripts and their typed wrappers', () => {
  it('every Lua script has one wrapper of its name, and every wrapper a script', () => {
    expect(Object.keys(scripts).sort()).toEqual([...scriptFiles.keys()].sort());
    for (const [name, wrapper] of Object.entries(scripts)) expect(wrapper.script).toBe(name);
  });

  it('each script reads the keys its wrapper sends, by the same names in the same order, and its header names them', () => {
    for (const [name, wrapper] of Object.entries(scripts)) {
      const lua = source(name);
      const call = /namedKeys\(\{([^}]*)\}(?:,\s*'([A-Za-z]+)'(?:,\s*\{([^}]*)\})?)?\)/.exec(lua);
      expect(call, name).not.toBeNull();
      const { layout } = wrapper;
      expect({ keys: luaList(call![1]), list: call![2], fields: luaList(call![3]) }, name).toEqual({
        keys: [...layout.keys],
        list: layout.list?.name,
        fields: layout.list?.fields ? [...layout.list.fields] : undefined,
      });
      const header = /^--\[\[([\s\S]*?)\]\]/.exec(lua)?.[1] ?? '';
      for (const line of ['KEYS ', 'ARGV[1] JSON {', 'Returns JSON']) expect(header, `${name}: ${line}`).toContain(line);
      for (const key of [...layout.keys, ...(layout.list ? [layout.list.name] : [])]) expect(header, `${name}: key ${key}`).toMatch(new RegExp(`\\b${key}\\b`));
      const wrapperFile = /Input \((server\/redis\/script-calls\/[a-z-]+\.ts)\)/.exec(header)?.[1];
      expect(wrapperFile && existsSync(wrapperFile), `${name}: its header names its wrapper`).toBe(true);
      expect(readFileSync(wrapperFile!, 'utf8'), name).toContain(`('${name}'`);
    }
  });

  it('no script builds or reads back a key name: each gets every key it touches', () => {
    for (const name of scriptFiles.keys()) {
      const body = source(name).replace(/^--\[\[[\s\S]*?\]\]/, '');
      expect(body, name).not.toMatch(/qms:|:day:|:month:|KEYS\[/);
    }
    for (const file of readdirSync(`${DIR}/includes`)) {
      const body = readFileSync(`${DIR}/includes/${file}`, 'utf8').replace(/^--\[\[[\s\S]*?\]\]/, '');
      // named-keys.lua is the one place that reads KEYS, by position, for every script
      expect(body, file).not.toMatch(file === 'named-keys.lua' ? /qms:|:day:|:month:/ : /qms:|:day:|:month:|KEYS\[/);
    }
  });

  it('pulls each include into a script once, its own includes first, and each include names its TypeScript mirror', () => {
    for (const [name, file] of scriptFiles) {
      expect(file.lua, name).not.toContain('--- @include');
      const functions = [...file.lua.matchAll(/^local function ([A-Za-z]+)/gm)].map((m) => m[1]);
      expect(functions.length, name).toBe(new Set(functions).size);
    }
    // rollups.lua needs histogram.lua's bucket: it comes in before
    const rollups = includeSource('rollups');
    expect(rollups.indexOf('local function bucket')).toBeLessThan(rollups.indexOf('local function observe'));
    for (const include of readdirSync(`${DIR}/includes`)) {
      const header = /^--\[\[([\s\S]*?)\]\]/.exec(readFileSync(`${DIR}/includes/${include}`, 'utf8'))?.[1] ?? '';
      const mirror = /Mirror: ([\s\S]*)$/.exec(header)?.[1];
      expect(mirror, include).toBeDefined();
      const paths = [...mirror!.matchAll(/((?:server|shared)\/[\w/.-]+\.ts)/g)].map((m) => m[1]!);
      expect(paths.length, include).toBeGreaterThan(0);
      for (const path of paths) expect(existsSync(path), `${include}: ${path}`).toBe(true);
    }
  });
});

/** Never run: `npm run typecheck` fails when any of these compiles. */
export function misspeltCallsDoNotCompile(redis: RedisClient, ctx: Context): void {
  // @ts-expect-error a misspelt script
  void scripts.isueTicket;
  // @ts-expect-error a misspelt argument field
  void scripts.stripIdentity(redis, { tickets: 'k' }, { office: 'o', dat: '2026-11-25' });
  // @ts-expect-error a misspelt key
  void scripts.stripIdentity(redis, { tikets: 'k' }, { office: 'o', date: '2026-11-25' });
  // @ts-expect-error a key left out
  void scripts.startService(redis, { counters: 'c', tickets: 't' }, { office: 'o', counterId: '1', officer: 'x', now: 1, date: '2026-11-25', streamMaxLen: 1 });
  void scripts.expireDay(
    redis,
    // @ts-expect-error a misspelt field of a list entry
    { tickets: '', aggregates: '', monthAggregates: '', events: '', closedDays: '', recentCalls: '', queues: [{ priority: '', normul: '' }] },
    { office: 'o', date: 'd', now: 1, streamMaxLen: 1 },
  );
  void scripts.setCounterState(
    redis,
    { counters: '', tickets: '', events: '' },
    // @ts-expect-error a value outside the field's type
    { office: 'o', date: '2026-01-01', counterId: '1', action: 'opn', officer: 'x', officerName: '', now: 1, streamMaxLen: 1, force: false },
  );
  void runOfficeScript(ctx, 'o', async () =>
    scripts.stripIdentity.with(
      { tickets: 'k' },
      // @ts-expect-error an unknown field in a retried script's arguments, built after an await
      { office: 'o', date: 'd', dat: 'd' },
    ),
  );
}
