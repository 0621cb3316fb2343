/**
 * Every socket.io event a client may send, and every screen role it may join as, with who may:
 * the socket half of the access table (the HTTP half is route-table.ts). The socket server checks
 * each `join` against SOCKET_JOINS and answers any event not in SOCKET_EVENTS with an error
 * acknowledgement, so a role or event without an entry refuses everyone.
 */
import type { ClientToServerEvents } from '../../shared/events.js';
import type { ClientRole } from '../../shared/schemas/socket.js';
import type { AccessRule } from './audiences.js';

/** Who may join as each screen role; `:office` and `:counter` are the join's `office` and `counter`. */
export const SOCKET_JOINS = {
  kiosk: { who: ['anyone'], what: 'kiosk screen: public office info (issuing checks the kiosk itself)' },
  board: { who: ['anyone'], what: 'hall board: public calls; a paired board only, where the office allows no unpaired screens' },
  'counter-screen': { who: ['anyone'], what: 'screen above a counter: as the board' },
  tablet: { who: ['tablet'], what: "the counter's paired rating tablet: rating requests of that counter" },
  ticket: { who: ['anyone'], what: "a citizen's phone: one ticket, with its token" },
  counter: { who: ['officer', 'office-admin'], what: "counter console: full tickets of that counter (the officer's own counters only)" },
  chairman: { who: ['chairman', 'office-admin'], what: 'leadership live view: ratings, complaints, alerts' },
  admin: { who: ['office-admin'], what: 'administration live view' },
  supervisor: { who: ['supervisor', 'deployment-admin'], what: "the province's live wall: every office of the scope (join without an office)" },
} as const satisfies Record<ClientRole | 'supervisor', AccessRule>;

/** Events a client may send. */
export const SOCKET_EVENTS = {
  join: { who: ['anyone'], what: 'join as a screen role: then SOCKET_JOINS decides' },
  snapshot: { who: ['anyone'], what: 'a fresh snapshot of what the socket joined, after its session or device key is checked again' },
  heartbeat: { who: ['anyone'], what: "a joined screen's heartbeat: only a paired device's is recorded" },
} as const satisfies Record<keyof ClientToServerEvents, AccessRule>;
