/**
 * A Lit reactive controller that keeps one counter's picture for its console. It reads the counter
 * whole only when it joins the counter's room, after a reconnect the server could not recover
 * (office-socket.ts), when the office's configuration changed, or when a cut waiting list runs
 * short; in between, the room's events and the answers to the console's own actions are applied
 * by the reducers of counter-state.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CounterSnapshot, CounterTakeover } from '../../shared/events.js';
import type { JoinBody } from '../../shared/schemas/socket.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { fromSnapshot, needsSnapshot, withCall, withCounter, withTicketEvent, withWaiting, type CounterView } from './counter-state.js';

/** How long events are kept to apply again to a snapshot that may have been read before them. */
const REPLAY_MS = 10_000;

type Change = (view: CounterView) => CounterView;

export interface CounterFeedOptions {
  join: () => JoinBody;
  /** the picture changed (a snapshot, an event or an answer) */
  onChange: (view: CounterView) => void;
  onTakenOver: (e: CounterTakeover) => void;
  onJoinError: (error: { code: string; message: string; values?: Record<string, string | number> }) => void;
}

export class CounterFeed implements ReactiveController {
  view: CounterView | undefined;
  /** server clock − this PC's clock, from the latest snapshot: elapsed and waiting times agree with the hall */
  offsetMs = 0;
  readonly socket: OfficeSocketController;
  /** a snapshot was asked for and has not come yet */
  private reading = false;
  /** the ticket events of the last REPLAY_MS (by this PC's clock) */
  private recent: { at: number; change: Change }[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: CounterFeedOptions,
  ) {
    host.addController(this);
    this.socket = new OfficeSocketController(host, {
      join: opts.join,
      onSnapshot: (s) => {
        if (s.role === 'counter') this.take(s.counter);
      },
      onJoinError: (e) => {
        this.reading = false;
        opts.onJoinError(e);
      },
      subscribe: (sock) => {
        sock.on('ticket.called', (c) => this.onTicketEvent((v) => withCall(v, c)));
        sock.on('ticket.updated', (tk) => this.onTicketEvent((v) => withTicketEvent(v, tk)));
        sock.on('waiting.changed', (w) => this.onTicketEvent((v) => withWaiting(v, w)));
        sock.on('counter.changed', (c) => this.apply((v) => withCounter(v, c)));
        // services or counters changed, or the day closed: what the events carried may no longer add up
        sock.on('office.changed', () => this.reread());
        sock.on('counter.takenOver', (e) => opts.onTakenOver(e));
      },
    });
  }

  hostConnected(): void {}

  /**
   * Shows a snapshot: it replaces everything known. The ticket events of the last seconds are
   * applied to it again: those it holds already change nothing (they are older than it), one that
   * came while it was on its way is not lost.
   */
  take(snap: CounterSnapshot): void {
    this.reading = false;
    this.offsetMs = snap.serverTime - Date.now();
    this.view = this.recent.reduce((v, r) => r.change(v), fromSnapshot(snap));
    this.changed();
  }

  /** Applies an event or an answer. */
  apply(change: Change): void {
    if (!this.view) return; // the snapshot on its way has it
    this.view = change(this.view);
    this.changed();
  }

  /**
   * Applies a ticket event or the answer to one of this console's actions, and keeps it a few
   * seconds: a snapshot read before it (the join's, slow on a busy machine) gets it again.
   */
  onTicketEvent(change: Change): void {
    const now = Date.now();
    this.recent = [...this.recent.filter((r) => now - r.at < REPLAY_MS), { at: now, change }];
    this.apply(change);
  }

  /** Asks for the whole counter again (the socket answers a join with a snapshot). */
  private reread(): void {
    if (this.reading) return;
    this.reading = true;
    this.socket.rejoin();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.opts.onChange(this.view!);
    if (needsSnapshot(this.view!)) this.reread();
  }
}
