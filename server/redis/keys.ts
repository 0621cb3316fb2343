/**
 * Every Redis key name is built here. Keys of an office carry its id as a Cluster hash tag
 * (`qms:{tay-mo}:…`) so all of an office's scripts touch one slot.
 */
const tag = (office: string) => `qms:{${office}}`;

export const keys = {
  /** hash { v: version, json: OfficeConfig } */
  config: (office: string) => `${tag(office)}:config`,
  /** hash serviceId → JSON array of its former names `{ name, nameEn?, prefix, until }`, oldest first (server/offices/service-names.ts) */
  serviceNames: (office: string) => `${tag(office)}:service-names`,
  /** hash counterId → JSON counter state */
  counters: (office: string) => `${tag(office)}:counters`,
  /** hash number → ticket (stored form: ticket-codec.ts), for one office-local day; scripts get its office and date beside it */
  tickets: (office: string, date: string) => `${tag(office)}:day:${date}:tickets`,
  /** hash serviceId → last sequence number issued that day */
  sequences: (office: string, date: string) => `${tag(office)}:day:${date}:seq`,
  /** sorted set of waiting ticket numbers, score = issue time; one for priority, one for the rest */
  queue: (office: string, date: string, serviceId: string, priority: boolean) => `${tag(office)}:day:${date}:q:${serviceId}:${priority ? 'p' : 'n'}`,
  /** hash metric|dimension → number: the day's rollup that reports read */
  aggregates: (office: string, date: string) => `${tag(office)}:day:${date}:agg`,
  /** hash metric|dimension → number: the sum of the month's day rollups (month YYYY-MM), written
   *  by the same scripts, which get it beside each day rollup (scripts/includes/rollups.lua) */
  monthAggregates: (office: string, month: string) => `${tag(office)}:month:${month}:agg`,
  /** the month rollup of a day's date (YYYY-MM-DD) */
  monthAggregatesOfDay: (office: string, date: string) => keys.monthAggregates(office, date.slice(0, 7)),
  /** string: the month-rollup layout this office's data was rebuilt for (server/reports/month-rollups.ts) */
  monthRollupsBuilt: (office: string) => `${tag(office)}:month-rollups-built`,
  /** hash `kiosk@address|idempotencyKey` → ticket id (issue-ticket.ts idempotencyField: a key answers
   *  only the client that used it); expires a day after the day's last ticket */
  idempotency: (office: string, date: string) => `${tag(office)}:day:${date}:idem`,
  /** list of the day's latest calls (JSON), newest first; expires a day after the day's last call */
  recentCalls: (office: string, date: string) => `${tag(office)}:day:${date}:recent`,
  /** hash ticket number → JSON rating */
  ratings: (office: string, date: string) => `${tag(office)}:day:${date}:ratings`,
  /** sorted set of dates that hold tickets (score = yyyymmdd), for day close and retention */
  days: (office: string) => `${tag(office)}:days`,
  /** set of dates already closed */
  closedDays: (office: string) => `${tag(office)}:closed-days`,
  /** stream: the office's append-only event log (audit) */
  events: (office: string) => `${tag(office)}:events`,
  /** hash serviceId → recent mean service seconds (moving average) */
  serviceStats: (office: string) => `${tag(office)}:svc-stats`,
  /** hash complaintId → JSON complaint */
  complaints: (office: string) => `${tag(office)}:complaints`,
  /** sorted set complaintId by createdAt */
  complaintIndex: (office: string) => `${tag(office)}:complaints:by-time`,
  complaintSeq: (office: string) => `${tag(office)}:complaints:seq`,
  /** hash deviceId → JSON { kind, name, counter?, createdAt, createdBy }: the devices an administrator created */
  deviceRecords: (office: string) => `${tag(office)}:device-records`,
  /** hash deviceId → JSON { hash, pairedAt, pairedBy }: the sha256 of a paired device's key (never the key) */
  deviceKeys: (office: string) => `${tag(office)}:device-keys`,
  /** hash deviceId → JSON { lastSeen, connected }: written only for a device that has a record */
  devicePresence: (office: string) => `${tag(office)}:device-presence`,
  /** string: the demo devices were paired once (server/offices/demo-devices.ts); never again after a revocation */
  demoDevicesPaired: (office: string) => `${tag(office)}:demo-devices-paired`,
  /** the old hash of heartbeats from any made-up id (before device pairing): removed at start */
  legacyDevices: (office: string) => `${tag(office)}:devices`,
  /** list: the office's audit trail (its accounts' and configuration's changes, staff changes; JSON), newest first */
  audit: (office: string) => `${tag(office)}:audit`,
  /** hash dossierId → JSON dossier (received at the desk, resolved later) */
  dossiers: (office: string) => `${tag(office)}:dossiers`,
  /** hash counterId → JSON { ticketId, number, serviceId, at }: the last ticket completed there (rating tablet) */
  tabletLast: (office: string) => `${tag(office)}:tablet-last`,
  /** list: the office's notification delivery log (JSON, newest first, capped; masked recipients, never a text or code) */
  notificationLog: (office: string) => `${tag(office)}:notification-log`,
  /** hash endpointId → JSON endpoint { url, secret, events, enabled, … } (server/webhooks/endpoint-store.ts): the secret is kept to sign, never listed */
  webhookEndpoints: (office: string) => `${tag(office)}:webhooks`,
  /** hash eventId → JSON delivery (its body, status, attempts) of one endpoint (server/webhooks/delivery-store.ts) */
  webhookDeliveries: (office: string, endpoint: string) => `${tag(office)}:webhook:${endpoint}:deliveries`,
  /** sorted set eventId by the event's time: an endpoint's recent deliveries (capped, the pending ones kept) */
  webhookRecent: (office: string, endpoint: string) => `${tag(office)}:webhook:${endpoint}:recent`,
  /** sorted set eventId by the time it died: an endpoint's dead letters (capped) */
  webhookDead: (office: string, endpoint: string) => `${tag(office)}:webhook:${endpoint}:dead`,
  /** list of eventIds not yet delivered to an endpoint about one subject (a ticket, a booking…), oldest first: only the first is sent */
  webhookChain: (office: string, endpoint: string, subject: string) => `${tag(office)}:webhook:${endpoint}:chain:${subject}`,
  /** set of `endpoint|subject` whose chain may hold deliveries: what the sweep looks at */
  webhookChains: (office: string) => `${tag(office)}:webhook-chains`,
  /** hash bookingId → JSON booking (server/bookings/*): the phone number is kept for its messages until retention */
  bookings: (office: string) => `${tag(office)}:bookings`,
  /** hash booking code (6 characters, what the kiosk takes) → bookingId */
  bookingCodes: (office: string) => `${tag(office)}:booking-codes`,
  /** hash `serviceId|HH:MM` → seats taken in that slot of the day */
  slotSeats: (office: string, date: string) => `${tag(office)}:day:${date}:slot-seats`,
  /** hash `p:<phone hash>` and `p:<phone hash>|<serviceId>` → bookings of the day (the caps per person) */
  bookingCaps: (office: string, date: string) => `${tag(office)}:day:${date}:booking-caps`,
  /** set of the ids of the appointments of a day (the day close expires those nobody checked in for) */
  dayBookings: (office: string, date: string) => `${tag(office)}:day:${date}:bookings`,
  /** hash `<phone hash>|<idempotencyKey>` → bookingId: a retried booking answers the first */
  bookingIdempotency: (office: string) => `${tag(office)}:booking-idem`,
  /** hash { code: sha256 of the one-time code, tries, sends, at }: a phone's one-time code, expiring in minutes */
  otp: (office: string, phoneHash: string) => `${tag(office)}:otp:${phoneHash}`,
  /** hash ticket number → JSON Web Push subscription of the phone following it (expires with the day) */
  ticketPush: (office: string, date: string) => `${tag(office)}:day:${date}:push`,
  /**
   * string, expiring a day after the last phone joined to follow one of the office's tickets: while
   * it exists the lines' order is sent to the phones (server/realtime/position-relay.ts); an office no
   * phone follows is not read for them at each call
   */
  phonesFollowing: (office: string) => `${tag(office)}:phones-following`,
  /** hash report snapshot id → JSON */
  reportSnapshots: (office: string) => `${tag(office)}:report-snapshots`,
  /** string: a finished report export file (base64), kept a day */
  reportExport: (office: string, id: string) => `${tag(office)}:report-export:${id}`,
  /** set of the dates a history simulation wrote (scripts/simulate): the only days it may ever replace */
  simulatedDays: (office: string) => `${tag(office)}:simulated-days`,
  /** string, JSON { pid, host, date? }: a history simulation is running; `date` is the day it is writing
   *  now, which the next run rolls back if this one died before committing it */
  simulationJournal: (office: string) => `${tag(office)}:simulation`,
  /**
   * The stand-in of one of an office's keys while a history simulation plays a day (`qms:{office}:sim:…`),
   * copied into the office only when the day is complete.
   */
  simulationStandIn: (key: string) => key.replace(/^(qms:\{[^}]+\}):/, '$1:sim:'),

  /** Deployment-wide keys (not tied to one office). */
  offices: () => 'qms:offices',
  /**
   * hash officeId → JSON { name, shortName?, group? }: what supervisors' scopes and the province views
   * read without loading every configuration (server/offices/office-directory.ts). Version 2 carries
   * the short name; start-up fills it from the configurations (server/offices/data-upgrades.ts).
   */
  officeDirectory: () => 'qms:office-directory:2',
  /** the directory before it carried short names, removed at start-up (server/offices/data-upgrades.ts) */
  legacyOfficeDirectory: () => 'qms:office-directory',
  /** string with a TTL: a supervisor looked at the live wall lately, so every process's relay sends its changes (server/realtime/supervision-relay.ts) */
  supervisionWatched: () => 'qms:supervision:watched',
  /** hash `month-YYYY-MM` → JSON monthly province report (every office's ranking inputs), `meta:<id>` → its list entry (server/supervision/province-reports.ts) */
  provinceReports: () => 'qms:province-reports',
  users: () => 'qms:users',
  /** list: the deployment's audit trail (every account and configuration change), newest first */
  deploymentAudit: () => 'qms:audit',
  session: (sid: string) => `qms:session:${sid}`,
  /** set of an account's session ids, so a change to the account ends them all */
  userSessions: (username: string) => `qms:user-sessions:${username}`,
  /**
   * Sign-in throttle (server/auth/login-throttle.ts). An account's keys share a Cluster slot; the
   * addresses in them are salted hashes. string: failed sign-ins to the account from anywhere
   */
  loginFailures: (username: string) => `qms:login:{${username}}:fail`,
  /** string: failed sign-ins to the account from one (hashed) address */
  loginPairFailures: (username: string, address: string) => `qms:login:{${username}}:fail:${address}`,
  /** sorted set: (hashed) addresses that signed in to the account, score = that sign-in's time (ms) */
  loginKnownAddresses: (username: string) => `qms:login:{${username}}:known`,
  /** string: failed sign-ins from one (hashed) address to any account */
  loginAddressFailures: (address: string) => `qms:login-addr:{${address}}:fail`,
  /** string: the deployment's random salt for address hashes, made once */
  loginAddressSalt: () => 'qms:login-salt',
  /**
   * string: a client's requests in the current minute under one rate limit (server/http/rate-limits.ts).
   * On an office's routes per office and in its Cluster slot (the issue script counts its own), beside
   * the other rate limits rather than among the office's keys.
   */
  rateLimit: (limit: string, client: string, office?: string) => (office ? `qms:rl:{${office}}:${limit}:${client}` : `qms:rl:${limit}:${client}`),
  demoPassword: () => 'qms:demo-password-shown',
  /**
   * hash upgrade name → version: one-time upgrades of older data done for every office of the
   * deployment (server/offices/data-upgrades.ts), so a start need not look at each office again
   */
  dataUpgrades: () => 'qms:data-upgrades',
  /** string, JSON { secretHash, kind, createdAt, confirmed? }: a screen's pairing code, expiring in minutes */
  pairingCode: (code: string) => `qms:pairing:${code}`,
};

/** BullMQ queues share one hash-tagged prefix so they work on a Cluster. */
export const JOB_PREFIX = '{qms-jobs}';
