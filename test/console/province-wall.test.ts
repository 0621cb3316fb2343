/**
 * The province's live wall in real Chromium (issue 13, item 2): a group supervisor sees its
 * group's offices only; a ticket issued or called in one of them changes that row through the
 * socket's deltas (one join, no reload) while an office outside the group never shows; sorting
 * and the filters work; an office opens its reports read-only, with nothing that would get 403;
 * axe finds no serious violation at wall and laptop sizes.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, ViewportSize } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { addSessionCookie, signInByKeyboard } from '../support/staff-sign-in.js';
import type { StaffClient } from '../support/test-app.js';
import { makeProvince } from '../supervision/province-office.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { startWorkers } from '../../server/jobs/workers.js';

/** Wednesday 2026-11-18 08:00 in Hà Nội: the offices' clock stands still unless a test moves it */
const START = Date.UTC(2026, 10, 18, 1, 0);
const WALL = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

describe('province live wall in Chromium', () => {
  const env = withBrowserApp({ now: START });

  /** The socket frames a page sent and received, to tell a delta from a new snapshot. */
  function socketFrames(page: Page) {
    const frames = { joins: 0, deltas: [] as string[] };
    page.on('websocket', (ws) => {
      ws.on('framesent', (f) => {
        if (String(f.payload).includes('"join"')) frames.joins++;
      });
      ws.on('framereceived', (f) => {
        if (String(f.payload).includes('"supervision.changed"')) frames.deltas.push(String(f.payload));
      });
    });
    return frames;
  }

  async function wallFor(staff: StaffClient, viewport: ViewportSize = LAPTOP, query = ''): Promise<Page> {
    const context = await env.browser.newContext({ viewport });
    await addSessionCookie(context, staff, env.t.base);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${env.t.base}/console/province.html${query}`);
    await page.locator('tr[data-office]').first().waitFor();
    return page;
  }

  const rowIds = (page: Page) => page.locator('tr[data-office]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.office));
  const figure = (page: Page, office: string, col: string) => page.locator(`tr[data-office="${office}"] td[data-col="${col}"] .big`).first().textContent();
  const issue = (office: string, serviceId = 'tu-phap') => env.t.request('POST', `/offices/${office}/tickets`, { serviceId });

  it("shows a group supervisor its group's offices only, and applies each office's changes as they happen", { timeout: 300_000 }, async () => {
    const { t } = env;
    const p = await makeProvince(t);
    const sup = await p.account('supervisor', { groups: [p.groupA] });
    const page = await busyPage(env.browser, { viewport: WALL });
    const frames = socketFrames(page);
    await page.goto(`${t.base}/console/province.html`);
    await signInByKeyboard(page, sup.username);
    await poll(() => rowIds(page)).toEqual(expect.arrayContaining([p.a1, p.a2]));
    expect((await rowIds(page)).sort()).toEqual([p.a1, p.a2].sort());
    expect(await page.locator('[data-test=connection]').getAttribute('data-state')).toBe('online');
    expect(await deepText(page.locator(`tr[data-office="${p.a1}"]`))).toContain(p.groupA);
    // the office's short name, its full one in the link's title
    expect(await page.locator(`tr[data-office="${p.a1}"] td.office a`).textContent()).toBe(`Xã ${p.a1}`);
    expect(await page.locator(`tr[data-office="${p.a1}"] td.office a`).getAttribute('title')).toContain(`UBND xã ${p.a1}`);
    expect(await figure(page, p.a1, 'issued')).toBe('0');

    // a ticket in a1: its row changes through a delta, the page never joins again
    expect((await issue(p.a1)).status).toBe(201);
    await poll(() => figure(page, p.a1, 'issued')).toBe('1');
    expect(await figure(page, p.a1, 'waiting')).toBe('1');
    expect(await page.locator('[data-tile=issued] .value').textContent()).toBe('1');

    // an officer of a1 opens a counter, calls and serves that citizen
    const officer = await p.account('officer', { offices: [p.a1] });
    const counter = `/offices/${p.a1}/counters/1`;
    expect((await officer.request('POST', `${counter}/open`)).status).toBe(200);
    expect((await officer.request('POST', `${counter}/call-next`)).status).toBe(200);
    await poll(() => figure(page, p.a1, 'waiting')).toBe('0');
    expect(await figure(page, p.a1, 'counters')).toBe('1');
    expect((await officer.request('POST', `${counter}/complete`)).status).toBe(200);
    await poll(() => figure(page, p.a1, 'served')).toBe('1');

    // tickets outside the group never reach the wall; one in a2 does
    for (const office of [p.b1, p.loose, t.office]) expect((await issue(office)).status).toBe(201);
    expect((await issue(p.a2)).status).toBe(201);
    await poll(() => figure(page, p.a2, 'issued')).toBe('1');
    expect((await rowIds(page)).sort()).toEqual([p.a1, p.a2].sort());
    for (const office of [p.b1, p.loose, t.office]) expect(frames.deltas.join('\n')).not.toContain(`"${office}"`);
    expect(frames.deltas.some((d) => d.includes(`"${p.a1}"`))).toBe(true);
    expect(frames.joins).toBe(1);
    expect(await page.locator('[data-test=updated-at]').textContent()).toMatch(/\d\d:\d\d:\d\d/);
    await page.close();
  });

  it('sorts by any column (offices with alerts first by default) and filters by group and text', { timeout: 300_000 }, async () => {
    const { t } = env;
    const p = await makeProvince(t);
    // a2: a citizen waiting past the 15-minute target; a1: two who just came; b1: nobody
    expect((await issue(p.a2)).status).toBe(201);
    t.clock.advance(20 * 60_000);
    for (let i = 0; i < 2; i++) expect((await issue(p.a1)).status).toBe(201);
    const sup = await p.account('supervisor', { groups: [p.groupA, p.groupB] });
    const page = await wallFor(sup);

    await poll(() => rowIds(page)).toEqual([p.a2, p.a1, p.b1]);
    expect(await deepText(page.locator(`tr[data-office="${p.a2}"] td[data-col=alerts]`))).toContain('Chờ quá hạn');
    expect(await page.locator(`tr[data-office="${p.a1}"] [data-alert]`).count()).toBe(0);
    expect(await page.locator('th:has(button[data-sort=alerts])').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('[data-tile=alerts] .value').textContent()).toBe('1');

    await page.locator('button[data-sort=waiting]').click();
    await poll(() => rowIds(page)).toEqual([p.a1, p.a2, p.b1]);
    expect(await page.locator('th:has(button[data-sort=waiting])').getAttribute('aria-sort')).toBe('descending');
    await page.locator('button[data-sort=waiting]').click();
    await poll(() => rowIds(page)).toEqual([p.b1, p.a2, p.a1]);
    expect(await page.locator('th:has(button[data-sort=waiting])').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('button[data-sort=name]').click();
    await poll(() => rowIds(page)).toEqual([p.a1, p.a2, p.b1]);
    await page.locator('button[data-sort=longestWait]').click();
    await poll(() => rowIds(page)).toEqual([p.a2, p.a1, p.b1]);

    // the group select lists the rows' groups (no "no group": the loose office is not in scope)
    const select = page.locator('select[data-test=group-filter]');
    expect(await select.locator('option').allTextContents()).toEqual(['Tất cả các nhóm', p.groupA, p.groupB]);
    await select.selectOption({ label: p.groupB });
    await poll(() => rowIds(page)).toEqual([p.b1]);
    expect(await page.locator('[data-tile=offices] .value').textContent()).toBe('1');
    expect(page.url()).toContain(`group=${encodeURIComponent(p.groupB).replace(/%20/g, '+')}`);
    await select.selectOption({ label: 'Tất cả các nhóm' });
    await poll(() => rowIds(page)).toHaveLength(3);
    // the text filter ignores case and diacritics
    await page.locator('input[data-test=text-filter]').fill('HUYEN CU B');
    await poll(() => rowIds(page)).toEqual([p.b1]);
    await page.locator('input[data-test=text-filter]').fill(p.a2);
    await poll(() => rowIds(page)).toEqual([p.a2]);
    await page.locator('input[data-test=text-filter]').fill('không có đơn vị này');
    await poll(() => page.locator('tr[data-office]').count()).toBe(0);
    expect(await deepText(page.locator('qms-province-live'))).toContain('Không có đơn vị nào khớp bộ lọc.');

    // the search and the order stay in the address: a reload (or the way back from an office's reports) keeps them
    await page.locator('input[data-test=text-filter]').fill('huyen cu a');
    await page.locator('button[data-sort=name]').click();
    await page.locator('button[data-sort=name]').click();
    await poll(() => rowIds(page)).toEqual([p.a2, p.a1]);
    await page.reload();
    await poll(() => rowIds(page)).toEqual([p.a2, p.a1]);
    expect(await page.locator('input[data-test=text-filter]').inputValue()).toBe('huyen cu a');
    expect(await page.locator('th:has(button[data-sort=name])').getAttribute('aria-sort')).toBe('descending');
    // an order the wall does not know falls back to its own
    await page.goto(`${env.t.base}/console/province.html?order=nonsense-up`);
    await poll(() => rowIds(page)).toEqual([p.a2, p.a1, p.b1]);
    // a group no office of the scope is in (an old link): named in the select, not a blank one
    await page.goto(`${env.t.base}/console/province.html?group=${encodeURIComponent('Huyện đã đổi tên')}`);
    await poll(() => deepText(page.locator('qms-province-live'))).toContain('Không có đơn vị nào khớp bộ lọc.');
    expect(await page.locator('select[data-test=group-filter]').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.trim())).toBe(
      'Huyện đã đổi tên',
    );
    await page.context().close();
  });

  it('on a wall screen (?cycle=N) pages through the offices by itself, the headings in view, and back to the top', { timeout: 300_000 }, async () => {
    const { t } = env;
    const p = await makeProvince(t);
    const sup = await p.account('supervisor', {});
    // a short screen: the offices of the whole deployment do not fit on it
    const page = await wallFor(sup, { width: 1920, height: 420 }, '?cycle=1');
    const scrolled = () => page.evaluate(() => Math.round(window.scrollY));
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(room).toBeGreaterThan(100);
    await poll(scrolled, 10_000).toBeGreaterThan(0);
    // the column headings stay on top while it pages
    const heading = (await page.locator('th:has(button[data-sort=waiting])').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(10);
    await poll(scrolled, 30_000).toBe(0);
    // without ?cycle the page stays where it is
    const still = await wallFor(sup, { width: 1920, height: 420 });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await still.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
    await still.context().close();
  });

  it(
    'opens an office’s reports read-only for its supervisor: no complaints, no snapshot making, a long range exported by a job, no 403',
    { timeout: 300_000 },
    async () => {
      const { t } = env;
      const p = await makeProvince(t);
      const sup = await p.account('supervisor', { groups: [p.groupA] });
      const page = await wallFor(sup);
      const refused: string[] = [];
      page.on('response', (r) => {
        if (r.status() === 403 || r.status() === 401) refused.push(`${r.status()} ${r.url()}`);
      });
      const wall = new URL(page.url());
      await page.locator(`tr[data-office="${p.a1}"] a`).click();
      await page.waitForURL(`**/console/reports.html?office=${p.a1}&back=*`);
      // the way back leads to the wall as it was left
      expect(await page.locator('[data-test=back-to-wall]').getAttribute('href')).toBe(wall.pathname + wall.search + wall.hash);
      await page.locator('[data-test=live-queues]').waitFor();
      expect(await page.locator('nav a').allTextContents()).not.toContain('Phản ánh, kiến nghị');
      expect(await page.locator('header').textContent()).toContain('Chỉ xem');

      // the live tab follows the office through the supervisor's socket
      const waitingCard = page.locator('[data-test=live-cards] .card').first().locator('.value');
      expect(await waitingCard.textContent()).toBe('0');
      // nobody waits: no longest wait to show
      const longest = page.locator('[data-test=live-cards] .card').first().locator('.sub');
      expect(await longest.textContent()).toBe('Chờ lâu nhất: –');
      expect((await issue(p.a1)).status).toBe(201);
      await poll(() => waitingCard.textContent()).toBe('1');
      expect(await longest.textContent()).toMatch(/^Chờ lâu nhất: \d/);

      await page.locator('nav a[href="#reports"]').click();
      await page.locator('[data-test=breakdown]').waitFor();
      expect(await page.locator('[data-test=export-csv]').isEnabled()).toBe(true);
      await page.locator('nav a[href="#dossiers"]').click();
      await poll(() => deepText(page.locator('qms-report-dossiers'))).toContain('hồ sơ tiếp nhận');
      expect(await page.locator('[data-test=pending-dossiers]').count()).toBe(0);
      expect(await page.locator('qms-report-dossiers button').count()).toBe(0);
      await page.locator('nav a[href="#snapshots"]').click();
      await page.locator('[data-test=snapshot-list]').waitFor();
      expect(await page.locator('[data-test=generate-snapshot]').count()).toBe(0);
      // the complaints tab is not there even by its address
      await page.evaluate(() => (location.hash = '#complaints'));
      await poll(() => page.locator('[data-test=live-queues]').count()).toBe(1);
      expect(await page.locator('qms-complaint-inbox').count()).toBe(0);

      // a range too long to export on the request: the supervisor's export is a job, and its file downloads
      const workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [p.a1] });
      try {
        await page.goto(`${t.base}/console/reports.html?office=${p.a1}&from=2026-01-01&to=2026-11-18#reports`);
        await page.locator('[data-test=breakdown]').waitFor();
        await page.locator('[data-test=export-csv]').click();
        const ready = page.locator('[data-test=export-ready]');
        await ready.waitFor();
        // it names the file it gives: the office, the range
        expect(await ready.textContent()).toContain(`${p.a1}-2026-01-01-2026-11-18.csv`);
        await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'reports-export-ready.png') });
        const file = await page.request.get(new URL((await ready.getAttribute('href'))!, t.base).href);
        expect(file.status()).toBe(200);
        // the whole range, of this office
        expect(await file.text()).toContain(`Báo cáo UBND xã ${p.a1} từ 01/01/2026 đến 18/11/2026`);
        // another range: the link to the year's file goes, rather than hand out a file of a range no longer shown
        await page.locator('[data-test=range] .presets button').first().click();
        await poll(() => page.locator('[data-test=export-ready]').count()).toBe(0);
      } finally {
        await workers.close();
      }
      expect(refused).toEqual([]);

      await page.locator('[data-test=back-to-wall]').click();
      await page.waitForURL('**/console/province.html');
      await page.locator('tr[data-office]').first().waitFor();
      await page.context().close();
    },
  );

  it('passes axe at wall and laptop sizes, with alerts showing, and on the reports it opens', { timeout: 300_000 }, async () => {
    const { t } = env;
    const p = await makeProvince(t);
    // b1: a complaint past its deadline (five working days); a1: a citizen waiting past the target; a2: a counter paused long
    expect((await t.request('POST', `/offices/${p.b1}/complaints`, { topic: 'waiting_time', message: 'Chờ quá lâu' })).status).toBe(201);
    t.clock.advance(9 * 86_400_000);
    expect((await issue(p.a1)).status).toBe(201);
    const officer = await p.account('officer', { offices: [p.a2] });
    expect((await officer.request('POST', `/offices/${p.a2}/counters/1/open`)).status).toBe(200);
    expect((await officer.request('POST', `/offices/${p.a2}/counters/1/pause`)).status).toBe(200);
    t.clock.advance(20 * 60_000);
    const sup = await p.account('supervisor', { offices: [p.loose], groups: [p.groupA, p.groupB] });
    for (const viewport of [WALL, LAPTOP]) {
      const page = await wallFor(sup, viewport);
      for (const kind of ['long_wait', 'counter_paused', 'complaint_overdue']) await page.locator(`[data-alert=${kind}]`).waitFor();
      const violations = await axeViolations(page);
      expect(violations, `${viewport.width}x${viewport.height}:\n${violations.join('\n')}`).toEqual([]);
      await page.context().close();
    }
    const page = await wallFor(sup, LAPTOP);
    await page.goto(`${t.base}/console/reports.html?office=${p.b1}`);
    await page.locator('[data-test=live-queues]').waitFor();
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.context().close();
  });

  it(
    'fits a phone, a laptop and a wall without the page scrolling sideways, long names and all; so do the reports it opens',
    { timeout: 300_000 },
    async () => {
      const { t } = env;
      const p = await makeProvince(t);
      // a centre's full name, and no short name to show instead
      const { shortName: _none, ...template } = demoOffice();
      const long = `${p.a1}-long`;
      await t.app.ctx.offices.save(
        { ...template, id: long, name: 'Trung tâm Phục vụ hành chính công phường Xuân Phương và các xã lân cận', group: p.groupA },
        { create: true },
      );
      const sup = await p.account('supervisor', { groups: [p.groupA] });
      const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }, LAPTOP, WALL]) {
        const page = await wallFor(sup, viewport);
        await page.locator(`tr[data-office="${long}"]`).waitFor();
        expect(await sideways(page), `the wall at ${viewport.width} px`).toBe(0);
        if (viewport.width === 390) {
          // the table scrolls sideways under the office column, which stays in view
          const scroll = page.locator('qms-province-office-table .scroll');
          const office = page.locator(`tr[data-office="${p.a1}"] td.office`);
          await office.scrollIntoViewIfNeeded();
          const before = (await office.boundingBox())!;
          // and leaves more than half the phone's width to the figures
          expect(before.width).toBeLessThan(390 / 2);
          expect(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
          await scroll.evaluate((el) => (el.scrollLeft = 500));
          await poll(() => scroll.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
          expect((await office.boundingBox())!.x).toBe(before.x);
          const at = (await office.boundingBox())!;
          // nothing shows through it: the cell on top at its middle is the office cell itself
          expect(
            await page.evaluate(
              ([x, y]) => {
                let el: Element | null = document.elementFromPoint(x!, y!);
                while (el?.shadowRoot?.elementFromPoint(x!, y!) && el.shadowRoot.elementFromPoint(x!, y!) !== el) el = el.shadowRoot.elementFromPoint(x!, y!);
                return el?.closest('td')?.className ?? el?.tagName;
              },
              [at.x + 4, at.y + at.height / 2],
            ),
          ).toContain('office');
          await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'province-live-phone-scrolled.png') });
          for (const tab of ['live', 'satisfaction', 'dossiers', 'snapshots']) {
            await page.goto(`${t.base}/console/reports.html?office=${long}#${tab}`);
            await page.locator('qms-report-app main .panel').first().waitFor();
            expect(await sideways(page), `the reports' ${tab} tab on a phone`).toBe(0);
          }
        }
        await page.context().close();
      }
    },
  );
});
