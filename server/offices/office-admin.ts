/**
 * Changes to offices as administrators make them: creating an office (the deployment
 * administrator only), saving an office's configuration (its printers within what the
 * administrator may set: server/printing/printer-policy.ts), applying an hours preset. Each change is
 * written to the audit trail field by field and announced to the office's screens.
 */
import type { OfficeConfig, OfficeConfigInput } from '../../shared/schemas/office.js';
import { isDeploymentAdmin, worksIn } from '../access/audiences.js';
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import { fieldChanges } from '../audit/field-diff.js';
import type { Context } from '../context.js';
import { DomainError, forbidden } from '../domain-error.js';
import { checkPrinters } from '../printing/printer-policy.js';
import { REALISTIC_HOURS } from './demo-office.js';

export type HoursPreset = 'realistic-hours' | 'all-day';

function mustAdminister(actor: Actor, office: string): void {
  if (actor.user.role !== 'admin' || !worksIn(actor.user, office)) throw forbidden(`you do not administer office ${office}`);
}

export async function createOffice(ctx: Context, actor: Actor, input: OfficeConfigInput): Promise<OfficeConfig> {
  if (!isDeploymentAdmin(actor.user)) throw forbidden('only the deployment administrator creates offices');
  const config = await ctx.offices.save(input, { create: true });
  await recordAudit(ctx, actor, { action: 'office.created', target: config.id, offices: [config.id], changes: fieldChanges({}, config) });
  ctx.events.emit('office.changed', { office: config.id });
  return config;
}

/** Replaces an office's whole configuration. */
export async function saveOfficeConfig(ctx: Context, actor: Actor, office: string, input: OfficeConfig): Promise<OfficeConfig> {
  mustAdminister(actor, office);
  if (input.id !== office) throw new DomainError('validation_failed', 'body.id: must match the office in the path');
  const before = (await ctx.offices.get(office, true)).config;
  checkPrinters(actor, before, input, ctx.printerNetworks ?? []);
  // the group decides which supervisors read the office: an office cannot move itself out of (or into) a supervisor's sight
  if ((before.group ?? '') !== (input.group ?? '') && !isDeploymentAdmin(actor.user))
    throw forbidden("only the deployment administrator changes an office's group");
  const config = await ctx.offices.save(input);
  await recordAudit(ctx, actor, { action: 'office.changed', target: office, offices: [office], changes: fieldChanges(before, config) });
  ctx.events.emit('office.changed', { office });
  return config;
}

/** Realistic issuing windows and working days, or the demo's all day, every day. */
export async function applyHoursPreset(ctx: Context, actor: Actor, office: string, preset: HoursPreset): Promise<OfficeConfig> {
  mustAdminister(actor, office);
  const { config: before } = await ctx.offices.get(office, true);
  const hours = preset === 'realistic-hours' ? REALISTIC_HOURS : [{ from: '00:00', to: '24:00' }];
  const config = await ctx.offices.save({
    ...before,
    services: before.services.map((s) => ({ ...s, hours })),
    ...(preset === 'realistic-hours' ? { workingDays: [1, 2, 3, 4, 5], closingTime: '17:00' } : { workingDays: [0, 1, 2, 3, 4, 5, 6], closingTime: '24:00' }),
  });
  await recordAudit(ctx, actor, { action: 'office.preset', preset, target: office, offices: [office], changes: fieldChanges(before, config) });
  ctx.events.emit('office.changed', { office });
  return config;
}
