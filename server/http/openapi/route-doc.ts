/**
 * What the API description says of one route, beside its access rule (server/access/route-table.ts).
 * Request schemas are the very zod schemas the handler parses; response schemas are those of
 * shared/schemas/*-responses.ts. `openapi-document.ts` turns these into OpenAPI 3.1, and
 * test/api proves the real answers of every route match them.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors.js';

/** The groups of the reference, in its order, each with what it is about. */
export const TAGS = {
  Citizens: 'Kiosks, hall boards and the phones of citizens: no sign-in; a ticket is authenticated by its token',
  Bookings: 'Remote numbers and appointments from a phone (a verified mobile number), and their check-in at the kiosk',
  'Kiosks and tablets': "A kiosk's network printer and a counter's rating tablet",
  Devices: 'Pairing kiosks, tablets, boards and counter screens with an office',
  Counter: "The officer's console: a signed-in officer holding a counter",
  Reports: "The chairman's reports: live, range figures, satisfaction, exports, self-inspection",
  Province: 'Supervisors over the offices of their scope',
  Complaints: 'The complaint inbox of the chairman',
  Dossiers: 'Dossiers received at the desk and their results',
  Administration: 'Offices, accounts, devices and the audit trails',
  Webhooks: "An office's signed webhooks: endpoints, deliveries, dead letters and resend (the receivers' guide: docs/webhooks.md)",
  'Staff sign-in': 'Sessions of staff accounts (cookie and CSRF token)',
  Operations: 'Health, readiness, metrics, and this description',
} as const;
export type Tag = keyof typeof TAGS;

export interface ResponseDoc {
  description: string;
  /** the JSON body; none: an empty answer, or only the `files` */
  body?: z.ZodType;
  example?: unknown;
  /** media types of a body that is not JSON (a file, the metrics text) */
  files?: readonly string[];
  /** response headers worth knowing, with what they say */
  headers?: Readonly<Record<string, string>>;
}

export interface RouteDoc {
  tag: Tag;
  summary: string;
  /** more, in Markdown: what the route does, its rules, its quirks */
  description?: string;
  /** mounted at the server's root rather than under /api/v1 */
  root?: true;
  /** the schemas the handler parses: path parameters, query string, JSON body */
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyExample?: unknown;
  /** answers by HTTP status (2xx, 3xx; an error status only where it has a body of its own) */
  responses: Readonly<Record<number, ResponseDoc>>;
  /**
   * Refusals of this route, each under its code's status (server/http/error-status.ts). Added by
   * themselves: `validation_failed` where something is parsed, `bad_json` and friends where a body
   * is, the sign-in, role, CSRF and pairing refusals of the route's audience, `not_found` for an
   * unknown `:office`, `rate_limited` where `rateLimited`.
   */
  errors?: readonly ErrorCode[];
  /** counted against a per-address budget: 429 `rate_limited` with Retry-After */
  rateLimited?: true;
}
