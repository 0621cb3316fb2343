/**
 * Who may call what: the callers the route and socket tables name, and how a signed-in account or
 * a paired device is matched against them. Domain words, no HTTP: the HTTP guard and the socket
 * server both use these.
 */
import type { SessionUser } from '../../shared/schemas/auth.js';

/**
 * - `anyone`: no sign-in (boards, phones, kiosks of offices that do not require pairing);
 * - `signed-in`: any staff session;
 * - `officer`, `chairman`: accounts of the office in the path;
 * - `office-admin`: an administrator of the office in the path (a deployment administrator is one
 *   for every office);
 * - `deployment-admin`: an administrator with `offices: []`, over the whole deployment;
 * - `supervisor`: reads the offices in its scope (its offices and groups; every office with neither), never acts;
 * - `kiosk`, `tablet`, `board`, `counter-screen`: a paired device of the office in the path (and
 *   of the counter in the path, for a tablet or counter screen).
 */
export const Audience = [
  'anyone',
  'signed-in',
  'officer',
  'chairman',
  'office-admin',
  'deployment-admin',
  'supervisor',
  'kiosk',
  'tablet',
  'board',
  'counter-screen',
] as const;
export type Audience = (typeof Audience)[number];
export type DeviceKind = Extract<Audience, 'kiosk' | 'tablet' | 'board' | 'counter-screen'>;
export const DEVICE_KINDS: readonly DeviceKind[] = ['kiosk', 'tablet', 'board', 'counter-screen'];

export interface AccessRule {
  who: readonly Audience[];
  /** what the entry is for, in a few words (the table is the documentation) */
  what: string;
}

/** A paired device, as the guard sees it (server/devices). */
export interface DeviceIdentity {
  id: string;
  office: string;
  kind: DeviceKind;
  counter?: string;
}

/** The caller of one request or socket event. */
export interface Caller {
  user?: SessionUser;
  device?: DeviceIdentity;
  /** a supervisor's offices, resolved from its offices and groups when it signed the request (server/supervision/scope.ts) */
  supervised?: ReadonlySet<string>;
}

export const isDeploymentAdmin = (u: SessionUser): boolean => u.role === 'admin' && u.offices.length === 0;

/** May this account work in (or, for a supervisor, read) that office? */
export function worksIn(user: SessionUser, office: string): boolean {
  return isDeploymentAdmin(user) || user.offices.includes(office);
}

/** Does one audience admit this caller, for the office and counter of the path (when it has them)? */
export function admits(who: Audience, caller: Caller, place: { office?: string; counter?: string }): boolean {
  const { user, device } = caller;
  const inOffice = (u: SessionUser) => place.office === undefined || worksIn(u, place.office);
  switch (who) {
    case 'anyone':
      return true;
    case 'signed-in':
      return Boolean(user);
    case 'officer':
    case 'chairman':
      return Boolean(user && user.role === who && inOffice(user));
    case 'supervisor':
      return Boolean(user && user.role === 'supervisor' && (place.office === undefined || caller.supervised?.has(place.office)));
    case 'office-admin':
      return Boolean(user && user.role === 'admin' && inOffice(user));
    case 'deployment-admin':
      return Boolean(user && isDeploymentAdmin(user));
    default:
      return Boolean(
        device &&
        device.kind === who &&
        (place.office === undefined || device.office === place.office) &&
        (place.counter === undefined || device.counter === place.counter),
      );
  }
}
