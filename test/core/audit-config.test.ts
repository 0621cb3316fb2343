/**
 * The audit log says what an administrator changed in an office's configuration, not only that a
 * PUT succeeded; counter actions stay out of it. Each part has an office of its own (a preset below
 * closes the office's day early).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { decodeEvent } from '../../server/redis/event-codec.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

/** A fresh office and its administrator for the tests of one describe block, and its audit trail. */
function officeWithAdmin() {
  const env = {
    t: undefined as unknown as TestApp,
    admin: undefined as unknown as StaffClient,
    audit: async () => (await env.admin.request('GET', `/admin/offices/${env.t.office}/audit`)).body.entries as any[],
  };
  beforeAll(async () => {
    env.t = await startTestApp();
    env.admin = await env.t.login(`admin-${env.t.office}`);
  });
  afterAll(async () => env.t?.close());
  return env;
}

describe('audit log of configuration changes', () => {
  const env = officeWithAdmin();
  const audit = env.audit;

  it('records the before and after of each changed field', async () => {
    const { t, admin } = env;
    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    const next = structuredClone(config);
    next.services.find((s: any) => s.id === 'tu-phap').dailyLimit = 150;
    next.notices = ['Thứ Tư không viết'];
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, next)).status).toBe(200);
    await poll(async () => (await audit()).find((e) => e.action === 'office.changed')?.changes).toEqual([
      { field: 'services[tu-phap].dailyLimit', before: 200, after: 150 },
      { field: 'notices', before: config.notices, after: ['Thứ Tư không viết'] },
    ]);
    const entry = (await audit()).find((e) => e.action === 'office.changed');
    expect(entry).toMatchObject({ user: `admin-${t.office}`, target: t.office, offices: [t.office] });
    expect(entry.address).toMatch(/127\.0\.0\.1/);
  });

  it('records what a preset changed, and nothing for a save that changed nothing', async () => {
    const { t, admin } = env;
    expect((await admin.request('POST', `/admin/offices/${t.office}/presets/realistic-hours`)).status).toBe(200);
    await poll(async () =>
      (await audit()).find((e) => e.action === 'office.preset' && e.preset === 'realistic-hours')?.changes?.map((c: any) => c.field),
    ).toContain('services[tu-phap].hours');
    const preset = (await audit()).find((e) => e.action === 'office.preset' && e.preset === 'realistic-hours');
    expect(preset.changes).toContainEqual({ field: 'closingTime', before: '24:00', after: '17:00' });

    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    const before = (await audit()).length;
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, config)).status).toBe(200);
    await poll(async () => (await audit()).length).toBe(before + 1);
    expect((await audit())[0].changes).toEqual([]);
  });
});

describe('audit log of a busy counter', () => {
  const env = officeWithAdmin();
  const audit = env.audit;

  // a busy office's counters make some 1,500 requests a day: in a trail of 5,000 they pushed a
  // configuration change out within three days
  it("keeps counter actions out of the trail: the office's event log records each with its officer", async () => {
    const { t } = env;
    const officer = await t.login(`officer1-${t.office}`);
    const c = `/offices/${t.office}/counters/1`;
    const before = (await audit()).length;
    expect((await officer.request('POST', `${c}/open`)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: `audit-busy-${i}-0123456789` })).status).toBe(
        201,
      );
      expect((await officer.request('POST', `${c}/call-next`)).status).toBe(200);
      expect((await officer.request('POST', `${c}/complete`)).status).toBe(200);
    }
    expect((await officer.request('POST', `${c}/pause`)).status).toBe(200);
    // the safety net still records a staff change no domain function described
    const chair = await t.login(`chair-${t.office}`);
    expect((await chair.request('POST', `/offices/${t.office}/reports/snapshots`, { kind: 'week' })).status).toBeLessThan(300);
    await poll(async () => (await audit()).some((e) => e.path?.endsWith('/reports/snapshots'))).toBe(true);
    const entries = await audit();
    expect(entries.filter((e) => e.path?.includes('/counters/'))).toEqual([]);
    expect(entries.length).toBe(before + 1);
    const events = (await t.redis.xrange(keys.events(t.office), '-', '+')).map(([id, f]) => decodeEvent(t.office, id, f));
    const mine = events.filter((e) => (e.data as { officer?: string }).officer === officer.username).map((e) => e.type);
    expect(mine.filter((type) => type === 'ticket.called')).toHaveLength(3);
    expect(mine.filter((type) => type === 'ticket.done')).toHaveLength(3);
    expect(mine).toContain('counter.pause');
  });
});
