/**
 * The demo office's kiosk and counter tablets are paired at first start and `npm start` prints
 * their URLs with their keys; the keys live in DATA_DIR, so restarts (and a wiped Redis) print the
 * same URLs, while a device revoked in the admin page stays revoked.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceForKey, revokeDevice } from '../../server/devices/device-store.js';
import { ensureDemoDevices } from '../../server/offices/demo-devices.js';
import { keys } from '../../server/redis/keys.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('demo devices', () => {
  let t: TestApp;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'qms-demo-devices-'));
    file = join(dir, 'data', 'demo-devices.json');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pairs the kiosk k1 and a tablet per counter once, and gives the same keys at every start', async () => {
    const first = await ensureDemoDevices(t.app.ctx, t.office, file);
    expect(first.map((d) => d.id)).toEqual(['k1', 'tablet-1', 'tablet-2', 'tablet-3', 'tablet-4', 'tablet-5', 'tablet-6']);
    expect(first.find((d) => d.id === 'tablet-3')).toMatchObject({ kind: 'tablet', counter: '3', counterNumber: 3 });
    for (const d of first) expect(await deviceForKey(t.app.ctx, d.key)).toMatchObject({ id: d.id, office: t.office, kind: d.kind });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(first[0]!.key);

    expect(await ensureDemoDevices(t.app.ctx, t.office, file)).toEqual(first);

    // Redis wiped (the file kept): the same keys are paired again
    await t.redis.del(keys.demoDevicesPaired(t.office), keys.deviceKeys(t.office), keys.deviceRecords(t.office));
    expect(await deviceForKey(t.app.ctx, first[0]!.key)).toBeUndefined();
    expect(await ensureDemoDevices(t.app.ctx, t.office, file)).toEqual(first);
    expect(await deviceForKey(t.app.ctx, first[0]!.key)).toMatchObject({ id: 'k1' });
  });

  it('leaves a revoked demo device revoked, and no longer prints it', async () => {
    await revokeDevice(t.app.ctx, t.office, 'tablet-2');
    const after = await ensureDemoDevices(t.app.ctx, t.office, file);
    expect(after.map((d) => d.id)).not.toContain('tablet-2');
    expect(after.map((d) => d.id)).toContain('k1');
  });
});
