/**
 * The dossier link in real Chromium: an officer scans dossier codes at the counter (a scanner types
 * the code and Enter into the focused field) and completes; the chairman imports the sample export
 * on the reports page, sees the counts and the dossier report move, then a malformed file's rows
 * by line and column, and one dossier's visits and ratings. SCREENSHOT_DIR=docs/screenshots keeps
 * the picture of the import.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';

/** Friday 2026-11-27, 10:00 in Hà Nội */
const NOW = Date.UTC(2026, 10, 27, 3, 0);
const SAMPLE = 'docs/samples/ho-so-mau.xlsx';

describe('dossier pages', () => {
  const env = withBrowserApp({ now: NOW });

  async function signedIn(path: string, username: string): Promise<Page> {
    const page = await busyPage(env.browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${env.t.base}${path}`);
    await signInByKeyboard(page, username);
    return page;
  }

  it('scans dossier codes at the counter and completes with them', { timeout: 300_000 }, async () => {
    const { t } = env;
    const first = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const second = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    const page = await signedIn(`/console/?office=${t.office}`, `officer1-${t.office}`);
    await page.locator('qms-counter-picker button[data-counter="1"]').click();
    await page.locator('[data-action="call-next"]').click();
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(first.number);

    // M puts the focus in the codes field; the scanner types each code and Enter
    await page.keyboard.press('m');
    for (const code of ['H26.22-261127-0001', 'H26.22-261127-0002']) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('mã sai');
    await page.keyboard.press('Enter');
    expect(await page.locator('qms-counter-dossier-codes [role=alert]').textContent()).toContain('Mã hồ sơ chỉ gồm');
    await page.locator('[data-testid="dossier-code"]').fill('');
    // the keys typed into the field were never shortcuts: still the same ticket, still called
    expect(await page.locator('[data-testid="current-number"]').textContent()).toBe(first.number);
    expect(await page.locator('[data-testid="dossier-codes"] li').allTextContents()).toEqual(['H26.22-261127-0001✕', 'H26.22-261127-0002✕']);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'console-dossier-codes.png') });
    await page.locator('[data-action="complete"]').click();
    await poll(() => page.locator('[data-testid="message"]').textContent()).toBe(`Hoàn thành số ${first.number} (kèm 2 mã hồ sơ)`);
    const stored = async (id: string) =>
      (await (await t.login(`chair-${t.office}`)).request('GET', `/offices/${t.office}/dossiers/H26.22-261127-0002`)).body.tickets
        .map((x: any) => x.id)
        .includes(id);
    expect(await stored(first.id)).toBe(true);

    // codes listed, then "call next": the current ticket is completed with them first
    await page.locator('[data-action="call-next"]').click();
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(second.number);
    await page.locator('[data-testid="dossier-code"]').click();
    await page.keyboard.type('H26.22-261127-0002');
    await page.keyboard.press('Enter');
    await page.locator('[data-action="call-next"]').click();
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).not.toBe(second.number);
    expect(await stored(second.id)).toBe(true);
    expect(await page.locator('[data-testid="dossier-codes"]').count()).toBe(0);
    await page.close();
  });

  it('imports the sample export on the reports page, then shows a malformed file by line and column', { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn(`/console/reports.html?office=${t.office}#dossiers`, `chair-${t.office}`);
    const line = page.locator('[data-test=dossier-line]');
    // the codes scanned at the counter wait for their dates: nothing counted yet
    await poll(() => line.textContent()).toContain('0 hồ sơ tiếp nhận');
    const section = page.locator('[data-test=dossier-import]');
    await section.locator('input[type=file]').setInputFiles(SAMPLE);
    await section.locator('button[type=submit]').click();
    await poll(() => section.locator('[data-test=import-result]').textContent()).toContain(
      'Đã đọc 12 dòng: 12 hồ sơ mới, 0 cập nhật, 0 không đổi, 0 không nhập.',
    );
    // the report reads the rollups the import fed
    await poll(() => line.textContent()).toContain('12 hồ sơ tiếp nhận, 9 đã giải quyết, 3 đang giải quyết; 3 trước hạn');

    // again: nothing changes
    await section.locator('button[type=submit]').click();
    await poll(() => section.locator('[data-test=import-result]').textContent()).toContain('12 không đổi');

    // a malformed file, keeping the valid rows
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hồ sơ');
    ws.addRow(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']);
    ws.addRow(['HS-T1', 'Chứng thực', '02/11/2026', '03/11/2026', '03/11/2026']);
    ws.addRow(['HS-T2', 'Hộ tịch', '02/11/2026', '31/02/2026', '']);
    ws.addRow(['HS-T3', 'Lĩnh vực lạ', '04/11/2026', '06/11/2026', '']);
    // the code scanned at the counter, now with its dates
    ws.addRow(['H26.22-261127-0002', 'Hộ tịch', '27/11/2026', '30/11/2026', '']);
    const bad = join(tmpdir(), `ho-so-loi-${t.office}.xlsx`);
    await wb.xlsx.writeFile(bad);
    await section.locator('input[type=file]').setInputFiles(bad);
    await section.locator('input[value=keep-valid]').check();
    await section.locator('button[type=submit]').click();
    const problems = section.locator('[data-test=import-problems] tbody tr');
    await poll(() => problems.count()).toBe(2);
    expect(await problems.nth(0).textContent()).toMatch(/3\s*Ngày hẹn trả\s*HS-T2\s*Ngày không hợp lệ \(dd\/mm\/yyyy\)\s*«31\/02\/2026»/);
    expect(await problems.nth(1).textContent()).toContain('Lĩnh vực không có ở đơn vị');
    expect(await section.locator('[data-count=added] b').textContent()).toBe('2');
    await poll(() => line.textContent()).toContain('14 hồ sơ tiếp nhận');

    // the whole page in one viewport (a full-page capture moves the tables' sticky headers)
    await page.setViewportSize({ width: 1440, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    const buffer = await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'reports-dossiers-import.png') });
    expect(buffer.length).toBeGreaterThan(10_000);

    // one dossier's visits: the counter's code, with the ticket that served it
    await page.locator('[data-test=pending-dossiers] button[data-code="H26.22-261127-0002"]').click();
    const detail = page.locator('[data-test=dossier-detail]');
    await poll(() => detail.textContent()).toContain('Ngày nhận 27/11/2026 · Ngày hẹn trả 30/11/2026');
    expect(await detail.locator('[data-test=dossier-tickets] tbody tr').count()).toBe(2);
    await page.close();
  });
});
