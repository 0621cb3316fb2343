/**
 * Dossiers (server/dossiers/dossier-record.ts) and their resolution at the desk: the result is
 * ready, early, on or after its legal deadline (ngày hẹn trả).
 */
import { officeDate } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { DomainError, invalid, notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { serviceNameOn } from '../offices/service-names.js';
import { runOfficeScript } from '../tickets/office-script.js';
import type { StoredDossier } from './dossier-record.js';

export async function getDossier(ctx: Context, office: string, id: string): Promise<StoredDossier> {
  const raw = await ctx.redis.hget(keys.dossiers(office), id);
  if (!raw) throw notFound('dossier');
  return JSON.parse(raw) as StoredDossier;
}

/** Dossiers, soonest due first, each with its service's name on the day it was received. */
export async function listDossiers(
  ctx: Context,
  office: string,
  status: StoredDossier['status'] | 'all',
  limit: number,
): Promise<{ dossiers: (StoredDossier & { serviceName: string })[]; total: number }> {
  const [raws, { config }, names] = await Promise.all([ctx.redis.hvals(keys.dossiers(office)), ctx.offices.get(office), ctx.offices.serviceNames(office)]);
  const all = raws.map((r) => JSON.parse(r) as StoredDossier);
  const list = all.filter((d) => status === 'all' || d.status === status).sort((a, b) => soonestDue(a, b));
  const dossiers = list.slice(0, limit).map((d) => ({
    ...d,
    serviceName: d.serviceId
      ? (serviceNameOn(config, names, d.serviceId, d.receivedDate ?? officeDate(ctx.clock(), config.timeZone))?.name ?? d.serviceId)
      : '',
  }));
  return { dossiers, total: list.length };
}

/** Soonest due first (those awaiting their dates last), then the latest received. */
function soonestDue(a: StoredDossier, b: StoredDossier): number {
  const [x, y] = [a.dueDate ?? '9999', b.dueDate ?? '9999'];
  if (x !== y) return x < y ? -1 : 1;
  return (b.receivedDate ?? '').localeCompare(a.receivedDate ?? '') || a.code.localeCompare(b.code);
}

/** Marks a dossier resolved on `date` (default: today, office-local). */
export async function resolveDossier(ctx: Context, office: string, id: string, who: string, date?: string): Promise<StoredDossier> {
  const reply = await runOfficeScript(ctx, office, async ({ office: loaded }) => {
    const d = await getDossier(ctx, office, id);
    if (!d.receivedDate) throw new DomainError('wrong_status', 'the dossier has no dates yet: import it from the one-stop software');
    const today = officeDate(ctx.clock(), loaded.config.timeZone);
    const day = date ?? today;
    if (day > today) throw invalid('date', 'a dossier cannot be resolved in the future');
    return scripts.resolveDossier.with(
      {
        dossiers: keys.dossiers(office),
        aggregates: keys.aggregates(office, day),
        monthAggregates: keys.monthAggregatesOfDay(office, day),
        receiptAggregates: keys.aggregates(office, d.receivedDate),
        receiptMonthAggregates: keys.monthAggregatesOfDay(office, d.receivedDate),
        events: keys.events(office),
      },
      { id, now: ctx.clock(), date: day, receiptDate: d.receivedDate, who, streamMaxLen: ctx.streamMaxLen },
    );
  });
  return reply.dossier;
}
