/**
 * The link between tickets and dossiers, both ways: codes linked to a completed ticket afterwards;
 * the codes of many tickets at once (a rating's, a complaint's); a dossier with its tickets and
 * their ratings. A ticket's codes live on the ticket, a dossier's tickets on the dossier, both
 * written by the same scripts (completeTicket-8.lua, linkDossiers-3.lua).
 */
import type { Rating } from '../../shared/schemas/feedback.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { serviceNameOn } from '../offices/service-names.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import { runOfficeScript } from '../tickets/office-script.js';
import { decodeTicket } from '../tickets/ticket-codec.js';
import type { StoredTicket } from '../tickets/ticket-view.js';
import { getDossier } from './dossier-actions.js';
import { dossierTickets, ticketDossiers, type StoredDossier } from './dossier-record.js';

/** Links codes to a completed ticket of the office; codes not known yet wait for their dates. */
export async function linkDossiersToTicket(ctx: Context, office: string, ticketId: string, codes: string[], who: string) {
  const at = parseTicketId(ticketId);
  if (!at || at.office !== office) throw notFound('ticket');
  const unique = [...new Set(codes)];
  const reply = await runOfficeScript(ctx, office, () =>
    scripts.linkDossiers.with(
      { tickets: keys.tickets(office, at.date), dossiers: keys.dossiers(office), events: keys.events(office) },
      { office, date: at.date, number: at.number, codes: unique, who, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen },
    ),
  );
  return { ticketId, dossiers: reply.dossiers, added: reply.added };
}

/** The stored tickets of these ids (of the office), by id; ids of no ticket are left out. */
async function ticketsById(ctx: Context, office: string, ids: string[]): Promise<Map<string, StoredTicket>> {
  const byDate = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const at = parseTicketId(id);
    if (at && at.office === office) byDate.set(at.date, [...(byDate.get(at.date) ?? []), at.number]);
  }
  const out = new Map<string, StoredTicket>();
  if (!byDate.size) return out;
  const pipe = ctx.redis.pipeline();
  for (const [date, numbers] of byDate) pipe.hmget(keys.tickets(office, date), ...numbers);
  const res = (await pipe.exec()) ?? [];
  [...byDate].forEach(([date, numbers], i) => {
    const raws = (res[i]?.[1] as (string | null)[] | undefined) ?? [];
    numbers.forEach((number, j) => {
      const raw = raws[j];
      if (raw) {
        const t = decodeTicket(raw, office, date, number);
        out.set(t.id, t);
      }
    });
  });
  return out;
}

/** The dossier codes of each ticket (those with none are left out): what a rating or a complaint is traced to. */
export async function dossiersOfTickets(ctx: Context, office: string, ids: string[]): Promise<Map<string, string[]>> {
  const tickets = await ticketsById(ctx, office, ids);
  const out = new Map<string, string[]>();
  for (const [id, t] of tickets) {
    const codes = ticketDossiers(t);
    if (codes.length) out.set(id, codes);
  }
  return out;
}

/** Complaints (or anything about a ticket) with the dossier codes of their tickets beside them. */
export async function withTicketDossiers<T extends { ticketId?: string }>(ctx: Context, office: string, items: T[]): Promise<(T & { dossiers?: string[] })[]> {
  const codes = await dossiersOfTickets(
    ctx,
    office,
    items.flatMap((x) => (x.ticketId ? [x.ticketId] : [])),
  );
  return items.map((x) => (x.ticketId && codes.has(x.ticketId) ? { ...x, dossiers: codes.get(x.ticketId)! } : x));
}

export interface DossierTicket {
  id: string;
  number: string;
  date: string;
  serviceId: string;
  serviceName: string;
  status: string;
  counterId?: string;
  officer?: string;
  doneAt?: number;
  rating?: Pick<Rating, 'score' | 'comment' | 'at' | 'source'>;
}

/** A dossier with the tickets that served it and their ratings (GET /offices/:office/dossiers/:id). */
export async function dossierDetail(
  ctx: Context,
  office: string,
  code: string,
): Promise<{ dossier: StoredDossier & { serviceName: string }; tickets: DossierTicket[] }> {
  const d = await getDossier(ctx, office, code);
  const ids = dossierTickets(d);
  const [tickets, { config }, names] = await Promise.all([ticketsById(ctx, office, ids), ctx.offices.get(office), ctx.offices.serviceNames(office)]);
  const list = [...tickets.values()].sort((a, b) => a.issuedAt - b.issuedAt);
  const pipe = ctx.redis.pipeline();
  for (const t of list) pipe.hget(keys.ratings(office, t.date), t.number);
  const ratings = ((await pipe.exec()) ?? []).map(([, raw]) => (typeof raw === 'string' ? (JSON.parse(raw) as Rating) : undefined));
  const nameOn = (serviceId: string, date: string) => serviceNameOn(config, names, serviceId, date)?.name ?? serviceId;
  return {
    dossier: { ...d, serviceName: d.serviceId ? nameOn(d.serviceId, d.receivedDate ?? list[0]?.date ?? d.dueDate ?? '9999-12-31') : '' },
    tickets: list.map((t, i) => {
      const r = ratings[i];
      return {
        id: t.id,
        number: t.number,
        date: t.date,
        serviceId: t.serviceId,
        serviceName: nameOn(t.serviceId, t.date),
        status: t.status,
        ...(t.counterId ? { counterId: t.counterId } : {}),
        ...(t.officer ? { officer: t.officer } : {}),
        ...(t.doneAt ? { doneAt: t.doneAt } : {}),
        ...(r ? { rating: { score: r.score, at: r.at, ...(r.comment ? { comment: r.comment } : {}), ...(r.source ? { source: r.source } : {}) } } : {}),
      };
    }),
  };
}
