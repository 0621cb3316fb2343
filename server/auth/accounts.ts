/**
 * Staff accounts as administrators manage them (issue 10, finding 1). Two levels:
 * - the deployment administrator (`role: 'admin'`, `offices: []`) manages every account;
 * - an office administrator manages only the accounts of its own offices, and never grants more
 *   than it holds: every office of the account, before and after the change, must be one of its
 *   own, so it can neither create a deployment-wide account nor one of another office, nor change
 *   an account that also works elsewhere, nor widen itself.
 * Each change goes into the audit trail with its fields before and after (never the password).
 */
import type { SessionUser, UserBody } from '../../shared/schemas/auth.js';
import { isDeploymentAdmin } from '../access/audiences.js';
import { recordAudit, type Actor } from '../audit/audit-trail.js';
import { fieldChanges } from '../audit/field-diff.js';
import type { Context } from '../context.js';
import { DomainError, forbidden, invalid } from '../domain-error.js';
import { officeDirectory } from '../offices/office-directory.js';
import { publicUser, type StoredUser, type UserStore } from './user-store.js';

export type AccountView = ReturnType<typeof publicUser>;

/** May this administrator manage an account working in these offices? Supervisors read across offices: only the deployment administrator manages them. */
export function manages(admin: SessionUser, account: { role: string; offices: readonly string[] }): boolean {
  if (admin.role !== 'admin') return false;
  if (isDeploymentAdmin(admin)) return true;
  return account.role !== 'supervisor' && account.offices.length > 0 && account.offices.every((o) => admin.offices.includes(o));
}

/** What the trail compares: the account's fields, without username (the target) or password hash. */
const audited = (u: StoredUser) => ({ name: u.name, role: u.role, offices: u.offices, counters: u.counters, groups: u.groups ?? [], disabled: u.disabled });

/** The accounts this administrator manages. */
export async function listAccounts(users: UserStore, actor: Actor): Promise<AccountView[]> {
  return (await users.list()).filter((u) => manages(actor.user, u)).map(publicUser);
}

/** Creates or changes an account within what the administrator manages. */
export async function saveAccount(ctx: Context, users: UserStore, actor: Actor, body: UserBody, opts: { create: boolean }): Promise<AccountView> {
  if (!manages(actor.user, body))
    throw forbidden(
      body.role === 'supervisor'
        ? 'only the deployment administrator creates supervisors'
        : body.offices.length
          ? 'you can give an account only offices you administer'
          : 'only the deployment administrator gives an account every office',
    );
  await checkScopeExists(ctx, body);
  const existing = await users.get(body.username);
  if (existing && !manages(actor.user, existing))
    throw forbidden(`account ${body.username} works outside your offices: only the deployment administrator changes it`);
  const saved = await users.upsert(body, opts);
  await recordAudit(ctx, actor, {
    action: existing ? 'account.changed' : 'account.created',
    target: saved.username,
    offices: [...(existing?.offices ?? []), ...saved.offices],
    changes: fieldChanges(existing ? audited(existing) : {}, audited(saved)),
    ...(body.password ? { passwordChanged: true } : {}),
  });
  return publicUser(saved);
}

/** A mistyped office or group gives an account nothing to work in (a supervisor an empty wall): refused, by name. */
async function checkScopeExists(ctx: Context, body: UserBody): Promise<void> {
  if (!body.offices.length && !body.groups.length) return;
  const directory = await officeDirectory(ctx);
  const unknownOffice = body.offices.find((id) => !directory.some((o) => o.id === id));
  if (unknownOffice) throw invalid('offices', `no office ${unknownOffice}`);
  const unknownGroup = body.groups.find((g) => !directory.some((o) => o.group === g));
  if (unknownGroup) throw invalid('groups', `no office is in group "${unknownGroup}"`);
}

/** Deletes an account the administrator manages (never its own). */
export async function removeAccount(ctx: Context, users: UserStore, actor: Actor, username: string): Promise<void> {
  const existing = await users.get(username);
  if (!existing) throw new DomainError('not_found', `user ${username} not found`);
  if (!manages(actor.user, existing)) throw forbidden(`account ${username} works outside your offices: only the deployment administrator deletes it`);
  if (username === actor.user.username) throw new DomainError('conflict', 'you cannot delete your own account');
  await users.remove(username);
  await recordAudit(ctx, actor, { action: 'account.deleted', target: username, offices: existing.offices, changes: fieldChanges(audited(existing), {}) });
}
