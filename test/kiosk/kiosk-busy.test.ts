/**
 * A kiosk over its issue rate limit (429) says the system is busy and to try again in a moment: it
 * is not offline, and a spinner saying "connection lost" would send the citizen to the desk for nothing.
 */
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';

describe('kiosk over its rate limit', () => {
  const env = withBrowserApp({ rateLimits: { issue: 2 } });

  it('says it is busy, not offline, and takes nothing', async () => {
    const { t, browser } = env;
    const page = await busyPage(browser, { viewport: { width: 1080, height: 1920 } });
    await page.goto(`${t.base}/kiosk/?office=${t.office}`);
    await page.locator('[data-service=tu-phap]').waitFor();
    // the hall's budget for this minute (per client address and office) is used up
    for (let i = 0; i < 2; i++) expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).status).toBe(201);
    const refused = page.waitForResponse((r) => r.url().endsWith(`/offices/${t.office}/tickets`) && r.request().method() === 'POST');
    await page.locator('[data-service=tu-phap]').click();
    expect((await refused).status()).toBe(429);
    await poll(() => deepText(page.locator('[data-issue-error]'))).toContain('Hệ thống đang bận');
    const screen = await deepText(page.locator('qms-kiosk-app'));
    expect(screen).not.toContain('Mất kết nối');
    expect(await page.locator('[data-issuing]').count()).toBe(0);
    const waiting = (await t.request('GET', `/offices/${t.office}`)).body.services.find((s: { id: string }) => s.id === 'tu-phap').waiting;
    expect(waiting).toBe(0);
    // in English too
    await page.locator('[data-issue-error] button').click();
    await page.locator('qms-lang-toggle button').click();
    await page.locator('[data-service=tu-phap]').click();
    await poll(() => deepText(page.locator('[data-issue-error]'))).toContain('busy');
    await page.close();
  });
});
