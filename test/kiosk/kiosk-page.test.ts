/**
 * The kiosk page in real Chromium against the real server and Redis: a tap gives the ticket the
 * API knows, printed on an 80 mm page; repeated taps and a server restart mid-tap give one ticket.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { decodeTicket } from '../../server/tickets/ticket-codec.js';
import { busyPage, withBrowserApp, type BrowserApp } from '../support/browser.js';
import { useKioskPrinting, printJobs } from '../support/kiosk-printing.js';
import { deepText, poll } from '../support/page-helpers.js';
import { startSecondServer, type TestApp } from '../support/test-app.js';

const CCCD = '001088012345|012345678|Trần Thị Bình|02031961|Nữ|Số 9 phố Tây Mỗ, Hà Nội|01012022';

async function openKiosk({ t, browser }: BrowserApp, query = '', viewport = { width: 1080, height: 1920 }): Promise<Page> {
  const page = await busyPage(browser, { viewport });
  await useKioskPrinting(page);
  await page.goto(`${t.base}/kiosk/?office=${t.office}&kiosk=k1${query}`);
  await page.locator('[data-service=tu-phap]').waitFor();
  return page;
}

async function waitingCount(t: TestApp, serviceId: string): Promise<number> {
  const info = await t.request('GET', `/offices/${t.office}`);
  return info.body.services.find((s: { id: string }) => s.id === serviceId).waiting;
}

describe('kiosk page', () => {
  const env = withBrowserApp();

  it('shows the services and takes a ticket with one tap: the number the API reports', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    await poll(() => page.locator('h2').first().textContent()).toContain('Chạm vào lĩnh vực');
    const issued = page.waitForResponse((r) => r.url().endsWith(`/offices/${t.office}/tickets`) && r.request().method() === 'POST');
    await page.locator('[data-service=tu-phap]').click();
    const body = await (await issued).json();
    const shown = await page.locator('[data-ticket-number]').textContent();
    const api = await t.request('GET', `/tickets/${body.ticket.id}?token=${body.ticket.token}`);
    expect(api.status).toBe(200);
    expect(shown).toBe(api.body.ticket.number);
    expect(api.body.ticket).toMatchObject({ serviceId: 'tu-phap', status: 'waiting', kiosk: 'k1' });
    await poll(() => deepText(page.locator('qms-ticket-screen'))).toContain('Quầy 1, 2');

    // printed once, and the kiosk waited for the print job to end before anything else
    await page.locator('#print-root[data-print-state=printed]').waitFor({ state: 'attached' });
    expect(await printJobs(page)).toBe(1);
    // the printed page: only the slip, on an 80 mm wide page (never A4 or Letter)
    const slipNumber = await page.locator('#print-root [data-number]').textContent();
    expect(slipNumber).toBe(shown);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(1); // one page
    const [width, height] = boxes[0]!;
    expect(Math.abs(width! - (80 / 25.4) * 72)).toBeLessThan(1.5); // 80 mm ≈ 226.77 pt
    expect(height).toBeGreaterThan(width!);
    expect(height).toBeLessThan(842); // shorter than A4: sized to the slip

    // two quick reprints: two more jobs, one after the other, and the slip stays until they end
    await page.locator('[data-action=reprint]').click();
    await page.locator('[data-action=reprint]').click();
    await poll(() => printJobs(page)).toBe(3);
    await page.locator('#print-root[data-print-state=printed]').waitFor({ state: 'attached' });
    expect(await page.locator('#print-root [data-number]').textContent()).toBe(shown);

    await page.locator('[data-action=done]').click();
    await page.locator('[data-service=tu-phap]').waitFor();
    await page.close();
  });

  it('issues one ticket for a double and a triple tap', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    const before = await waitingCount(t, 'chung-thuc');
    const box = (await page.locator('[data-service=chung-thuc]').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // an impatient finger: a double tap, then a third, on the same spot (whatever is there by then)
    await page.mouse.click(x, y, { clickCount: 2 });
    await page.mouse.click(x, y);
    await page.locator('[data-ticket-number]').waitFor();
    await page.mouse.click(x, y);
    await poll(() => waitingCount(t, 'chung-thuc')).toBe(before + 1);
    await page.close();
  });

  it('keeps one ticket when the server stops mid-tap and restarts, and recovers by itself', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    const before = await waitingCount(t, 'dat-dai');
    let posts = 0;
    // the first request reaches the server (which issues the ticket), then the server goes away
    // before the kiosk hears the answer
    await page.route('**/api/v1/offices/*/tickets', async (route) => {
      posts++;
      if (posts > 1) return route.continue();
      await route.fetch();
      const closing = t.app.close();
      t.app.http.closeAllConnections();
      await closing;
      await route.abort('connectionreset');
    });
    await page.locator('[data-service=dat-dai]').click();
    await poll(() => page.locator('[data-issuing]').textContent()).toContain('Mất kết nối');
    await poll(() => page.locator('qms-offline-banner').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('Mất kết nối với máy chủ');
    await poll(() => posts, 20_000).toBeGreaterThanOrEqual(3); // retried while the server was down

    const second = await startSecondServer(t);
    try {
      await page.locator('[data-ticket-number]').waitFor({ timeout: 20_000 });
      const shown = await page.locator('[data-ticket-number]').textContent();
      expect(await waitingCount(t, 'dat-dai')).toBe(before + 1);
      const date = (await t.request('GET', `/offices/${t.office}`)).body.date;
      expect(await t.redis.hget(keys.tickets(t.office, date), shown!)).toBeTruthy();
      expect(await t.redis.hget(keys.sequences(t.office, date), 'dat-dai')).toBe(String(before + 1));
      // the page reconnected by itself
      await poll(() => page.locator('qms-offline-banner').evaluate((el) => el.shadowRoot?.textContent?.trim() ?? '')).toBe('');
    } finally {
      await page.close();
      await second.close();
    }
  });
});

describe('kiosk page: language, idle, ID card, complaints', () => {
  const env = withBrowserApp();

  it('switches to English with one tap and back to Vietnamese when left idle', async () => {
    const page = await openKiosk(env, '&idle=2', { width: 1920, height: 1080 });
    await page.locator('qms-lang-toggle button').click();
    await poll(() => deepText(page.locator('qms-kiosk-home h2'))).toBe('Touch the service you need');
    await poll(() => page.locator('[data-service=tu-phap]').textContent()).toContain('Justice – Civil status');
    await page.locator('[data-action=complaint]').click();
    await page.locator('qms-complaint-form').waitFor();
    await page.locator('qms-kiosk-home').waitFor({ timeout: 10_000 });
    await poll(() => deepText(page.locator('qms-kiosk-home h2'))).toBe('Chạm vào lĩnh vực bạn cần giải quyết');
    await page.close();
  });

  it('takes the priority path: asks which category applies', async () => {
    const page = await openKiosk(env);
    await page.locator('[data-action=priority]').click();
    await page.locator('[data-category=elderly]').click();
    await poll(() => deepText(page.locator('qms-kiosk-home .mode'))).toContain('Người từ 60 tuổi trở lên');
    const issued = page.waitForResponse((r) => r.url().endsWith('/tickets') && r.request().method() === 'POST');
    await page.locator('[data-service=van-hoa]').click();
    const { ticket } = await (await issued).json();
    expect(ticket).toMatchObject({ priority: true, priorityCategory: 'elderly' });
    await poll(() => deepText(page.locator('qms-ticket-screen'))).toContain('Ưu tiên');
    await page.close();
  });

  it('attaches a scanned ID card to the ticket after consent, and never shows it', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    await page.locator('[data-action=cccd]').click();
    await page.locator('[data-action=cccd-agree]').click();
    await page.locator('[data-scan-input]').waitFor({ state: 'attached' });
    await page.keyboard.type('not a card');
    await page.keyboard.press('Enter');
    await poll(() => deepText(page.locator('qms-cccd-scan'))).toContain('không phải mã thẻ CCCD');
    await page.keyboard.type(CCCD); // what a USB scanner that types sends
    await page.keyboard.press('Enter');
    await poll(() => deepText(page.locator('qms-kiosk-home .mode'))).toContain('Đã nhận thông tin thẻ CCCD');
    const issued = page.waitForResponse((r) => r.url().endsWith('/tickets') && r.request().method() === 'POST');
    await page.locator('[data-service=lao-dong]').click();
    const { ticket } = await (await issued).json();
    await page.locator('[data-ticket-number]').waitFor();
    const stored = decodeTicket((await t.redis.hget(keys.tickets(t.office, ticket.date), ticket.number))!, t.office, ticket.date, ticket.number);
    expect(stored.identity).toMatchObject({ idLast4: '2345', name: 'Trần Thị Bình', birthDate: '1961-03-02' });
    const everything = await page.evaluate(() => {
      const walk = (root: Document | ShadowRoot): string =>
        Array.from(root.querySelectorAll('*'))
          .map((el) => (el.shadowRoot ? walk(el.shadowRoot) : '') + (el.children.length ? '' : (el.textContent ?? '')))
          .join(' ');
      return walk(document);
    });
    expect(everything).not.toContain('Trần Thị Bình');
    expect(everything).not.toContain('001088012345');
    expect(JSON.stringify(ticket)).not.toContain('Trần Thị Bình');
    await page.close();
  });

  it('sends a complaint from the kiosk without a ticket; HTML in it stays inert text', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    const nasty = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><b>đậm</b> Chờ lâu quá';
    await page.locator('[data-action=complaint]').click();
    await page.locator('[data-topic=waiting_time]').click();
    await page.locator('qms-complaint-form textarea').fill(nasty);
    const sent = page.waitForResponse((r) => r.url().endsWith('/complaints'));
    await page.locator('[data-action=send-complaint]').click();
    const { complaint } = await (await sent).json();
    const echo = page.locator('[data-echo]');
    await poll(() => echo.textContent()).toBe(nasty);
    expect(await echo.evaluate((el) => el.children.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const stored = JSON.parse((await t.redis.hget(keys.complaints(t.office), complaint.id))!);
    expect(stored).toMatchObject({ topic: 'waiting_time', message: nasty, source: 'kiosk' });
    await page.close();
  });
});

describe('kiosk clock', () => {
  // the server says 09:00 on 15 January 2026 in Hà Nội, whatever this machine's clock says
  const env = withBrowserApp({ now: Date.UTC(2026, 0, 15, 2, 0) });

  it("shows the server's time and date, not the kiosk PC's", async () => {
    const page = await openKiosk(env);
    await poll(() => page.locator('qms-kiosk-header .clock').textContent()).toMatch(/^09:0[01]$/);
    expect(await page.locator('qms-kiosk-header .date').textContent()).toMatch(/15 tháng 1, 2026/);
    await page.close();
  });
});

describe('kiosk at closing time', () => {
  // 16:59 on 25 November 2026 in Hà Nội; the office closes at 17:00
  const env = withBrowserApp({ now: Date.UTC(2026, 10, 25, 9, 59), office: (c) => ({ ...c, closingTime: '17:00' }) });

  it('says the office has closed for today when a tap meets the closing time, then on its home screen', async () => {
    const { t } = env;
    const page = await openKiosk(env);
    t.clock.set(Date.UTC(2026, 10, 25, 10, 0, 30)); // 17:00:30: the day is over, the kiosk has not heard yet
    await page.locator('[data-service=tu-phap]').click();
    await poll(() => page.locator('[data-issue-error]').textContent()).toContain('Đã hết giờ làm việc hôm nay');
    expect(await page.locator('[data-issue-error]').textContent()).not.toContain('Chưa lấy được số');
    await page.locator('[data-issue-error] button').click();
    await poll(() => page.locator('[data-service=tu-phap]').textContent()).toContain('Đã hết giờ làm việc hôm nay');
    expect(await page.locator('[data-service=tu-phap]').isDisabled()).toBe(true);
    await page.close();
  });
});
