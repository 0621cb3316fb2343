/**
 * What happens after a simulated day: the results of its dossiers (most early, some on the deadline,
 * a few late) and the chairman's answers to its complaints (most in time, a few late, a few still
 * open). Each is planned from the dossier's or complaint's own id, so every run plans the same, and
 * done when its moment is before today: a run that stopped halfway is finished by the next one.
 * Results land only on simulated days, so every count they add belongs to days a simulation wrote.
 */
import { officeDate, officeInstant } from '../../shared/office-time.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { Complaint } from '../../shared/schemas/feedback.js';
import type { Context } from '../../server/context.js';
import { respondComplaint } from '../../server/complaints/complaint-actions.js';
import { resolveDossier } from '../../server/dossiers/dossier-actions.js';
import { isDated, type StoredDossier } from '../../server/dossiers/dossier-record.js';
import { addWorkingDays } from '../../server/feedback/working-days.js';
import { keys } from '../../server/redis/keys.js';
import type { SimClock } from './play-day.js';
import { unitHash } from './random.js';
import { DOSSIER_DAYS, RESPONSES, STANDARD_WARD, type WardProfile } from './ward-profile.js';

export interface FollowUps {
  resolved: number;
  answered: number;
}

export async function followUp(ctx: Context, clock: SimClock, office: string, today: string, profile: WardProfile = STANDARD_WARD): Promise<FollowUps> {
  const { config } = await ctx.offices.get(office, true);
  const tz = config.timeZone;
  const simulated = (await ctx.redis.smembers(keys.simulatedDays(office))).filter((d) => d < today).sort();
  const isSimulated = new Set(simulated);
  const done = { resolved: 0, answered: 0 };

  // the desk's dossiers of simulated days (not those imported from the one-stop software)
  const dossiers = (await ctx.redis.hvals(keys.dossiers(office))).map((v) => JSON.parse(v) as StoredDossier).filter(isDated);
  for (const d of dossiers.sort((a, b) => (a.receivedAt ?? 0) - (b.receivedAt ?? 0))) {
    if (d.status !== 'in_progress' || d.source === 'import' || d.source === 'api' || !isSimulated.has(d.receivedDate)) continue;
    const days = DOSSIER_DAYS[d.serviceId] ?? 5;
    const r = unitHash('result', office, d.id);
    const planned =
      r < profile.earlyDossiers
        ? addWorkingDays(config, d.receivedDate, Math.floor(days * (0.2 + 0.7 * unitHash('early', office, d.id))))
        : r < 1 - profile.lateDossiers
          ? d.dueDate
          : addWorkingDays(config, d.dueDate, 1 + Math.floor(3 * unitHash('late', office, d.id)));
    const day = simulated.find((s) => s >= planned && s > d.receivedDate);
    if (!day) continue;
    clock.now = officeInstant(day, 15 * 60, tz);
    await resolveDossier(ctx, office, d.id, `canbo${1 + Math.floor(unitHash('who', office, d.id) * config.counters.length)}`, day);
    done.resolved++;
  }

  const chairman: SessionUser = { username: 'chutich', name: 'Chủ tịch UBND', role: 'chairman', offices: [office], counters: [] };
  const startOfToday = officeInstant(today, 0, tz);
  const complaints = (await ctx.redis.hvals(keys.complaints(office))).map((v) => JSON.parse(v) as Complaint);
  for (const c of complaints.sort((a, b) => a.createdAt - b.createdAt)) {
    if (c.status !== 'new' || !isSimulated.has(officeDate(c.createdAt, tz))) continue;
    const r = unitHash('answer', office, c.id);
    const s = unitHash('when', office, c.id);
    if (r >= 1 - profile.openComplaints) continue; // still open
    const answerAt =
      r < 1 - profile.openComplaints - profile.lateAnswers ? c.createdAt + (0.5 + 0.4 * s) * (c.dueAt - c.createdAt) : c.dueAt + (1 + 3 * s) * 86_400_000;
    const at = Math.max(answerAt, officeInstant(officeDate(answerAt, tz), 9 * 60, tz));
    if (at >= startOfToday) continue;
    clock.now = at;
    await respondComplaint(ctx, office, c.id, chairman, RESPONSES[Math.floor(s * RESPONSES.length)]!, true);
    done.answered++;
  }
  return done;
}
