/**
 * The demo office's kiosk (k1) and a rating tablet for each counter, paired at first start so a
 * new user can try every screen at once. Their keys are kept in DATA_DIR (demo-devices.json, owner
 * only, like demo-password.txt) so every start prints the same URLs; after a Redis wipe the same
 * keys are paired again. Once paired they are ordinary devices: one revoked in the admin page stays
 * revoked, and any other kiosk or tablet must be paired there.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeviceKey, type NewDeviceBody } from '../../shared/schemas/device.js';
import type { Context } from '../context.js';
import { hashSecret, newDeviceKey, placeOfKey } from '../devices/device-key.js';
import { createDevice, deviceForKey, storeDeviceKey } from '../devices/device-store.js';
import { DomainError } from '../domain-error.js';
import { keys } from '../redis/keys.js';

export interface DemoDevice {
  id: string;
  kind: 'kiosk' | 'tablet';
  counter?: string;
  counterNumber?: number;
  key: string;
}

type SavedKeys = Record<string, string>;

function readSaved(file: string, office: string): SavedKeys {
  if (!existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { office?: string; keys?: SavedKeys };
    if (saved.office !== office || !saved.keys) return {};
    // only keys of this office's devices, well formed
    return Object.fromEntries(
      Object.entries(saved.keys).filter(
        ([id, key]) => DeviceKey.safeParse(key).success && placeOfKey(key)?.device === id && placeOfKey(key)?.office === office,
      ),
    );
  } catch {
    return {};
  }
}

function writeSaved(file: string, office: string, saved: SavedKeys): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ office, keys: saved }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Pairs the demo devices the first time (per Redis), and returns those whose saved key still works. */
export async function ensureDemoDevices(ctx: Context, office: string, file: string): Promise<DemoDevice[]> {
  const { config } = await ctx.offices.get(office, true);
  const wanted: (NewDeviceBody & { id: string; counterNumber?: number })[] = [
    { id: 'k1', kind: 'kiosk', name: 'Kiosk sảnh chính' },
    ...config.counters.map((c) => ({
      id: `tablet-${c.id}`.slice(0, 32),
      kind: 'tablet' as const,
      name: `Máy tính bảng ${c.name}`,
      counter: c.id,
      counterNumber: c.number,
    })),
  ];
  const saved = readSaved(file, office);
  // once per Redis: several processes starting together pair them once, and a revocation sticks
  if (await ctx.redis.set(keys.demoDevicesPaired(office), String(ctx.clock()), 'NX')) {
    try {
      for (const d of wanted) {
        try {
          await createDevice(ctx, office, { id: d.id, kind: d.kind, name: d.name, ...(d.counter ? { counter: d.counter } : {}) }, 'demo');
        } catch (err) {
          if (!(err instanceof DomainError && err.code === 'conflict')) throw err; // it exists already
        }
        saved[d.id] ??= newDeviceKey(office, d.id);
        await storeDeviceKey(ctx, office, d.id, hashSecret(saved[d.id]!), 'demo');
      }
      writeSaved(file, office, saved);
    } catch (err) {
      await ctx.redis.del(keys.demoDevicesPaired(office)); // the next start tries again
      throw err;
    }
  }
  const out: DemoDevice[] = [];
  for (const d of wanted) {
    const key = saved[d.id];
    if (!key || (await deviceForKey(ctx, key))?.id !== d.id) continue;
    out.push({ id: d.id, kind: d.kind as DemoDevice['kind'], ...(d.counter ? { counter: d.counter, counterNumber: d.counterNumber! } : {}), key });
  }
  return out;
}
