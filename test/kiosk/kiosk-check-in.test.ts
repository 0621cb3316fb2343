/**
 * "Tôi đã đặt lịch" on the kiosk in real Chromium against the real server: the booking code typed
 * on the screen's keyboard gives the ticket, shown and printed as any other; the same code again is
 * refused in Vietnamese; a scanner that types the code and Enter is read too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newOneTimeCode } from '../../server/bookings/one-time-code.js';
import { bookingConfig, MONDAY, phoneNo, START, TUESDAY } from '../bookings/booking-office.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { printJobs, useKioskPrinting } from '../support/kiosk-printing.js';
import { deepText, poll } from '../support/page-helpers.js';

describe('kiosk check-in of an appointment', () => {
  // Monday 09:00 in the office; tu-phap takes appointments in 30-minute slots from 08:00
  const env = withBrowserApp({ now: START, office: bookingConfig });

  async function book(n: number, slotStart: string): Promise<{ id: string; code: string; token: string }> {
    const { t } = env;
    const phone = phoneNo(n);
    const otp = await newOneTimeCode(t.app.ctx, t.office, phone);
    const res = await t.request('POST', `/offices/${t.office}/bookings`, { kind: 'appointment', serviceId: 'tu-phap', slotStart, phone, otp });
    expect(res.status).toBe(201);
    return res.body.booking;
  }

  async function openCheckIn(): Promise<Page> {
    const page = await busyPage(env.browser, { viewport: { width: 1080, height: 1920 } });
    await useKioskPrinting(page);
    await page.goto(`${env.t.base}/kiosk/?office=${env.t.office}&kiosk=k1`);
    await page.locator('[data-action=check-in]').click();
    await page.locator('[data-code-input]').waitFor();
    return page;
  }

  const typeOnScreen = async (page: Page, code: string) => {
    for (const key of code) await page.locator(`qms-booking-check-in [data-key="${key}"]`).click();
  };

  it('takes the code typed on the on-screen keyboard, shows and prints its ticket, and refuses it a second time', async () => {
    const { t } = env;
    const booked = await book(1, `${MONDAY}T10:00`);
    const page = await openCheckIn();
    await poll(() => deepText(page.locator('qms-booking-check-in h2'))).toBe('Xác nhận lịch hẹn');
    await typeOnScreen(page, booked.code);
    expect(await page.locator('[data-code-input]').inputValue()).toBe(booked.code);
    // a seventh key changes nothing; the last one can be taken back and typed again
    await page.locator('qms-booking-check-in [data-key="2"]').click();
    await page.locator('[data-action=code-delete]').click();
    await page.locator(`qms-booking-check-in [data-key="${booked.code.at(-1)}"]`).click();
    expect(await page.locator('[data-code-input]').inputValue()).toBe(booked.code);

    const answered = page.waitForResponse((r) => r.url().endsWith(`/offices/${t.office}/bookings/check-in`));
    await page.locator('[data-action=check-in-submit]').click();
    const res = await answered;
    expect(res.status()).toBe(201);
    const { ticket } = await res.json();
    expect(ticket).toMatchObject({ serviceId: 'tu-phap', source: 'appointment', status: 'waiting', kiosk: 'k1' });
    await poll(() => page.locator('[data-ticket-number]').textContent()).toBe(ticket.number);
    await page.locator('#print-root[data-print-state=printed]').waitFor({ state: 'attached' });
    expect(await page.locator('#print-root [data-number]').textContent()).toBe(ticket.number);
    expect(await printJobs(page)).toBe(1);
    const stored = await t.request('GET', `/bookings/${booked.id}?token=${booked.token}`);
    expect(stored.body.booking).toMatchObject({ status: 'checked_in', ticketId: ticket.id });

    await page.locator('[data-action=done]').click();
    await page.locator('[data-action=check-in]').click();
    await typeOnScreen(page, booked.code);
    await page.locator('[data-action=check-in-submit]').click();
    await poll(() => page.locator('[data-check-in-error]').textContent()).toBe('Mã này đã được sử dụng.');
    expect(await page.locator('[data-ticket-number]').count()).toBe(0);
    await page.close();
  });

  it('reads a code from a scanner that types and presses Enter; an unknown code and another day are said so', async () => {
    const tuesday = await book(2, `${TUESDAY}T08:30`);
    const page = await openCheckIn();
    await page.keyboard.type('ZZZZZZ');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-check-in-error]').textContent()).toBe('Không tìm thấy mã đặt lịch. Bạn kiểm tra lại mã.');
    // a scan after stray keys: the code is the last six characters
    await page.keyboard.type(tuesday.code.toLowerCase());
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-check-in-error]').textContent()).toBe('Lịch hẹn không phải hôm nay (ngày 24/11/2026).');
    expect(await page.locator('[data-code-input]').inputValue()).toBe(tuesday.code);
    await page.locator('qms-booking-check-in .back').click();
    await page.locator('[data-service=tu-phap]').waitFor();
    await page.close();
  });
});
