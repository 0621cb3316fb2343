/**
 * Pairing a screen with a device an administrator created: the screen asks for a short code and
 * shows it, the administrator types that code against the device in the admin page, and the screen
 * (which alone holds the request's secret) collects the device's key, once. Codes live a few
 * minutes; requests are rate-limited per address by the route.
 */
import { randomBytes } from 'node:crypto';
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH, type DeviceKind, type PairingClaim, type PairingTicket } from '../../shared/schemas/device.js';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { hashSecret, matchesHash, newDeviceKey } from './device-key.js';
import { getDevice, storeDeviceKey } from './device-store.js';

export const PAIRING_TTL_MS = 10 * 60 * 1000;

interface PairingEntry {
  secretHash: string;
  kind: DeviceKind;
  createdAt: number;
  confirmed?: { office: string; device: string; by: string };
}

/** 32 letters: a byte's low five bits pick one without bias. */
function newCode(): string {
  return [...randomBytes(PAIRING_CODE_LENGTH)].map((b) => PAIRING_ALPHABET[b & 31]).join('');
}

const unknownCode = () => new DomainError('pairing_code_unknown', 'no screen shows this code now (it may have expired): look at the screen again');

async function readEntry(ctx: Context, code: string): Promise<PairingEntry | undefined> {
  const raw = await ctx.redis.get(keys.pairingCode(code));
  return raw ? (JSON.parse(raw) as PairingEntry) : undefined;
}

/** A screen asks to be paired: a new code to show and the secret it will collect its key with. */
export async function requestPairing(ctx: Context, kind: DeviceKind): Promise<PairingTicket> {
  const secret = randomBytes(24).toString('base64url');
  const now = ctx.clock();
  const entry: PairingEntry = { secretHash: hashSecret(secret), kind, createdAt: now };
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newCode();
    if (await ctx.redis.set(keys.pairingCode(code), JSON.stringify(entry), 'PX', PAIRING_TTL_MS, 'NX'))
      return { code, secret, issuedAt: now, expiresAt: now + PAIRING_TTL_MS };
  }
  throw new DomainError('unavailable', 'could not choose a pairing code; try again');
}

/** An administrator confirms the code a screen shows, for one device of its office. */
export async function confirmPairing(ctx: Context, office: string, deviceId: string, code: string, by: string): Promise<void> {
  const device = await getDevice(ctx, office, deviceId);
  const entry = await readEntry(ctx, code);
  if (!entry) throw unknownCode();
  if (entry.confirmed) throw new DomainError('conflict', 'this code was already confirmed for a device');
  if (entry.kind !== device.kind)
    throw new DomainError('pairing_kind_mismatch', `the screen showing this code is a ${entry.kind}, not a ${device.kind}: open the right page on it`);
  const next: PairingEntry = { ...entry, confirmed: { office, device: deviceId, by } };
  if (!(await ctx.redis.set(keys.pairingCode(code), JSON.stringify(next), 'KEEPTTL', 'XX'))) throw unknownCode();
}

/** The screen asks whether its code was confirmed; the first time it was, it gets the device key. */
export async function claimPairing(ctx: Context, code: string, secret: string): Promise<PairingClaim> {
  const entry = await readEntry(ctx, code);
  // a wrong secret looks the same as an expired code: nothing to learn by guessing
  if (!entry || !matchesHash(secret, entry.secretHash)) throw unknownCode();
  if (!entry.confirmed) return { status: 'waiting', expiresAt: entry.createdAt + PAIRING_TTL_MS };
  // one claim wins: the code is gone for any other
  if ((await ctx.redis.del(keys.pairingCode(code))) !== 1) throw unknownCode();
  const { office, device: deviceId, by } = entry.confirmed;
  const device = await getDevice(ctx, office, deviceId);
  const key = newDeviceKey(office, deviceId);
  await storeDeviceKey(ctx, office, deviceId, hashSecret(key), by);
  ctx.log.info({ office, device: deviceId, kind: device.kind, by }, 'device paired');
  return { status: 'paired', key, device };
}
