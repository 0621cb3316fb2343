/** Offices and accounts of a small province for the supervision tests: two groups, unique names per test file. */
import { randomBytes } from 'node:crypto';
import { demoOffice } from '../../server/offices/demo-office.js';
import type { Role } from '../../shared/schemas/auth.js';
import { PASSWORD, type StaffClient, type TestApp } from '../support/test-app.js';

export interface Province {
  groupA: string;
  groupB: string;
  /** two offices in group A, one in group B, one in no group */
  a1: string;
  a2: string;
  b1: string;
  loose: string;
  /** signs in an account made for this province (created once by the deployment administrator's domain) */
  account(role: Role, scope: { offices?: string[]; groups?: string[] }): Promise<StaffClient>;
}

export async function makeProvince(t: TestApp): Promise<Province> {
  const tag = randomBytes(3).toString('hex');
  const groupA = `Huyện cũ A ${tag}`;
  const groupB = `Huyện cũ B ${tag}`;
  const ids = { a1: `pa1-${tag}`, a2: `pa2-${tag}`, b1: `pb1-${tag}`, loose: `pl-${tag}` };
  const groups: Record<string, string | undefined> = { [ids.a1]: groupA, [ids.a2]: groupA, [ids.b1]: groupB, [ids.loose]: undefined };
  for (const [id, group] of Object.entries(groups)) {
    await t.app.ctx.offices.save({ ...demoOffice(), id, name: `UBND xã ${id}`, shortName: `Xã ${id}`, ...(group ? { group } : {}) }, { create: true });
  }
  let n = 0;
  return {
    groupA,
    groupB,
    ...ids,
    async account(role, scope) {
      const username = `p${++n}-${tag}`;
      await t.app.users.upsert(
        { username, name: username, role, offices: scope.offices ?? [], groups: scope.groups ?? [], counters: [], password: PASSWORD, disabled: false },
        { create: true },
      );
      return t.login(username);
    },
  };
}
