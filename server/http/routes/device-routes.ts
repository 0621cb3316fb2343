/**
 * Device pairing and the devices of an office. A screen asks for a pairing code and collects its
 * key with the request's secret (no sign-in: the secret is the credential); an office
 * administrator creates devices, confirms codes, revokes and deletes them.
 */
import { z } from 'zod';
import { OfficeId } from '../../../shared/schemas/common.js';
import { ClaimPairingBody, ConfirmPairingBody, DeviceId, NewDeviceBody, PairingRequestBody } from '../../../shared/schemas/device.js';
import type { Context } from '../../context.js';
import { HttpError } from '../http-error.js';
import type { GuardedRouter } from '../guarded-router.js';
import { rateLimit, type RateLimitSettings } from '../rate-limits.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import { createDevice, deleteDevice, getDevice, listDevices, revokeDevice } from '../../devices/device-store.js';
import { claimPairing, confirmPairing, requestPairing } from '../../devices/pairing.js';

export const OfficeParams = z.strictObject({ office: OfficeId });
export const DeviceParams = z.strictObject({ office: OfficeId, device: DeviceId });

export function deviceRoutes(g: GuardedRouter, ctx: Context, limits: RateLimitSettings): void {
  const pairing = rateLimit(ctx.redis, 'pairing', limits.pairing);
  // a waiting screen asks every few seconds: the public read budget, not the pairing one
  const polling = rateLimit(ctx.redis, 'publicRead', limits.publicRead);

  g.route('POST /devices/pairing-requests', pairing, async (req, res) => {
    const { kind } = parse(PairingRequestBody, req.body, 'body');
    res.status(201).json(await requestPairing(ctx, kind));
  });

  g.route('POST /devices/pairing-requests/claim', polling, async (req, res) => {
    const { code, secret } = parse(ClaimPairingBody, req.body, 'body');
    const claim = await claimPairing(ctx, code, secret);
    res.status(claim.status === 'paired' ? 200 : 202).json(claim);
  });

  g.route('GET /devices/me', async (req, res) => {
    if (!req.device) throw new HttpError(401, 'pairing_required', 'only a paired device may do this');
    res.json({ device: await getDevice(ctx, req.device.office, req.device.id) });
  });

  g.route('GET /admin/offices/:office/devices', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json({ devices: await listDevices(ctx, office) });
  });

  g.route('POST /admin/offices/:office/devices', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(NewDeviceBody, req.body, 'body');
    res.status(201).json({ device: await createDevice(ctx, office, body, currentUser(req).username) });
  });

  g.route('POST /admin/offices/:office/devices/:device/pair', async (req, res) => {
    const { office, device } = parse(DeviceParams, req.params, 'path');
    const { code } = parse(ConfirmPairingBody, req.body, 'body');
    await confirmPairing(ctx, office, device, code, currentUser(req).username);
    res.json({ confirmed: true });
  });

  g.route('POST /admin/offices/:office/devices/:device/revoke', async (req, res) => {
    const { office, device } = parse(DeviceParams, req.params, 'path');
    await revokeDevice(ctx, office, device);
    res.json({ revoked: true });
  });

  g.route('DELETE /admin/offices/:office/devices/:device', async (req, res) => {
    const { office, device } = parse(DeviceParams, req.params, 'path');
    await deleteDevice(ctx, office, device);
    res.status(204).end();
  });
}
