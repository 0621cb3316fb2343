/**
 * Administration: offices and their configuration, staff accounts, devices, the audit trails.
 * The access table admits administrators; the domain (server/auth/accounts.ts,
 * server/offices/office-admin.ts) decides what each level may change and writes the trail.
 */
import { z } from 'zod';
import { OfficeParams, Username } from '../../../shared/schemas/common.js';
import { OfficeConfig } from '../../../shared/schemas/office.js';
import { UserBody } from '../../../shared/schemas/auth.js';
import { readDeploymentAudit, readOfficeAudit } from '../../audit/audit-trail.js';
import { listAccounts, removeAccount, saveAccount } from '../../auth/accounts.js';
import type { UserStore } from '../../auth/user-store.js';
import type { Context } from '../../context.js';
import { applyHoursPreset, createOffice, saveOfficeConfig } from '../../offices/office-admin.js';
import { invalid } from '../../domain-error.js';
import { actorOf, currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { officeDirectory } from '../../offices/office-directory.js';

export const UserParams = z.strictObject({ username: Username });
export const PresetParams = z.strictObject({ office: OfficeParams.shape.office, preset: z.enum(['realistic-hours', 'all-day']) });

export function adminRoutes(g: GuardedRouter, ctx: Context, users: UserStore): void {
  g.route('GET /admin/offices', async (req, res) => {
    const user = currentUser(req);
    const managed = (id: string) => !user.offices.length || user.offices.includes(id);
    const [all, directory] = await Promise.all([ctx.offices.list(), officeDirectory(ctx)]);
    res.json({ offices: all.filter(managed), directory: directory.filter((o) => managed(o.id)) });
  });

  g.route('POST /admin/offices', async (req, res) => {
    const config = await createOffice(ctx, actorOf(req), parse(OfficeConfig, req.body, 'body'));
    res.status(201).json({ config });
  });

  g.route('GET /admin/offices/:office/config', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const loaded = await ctx.offices.get(office, true);
    res.json({ config: loaded.config, version: loaded.version });
  });

  g.route('PUT /admin/offices/:office/config', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json({ config: await saveOfficeConfig(ctx, actorOf(req), office, parse(OfficeConfig, req.body, 'body')) });
  });

  g.route('POST /admin/offices/:office/presets/:preset', async (req, res) => {
    const { office, preset } = parse(PresetParams, req.params, 'path');
    res.json({ config: await applyHoursPreset(ctx, actorOf(req), office, preset) });
  });

  g.route('GET /admin/offices/:office/audit', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    res.json({ entries: await readOfficeAudit(ctx, office) });
  });

  g.route('GET /admin/audit', async (_req, res) => {
    res.json({ entries: await readDeploymentAudit(ctx) });
  });

  g.route('GET /admin/users', async (req, res) => {
    res.json({ users: await listAccounts(users, actorOf(req)) });
  });

  g.route('POST /admin/users', async (req, res) => {
    const user = await saveAccount(ctx, users, actorOf(req), parse(UserBody, req.body, 'body'), { create: true });
    res.status(201).json({ user });
  });

  g.route('PUT /admin/users/:username', async (req, res) => {
    const { username } = parse(UserParams, req.params, 'path');
    const body = parse(UserBody, req.body, 'body');
    if (body.username !== username) throw invalid('body.username', 'must match the path');
    res.json({ user: await saveAccount(ctx, users, actorOf(req), body, { create: false }) });
  });

  g.route('DELETE /admin/users/:username', async (req, res) => {
    const { username } = parse(UserParams, req.params, 'path');
    await removeAccount(ctx, users, actorOf(req), username);
    res.status(204).end();
  });
}
