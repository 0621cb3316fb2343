/**
 * The webhooks' part of the reactions (reactions.ts): each domain event a receiver may hear of
 * becomes one delivery per endpoint that chose it, recorded in Redis and queued (delivery-jobs.ts
 * sends it). Events of an office are recorded one after another in the order they were announced,
 * so the chains hold a ticket's events in the order they happened. A reaction changes no domain
 * state: what it writes is the outbox of deliveries.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from '../context.js';
import type { DomainEvents } from '../domain-events.js';
import { recordDeliveries } from './delivery-store.js';
import { queueDelivery } from './delivery-queue.js';
import { endpointsVersion, readEndpoints, type StoredEndpoint } from './endpoint-store.js';
import { webhookEvents, type WebhookEventData } from './webhook-payloads.js';

/** A new event id: the `id` of the body and the `Webhook-Id` header, the same on every try. */
export const newEventId = (): string => `evt_${randomBytes(12).toString('hex')}`;

/**
 * How long a process trusts the endpoints it read of an office: a call is several events, and most
 * offices have no endpoint, so each event must not cost a read. A change made through another
 * process reaches this one within this time (through this process: at once).
 */
export const ENDPOINTS_CACHE_MS = 1000;

type EndpointReader = (office: string) => Promise<StoredEndpoint[]>;

/** Records one event for the endpoints that chose it and queues those it heads the chain of. */
export async function publishWebhookEvent(
  ctx: Context,
  office: string,
  e: WebhookEventData,
  read: EndpointReader = (o) => readEndpoints(ctx, o),
): Promise<void> {
  const endpoints = (await read(office)).filter((x) => x.enabled && x.events.includes(e.type));
  if (!endpoints.length) return;
  const id = newEventId();
  const body = JSON.stringify({ id, type: e.type, office, occurredAt: e.occurredAt, data: e.data });
  const first = await recordDeliveries(
    ctx,
    office,
    endpoints.map((x) => x.id),
    { id, type: e.type, subject: e.subject, occurredAt: e.occurredAt, body },
  );
  await Promise.all(first.map((endpoint) => queueDelivery(ctx, { office, endpoint, id, subject: e.subject }, 1)));
}

type Mapper<K extends keyof DomainEvents> = (payload: DomainEvents[K], now: number) => WebhookEventData | undefined;

export function webhookReactions(ctx: Context) {
  /** the last event of each office still being recorded: the next one waits for it */
  const tails = new Map<string, Promise<void>>();
  const cache = new Map<string, { at: number; endpoints: StoredEndpoint[]; version: number }>();
  let stopped = false;
  const fresh = (office: string) => {
    const hit = cache.get(office);
    return hit && Date.now() - hit.at < ENDPOINTS_CACHE_MS && hit.version === endpointsVersion(office) ? hit : undefined;
  };
  const read: EndpointReader = async (office) => {
    const hit = fresh(office);
    if (hit) return hit.endpoints;
    const version = endpointsVersion(office);
    const endpoints = await readEndpoints(ctx, office);
    cache.set(office, { at: Date.now(), endpoints, version });
    return endpoints;
  };

  const publish = (office: string, event: WebhookEventData | undefined) => {
    if (!event || stopped) return;
    const next = (tails.get(office) ?? Promise.resolve())
      .then(() => publishWebhookEvent(ctx, office, event, read))
      .catch((err) => ctx.log.warn({ err, office, type: event.type }, 'webhook event not recorded'));
    tails.set(office, next);
    void next.then(() => tails.get(office) === next && tails.delete(office));
  };
  const on =
    <K extends keyof DomainEvents>(map: Mapper<K>) =>
    (payload: DomainEvents[K]) => {
      const office = (payload as { office: string }).office;
      // most offices have no endpoint: their events cost neither a payload nor a place in the chain
      if (fresh(office)?.endpoints.every((x) => !x.enabled)) return;
      publish(office, map(payload, ctx.clock()));
    };

  return {
    ticketIssued: on<'ticket.issued'>(webhookEvents.ticketIssued),
    ticketCalled: on<'ticket.called'>(webhookEvents.ticketCalled),
    ticketUpdated: on<'ticket.updated'>(webhookEvents.ticketUpdated),
    ratingReceived: on<'rating.received'>(webhookEvents.ratingReceived),
    complaintReceived: on<'complaint.received'>(webhookEvents.complaintReceived),
    complaintUpdated: on<'complaint.updated'>(webhookEvents.complaintUpdated),
    complaintOverdue: on<'complaint.overdue'>(webhookEvents.complaintOverdue),
    bookingCreated: on<'booking.created'>(webhookEvents.bookingCreated),
    bookingCancelled: on<'booking.cancelled'>(webhookEvents.bookingCancelled),
    bookingCheckedIn: on<'booking.checkedIn'>(webhookEvents.bookingCheckedIn),
    dayClosed: on<'day.closed'>(webhookEvents.dayClosed),
    /** resolves once every event heard so far is recorded */
    settled: async () => void (await Promise.all([...tails.values()])),
    stop: () => void (stopped = true),
  };
}
