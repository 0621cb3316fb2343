/**
 * Pairing in real Chromium against the real server, as an installer does it: the counter tablet
 * shows a code, the administrator adds the tablet and confirms the code in the admin page, and the
 * tablet starts asking for ratings; revoked, it shows a code again. A kiosk of an office that
 * requires paired kiosks shows its code instead of the services until it is paired.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { pairDevice } from '../support/devices.js';
import { useKioskPrinting } from '../support/kiosk-printing.js';
import { deepText, poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';

/** The code an unpaired screen shows, once it shows one. */
async function shownCode(page: Page): Promise<string> {
  const code = page.locator('qms-pairing-panel [data-pairing-code]');
  await code.waitFor();
  return (await code.getAttribute('data-pairing-code'))!;
}

describe('pairing screens from the admin page', () => {
  const env = withBrowserApp();

  it('the tablet shows a code, the admin confirms it in the admin page, the tablet starts working', { timeout: 300_000 }, async () => {
    const { t, browser } = env;
    const tablet = await busyPage(browser, { viewport: { width: 1280, height: 800 }, hasTouch: true });
    await tablet.goto(`${t.base}/kiosk/tablet.html?office=${t.office}&counter=2`);
    const code = await shownCode(tablet);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await poll(() => deepText(tablet.locator('qms-tablet-app'))).toContain('Ghép nối máy tính bảng đánh giá');

    const admin = await busyPage(browser, { viewport: { width: 1366, height: 900 } });
    admin.on('dialog', (d) => void d.accept());
    await admin.goto(`${t.base}/console/admin.html?office=${t.office}&tab=devices`);
    await signInByKeyboard(admin, `admin-${t.office}`);
    const form = admin.locator('qms-admin-devices form[data-form="new-device"]');
    await form.locator('select[name="kind"]').selectOption('tablet');
    await form.locator('select[name="counter"]').selectOption('2');
    await form.locator('input[name="name"]').fill('Máy tính bảng quầy 2');
    await form.locator('[data-action="add-device"]').click();
    const row = admin.locator('qms-admin-devices tr[data-device="tablet-2"]');
    await row.locator('input[name="code"]').fill(code.toLowerCase());
    await row.locator('[data-action="confirm-pairing"]').click();
    await poll(() => admin.locator('[data-testid="device-result"]').textContent()).toContain('Đã xác nhận');

    // the tablet collects its key and rests, waiting for the counter's next citizen
    await tablet.locator('qms-pairing-panel').waitFor({ state: 'detached' });
    await poll(() => deepText(tablet.locator('qms-tablet-app'))).toContain('Mời ông/bà đánh giá sau khi được phục vụ');
    await poll(() => row.getAttribute('data-paired'), 30_000).toBe('true');
    await poll(() => deepText(row), 30_000).toContain('Đang kết nối');
    // a board paired but never connected says so (the province's live wall counts it offline too)
    await pairDevice(t, await t.login(`admin-${t.office}`), { kind: 'board', id: 'bang-sanh', name: 'Bảng sảnh' });
    await admin.reload();
    const board = admin.locator('qms-admin-devices tr[data-device="bang-sanh"]');
    await poll(() => board.locator('[data-connection]').getAttribute('data-connection'), 30_000).toBe('never');
    expect(await deepText(board)).toContain('Chưa kết nối');
    await admin.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'admin-devices.png'), fullPage: true });

    const officer = await t.login(`officer2-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/2/open`);
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    await officer.request('POST', `/offices/${t.office}/counters/2/call`, { ticketId: ticket.id });
    await officer.request('POST', `/offices/${t.office}/counters/2/complete`);
    await poll(() => tablet.locator('[data-asking]').getAttribute('data-asking')).toBe(ticket.number);
    await tablet.locator('qms-rating-faces [data-score="3"]').click();
    const rated = tablet.waitForResponse((r) => r.url().endsWith('/counters/2/tablet-rating'));
    await poll(async () => {
      await tablet
        .locator('[data-action=send-rating]')
        .click({ timeout: 500 })
        .catch(() => {});
      return tablet.locator('[data-thanks]').count();
    }).toBe(1);
    expect((await rated).status()).toBe(201);

    // revoked: the tablet is cut off at once and shows a new code
    await row.locator('[data-action="revoke"]').click();
    await poll(() => admin.locator('[data-testid="device-result"]').textContent()).toContain('Đã thu hồi');
    const next = await shownCode(tablet);
    expect(next).not.toBe(code);
    expect(await tablet.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qms.deviceKey')).length)).toBe(0);
    await tablet.close();
    await admin.close();
  });

  it('a kiosk of an office that requires paired kiosks shows its code until paired, then issues', { timeout: 300_000 }, async () => {
    const { t, browser } = env;
    const { config } = await t.app.ctx.offices.get(t.office, true);
    await t.app.ctx.offices.save({ ...config, requirePairedKiosks: true });
    const kiosk = await busyPage(browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await useKioskPrinting(kiosk);
    await kiosk.goto(`${t.base}/kiosk/?office=${t.office}`);
    const code = await shownCode(kiosk);
    expect(await kiosk.locator('qms-kiosk-home').count()).toBe(0);

    const admin = await t.login(`admin-${t.office}`);
    await admin.request('POST', `/admin/offices/${t.office}/devices`, { kind: 'kiosk', name: 'Kiosk sảnh', id: 'k-hall' });
    expect((await admin.request('POST', `/admin/offices/${t.office}/devices/k-hall/pair`, { code })).status).toBe(200);
    await kiosk.locator('qms-kiosk-home').waitFor();
    const issued = kiosk.waitForResponse((r) => r.url().endsWith(`/offices/${t.office}/tickets`) && r.request().method() === 'POST');
    await kiosk.locator('qms-kiosk-home [data-service="tu-phap"]').click();
    expect((await issued).status()).toBe(201);
    await kiosk.close();
  });
});
