/**
 * Every HTTP route with who may call it: the one table the router enforces (server/http/guarded-router.ts).
 * A route is registered by its key here, so a route without an entry does not compile, and one
 * registered around the table refuses everyone. `:office` and `:counter` in a path scope the
 * caller: staff must work in that office (a deployment administrator works in all), a paired
 * device must belong to it (and to that counter).
 *
 * Paths are relative to where their router is mounted: `/api/v1` for the API, the root for health.
 * The domain still checks what only it can know (a ticket's token, who holds a counter, which
 * accounts an office administrator may change).
 */
import type { AccessRule, Audience } from './audiences.js';

const STAFF_OF_OFFICE = ['officer', 'chairman', 'office-admin'] as const satisfies readonly Audience[];
const LEADERS = ['chairman', 'office-admin'] as const satisfies readonly Audience[];
/** leadership, and supervisors of the office (read-only: the province wall opens an office's reports) */
const READERS = ['chairman', 'office-admin', 'supervisor'] as const satisfies readonly Audience[];
/** the province views: supervisors over their scope, the deployment administrator over every office */
const PROVINCE = ['supervisor', 'deployment-admin'] as const satisfies readonly Audience[];
const COUNTER_STAFF = ['officer', 'office-admin'] as const satisfies readonly Audience[];
const DEVICES = ['kiosk', 'tablet', 'board', 'counter-screen'] as const satisfies readonly Audience[];

export const ROUTES = {
  'GET /': { who: ['anyone'], what: 'redirects to the kiosk' },
  // health and metrics (metrics also needs a loopback caller or METRICS_TOKEN)
  'GET /healthz': { who: ['anyone'], what: 'liveness' },
  'GET /readyz': { who: ['anyone'], what: 'readiness (Redis reachable)' },
  'GET /metrics': { who: ['anyone'], what: 'Prometheus metrics, loopback or METRICS_TOKEN only' },
  'GET /openapi.json': { who: ['anyone'], what: 'this API described as OpenAPI 3.1 (read at /console/api.html)' },

  // staff sign-in
  'POST /auth/login': { who: ['anyone'], what: 'sign in' },
  'POST /auth/logout': { who: ['anyone'], what: 'sign out (ends the session and its sockets)' },
  'GET /auth/me': { who: ['signed-in'], what: 'the signed-in account' },
  'GET /auth/session': { who: ['anyone'], what: "the caller's session, or null (a page's first question, not an error when signed out)" },

  // the hall and the citizen's phone: tickets are authenticated by their token
  'GET /offices/:office': { who: ['anyone'], what: 'public office info' },
  'GET /offices/:office/board': { who: ['anyone'], what: 'board snapshot' },
  'POST /offices/:office/tickets': { who: ['anyone'], what: 'take a ticket (a paired kiosk where the office requires it)' },
  'GET /tickets/:id': { who: ['anyone'], what: "a ticket's status, with its token" },
  'POST /tickets/:id/cancel': { who: ['anyone'], what: 'cancel a waiting ticket, with its token' },
  'POST /tickets/:id/rating': { who: ['anyone'], what: 'rate a ticket, with its token' },
  'POST /tickets/:id/push': { who: ['anyone'], what: "the phone following a ticket asks for Web Push messages (turn near, called), with the ticket's token" },
  'GET /push/key': { who: ['anyone'], what: "the deployment's VAPID public key, for Web Push subscriptions" },
  'POST /offices/:office/complaints': { who: ['anyone'], what: 'file a complaint' },
  'GET /offices/:office/kiosks/:kiosk': { who: ['anyone'], what: "a kiosk's printer setting" },
  'POST /offices/:office/kiosks/:kiosk/print': { who: ['anyone'], what: 'print a ticket on the network printer, with its token' },
  'POST /offices/:office/counters/:counter/tablet-rating': { who: ['tablet'], what: "rate the counter's last ticket from that counter's paired tablet" },

  // bookings from a phone: a verified mobile number (one-time code); bookings authenticated by their token
  'GET /offices/:office/booking-options': { who: ['anyone'], what: "services that take bookings, today's remote numbers, free slots" },
  'POST /offices/:office/bookings/otp': { who: ['anyone'], what: 'send a one-time code to a mobile number (rate-limited per address and per number)' },
  'POST /offices/:office/bookings': { who: ['anyone'], what: 'take a remote number or book a slot, with the one-time code' },
  'GET /bookings/:id': { who: ['anyone'], what: 'a booking (and its ticket), with its token' },
  'DELETE /bookings/:id': { who: ['anyone'], what: 'cancel a booking, with its token' },
  'POST /offices/:office/bookings/check-in': {
    who: ['anyone'],
    what: 'check in an appointment by its code at the kiosk (a paired kiosk where the office requires it)',
  },

  // device pairing: the screen's request secret is its credential until it holds a device key
  'POST /devices/pairing-requests': { who: ['anyone'], what: 'a screen asks for a pairing code (rate-limited)' },
  'POST /devices/pairing-requests/claim': { who: ['anyone'], what: 'the screen collects its device key once, with the request secret' },
  'GET /devices/me': { who: DEVICES, what: 'the paired device itself' },

  // the counter console
  'GET /offices/:office/counters/:counter': { who: COUNTER_STAFF, what: 'counter snapshot' },
  'POST /offices/:office/counters/:counter/open': { who: COUNTER_STAFF, what: 'take the counter' },
  'POST /offices/:office/counters/:counter/close': { who: COUNTER_STAFF, what: 'leave the counter' },
  'POST /offices/:office/counters/:counter/pause': { who: COUNTER_STAFF, what: 'pause the counter' },
  'POST /offices/:office/counters/:counter/resume': { who: COUNTER_STAFF, what: 'resume the counter' },
  'POST /offices/:office/counters/:counter/call-next': { who: COUNTER_STAFF, what: 'call the next ticket' },
  'POST /offices/:office/counters/:counter/call': { who: COUNTER_STAFF, what: 'call a chosen ticket' },
  'POST /offices/:office/counters/:counter/recall': { who: COUNTER_STAFF, what: 'call the current ticket again' },
  'POST /offices/:office/counters/:counter/start': { who: COUNTER_STAFF, what: 'start serving' },
  'POST /offices/:office/counters/:counter/complete': { who: COUNTER_STAFF, what: 'finish the current ticket' },
  'POST /offices/:office/counters/:counter/no-show': { who: COUNTER_STAFF, what: 'mark the current ticket absent' },
  'POST /offices/:office/counters/:counter/transfer': { who: COUNTER_STAFF, what: 'send the current ticket to another service' },

  // the chairman's reports and complaints
  'GET /offices/:office/reports/live': { who: READERS, what: 'today live' },
  'GET /offices/:office/reports/summary': { who: READERS, what: 'range totals' },
  'GET /offices/:office/reports/breakdown': { who: READERS, what: 'range by day, hour, service, counter, officer' },
  'GET /offices/:office/reports/heatmap': { who: READERS, what: 'weekday × hour' },
  'GET /offices/:office/reports/satisfaction': { who: READERS, what: 'ratings, both scales' },
  'GET /offices/:office/reports/comments': { who: READERS, what: "citizens' comments" },
  'GET /offices/:office/reports/dossiers': { who: READERS, what: 'dossier figures' },
  'GET /offices/:office/reports/export': { who: READERS, what: 'CSV or XLSX export' },
  // a supervisor queues one too: a long range's file is only made by a job, and it changes nothing of the office
  'POST /offices/:office/reports/exports': { who: READERS, what: 'queue a large export' },
  'GET /offices/:office/reports/exports/:id': { who: READERS, what: 'export job status' },
  'GET /offices/:office/reports/exports/:id/file': { who: READERS, what: 'export file' },
  'GET /offices/:office/reports/snapshots': { who: READERS, what: 'self-inspection reports' },
  'POST /offices/:office/reports/snapshots': { who: LEADERS, what: 'make a self-inspection report' },
  'GET /offices/:office/reports/snapshots/:id': { who: READERS, what: 'one self-inspection report' },
  // the province: every office of a supervisor's scope, live and ranked (server/supervision)
  'GET /supervision/live': { who: PROVINCE, what: 'every office in scope, live: waiting, longest wait, counters, today, alerts' },
  'GET /supervision/ranking': { who: PROVINCE, what: 'every office in scope ranked over a range, with the previous period, the total and the median' },
  'GET /supervision/ranking/export': { who: PROVINCE, what: 'the ranking as CSV, XLSX or an A4 PDF' },
  'GET /supervision/reports': { who: PROVINCE, what: 'the monthly province reports' },
  'GET /supervision/reports/:id': { who: PROVINCE, what: 'one monthly province report, narrowed to the scope (JSON, CSV, XLSX or PDF)' },

  'GET /offices/:office/complaints': { who: LEADERS, what: 'complaint inbox' },
  'GET /offices/:office/complaints/:id': { who: LEADERS, what: 'one complaint' },
  'POST /offices/:office/complaints/:id/assign': { who: LEADERS, what: 'assign a complaint' },
  'POST /offices/:office/complaints/:id/respond': { who: LEADERS, what: 'answer a complaint' },
  'POST /offices/:office/complaints/:id/resolve': { who: LEADERS, what: 'close a complaint' },
  'GET /offices/:office/dossiers': { who: STAFF_OF_OFFICE, what: 'dossiers received' },
  'POST /offices/:office/dossiers/:id/resolve': { who: STAFF_OF_OFFICE, what: 'record a dossier result' },
  // the dossier link (docs/dossiers.md): codes on tickets, and dossiers from the one-stop software
  'POST /offices/:office/tickets/:ticket/dossiers': { who: STAFF_OF_OFFICE, what: 'link dossier codes to a completed ticket' },
  'GET /offices/:office/dossiers/:id': { who: READERS, what: 'a dossier with its tickets and their ratings' },
  'POST /offices/:office/dossiers/import': { who: LEADERS, what: "import dossiers from the one-stop software's Excel export" },
  'POST /offices/:office/dossiers/batch': { who: LEADERS, what: 'push many dossiers with their dates (upsert by code)' },
  'PUT /offices/:office/dossiers/:id': { who: LEADERS, what: 'push one dossier with its dates (upsert by code)' },

  // administration: the domain narrows account changes to the administrator's offices (server/auth/accounts.ts)
  'GET /admin/offices': { who: ['office-admin'], what: 'the offices this administrator manages' },
  'POST /admin/offices': { who: ['deployment-admin'], what: 'create an office' },
  'GET /admin/offices/:office/config': { who: ['office-admin'], what: "an office's configuration" },
  'PUT /admin/offices/:office/config': { who: ['office-admin'], what: "change an office's configuration" },
  'POST /admin/offices/:office/presets/:preset': { who: ['office-admin'], what: 'apply an hours preset' },
  'GET /admin/offices/:office/devices': { who: ['office-admin'], what: "the office's devices, paired or not, with their last heartbeat" },
  'POST /admin/offices/:office/devices': { who: ['office-admin'], what: 'create a device (kind, name, counter)' },
  'POST /admin/offices/:office/devices/:device/pair': { who: ['office-admin'], what: 'confirm the pairing code a screen shows' },
  'POST /admin/offices/:office/devices/:device/revoke': { who: ['office-admin'], what: "end a device's pairing (its key and sockets)" },
  'DELETE /admin/offices/:office/devices/:device': { who: ['office-admin'], what: 'delete a device' },
  'GET /admin/offices/:office/audit': { who: ['office-admin'], what: "the office's audit trail" },
  // signed webhooks of an office (docs/webhooks.md); the secret is answered only when made or set
  'GET /admin/offices/:office/webhooks': { who: ['office-admin'], what: "the office's webhook endpoints, without their secrets" },
  'POST /admin/offices/:office/webhooks': { who: ['office-admin'], what: 'add a webhook endpoint (url, events); its secret is answered once' },
  'PUT /admin/offices/:office/webhooks/:id': { who: ['office-admin'], what: 'change a webhook endpoint (url, events, on/off, secret)' },
  'DELETE /admin/offices/:office/webhooks/:id': { who: ['office-admin'], what: 'delete a webhook endpoint and its deliveries' },
  'GET /admin/offices/:office/webhooks/:id/deliveries': { who: ['office-admin'], what: "an endpoint's recent deliveries and dead letters" },
  'POST /admin/offices/:office/webhooks/:id/deliveries/:delivery/resend': { who: ['office-admin'], what: 'send a delivery again (same id)' },
  'GET /admin/audit': { who: ['deployment-admin'], what: "the deployment's audit trail: every account and configuration change" },
  'GET /admin/users': { who: ['office-admin'], what: 'accounts this administrator manages' },
  'POST /admin/users': { who: ['office-admin'], what: 'create an account within its offices' },
  'PUT /admin/users/:username': { who: ['office-admin'], what: 'change an account within its offices' },
  'DELETE /admin/users/:username': { who: ['office-admin'], what: 'delete an account within its offices' },
} as const satisfies Record<string, AccessRule>;

export type RouteKey = keyof typeof ROUTES;
