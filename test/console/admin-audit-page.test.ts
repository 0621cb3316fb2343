/**
 * The admin page shows the audit trail (issue 10, finding 1): an office administrator sees its
 * office's account and configuration changes with who, when, from where and each field before and
 * after, and an account's history beside its form; only the deployment administrator gets the
 * deployment trail, with deployment-wide accounts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';
import { PASSWORD } from '../support/test-app.js';

describe('admin page: the audit trail', () => {
  const env = withBrowserApp();

  async function signedIn(path: string, username: string): Promise<Page> {
    const page = await busyPage(env.browser, { viewport: { width: 1366, height: 900 } });
    await page.goto(`${env.t.base}${path}`);
    await signInByKeyboard(page, username);
    return page;
  }

  it("shows an office administrator its office's changes, field by field, and an account's history", { timeout: 300_000 }, async () => {
    const { t } = env;
    const admin = await t.login(`admin-${t.office}`);
    const clerk = { username: `clerk-${t.office}`, name: 'Trần Thị Lan', role: 'officer', offices: [t.office], counters: [], password: PASSWORD };
    expect((await admin.request('POST', '/admin/users', clerk)).status).toBe(201);
    expect((await admin.request('PUT', `/admin/users/${clerk.username}`, { ...clerk, counters: ['2'], password: 'a-brand-new-passphrase-7' })).status).toBe(
      200,
    );
    const { config } = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body;
    config.services[0].dailyLimit = 123;
    expect((await admin.request('PUT', `/admin/offices/${t.office}/config`, config)).status).toBe(200);

    const page = await signedIn(`/console/admin.html?office=${t.office}&tab=audit`, `admin-${t.office}`);
    const audit = page.locator('qms-admin-audit');
    await poll(() => audit.locator('tr[data-action]').count()).toBe(3);
    const text = await deepText(audit);
    expect(text).toContain('Sửa cấu hình đơn vị');
    expect(text).toContain(`services[${config.services[0].id}].dailyLimit`);
    expect(text).toMatch(/→\s*123/);
    expect(text).toContain('Sửa tài khoản');
    expect(text).toContain('Đã đặt mật khẩu mới');
    expect(text).toMatch(/từ máy \S*127\.0\.0\.1/);
    expect(text).not.toContain('$argon2');
    // an office administrator has no deployment trail to switch to
    expect(await audit.locator('button[data-scope]').count()).toBe(0);

    await page.locator('button[data-tab="staff"]').click();
    const staff = page.locator('qms-admin-staff');
    await staff.locator(`tr[data-user="${clerk.username}"] button`).click();
    await poll(() => staff.locator('tr[data-action]').count()).toBe(2);
    const history = await deepText(staff.locator('table[data-testid="audit"]'));
    expect(history).toContain('Tạo tài khoản');
    expect(history).toMatch(/counters\s*:\s*\[\]\s*→\s*\["2"\]/);
    await page.close();
  });

  it('gives the deployment administrator the whole deployment trail', { timeout: 300_000 }, async () => {
    const { t } = env;
    await t.app.users.upsert(
      { username: `root-${t.office}`, name: 'Quản trị hệ thống', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    const root = await t.login(`root-${t.office}`);
    const wide = { username: `root2-${t.office}`, name: 'Quản trị dự phòng', role: 'admin', offices: [], counters: [], password: PASSWORD };
    expect((await root.request('POST', '/admin/users', wide)).status).toBe(201);

    const page = await signedIn(`/console/admin.html?office=${t.office}&tab=audit`, `root-${t.office}`);
    const audit = page.locator('qms-admin-audit');
    await audit.locator('button[data-scope="office"]').waitFor();
    expect(await deepText(audit)).not.toContain(wide.username);
    await audit.locator('button[data-scope="deployment"]').click();
    await poll(() => deepText(audit)).toContain(wide.username);
    expect(await deepText(audit)).toContain('toàn hệ thống');
    await page.close();
  });
});
