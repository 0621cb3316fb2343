/**
 * The province ranking tab in real Chromium (issue 13, item 3): over months of history in three
 * offices of two groups (test/supervision/ranking-history.ts), a group supervisor sees its group's
 * offices only, in the API's rank order with the API's figures written the Vietnamese way (the
 * formats below are this test's own, not the page's); a heading ranks by its column through the
 * API; the period picker and the group change the request; the CSV link downloads the same
 * numbers; a monthly province report opens in the table; axe finds nothing serious at desk sizes.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, ViewportSize } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoOffice } from '../../server/offices/demo-office.js';
import { generateProvinceReport } from '../../server/supervision/province-reports.js';
import { RANKING_COLUMN_KEYS, type RankingColumn } from '../../shared/schemas/ranking.js';
import { axeViolations } from '../support/axe.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { addSessionCookie } from '../support/staff-sign-in.js';
import type { StaffClient } from '../support/test-app.js';
import { parseCsv } from '../supervision/ranking-csv.js';
import { HISTORY_START, makeRankedProvince, type RankedProvince } from '../supervision/ranking-history.js';

const WIDE = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };
type Kind = 'int' | 'min' | 'pct' | 'num';
/** the columns the table shows, and how a Vietnamese report writes each */
const SHOWN: [string, Kind][] = [
  ['issued', 'int'],
  ['served', 'int'],
  ['meanWaitMinutes', 'min'],
  ['medianWaitMinutes', 'min'],
  ['p90WaitMinutes', 'min'],
  ['withinTargetShare', 'pct'],
  ['serviceMinutes', 'min'],
  ['satisfactionIndex', 'pct'],
  ['fourLevelSatisfiedShare', 'pct'],
  ['ratingsPer100', 'num'],
  ['complaints', 'int'],
  ['complaintsOnTimeShare', 'pct'],
  ['feedbackOkShare', 'pct'],
  ['dossiersEarly', 'int'],
  ['dossiersOnTime', 'int'],
  ['dossiersLate', 'int'],
  ['dossiersOnTimeShare', 'pct'],
];
const vi = (n: number, digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
function written(kind: Kind, v: number | null, overflow = false): string {
  if (v === null) return '–';
  if (kind === 'pct') return `${vi(v * 100, 1)}%`;
  return kind === 'int' ? vi(v, 0) : `${vi(v, 1)}${overflow ? '+' : ''}`;
}

describe('province ranking in Chromium', () => {
  const env = withBrowserApp({ now: HISTORY_START });
  let p: RankedProvince;
  /** both groups and the office of no group (without history): never the other test files' offices */
  let supAB: StaffClient;
  beforeAll(async () => {
    p = await makeRankedProvince(env.t);
    supAB = await p.account('supervisor', { groups: [p.groupA, p.groupB], offices: [p.loose] });
    // the monthly job's report of October (the job itself: test/supervision/ranking-exports.test.ts)
    await generateProvinceReport(env.t.app.ctx, '2026-10');
  }, 240_000);

  /** A signed-in page on the ranking tab, with the ranking requests it made. */
  async function rankingFor(staff: StaffClient, viewport: ViewportSize = LAPTOP, query = '', waitForRows = true) {
    const context = await env.browser.newContext({ viewport, acceptDownloads: true });
    await addSessionCookie(context, staff, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const asked: URLSearchParams[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/supervision/ranking') asked.push(url.searchParams);
    });
    await page.goto(`${env.t.base}/console/province.html${query}#ranking`);
    if (waitForRows) await page.locator('tr[data-office]').first().waitFor();
    return { page, asked };
  }

  const rowIds = (page: Page) => page.locator('tr[data-office]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.office));
  const api = async (staff: StaffClient, query: string) => {
    const res = await staff.request('GET', `/supervision/ranking?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const cellText = (page: Page, row: string, col: string) => page.locator(`${row} td[data-col="${col}"] .v`).textContent();

  it("shows a group supervisor its group's offices ranked, with the API's figures, changes and total", { timeout: 300_000 }, async () => {
    const { page, asked } = await rankingFor(p.supA);
    // the province's today is 3 November 2026 (the server's clock): last month by default
    const expected = await api(p.supA, 'from=2026-10-01&to=2026-10-31');
    await poll(() => rowIds(page)).toEqual(expected.offices.map((o: any) => o.id));
    expect((await rowIds(page)).sort()).toEqual([p.a1, p.a2].sort());
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({ from: '2026-10-01', to: '2026-10-31', sort: 'satisfactionIndex' });
    expect(await page.locator('[data-test=period-line]').textContent()).toContain('Từ 01/10/2026 đến 31/10/2026, so với kỳ trước 01/09/2026 – 30/09/2026');
    expect(await page.locator('button[data-period=lastMonth]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('nav a[data-tab=ranking]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('select[data-test=ranking-group] option').allTextContents()).toEqual(['Tất cả các nhóm', p.groupA]);

    for (const o of expected.offices) {
      const row = `tr[data-office="${o.id}"]`;
      expect(await cellText(page, row, 'rank')).toBe(o.rank === null ? '–' : String(o.rank));
      // the short name, as on the live wall, with the full name in its title
      expect(o.shortName).toBe(`Xã ${o.id}`);
      expect(await deepText(page.locator(`${row} td.office`))).toBe(o.shortName);
      expect(await page.locator(`${row} td.office`).getAttribute('title')).toBe(o.name);
      for (const [col, kind] of SHOWN) {
        expect(await cellText(page, row, col), `${o.id} ${col}`).toBe(written(kind, o[col], col === 'p90WaitMinutes' && o.p90WaitOverflow));
        // the previous period's figure in the cell's title
        expect(await page.locator(`${row} td[data-col="${col}"]`).getAttribute('title'), `${o.id} ${col}`).toContain(
          `Kỳ trước: ${written(kind, o.previous[col], col === 'p90WaitMinutes' && o.previous.p90WaitOverflow)}`,
        );
      }
    }
    for (const [line, figures] of [
      ['total', expected.total],
      ['median', expected.median],
    ] as const) {
      for (const [col, kind] of SHOWN)
        expect(await cellText(page, `tr[data-row=${line}]`, col), `${line} ${col}`).toBe(
          written(kind, figures[col], !!figures.p90WaitOverflow && col === 'p90WaitMinutes'),
        );
    }
    expect(await deepText(page.locator('tr[data-row=total] td.office'))).toBe('Tổng cộng (2 đơn vị)');

    // a change is coloured by the column's direction: a longer wait is worse, more served is better
    for (const o of expected.offices) {
      for (const [col, better] of [
        ['meanWaitMinutes', 'lower'],
        ['served', 'higher'],
      ] as const) {
        const delta = o.change[col];
        if (delta === null || Math.abs(delta) < 0.05) continue;
        const good = delta > 0 === (better === 'higher');
        const mark = page.locator(`tr[data-office="${o.id}"] td[data-col="${col}"] .d`);
        expect(await mark.getAttribute('class')).toContain(good ? 'better' : 'worse');
        expect(await mark.textContent()).toMatch(delta > 0 ? /^▲ / : /^▼ /);
      }
    }

    // an office opens its reports over the same period, read-only
    const ranked = new URL(page.url());
    await page.locator(`tr[data-office="${p.a1}"] td.office a`).click();
    await page.waitForURL(`**/console/reports.html?office=${p.a1}&from=2026-10-01&to=2026-10-31&back=*#reports`);
    await page.locator('[data-test=breakdown]').waitFor();
    // and the way back leads to the ranking as it was left, not to the live tab
    await page.locator('[data-test=back-to-wall]').click();
    await page.waitForURL((u) => u.pathname === '/console/province.html' && u.search === ranked.search && u.hash === '#ranking');
    await page.locator('tr[data-office]').first().waitFor();
    await page.context().close();
  });

  it('ranks by the column clicked (through the API), and the period and group change the request', { timeout: 300_000 }, async () => {
    const { page, asked } = await rankingFor(supAB);
    await poll(() => page.locator('tr[data-office]').count()).toBe(4);

    await page.locator('button[data-sort=meanWaitMinutes]').click();
    await poll(() => asked.at(-1)?.get('sort')).toBe('meanWaitMinutes');
    const byWait = await api(supAB, 'from=2026-10-01&to=2026-10-31&sort=meanWaitMinutes');
    await poll(() => rowIds(page)).toEqual(byWait.offices.map((o: any) => o.id));
    const ranked = byWait.offices.filter((o: any) => o.rank !== null).map((o: any) => o.id);
    // the fastest office first: a1 waits least, a2 most
    expect(ranked.indexOf(p.a1)).toBeLessThan(ranked.indexOf(p.a2));
    expect(await page.locator('th:has(button[data-sort=meanWaitMinutes])').getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sort=meanWaitMinutes');
    // again: worst first, the ranks unchanged, the unranked still last
    await page.locator('button[data-sort=meanWaitMinutes]').click();
    const unranked = byWait.offices.filter((o: any) => o.rank === null).map((o: any) => o.id);
    await poll(() => rowIds(page)).toEqual([...[...ranked].reverse(), ...unranked]);
    expect(await page.locator('th:has(button[data-sort=meanWaitMinutes])').getAttribute('aria-sort')).toBe('descending');
    expect(await cellText(page, `tr[data-office="${p.a1}"]`, 'rank')).toBe(String(byWait.offices.find((o: any) => o.id === p.a1).rank));

    // this year: from 1 January to the province's today, against the same days of the year before
    await page.locator('button[data-period=thisYear]').click();
    await poll(() => (asked.at(-1) ? Object.fromEntries(asked.at(-1)!) : {})).toEqual({
      from: '2026-01-01',
      to: '2026-11-03',
      previousFrom: '2025-01-01',
      previousTo: '2025-11-03',
      sort: 'meanWaitMinutes',
    });
    const year = await api(supAB, 'from=2026-01-01&to=2026-11-03&previousFrom=2025-01-01&previousTo=2025-11-03&sort=meanWaitMinutes');
    await poll(() => deepText(page.locator('[data-test=period-line]'))).toContain('01/01/2025 – 03/11/2025');
    await poll(() => cellText(page, `tr[data-office="${p.b1}"]`, 'issued')).toBe(vi(year.offices.find((o: any) => o.id === p.b1).issued, 0));
    expect(page.url()).toContain('period=thisYear');

    // custom dates
    await page.locator('input[data-test=from]').fill('2026-09-29');
    await poll(() => asked.at(-1)?.get('from')).toBe('2026-09-29');
    await page.locator('input[data-test=to]').fill('2026-10-31');
    await poll(() => asked.at(-1)?.get('to')).toBe('2026-10-31');
    expect(await page.locator('button[data-period][aria-pressed=true]').count()).toBe(0);
    const custom = await api(supAB, 'from=2026-09-29&to=2026-10-31&sort=meanWaitMinutes');
    await poll(() => cellText(page, `tr[data-office="${p.a2}"]`, 'served')).toBe(vi(custom.offices.find((o: any) => o.id === p.a2).served, 0));
    // a start after the current end waits, marked, for the end date; then both are asked, neither lost
    const before = asked.length;
    await page.locator('input[data-test=from]').fill('2026-11-02');
    expect(await page.locator('input[data-test=from]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('input[data-test=to]').fill('2026-11-03');
    await poll(() => (asked.at(-1) ? Object.fromEntries(asked.at(-1)!) : {})).toEqual({ from: '2026-11-02', to: '2026-11-03', sort: 'meanWaitMinutes' });
    expect(asked.slice(before).every((q) => q.get('from') === '2026-11-02')).toBe(true);
    expect(await page.locator('input[data-test=from]').inputValue()).toBe('2026-11-02');
    expect(await page.locator('input[data-test=from]').getAttribute('aria-invalid')).toBe(null);
    await page.locator('input[data-test=from]').fill('2026-09-29');
    await page.locator('input[data-test=to]').fill('2026-10-31');
    await poll(() => (asked.at(-1) ? Object.fromEntries(asked.at(-1)!) : {})).toEqual({ from: '2026-09-29', to: '2026-10-31', sort: 'meanWaitMinutes' });

    // one group: the request names it, and only its office is ranked
    await page.locator('select[data-test=ranking-group]').selectOption({ label: p.groupB });
    await poll(() => asked.at(-1)?.get('group')).toBe(p.groupB);
    await poll(() => rowIds(page)).toEqual([p.b1]);
    expect(await deepText(page.locator('tr[data-row=total] td.office'))).toBe('Tổng cộng (1 đơn vị)');

    // the address keeps it all across a reload
    await page.reload();
    await page.locator('tr[data-office]').first().waitFor();
    expect(await rowIds(page)).toEqual([p.b1]);
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({ from: '2026-09-29', to: '2026-10-31', group: p.groupB, sort: 'meanWaitMinutes' });
    await page.context().close();
  });

  it('downloads the CSV of what it shows, and opens a monthly province report in the table', { timeout: 300_000 }, async () => {
    const { page } = await rankingFor(p.supA, LAPTOP, '?period=lastMonth&sort=complaints');
    const expected = await api(p.supA, 'from=2026-10-01&to=2026-10-31&sort=complaints');
    await poll(() => rowIds(page)).toEqual(expected.offices.map((o: any) => o.id));

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-test=export-csv]').click()]);
    expect(download.suggestedFilename()).toBe('xep-hang-2026-10-01-2026-10-31.csv');
    const [current] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(current!.rows.map((r) => r[2])).toEqual([...expected.offices.map((o: any) => o.name), 'Tổng cộng (2 đơn vị)', 'Trung vị các đơn vị']);
    const lines = [...expected.offices, expected.total, expected.median];
    expect(current!.header.slice(0, 5)).toEqual(['Hạng', 'Hạng kỳ trước', 'Đơn vị', 'Nhóm', 'Số phiếu phát']);
    lines.forEach((line: any, i: number) => {
      for (const [col, kind] of SHOWN) {
        const cell = current!.rows[i]![4 + RANKING_COLUMN_KEYS.indexOf(col as RankingColumn)]!;
        const v = line[col] === null ? null : kind === 'pct' ? line[col] * 100 : line[col];
        if (v === null) expect(cell, `${col} ${i}`).toBe('');
        // as shown: whole counts (the median office's too), tenths otherwise
        else expect(Math.abs(Number(cell) - v), `${col} ${i}`).toBeLessThanOrEqual((kind === 'int' ? 0.5 : 0.05) + 1e-9);
      }
    });
    for (const format of ['xlsx', 'pdf']) {
      const href = new URL((await page.locator(`a[data-test=export-${format}]`).getAttribute('href'))!, env.t.base);
      expect(Object.fromEntries(href.searchParams)).toEqual({ from: '2026-10-01', to: '2026-10-31', sort: 'complaints', format, lang: 'vi' });
      const res = await page.request.get(href.toString());
      expect(res.status(), format).toBe(200);
    }
    // worst first on the page: the files follow
    await page.locator('button[data-sort=complaints]').click();
    await poll(async () => new URL((await page.locator('a[data-test=export-csv]').getAttribute('href'))!, env.t.base).searchParams.get('dir')).toBe('worst');
    await poll(() => page.locator('[data-test=province-reports] li[data-report=month-2026-10] a[data-format=pdf]').getAttribute('href')).toContain('dir=worst');
    await page.locator('button[data-sort=complaints]').click();

    // October's monthly report, narrowed to group A
    const item = page.locator('[data-test=province-reports] li[data-report=month-2026-10]');
    await item.waitFor();
    expect(await item.locator('a[data-format=pdf]').getAttribute('href')).toContain(
      '/api/v1/supervision/reports/month-2026-10?format=pdf&lang=vi&sort=complaints',
    );
    await item.locator('button[data-test=open-report]').click();
    await page.locator('[data-test=viewing-report]').waitFor();
    expect(await page.locator('[data-test=viewing-report]').textContent()).toContain('Đang xem báo cáo tháng 10/2026');
    const stored = (await p.supA.request('GET', '/supervision/reports/month-2026-10?sort=complaints')).body;
    await poll(() => rowIds(page)).toEqual(stored.offices.map((o: any) => o.id));
    expect(await cellText(page, `tr[data-office="${p.a2}"]`, 'complaints')).toBe(vi(stored.offices.find((o: any) => o.id === p.a2).complaints, 0));
    expect(await page.locator('a[data-test=export-csv]').getAttribute('href')).toContain('/api/v1/supervision/reports/month-2026-10?');
    expect(page.url()).toContain('report=month-2026-10');
    await page.context().close();
  });

  it('a link to a monthly report that was never made says so, offers no downloads, and goes back to the period', { timeout: 300_000 }, async () => {
    const { page } = await rankingFor(p.supA, LAPTOP, '?report=month-2025-01&sort=complaints', false);
    const ranking = page.locator('qms-province-ranking');
    await page.locator('qms-province-ranking [data-test=report-missing]').waitFor();
    expect(await deepText(page.locator('qms-province-ranking [role=alert]'))).toContain('Chưa có báo cáo tháng 01/2025');
    await poll(() => deepText(ranking)).not.toContain('Đang tải');
    expect(await page.locator('a[data-test=export-csv]').count()).toBe(0);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'ranking-missing-report.png') });
    await page.locator('qms-province-ranking [data-test=back-to-period]').click();
    const expected = await api(p.supA, 'from=2026-10-01&to=2026-10-31&sort=complaints');
    await poll(() => rowIds(page)).toEqual(expected.offices.map((o: any) => o.id));
    expect(page.url()).not.toContain('report=');
    expect(await page.locator('qms-province-ranking [role=alert]').count()).toBe(0);
    await page.context().close();
  });

  it("in English, opens an office's reports in English too", { timeout: 300_000 }, async () => {
    const { page } = await rankingFor(p.supA, LAPTOP, '?lang=en&period=lastMonth');
    await page.locator(`tr[data-office="${p.a1}"] td.office a`).click();
    await page.waitForURL(`**/console/reports.html?office=${p.a1}&from=2026-10-01&to=2026-10-31&lang=en&back=*#reports`);
    await poll(() => deepText(page.locator('qms-report-app header h1'))).toContain('Leadership reports');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('[data-test=back-to-wall]').click();
    await page.waitForURL((u) => u.pathname === '/console/province.html' && u.searchParams.get('lang') === 'en' && u.hash === '#ranking');
    await page.context().close();
  });

  it('shows a long group name whole, on two lines rather than cut', { timeout: 300_000 }, async () => {
    const group = 'Quận Nam Từ Liêm (cũ) – các phường ven sông Nhuệ';
    const id = `${p.a1}-g`.slice(0, 40);
    await env.t.app.ctx.offices.save({ ...demoOffice(), id, name: `UBND phường ${id}`, group }, { create: true });
    const sup = await p.account('supervisor', { groups: [group] });
    const { page } = await rankingFor(sup, LAPTOP);
    const cell = page.locator(`tr[data-office="${id}"] td.group`);
    expect(await deepText(cell)).toBe(group);
    expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth)).toBe(true);
    await page.context().close();
  });

  it('passes axe at desk sizes; on a laptop the table scrolls sideways with the office column in place', { timeout: 300_000 }, async () => {
    for (const viewport of [WIDE, LAPTOP]) {
      const { page } = await rankingFor(supAB, viewport);
      await poll(() => page.locator('tr[data-office]').count()).toBe(4);
      const violations = await axeViolations(page);
      expect(violations, `${viewport.width}x${viewport.height}:\n${violations.join('\n')}`).toEqual([]);
      // the page itself never scrolls sideways
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      if (viewport === LAPTOP) {
        const frame = page.locator('qms-province-ranking-table .frame');
        expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
        const office = page.locator('tr[data-office] td.office').first();
        const before = (await office.boundingBox())!.x;
        await frame.evaluate((f) => (f.scrollLeft = f.scrollWidth));
        await poll(async () => (await page.locator('tr[data-office] td[data-col=dossiersOnTimeShare]').first().boundingBox())!.x).toBeLessThan(viewport.width);
        expect((await office.boundingBox())!.x).toBe(before);
        // the pinned total's label is as wide as the office column, so the totals scrolled under it stay in view
        const officeBox = (await office.boundingBox())!;
        const label = (await page.locator('tr[data-row=total] td.office').boundingBox())!;
        expect(label.x + label.width).toBeLessThanOrEqual(officeBox.x + officeBox.width + 1);
        const served = (await page.locator('tr[data-row=total] td[data-col=served]').boundingBox())!;
        const servedAbove = (await page.locator('tr[data-office] td[data-col=served]').first().boundingBox())!;
        expect(served.x).toBe(servedAbove.x);
        await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'ranking-scrolled-laptop.png') });
      }
      await page.context().close();
    }
    // the monthly reports' list fits a phone and a laptop, each report's time of making in full
    for (const viewport of [{ width: 390, height: 844 }, LAPTOP]) {
      const { page } = await rankingFor(supAB, viewport);
      const made = page.locator('qms-province-report-list li[data-report] .made').first();
      await made.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${viewport.width}`).toBe(true);
      expect(await made.evaluate((e) => e.scrollWidth <= e.clientWidth), `${viewport.width}`).toBe(true);
      const item = (await page.locator('qms-province-report-list li[data-report]').first().boundingBox())!;
      expect(item.x + item.width, `${viewport.width}`).toBeLessThanOrEqual(viewport.width);
      await made.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), `ranking-monthly-${viewport.width}.png`) });
      await page.context().close();
    }
    // the live tab is one click away, and back
    const page = await busyPage(env.browser, { viewport: LAPTOP });
    await addSessionCookie(page.context(), p.supA, env.t.base);
    await page.goto(`${env.t.base}/console/province.html#ranking`);
    await page.locator('tr[data-office]').first().waitFor();
    await page.locator('nav a[data-tab=live]').click();
    await page.locator('[data-test=connection][data-state=online]').waitFor();
    expect(await page.title()).toContain('Giám sát trực tiếp');
    await page.locator('nav a[data-tab=ranking]').click();
    await page.locator('table[data-test=ranking-table]').waitFor();
    expect(await page.title()).toContain('Xếp hạng');
    await page.close();
  });
});
