/**
 * The province's pieces of the admin and console pages in Chromium (issue 13): the deployment
 * administrator puts an office in a group (an office administrator sees the group, read-only) and
 * creates a group supervisor in the staff form; that supervisor, signing in at the counter console,
 * is sent on to the live wall, which shows the office.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { addSessionCookie, signInByKeyboard } from '../support/staff-sign-in.js';
import { PASSWORD, type StaffClient } from '../support/test-app.js';
import { demoOffice } from '../../server/offices/demo-office.js';

describe('admin and console pages for the province', () => {
  const env = withBrowserApp();
  const group = () => `Huyện Đông Anh (cũ) ${env.t.office}`;

  async function adminPage(staff: StaffClient, tab: string): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await addSessionCookie(context, staff, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${env.t.base}/console/admin.html?office=${env.t.office}&tab=${tab}`);
    return page;
  }

  async function deploymentAdmin(): Promise<StaffClient> {
    const username = `root-${env.t.office}`.slice(0, 32);
    if (!(await env.t.app.users.get(username)))
      await env.t.app.users.upsert(
        { username, name: 'Quản trị hệ thống', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
        { create: true },
      );
    return env.t.login(username);
  }

  it("lets the deployment administrator set an office's group, and shows it read-only to the office's administrator", { timeout: 300_000 }, async () => {
    const { t } = env;
    const root = await deploymentAdmin();
    const page = await adminPage(root, 'office');
    const input = page.locator('qms-admin-office input[data-field=group]');
    expect(await input.isEditable()).toBe(true);
    expect(await input.inputValue()).toBe('');
    await input.fill(`  ${group()} `);
    await input.press('Tab');
    await page.locator('button[data-action=save]').click();
    await poll(() => page.locator('[data-testid=save-result]').textContent()).toContain('Đã lưu');
    expect((await root.request('GET', `/admin/offices/${t.office}/config`)).body.config.group).toBe(group());
    const live = await root.request('GET', `/supervision/live?group=${encodeURIComponent(group())}`);
    expect(live.body.offices.map((o: { id: string }) => o.id)).toEqual([t.office]);
    await page.context().close();

    const officeAdmin = await t.login(`admin-${t.office}`);
    const own = await adminPage(officeAdmin, 'office');
    const shown = own.locator('qms-admin-office input[data-field=group]');
    await poll(() => shown.inputValue()).toBe(group());
    expect(await shown.getAttribute('readonly')).not.toBeNull();
    expect(await shown.isEditable()).toBe(false);
    expect(await deepText(own.locator('qms-admin-office #group-hint'))).toContain('Chỉ quản trị hệ thống');
    // editing other fields still saves: the unchanged group goes back as it was
    await own.locator('qms-admin-office #addr').fill('Số 1 đường Cao Lỗ');
    await own.locator('qms-admin-office #addr').press('Tab');
    await own.locator('button[data-action=save]').click();
    await poll(() => own.locator('[data-testid=save-result]').textContent()).toContain('Đã lưu');
    expect((await root.request('GET', `/admin/offices/${t.office}/config`)).body.config).toMatchObject({ group: group(), address: 'Số 1 đường Cao Lỗ' });
    await own.context().close();
  });

  it(
    'offers the deployment administrator its offices by short name, under their groups, and asks before dropping unsaved changes',
    { timeout: 300_000 },
    async () => {
      const { t } = env;
      const root = await deploymentAdmin();
      const id = `${t.office}-gn`.slice(0, 40);
      const district = `Huyện Sóc Sơn (cũ) ${t.office}`;
      await t.app.ctx.offices.save(
        { ...demoOffice(), id, name: `UBND xã Minh Phú ${t.office}`, shortName: `Minh Phú ${t.office}`, group: district },
        { create: true },
      );
      const listed = (await root.request('GET', '/admin/offices')).body;
      expect(listed.offices).toContain(id);
      expect(listed.directory).toContainEqual(expect.objectContaining({ id, name: `UBND xã Minh Phú ${t.office}`, group: district }));
      const page = await adminPage(root, 'office');
      const option = page.locator(`header select option[value="${id}"]`);
      // its short name, which reads whole on a phone; the full one in the tooltip
      await poll(() => option.textContent()).toBe(`Minh Phú ${t.office}`);
      expect(await option.getAttribute('title')).toBe(`UBND xã Minh Phú ${t.office}`);
      expect(await option.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe(district);
      // an unsaved change is not thrown away by the picker without asking
      await page.locator('qms-admin-office input[data-field=group]').fill('Nhóm chưa lưu');
      await page.locator('qms-admin-office input[data-field=group]').press('Tab');
      const asked: string[] = [];
      page.once('dialog', (d) => (asked.push(d.message()), void d.dismiss()));
      await page.locator('header select').selectOption(id);
      await poll(() => asked.length).toBe(1);
      expect(asked[0]).toContain('chưa lưu');
      expect(await page.locator('header select').inputValue()).toBe(t.office);
      expect(await page.locator('qms-admin-office input[data-field=group]').inputValue()).toBe('Nhóm chưa lưu');
      // so is leaving the page
      page.once('dialog', (d) => (asked.push(d.type()), void d.dismiss()));
      await page.close({ runBeforeUnload: true });
      await poll(() => asked.length).toBe(2);
      expect(asked[1]).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);
      page.once('dialog', (d) => void d.accept());
      await page.locator('header select').selectOption(id);
      await poll(() => page.locator('header h1').textContent()).toContain(`UBND xã Minh Phú ${t.office}`);
      expect((await root.request('GET', `/admin/offices/${t.office}/config`)).body.config.group).not.toBe('Nhóm chưa lưu');
      // an office administrator sees its own office by name too
      const own = await adminPage(await t.login(`admin-${t.office}`), 'office');
      await poll(() => own.locator(`header select option[value="${t.office}"]`).textContent()).toBe(demoOffice().shortName);
      await page.context().close();
      await own.context().close();
    },
  );

  it('fits a phone: the header wraps and no tab scrolls the page sideways', { timeout: 300_000 }, async () => {
    const admin = await env.t.login(`admin-${env.t.office}`);
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    await addSessionCookie(context, admin, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${env.t.base}/console/admin.html?office=${env.t.office}&tab=office`);
    await page.locator('nav [role=tab]').first().waitFor();
    for (const tab of await page.locator('nav [role=tab]').evaluateAll((tabs) => tabs.map((b) => (b as HTMLElement).dataset.tab!))) {
      await page.locator(`nav [data-tab=${tab}]`).click();
      await page.locator('#panel > *').first().waitFor();
      expect({ tab, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ tab, width: 390 });
    }
    // the table scrolls in its panel rather than squeeze a service's names to a letter or two
    await page.locator('nav [data-tab=services]').click();
    const nameWidths = await page
      .locator('qms-admin-services tr[data-service] td:nth-child(2) input')
      .evaluateAll((inputs) => inputs.map((i) => i.clientWidth));
    expect(Math.min(...nameWidths)).toBeGreaterThanOrEqual(180);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'admin-phone-services.png') });
    await context.close();
  });

  it('creates a group supervisor in the staff form, who is sent from the console to the live wall', { timeout: 300_000 }, async () => {
    const { t } = env;
    const root = await deploymentAdmin();
    const config = (await root.request('GET', `/admin/offices/${t.office}/config`)).body.config;
    if (config.group !== group()) expect((await root.request('PUT', `/admin/offices/${t.office}/config`, { ...config, group: group() })).status).toBe(200);

    const page = await adminPage(root, 'staff');
    const staff = page.locator('qms-admin-staff');
    await staff.locator('button', { hasText: 'Tài khoản mới' }).click();
    const username = `gs-${t.office}`.slice(0, 32);
    await staff.locator('input[name=username]').fill(username);
    await staff.locator('input[name=name]').fill('Giám sát Đông Anh');
    // the new account starts in the admin's office; a supervisor does not (it would widen a group's scope unseen)
    expect(await staff.locator('input[name=offices]').inputValue()).toBe(t.office);
    await staff.locator('select[name=role]').selectOption('supervisor');
    expect(await staff.locator('input[name=offices]').inputValue()).toBe('');
    // groups are picked from the offices' groups, never typed
    const groupBox = staff.locator(`input[name=groups][value="${group()}"]`);
    expect(await groupBox.getAttribute('type')).toBe('checkbox');
    await groupBox.check();
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'admin-staff-supervisor.png'), fullPage: true });
    await staff.locator('input[name=password]').fill(PASSWORD);
    await staff.locator('button[type=submit]').click();
    // an account's own message, not the configuration's "applied to the kiosk, the board and the counters"
    await poll(() => deepText(staff.locator('[role=status]'))).toBe(`Đã lưu tài khoản ${username}`);
    const made = (await root.request('GET', '/admin/users')).body.users.find((u: { username: string }) => u.username === username);
    expect(made).toMatchObject({ role: 'supervisor', offices: [], groups: [group()] });
    expect(await deepText(staff.locator(`tr[data-user="${username}"]`))).toContain(`Nhóm: ${group()}`);
    await page.context().close();

    const console = await busyPage(env.browser, { viewport: { width: 1366, height: 768 } });
    await console.goto(`${t.base}/console/`);
    await signInByKeyboard(console, username);
    await console.locator('[data-test=province-link]').click();
    await console.waitForURL('**/console/province.html');
    await poll(() => console.locator('tr[data-office]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.office))).toEqual([t.office]);
    await console.close();
  });

  it("tells an office's chairman the province view is not theirs, with no tabs and no read-only badge", { timeout: 300_000 }, async () => {
    const chairman = await env.t.login(`chair-${env.t.office}`);
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    await addSessionCookie(context, chairman, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${env.t.base}/console/province.html`);
    await poll(() => deepText(page.locator('qms-province-wall [role=alert]'))).toContain('không xem được trang giám sát');
    expect(await page.locator('qms-province-wall [data-tab]').count()).toBe(0);
    expect(await page.locator('qms-province-wall .ro').count()).toBe(0);

    // on the counter console, the chairman is sent on to the office's reports
    await page.goto(`${env.t.base}/console/`);
    await poll(() => deepText(page.locator('qms-console'))).toContain('không làm việc tại quầy');
    await page.locator('qms-console [data-test=reports-link]').click();
    await page.waitForURL('**/console/reports.html');
    await page.locator('[data-test=live-queues]').waitFor();
    await context.close();
  });
});
