/**
 * The API reference page (console/api.html) draws the server's own OpenAPI description under the
 * strict CSP: every operation grouped by tag with its roles, parameters, schemas and examples,
 * Vietnamese first, English on ?lang=en, filtered by path.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';

describe('the API reference page', () => {
  const env = withBrowserApp();

  it('shows every route by group with who may call it, its fields and examples, with no CSP violation', { timeout: 120_000 }, async () => {
    const { t } = env;
    const doc = (await t.request('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
    const page = await busyPage(env.browser, { viewport: { width: 1366, height: 900 } });
    const troubles: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && troubles.push(m.text())));
    page.on('pageerror', (e) => troubles.push(e.message));
    await page.goto(`${t.base}/console/api.html`);
    const ref = page.locator('qms-api-reference');
    await poll(() => ref.locator('qms-api-operation').count()).toBe(operations);
    await page.screenshot({ path: screenshotPath('api-reference.png') });
    const text = await deepText(ref.locator('nav'));
    for (const group of ['Công dân, kiosk, bảng gọi số', 'Quầy của cán bộ', 'Báo cáo', 'Quản trị', 'Vận hành']) expect(text).toContain(group);

    // the live report: who may read it, in words, and its answer's fields once opened
    const live = ref.locator('qms-api-operation#op-getOfficesByOfficeReportsLive');
    const liveText = await deepText(live);
    expect(liveText).toContain('/api/v1/offices/{office}/reports/live');
    expect(liveText).toContain('lãnh đạo đơn vị');
    expect(liveText).toContain('giám sát (chỉ xem)');
    expect(liveText).toContain('forbidden');
    await live.locator('details summary', { hasText: 'LiveReport' }).first().click();
    await poll(async () => deepText(live)).toContain('longestWaitSeconds');
    await live.screenshot({ path: screenshotPath('api-reference-operation.png') });
    expect(await axeViolations(page)).toEqual([]);

    // taking a ticket: its body's fields and an example
    const take = ref.locator('qms-api-operation#op-postOfficesByOfficeTickets');
    expect(await deepText(take)).toContain('idempotencyKey');
    await take.locator('details summary', { hasText: 'Ví dụ' }).first().click();
    expect(await deepText(take)).toContain('"serviceId": "tu-phap"');

    await ref.locator('nav input').fill('reports/live');
    await poll(() => ref.locator('qms-api-operation').count()).toBe(1);
    expect(troubles).toEqual([]);

    await page.goto(`${t.base}/console/api.html?lang=en`);
    await poll(() => ref.locator('qms-api-operation').count()).toBe(operations);
    expect(await deepText(ref.locator('nav'))).toContain("The officer's counter");
    await page.close();
  });
});

function screenshotPath(name: string): string {
  mkdirSync('test-results', { recursive: true });
  return `test-results/${name}`;
}
