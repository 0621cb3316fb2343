/**
 * The counter console's picture of its counter, kept current by pure functions from the events of
 * its rooms and the answers to its own actions, as the board keeps its own (board-state.ts). The
 * console reads its whole counter only when it joins and after a reconnect the server could not
 * recover: a snapshot replaces everything.
 *
 * Words about a ticket may arrive out of order (an answer and another console's events travel
 * different connections; a relayed event may lose a race with the snapshot), so each comes with
 * when the ticket changed (`lastChangeAt`), and nothing older than the snapshot or than the newest
 * word about the same ticket is applied. Today's counts move only with events, which arrive once
 * each, never with answers, so an action is counted once whichever arrives first.
 */
import { WAITING_LIST_LIMIT, type CallEvent, type CounterSnapshot, type CounterState, type WaitingChange } from '../../shared/events.js';
import type { PublicTicket, Ticket } from '../../shared/schemas/ticket.js';
import { lastChangeAt } from '../../shared/ticket-change.js';

export interface CounterView {
  snap: CounterSnapshot;
  /** the newest change (ms, server clock) known of each ticket since the snapshot */
  seen: Readonly<Record<string, number>>;
  /** the snapshot's waiting list was cut at WAITING_LIST_LIMIT: who waits after its last ticket is unknown */
  cut: boolean;
}

/** What the call and held-ticket actions answer: the ticket in its new state (and the one a call finished). */
export interface TicketAnswer {
  ticket?: Ticket;
  finished?: Ticket | null;
}

type Count = 'served' | 'noShow' | 'called';

/** Stamp of a ticket nothing may bring back (finished, as a call-next with nobody waiting says without naming it). */
const FOREVER = Number.MAX_SAFE_INTEGER;

export function fromSnapshot(snap: CounterSnapshot): CounterView {
  return { snap, seen: {}, cut: snap.waiting.length >= WAITING_LIST_LIMIT };
}

/** A cut list that has shrunk to half: read the counter again before the officer runs out of names. */
export function needsSnapshot(view: CounterView): boolean {
  return view.cut && view.snap.waiting.length <= WAITING_LIST_LIMIT / 2;
}

/** A call at any counter: the ticket leaves the waiting list; a first call here counts. */
export function withCall(view: CounterView, call: CallEvent): CounterView {
  if (call.recall) return view; // the recalled ticket does not move
  let next = view;
  if (isNews(view, call.ticket.id, call.at)) {
    const waiting = view.snap.waiting.filter((w) => w.id !== call.ticket.id);
    next = { ...view, seen: { ...view.seen, [call.ticket.id]: call.at }, snap: { ...view.snap, waiting } };
  }
  return call.counterId === view.snap.counter.id ? counted(next, 'called', call.at) : next;
}

/** A ticket of this counter changed (`ticket.updated` in the counter's room): applied, and counted when it finished here. */
export function withTicketEvent(view: CounterView, t: Ticket | PublicTicket): CounterView {
  const next = withTicket(view, t);
  if (t.counterId !== view.snap.counter.id) return next;
  if (t.status === 'done') return counted(next, 'served', lastChangeAt(t));
  if (t.status === 'no_show') return counted(next, 'noShow', lastChangeAt(t));
  return next;
}

/** Tickets joined or left the queues of services (this counter's among them, perhaps not all). */
export function withWaiting(view: CounterView, w: WaitingChange): CounterView {
  return w.changes.reduce((v, c) => withTicket(v, c.ticket, c.at), view);
}

/** The counter's own state (open, paused, closed, its officer and services). */
export function withCounter(view: CounterView, counter: CounterState): CounterView {
  if (counter.id !== view.snap.counter.id) return view;
  const waiting = view.snap.waiting.filter((w) => counter.services.includes(w.serviceId));
  return { ...view, snap: { ...view.snap, counter, waiting } };
}

/** The answer to this console's call or held-ticket action (`undefined`: a call-next with nobody waiting, which finished the held ticket). */
export function withAnswer(view: CounterView, answer: TicketAnswer | undefined): CounterView {
  if (!answer) {
    const held = view.snap.current;
    return held ? { ...view, seen: { ...view.seen, [held.id]: FOREVER }, snap: withCurrent(view.snap, undefined) } : view;
  }
  const next = answer.finished ? withTicket(view, answer.finished) : view;
  return answer.ticket ? withTicket(next, answer.ticket) : next;
}

/** A ticket in a new state: the counter's own called or served ticket is its current one; a waiting one of its services is in its list. */
export function withTicket(view: CounterView, t: Ticket | PublicTicket, at = lastChangeAt(t)): CounterView {
  if (!isNews(view, t.id, at)) return view;
  const { snap } = view;
  let current = snap.current;
  if (t.counterId === snap.counter.id && (t.status === 'called' || t.status === 'serving')) current = t as Ticket;
  else if (current?.id === t.id) current = undefined;
  return { ...view, seen: { ...view.seen, [t.id]: at }, snap: { ...withCurrent(snap, current), waiting: queued(view, t) } };
}

/** Priority tickets and appointments checked in on time wait in the priority line. */
const inPriorityLine = (t: PublicTicket) => Number(t.priority || t.slotAt !== undefined);

/**
 * The order call-next considers tickets in, as the snapshot lists them: the priority line first,
 * then by issue time (a transferred ticket keeps its place), then by the counter's order of
 * services, then by number.
 */
export function callOrder(services: readonly string[]): (a: PublicTicket, b: PublicTicket) => number {
  return (a, b) =>
    inPriorityLine(b) - inPriorityLine(a) ||
    a.issuedAt - b.issuedAt ||
    services.indexOf(a.serviceId) - services.indexOf(b.serviceId) ||
    (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
}

function queued(view: CounterView, t: PublicTicket): PublicTicket[] {
  const { waiting, counter } = view.snap;
  const rest = waiting.filter((w) => w.id !== t.id);
  if (t.status !== 'waiting' || !counter.services.includes(t.serviceId)) return rest.length === waiting.length ? waiting : rest;
  const order = callOrder(counter.services);
  const entry = publicPart(t);
  const last = rest.at(-1);
  // past the end of a cut list the order is unknown: such a ticket shows when the list is read again
  if (view.cut && last && order(entry, last) > 0) return rest;
  const list = [...rest, entry].sort(order);
  return view.cut ? list.slice(0, WAITING_LIST_LIMIT) : list;
}

/** The list shows public fields only, whatever the word about the ticket carried (an online ticket's mark is one). */
function publicPart(t: PublicTicket): PublicTicket {
  const entry: PublicTicket = { id: t.id, number: t.number, serviceId: t.serviceId, status: t.status, priority: t.priority, issuedAt: t.issuedAt };
  if (t.source) entry.source = t.source;
  if (t.slotAt !== undefined) entry.slotAt = t.slotAt;
  return entry;
}

/** Not older than the snapshot, nor than the newest word about the same ticket. */
function isNews(view: CounterView, id: string, at: number): boolean {
  // a change made while the snapshot was being read may be missing from it: apply it (lists are keyed by ticket)
  return at >= (view.snap.readFrom ?? view.snap.serverTime) && at >= (view.seen[id] ?? 0);
}

/** One more served, no-show or call for the counter (and its officer), unless the snapshot counted it already. */
function counted(view: CounterView, kind: Count, at: number): CounterView {
  if (!(at > view.snap.serverTime)) return view;
  const { today, officerToday } = view.snap;
  const snap = { ...view.snap, today: { ...today, [kind]: today[kind] + 1 } };
  if (officerToday) snap.officerToday = { ...officerToday, [kind]: officerToday[kind] + 1 };
  return { ...view, snap };
}

function withCurrent(snap: CounterSnapshot, current: Ticket | undefined): CounterSnapshot {
  const { current: _old, ...rest } = snap;
  return current ? { ...rest, current } : rest;
}
