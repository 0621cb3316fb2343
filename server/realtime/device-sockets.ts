/**
 * Paired devices on socket.io: a screen presents its device key in the handshake (`auth.deviceKey`),
 * the server resolves it at each join, and a device joins only as what it was paired for, in its
 * own office (and at its own counter). Only paired devices leave a trace (their last heartbeat).
 */
import type { Socket } from 'socket.io';
import type { JoinBody } from '../../shared/schemas/socket.js';
import { admits, type DeviceIdentity, type DeviceKind } from '../access/audiences.js';
import type { Context } from '../context.js';
import { deviceForKey } from '../devices/device-store.js';
import { DomainError } from '../domain-error.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';

const SCREEN_ROLES: readonly string[] = ['kiosk', 'tablet', 'board', 'counter-screen'] satisfies DeviceKind[];

/** The key a screen sent with its handshake, if any. */
export function handshakeDeviceKey(socket: Socket): string | undefined {
  const key = (socket.handshake.auth as Record<string, unknown> | undefined)?.deviceKey;
  return typeof key === 'string' && key ? key : undefined;
}

/** The paired device behind the handshake's key; a key that is not paired is refused, not ignored. */
export async function deviceOfHandshake(ctx: Context, socket: Socket): Promise<DeviceIdentity | undefined> {
  const key = handshakeDeviceKey(socket);
  if (!key) return undefined;
  const device = await deviceForKey(ctx, key);
  if (!device) throw new DomainError('device_not_paired', 'this device key is not paired (or was revoked): pair the device again');
  return device;
}

/**
 * May this socket join as this screen? A rating tablet must be the paired tablet of that counter;
 * a board or counter screen must be paired where the office does not allow unpaired screens; a
 * kiosk may join unpaired (the office info is public, and issuing checks the kiosk itself).
 */
export function checkScreenJoin(body: JoinBody, device: DeviceIdentity | undefined, config: OfficeConfig): void {
  const place = { office: body.office, ...(body.counter ? { counter: body.counter } : {}) };
  if (device) {
    if (!SCREEN_ROLES.includes(body.role) || !admits(device.kind, { device }, place) || device.kind !== body.role) {
      throw new DomainError(
        'pairing_required',
        `this device is paired as a ${device.kind}${device.counter ? ` of counter ${device.counter}` : ''} of office ${device.office}`,
      );
    }
    return;
  }
  if (body.role === 'tablet') throw new DomainError('pairing_required', "only this counter's paired tablet may join as its rating tablet");
  if ((body.role === 'board' || body.role === 'counter-screen') && !config.allowUnpairedScreens) {
    throw new DomainError('pairing_required', 'this office shows its boards and counter screens only on paired devices');
  }
}
