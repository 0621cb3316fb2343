/**
 * Device keys: `<office>.<device>.<32 random bytes, base64url>`. The office and device in the key
 * only say where to look; the secret part proves it. The server keeps a sha256 of the whole key,
 * never the key: a stolen Redis dump pairs no screen.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DeviceKey } from '../../shared/schemas/device.js';

export function newDeviceKey(office: string, device: string): string {
  return `${office}.${device}.${randomBytes(32).toString('base64url')}`;
}

/** Where a well-formed key says its device is; undefined for anything else. */
export function placeOfKey(key: string): { office: string; device: string } | undefined {
  if (!DeviceKey.safeParse(key).success) return undefined;
  const [office, device] = key.split('.') as [string, string];
  return { office, device };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares a secret with a stored hash in constant time. */
export function matchesHash(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
