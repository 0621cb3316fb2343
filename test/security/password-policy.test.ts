/**
 * Issue 10, finding 3 (second half): passwords of at least ten characters that are not the username
 * and not on the list of the passwords attackers try first, for every account, the demo ones
 * (DEMO_PASSWORD) and the test fixtures included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/offices/demo-seed.js';
import { readSettings } from '../../server/settings.js';
import { COMMON_PASSWORDS } from '../../shared/schemas/common-passwords.js';
import { passwordProblem } from '../../shared/schemas/password.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

describe('passwordProblem', () => {
  it.each([
    ['short', 'ngan-qua', undefined, /at least 10/],
    ['ten code points counted as characters', 'mây-mưa', undefined, /at least 10/],
    ['the username', 'nguyenvana', 'nguyenvana', /username/],
    ['the username in capitals', 'NguyenVanA', 'nguyenvana', /username/],
    ['the username with digits added', 'chutich2026', 'chutich', /username/],
    ['the username with signs added', '@canbo1-!!', 'canbo1', /username/],
    ['a common password', 'password123', undefined, /too common/],
    ['a common password in capitals', 'QWERTYUIOP', undefined, /too common/],
    ['a common Vietnamese password', 'anhyeuem123', undefined, /too common/],
    ['a lone surrogate', 'mat-khau-\ud800-dai', undefined, /Unicode/],
  ])('refuses %s', (_what, pw, username, problem) => {
    expect(passwordProblem(pw, username)).toMatch(problem);
  });

  it('accepts a long password of its own', () => {
    expect(passwordProblem('cây-đa-đầu-làng-1975', 'chutich')).toBeUndefined();
  });

  it('ships a list of a thousand or more, each long enough to need it', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(1000);
    for (const pw of COMMON_PASSWORDS) {
      expect(pw.length).toBeGreaterThanOrEqual(10);
      expect(pw).toBe(pw.toLowerCase());
    }
  });

  it('is met by the test fixtures', () => {
    for (const name of ['admin-t-1234abcd', 'chair-t-1234abcd', 'officer1-t-1234abcd', 'limited-t-1234abcd'])
      expect(passwordProblem(PASSWORD, name)).toBeUndefined();
  });
});

describe('the demo password', () => {
  it.each(['ngan-qua', 'chutich2026', 'canbo1canbo1', 'matkhau123', '1234567890'])('refuses DEMO_PASSWORD=%s at start', (pw) => {
    expect(() => readSettings({ DEMO_PASSWORD: pw })).toThrow(/DEMO_PASSWORD/);
  });

  it('accepts a good one for every demo account', () => {
    expect(readSettings({ DEMO_PASSWORD: 'hoa-sen-nở-sớm-2026' }).DEMO_PASSWORD).toBe('hoa-sen-nở-sớm-2026');
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(['admin', 'chutich', 'canbo1', 'canbo2', 'canbo3', 'canbo4', 'canbo5', 'canbo6', 'giamsat']);
  });
});

describe('creating and changing accounts', () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(`admin-${t.office}`);
  });
  afterAll(async () => t.close());
  const account = (username: string, password?: string) => ({
    username,
    name: 'Cán bộ mới',
    role: 'officer',
    offices: [t.office],
    counters: [],
    ...(password === undefined ? {} : { password }),
  });

  it('refuses a weak password for a new account and creates nothing', async () => {
    const username = `moi-${t.office}`;
    const before = await officeFingerprint(t.redis, t.office);
    for (const pw of ['ngan-qua1', username, `${username}99`, 'password123', 'Qwerty123456', 'mat-khau-\ud800-dai']) {
      const res = await admin.request('POST', '/admin/users', account(username, pw));
      expect(res.status, pw).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(/password/);
    }
    expect(await officeFingerprint(t.redis, t.office)).toBe(before);
    expect((await admin.request('POST', '/admin/users', account(username, 'đồng-lúa-chín-vàng'))).status).toBe(201);
    expect((await t.login(username, 'đồng-lúa-chín-vàng')).username).toBe(username);
  });

  it('refuses a weak new password and keeps the old one', async () => {
    const username = `officer3-${t.office}`;
    const res = await admin.request('PUT', `/admin/users/${username}`, account(username, 'matkhau123'));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/too common/);
    expect((await t.login(username, PASSWORD)).username).toBe(username);
    // a change of name without a password keeps it too
    expect((await admin.request('PUT', `/admin/users/${username}`, account(username))).status).toBe(200);
    expect((await t.login(username, PASSWORD)).username).toBe(username);
  });
});
