/**
 * The counter console's reducers: events and answers keep the counter's picture as a fresh
 * snapshot would show it, whatever order they arrive in, and count each action once.
 */
import { describe, expect, it } from 'vitest';
import {
  fromSnapshot,
  needsSnapshot,
  withAnswer,
  withCall,
  withCounter,
  withTicket,
  withTicketEvent,
  withWaiting,
  type CounterView,
} from '../../console/state/counter-state.js';
import { WAITING_LIST_LIMIT, type CallEvent, type CounterSnapshot } from '../../shared/events.js';
import type { PublicTicket, Ticket } from '../../shared/schemas/ticket.js';

const T0 = 1_000_000; // the snapshot's server time
const SERVICES = ['tu-phap', 'tra-ket-qua']; // counter 1's, in its order

function waiting(number: string, issuedAt: number, extra: Partial<PublicTicket> = {}): PublicTicket {
  return { id: `o-2026-01-15-${number}`, number, serviceId: 'tu-phap', status: 'waiting', priority: false, issuedAt, ...extra };
}

function full(t: PublicTicket, extra: Partial<Ticket>): Ticket {
  return { ...t, token: '', date: '2026-01-15', ...extra } as Ticket;
}

function snapshot(extra: Partial<CounterSnapshot> = {}): CounterSnapshot {
  return {
    office: 'o',
    counter: { id: '1', number: 1, name: 'Quầy 1', status: 'open', officer: 'an', services: SERVICES },
    waiting: [],
    today: { served: 2, noShow: 1, called: 3 },
    officerToday: { served: 5, noShow: 1, called: 6 },
    serverTime: T0,
    ...extra,
  };
}

function call(t: PublicTicket, counterId: string, at: number, recall = false): CallEvent {
  return {
    callId: `${t.id}@${at}`,
    office: 'o',
    ticket: { ...t, status: 'called', calledAt: at, counterId },
    counterId,
    counterNumber: Number(counterId),
    counterName: `Quầy ${counterId}`,
    at,
    recall,
  };
}

/** A `waiting.changed` of one ticket. */
const joined = (ticket: PublicTicket, at: number) => ({ office: 'o', changes: [{ ticket, at }] });

const numbers = (v: CounterView) => v.snap.waiting.map((w) => w.number);

describe('counter console state', () => {
  it("keeps the waiting list in call order: priority first, then issue time, the counter's order of services, number", () => {
    let v = fromSnapshot(snapshot({ waiting: [waiting('A001', T0 - 50)] }));
    v = withWaiting(v, joined(waiting('A002', T0 + 10), T0 + 10));
    v = withWaiting(v, joined(waiting('K001', T0 + 10, { serviceId: 'tra-ket-qua' }), T0 + 10));
    v = withWaiting(v, joined(waiting('A003', T0 + 20, { priority: true }), T0 + 20));
    v = withWaiting(v, joined(waiting('B001', T0 + 5, { serviceId: 'chung-thuc' }), T0 + 5)); // not served here
    expect(numbers(v)).toEqual(['A003', 'A001', 'A002', 'K001']);
    // a transferred ticket keeps its place by issue time
    v = withWaiting(v, joined(waiting('B002', T0 - 100, { serviceId: 'tra-ket-qua' }), T0 + 30));
    expect(numbers(v)).toEqual(['A003', 'B002', 'A001', 'A002', 'K001']);
    // cancelled: gone
    v = withWaiting(v, joined(waiting('A002', T0 + 10, { status: 'cancelled' }), T0 + 40));
    expect(numbers(v)).toEqual(['A003', 'B002', 'A001', 'K001']);
    // a rush: several changes in one message
    v = withWaiting(v, {
      office: 'o',
      changes: [
        { ticket: waiting('A004', T0 + 50), at: T0 + 50 },
        { ticket: waiting('A003', T0 + 20, { priority: true, status: 'cancelled' }), at: T0 + 51 },
      ],
    });
    expect(numbers(v)).toEqual(['B002', 'A001', 'K001', 'A004']);
  });

  it('keeps the mark of a ticket taken online, and lists an appointment on time in the priority line, as the snapshot does', () => {
    let v = fromSnapshot(snapshot({ waiting: [waiting('A001', T0 - 50)] }));
    v = withWaiting(v, joined(waiting('A002', T0 + 10, { source: 'remote' }), T0 + 10));
    v = withWaiting(v, joined(waiting('A003', T0 + 20, { source: 'appointment', slotAt: T0 + 600_000 }), T0 + 20));
    v = withWaiting(v, joined(waiting('A004', T0 + 30, { source: 'appointment' }), T0 + 30)); // checked in late: an ordinary ticket
    expect(numbers(v)).toEqual(['A003', 'A001', 'A002', 'A004']);
    expect(v.snap.waiting.map((w) => [w.source, w.slotAt])).toEqual([
      ['appointment', T0 + 600_000],
      [undefined, undefined],
      ['remote', undefined],
      ['appointment', undefined],
    ]);
  });

  it("takes a called ticket off the list whichever counter called it, and counts only this counter's first calls", () => {
    const a = waiting('A001', T0 - 50);
    const b = waiting('A002', T0 - 40);
    let v = fromSnapshot(snapshot({ waiting: [a, b] }));
    v = withCall(v, call(a, '2', T0 + 10));
    expect(numbers(v)).toEqual(['A002']);
    expect(v.snap.today.called).toBe(3);
    v = withCall(v, call(b, '1', T0 + 20));
    expect(numbers(v)).toEqual([]);
    expect([v.snap.today.called, v.snap.officerToday!.called]).toEqual([4, 7]);
    expect(withCall(v, call(b, '1', T0 + 30, true))).toBe(v); // a recall changes nothing
  });

  it("makes the counter's called or served ticket its current one, with the answer or the event, and counts it once", () => {
    const a = waiting('A001', T0 - 50);
    let v = fromSnapshot(snapshot({ waiting: [a] }));
    const called = full(a, {
      status: 'called',
      calledAt: T0 + 10,
      counterId: '1',
      officer: 'an',
      identity: { idLast4: '1234', name: 'Nguyễn Văn A', birthDate: '1950-01-02' },
    });
    // the answer first, then the events of the same call
    v = withAnswer(v, { ticket: called, finished: null });
    expect(v.snap.current).toEqual(called);
    expect(numbers(v)).toEqual([]);
    v = withCall(v, call(a, '1', T0 + 10));
    v = withTicketEvent(v, called);
    expect(v.snap.current).toEqual(called);
    expect(v.snap.today).toEqual({ served: 2, noShow: 1, called: 4 });

    const serving = { ...called, status: 'serving' as const, servedAt: T0 + 20 };
    const done = { ...serving, status: 'done' as const, doneAt: T0 + 30 };
    // events first this time (another console of the same officer), the answers after
    v = withTicketEvent(v, serving);
    v = withTicketEvent(v, done);
    expect(v.snap.current).toBeUndefined();
    v = withAnswer(v, { ticket: serving }); // a late answer does not bring the finished ticket back
    expect(v.snap.current).toBeUndefined();
    v = withAnswer(v, { ticket: done });
    expect(v.snap.today).toEqual({ served: 3, noShow: 1, called: 4 });
    expect(v.snap.officerToday).toEqual({ served: 6, noShow: 1, called: 7 });
  });

  it('clears the held ticket on a call-next that found nobody, and no late word brings it back', () => {
    const a = waiting('A001', T0 - 50);
    const called = full(a, { status: 'called', calledAt: T0 + 10, counterId: '1' });
    let v = withAnswer(fromSnapshot(snapshot()), { ticket: called });
    v = withAnswer(v, undefined);
    expect(v.snap.current).toBeUndefined();
    v = withTicketEvent(v, { ...called, status: 'serving', servedAt: T0 + 20 } as Ticket);
    expect(v.snap.current).toBeUndefined();
    // its finishing event still counts it
    v = withTicketEvent(v, { ...called, status: 'done', doneAt: T0 + 30 } as Ticket);
    expect(v.snap.today.served).toBe(3);
  });

  it('counts a no-show here, and nothing the snapshot counted already or another counter did', () => {
    const a = waiting('A001', T0 - 50);
    let v = fromSnapshot(snapshot());
    v = withTicketEvent(v, full(a, { status: 'no_show', calledAt: T0 + 1, doneAt: T0 + 5, counterId: '1' }));
    v = withTicketEvent(v, full(waiting('A002', T0 - 60), { status: 'done', calledAt: T0 - 20, doneAt: T0 - 10, counterId: '1' })); // before the snapshot
    v = withCall(v, call(waiting('A003', T0 - 70), '1', T0 - 5)); // before the snapshot
    v = withTicketEvent(v, full(waiting('A004', T0 - 80), { status: 'done', calledAt: T0 + 2, doneAt: T0 + 6, counterId: '2' }));
    expect(v.snap.today).toEqual({ served: 2, noShow: 2, called: 3 });
  });

  it('ignores words older than the snapshot or than the newest word about the same ticket', () => {
    const a = waiting('A001', T0 - 50);
    // issued before the snapshot, called since: the late word of its issue does not bring it back
    let v = fromSnapshot(snapshot());
    v = withWaiting(v, joined(a, a.issuedAt));
    expect(numbers(v)).toEqual([]);
    const b = waiting('A002', T0 + 10);
    v = withCall(v, call(b, '2', T0 + 20));
    v = withWaiting(v, joined(b, b.issuedAt));
    expect(numbers(v)).toEqual([]);
    // a ticket transferred into this counter's services after its call is news again
    v = withWaiting(v, joined({ ...b, serviceId: 'tra-ket-qua' }, T0 + 40));
    expect(numbers(v)).toEqual(['A002']);
  });

  it('lets go of a ticket it transferred, and lists it if it serves the new service, with public fields only', () => {
    const a = waiting('A001', T0 - 50);
    const serving = full(a, {
      status: 'serving',
      calledAt: T0 + 10,
      servedAt: T0 + 20,
      counterId: '1',
      identity: { idLast4: '1234', name: 'Nguyễn Văn A', birthDate: '1950-01-02' },
    });
    let v = withAnswer(fromSnapshot(snapshot()), { ticket: serving });
    const moved = full(a, {
      status: 'waiting',
      serviceId: 'tra-ket-qua',
      transfers: [{ from: 'tu-phap', to: 'tra-ket-qua', at: T0 + 30 }],
      identity: serving.identity!,
    });
    v = withTicketEvent(v, moved);
    expect(v.snap.current).toBeUndefined();
    expect(v.snap.waiting).toEqual([{ id: a.id, number: 'A001', serviceId: 'tra-ket-qua', status: 'waiting', priority: false, issuedAt: a.issuedAt }]);
  });

  it("follows the counter's state and drops the tickets of services it no longer serves", () => {
    let v = fromSnapshot(snapshot({ waiting: [waiting('A001', T0 - 50), waiting('K001', T0 - 40, { serviceId: 'tra-ket-qua' })] }));
    expect(withCounter(v, { ...v.snap.counter, id: '2', status: 'paused' })).toBe(v);
    v = withCounter(v, { ...v.snap.counter, status: 'paused', services: ['tra-ket-qua'] });
    expect(v.snap.counter.status).toBe('paused');
    expect(numbers(v)).toEqual(['K001']);
  });

  it('keeps a cut list to what it knows, and asks for a snapshot once it has shrunk to half', () => {
    const list = Array.from({ length: WAITING_LIST_LIMIT }, (_, i) => waiting(`A${String(i + 1).padStart(3, '0')}`, T0 - 1000 + i));
    let v = fromSnapshot(snapshot({ waiting: list }));
    expect(v.cut).toBe(true);
    // issued now: after the unknown tickets past the cut
    v = withWaiting(v, joined(waiting('A900', T0 + 1), T0 + 1));
    expect(v.snap.waiting).toHaveLength(WAITING_LIST_LIMIT);
    expect(numbers(v)).not.toContain('A900');
    // a priority ticket goes first; the list stays at the limit
    v = withWaiting(v, joined(waiting('A901', T0 + 2, { priority: true }), T0 + 2));
    expect(numbers(v)[0]).toBe('A901');
    expect(v.snap.waiting).toHaveLength(WAITING_LIST_LIMIT);
    for (let i = 0; i < WAITING_LIST_LIMIT / 2; i++) {
      expect(needsSnapshot(v)).toBe(false);
      v = withCall(v, call(v.snap.waiting[0]!, '2', T0 + 10 + i));
    }
    expect(needsSnapshot(v)).toBe(true);
    expect(needsSnapshot(fromSnapshot(snapshot()))).toBe(false);
  });

  it('gives the same picture when the recent events are applied again to a snapshot read before, between or after them', () => {
    const a = waiting('A001', T0 - 50);
    const b = waiting('A002', T0 + 20);
    const c = waiting('A003', T0 - 40);
    const events = [
      (v: CounterView) => withCall(v, call(a, '2', T0 + 10)),
      (v: CounterView) => withWaiting(v, joined(b, T0 + 20)),
      (v: CounterView) => withCall(v, call(c, '1', T0 + 30)),
      (v: CounterView) => withTicketEvent(v, full(c, { status: 'done', calledAt: T0 + 30, doneAt: T0 + 40, counterId: '1' })),
    ];
    const replay = (snap: CounterSnapshot) => events.reduce((v, e) => e(v), fromSnapshot(snap)).snap;
    const before = replay(snapshot({ waiting: [a, c] }));
    expect(before.waiting).toEqual([b]);
    expect(before.today).toEqual({ served: 3, noShow: 1, called: 4 });
    expect(before.current).toBeUndefined();
    // read after the first two: holds them, the last two are news to it
    const between = replay(snapshot({ waiting: [c, b], serverTime: T0 + 25 }));
    expect({ ...between, serverTime: T0 }).toEqual(before);
    // read after all four: nothing changes it
    const after = snapshot({
      waiting: [b],
      today: { served: 3, noShow: 1, called: 4 },
      officerToday: { served: 6, noShow: 1, called: 7 },
      serverTime: T0 + 50,
    });
    expect(replay(after)).toEqual(after);
  });

  it('keeps a ticket that joined the queue while the snapshot was being read (stamped after, read before)', () => {
    const a = waiting('A001', T0 + 5);
    // the waiting list was read at T0, before A001 joined at T0 + 5; the snapshot was stamped at T0 + 20
    const v = withWaiting(fromSnapshot(snapshot({ waiting: [], readFrom: T0, serverTime: T0 + 20 })), joined(a, T0 + 5));
    expect(numbers(v)).toEqual(['A001']);
    // applied again to a snapshot that did read it: still once
    expect(numbers(withWaiting(fromSnapshot(snapshot({ waiting: [a], readFrom: T0, serverTime: T0 + 20 })), joined(a, T0 + 5)))).toEqual(['A001']);
  });

  it('leaves the snapshot it was given untouched', () => {
    const snap = snapshot({ waiting: [waiting('A001', T0 - 50)] });
    const copy = structuredClone(snap);
    const v = fromSnapshot(snap);
    withTicket(withCall(v, call(snap.waiting[0]!, '1', T0 + 1)), full(snap.waiting[0]!, { status: 'called', calledAt: T0 + 1, counterId: '1' }));
    expect(snap).toEqual(copy);
  });
});
