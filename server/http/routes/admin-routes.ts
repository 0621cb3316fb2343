/** Administration: offices and their configuration, staff accounts, devices. Admins only. */
import type { Router } from 'express';
import { z } from 'zod';
import { OfficeParams, Username } from '../../../shared/schemas/common.js';
import { OfficeConfig } from '../../../shared/schemas/office.js';
import { UserBody } from '../../../shared/schemas/auth.js';
import { publicUser, type UserStore } from '../../auth/user-store.js';
import type { Context } from '../../context.js';
import { REALISTIC_HOURS } from '../../offices/demo-office.js';
import { keys } from '../../redis/keys.js';
import { AppError } from '../app-error.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../validate.js';
import { guardedRouter } from '../guarded-router.js';

const UserParams = z.strictObject({ username: Username });
const PresetParams = z.strictObject({ office: OfficeParams.shape.office, preset: z.enum(['realistic-hours', 'all-day']) });

export function adminRoutes(ctx: Context, users: UserStore): Router {
  const g = guardedRouter();

  g.route('GET /admin/offices', async (req, res) => {
    const user = currentUser(req);
    const all = await ctx.offices.list();
    res.json({ offices: user.offices.length ? all.filter((o) => user.offices.includes(o)) : all });
  });

  g.route('POST /admin/offices', async (req, res) => {
    if (currentUser(req).offices.length) throw new AppError(403, 'forbidden', 'only a deployment-wide admin creates offices');
    const config = await ctx.offices.save(parse(OfficeConfig, req.body, 'body'), { create: true });
    ctx.events.emit('office.changed', { office: config.id });
    res.status(201).json({ config });
  });

  g.route('GET /admin/offices/:office/config', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const loaded = await ctx.offices.get(office, true);
    res.json({ config: loaded.config, version: loaded.version });
  });

  g.route('PUT /admin/offices/:office/config', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(OfficeConfig, req.body, 'body');
    if (body.id !== office) throw new AppError(400, 'validation_failed', 'body.id: must match the office in the path');
    const config = await ctx.offices.save(body);
    ctx.events.emit('office.changed', { office });
    res.json({ config });
  });

  g.route('POST /admin/offices/:office/presets/:preset', async (req, res) => {
    const { office, preset } = parse(PresetParams, req.params, 'path');
    const { config } = await ctx.offices.get(office, true);
    const hours = preset === 'realistic-hours' ? REALISTIC_HOURS : [{ from: '00:00', to: '24:00' }];
    const next = {
      ...config,
      services: config.services.map((s) => ({ ...s, hours })),
      ...(preset === 'realistic-hours' ? { workingDays: [1, 2, 3, 4, 5], closingTime: '17:00' } : { workingDays: [0, 1, 2, 3, 4, 5, 6], closingTime: '24:00' }),
    };
    const saved = await ctx.offices.save(next);
    ctx.events.emit('office.changed', { office });
    res.json({ config: saved });
  });

  g.route('GET /admin/offices/:office/audit', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const entries = await ctx.redis.lrange(keys.audit(office), 0, 499);
    res.json({ entries: entries.map((e) => JSON.parse(e)) });
  });

  g.route('GET /admin/users', async (_req, res) => {
    res.json({ users: (await users.list()).map(publicUser) });
  });

  g.route('POST /admin/users', async (req, res) => {
    const user = await users.upsert(parse(UserBody, req.body, 'body'), { create: true });
    res.status(201).json({ user: publicUser(user) });
  });

  g.route('PUT /admin/users/:username', async (req, res) => {
    const { username } = parse(UserParams, req.params, 'path');
    const body = parse(UserBody, req.body, 'body');
    if (body.username !== username) throw new AppError(400, 'validation_failed', 'body.username: must match the path');
    res.json({ user: publicUser(await users.upsert(body, { create: false })) });
  });

  g.route('DELETE /admin/users/:username', async (req, res) => {
    const { username } = parse(UserParams, req.params, 'path');
    if (username === currentUser(req).username) throw new AppError(409, 'conflict', 'you cannot delete your own account');
    await users.remove(username);
    res.status(204).end();
  });

  return g.router;
}
