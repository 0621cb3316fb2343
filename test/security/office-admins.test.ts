/**
 * Two administrator levels (issue 10, finding 1). A deployment administrator (`role: 'admin'`,
 * `offices: []`) manages offices, deployment-wide accounts and printers; an office administrator
 * manages only the accounts of its own offices and never grants more than it holds. Every account
 * and configuration change is in an audit trail the right administrator reads: who, when, from
 * which address, each field before and after, and never a password hash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOffice } from '../../server/offices/demo-office.js';
import type { UserBody, UserBodyInput } from '../../shared/schemas/auth.js';
import { PASSWORD, startTestApp, uniqueOffice, type StaffClient, type TestApp } from '../support/test-app.js';

const NEW_PASSWORD = 'a-brand-new-passphrase-7';

describe('an office administrator stays in its offices', () => {
  let t: TestApp;
  /** the office under attack (the test app's office) and the attacker's office ("phường B") */
  let a: string;
  let b: string;
  let adminB: StaffClient;
  let root: StaffClient;
  let n = 0;

  const account = (username: string, role: UserBody['role'], offices: string[]): UserBodyInput => ({
    username,
    name: `Tài khoản ${username}`,
    role,
    offices,
    counters: [],
    password: PASSWORD,
    disabled: false,
  });
  const stored = (username: string) => t.app.users.get(username);

  beforeAll(async () => {
    t = await startTestApp();
    a = t.office;
    b = uniqueOffice('phuong-b');
    await t.app.ctx.offices.save({ ...demoOffice(), id: b }, { create: true });
    for (const u of [
      account(`admin-${b}`, 'admin', [b]),
      account(`chair-${b}`, 'chairman', [b]),
      account(`officer-${b}`, 'officer', [b]),
      account(`shared-${b}`, 'officer', [a, b]),
      account(`root-${b}`, 'admin', []),
    ])
      await t.app.users.upsert(u, { create: true });
    adminB = await t.login(`admin-${b}`);
    root = await t.login(`root-${b}`);
  });
  afterAll(async () => t.close());

  it('lists only the accounts of its own offices', async () => {
    const res = await adminB.request('GET', '/admin/users');
    expect(res.status).toBe(200);
    const names = res.body.users.map((u: { username: string }) => u.username);
    expect(names).toContain(`chair-${b}`);
    expect(names).toContain(`officer-${b}`);
    for (const elsewhere of [`admin-${a}`, `chair-${a}`, `officer1-${a}`, `root-${b}`, `shared-${b}`]) expect(names).not.toContain(elsewhere);
    expect(res.body.users.every((u: { offices: string[] }) => u.offices.length > 0 && u.offices.every((o) => o === b))).toBe(true);
  });

  it('cannot create a deployment-wide account, nor an account of another office', async () => {
    for (const body of [
      account(`evil${++n}`, 'admin', []),
      account(`evil${++n}`, 'officer', []),
      account(`evil${++n}`, 'chairman', [a]),
      account(`evil${++n}`, 'admin', [a, b]),
    ]) {
      const res = await adminB.request('POST', '/admin/users', body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await stored(body.username)).toBeNull();
    }
  });

  it("cannot change another office's chairman's password and sign in with it", async () => {
    const before = await stored(`chair-${a}`);
    const res = await adminB.request('PUT', `/admin/users/chair-${a}`, { ...account(`chair-${a}`, 'chairman', [b]), password: NEW_PASSWORD });
    expect(res.status).toBe(403);
    expect(await stored(`chair-${a}`)).toEqual(before);
    expect((await t.request('POST', '/auth/login', { username: `chair-${a}`, password: NEW_PASSWORD })).status).toBe(401);
    // the same body, keeping the chairman in its own office: still not this administrator's account
    expect((await adminB.request('PUT', `/admin/users/chair-${a}`, { ...account(`chair-${a}`, 'chairman', [a]), password: NEW_PASSWORD })).status).toBe(403);
    expect(await stored(`chair-${a}`)).toEqual(before);
  });

  it('cannot delete or disable accounts elsewhere, nor change an account shared with another office', async () => {
    expect((await adminB.request('DELETE', `/admin/users/officer1-${a}`)).status).toBe(403);
    expect(await stored(`officer1-${a}`)).not.toBeNull();
    expect(
      (await adminB.request('PUT', `/admin/users/officer2-${a}`, { ...account(`officer2-${a}`, 'officer', [a]), password: undefined, disabled: true })).status,
    ).toBe(403);
    expect((await stored(`officer2-${a}`))!.disabled).toBe(false);
    expect((await adminB.request('DELETE', `/admin/users/root-${b}`)).status).toBe(403);
    expect(await stored(`root-${b}`)).not.toBeNull();
    // works in B too, but also in A: only an administrator of both (or of the deployment) changes it
    expect((await adminB.request('PUT', `/admin/users/shared-${b}`, { ...account(`shared-${b}`, 'officer', [b]), password: undefined })).status).toBe(403);
    expect((await adminB.request('DELETE', `/admin/users/shared-${b}`)).status).toBe(403);
    expect((await stored(`shared-${b}`))!.offices).toEqual([a, b]);
  });

  it('cannot widen its own offices', async () => {
    for (const offices of [[], [b, a]]) {
      const res = await adminB.request('PUT', `/admin/users/admin-${b}`, { ...account(`admin-${b}`, 'admin', offices), password: undefined });
      expect(res.status, JSON.stringify(offices)).toBe(403);
    }
    expect((await stored(`admin-${b}`))!.offices).toEqual([b]);
    expect((await adminB.request('GET', '/auth/me')).status).toBe(200); // nothing changed, the session stays
  });

  it('manages the accounts of its own office: creates, edits, disables and deletes them', async () => {
    const body = account(`clerk${++n}-${b}`, 'officer', [b]);
    expect((await adminB.request('POST', '/admin/users', body)).status).toBe(201);
    expect((await adminB.request('PUT', `/admin/users/${body.username}`, { ...body, role: 'chairman', password: NEW_PASSWORD })).status).toBe(200);
    expect((await t.request('POST', '/auth/login', { username: body.username, password: NEW_PASSWORD })).status).toBe(200);
    expect((await adminB.request('PUT', `/admin/users/${body.username}`, { ...body, password: undefined, disabled: true })).status).toBe(200);
    expect((await adminB.request('DELETE', `/admin/users/${body.username}`)).status).toBe(204);
    expect(await stored(body.username)).toBeNull();
    // another administrator of its office, no wider than itself
    expect((await adminB.request('POST', '/admin/users', account(`deputy${++n}-${b}`, 'admin', [b]))).status).toBe(201);
  });

  it('leaves the deployment administrator every account', async () => {
    const wide = account(`root${++n}-${b}`, 'admin', []);
    expect((await root.request('POST', '/admin/users', wide)).status).toBe(201);
    const chairA = account(`chair${++n}-${a}`, 'chairman', [a]);
    expect((await root.request('POST', '/admin/users', chairA)).status).toBe(201);
    expect(
      (await root.request('PUT', `/admin/users/shared-${b}`, { ...account(`shared-${b}`, 'officer', [a, b]), name: 'Cán bộ hai phường', password: undefined }))
        .status,
    ).toBe(200);
    const names = (await root.request('GET', '/admin/users')).body.users.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining([wide.username, chairA.username, `admin-${a}`, `admin-${b}`, `root-${b}`]));
  });
});

describe('the audit trail of account and configuration changes', () => {
  let t: TestApp;
  let a: string;
  let b: string;
  let adminA: StaffClient;
  let adminB: StaffClient;
  let root: StaffClient;

  const trail = async (who: StaffClient, office?: string) => {
    const res = await who.request('GET', office ? `/admin/offices/${office}/audit` : '/admin/audit');
    expect(res.status).toBe(200);
    return res.body.entries as any[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = t.office;
    b = uniqueOffice('phuong-b');
    await t.app.ctx.offices.save({ ...demoOffice(), id: b }, { create: true });
    await t.app.users.upsert(
      { username: `admin-${b}`, name: 'Quản trị B', role: 'admin', offices: [b], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    await t.app.users.upsert(
      { username: `root-${a}`, name: 'Quản trị hệ thống', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    adminA = await t.login(`admin-${a}`);
    adminB = await t.login(`admin-${b}`);
    root = await t.login(`root-${a}`);
  });
  afterAll(async () => t.close());

  it('records who changed which account, when, from where, each field before and after, never the password', async () => {
    const started = Date.now();
    const username = `clerk-${a}`;
    expect(
      (await adminA.request('POST', '/admin/users', { username, name: 'Nguyễn Văn Thư', role: 'officer', offices: [a], counters: [], password: PASSWORD }))
        .status,
    ).toBe(201);
    expect(
      (
        await adminA.request('PUT', `/admin/users/${username}`, {
          username,
          name: 'Nguyễn Văn Thư',
          role: 'officer',
          offices: [a],
          counters: ['1', '2'],
          password: NEW_PASSWORD,
          disabled: true,
        })
      ).status,
    ).toBe(200);
    expect((await adminA.request('DELETE', `/admin/users/${username}`)).status).toBe(204);

    const entries = (await trail(adminA, a)).filter((e) => e.target === username);
    expect(entries.map((e) => e.action)).toEqual(['account.deleted', 'account.changed', 'account.created']);
    for (const e of entries) {
      expect(e).toMatchObject({ user: `admin-${a}`, role: 'admin', offices: [a] });
      expect(e.at).toBeGreaterThanOrEqual(started);
      expect(e.at).toBeLessThanOrEqual(Date.now());
      expect(e.address).toMatch(/127\.0\.0\.1/);
    }
    const [deleted, changed, created] = entries;
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', after: 'Nguyễn Văn Thư' },
        { field: 'role', after: 'officer' },
        { field: 'offices', after: [a] },
      ]),
    );
    expect(created.passwordChanged).toBe(true);
    expect(changed.changes).toEqual([
      { field: 'counters', before: [], after: ['1', '2'] },
      { field: 'disabled', before: false, after: true },
    ]);
    expect(changed.passwordChanged).toBe(true);
    expect(deleted.changes).toEqual(expect.arrayContaining([{ field: 'role', before: 'officer' }]));
    const text = JSON.stringify(entries);
    for (const secret of [PASSWORD, NEW_PASSWORD, '$argon2', 'passwordHash']) expect(text).not.toContain(secret);
  });

  it('records configuration changes and presets, field by field', async () => {
    const { config } = (await adminA.request('GET', `/admin/offices/${a}/config`)).body;
    const next = structuredClone(config);
    next.services.find((s: { id: string }) => s.id === 'tu-phap').dailyLimit = 150;
    next.notices = ['Thứ Tư không viết'];
    expect((await adminA.request('PUT', `/admin/offices/${a}/config`, next)).status).toBe(200);
    expect((await adminA.request('POST', `/admin/offices/${a}/presets/realistic-hours`)).status).toBe(200);
    const [preset, saved] = (await trail(adminA, a)).filter((e) => e.action?.startsWith('office.'));
    expect(saved).toMatchObject({ action: 'office.changed', target: a, user: `admin-${a}`, offices: [a] });
    expect(saved.address).toMatch(/127\.0\.0\.1/);
    expect(saved.changes).toEqual([
      { field: 'services[tu-phap].dailyLimit', before: 200, after: 150 },
      { field: 'notices', before: config.notices, after: ['Thứ Tư không viết'] },
    ]);
    expect(preset).toMatchObject({ action: 'office.preset', target: a, preset: 'realistic-hours' });
    expect(preset.changes).toContainEqual({ field: 'closingTime', before: config.closingTime, after: '17:00' });
  });

  it("lets each administrator read only its offices' trail; the deployment trail only the deployment administrator", async () => {
    expect((await adminB.request('GET', `/admin/offices/${a}/audit`)).status).toBe(403);
    expect((await adminA.request('GET', '/admin/audit')).status).toBe(403);
    // a deployment-wide account is nobody's office business
    const wide = `root2-${a}`;
    expect(
      (await root.request('POST', '/admin/users', { username: wide, name: 'Quản trị 2', role: 'admin', offices: [], counters: [], password: PASSWORD })).status,
    ).toBe(201);
    expect((await trail(adminA, a)).some((e) => e.target === wide)).toBe(false);
    expect((await trail(adminB, b)).some((e) => e.target === wide)).toBe(false);
    const everything = await trail(root);
    expect(everything.find((e) => e.target === wide)).toMatchObject({ action: 'account.created', user: `root-${a}`, offices: [] });
    // and every office's account and configuration changes
    expect(everything.some((e) => e.target === `clerk-${a}` && e.action === 'account.created')).toBe(true);
    expect(everything.some((e) => e.target === a && e.action === 'office.changed')).toBe(true);
    // the deployment administrator reads each office's trail too
    expect((await trail(root, a)).some((e) => e.target === `clerk-${a}`)).toBe(true);
  });

  it('records an office created by the deployment administrator in its trail', async () => {
    const c = uniqueOffice('phuong-c');
    expect((await root.request('POST', '/admin/offices', { ...demoOffice(), id: c })).status).toBe(201);
    const [created] = (await trail(root, c)).filter((e) => e.action === 'office.created');
    expect(created).toMatchObject({ target: c, user: `root-${a}`, offices: [c] });
    expect(created.changes).toContainEqual({ field: 'id', after: c });
  });
});
