/**
 * Reading complaints (phản ánh, kiến nghị): the inbox with its filters, one complaint, and the
 * complaints filed in a time range. An office receives few complaints (dozens a month), so these
 * read the complaint records through the time index rather than a rollup.
 */
import { addDays, officeInstant } from '../../shared/office-time.js';
import type { Complaint } from '../../shared/schemas/feedback.js';
import type { ComplaintListQuery } from '../../shared/schemas/complaint-handling.js';
import type { Context } from '../context.js';
import { notFound } from '../domain-error.js';
import { keys } from '../redis/keys.js';

export type StoredComplaint = Complaint & { overdueAlertedAt?: number; respondedBy?: string; resolvedBy?: string };

/** Overdue: not resolved by its deadline (still open past it, or resolved after it). */
export function isLate(c: Complaint, now: number): boolean {
  return c.status === 'resolved' ? (c.resolvedAt ?? 0) > c.dueAt : now > c.dueAt;
}

export function isOverdueOpen(c: Complaint, now: number): boolean {
  return c.status !== 'resolved' && now > c.dueAt;
}

export async function getComplaint(ctx: Context, office: string, id: string): Promise<StoredComplaint> {
  const raw = await ctx.redis.hget(keys.complaints(office), id);
  if (!raw) throw notFound('complaint');
  return JSON.parse(raw) as StoredComplaint;
}

/** Complaints filed between two instants (ms, end exclusive), oldest first. */
export async function complaintsBetween(ctx: Context, office: string, fromMs: number, toMs: number): Promise<StoredComplaint[]> {
  const ids = await ctx.redis.zrangebyscore(keys.complaintIndex(office), fromMs, `(${toMs}`);
  if (!ids.length) return [];
  const raws = await ctx.redis.hmget(keys.complaints(office), ...ids);
  return raws.filter((r): r is string => !!r).map((r) => JSON.parse(r) as StoredComplaint);
}

/** Complaints filed on office-local dates from..to. */
export async function complaintsInDates(ctx: Context, office: string, timeZone: string, from: string, to: string): Promise<StoredComplaint[]> {
  return complaintsBetween(ctx, office, officeInstant(from, 0, timeZone), officeInstant(addDays(to, 1), 0, timeZone));
}

/** The chairman's inbox: newest first, filtered. */
export async function listComplaints(
  ctx: Context,
  office: string,
  timeZone: string,
  q: ComplaintListQuery,
): Promise<{ complaints: StoredComplaint[]; total: number }> {
  const from = q.from ? officeInstant(q.from, 0, timeZone) : 0;
  const to = q.to ? officeInstant(addDays(q.to, 1), 0, timeZone) : Number.MAX_SAFE_INTEGER;
  const all = (await complaintsBetween(ctx, office, from, to)).reverse();
  const now = ctx.clock();
  const text = q.q?.toLocaleLowerCase('vi');
  const matches = all.filter((c) => {
    if (q.status === 'open' && c.status === 'resolved') return false;
    if (q.status === 'overdue' && !isOverdueOpen(c, now)) return false;
    if ((q.status === 'new' || q.status === 'in_progress' || q.status === 'resolved') && c.status !== q.status) return false;
    if (q.topic && c.topic !== q.topic) return false;
    if (q.serviceId && c.serviceId !== q.serviceId) return false;
    if (text && ![c.id, c.message, c.contactName, c.contactPhone, c.response].some((f) => f?.toLocaleLowerCase('vi').includes(text))) return false;
    return true;
  });
  return { complaints: matches.slice(0, q.limit), total: matches.length };
}

/** Unresolved complaints of the office (for the live page and the deadline jobs at start). */
export async function openComplaints(ctx: Context, office: string): Promise<StoredComplaint[]> {
  const all = await ctx.redis.hvals(keys.complaints(office));
  return all.map((r) => JSON.parse(r) as StoredComplaint).filter((c) => c.status !== 'resolved');
}
