/**
 * The audit trail as the admin page reads it (`GET /admin/offices/:office/audit`, `GET /admin/audit`):
 * who changed what, when and from which address, each changed field before and after.
 */
import type { Role } from './auth.js';

export const AuditAction = [
  'account.created',
  'account.changed',
  'account.deleted',
  'office.created',
  'office.changed',
  'office.preset',
  'webhook.created',
  'webhook.changed',
  'webhook.deleted',
  'webhook.resent',
  'request',
] as const;
export type AuditAction = (typeof AuditAction)[number];

/** One changed field; `before` absent: the field was added, `after` absent: it was removed. */
export interface AuditChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  at: number;
  /** who: the account and its role at the time */
  user: string;
  role: Role;
  /** the client address of the request (as Express sees it behind TRUST_PROXY) */
  address: string;
  action: AuditAction;
  /** the account (username) or office (id) changed */
  target?: string;
  /** the offices the change concerns; [] for a deployment-wide account or request */
  offices: string[];
  changes?: AuditChange[];
  /** changes beyond the first 100, counted only */
  moreChanges?: number;
  /** a password was set: never the password or its hash */
  passwordChanged?: boolean;
  /** a webhook's signing secret was set or made anew: never the secret */
  secretChanged?: boolean;
  /** `office.preset`: which one */
  preset?: string;
  /** `request`: a staff change no domain function described (a counter call, a complaint answer) */
  method?: string;
  path?: string;
  status?: number;
}
