/**
 * Dossiers received at the desk (recorded when an officer completes a ticket) and their
 * resolution: the result is ready, early, on or after its legal deadline (ngày hẹn trả).
 */
import { officeDate } from '../../shared/office-time.js';
import type { Context } from '../context.js';
import { invalid, notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { serviceNameOn } from '../offices/service-names.js';
import { runOfficeScript } from '../tickets/office-script.js';

export interface StoredDossier {
  id: string;
  code: string;
  title?: string;
  dueDate: string;
  ticketId: string;
  serviceId: string;
  counterId: string;
  officer: string;
  receivedAt: number;
  receivedDate: string;
  status: 'in_progress' | 'resolved';
  resolvedAt?: number;
  resolvedDate?: string;
  resolvedBy?: string;
  outcome?: 'early' | 'onTime' | 'late';
}

export async function getDossier(ctx: Context, office: string, id: string): Promise<StoredDossier> {
  const raw = await ctx.redis.hget(keys.dossiers(office), id);
  if (!raw) throw notFound('dossier');
  return JSON.parse(raw) as StoredDossier;
}

/** Dossiers, soonest due first, each with its service's name on the day it was received. */
export async function listDossiers(
  ctx: Context,
  office: string,
  status: 'in_progress' | 'resolved' | 'all',
  limit: number,
): Promise<{ dossiers: (StoredDossier & { serviceName: string })[]; total: number }> {
  const [raws, { config }, names] = await Promise.all([ctx.redis.hvals(keys.dossiers(office)), ctx.offices.get(office), ctx.offices.serviceNames(office)]);
  const all = raws.map((r) => JSON.parse(r) as StoredDossier);
  const list = all
    .filter((d) => status === 'all' || d.status === status)
    .sort((a, b) => (a.dueDate === b.dueDate ? b.receivedAt - a.receivedAt : a.dueDate < b.dueDate ? -1 : 1));
  const dossiers = list.slice(0, limit).map((d) => ({ ...d, serviceName: serviceNameOn(config, names, d.serviceId, d.receivedDate)?.name ?? d.serviceId }));
  return { dossiers, total: list.length };
}

/** Marks a dossier resolved on `date` (default: today, office-local). */
export async function resolveDossier(ctx: Context, office: string, id: string, who: string, date?: string): Promise<StoredDossier> {
  const reply = await runOfficeScript(ctx, office, async ({ office: loaded }) => {
    const d = await getDossier(ctx, office, id);
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
