/** Accounts, the audit trail and the province's live wall in the API's answers (see ticket-responses.ts). */
import { z } from 'zod';
import { AuditAction } from './audit.js';
import { Role } from './auth.js';
import { SupervisionAlertKind } from './supervision.js';
import { Instant } from './ticket-responses.js';

export const SessionUser = z
  .object({
    username: z.string(),
    name: z.string(),
    role: Role,
    offices: z.array(z.string()).describe('[] for an administrator: every office (the deployment administrator)'),
    counters: z.array(z.string()).describe("the counters an officer may open; []: any of its offices'"),
    groups: z.array(z.string()).optional().describe("a supervisor's office groups"),
  })
  .meta({ id: 'SessionUser', description: 'The signed-in account' });

export const MeResponse = z
  .object({ user: SessionUser, csrfToken: z.string().describe('echo it as `X-CSRF-Token` on every change'), expiresAt: Instant })
  .meta({ id: 'MeResponse' });

export const SessionResponse = z.object({ session: MeResponse.nullable().describe('null when the caller is not signed in') }).meta({ id: 'SessionResponse' });

export const Account = SessionUser.extend({ disabled: z.boolean() }).meta({
  id: 'Account',
  description: 'An account as administrators manage it (never its password or hash)',
});

export const AuditEntry = z
  .object({
    at: Instant,
    user: z.string(),
    role: Role,
    address: z.string(),
    action: z.enum(AuditAction),
    target: z.string().optional(),
    offices: z.array(z.string()),
    changes: z.array(z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })).optional(),
    moreChanges: z.number().optional(),
    passwordChanged: z.boolean().optional(),
    secretChanged: z.boolean().optional().describe("a webhook's signing secret was set or made anew: never the secret"),
    preset: z.string().optional(),
    method: z.string().optional(),
    path: z.string().optional(),
    status: z.number().optional(),
  })
  .meta({ id: 'AuditEntry', description: 'Who changed what, when and from which address' });

export const LiveOfficeRow = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable().describe('the short name the wall shows (the full name is `name`)'),
    group: z.string().nullable(),
    date: z.string(),
    waiting: z.number(),
    longestWaitSeconds: z.number(),
    waitingSince: Instant.nullable().describe('when the longest-waiting citizen took the number: a page counts on'),
    targetWaitMinutes: z.number().nullable().describe("the wait target of the longest-waiting citizen's service (minutes)"),
    countersOpen: z.number(),
    countersPaused: z.number(),
    countersClosed: z.number(),
    issuedToday: z.number(),
    servedToday: z.number(),
    satisfactionToday: z.number().nullable(),
    ratingsToday: z.number(),
    overdueComplaints: z.number(),
    screensOffline: z.number(),
    alerts: z.array(z.object({ kind: SupervisionAlertKind, count: z.number() })),
    at: Instant,
  })
  .meta({ id: 'LiveOfficeRow', description: 'One office on the live wall' });

export const SupervisionLive = z.object({ offices: z.array(LiveOfficeRow), serverTime: Instant }).meta({ id: 'SupervisionLive' });
