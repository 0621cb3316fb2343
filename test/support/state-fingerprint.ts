/**
 * A fingerprint of everything an office holds in Redis (every key with its type and content),
 * plus the accounts that work in it, so a test can show that a refused request changed nothing.
 * `keep` narrows it to some keys (e.g. only the live day's), for changes allowed elsewhere.
 */
import type { RedisClient } from '../../server/redis/scripts.js';
import { keys } from '../../server/redis/keys.js';

export async function officeFingerprint(redis: RedisClient, office: string, keep: (key: string) => boolean = () => true): Promise<string> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await (redis as any).scan(cursor, 'MATCH', `qms:\\{${office}\\}:*`, 'COUNT', 1000);
    cursor = next;
    found.push(...batch);
  } while (cursor !== '0');
  found.sort();
  const kept = found.filter(keep);
  // two round trips whatever the number of keys (a test fingerprints an office hundreds of times)
  const types = ((await redis.pipeline(kept.map((key) => ['type', key])).exec()) ?? []).map(([, t]) => t as string);
  const read = redis.pipeline();
  kept.forEach((key, i) => {
    const type = types[i];
    if (type === 'string') read.get(key);
    else if (type === 'hash') read.hgetall(key);
    else if (type === 'list') read.lrange(key, 0, -1);
    else if (type === 'set') read.smembers(key);
    else if (type === 'zset') read.zrange(key, '0', '-1', 'WITHSCORES');
    else if (type === 'stream') read.xrange(key, '-', '+');
    else read.echo('');
  });
  const values = ((await read.exec()) ?? []).map(([err, v]) => (err ? `error ${String(err)}` : v));
  const parts = kept.map((key, i) => {
    const [type, v] = [types[i], values[i]];
    const value =
      type === 'hash' ? Object.entries(v as Record<string, string>).sort() : type === 'set' ? (v as string[]).sort() : type === 'none' ? undefined : v;
    return `${key} ${type} ${JSON.stringify(value)}`;
  });
  // accounts are deployment-wide; other test files add their own at the same time, so only this office's count
  const users = Object.entries(await redis.hgetall(keys.users())).filter(([, v]) => (JSON.parse(v) as { offices: string[] }).offices.includes(office));
  parts.push(`users ${JSON.stringify(users.sort())}`);
  return parts.join('\n');
}
