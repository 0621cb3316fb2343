/**
 * One working day of the office, played through the real domain functions (the same atomic scripts as
 * the HTTP API) with the clock set to each moment: citizens arrive with the morning peak, counters
 * open for two shifts and call the next citizen when free; log-normal service times, no-shows after a
 * recall, transfers, dossiers with their legal deadlines, ratings with comments and the nine criteria,
 * a few complaints. Ends with the day's close, as the office's job would run it after midnight.
 * Any refusal stops the day (the caller rolls it back).
 */
import { addDays, officeInstant, weekdayOf } from '../../shared/office-time.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { CriterionId } from '../../shared/schemas/feedback.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import type { Context } from '../../server/context.js';
import { fileComplaint } from '../../server/feedback/file-complaint.js';
import { rateTicket } from '../../server/feedback/rate-ticket.js';
import { addWorkingDays } from '../../server/feedback/working-days.js';
import { DomainError } from '../../server/domain-error.js';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { callTicket, setCounterState } from '../../server/tickets/counter-actions.js';
import { completeTicket, markNoShow, recallTicket, startService, transferTicket } from '../../server/tickets/current-ticket-actions.js';
import { issueTicket } from '../../server/tickets/issue-ticket.js';
import { closedReason } from '../../server/tickets/issuing-rules.js';
import { Agenda } from './agenda.js';
import type { Random } from './random.js';
import {
  ARRIVALS,
  COMMENTS,
  COMPLAINTS,
  CONTACT_NAMES,
  CRITERIA,
  DAILY,
  DOSSIER_DAYS,
  PRIORITIES,
  STANDARD_WARD,
  WEEKDAY_FACTOR,
  type WardProfile,
} from './ward-profile.js';

/** The simulated instant every domain function reads through ctx.clock. */
export interface SimClock {
  now: number;
}

/** The simulator's staff: canbo1…N at counters 1…N and the chairman, as in the demo office. */
export function officersOf(office: string, counters: number): SessionUser[] {
  return Array.from({ length: counters }, (_, i) => ({
    username: `canbo${i + 1}`,
    name: `Cán bộ quầy ${i + 1}`,
    role: 'officer',
    offices: [office],
    counters: [],
  }));
}

interface Issued {
  id: string;
  token: string;
}

/** Plays `date` in `office` as an office of `profile`; returns the number of tickets issued. */
export async function playDay(ctx: Context, clock: SimClock, office: string, date: string, rng: Random, profile: WardProfile = STANDARD_WARD): Promise<number> {
  const { config } = await ctx.offices.get(office, true);
  const at = (minute: number) => officeInstant(date, 0, config.timeZone) + Math.round(minute * 60_000);
  const officers = officersOf(office, config.counters.length);
  const agenda = new Agenda();
  const issued = new Map<string, Issued>();
  const dayFactor = WEEKDAY_FACTOR[weekdayOf(date)]! * (0.85 + rng.next() * 0.3) * profile.volume;
  const arrivalsTotal = ARRIVALS.reduce((a, [, w]) => a + w, 0);

  // a counter with nobody to call waits for the next ticket it serves (the officer sees it on the
  // screen a little later), and looks again after a while anyway: no empty calls every minute
  const idle = new Map<string, () => void>();
  const wake = (serviceId: string) => {
    for (const c of config.counters) if (c.services.includes(serviceId)) idle.get(c.id)?.();
  };
  const waitForTicket = (counterId: string, officer: SessionUser, endAt: number) => {
    let waiting = true;
    const resume = (delayMs: number) => {
      if (!waiting) return;
      waiting = false;
      if (idle.get(counterId) === wakeUp) idle.delete(counterId);
      agenda.add(clock.now + delayMs, () => serve(counterId, officer, endAt));
    };
    const wakeUp = () => resume(rng.between(15, 60) * 1000);
    idle.set(counterId, wakeUp);
    agenda.add(clock.now + 10 * 60_000, async () => resume(0));
  };

  for (const s of config.services) {
    for (let i = rng.poisson((DAILY[s.id] ?? 5) * dayFactor); i > 0; i--) {
      const [start] = rng.weighted(ARRIVALS.map((slot) => [slot, slot[1] / arrivalsTotal] as const));
      const priority = rng.chance(0.08) ? rng.pick(PRIORITIES) : undefined;
      const minute = start + rng.next() * 30;
      // citizens come while the service issues tickets (an office's own hours, not only the demo's all-day)
      if (closedReason(config, s, at(minute))) continue;
      agenda.add(at(minute), async () => {
        const { ticket } = await issueTicket(ctx, office, { serviceId: s.id, ...(priority ? { priority } : {}) }, 'internal').catch((err: unknown) => {
          const when = `${Math.floor(minute / 60)}:${String(Math.floor(minute % 60)).padStart(2, '0')}`;
          throw err instanceof DomainError ? new DomainError(err.code, `a ${s.id} ticket at ${when} was refused: ${err.message}`) : err;
        });
        issued.set(ticket.id, { id: ticket.id, token: ticket.token });
        wake(s.id);
      });
    }
  }

  // counters open in the morning and the afternoon; a counter calls the next citizen when free
  const open = new Set<string>();
  config.counters.forEach((c, i) => {
    const officer = officers[i]!;
    for (const [from, until] of [
      [7 * 60 + 30 + rng.between(0, profile.lateOpening), 11 * 60 + 30],
      [13 * 60 + 30 + rng.between(0, profile.lateOpening), 16 * 60 + 55],
    ] as const) {
      const endAt = at(until);
      agenda.add(at(from), async () => {
        await setCounterState(ctx, office, c.id, officer, 'open');
        open.add(c.id);
        agenda.add(clock.now, () => serve(c.id, officer, endAt));
      });
      agenda.add(endAt + 60_000, async () => {
        if (!open.has(c.id)) return;
        // still serving its last citizen: it closes when that one is done (the next day starts closed)
        await setCounterState(ctx, office, c.id, officer, 'close').catch(() => {});
        open.delete(c.id);
      });
    }
  });

  const serve = async (counterId: string, officer: SessionUser, endAt: number): Promise<void> => {
    const t0 = clock.now;
    if (t0 >= endAt) return;
    const { ticket } = await callTicket(ctx, office, counterId, officer);
    if (!ticket) {
      waitForTicket(counterId, officer, endAt);
      return;
    }
    const svc = config.services.find((s) => s.id === ticket.serviceId)!;
    if (rng.chance(0.05)) {
      agenda.add(t0 + 90_000, async () => {
        await recallTicket(ctx, office, counterId, officer);
        agenda.add(clock.now + 90_000, async () => {
          await markNoShow(ctx, office, counterId, officer);
          agenda.add(clock.now + 20_000, () => serve(counterId, officer, endAt));
        });
      });
      return;
    }
    const minutes = Math.max(1, svc.avgServiceMinutes * profile.pace * Math.exp(0.45 * rng.normal() - 0.1));
    agenda.add(t0 + rng.between(30, 100) * 1000, async () => {
      await startService(ctx, office, counterId, officer);
      if (rng.chance(0.03)) {
        agenda.add(clock.now + rng.between(2, 5) * 60_000, async () => {
          const others = config.services.filter((s) => s.id !== ticket.serviceId && config.counters.some((c) => c.services.includes(s.id)));
          const to = rng.pick(others).id;
          await transferTicket(ctx, office, counterId, officer, to);
          wake(to);
          agenda.add(clock.now + 20_000, () => serve(counterId, officer, endAt));
        });
        return;
      }
      agenda.add(clock.now + minutes * 60_000, async () => {
        const days = DOSSIER_DAYS[ticket.serviceId];
        const dossier =
          days && rng.chance(0.55)
            ? { code: `${ticket.number}-${date.replaceAll('-', '')}`, dueDate: addWorkingDays(config, date, days), title: svc.name }
            : undefined;
        const finished = await completeTicket(ctx, office, counterId, officer, dossier ? [dossier] : []);
        const mine = issued.get(finished.id);
        if (mine && rng.chance(0.4)) agenda.add(clock.now + rng.between(20, 240) * 1000, () => rate(mine, finished, svc.targetWaitMinutes));
        agenda.add(clock.now + rng.between(15, 60) * 1000, () => serve(counterId, officer, endAt));
      });
    });
  };

  const rate = async (t: Issued, finished: Ticket, targetWaitMinutes: number): Promise<void> => {
    const slow = finished.serviceId === 'dat-dai' || finished.serviceId === 'ho-kinh-doanh';
    // a wait past the target sours the rating, up to one and a half times as much as the office's mood lifts it
    const waited = ((finished.calledAt ?? finished.issuedAt) - finished.issuedAt) / 60_000;
    const tilt = profile.mood - Math.min(1.5, Math.max(0, waited / targetWaitMinutes - 1));
    const score = rng.weighted<number>([
      [4, (slow ? 45 : 58) * Math.exp(tilt)],
      [3, 30],
      [2, (slow ? 15 : 9) * Math.exp(-tilt)],
      [1, (slow ? 7 : 3) * Math.exp(-1.5 * tilt)],
    ]);
    const criteria: Partial<Record<CriterionId, number>> = {};
    if (rng.chance(0.3)) {
      for (const c of CRITERIA) {
        if (c === 'online_service' && rng.chance(0.6)) continue;
        criteria[c] =
          score >= 4
            ? rng.weighted([
                [2, 7],
                [1, 3],
              ])
            : score === 3
              ? rng.weighted([
                  [2, 2],
                  [1, 7],
                  [0, 1],
                ])
              : score === 2
                ? rng.weighted([
                    [1, 6],
                    [0, 4],
                  ])
                : rng.weighted([
                    [1, 3],
                    [0, 7],
                  ]);
      }
    }
    const comment = rng.chance(score <= 2 ? 0.6 : 0.2) ? rng.pick(COMMENTS[score]!) : undefined;
    await rateTicket(ctx, t.id, {
      token: t.token,
      score,
      ...(Object.keys(criteria).length ? { criteria } : {}),
      ...(comment ? { comment } : {}),
      source: rng.pick(['tablet', 'phone'] as const),
    });
    if (score === 1 && rng.chance(0.25)) await complain(t);
  };

  const complain = async (t?: Issued): Promise<void> => {
    const [topic, message] = rng.pick(COMPLAINTS);
    const contact = rng.chance(0.6) ? { contactName: rng.pick(CONTACT_NAMES), contactPhone: `09${Math.floor(10_000_000 + rng.next() * 89_999_999)}` } : {};
    await fileComplaint(ctx, office, {
      topic: topic as never,
      message,
      ...(t ? { ticketId: t.id, token: t.token } : {}),
      ...contact,
      source: t ? 'rating' : rng.pick(['kiosk', 'phone'] as const),
    });
  };
  const complaints = profile.complaintsPerDay < 1 ? Number(rng.chance(profile.complaintsPerDay)) : rng.poisson(profile.complaintsPerDay);
  for (let i = 0; i < complaints; i++) agenda.add(at(rng.between(8 * 60, 16 * 60)), () => complain());

  await agenda.play((ms) => (clock.now = ms));
  // the day closes after midnight: whoever still waits has expired
  clock.now = officeInstant(addDays(date, 1), 5, config.timeZone);
  await closeOfficeDays(ctx, office);
  return issued.size;
}
