/**
 * The supervising role (issue 13, item 1): created only by the deployment administrator, reads the
 * offices of its scope (offices, groups, or every office) and nothing else, never acts. Office roles
 * get 403 on the province views; a refused change leaves Redis as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { emitAck, PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { makeProvince, type Province } from './province-office.js';

describe('supervisor scope', () => {
  let t: TestApp;
  let p: Province;
  let root: StaffClient;
  beforeAll(async () => {
    t = await startTestApp();
    p = await makeProvince(t);
    root = await p.account('admin', {});
  });
  afterAll(async () => t?.close());

  const ids = (res: { body: { offices: { id: string }[] } }) => res.body.offices.map((o) => o.id).sort();

  it('a supervisor of a group sees that group only, live and in its reports, and cannot act', async () => {
    const sup = await p.account('supervisor', { groups: [p.groupA] });
    const live = await sup.request('GET', '/supervision/live');
    expect(live.status).toBe(200);
    expect(ids(live)).toEqual([p.a1, p.a2].sort());
    expect(live.body.offices[0].group).toBe(p.groupA);
    // its offices' reports, read-only
    expect((await sup.request('GET', `/offices/${p.a1}/reports/live`)).status).toBe(200);
    expect((await sup.request('GET', `/offices/${p.a1}/reports/summary?from=2026-01-01&to=2026-01-31`)).status).toBe(200);
    // nothing outside the group, and no action anywhere
    for (const office of [p.b1, p.loose, t.office]) expect((await sup.request('GET', `/offices/${office}/reports/live`)).status).toBe(403);
    expect((await sup.request('POST', `/offices/${p.a1}/reports/snapshots`, { kind: 'month', date: '2026-01-01' })).status).toBe(403);
    expect((await sup.request('POST', `/offices/${p.a1}/counters/1/open`)).status).toBe(403);
    expect((await sup.request('GET', `/offices/${p.a1}/complaints`)).status).toBe(403);
    expect((await sup.request('GET', `/admin/offices/${p.a1}/config`)).status).toBe(403);
    expect((await sup.request('GET', '/admin/users')).status).toBe(403);
  });

  it('a supervisor given offices by name sees those; one with no offices and no groups sees every office', async () => {
    const named = await p.account('supervisor', { offices: [p.b1, p.loose] });
    expect(ids(await named.request('GET', '/supervision/live'))).toEqual([p.b1, p.loose].sort());
    const everything = await p.account('supervisor', {});
    const all = ids(await everything.request('GET', '/supervision/live'));
    for (const office of [p.a1, p.a2, p.b1, p.loose, t.office]) expect(all).toContain(office);
    // narrowed to a group
    expect(ids(await everything.request('GET', `/supervision/live?group=${encodeURIComponent(p.groupB)}`))).toEqual([p.b1]);
    // the deployment administrator reads the province too
    expect(ids(await root.request('GET', '/supervision/live'))).toContain(p.a1);
  });

  it('office roles get 403 on the province views, over HTTP and socket', async () => {
    for (const username of [`chair-${t.office}`, `officer1-${t.office}`, `admin-${t.office}`]) {
      const client = await t.login(username);
      const res = await client.request('GET', '/supervision/live');
      expect(res.status, username).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      const socket = await t.socket({ cookie: client.cookie });
      const ack = await emitAck(socket, 'join', { role: 'supervisor' });
      expect(ack.ok).toBe(false);
      expect(ack.error?.code).toBe('forbidden');
    }
    expect((await t.request('GET', '/supervision/live')).status).toBe(401);
    const anonymous = await t.socket();
    expect((await emitAck(anonymous, 'join', { role: 'supervisor' })).error?.code).toBe('unauthenticated');
  });

  it('only the deployment administrator creates a supervisor or moves an office between groups; a refusal changes nothing', async () => {
    const officeAdmin = await t.login(`admin-${t.office}`);
    const before = await t.redis.hgetall(keys.users());
    const made = await officeAdmin.request('POST', '/admin/users', {
      username: `sneaky-${t.office}`.slice(0, 32),
      name: 'Giám sát giả',
      role: 'supervisor',
      offices: [t.office],
      password: PASSWORD,
    });
    expect(made.status).toBe(403);
    expect(await t.redis.hgetall(keys.users())).toEqual(before);
    // groups are for supervisors only
    const officerWithGroups = await root.request('POST', '/admin/users', {
      username: `og-${p.a1}`.slice(0, 32),
      name: 'Cán bộ',
      role: 'officer',
      offices: [p.a1],
      groups: [p.groupA],
      password: PASSWORD,
    });
    expect(officerWithGroups.status).toBe(400);
    // a mistyped group or office would give a supervisor an empty scope: refused, naming it
    for (const scope of [{ groups: [`${p.groupA}x`] }, { offices: ['no-such-office'] }]) {
      const typo = await root.request('POST', '/admin/users', {
        username: `typo-${p.a1}`.slice(0, 32),
        name: 'Giám sát',
        role: 'supervisor',
        offices: [],
        ...scope,
        password: PASSWORD,
      });
      expect(typo.status, JSON.stringify(scope)).toBe(400);
      expect(typo.body.error.message).toContain(scope.groups?.[0] ?? 'no-such-office');
      // (other test files add accounts to the same hash meanwhile: this one's absence is what counts)
      expect(await t.redis.hexists(keys.users(), `typo-${p.a1}`.slice(0, 32))).toBe(0);
    }

    const config = (await officeAdmin.request('GET', `/admin/offices/${t.office}/config`)).body.config;
    const configBefore = await t.redis.hgetall(keys.config(t.office));
    expect((await officeAdmin.request('PUT', `/admin/offices/${t.office}/config`, { ...config, group: p.groupA })).status).toBe(403);
    expect(await t.redis.hgetall(keys.config(t.office))).toEqual(configBefore);

    const created = await root.request('POST', '/admin/users', {
      username: `gs-${p.a1}`.slice(0, 32),
      name: 'Giám sát huyện B',
      role: 'supervisor',
      offices: [],
      groups: [p.groupB],
      password: PASSWORD,
    });
    expect(created.status).toBe(201);
    const sup = await t.login(created.body.user?.username ?? `gs-${p.a1}`.slice(0, 32));
    expect(ids(await sup.request('GET', '/supervision/live'))).toEqual([p.b1]);
    // the deployment administrator moves a2 into group B: the supervisor sees it at once
    const a2 = (await root.request('GET', `/admin/offices/${p.a2}/config`)).body.config;
    expect((await root.request('PUT', `/admin/offices/${p.a2}/config`, { ...a2, group: p.groupB })).status).toBe(200);
    expect(ids(await sup.request('GET', '/supervision/live'))).toEqual([p.a2, p.b1].sort());
  });
});
