/**
 * The demo accounts seeded with the demo office: `giamsat` is a supervisor of the whole deployment
 * (no offices, no groups), and an install seeded before it existed gets it when DEMO_PASSWORD is
 * set, every other account untouched. Each test has a Redis database of its own: the demo's
 * office id and usernames are fixed, and other test files share database 0.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SessionStore } from '../../server/auth/sessions.js';
import { UserStore } from '../../server/auth/user-store.js';
import type { Context } from '../../server/context.js';
import { DomainEventBus } from '../../server/domain-events.js';
import { createLogger } from '../../server/observability/logger.js';
import { createMetrics } from '../../server/observability/metrics.js';
import { DEMO_OFFICE_ID } from '../../server/offices/demo-office.js';
import { demoPasswordOpens, seedDemoOffice } from '../../server/offices/demo-seed.js';
import { OfficeStore } from '../../server/offices/office-store.js';
import { createRedis } from '../../server/redis/connect.js';
import { keys } from '../../server/redis/keys.js';
import type { RedisClient } from '../../server/redis/scripts.js';
import { readsEverything, supervisedOffices } from '../../server/supervision/scope.js';

const DEMO_PASSWORD = 'hoa-sen-nở-sớm-2026';
const opened: RedisClient[] = [];

/** A context on an empty database of the test Redis. */
async function emptyDeployment(db: number): Promise<{ ctx: Context; users: UserStore }> {
  const url = new URL(inject('redisUrl'));
  url.pathname = `/${db}`;
  const redis = createRedis({ url: url.toString() });
  opened.push(redis);
  await redis.flushdb();
  const events = new DomainEventBus();
  const ctx: Context = {
    redis,
    offices: new OfficeStore(redis),
    events,
    log: createLogger('silent'),
    metrics: createMetrics(),
    clock: Date.now,
    streamMaxLen: 1000,
    identitySalt: 'test',
  };
  const users = new UserStore(redis, new SessionStore(redis, { absoluteSeconds: 3600, idleSeconds: 3600 }, events), {
    memoryCost: 4096,
    timeCost: 1,
    parallelism: 1,
  });
  return { ctx, users };
}

afterEach(async () => {
  for (const r of opened.splice(0)) {
    await r.flushdb();
    r.disconnect();
  }
});

describe('demo accounts', () => {
  it('include giamsat, a supervisor of every office, signing in with the demo password', async () => {
    const { ctx, users } = await emptyDeployment(8);
    expect((await seedDemoOffice(ctx, users, DEMO_PASSWORD)).created).toBe(true);
    const giamsat = await users.get('giamsat');
    expect(giamsat).toMatchObject({ role: 'supervisor', offices: [], groups: [], disabled: false });
    expect(readsEverything(giamsat!)).toBe(true);
    expect(await users.verify('giamsat', DEMO_PASSWORD)).not.toBeNull();

    // every office of the deployment, whatever its group, the demo office included
    await ctx.offices.save({ ...(await ctx.offices.get(DEMO_OFFICE_ID)).config, id: 'xa-khac', group: 'Huyện cũ' }, { create: true });
    expect((await supervisedOffices(ctx, giamsat!)).map((o) => o.id)).toEqual([DEMO_OFFICE_ID, 'xa-khac']);
  });

  it('are completed with giamsat on an install seeded before it, only when DEMO_PASSWORD is set, other accounts untouched', async () => {
    const { ctx, users } = await emptyDeployment(9);
    await seedDemoOffice(ctx, users, DEMO_PASSWORD);
    await users.remove('giamsat');
    // the chairman changed their name since: a re-seed must not undo it
    const { username, role, offices, counters, disabled } = (await users.get('chutich'))!;
    await users.upsert({ username, role, offices, counters, disabled, name: 'Nguyễn Thị Chủ Tịch' }, { create: false });
    const before = await ctx.redis.hgetall(keys.users());

    // a generated password was never kept: without DEMO_PASSWORD nothing can be added
    expect(await seedDemoOffice(ctx, users)).toEqual({ created: false, added: [] });
    expect(await ctx.redis.hgetall(keys.users())).toEqual(before);

    expect(await seedDemoOffice(ctx, users, DEMO_PASSWORD)).toEqual({ created: false, added: ['giamsat'] });
    const after = await ctx.redis.hgetall(keys.users());
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'giamsat'].sort());
    for (const [username, raw] of Object.entries(before)) expect(after[username]).toBe(raw);
    expect(await users.get('giamsat')).toMatchObject({ role: 'supervisor', offices: [], groups: [] });
    expect(await users.verify('giamsat', DEMO_PASSWORD)).not.toBeNull();

    // once there, it is left alone like the others
    expect(await seedDemoOffice(ctx, users, DEMO_PASSWORD)).toEqual({ created: false, added: [] });
    expect(await ctx.redis.hgetall(keys.users())).toEqual(after);
  });

  it('tell a start with DEMO_PASSWORD when the accounts were made with another password, rather than claim it opens them', async () => {
    const { ctx, users } = await emptyDeployment(10);
    const first = await seedDemoOffice(ctx, users);
    expect(first.generatedPassword).toBeDefined();
    const before = await ctx.redis.hgetall(keys.users());
    expect(await seedDemoOffice(ctx, users, DEMO_PASSWORD)).toEqual({ created: false, added: [] });
    expect(await demoPasswordOpens(users, DEMO_PASSWORD)).toBe(false);
    // nothing changed: the accounts keep the password they were made with
    expect(await ctx.redis.hgetall(keys.users())).toEqual(before);
    expect(await demoPasswordOpens(users, first.generatedPassword!)).toBe(true);
  });
});
