/** Staff sign-in; health, readiness, metrics, the kiosk redirect and this description. */
import { z } from 'zod';
import { LoginBody } from '../../../shared/schemas/auth.js';
import { MeResponse, SessionResponse } from '../../../shared/schemas/staff-responses.js';
import type { RouteKey } from '../../access/route-table.js';
import type { RouteDoc } from './route-doc.js';

const me = {
  user: { username: 'an.nv', name: 'Nguyễn Văn An', role: 'officer', offices: ['tay-mo'], counters: [], groups: [] },
  csrfToken: 'c'.repeat(43),
  expiresAt: 1795624200000,
};

export const OPERATION_DOCS = {
  'POST /auth/login': {
    tag: 'Staff sign-in',
    summary: 'Sign in',
    description:
      'Sets the `qms_sid` cookie (httpOnly, SameSite=Strict). Failed sign-ins are slowed and hold back the client that makes them, never the account everywhere: 429 `too_many_failures` with Retry-After, the password not checked meanwhile.',
    body: LoginBody,
    bodyExample: { username: 'an.nv', password: 'mot-cua-tay-mo-2026' },
    rateLimited: true,
    errors: ['unauthenticated', 'too_many_failures'],
    responses: {
      200: {
        description: 'signed in: the account, the CSRF token to echo, when the session ends',
        body: MeResponse,
        example: me,
        headers: { 'Set-Cookie': 'qms_sid=…; HttpOnly; SameSite=Strict' },
      },
    },
  },
  'POST /auth/logout': {
    tag: 'Staff sign-in',
    summary: 'Sign out',
    description: 'Ends the session and its sockets; with a session, the CSRF token is needed.',
    errors: ['csrf_failed'],
    responses: { 204: { description: 'signed out (or was not signed in)' } },
  },
  'GET /auth/me': {
    tag: 'Staff sign-in',
    summary: 'The signed-in account',
    responses: { 200: { description: 'the account and its CSRF token', body: MeResponse, example: me } },
  },
  'GET /auth/session': {
    tag: 'Staff sign-in',
    summary: "The caller's session, if any",
    description: 'What `GET /auth/me` answers, or `null` without a session: the staff pages ask this first, where a 401 would be logged as a failed request.',
    responses: { 200: { description: 'the session, or null', body: SessionResponse, example: { session: me } } },
  },

  'GET /': {
    tag: 'Operations',
    summary: 'The kiosk page',
    root: true,
    responses: { 302: { description: 'to /kiosk/', files: ['text/plain'], headers: { Location: '/kiosk/' } } },
  },
  'GET /healthz': {
    tag: 'Operations',
    summary: 'Liveness',
    root: true,
    responses: { 200: { description: 'the process answers', body: z.object({ ok: z.literal(true) }) } },
  },
  'GET /readyz': {
    tag: 'Operations',
    summary: 'Readiness',
    description: 'Redis answers within a second.',
    root: true,
    errors: ['unavailable'],
    responses: { 200: { description: 'ready', body: z.object({ ok: z.literal(true), redis: z.literal('up') }) } },
  },
  'GET /metrics': {
    tag: 'Operations',
    summary: 'Prometheus metrics',
    description:
      'With METRICS_TOKEN set, only with it as a bearer token; without, only to a scraper on the same machine talking to the process directly (no X-Forwarded-For). `qms_tickets_issued_total`, `qms_tickets_called_total`, `qms_wait_seconds`, `qms_connected_sockets`, `qms_job_failures_total` and the defaults of Node.',
    root: true,
    errors: ['unauthenticated', 'forbidden'],
    responses: { 200: { description: 'the metrics', files: ['text/plain'] } },
  },
  'GET /openapi.json': {
    tag: 'Operations',
    summary: 'This description (OpenAPI 3.1)',
    description: 'Read it at /console/api.html.',
    responses: {
      200: {
        description: 'the OpenAPI document',
        body: z.looseObject({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }).loose() }),
      },
    },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
