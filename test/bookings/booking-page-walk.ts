/**
 * The booking page walked through its main states on a phone: the services, the slots, the phone,
 * its code refused on the page, the booking, the cancellation asked and done, then a remote number.
 * `at(state)` runs at each, for checks over every state (accessibility) rather than one flow.
 */
import type { Page } from 'playwright-core';
import { poll } from '../support/page-helpers.js';
import { phoneNo, TUESDAY, type BookingOffice } from './booking-office.js';

export async function walkBookingPage(page: Page, b: BookingOffice, at: (state: string) => Promise<void>): Promise<void> {
  /** asks for a code for `phone` on the page; the one the SMS gateway received */
  const askCode = async (phone: string) => {
    await page.locator('qms-book-verify input[name=phone]').fill(phone);
    await page.locator('[data-action=send-code]').click();
    await poll(() => b.sms('otp').filter((m) => m.to === phone).length).toBe(1);
    return b.sms('otp').find((m) => m.to === phone)!.data.code as string;
  };
  await page.goto(`${b.t.base}/kiosk/book.html?office=${b.t.office}`);
  await page.locator('[data-service=tu-phap] [data-action=appointment]').waitFor();
  await at('services');
  await page.locator('[data-service=tu-phap] [data-action=appointment]').click();
  await page.locator(`[data-day="${TUESDAY}"]`).click();
  await at('slots');
  await page.locator(`[data-slot="${TUESDAY}T09:00"]`).click();
  await page.locator('qms-book-verify input[name=phone]').waitFor();
  await at('phone');
  const code = await askCode(phoneNo(701));
  await page.locator('qms-book-verify input[name=otp]').fill('12345'); // too short: refused on the page
  await page.locator('[data-action=confirm]').click();
  await page.locator('[data-error]').waitFor();
  await at('code, with an error');
  await page.locator('qms-book-verify input[name=otp]').fill(code);
  await page.locator('[data-action=confirm]').click();
  await page.locator('qms-book-confirmation qms-qr-code img').waitFor();
  await at('confirmed');
  await page.locator('[data-action=cancel]').click();
  await page.locator('[data-action=cancel-yes]').waitFor();
  await at('asked to confirm the cancellation');
  await page.locator('[data-action=cancel-yes]').click();
  await page.locator('[data-status=cancelled]').waitFor();
  await at('cancelled');
  await page.locator('[data-action=another]').click();
  await page.locator('[data-service=chung-thuc] [data-action=remote]').click();
  await page.locator('qms-book-verify input[name=otp]').fill(await askCode(phoneNo(702)));
  await page.locator('[data-action=confirm]').click();
  await page.locator('[data-ahead]').waitFor();
  await at('remote number');
}
