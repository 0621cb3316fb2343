/**
 * The phone page and the counter rating tablet in real Chromium against the real server: the
 * phone changes when the ticket is called and rates it after; the tablet asks for the ticket just
 * completed at its counter and the rating reaches the API.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { pairDevice } from '../support/devices.js';
import type { StaffClient } from '../support/test-app.js';

describe('phone page and rating tablet', () => {
  const env = withBrowserApp();
  let officer: StaffClient;
  beforeAll(async () => {
    const { t } = env;
    officer = await t.login(`officer4-${t.office}`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/4/open`)).status).toBe(200);
  });

  const issue = async (serviceId: string) => (await env.t.request('POST', `/offices/${env.t.office}/tickets`, { serviceId })).body.ticket;

  /** The ticket's page on a phone. */
  async function openPhone(ticket: { id: string; token: string }): Promise<Page> {
    const page = await busyPage(env.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${env.t.base}/kiosk/phone.html?t=${ticket.id}&k=${ticket.token}`);
    return page;
  }

  /**
   * Counter `n` opened by its officer, and its paired rating tablet showing it (the key given once in
   * the address). With `clock`, the page runs on Playwright's clock, so a test can stop the page's
   * time (no timer fires, `Date.now()` stands still).
   */
  async function openTablet(n: number, opts: { clock?: boolean } = {}): Promise<{ officer: StaffClient; page: Page }> {
    const { t, browser } = env;
    const officer = await t.login(`officer${n}-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/${n}/open`);
    const { key } = await pairDevice(t, await t.login(`admin-${t.office}`), { kind: 'tablet', counter: String(n) });
    const page = await busyPage(browser, { viewport: { width: 1280, height: 800 }, hasTouch: true });
    if (opts.clock) await page.clock.install();
    await page.goto(`${t.base}/kiosk/tablet.html?office=${t.office}&counter=${n}&deviceKey=${key}`);
    await poll(() => deepText(page.locator('qms-tablet-app'))).toContain(`Quầy số ${n}`);
    return { officer, page };
  }

  it('follows the ticket live on a phone: position, the call to the counter, then a rating', async () => {
    const { t } = env;
    const first = await issue('dat-dai');
    const mine = await issue('dat-dai');
    const page = await openPhone(mine);
    await poll(() => page.locator('[data-number]').textContent()).toBe(mine.number);
    await poll(() => page.locator('[data-ahead]').textContent()).toBe('1');
    // this server has no VAPID key: no Web Push offered
    expect(await page.locator('[data-action=push]').count()).toBe(0);
    // from here the phone learns its position from what the server pushes: no request per change
    const reads: string[] = [];
    page.on('request', (r) => r.url().includes('/api/v1/tickets/') && r.method() === 'GET' && reads.push(r.url()));

    const behind = await issue('dat-dai');
    await officer.request('POST', `/offices/${t.office}/counters/4/call-next`); // calls `first`
    await poll(() => page.locator('[data-ahead]').textContent()).toBe('0');
    expect(behind.ahead).toBe(2);
    expect(reads).toEqual([]);
    await poll(() => deepText(page.locator('qms-phone-app'))).toContain('Sắp đến lượt bạn');

    const called = await officer.request('POST', `/offices/${t.office}/counters/4/call-next`); // finishes `first`, calls mine
    expect(called.body.ticket.id).toBe(mine.id);
    expect(called.body.finished.id).toBe(first.id);
    await poll(() => page.locator('[data-status=called]').textContent()).toContain('Mời bạn đến quầy số 4');
    await page.locator('qms-lang-toggle button').click();
    await poll(() => page.locator('[data-status=called]').textContent()).toContain('Please go to counter 4');
    await page.locator('qms-lang-toggle button').click();

    await officer.request('POST', `/offices/${t.office}/counters/4/complete`);
    await poll(() => page.locator('[data-status=done]').textContent()).toContain('Đã giải quyết xong');
    await page.locator('qms-phone-rating [data-score="3"]').click();
    await page.locator('qms-phone-rating details summary').click();
    await page.locator('[data-criterion=attitude][data-level="2"]').click();
    await page.locator('[data-criterion=total_time][data-level="1"]').click();
    await page.locator('qms-phone-rating textarea').fill('Cán bộ hướng dẫn tận tình');
    const rated = page.waitForResponse((r) => r.url().endsWith(`/tickets/${mine.id}/rating`));
    await page.locator('[data-action=send-rating]').click();
    expect((await rated).status()).toBe(201);
    await page.locator('[data-rating-thanks]').waitFor();
    const rating = JSON.parse((await t.redis.hget(keys.ratings(t.office, mine.date), mine.number))!);
    expect(rating).toMatchObject({ score: 3, source: 'phone', criteria: { attitude: 2, total_time: 1 }, comment: 'Cán bộ hướng dẫn tận tình', counterId: '4' });
    await page.close();
  });

  it('sends a complaint from the phone with contact details; HTML in it stays inert text', async () => {
    const { t } = env;
    const ticket = await issue('ho-kinh-doanh');
    const page = await openPhone(ticket);
    await page.locator('[data-action=open-complaint]').click();
    await page.locator('[data-topic=attitude]').click();
    const nasty = '"><script>window.__xss=1</script><svg onload="window.__xss=3"></svg><i>nghiêng</i>';
    await page.locator('qms-complaint-form textarea').fill(nasty);
    await page.locator('qms-complaint-form #name').fill('<b>Lê Văn Cường</b>');
    await page.locator('qms-complaint-form #phone').fill('0912 345 678');
    const sent = page.waitForResponse((r) => r.url().endsWith('/complaints'));
    await page.locator('[data-action=send-complaint]').click();
    const { complaint } = await (await sent).json();
    await poll(() => page.locator('[data-echo]').textContent()).toBe(nasty);
    expect(await page.locator('[data-echo]').evaluate((el) => el.children.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    const stored = JSON.parse((await t.redis.hget(keys.complaints(t.office), complaint.id))!);
    expect(stored).toMatchObject({ message: nasty, ticketId: ticket.id, contactName: '<b>Lê Văn Cường</b>', contactPhone: '0912 345 678', source: 'phone' });
    await page.close();
  });

  it('the counter tablet asks for the ticket just completed there, once, and the rating reaches the API', async () => {
    const { t } = env;
    const { officer: officer5, page } = await openTablet(5);

    const ticket = await issue('thi-dua');
    await officer5.request('POST', `/offices/${t.office}/counters/5/call-next`);
    await officer5.request('POST', `/offices/${t.office}/counters/5/complete`);
    await poll(() => page.locator('[data-asking]').getAttribute('data-asking')).toBe(ticket.number);
    await poll(() => deepText(page.locator('qms-tablet-app h2'))).toContain(`số ${ticket.number}`);

    const posts: string[] = [];
    page.on('request', (r) => r.url().includes('/tablet-rating') && posts.push(r.postData() ?? ''));
    await page.locator('qms-rating-faces [data-score="4"]').click();
    await page.locator('[data-chip=attitude]').click();
    await page.locator('[data-chip=one_stop_desk]').click();
    const rated = page.waitForResponse((r) => r.url().endsWith('/counters/5/tablet-rating'));
    await page.locator('[data-action=send-rating]').click();
    expect((await rated).status()).toBe(201);
    await page.locator('[data-thanks]').waitFor();
    expect(posts).toHaveLength(1);

    const status = await t.request('GET', `/tickets/${ticket.id}?token=${ticket.token}`);
    expect(status.body.ticket.rated).toBe(true);
    const rating = JSON.parse((await t.redis.hget(keys.ratings(t.office, ticket.date), ticket.number))!);
    expect(rating).toMatchObject({ score: 4, source: 'tablet', counterId: '5', chips: ['attitude', 'one_stop_desk'] });
    // back to rest; nothing is asked again for a rated ticket
    await poll(() => deepText(page.locator('qms-tablet-app'))).toContain('Mời ông/bà đánh giá sau khi được phục vụ');
    await page.reload();
    await poll(() => deepText(page.locator('qms-tablet-app'))).toContain('Mời ông/bà đánh giá sau khi được phục vụ');
    expect(await page.locator('[data-asking]').count()).toBe(0);
    await page.close();
  });

  /** Stops the page's time: from here on, presses are as close together as a test can make them, and no countdown fires. */
  async function stopTime(page: Page) {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  }

  /** The ticket completed at counter `n` (called by id, so no other counter can take it), once its tablet asks for it. */
  async function completeAt(n: number, officer: StaffClient, ticket: { id: string }) {
    const { t } = env;
    expect((await officer.request('POST', `/offices/${t.office}/counters/${n}/call`, { ticketId: ticket.id })).status).toBe(200);
    expect((await officer.request('POST', `/offices/${t.office}/counters/${n}/complete`)).status).toBe(200);
  }

  const storedRating = async (ticket: { date: string; number: string }) => {
    const raw = await env.t.redis.hget(keys.ratings(env.t.office, ticket.date), ticket.number);
    return raw ? JSON.parse(raw) : undefined;
  };

  it('takes "send" pressed right after the face (the repeat guard is for the same choice, not the send)', async () => {
    const { officer: officer1, page } = await openTablet(1, { clock: true });
    const ticket = await issue('tu-phap');
    await completeAt(1, officer1, ticket);
    await poll(() => page.locator('[data-asking]').getAttribute('data-asking')).toBe(ticket.number);
    const posts: string[] = [];
    page.on('request', (r) => r.url().includes('/tablet-rating') && posts.push(r.postData() ?? ''));

    // with the page's time stopped, the two presses are 0 ms apart and the 25 s auto-send cannot fire
    await stopTime(page);
    await page.locator('qms-rating-faces [data-score="4"]').click();
    const rated = page.waitForResponse((r) => r.url().endsWith('/counters/1/tablet-rating'));
    await page.locator('[data-action=send-rating]').click();
    expect((await rated).status()).toBe(201);
    await page.locator('[data-thanks]').waitFor();
    expect(posts.map((p) => JSON.parse(p))).toEqual([{ ticketId: ticket.id, score: 4 }]);
    expect(await storedRating(ticket)).toMatchObject({ score: 4, source: 'tablet', counterId: '1' });
    await page.clock.resume();
    await page.close();
  });

  it('sends a chosen but unsent rating before asking for the next ticket', async () => {
    const { t } = env;
    const { officer: officer2, page } = await openTablet(2, { clock: true });
    const first = await issue('chung-thuc');
    const second = await issue('chung-thuc');
    await completeAt(2, officer2, first);
    await poll(() => page.locator('[data-asking]').getAttribute('data-asking')).toBe(first.number);

    // the citizen picks a face and walks away; the countdown cannot send it (time stands still)
    await stopTime(page);
    await page.locator('qms-rating-faces [data-score="4"]').click();
    await page.locator('[data-chip=attitude]').click();
    await completeAt(2, officer2, second);

    await poll(storedRating.bind(null, first)).toMatchObject({ score: 4, source: 'tablet', counterId: '2', chips: ['attitude'] });
    await poll(() => page.locator('[data-asking]').getAttribute('data-asking')).toBe(second.number);
    expect(await storedRating(second)).toBeUndefined();
    // the next citizen starts afresh
    expect(await page.locator('qms-rating-faces [aria-pressed=true]').count()).toBe(0);
    await page.clock.resume();
    await page.close();
    expect((await t.request('GET', `/tickets/${first.id}?token=${first.token}`)).body.ticket.rated).toBe(true);
  });

  it('the tablet ignores a press of the same choice repeated within the configured interval', async () => {
    const { officer: officer6, page } = await openTablet(6, { clock: true });
    const ticket = await issue('tra-ket-qua');
    await completeAt(6, officer6, ticket);
    await page.locator('[data-asking]').waitFor();
    const posts: string[] = [];
    page.on('request', (r) => r.url().includes('/tablet-rating') && posts.push(r.postData() ?? ''));

    await stopTime(page);
    const face = page.locator('qms-rating-faces [data-score="1"]');
    const chip = page.locator('[data-chip=attitude]');
    await face.click();
    await face.click(); // a double tap on the face stays that choice
    await poll(() => face.getAttribute('aria-pressed')).toBe('true');
    await chip.click();
    await chip.click(); // a double tap on a chip does not take it back
    await poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-chip=total_time]').click();
    await page.clock.runFor(3000); // the demo office's interval: 3 s
    await page.locator('[data-chip=total_time]').click(); // pressed again after the interval: a change of mind
    await poll(() => page.locator('[data-chip=total_time]').getAttribute('aria-pressed')).toBe('false');

    const rated = page.waitForResponse((r) => r.url().endsWith('/counters/6/tablet-rating'));
    await page.locator('[data-action=send-rating]').click();
    expect((await rated).status()).toBe(201);
    await page.locator('[data-thanks]').waitFor();
    expect(posts.map((p) => JSON.parse(p))).toEqual([{ ticketId: ticket.id, score: 1, chips: ['attitude'] }]);
    expect(await storedRating(ticket)).toMatchObject({ score: 1, chips: ['attitude'] });
    await page.clock.resume();
    await page.close();
  });
});
