/**
 * Bookings on the staff pages in real Chromium: the counter console marks a number taken online and
 * a checked-in appointment (with its slot time) in words, in the waiting list and as the current
 * ticket; the admin page saves which services take bookings and the office's booking rules.
 */
import type { Page, ViewportSize } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newOneTimeCode } from '../../server/bookings/one-time-code.js';
import { bookingConfig, MONDAY, phoneNo, START } from '../bookings/booking-office.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';

describe('bookings on the console and the admin page', () => {
  // Monday 09:00 in the office: tu-phap takes online numbers and appointments, the others online numbers
  const env = withBrowserApp({ now: START, office: bookingConfig });

  async function signedIn(path: string, username: string, viewport: ViewportSize): Promise<Page> {
    const page = await busyPage(env.browser, { viewport });
    await page.goto(`${env.t.base}${path}`);
    await signInByKeyboard(page, username);
    return page;
  }

  async function book(n: number, body: Record<string, unknown>) {
    const { t } = env;
    const phone = phoneNo(n);
    const res = await t.request('POST', `/offices/${t.office}/bookings`, { phone, otp: await newOneTimeCode(t.app.ctx, t.office, phone), ...body });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('marks online numbers and appointments in the waiting list and on the current ticket', { timeout: 300_000 }, async () => {
    const { t } = env;
    const hall = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    const remote = (await book(1, { kind: 'remote', serviceId: 'tu-phap' })).ticket;
    const booked = (await book(2, { kind: 'appointment', serviceId: 'tu-phap', slotStart: `${MONDAY}T10:00` })).booking;
    const appointment = (await t.request('POST', `/offices/${t.office}/bookings/check-in`, { code: booked.code })).body.ticket;
    expect(appointment).toMatchObject({ source: 'appointment' });

    const page = await signedIn(`/console/?office=${t.office}`, `officer1-${t.office}`, { width: 1366, height: 768 });
    await page.locator('qms-counter-picker button[data-counter="1"]').click();
    const row = (id: string) => page.locator(`qms-counter-waiting-list tr[data-ticket="${id}"]`);
    await poll(() => deepText(row(remote.id))).toContain('Trực tuyến');
    await poll(() => deepText(row(appointment.id))).toContain('Lịch hẹn 10:00');
    expect(await deepText(row(hall.id))).not.toMatch(/Trực tuyến|Lịch hẹn/);
    // a number taken from a phone while the console is open arrives marked
    const later = (await book(3, { kind: 'remote', serviceId: 'tra-ket-qua' })).ticket;
    await poll(() => deepText(row(later.id))).toContain('Trực tuyến');

    await row(remote.id).locator('button').click();
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(remote.number);
    expect(await deepText(page.locator('qms-counter-current-ticket'))).toContain('Trực tuyến');
    await page.close();
  });

  it("saves a service's online numbers and appointments, and the office's booking rules", { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn(`/console/admin.html?office=${t.office}&tab=services`, `admin-${t.office}`, { width: 1366, height: 900 });
    const row = page.locator('qms-admin-service-bookings tr[data-service-booking="chung-thuc"]');
    const field = (name: string) => row.locator(`input[data-field="${name}"]`);
    expect(await field('remote').isChecked()).toBe(true);
    expect(await field('slotMinutes').isDisabled()).toBe(true);
    await field('remote').uncheck();
    await field('appointment').check();
    expect(await field('slotMinutes').inputValue()).toBe('30');
    await field('slotMinutes').fill('20');
    await field('slotMinutes').press('Tab');
    await field('capacity').fill('6');
    await field('capacity').press('Tab');

    await page.locator('qms-admin [role=tab][data-tab="settings"]').click();
    const callAhead = page.locator('qms-admin-booking-policy input[data-field="callAheadMinutes"]');
    await callAhead.fill('10');
    await callAhead.press('Tab');
    await poll(() => deepText(page.locator('qms-admin-booking-policy #bp-calling-help'))).toBe(
      'Lịch hẹn đã xác nhận tại kiosk được gọi trước từ 10 phút trước giờ hẹn; đến muộn quá 15 phút thành số thường.',
    );
    await page.locator('[data-action="save"]').click();
    await poll(() => page.locator('[data-testid="save-result"]').textContent()).toContain('Đã lưu');

    const admin = await t.login(`admin-${t.office}`);
    const config = (await admin.request('GET', `/admin/offices/${t.office}/config`)).body.config;
    expect(config.services.find((s: any) => s.id === 'chung-thuc').booking).toEqual({ remote: false, appointment: { slotMinutes: 20, capacity: 6 } });
    expect(config.booking.callAheadMinutes).toBe(10);
    const options = (await t.request('GET', `/offices/${t.office}/booking-options`)).body;
    expect(options.services.find((s: any) => s.id === 'chung-thuc').appointment.slotMinutes).toBe(20);

    // the saved values are what the page shows after a reload
    await page.goto(`${t.base}/console/admin.html?office=${t.office}&tab=services`);
    await poll(() => field('capacity').inputValue()).toBe('6');
    expect(await field('remote').isChecked()).toBe(false);
    expect(await field('appointment').isChecked()).toBe(true);
    expect(await field('slotMinutes').inputValue()).toBe('20');
    await page.locator('qms-admin [role=tab][data-tab="settings"]').click();
    expect(await callAhead.inputValue()).toBe('10');
    await page.close();
  });
});
