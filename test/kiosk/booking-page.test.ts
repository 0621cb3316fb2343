/**
 * The citizen's booking page on a phone (360×740) in real Chromium against the real server: an
 * appointment booked end to end (service, slot, phone verified with the code the SMS gateway
 * received, the code and its QR, the calendar file), shown again after a reload and from the plain
 * address, then cancelled; a remote number whose position moves when a counter calls the ticket
 * ahead; a wrong code refused in Vietnamese.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyPage, launchBrowser } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { phoneNo, startBookingOffice, TUESDAY, type BookingOffice } from '../bookings/booking-office.js';

describe('booking page', () => {
  let b: BookingOffice;
  let o: string;
  let browser: Browser;
  beforeAll(async () => {
    b = await startBookingOffice();
    o = b.t.office;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await b?.close();
  });

  const openPage = async (query = `office=${o}`): Promise<Page> => {
    const page = await busyPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${b.t.base}/kiosk/book.html?${query}`);
    return page;
  };
  const codesTo = (phone: string) => b.sms('otp').filter((m) => m.to === phone);

  /**
   * The QR image on the page read back as its modules (dark or not, at each module's centre), to
   * compare with the symbol of the text it should carry. The image is drawn with a 1-module margin.
   */
  function darkModules(img: Locator, size: number): Promise<boolean[]> {
    return img.evaluate(async (el: HTMLImageElement, n) => {
      await el.decode();
      const canvas = document.createElement('canvas');
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(el, 0, 0);
      const scale = el.naturalWidth / (n + 2);
      const dark: boolean[] = [];
      for (let row = 0; row < n; row++)
        for (let col = 0; col < n; col++) dark.push(g.getImageData(Math.floor((col + 1.5) * scale), Math.floor((row + 1.5) * scale), 1, 1).data[0]! < 128);
      return dark;
    }, size);
  }

  /** Types the phone, asks for a code and returns the one the SMS gateway received. */
  async function askCode(page: Page, phone: string): Promise<string> {
    const before = codesTo(phone).length;
    await page.locator('qms-book-verify input[name=phone]').fill(phone);
    await page.locator('[data-action=send-code]').click();
    await poll(() => codesTo(phone).length).toBeGreaterThan(before);
    await page.locator('qms-book-verify input[name=otp]').waitFor();
    return codesTo(phone).at(-1)!.data.code as string;
  }

  /** Types the code and confirms; resolves with the server's answer to the booking. */
  async function confirm(page: Page, code: string): Promise<{ status: number; body: any }> {
    await page.locator('qms-book-verify input[name=otp]').fill(code);
    const answered = page.waitForResponse((r) => r.url().endsWith(`/offices/${o}/bookings`) && r.request().method() === 'POST');
    await page.locator('[data-action=confirm]').click();
    const res = await answered;
    return { status: res.status(), body: await res.json() };
  }

  it('books an appointment: slot, verified phone, code and QR, calendar file; shown again on reopening; cancelled', async () => {
    const page = await openPage();
    await page.locator('[data-service=tu-phap] [data-action=appointment]').click();
    await page.locator(`[data-day="${TUESDAY}"]`).click();
    await page.locator(`[data-slot="${TUESDAY}T08:30"]`).click();
    expect(await deepText(page.locator('[data-chosen]'))).toContain('08:30–09:00, Ngày mai');
    const phone = phoneNo(501);
    const { status, body } = await confirm(page, await askCode(page, phone));
    expect(status).toBe(201);
    const booking = body.booking;
    expect(booking).toMatchObject({ kind: 'appointment', status: 'booked', serviceId: 'tu-phap', slotStart: `${TUESDAY}T08:30` });

    // the code in large letters, and a QR code whose text is the code (what the kiosk scans)
    await poll(() => page.locator('[data-code]').textContent()).toBe(booking.code);
    const qr = page.locator('qms-book-confirmation qms-qr-code img');
    const symbol = QRCode.create(booking.code, { errorCorrectionLevel: 'M' }).modules;
    expect(await darkModules(qr, symbol.size)).toEqual(Array.from(symbol.data, (d) => d === 1));
    expect(await qr.getAttribute('alt')).toContain(booking.code);
    expect(await deepText(page.locator('qms-book-confirmation'))).toContain('Đã đặt lịch hẹn');
    expect(await deepText(page.locator('[data-when]'))).toBe('08:30–09:00, Ngày mai');

    // the calendar file: one event, the booking's id, the slot in UTC (08:30 in the office is 01:30 UTC)
    const link = page.locator('[data-action=ics]');
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    expect(await link.getAttribute('download')).toBe(`lich-hen-${booking.code}.ics`);
    const download = page.waitForEvent('download');
    await link.click();
    const ics = readFileSync(await (await download).path()!, 'utf8');
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([`UID:${booking.id}`, 'DTSTART:20261124T013000Z', 'DTEND:20261124T020000Z', 'BEGIN:VEVENT']));
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(booking.code);

    // the booking stays in the address and in the phone's storage
    expect(new URL(page.url()).searchParams.get('booking')).toBe(booking.id);
    expect(new URL(page.url()).searchParams.get('token')).toBe(booking.token);
    await page.reload();
    await poll(() => page.locator('[data-code]').textContent()).toBe(booking.code);
    await page.goto(`${b.t.base}/kiosk/book.html?office=${o}`);
    await poll(() => page.locator('[data-code]').textContent()).toBe(booking.code);

    // cancelled in two taps; the seat is free again
    await page.locator('[data-action=cancel]').click();
    await page.locator('[data-action=cancel-yes]').click();
    await poll(() => deepText(page.locator('[data-status=cancelled]'))).toContain('Lịch hẹn đã được huỷ');
    const stored = await b.t.request('GET', `/bookings/${booking.id}?token=${booking.token}`);
    expect(stored.body.booking.status).toBe('cancelled');
    const options = await b.t.request('GET', `/offices/${o}/booking-options`);
    const tuesday = options.body.services.find((s: any) => s.id === 'tu-phap').appointment.days.find((d: any) => d.date === TUESDAY);
    expect(tuesday.slots.find((s: any) => s.start === `${TUESDAY}T08:30`).remaining).toBe(10);
    // a cancelled booking is no longer opened from the plain address
    await page.goto(`${b.t.base}/kiosk/book.html?office=${o}`);
    await page.locator('[data-service=tu-phap]').waitFor();
    expect(await page.locator('[data-code]').count()).toBe(0);
    await page.close();
  });

  it('takes a remote number and follows its position live as the counter calls the ticket ahead', async () => {
    const officer = await b.t.login(`officer2-${o}`);
    expect((await officer.request('POST', `/offices/${o}/counters/2/open`)).status).toBe(200);
    const ahead = (await b.t.request('POST', `/offices/${o}/tickets`, { serviceId: 'chung-thuc' })).body.ticket;
    const page = await openPage();
    await poll(() => deepText(page.locator('[data-service=chung-thuc] [data-kind=remote]'))).toContain('1 người đang chờ');
    await page.locator('[data-service=chung-thuc] [data-action=remote]').click();
    const { status, body } = await confirm(page, await askCode(page, phoneNo(502)));
    expect(status).toBe(201);
    expect(body.ticket).toMatchObject({ source: 'remote', status: 'waiting', ahead: 1 });
    await poll(() => page.locator('[data-number]').textContent()).toBe(body.ticket.number);
    await poll(() => page.locator('[data-ahead]').textContent()).toBe('1');
    expect(await page.locator('[data-action=cancel]').isVisible()).toBe(true);

    expect((await officer.request('POST', `/offices/${o}/counters/2/call-next`)).body.ticket.id).toBe(ahead.id);
    await poll(() => page.locator('[data-ahead]').textContent()).toBe('0');
    expect(await deepText(page.locator('qms-book-ticket'))).toContain('Sắp đến lượt bạn');
    expect((await officer.request('POST', `/offices/${o}/counters/2/call-next`)).body.ticket.id).toBe(body.ticket.id);
    await poll(() => deepText(page.locator('[data-status=called]'))).toContain('Mời bạn đến quầy số 2');
    // called: too late to cancel from the page
    expect(await page.locator('[data-action=cancel]').isVisible()).toBe(false);
    await officer.request('POST', `/offices/${o}/counters/2/complete`);
    // the tracking page it links to, which links back to the booking page
    await page.locator('[data-action=follow]').click();
    await page.waitForURL(/\/kiosk\/phone\.html/);
    await poll(() => page.locator('[data-number]').textContent()).toBe(body.ticket.number);
    expect(await page.locator('[data-action=book]').getAttribute('href')).toBe(`./book.html?office=${o}`);
    await page.close();
  });

  it('refuses a wrong code in Vietnamese, then takes the right one', async () => {
    const page = await openPage();
    await page.locator('[data-service=chung-thuc] [data-action=remote]').click();
    const code = await askCode(page, phoneNo(503));
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await confirm(page, wrong);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('otp_invalid');
    await poll(() => deepText(page.locator('[data-error]'))).toBe('Mã xác thực không đúng hoặc đã hết hạn; vui lòng yêu cầu mã mới');
    // the countdown before another code is shown meanwhile
    expect(await deepText(page.locator('[data-action=resend]'))).toMatch(/Gửi lại mã sau \d+ giây/);
    expect((await confirm(page, code)).status).toBe(201);
    await page.locator('[data-number]').waitFor();
    await page.close();
  });
});
