/**
 * The devices of an office: created by an administrator, paired with a code shown on the screen
 * (./pairing.ts), then known by their key. Three hashes in the office's slot: the records, the
 * hashes of the keys of paired devices, and the last heartbeat of paired devices only, so a
 * made-up id from the hall never writes anything.
 */
import { randomBytes } from 'node:crypto';
import { COUNTER_DEVICE_KINDS, type DeviceInfo, type DeviceView, type NewDeviceBody } from '../../shared/schemas/device.js';
import type { DeviceIdentity } from '../access/audiences.js';
import type { Context } from '../context.js';
import { DomainError, notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { isFailure } from '../redis/script-failure.js';
import { matchesHash, placeOfKey } from './device-key.js';
import { deviceConnection } from '../../shared/device-connection.js';

/** Enough for a large centre's kiosks, tablets and screens; bounds what an administrator can store. */
export const MAX_DEVICES_PER_OFFICE = 200;

interface DeviceRecord {
  kind: DeviceInfo['kind'];
  name: string;
  counter?: string;
  createdAt: number;
  createdBy: string;
}
interface StoredKey {
  hash: string;
  pairedAt: number;
  pairedBy: string;
}
interface Presence {
  lastSeen: number;
  connected: boolean;
}

const parse = <T>(raw: string | null | undefined): T | undefined => (raw ? (JSON.parse(raw) as T) : undefined);

export async function listDevices(ctx: Context, office: string): Promise<DeviceView[]> {
  const [records, stored, presence] = await Promise.all([
    ctx.redis.hgetall(keys.deviceRecords(office)),
    ctx.redis.hgetall(keys.deviceKeys(office)),
    ctx.redis.hgetall(keys.devicePresence(office)),
  ]);
  return Object.entries(records)
    .map(([id, raw]) => view(id, JSON.parse(raw) as DeviceRecord, parse<StoredKey>(stored[id]), parse<Presence>(presence[id]), ctx.clock()))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function view(id: string, r: DeviceRecord, key: StoredKey | undefined, seen: Presence | undefined, now: number): DeviceView {
  return {
    id,
    kind: r.kind,
    name: r.name,
    ...(r.counter ? { counter: r.counter } : {}),
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    paired: Boolean(key),
    ...(key ? { pairedAt: key.pairedAt } : {}),
    ...(key && seen ? { lastSeen: seen.lastSeen, connected: seen.connected } : {}),
    ...(key ? { connection: deviceConnection(seen, now) } : {}),
  };
}

export async function getDevice(ctx: Context, office: string, id: string): Promise<DeviceInfo> {
  const r = parse<DeviceRecord>(await ctx.redis.hget(keys.deviceRecords(office), id));
  if (!r) throw notFound(`device ${id}`);
  return { id, office, kind: r.kind, name: r.name, ...(r.counter ? { counter: r.counter } : {}) };
}

export async function createDevice(ctx: Context, office: string, body: NewDeviceBody, by: string): Promise<DeviceView> {
  const { config } = await ctx.offices.get(office, true);
  if (body.counter && !config.counters.some((c) => c.id === body.counter))
    throw new DomainError('validation_failed', `counter: ${body.counter} is not a counter of this office`);
  if ((await ctx.redis.hlen(keys.deviceRecords(office))) >= MAX_DEVICES_PER_OFFICE) {
    throw new DomainError('conflict', `an office has at most ${MAX_DEVICES_PER_OFFICE} devices; delete one first`);
  }
  const record: DeviceRecord = { kind: body.kind, name: body.name, ...(body.counter ? { counter: body.counter } : {}), createdAt: ctx.clock(), createdBy: by };
  const json = JSON.stringify(record);
  if (body.id) {
    if (!(await ctx.redis.hsetnx(keys.deviceRecords(office), body.id, json))) throw new DomainError('conflict', `device ${body.id} already exists`);
    return view(body.id, record, undefined, undefined, record.createdAt);
  }
  // a readable id (tablet-3), else one with a random suffix
  const base = COUNTER_DEVICE_KINDS.includes(body.kind) ? `${body.kind}-${body.counter}` : body.kind;
  for (const id of [base, `${base}-${randomBytes(2).toString('hex')}`, `${base}-${randomBytes(4).toString('hex')}`]) {
    if (await ctx.redis.hsetnx(keys.deviceRecords(office), id.slice(0, 32), json)) return view(id.slice(0, 32), record, undefined, undefined, record.createdAt);
  }
  throw new DomainError('unavailable', 'could not choose a device id; try again');
}

/** Gives a device its key (stored as a hash). A device paired again loses its old key and its sockets. */
export async function storeDeviceKey(ctx: Context, office: string, id: string, hash: string, by: string): Promise<void> {
  const r = await scripts.pairDevice(
    ctx.redis,
    { records: keys.deviceRecords(office), deviceKeys: keys.deviceKeys(office) },
    { device: id, hash, pairedAt: ctx.clock(), pairedBy: by },
  );
  if (isFailure(r)) throw new DomainError('conflict', `device ${id} was deleted meanwhile; create it again and pair it`);
  ctx.events.emit('devices.revoked', { office, deviceIds: [id] });
}

/** Ends a device's pairing: its key stops working at once and its sockets are closed. */
export async function revokeDevice(ctx: Context, office: string, id: string): Promise<void> {
  await getDevice(ctx, office, id);
  await ctx.redis.multi().hdel(keys.deviceKeys(office), id).hdel(keys.devicePresence(office), id).exec();
  ctx.events.emit('devices.revoked', { office, deviceIds: [id] });
}

export async function deleteDevice(ctx: Context, office: string, id: string): Promise<void> {
  await getDevice(ctx, office, id);
  await ctx.redis.multi().hdel(keys.deviceRecords(office), id).hdel(keys.deviceKeys(office), id).hdel(keys.devicePresence(office), id).exec();
  ctx.events.emit('devices.revoked', { office, deviceIds: [id] });
}

/** The paired device a key belongs to, or undefined for a key that is unknown, revoked or made up. */
export async function deviceForKey(ctx: Context, key: string): Promise<DeviceIdentity | undefined> {
  const place = placeOfKey(key);
  if (!place) return undefined;
  const [rawRecord, rawKey] = await Promise.all([
    ctx.redis.hget(keys.deviceRecords(place.office), place.device),
    ctx.redis.hget(keys.deviceKeys(place.office), place.device),
  ]);
  const record = parse<DeviceRecord>(rawRecord);
  const stored = parse<StoredKey>(rawKey);
  if (!record || !stored || !matchesHash(key, stored.hash)) return undefined;
  return { id: place.device, office: place.office, kind: record.kind, ...(record.counter ? { counter: record.counter } : {}) };
}

/** A paired device joined, sent a heartbeat or went away (nothing is written for one no longer paired). */
/**
 * Records that a paired device is connected (or went away). A connection or a disconnection is
 * announced (the province's live wall counts screens offline); a heartbeat (`announce: false`)
 * only refreshes the time it was last heard of.
 */
export async function markPresence(ctx: Context, device: DeviceIdentity, connected: boolean, opts: { announce?: boolean } = {}): Promise<void> {
  await scripts.touchDevice(
    ctx.redis,
    { deviceKeys: keys.deviceKeys(device.office), presence: keys.devicePresence(device.office) },
    { device: device.id, lastSeen: ctx.clock(), connected },
  );
  if (opts.announce ?? true) ctx.events.emit('device.presence', { office: device.office, device: device.id, connected });
}

/** The hash of heartbeats that any made-up id could write before pairing existed: dropped at start. */
export async function dropLegacyDeviceList(ctx: Context, office: string): Promise<boolean> {
  return (await ctx.redis.unlink(keys.legacyDevices(office))) === 1;
}
