/**
 * The audit trail: explicit entries written by the domain functions that change accounts and
 * office configuration (who, when, from which address, each field before and after), so an
 * inspector reads "services[tu-phap].dailyLimit: 200 → 150 by admin-tay-mo from 10.0.3.7", not
 * "PUT …/config → 200".
 *
 * An entry goes to the trail of every office it concerns, which that office's administrators read,
 * and to the deployment trail, which only the deployment administrator reads: a change to a
 * deployment-wide account is in that one alone. Passwords never enter it, hashed or not: only
 * "password changed".
 */
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { AuditAction, AuditEntry } from '../../shared/schemas/audit.js';
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import type { FieldChange } from './field-diff.js';

/** Who asks for a change, and from where. */
export interface Actor {
  user: SessionUser;
  address: string;
  /** set once a domain function has described this request's change in the trail */
  recorded?: boolean;
}

/** Entries kept per trail. */
const KEEP = 5000;
/** An entry stays small: a whole new office's worth of fields is summarised by its count. */
const MAX_CHANGES = 100;

export interface AuditRecord {
  action: AuditAction;
  target?: string;
  /** the offices concerned; [] for a deployment-wide account */
  offices: string[];
  changes?: FieldChange[];
  passwordChanged?: boolean;
  secretChanged?: boolean;
  preset?: string;
  method?: string;
  path?: string;
  status?: number;
}

/**
 * Appends one entry. Called after the change is stored: the trail and the change live in different
 * slots of a Cluster, so they cannot share a transaction; a failure here reaches the caller (an
 * administrator sees the error) rather than being swallowed.
 */
export async function recordAudit(ctx: Context, actor: Actor, record: AuditRecord): Promise<void> {
  const { changes, ...rest } = record;
  const entry: AuditEntry = {
    at: ctx.clock(),
    user: actor.user.username,
    role: actor.user.role,
    address: actor.address,
    ...rest,
    offices: [...new Set(record.offices)],
    ...(changes ? { changes: changes.slice(0, MAX_CHANGES), ...(changes.length > MAX_CHANGES ? { moreChanges: changes.length - MAX_CHANGES } : {}) } : {}),
  };
  const json = JSON.stringify(entry);
  const trails = entry.offices.map((o) => keys.audit(o));
  // staff requests stay in their office's trail; the deployment trail is for administration
  if (record.action !== 'request' || trails.length === 0) trails.push(keys.deploymentAudit());
  // the trails are in different Cluster slots; the trim keeps a trail's length bounded and need not
  // be atomic with the push (a MULTI costed two more commands on every staff request)
  await Promise.all(trails.map((key) => Promise.all([ctx.redis.lpush(key, json), ctx.redis.ltrim(key, 0, KEEP - 1)])));
  actor.recorded = true;
}

async function newest(ctx: Context, key: string, limit: number): Promise<AuditEntry[]> {
  return (await ctx.redis.lrange(key, 0, limit - 1)).map((e) => JSON.parse(e) as AuditEntry);
}

/** The newest entries of an office's trail. */
export const readOfficeAudit = (ctx: Context, office: string, limit = 500) => newest(ctx, keys.audit(office), limit);

/** The newest entries of the deployment's trail. */
export const readDeploymentAudit = (ctx: Context, limit = 500) => newest(ctx, keys.deploymentAudit(), limit);
