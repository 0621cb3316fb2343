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
  const parts: string[] = [];
  for (const key of kept) {
    const type = await redis.type(key);
    let value: unknown;
    if (type === 'string') value = await redis.get(key);
    else if (type === 'hash') value = Object.entries(await redis.hgetall(key)).sort();
    else if (type === 'list') value = await redis.lrange(key, 0, -1);
    else if (type === 'set') value = (await redis.smembers(key)).sort();
    else if (type === 'zset') value = await redis.zrange(key, '0', '-1', 'WITHSCORES');
    else if (type === 'stream') value = await redis.xrange(key, '-', '+');
    parts.push(`${key} ${type} ${JSON.stringify(value)}`);
  }
  // accounts are deployment-wide; other test files add their own at the same time, so only this office's count
  const users = Object.entries(await redis.hgetall(keys.users())).filter(([, v]) => (JSON.parse(v) as { offices: string[] }).offices.includes(office));
  parts.push(`users ${JSON.stringify(users.sort())}`);
  return parts.join('\n');
}
