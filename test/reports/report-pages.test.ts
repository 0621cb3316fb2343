/**
 * The chairman's pages in real Chromium, against the real server with a little history: sign in,
 * read today's live page, this month's report, satisfaction, answer a complaint, open a
 * self-inspection report. Officers are turned away.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD } from '../support/test-app.js';

/** Wednesday 2026-11-18 08:00 in Hà Nội */
const START = Date.UTC(2026, 10, 18, 1, 0);
const DAY = 86_400_000;

describe('report pages in Chromium', () => {
  const env = withBrowserApp({ now: START });
  let complaintId: string;
  let waitingSince: number;

  // a little history: three days of tickets served at counter 1 and rated, with dossiers; a complaint; one citizen waiting now
  beforeAll(async () => {
    const { t } = env;
    const officer = await t.login(`officer1-${t.office}`);
    const ctr = `/offices/${t.office}/counters/1`;
    await officer.request('POST', `${ctr}/open`);
    for (let day = 0; day < 3; day++) {
      t.clock.set(START + day * DAY);
      const tickets = [];
      for (let i = 0; i < 6; i++) {
        tickets.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: i % 2 ? 'tu-phap' : 'tra-ket-qua' })).body.ticket);
        t.clock.advance(4 * 60_000);
      }
      for (const [i, tk] of tickets.entries()) {
        t.clock.advance((3 + i) * 60_000);
        await officer.request('POST', `${ctr}/call-next`);
        t.clock.advance(5 * 60_000);
        if (i === 5) await officer.request('POST', `${ctr}/no-show`);
        else {
          await officer.request('POST', `${ctr}/complete`, i === 0 ? { dossier: { code: `HS-${day}`, dueDate: '2026-11-30' } } : undefined);
          await t.request('POST', `/tickets/${tk.id}/rating`, {
            token: tk.token,
            score: [4, 3, 4, 2, 1][i],
            comment: i === 4 ? 'Chờ hơi lâu' : undefined,
            criteria: { attitude: 2, total_time: 1 },
          });
        }
      }
    }
    const c = await t.request('POST', `/offices/${t.office}/complaints`, { topic: 'waiting_time', message: 'Chờ quá lâu vào buổi sáng' });
    complaintId = c.body.complaint.id;
    waitingSince = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc' })).body.ticket.issuedAt; // one waiting now
  }, 120_000);

  async function signedIn(username: string): Promise<Page> {
    const { t, browser } = env;
    const page = await busyPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.base}/console/reports.html?office=${t.office}`);
    await page.fill('qms-report-app input[name=username]', username);
    await page.fill('qms-report-app input[name=password]', PASSWORD);
    await page.click('qms-report-app form button[type=submit]');
    return page;
  }

  it('shows live today, the month report, satisfaction, and lets the chairman answer a complaint', async () => {
    const { t } = env;
    const page = await signedIn(`chair-${t.office}`);
    await page.waitForSelector('[data-test=live-queues]');
    expect(await page.textContent('[data-test=live-cards]')).toContain('Đang chờ');
    expect(await page.textContent('[data-test=live-queues]')).toContain('Chứng thực');

    await page.click('nav a[href="#reports"]');
    const table = page.locator('[data-test=breakdown]');
    await table.waitFor();
    await poll(async () => await table.locator('tbody tr').count()).toBeGreaterThan(3);
    const recon = await page.textContent('[data-test=reconciliation]');
    expect(recon).toContain('Số liệu khớp: 19 phiếu phát = 15 đã phục vụ + 3 vắng mặt + 0 hết hạn + 0 hủy + 1 đang chờ/phục vụ');
    // an office without bookings sees no bookings section
    expect(await page.locator('[data-test=bookings-section]').count()).toBe(0);
    expect(await page.locator('qms-report-chart canvas').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-test=dossier-line]').textContent()).toContain('3 hồ sơ tiếp nhận');

    await page.click('nav a[href="#satisfaction"]');
    await page.waitForSelector('[data-test=criteria]');
    expect(await page.textContent('[data-test=criteria]')).toContain('Thái độ của cán bộ, công chức');
    // the criteria by service: short headings, whole words, not a cut-off name
    expect(await page.locator('[data-test=criteria-groups] thead th').allTextContents()).toContain('Thái độ cán bộ');
    const comments = await page.textContent('[data-test=comments]');
    expect(comments).toContain('Chờ hơi lâu');
    // services by name, never by id
    expect(comments).toContain('Trả kết quả');
    expect(comments).not.toContain('tra-ket-qua');

    await page.click('nav a[href="#dossiers"]');
    const pending = page.locator('[data-test=pending-dossiers]');
    await poll(async () => await pending.locator('tbody tr').count()).toBe(3);
    expect(await pending.textContent()).toContain('Trả kết quả');
    expect(await pending.textContent()).not.toContain('tra-ket-qua');

    await page.click('nav a[href="#complaints"]');
    await page.click(`[data-test=complaint-list] button.item >> text=${complaintId}`);
    await page.fill('[data-test=complaint-detail] textarea', 'UBND phường đã bố trí thêm quầy vào buổi sáng. Xin cảm ơn ông/bà.');
    await page.click('[data-test=respond-resolve]');
    await poll(async () => (await t.app.ctx.redis.hget(`qms:{${t.office}}:complaints`, complaintId))?.includes('"resolved"')).toBe(true);
    await page.close();
  });

  it("opens last week's self-inspection report and offers its downloads", async () => {
    const { t } = env;
    t.clock.set(START + 5 * DAY); // Monday 23rd: last week is 16–22
    const chair = await t.login(`chair-${t.office}`);
    expect((await chair.request('POST', `/offices/${t.office}/reports/snapshots`, { kind: 'week' })).status).toBe(201);
    const page = await signedIn(`chair-${t.office}`);
    await page.click('nav a[href="#snapshots"]');
    await page.click('[data-test=open-snapshot]');
    await page.waitForSelector('[data-test=snapshot]');
    const text = await page.textContent('[data-test=snapshot]');
    expect(text).toContain('Báo cáo tự kiểm tra tuần 47/2026');
    expect(text).toContain('3 hồ sơ tiếp nhận');
    const download = page.waitForEvent('download');
    await page.click('[data-test=export-xlsx]');
    expect((await download).suggestedFilename()).toBe(`tu-kiem-tra-${t.office}-week-2026-W47.xlsx`);
    // the address of a report never made: an error, not the report opened before under the new address
    await page.evaluate(() => (location.hash = '#snapshot/week-2026-W30'));
    await poll(() => page.locator('[data-test=snapshot]').count()).toBe(0);
    expect(await page.locator('qms-report-snapshots .bad').textContent()).toMatch(/không tìm thấy/i);
    await page.close();
    t.clock.set(START);
  });

  it('in English, words the daily table, the nine criteria and the self-inspection reports in English', async () => {
    const { t, browser } = env;
    const chair = await t.login(`chair-${t.office}`);
    expect((await chair.request('POST', `/offices/${t.office}/reports/snapshots`, { kind: 'week', date: '2026-11-16' })).status).toBe(201);
    const page = await busyPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${t.base}/console/reports.html?office=${t.office}&from=2026-11-16&to=2026-11-22&lang=en#reports`);
    await page.fill('qms-report-app input[name=username]', `chair-${t.office}`);
    await page.fill('qms-report-app input[name=password]', PASSWORD);
    await page.click('qms-report-app form button[type=submit]');
    const table = page.locator('[data-test=breakdown]');
    await poll(async () => await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await table.textContent()).toContain('Wednesday 18/11/2026');
    expect(await table.textContent()).not.toContain('Thứ');

    await page.click('nav a[href="#satisfaction"]');
    await page.waitForSelector('[data-test=criteria]');
    expect(await page.textContent('[data-test=criteria]')).toContain('Staff attitude');
    expect(await page.textContent('[data-test=criteria]')).not.toContain('Thái độ');
    // the criteria by service: each heading a whole short name, the full one in its tooltip
    const heads = page.locator('[data-test=criteria-groups] thead th');
    expect(await heads.allTextContents()).toContain('Attitude');
    expect((await heads.allTextContents()).join(' ')).not.toContain('…');
    expect(await heads.locator('text=Attitude').getAttribute('title')).toBe('Staff attitude');
    // shares to 0.1%, as everywhere else: a red 79.8% is not shown as "80%"
    expect(await page.locator('[data-test=criteria-groups] tbody td').allTextContents()).toContain('100.0%');
    await page.locator('[data-test=criteria-groups]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? tmpdir(), 'reports-satisfaction-en.png') });

    await page.click('nav a[href="#snapshots"]');
    const list = page.locator('[data-test=snapshot-list]');
    await poll(() => list.textContent()).toContain('Self-inspection report, week 47/2026 (16/11–22/11/2026)');
    expect(await list.textContent()).not.toContain('Báo cáo');
    await page.click('[data-test=open-snapshot]');
    await page.waitForSelector('[data-test=snapshot]');
    expect(await page.locator('[data-test=snapshot] h2').first().textContent()).toBe('Self-inspection report, week 47/2026 (16/11–22/11/2026)');
    await page.close();
  });

  it('words the live alerts from the codes and values the server sends', async () => {
    const { t } = env;
    t.clock.set(waitingSince + 25 * 60_000); // the citizen waiting for Chứng thực (target 10 min) has waited 25 min
    const page = await signedIn(`chair-${t.office}`);
    await poll(() => page.textContent('[data-test=alerts]')).toContain('Chứng thực: 1 công dân đã chờ quá 10 phút (lâu nhất 25 phút)');
    await page.close();
    t.clock.set(START);
  });

  it('turns an officer away', async () => {
    const { t } = env;
    const page = await signedIn(`officer2-${t.office}`);
    await page.waitForSelector('text=không được xem báo cáo');
    expect(await page.locator('nav').count()).toBe(0);
    await page.close();
  });
});
