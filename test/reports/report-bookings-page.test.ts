/**
 * The range report's bookings section in real Chromium: an office that takes bookings has a day of
 * appointments (kept, cancelled, late, unused) and remote numbers (served, absent, left waiting); the
 * chairman opens that day and reads the figures, by service and in total. A day without bookings
 * shows no section.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newOneTimeCode } from '../../server/bookings/one-time-code.js';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { MONDAY, TUESDAY, phoneNo, startBookingOffice, type BookingOffice } from '../bookings/booking-office.js';
import { axeViolations } from '../support/axe.js';
import { busyPage, launchBrowser } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD } from '../support/test-app.js';

describe('bookings on the report page', () => {
  let b: BookingOffice;
  let browser: Browser;
  let o: string;
  const at = (hhmm: string) => Date.parse(`${TUESDAY}T${hhmm}:00+07:00`);

  // Tuesday: four appointments for 08:00 (one cancelled, one on time and called at once, one late, one nobody came for);
  // remote numbers: two for Tư pháp (served, absent), one for Chứng thực still waiting at closing
  beforeAll(async () => {
    [b, browser] = await Promise.all([startBookingOffice(), launchBrowser()]);
    o = b.t.office;
    const t = b.t;
    const book = async (n: number, body: Record<string, string>) => {
      const phone = phoneNo(n);
      const res = await t.request('POST', `/offices/${o}/bookings`, { ...body, phone, otp: await newOneTimeCode(t.app.ctx, o, phone) });
      expect(res.status).toBe(201);
      return res.body.booking;
    };
    const appointment = (n: number) => book(n, { kind: 'appointment', serviceId: 'tu-phap', slotStart: `${TUESDAY}T08:00` });
    const [kept, cancelled, late] = [await appointment(1), await appointment(2), await appointment(3), await appointment(4)];
    expect((await t.request('DELETE', `/bookings/${cancelled.id}?token=${cancelled.token}`)).status).toBe(200);

    t.clock.set(at('07:55'));
    expect((await t.request('POST', `/offices/${o}/bookings/check-in`, { code: kept.code })).status).toBe(201);
    const officer = await t.login(`officer1-${o}`);
    const ctr = `/offices/${o}/counters/1`;
    await officer.request('POST', `${ctr}/open`);
    t.clock.set(at('08:01'));
    expect((await officer.request('POST', `${ctr}/call-next`)).body.ticket.source).toBe('appointment');
    await officer.request('POST', `${ctr}/complete`);
    await book(5, { kind: 'remote', serviceId: 'tu-phap' });
    await book(6, { kind: 'remote', serviceId: 'tu-phap' });
    await book(7, { kind: 'remote', serviceId: 'chung-thuc' });
    expect((await officer.request('POST', `${ctr}/call-next`)).body.ticket.source).toBe('remote');
    await officer.request('POST', `${ctr}/complete`);
    expect((await officer.request('POST', `${ctr}/call-next`)).body.ticket.source).toBe('remote');
    await officer.request('POST', `${ctr}/no-show`);

    // 20 minutes into the slot: past the 15 minutes allowed, an ordinary ticket
    t.clock.set(at('08:20'));
    expect((await t.request('POST', `/offices/${o}/bookings/check-in`, { code: late.code })).status).toBe(201);
    t.clock.set(at('18:00'));
    await closeOfficeDays(t.app.ctx, o);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await b?.close();
  });

  async function reportsPage(date: string): Promise<Page> {
    const page = await busyPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${b.t.base}/console/reports.html?office=${o}&from=${date}&to=${date}#reports`);
    await page.fill('qms-report-app input[name=username]', `chair-${o}`);
    await page.fill('qms-report-app input[name=password]', PASSWORD);
    await page.click('qms-report-app form button[type=submit]');
    await page.locator('[data-test=breakdown]').waitFor();
    await page.locator('[data-test=reconciliation]').waitFor();
    return page;
  }

  const cells = async (page: Page, label: string) =>
    (await page.locator('[data-test=bookings] tbody tr', { hasText: label }).locator('td').allTextContents()).map((s) => s.trim());

  it("shows the day's appointments and remote numbers by service and in total", async () => {
    const page = await reportsPage(TUESDAY);
    const section = page.locator('[data-test=bookings-section]');
    expect(await section.locator('h3').textContent()).toBe('Đặt lịch và số trực tuyến');
    const head = await section.locator('thead').textContent();
    for (const label of [
      'Lịch hẹn',
      'Số trực tuyến',
      'Đã đặt',
      'Đã hủy',
      'Bỏ trống',
      'Đến đúng giờ',
      'Đến muộn',
      'Gọi trong khung giờ hẹn',
      'Đã lấy',
      'Vắng mặt',
    ])
      expect(head).toContain(label);
    // booked, cancelled, unused, on time, late, called within the slot, remote taken, served, absent
    await poll(() => page.locator('[data-test=bookings] tbody tr').count()).toBe(3);
    expect(await cells(page, 'Tư pháp')).toEqual([expect.stringContaining('Tư pháp'), '4', '1', '1', '1', '1', '100% (1/1)', '2', '1', '1']);
    expect(await cells(page, 'Chứng thực')).toEqual([expect.stringContaining('Chứng thực'), '0', '0', '0', '0', '0', '–', '1', '0', '0']);
    expect(await cells(page, 'Tổng cộng')).toEqual(['Tổng cộng', '4', '1', '1', '1', '1', '100% (1/1)', '3', '1', '1']);
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await page.close();
  });

  it('shows no bookings section for a day without bookings', async () => {
    const page = await reportsPage(MONDAY);
    expect(await page.locator('[data-test=reconciliation]').textContent()).toContain('0 phiếu phát');
    expect(await page.locator('[data-test=bookings-section]').count()).toBe(0);
    await page.close();
  });
});
