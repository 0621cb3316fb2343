/**
 * One typed wrapper per Lua script: named keys in, one argument object encoded as JSON in ARGV[1]
 * (as BullMQ packs its options into one ARGV), the decoded reply out. The Lua side reads them with
 * includes/named-keys.lua and includes/argument-checks.lua (readArgs).
 *
 * A script's keys are its fixed names, one key each, in the order of `keys`, then at most one list
 * (`list`) whose entries are one key each, or one key per field of `fields`. The Lua file declares
 * the same names in the same order (test/core/script-calls.test.ts compares them).
 */
import { ReplyError } from 'ioredis';
import { scriptFiles, ScriptError, type RedisClient } from '../scripts.js';
import type { ScriptFailure } from '../script-failure.js';

interface KeyList<L extends string, E extends string> {
  name: L;
  /** the keys of each entry, in order; none: each entry is one key */
  fields?: readonly E[];
}

interface Layout<F extends string, L extends string, E extends string> {
  keys: readonly F[];
  list?: KeyList<L, E>;
}

type Entry<E extends string> = [E] extends [never] ? string : Record<E, string>;

/** The keys object of a layout: a string per fixed name, an array under the list's name. */
export type KeysOf<F extends string, L extends string, E extends string> = Record<F, string> & ([L] extends [never] ? unknown : Record<L, Entry<E>[]>);

/** One run of a script with its keys and arguments, for a caller that runs it later (and again). */
export interface ScriptRun<R> {
  readonly script: string;
  run(redis: RedisClient): Promise<R | ScriptFailure>;
}

/** A script's typed wrapper: `await scripts.issueTicket(redis, keys, args)`. */
export interface Script<K, A, R> {
  (redis: RedisClient, keys: K, args: A): Promise<R | ScriptFailure>;
  /** The same call, to run later: `runOfficeScript(ctx, office, () => scripts.issueTicket.with(keys, args))`. */
  with(keys: K, args: A): ScriptRun<R>;
  /** the script's name (its Lua file's, without the key count) */
  readonly script: string;
  readonly layout: { keys: readonly string[]; list?: { name: string; fields?: readonly string[] } };
  /** KEYS in the order the Lua reads them */
  flattenKeys(keys: K): string[];
  /** Queues the call on a pipeline (read-only scripts over many offices in one round trip); `decode` reads its reply. */
  queue(pipe: ReturnType<RedisClient['pipeline']>, keys: K, args: A): { decode(reply: [Error | null, unknown]): R | ScriptFailure };
  /** Sends already flattened keys and an already encoded ARGV: for tests that send malformed bytes. */
  send(redis: RedisClient, keys: string[], argv: (string | Buffer)[]): Promise<R | ScriptFailure>;
}

/**
 * `script<Args, Reply>()('issueTicket', { keys: ['config', …] })`: the wrapper of the script in
 * `issueTicket-N.lua` (or `issueTicket.lua` with a list). Fails at start-up when there is no such
 * file or its key count differs.
 */
export function script<A extends object, R>() {
  return <const F extends string, const L extends string = never, const E extends string = never>(
    name: string,
    layout: Layout<F, L, E>,
  ): Script<KeysOf<F, L, E>, A, R> => {
    const file = scriptFiles.get(name);
    if (!file) throw new Error(`no Lua script ${name} in server/redis/scripts`);
    if ((file.numberOfKeys === undefined) !== (layout.list !== undefined) || (file.numberOfKeys !== undefined && file.numberOfKeys !== layout.keys.length)) {
      throw new Error(
        `script ${name}: its file takes ${file.numberOfKeys ?? 'a list of'} keys, its wrapper ${layout.keys.length}${layout.list ? ' and a list' : ''}`,
      );
    }
    const fixedCount = file.numberOfKeys;

    const flattenKeys = (keys: KeysOf<F, L, E>): string[] => {
      const named = keys as Record<string, unknown>;
      const out = layout.keys.map((k) => named[k] as string);
      if (layout.list) {
        for (const entry of named[layout.list.name] as (string | Record<string, string>)[]) {
          if (layout.list.fields) for (const f of layout.list.fields) out.push((entry as Record<string, string>)[f]!);
          else out.push(entry as string);
        }
      }
      return out;
    };

    const send = async (redis: RedisClient, keys: string[], argv: (string | Buffer)[]): Promise<R | ScriptFailure> => {
      const command = (redis as unknown as Record<string, (...a: unknown[]) => Promise<string>>)[name]!;
      let reply: string;
      try {
        reply = fixedCount === undefined ? await command.call(redis, keys.length, ...keys, ...argv) : await command.call(redis, ...keys, ...argv);
      } catch (err) {
        // connection errors pass as they are (no arguments on them): the error handler answers 503
        if (err instanceof ReplyError) throw new ScriptError(name, /^[A-Z][A-Z_]+/.exec((err as Error).message)?.[0] ?? 'ERR');
        throw err;
      }
      return JSON.parse(reply) as R | ScriptFailure;
    };

    const call = (redis: RedisClient, keys: KeysOf<F, L, E>, args: A) => send(redis, flattenKeys(keys), [JSON.stringify(args)]);
    const withArgs = (keys: KeysOf<F, L, E>, args: A): ScriptRun<R> => ({ script: name, run: (redis) => call(redis, keys, args) });
    const queue = (pipe: ReturnType<RedisClient['pipeline']>, keys: KeysOf<F, L, E>, args: A) => {
      const flat = flattenKeys(keys);
      const command = (pipe as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
      if (fixedCount === undefined) command.call(pipe, flat.length, ...flat, JSON.stringify(args));
      else command.call(pipe, ...flat, JSON.stringify(args));
      return {
        decode([err, reply]: [Error | null, unknown]): R | ScriptFailure {
          if (err) throw err instanceof ReplyError ? new ScriptError(name, /^[A-Z][A-Z_]+/.exec(err.message)?.[0] ?? 'ERR') : err;
          return JSON.parse(reply as string) as R | ScriptFailure;
        },
      };
    };
    return Object.assign(call, { script: name, layout, flattenKeys, send, queue, with: withArgs });
  };
}
