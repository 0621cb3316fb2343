/**
 * Seeds the demo office and its accounts on first start: admin, chutich (chairman),
 * canbo1…canbo6 (officers at counters 1…6) and giamsat (supervisor of the whole province). The
 * password is DEMO_PASSWORD when set, else one generated here and printed once. An install
 * seeded before an account was added to the demo gets it when DEMO_PASSWORD is set (a generated
 * password is not kept in Redis), the other accounts untouched.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from '../context.js';
import type { UserStore } from '../auth/user-store.js';
import { DomainError } from '../domain-error.js';
import { DEMO_OFFICE_ID, demoOffice } from './demo-office.js';

export interface SeedResult {
  created: boolean;
  /** set only when the accounts were created now with a generated password */
  generatedPassword?: string;
  /** demo accounts an earlier install lacked, created now with DEMO_PASSWORD */
  added?: string[];
}

/** The demo accounts; their usernames are printed in the README, so the password must not resemble them. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', name: 'Quản trị hệ thống', role: 'admin' as const, offices: [] as string[] },
  { username: 'chutich', name: 'Chủ tịch UBND phường', role: 'chairman' as const, offices: [DEMO_OFFICE_ID] },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ username: `canbo${n}`, name: `Cán bộ quầy ${n}`, role: 'officer' as const, offices: [DEMO_OFFICE_ID] })),
  // no offices and no groups: reads every office of the deployment (the province)
  { username: 'giamsat', name: 'Cán bộ giám sát UBND thành phố', role: 'supervisor' as const, offices: [] as string[] },
];

/** Accounts added to the demo after its first release: an existing install gets them too. */
const LATER_ACCOUNTS = ['giamsat'];

export async function seedDemoOffice(ctx: Context, users: UserStore, demoPassword?: string): Promise<SeedResult> {
  if (await ctx.offices.exists(DEMO_OFFICE_ID)) return { created: false, added: demoPassword ? await addLaterAccounts(users, demoPassword) : [] };
  try {
    await ctx.offices.save(demoOffice(), { create: true });
  } catch (err) {
    // several processes started together: another one seeded it first
    if (err instanceof DomainError && err.code === 'conflict') return { created: false };
    throw err;
  }
  const password = demoPassword ?? randomBytes(9).toString('base64url');
  for (const a of DEMO_ACCOUNTS) {
    if (await users.get(a.username)) continue;
    await users.upsert({ ...a, counters: [], password, disabled: false }, { create: true });
  }
  return { created: true, ...(demoPassword ? {} : { generatedPassword: password }) };
}

async function addLaterAccounts(users: UserStore, password: string): Promise<string[]> {
  const added: string[] = [];
  for (const a of DEMO_ACCOUNTS.filter((x) => LATER_ACCOUNTS.includes(x.username))) {
    if (await users.get(a.username)) continue;
    try {
      await users.upsert({ ...a, counters: [], password, disabled: false }, { create: true });
      added.push(a.username);
    } catch (err) {
      // another process starting at the same moment added it first
      if (!(err instanceof DomainError && err.code === 'conflict')) throw err;
    }
  }
  return added;
}

/**
 * Does DEMO_PASSWORD open the demo `admin` account? It only sets the password of accounts created
 * with it: an install first started without it keeps its generated one, and the start must say so
 * rather than send people to a password that fails. (One password hash: called after the server
 * listens, not on the way to it.)
 */
export async function demoPasswordOpens(users: UserStore, password: string): Promise<boolean> {
  return (await users.verify('admin', password)) !== null;
}
