/**
 * The officer's console and the admin page in real Chromium against the real server: an officer
 * serves three citizens with the keyboard only; a second console on the same counter stays in
 * sync and another officer is refused; an admin's change of a counter's services rules the next call.
 */
import type { Page, ViewportSize } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityLog, busyPage, withBrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';
import { PASSWORD } from '../support/test-app.js';
import { demoOffice } from '../../server/offices/demo-office.js';

const message = (page: Page) => page.locator('[data-testid="message"]').textContent();

describe('officer console', () => {
  const env = withBrowserApp();

  /** A console page (`path` on the test server) in a busy-machine page, signed in by keyboard. */
  async function signedIn(path: string, username: string, viewport?: ViewportSize): Promise<Page> {
    const page = await busyPage(env.browser, viewport ? { viewport } : {});
    await page.goto(`${env.t.base}${path}`);
    await signInByKeyboard(page, username);
    return page;
  }

  it("opens each staff page's sign-in form with no error in the browser's console (no session is not a failed request)", async () => {
    for (const path of ['/console/', '/console/admin.html', '/console/reports.html', '/console/complaints.html', '/console/province.html']) {
      const page = await busyPage(env.browser);
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
      await page.goto(`${env.t.base}${path}`);
      await page.waitForFunction(() => {
        const form = document.querySelector('qms-console, qms-admin, qms-report-app, qms-province-wall')?.shadowRoot?.querySelector('qms-login-form');
        return form?.shadowRoot?.activeElement?.id === 'u';
      });
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it("opens the reports without ?office= at the signed-in account's own office, anew for each account, and a supervisor only on tabs it may read", async () => {
    const { t } = env;
    const other = `${t.office}-b`;
    await t.app.ctx.offices.save({ ...demoOffice(), id: other, name: 'UBND phường Bên Cạnh', shortName: 'Phường Bên Cạnh' }, { create: true });
    await t.app.users.upsert(
      {
        username: `chair-${other}`,
        name: 'Chủ tịch bên cạnh',
        role: 'chairman',
        offices: [other],
        counters: [],
        groups: [],
        password: PASSWORD,
        disabled: false,
      },
      { create: true },
    );
    await t.app.users.upsert(
      { username: `sup-${t.office}`, name: 'Giám sát', role: 'supervisor', offices: [], counters: [], groups: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    const { config } = await t.app.ctx.offices.get(t.office);
    const page = await busyPage(env.browser);
    await page.goto(`${t.base}/console/reports.html`);
    const heading = () => page.locator('qms-report-app header h1').textContent();
    const signOut = () => page.locator('qms-report-app header .who button').click();
    await signInByKeyboard(page, `chair-${other}`);
    await poll(heading).toContain('Phường Bên Cạnh');
    await signOut();
    await signInByKeyboard(page, `chair-${t.office}`);
    await poll(heading).toContain(config.shortName ?? config.name);
    // another office's reports (a forwarded link): "Hôm nay" says it is refused instead of loading forever
    const forwarded = await busyPage(env.browser);
    await forwarded.goto(`${t.base}/console/reports.html?office=${other}`);
    await signInByKeyboard(forwarded, `chair-${t.office}`);
    await poll(() => forwarded.locator('qms-report-live [role="alert"]').count()).toBe(1);
    expect(await forwarded.locator('qms-report-live').textContent()).not.toContain('Đang tải');
    await forwarded.close();
    // a supervisor has no office of its own: it is told where to pick one, with no tabs of no office
    await signOut();
    await signInByKeyboard(page, `sup-${t.office}`);
    await poll(() => page.locator('qms-report-app [data-test="no-office"]').textContent()).toContain('Chưa chọn đơn vị');
    expect(await heading()).not.toContain(config.shortName ?? config.name);
    expect(await page.locator('qms-report-app nav').count()).toBe(0);
    expect(await page.locator('qms-report-app [data-test="range"]').count()).toBe(0);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'reports-no-office.png') });
    await page.close();

    // the complaints page is the leadership's inbox: a supervisor lands on a tab it may read, with nothing refused
    const inbox = await busyPage(env.browser);
    const refused: string[] = [];
    inbox.on('response', (r) => r.status() >= 400 && refused.push(`${r.status()} ${new URL(r.url()).pathname}`));
    await inbox.goto(`${t.base}/console/complaints.html?office=${t.office}`);
    await signInByKeyboard(inbox, `sup-${t.office}`);
    await poll(() => inbox.locator('qms-report-app nav a[aria-current="page"]').getAttribute('href')).toBe('#live');
    expect(await inbox.locator('qms-complaint-inbox').count()).toBe(0);
    await inbox.locator('qms-report-live').waitFor();
    expect(refused).toEqual([]);
    await inbox.close();
  });

  it('serves three tickets with the keyboard only: Space calls, S starts, C completes', { timeout: 300_000 }, async () => {
    const { t } = env;
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) numbers.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket.number);
    const page = await signedIn(`/console/?office=${t.office}`, `officer1-${t.office}`, { width: 1366, height: 768 });
    // the first counter has the focus: Enter opens it
    await page.waitForFunction(
      () =>
        document.querySelector('qms-console')?.shadowRoot?.querySelector('qms-counter-picker')?.shadowRoot?.activeElement?.getAttribute('data-counter') === '1',
    );
    await page.keyboard.press('Enter');
    await page.locator('[data-action="call-next"]').waitFor();
    await poll(() => page.locator('qms-counter-waiting-list tr[data-ticket]').count()).toBe(3);

    for (const [i, number] of numbers.entries()) {
      await page.keyboard.press('Space');
      await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(number);
      // the screens' event may show the number before the call's own answer writes the message: either may come first
      await poll(() => message(page)).toContain(`Đã gọi số ${number}`);
      await page.keyboard.press('s');
      // the last one without waiting: C while S is still on its way is kept and sent after it, never dropped
      if (i < 2) await poll(() => page.locator('[data-testid="current-status"]').textContent()).toBe('Đang phục vụ');
      await page.keyboard.press('c');
      await poll(() => message(page)).toBe(`Hoàn thành số ${number}`);
      await poll(() => page.locator('[data-testid="current-number"]').count()).toBe(0);
      await poll(() => page.locator('[data-testid="served"]').textContent()).toBe(String(i + 1));
    }
    // the focus is visible and back on "call next" after every action
    const focused = await page.evaluate(() => {
      const ws = document.querySelector('qms-console')!.shadowRoot!.querySelector('qms-counter-workspace')!.shadowRoot!;
      const el = ws.activeElement as HTMLElement;
      return { action: el?.dataset.action, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ action: 'call-next', outline: 'solid' });
    await page.keyboard.press('Space');
    await poll(() => message(page)).toContain('Không còn ai chờ');
    const counter = (await (await t.login(`officer1-${t.office}`)).request('GET', `/offices/${t.office}/counters/1`)).body;
    expect(counter.officerToday).toEqual({ served: 3, noShow: 0, called: 3 });
    expect(counter.current).toBeUndefined();
    await page.close();
  });

  it('keeps a second console of the same officer in sync and refuses another officer', { timeout: 300_000 }, async () => {
    const { t } = env;
    const number = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket.number;
    const pages: Page[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await signedIn(`/console/?office=${t.office}`, `officer3-${t.office}`, { width: 1366, height: 768 });
      await page.locator('qms-counter-picker button[data-counter="3"]').click();
      await page.locator('[data-action="call-next"]').waitFor();
      pages.push(page);
    }
    await pages[0]!.locator('[data-action="call-next"]').click();
    await poll(() => pages[0]!.locator('[data-testid="current-number"]').textContent()).toBe(number);
    await poll(() => pages[1]!.locator('[data-testid="current-number"]').textContent()).toBe(number);
    await pages[1]!.locator('[data-action="complete"]').click();
    await poll(() => message(pages[1]!)).toBe(`Hoàn thành số ${number}`);
    await poll(() => pages[0]!.locator('[data-testid="current-number"]').count()).toBe(0);
    // the console stayed (or, after a reconnect on a starved machine, is again) connected
    await poll(() => pages[0]!.locator('header[data-connection]').getAttribute('data-connection'))
      .toBe('online')
      .catch((err: Error) => {
        throw new Error(`${err.message}\nwebsocket log of the first console:\n${activityLog(pages[0]!)}`);
      });

    const other = await signedIn(`/console/?office=${t.office}`, `officer4-${t.office}`);
    await other.locator('qms-counter-picker button[data-counter="3"]').click();
    // in Vietnamese only, with the holder's name from the error's values (no "counter is open by …")
    await poll(() => other.locator('qms-counter-picker .error').textContent()).toBe(`Máy chủ từ chối: Quầy đang do cán bộ officer3-${t.office} làm việc`);
    expect(await other.locator('qms-counter-workspace').count()).toBe(0);
    for (const p of [...pages, other]) await p.close();
  });

  it('sends the officer back to the counter list, saying so in Vietnamese, when an admin takes the counter over', { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn(`/console/?office=${t.office}`, `officer2-${t.office}`, { width: 1366, height: 768 });
    await page.locator('qms-counter-picker button[data-counter="2"]').click();
    await page.locator('[data-action="call-next"]').waitFor();
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('POST', `/offices/${t.office}/counters/2/open`)).status).toBe(200);
    // at once, without the officer doing anything
    await poll(() => page.locator('qms-counter-picker [data-testid="counter-lost"]').textContent(), 10_000).toBe(
      `Quầy 2 đã được admin-${t.office} tiếp quản. Hãy chọn quầy khác.`,
    );
    expect(await page.locator('qms-counter-workspace').count()).toBe(0);
    // a reload does not reopen the counter the officer lost
    await page.reload();
    await page.locator('qms-counter-picker button[data-counter="2"]').waitFor();
    expect(await page.locator('qms-counter-workspace').count()).toBe(0);
    await page.close();
  });

  it("applies an admin's change of a counter's services to the next call-next", { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn(`/console/admin.html?office=${t.office}&tab=counters`, `admin-${t.office}`, { width: 1366, height: 900 });
    const row = page.locator('qms-admin-counters tr[data-counter="6"]');
    // counter 6 serves tra-ket-qua, ho-kinh-doanh, van-hoa: make it serve only dat-dai
    for (const s of ['tra-ket-qua', 'ho-kinh-doanh', 'van-hoa']) await row.locator(`input[data-service="${s}"]`).uncheck();
    await row.locator('input[data-service="dat-dai"]').check();
    await page.locator('[data-action="save"]').click();
    await poll(() => page.locator('[data-testid="save-result"]').textContent()).toContain('Đã lưu');
    const admin = await t.login(`admin-${t.office}`);
    const config = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body.config;
    expect(config.counters.find((c: any) => c.id === '6').services).toEqual(['dat-dai']);

    // an invalid change shows the server's validation message and changes nothing
    await row.locator('input[data-service="dat-dai"]').uncheck();
    await page.locator('[data-action="save"]').click();
    await poll(() => page.locator('[data-testid="save-result"]').textContent()).toContain('services');
    expect((await admin.request('GET', `/admin/offices/${t.office}/config`)).body.config.counters.find((c: any) => c.id === '6').services).toEqual(['dat-dai']);

    const older = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tra-ket-qua' })).body.ticket;
    const newer = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'dat-dai' })).body.ticket;
    const officer = await t.login(`officer6-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/6/open`);
    const called = await officer.request('POST', `/offices/${t.office}/counters/6/call-next`);
    expect(called.body.ticket.id).toBe(newer.id);
    expect(called.body.ticket.id).not.toBe(older.id);

    // after a sign-out, an officer signing in on the same page sees nothing of the admin's office
    const officeName = config.name as string;
    expect(await page.locator('qms-admin header h1').textContent()).toContain(officeName);
    await page.locator('qms-admin header button').click();
    await signInByKeyboard(page, `officer1-${t.office}`);
    await poll(() => page.locator('qms-admin .error').textContent()).toContain('quản trị viên');
    expect(await page.locator('qms-admin header h1').textContent()).not.toContain(officeName);
    expect(await page.locator('qms-admin header option').count()).toBe(0);
    await page.close();
  });

  it("edits a service's English name on the admin page, and clears it", { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn(`/console/admin.html?office=${t.office}&tab=services`, `admin-${t.office}`, { width: 1366, height: 900 });
    const english = page.locator('qms-admin-services tr[data-service="tra-ket-qua"] input[data-field="nameEn"]');
    expect(await english.inputValue()).toBe('Result pick-up');
    const publicName = async () => (await t.request('GET', `/offices/${t.office}`)).body.services.find((s: any) => s.id === 'tra-ket-qua').nameEn;
    await english.fill('Collect your results');
    await english.press('Tab');
    await page.locator('[data-action="save"]').click();
    await poll(() => page.locator('[data-testid="save-result"]').textContent()).toContain('Đã lưu');
    await poll(publicName).toBe('Collect your results');
    // an empty English name means none: the kiosk shows the Vietnamese name in English too
    await english.fill('');
    await english.press('Tab');
    await page.locator('[data-action="save"]').click();
    await poll(publicName).toBeUndefined();
    const admin = await t.login(`admin-${t.office}`);
    expect((await admin.request('GET', `/admin/offices/${t.office}/config`)).body.config.services.find((s: any) => s.id === 'tra-ket-qua')).not.toHaveProperty(
      'nameEn',
    );
    await page.close();
  });

  it('recalls, transfers, marks a no-show and pauses with keys, showing each answer of the server', { timeout: 300_000 }, async () => {
    const { t } = env;
    const first = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'lao-dong' })).body.ticket;
    const second = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'thi-dua' })).body.ticket;
    const page = await signedIn(`/console/?office=${t.office}`, `officer5-${t.office}`, { width: 1366, height: 768 });
    await page.locator('qms-counter-picker button[data-counter="5"]').click();
    await page.locator('[data-action="call-next"]').waitFor();

    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(first.number);
    await page.keyboard.press('r');
    await poll(() => message(page)).toBe(`Đã gọi lại số ${first.number}`);
    // T opens the service list; 1–9 picks (the current service is left out of the list)
    await page.keyboard.press('t');
    await page.locator('qms-counter-transfer-dialog').waitFor();
    const target = await page.locator('qms-counter-transfer-dialog button[data-service]').first().getAttribute('data-service');
    await page.keyboard.press('1');
    await poll(() => message(page)).toContain(`Đã chuyển số ${first.number} sang`);
    const moved = (await t.request('GET', `/tickets/${first.id}?token=${first.token}`)).body.ticket;
    expect(moved).toMatchObject({ status: 'waiting', serviceId: target });

    await page.keyboard.press('Space');
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(second.number);
    await page.keyboard.press('n');
    await poll(() => message(page)).toBe(`Số ${second.number}: vắng mặt`);
    expect((await t.request('GET', `/tickets/${second.id}?token=${second.token}`)).body.ticket.status).toBe('no_show');

    await page.keyboard.press('p');
    await poll(() => message(page)).toBe('Đã tạm dừng quầy');
    await page.keyboard.press('Space');
    await poll(() => message(page)).toContain('Quầy đang tạm dừng');
    await page.keyboard.press('p');
    await poll(() => message(page)).toBe('Quầy tiếp tục làm việc');
    await page.close();
  });
});
