/**
 * The board's picture of the hall, rebuilt from every snapshot and updated by live events. Pure
 * functions, so a reconnect can never leave a stale counter or call on screen: a snapshot
 * replaces everything.
 */
import type { BoardSnapshot, CallEvent, CounterState, QueueChange } from '../../shared/events.js';

export const RECENT_SHOWN = 8;

/**
 * Adds a call to the recent list. A call the board already shows (a replay after a
 * recovered connection) changes nothing, and only a live call may set a counter's ticket: an old
 * call must never put a finished ticket back on a counter.
 */
export function withCall(board: BoardSnapshot, call: CallEvent, live: boolean): BoardSnapshot {
  if (board.recent.some((c) => c.callId === call.callId)) return board;
  // a live call goes first (the order calls reach the hall is the order they are announced);
  // an old one is filed by its time
  const recent = (live ? [call, ...board.recent] : [...board.recent, call].sort((a, b) => b.at - a.at)).slice(0, 20);
  const counters = live ? board.counters.map((c) => (c.id === call.counterId ? { ...c, ticket: call.ticket } : c)) : board.counters;
  return { ...board, recent, counters };
}

export function withCounter(board: BoardSnapshot, counter: CounterState): BoardSnapshot {
  const known = board.counters.some((c) => c.id === counter.id);
  return { ...board, counters: known ? board.counters.map((c) => (c.id === counter.id ? counter : c)) : [...board.counters, counter] };
}

export function withQueue(board: BoardSnapshot, q: QueueChange): BoardSnapshot {
  const by = new Map(q.services.map((s) => [s.id, s.waiting]));
  return { ...board, services: board.services.map((s) => (by.has(s.id) ? { ...s, waiting: by.get(s.id)! } : s)) };
}

/** A call is live (worth announcing) when it is at most this old by the server's clock. */
export const LIVE_CALL_MS = 60_000;
