/**
 * The phone page offers Web Push ("notify me when my turn is near, even with the page closed") only
 * where the server has a VAPID key, and says so when the citizen refuses the permission.
 */
import { describe, expect, it } from 'vitest';
import { generateVapidKeys } from '../../server/notifications/drivers/vapid-keys.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';

describe('Web Push on the phone page', () => {
  const env = withBrowserApp({ pushPublicKey: generateVapidKeys().publicKey });

  it('offers it while the ticket waits, and keeps the page working when the permission is refused', async () => {
    const { t, browser } = env;
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const page = await busyPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${t.base}/kiosk/phone.html?t=${ticket.id}&k=${ticket.token}`);
    const button = page.locator('[data-action=push]');
    await poll(() => button.count()).toBe(1);
    expect(await button.textContent()).toContain('Nhận thông báo khi gần đến lượt');
    // headless Chromium answers the permission request with a refusal
    await button.click();
    await poll(() => page.locator('[data-push]').getAttribute('data-push')).toBe('refused');
    await page.close();
  });
});
