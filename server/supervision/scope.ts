/**
 * A supervisor's scope: the offices it reads. An account lists offices, groups (regions) or both;
 * with neither it reads the whole deployment (as an administrator with no offices administers
 * every one). The deployment administrator reads everything too. Groups are resolved against the
 * office directory on each request, so moving an office to another group moves it between scopes
 * at once.
 */
import type { SessionUser } from '../../shared/schemas/auth.js';
import { isDeploymentAdmin } from '../access/audiences.js';
import type { Context } from '../context.js';
import { officeDirectory, type DirectoryEntry } from '../offices/office-directory.js';

/** Does this account read the province views at all? */
export const readsProvince = (user: SessionUser): boolean => user.role === 'supervisor' || isDeploymentAdmin(user);

/** Reads the whole deployment (one socket room for all such accounts). */
export const readsEverything = (user: SessionUser): boolean =>
  isDeploymentAdmin(user) || (user.role === 'supervisor' && !user.offices.length && !user.groups?.length);

/** Is this office in the scope, given its directory entry? */
export function inScope(user: SessionUser, office: Pick<DirectoryEntry, 'id' | 'group'>): boolean {
  if (!readsProvince(user)) return false;
  if (readsEverything(user)) return true;
  return user.offices.includes(office.id) || (office.group !== undefined && (user.groups ?? []).includes(office.group));
}

/** The offices this account reads, with their names and groups (none for an office role). */
export async function supervisedOffices(ctx: Context, user: SessionUser): Promise<DirectoryEntry[]> {
  if (!readsProvince(user)) return [];
  return (await officeDirectory(ctx)).filter((o) => inScope(user, o));
}
