/**
 * Every domain event and what reacts to it, in one list. A domain function changes state through
 * one Redis script and then announces the committed change (`domain-events.ts`); the reactions
 * below only pass it on: to the screens (socket.io rooms), to Prometheus, to the job queues (complaint
 * deadlines, citizens' messages, the province's live walls, the office's signed webhooks). None changes
 * Redis state: that belongs in the domain function (the webhooks write only their outbox of deliveries).
 *
 * Two places register them: the web application (screens, metrics, citizens' messages, webhooks, `app.ts`) and the job
 * workers (deadline jobs, `jobs/workers.ts`), each with the parts it has; a worker process of its own
 * (`worker-main.ts`) adds the screens and webhooks of the events it causes (day close, overdue complaints). All tear them down on
 * close. A new event does not compile until it has a line here.
 *
 * To add a reaction: write it beside its concern (as `screenRelay` or `metricReactions`), add it
 * to the events' lines below.
 */
import type { Queue } from 'bullmq';
import { deadlineReactions, type DeadlineJob } from './complaints/deadline-job.js';
import type { Context } from './context.js';
import type { DomainEvents } from './domain-events.js';
import { citizenMessages } from './notifications/citizen-messages.js';
import { metricReactions } from './observability/metric-reactions.js';
import { screenRelay, type IoServer } from './realtime/event-relay.js';
import { positionRelay } from './realtime/position-relay.js';
import { supervisionRelay } from './realtime/supervision-relay.js';
import { webhookReactions } from './webhooks/webhook-reactions.js';

type Reaction<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void;
type ReactionTable = { [K in keyof DomainEvents]: (Reaction<K> | undefined)[] };

export interface ReactionParts {
  /** the socket.io server: screens hear of changes */
  io?: IoServer;
  /** count calls and waits for Prometheus */
  metrics?: boolean;
  /** the complaint deadline queue: each new complaint gets its job */
  deadlines?: Queue<DeadlineJob>;
  /** tell citizens with bookings (confirmations, reminders, turn near, called) */
  citizens?: boolean;
  /** record and queue the office's signed webhooks (server/webhooks) */
  webhooks?: boolean;
}

export function registerReactions(ctx: Context, parts: ReactionParts): () => void {
  const screens = parts.io && screenRelay(ctx, parts.io);
  const phones = parts.io && positionRelay(ctx, parts.io);
  const province = parts.io && supervisionRelay(ctx, parts.io);
  const metrics = parts.metrics ? metricReactions(ctx.metrics) : undefined;
  const deadlines = parts.deadlines && deadlineReactions(ctx, parts.deadlines);
  const citizens = parts.citizens ? citizenMessages(ctx) : undefined;
  const webhooks = parts.webhooks ? webhookReactions(ctx) : undefined;

  const table: ReactionTable = {
    'ticket.issued': [screens?.ticketIssued, metrics?.ticketIssued, province?.ticketIssued, webhooks?.ticketIssued],
    'ticket.called': [screens?.ticketCalled, metrics?.ticketCalled, citizens?.ticketCalled, province?.ticketCalled, webhooks?.ticketCalled],
    'ticket.recalled': [screens?.ticketRecalled],
    'ticket.updated': [screens?.ticketUpdated, province?.ticketUpdated, webhooks?.ticketUpdated],
    'queue.changed': [screens?.queueChanged, phones?.queueChanged, province?.queueChanged],
    'counter.changed': [screens?.counterChanged, province?.counterChanged],
    'counter.takenOver': [screens?.counterTakenOver],
    'rating.requested': [screens?.ratingRequested],
    'rating.received': [screens?.ratingReceived, province?.ratingReceived, webhooks?.ratingReceived],
    'complaint.received': [screens?.complaintReceived, deadlines?.complaintReceived, province?.complaintChanged, webhooks?.complaintReceived],
    'complaint.updated': [screens?.complaintUpdated, province?.complaintChanged, webhooks?.complaintUpdated],
    'complaint.overdue': [webhooks?.complaintOverdue, province?.complaintChanged],
    'office.changed': [screens?.officeChanged, province?.officeChanged],
    'day.closed': [webhooks?.dayClosed],
    'booking.created': [citizens?.bookingCreated, webhooks?.bookingCreated],
    'booking.cancelled': [citizens?.bookingCancelled, webhooks?.bookingCancelled],
    'booking.checkedIn': [citizens?.bookingCheckedIn, webhooks?.bookingCheckedIn],
    'sessions.ended': [screens?.sessionsEnded],
    'devices.revoked': [screens?.devicesRevoked, province?.devicesChanged],
    'device.presence': [province?.devicesChanged],
    alert: [screens?.alert],
  };

  const offs: (() => void)[] = [];
  for (const name of Object.keys(table) as (keyof DomainEvents)[]) {
    for (const reaction of table[name] as (Reaction<typeof name> | undefined)[]) {
      if (!reaction) continue;
      // a failing reaction must not fail the domain function that announced a committed change
      offs.push(
        ctx.events.on(name, (payload) => {
          try {
            reaction(payload);
          } catch (err) {
            ctx.log.warn({ err, event: name }, 'reaction failed');
          }
        }),
      );
    }
  }
  return () => {
    offs.forEach((off) => off());
    screens?.stop();
    phones?.stop();
    province?.stop();
    webhooks?.stop();
  };
}
