/** Pairing devices as an administrator and a screen do it, through the public API. */
import { expect } from 'vitest';
import type { DeviceInfo, DeviceKind } from '../../shared/schemas/device.js';
import type { StaffClient, TestApp } from './test-app.js';

export interface PairedDevice {
  key: string;
  device: DeviceInfo;
  /** the headers a paired screen sends with its requests */
  headers: Record<string, string>;
}

/** Creates a device in the admin's office (or `office`), and pairs it: code, confirmation, key. */
export async function pairDevice(
  t: TestApp,
  admin: StaffClient,
  spec: { kind: DeviceKind; counter?: string; id?: string; name?: string; office?: string },
): Promise<PairedDevice> {
  const office = spec.office ?? t.office;
  const created = await admin.request('POST', `/admin/offices/${office}/devices`, {
    kind: spec.kind,
    name: spec.name ?? `${spec.kind} ${spec.counter ?? ''}`.trim(),
    ...(spec.counter ? { counter: spec.counter } : {}),
    ...(spec.id ? { id: spec.id } : {}),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.device.id as string;
  const asked = await t.request('POST', '/devices/pairing-requests', { kind: spec.kind });
  expect(asked.status).toBe(201);
  const { code, secret } = asked.body as { code: string; secret: string };
  expect((await admin.request('POST', `/admin/offices/${office}/devices/${id}/pair`, { code })).status).toBe(200);
  const claimed = await t.request('POST', '/devices/pairing-requests/claim', { code, secret });
  expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  const key = claimed.body.key as string;
  return { key, device: claimed.body.device, headers: { 'x-device-key': key } };
}
