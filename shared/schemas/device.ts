/**
 * Paired devices (kiosk, counter tablet, board, counter screen): what an administrator creates, the
 * pairing code a screen shows, and what the screen receives once paired (docs/security.md).
 */
import { z } from 'zod';
import { CounterId, Text } from './common.js';

export const DeviceKind = z.enum(['kiosk', 'tablet', 'board', 'counter-screen']);
export type DeviceKind = z.infer<typeof DeviceKind>;
/** Kinds that belong to one counter. */
export const COUNTER_DEVICE_KINDS: readonly DeviceKind[] = ['tablet', 'counter-screen'];

export const DeviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'device id: lowercase letters, digits and "-", up to 32');

export const NewDeviceBody = z
  .strictObject({ id: DeviceId.optional(), kind: DeviceKind, name: Text(80).min(1), counter: CounterId.optional() })
  .superRefine((d, ctx) => {
    const needsCounter = COUNTER_DEVICE_KINDS.includes(d.kind);
    if (needsCounter && !d.counter) ctx.addIssue({ code: 'custom', message: `counter: required for a ${d.kind}`, path: ['counter'] });
    if (!needsCounter && d.counter) ctx.addIssue({ code: 'custom', message: `counter: a ${d.kind} belongs to no counter`, path: ['counter'] });
  });
export type NewDeviceBody = z.infer<typeof NewDeviceBody>;

/** Letters and digits that cannot be mistaken for one another on a screen (no 0/O, 1/I). */
export const PAIRING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 6;
/** Typed by an administrator: spaces, dashes and lower case forgiven. */
export const PairingCode = z
  .string()
  .max(20)
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z.string().regex(new RegExp(`^[${PAIRING_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`), `pairing code: the ${PAIRING_CODE_LENGTH} characters shown on the screen`),
  );
export const PairingSecret = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'pairing secret');

export const PairingRequestBody = z.strictObject({ kind: DeviceKind });
export const ConfirmPairingBody = z.strictObject({ code: PairingCode });
export const ClaimPairingBody = z.strictObject({ code: PairingCode, secret: PairingSecret });

/** A paired device's key: `<office>.<device>.<secret>`, so the server finds its record in the office's keys. */
export const DeviceKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}\.[a-z0-9][a-z0-9-]{0,31}\.[A-Za-z0-9_-]{43}$/, 'device key');

export interface DeviceInfo {
  id: string;
  office: string;
  kind: DeviceKind;
  name: string;
  counter?: string;
}

/** A paired device heard from now; silent (its socket open but no heartbeat lately), disconnected, or never connected since it was paired. */
export const DeviceConnection = z.enum(['connected', 'silent', 'disconnected', 'never']);
export type DeviceConnection = z.infer<typeof DeviceConnection>;

/** A device as the administration page lists it. */
export interface DeviceView extends Omit<DeviceInfo, 'office'> {
  createdAt: number;
  createdBy: string;
  paired: boolean;
  pairedAt?: number;
  /** last join or heartbeat of a paired device */
  lastSeen?: number;
  connected?: boolean;
  /** a paired device's connection now (shared/device-connection.ts), as the province's live wall counts it */
  connection?: DeviceConnection;
}

/** What a screen gets for a pairing request: the code to show and the secret that collects the key. */
export interface PairingTicket {
  code: string;
  secret: string;
  /** the server's clock: a screen measures the lifetime (expiresAt − issuedAt) on its own */
  issuedAt: number;
  expiresAt: number;
}

export type PairingClaim = { status: 'waiting'; expiresAt: number } | { status: 'paired'; key: string; device: DeviceInfo };
