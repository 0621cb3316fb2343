/** The audit log says what an administrator changed in an office's configuration, not only that a PUT succeeded. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('audit log of configuration changes', () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(`admin-${t.office}`);
  });
  afterAll(async () => t?.close());

  const audit = async () => (await admin.request('GET', `/admin/offices/${t.office}/audit`)).body.entries as any[];

  it('records the before and after of each changed field', async () => {
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
