/**
 * Every screen passes axe-core (WCAG 2.1 A and AA, plus the best practices the issue names) with no
 * serious or critical violation, in real Chromium under the server's CSP, shadow roots included:
 * the kiosk at home and showing a ticket, its booking check-in, the phone page, the booking page, the counter tablet,
 * the hall board, the * counter screen, the console's sign-in and workspace, every reports tab and every admin tab.
 */
import type { BrowserContext, Page, ViewportSize } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBookingOffice } from '../bookings/booking-office.js';
import { walkBookingPage } from '../bookings/booking-page-walk.js';
import { axeViolations } from '../support/axe.js';
import { busyPage, launchBrowser, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { pairDevice } from '../support/devices.js';
import { addSessionCookie } from '../support/staff-sign-in.js';
import type { StaffClient } from '../support/test-app.js';

describe('accessibility of every screen (axe-core)', () => {
  const env = withBrowserApp();
  let officer: StaffClient;

  beforeAll(async () => {
    const { t } = env;
    officer = await t.login(`officer1-${t.office}`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/open`)).status).toBe(200);
  });

  const issue = async (serviceId: string) => (await env.t.request('POST', `/offices/${env.t.office}/tickets`, { serviceId })).body.ticket;

  /** Checks the page as it is now; `state` names it in the failure message, which lists every violation. The test goes on to the next state. */
  async function expectAccessible(page: Page, state: string) {
    const violations = await axeViolations(page);
    expect.soft(violations, `${state}:\n${violations.join('\n')}\n`).toEqual([]);
  }

  /** A page in a context signed in as `staff` (none: signed out). */
  async function staffPage(staff: StaffClient | undefined, viewport: ViewportSize): Promise<{ context: BrowserContext; page: Page }> {
    const context = await env.browser.newContext({ viewport });
    if (staff) await addSessionCookie(context, staff, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    return { context, page };
  }

  it('the kiosk: home in portrait and landscape, then the ticket it issues', async () => {
    const { t } = env;
    for (const viewport of [
      { width: 1080, height: 1920 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await busyPage(env.browser, { viewport, hasTouch: true });
      // the slip's printing is not under test here: a print dialog must not hold the page
      await page.addInitScript(() => (window.print = () => {}));
      await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1`);
      await page.locator('[data-service=tu-phap]').waitFor();
      await expectAccessible(page, `kiosk home ${viewport.width}x${viewport.height}`);
      await page.locator('[data-service=tu-phap]').click();
      await page.locator('[data-ticket-number]').waitFor();
      await expectAccessible(page, `kiosk ticket ${viewport.width}x${viewport.height}`);
      await page.close();
    }
  });

  it("the kiosk's other screens: English, priority, ID card consent, the complaint form and the booking check-in", async () => {
    const { t } = env;
    const page = await busyPage(env.browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1`);
    await page.locator('[data-service=tu-phap]').waitFor();
    await page.locator('qms-lang-toggle button').click();
    await poll(() => deepText(page.locator('qms-kiosk-home h2'))).toBe('Touch the service you need');
    await expectAccessible(page, 'kiosk home in English');
    await page.locator('qms-lang-toggle button').click();
    await page.locator('[data-action=priority]').click();
    await page.locator('[data-category=elderly]').waitFor();
    await expectAccessible(page, 'kiosk priority');
    await page.locator('[data-category=elderly]').click();
    await poll(() => deepText(page.locator('qms-kiosk-home .mode'))).toContain('Người từ 60 tuổi trở lên');
    await expectAccessible(page, 'kiosk home, priority chosen');
    await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1`);
    await page.locator('[data-action=cccd]').click();
    await page.locator('[data-action=cccd-agree]').waitFor();
    await expectAccessible(page, 'kiosk ID card consent');
    await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1`);
    await page.locator('[data-action=complaint]').click();
    await page.locator('[data-topic=waiting_time]').click();
    await expectAccessible(page, 'kiosk complaint form');
    await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1`);
    await page.locator('[data-action=check-in]').click();
    for (const key of 'K7M2QX') await page.locator(`[data-key="${key}"]`).click();
    await expectAccessible(page, 'kiosk booking check-in');
    await page.locator('[data-action=check-in-submit]').click();
    await page.locator('[data-check-in-error]').waitFor();
    await expectAccessible(page, 'kiosk booking check-in refused');
    await page.close();
  });

  it('the phone page: waiting, then asked for a rating', async () => {
    const { t } = env;
    const ticket = await issue('tu-phap');
    const page = await busyPage(env.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${t.base}/kiosk/phone.html?t=${ticket.id}&k=${ticket.token}`);
    await poll(() => page.locator('[data-number]').textContent()).toBe(ticket.number);
    await expectAccessible(page, 'phone waiting');
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: ticket.id })).body).toMatchObject({ ticket: { id: ticket.id } });
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);
    await page.locator('qms-phone-rating [data-score="3"]').click();
    await page.locator('qms-phone-rating details summary').click();
    await expectAccessible(page, 'phone rating');
    await page.close();

    const other = await issue('tu-phap');
    const called = await busyPage(env.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await called.goto(`${t.base}/kiosk/phone.html?t=${other.id}&k=${other.token}`);
    await poll(() => called.locator('[data-number]').textContent()).toBe(other.number);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: other.id })).status).toBe(200);
    await called.locator('[data-status=called]').waitFor();
    await expectAccessible(called, 'phone called');
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);
    await called.locator('[data-action=open-complaint]').click();
    await called.locator('[data-topic=attitude]').click();
    await expectAccessible(called, 'phone complaint form');
    await called.close();
  });

  it('the booking page on a phone: services, slots, the phone and its code, the booking, cancelling, a remote number', async () => {
    const b = await startBookingOffice();
    const page = await busyPage(env.browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      await walkBookingPage(page, b, (state) => expectAccessible(page, `booking: ${state}`));
    } finally {
      await page.close();
      await b.close();
    }
  });

  it('the counter tablet: at rest, then asking for a rating', async () => {
    const { t } = env;
    const officer2 = await t.login(`officer2-${t.office}`);
    await officer2.request('POST', `/offices/${t.office}/counters/2/open`);
    const page = await busyPage(env.browser, { viewport: { width: 1280, height: 800 }, hasTouch: true });
    const { key } = await pairDevice(t, await t.login(`admin-${t.office}`), { kind: 'tablet', counter: '2' });
    await page.goto(`${t.base}/kiosk/tablet.html?office=${t.office}&counter=2&deviceKey=${key}`);
    await poll(() => deepText(page.locator('qms-tablet-app'))).toContain('Quầy số 2');
    await expectAccessible(page, 'tablet at rest');
    await issue('chung-thuc');
    await officer2.request('POST', `/offices/${t.office}/counters/2/call-next`);
    await officer2.request('POST', `/offices/${t.office}/counters/2/complete`);
    await page.locator('[data-asking]').waitFor();
    await page.locator('qms-rating-faces [data-score="4"]').click();
    await expectAccessible(page, 'tablet asking');
    await page.close();
  });

  it('the hall board and the counter screen, with a ticket called', async () => {
    const { t } = env;
    const ticket = await issue('tu-phap');
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: ticket.id })).status).toBe(200);
    await issue('dat-dai'); // someone waiting
    const board = await busyPage(env.browser, { viewport: { width: 1920, height: 1080 } });
    await board.goto(`${t.base}/display/?office=${t.office}&device=board-a11y&voice=clips`);
    await poll(() => deepText(board.locator('qms-board'))).toContain(ticket.number);
    await expectAccessible(board, 'board');
    await board.close();

    const screen = await busyPage(env.browser, { viewport: { width: 1280, height: 720 } });
    await screen.goto(`${t.base}/display/counter.html?office=${t.office}&counter=1&device=screen-a11y`);
    await poll(() => deepText(screen.locator('qms-counter-screen'))).toContain(ticket.number);
    await expectAccessible(screen, 'counter screen');
    await screen.close();

    const voice = await busyPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await voice.goto(`${t.base}/display/voice-test.html?office=${t.office}`);
    await voice.locator('qms-voice-test button').first().waitFor();
    await expectAccessible(voice, 'voice test');
    await voice.close();
  });

  it("the board's request for a tap when the browser blocks sound", async () => {
    const strict = await launchBrowser({ soundNeedsTouch: true });
    try {
      const page = await busyPage(strict, { viewport: { width: 1920, height: 1080 } });
      await page.goto(`${env.t.base}/display/?office=${env.t.office}&device=board-a11y-sound`);
      await page.locator('qms-sound-unlock button').waitFor();
      await expectAccessible(page, 'board asking for a tap');
    } finally {
      await strict.close();
    }
  });

  it('the console: sign-in, the counter picker and the workspace serving a ticket', async () => {
    const { t } = env;
    const signedOut = await staffPage(undefined, { width: 1366, height: 768 });
    await signedOut.page.goto(`${t.base}/console/?office=${t.office}`);
    await signedOut.page.locator('qms-login-form input').first().waitFor();
    await expectAccessible(signedOut.page, 'console sign-in');
    await signedOut.context.close();

    const officer3 = await t.login(`officer3-${t.office}`);
    const { context, page } = await staffPage(officer3, { width: 1366, height: 768 });
    await issue('chung-thuc');
    await issue('chung-thuc');
    await page.goto(`${t.base}/console/?office=${t.office}`);
    await page.locator('qms-counter-picker button[data-counter="3"]').waitFor();
    await expectAccessible(page, 'console counter picker');
    await page.locator('qms-counter-picker button[data-counter="3"]').click();
    await page.locator('[data-action="call-next"]').click();
    await page.locator('[data-testid="current-number"]').waitFor();
    await poll(() => page.locator('qms-counter-waiting-list tr[data-ticket]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'console workspace');
    await page.locator('[data-action="transfer"]').click();
    await page.locator('qms-counter-transfer-dialog button').first().waitFor();
    await expectAccessible(page, 'console transfer dialog');
    await context.close();
  });

  it('the reports: sign-in and every tab, with a complaint open', async () => {
    const { t } = env;
    const ticket = await issue('tra-ket-qua');
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call`, { ticketId: ticket.id })).status).toBe(200);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`, { dossier: { code: 'HS-A11Y', dueDate: '2030-01-31' } })).status).toBe(
      200,
    );
    expect(
      (await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 2, comment: 'Chờ hơi lâu', criteria: { attitude: 1 } })).status,
    ).toBe(201);
    expect((await t.request('POST', `/offices/${t.office}/complaints`, { topic: 'waiting_time', message: 'Chờ quá lâu' })).status).toBe(201);
    const chair = await t.login(`chair-${t.office}`);
    expect((await chair.request('POST', `/offices/${t.office}/reports/snapshots`, { kind: 'week' })).status).toBe(201);

    const signedOut = await staffPage(undefined, { width: 1440, height: 900 });
    await signedOut.page.goto(`${t.base}/console/reports.html?office=${t.office}`);
    await signedOut.page.locator('qms-report-app input[name=username]').waitFor();
    await expectAccessible(signedOut.page, 'reports sign-in');
    await signedOut.context.close();

    const { context, page } = await staffPage(chair, { width: 1440, height: 900 });
    await page.goto(`${t.base}/console/reports.html?office=${t.office}`);
    await page.locator('[data-test=live-queues]').waitFor();
    await expectAccessible(page, 'reports: live');
    await page.click('nav a[href="#reports"]');
    await poll(() => page.locator('[data-test=breakdown] tbody tr').count()).toBeGreaterThan(0);
    await page.locator('qms-report-chart canvas').first().waitFor();
    await expectAccessible(page, 'reports: period');
    await page.click('nav a[href="#satisfaction"]');
    await page.locator('[data-test=comments]').waitFor();
    await expectAccessible(page, 'reports: satisfaction');
    await page.click('nav a[href="#complaints"]');
    await page.locator('[data-test=complaint-list] button.item').first().click();
    await page.locator('[data-test=complaint-detail] textarea').waitFor();
    await expectAccessible(page, 'reports: complaints');
    await page.click('nav a[href="#dossiers"]');
    await poll(() => deepText(page.locator('qms-report-app'))).toContain('HS-A11Y');
    await expectAccessible(page, 'reports: dossiers');
    await page.click('nav a[href="#snapshots"]');
    await page.click('[data-test=open-snapshot]');
    await page.locator('[data-test=snapshot]').waitFor();
    await expectAccessible(page, 'reports: snapshot');

    await page.goto(`${t.base}/console/complaints.html?office=${t.office}`);
    await page.locator('[data-test=complaint-list]').waitFor();
    await expectAccessible(page, 'complaints page');
    await context.close();
  });

  it('the admin pages: sign-in and every tab', async () => {
    const { t } = env;
    const signedOut = await staffPage(undefined, { width: 1366, height: 900 });
    await signedOut.page.goto(`${t.base}/console/admin.html?office=${t.office}`);
    await signedOut.page.locator('qms-login-form input').first().waitFor();
    await expectAccessible(signedOut.page, 'admin sign-in');
    await signedOut.context.close();

    const admin = await t.login(`admin-${t.office}`);
    const { context, page } = await staffPage(admin, { width: 1366, height: 900 });
    await page.goto(`${t.base}/console/admin.html?office=${t.office}`);
    await page.locator('qms-admin [role=tab]').first().waitFor();
    const tabs = await page.locator('qms-admin [role=tab]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tab')!));
    expect(tabs.length).toBeGreaterThanOrEqual(7);
    for (const tab of tabs) {
      await page.locator(`qms-admin [role=tab][data-tab="${tab}"]`).click();
      await poll(() => page.locator(`qms-admin [role=tab][data-tab="${tab}"]`).getAttribute('aria-selected')).toBe('true');
      await poll(() => page.locator('qms-admin [role=tabpanel]').evaluate((el) => el.textContent!.trim().length + (el.children.length || 0))).toBeGreaterThan(
        0,
      );
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `admin: ${tab}`);
    }
    await context.close();
  });
});
