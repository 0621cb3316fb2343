/**
 * The officer's console keeps its counter from events and from the answers to its own actions, in
 * real Chromium against the real server: while other counters call and transfer, kiosks issue and
 * citizens cancel, and the officer calls and completes, the page's only HTTP requests are its own
 * actions, and it reads its counter whole (a socket join) only at start and after a reconnect the
 * server could not recover.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';

/** What a page asks of the server: its API requests, and how many times it joined a room (each join is answered with a snapshot). */
function watchTraffic(page: Page) {
  const api: string[] = [];
  let joins = 0;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) api.push(`${r.method()} ${url.pathname.replace(/^\/api\/v1\/offices\/[^/]+/, '')}`);
  });
  page.on('websocket', (ws) => ws.on('framesent', (f) => void (/^42\d*\["join"/.test(String(f.payload)) && joins++)));
  return { api, joins: () => joins };
}

/**
 * Acts on the console's socket.io socket in the page: `drop` loses the connection as a network
 * would (the server keeps the session) and holds off reconnecting, `closeSocket` closes the socket
 * as the client (the server keeps nothing), `connect` connects again.
 */
function onSocket(page: Page, what: 'drop' | 'closeSocket' | 'connect'): Promise<void> {
  return page.evaluate((act) => {
    type Sock = { io: { reconnection(on: boolean): void; engine: { close(): void } }; connect(): void; disconnect(): void };
    const ws = document.querySelector('qms-console')!.shadowRoot!.querySelector('qms-counter-workspace') as unknown as { feed: { socket: { socket: Sock } } };
    const s = ws.feed.socket.socket;
    if (act === 'drop') {
      s.io.reconnection(false);
      s.io.engine.close();
    } else if (act === 'closeSocket') s.disconnect();
    else {
      s.io.reconnection(true);
      s.connect();
    }
  }, what);
}

describe('officer console traffic', () => {
  const env = withBrowserApp();

  it('applies events and answers, reading the counter only at start and after a reconnect without recovery', { timeout: 300_000 }, async () => {
    const { t } = env;
    const issue = async (serviceId: string) => (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket;
    const page = await busyPage(env.browser, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${t.base}/console/?office=${t.office}`);
    await signInByKeyboard(page, `officer1-${t.office}`);
    await page.locator('qms-counter-picker button[data-counter="1"]').waitFor();
    const traffic = watchTraffic(page);
    const listed = () => page.locator('qms-counter-waiting-list tr[data-ticket] td.n').allTextContents();
    const connection = () => page.locator('header[data-connection]').getAttribute('data-connection');

    // counter 1 serves tu-phap and tra-ket-qua; counter 2 serves tu-phap too
    await page.locator('qms-counter-picker button[data-counter="1"]').click();
    await page.locator('[data-action="call-next"]').waitFor();
    await poll(connection).toBe('online');
    const a = await issue('tu-phap');
    const b = await issue('tu-phap');
    await poll(listed).toEqual([a.number, b.number]);

    const other = await t.login(`officer2-${t.office}`);
    await other.request('POST', `/offices/${t.office}/counters/2/open`);
    expect((await other.request('POST', `/offices/${t.office}/counters/2/call-next`)).body.ticket.id).toBe(a.id);
    await poll(listed).toEqual([b.number]);
    const k = await issue('tra-ket-qua');
    await poll(listed).toEqual([b.number, k.number]);
    // transferred into a service of this counter: back in its place by issue time
    expect((await other.request('POST', `/offices/${t.office}/counters/2/transfer`, { serviceId: 'tra-ket-qua' })).status).toBe(200);
    await poll(listed).toEqual([a.number, b.number, k.number]);
    expect((await t.request('POST', `/tickets/${k.id}/cancel`, { token: k.token })).status).toBe(200);
    await poll(listed).toEqual([a.number, b.number]);

    await page.keyboard.press('Space');
    await poll(() => page.locator('[data-testid="current-number"]').textContent()).toBe(a.number);
    await poll(listed).toEqual([b.number]);
    await page.keyboard.press('c');
    await poll(() => page.locator('[data-testid="message"]').textContent()).toBe(`Hoàn thành số ${a.number}`);
    await poll(() => page.locator('[data-testid="current-number"]').count()).toBe(0);
    await poll(() => page.locator('[data-testid="served"]').textContent()).toBe('1');
    const counter = (await (await t.login(`officer1-${t.office}`)).request('GET', `/offices/${t.office}/counters/1`)).body;
    expect(counter.officerToday).toEqual({ served: 1, noShow: 0, called: 1 });
    expect(traffic.api).toEqual(['POST /counters/1/open', 'POST /counters/1/call-next', 'POST /counters/1/complete']);
    expect(traffic.joins()).toBe(1);

    // a connection lost and recovered: what was missed is replayed, nothing is read again
    await onSocket(page, 'drop');
    await poll(connection).toBe('offline');
    const c = await issue('tu-phap');
    await onSocket(page, 'connect');
    await poll(connection).toBe('online');
    await poll(listed).toEqual([b.number, c.number]);
    expect(traffic.joins()).toBe(1);

    // a reconnect the server could not recover (it kept no session for a socket the client closed): read again
    await onSocket(page, 'closeSocket');
    await poll(connection).toBe('offline');
    const d = await issue('tra-ket-qua');
    await onSocket(page, 'connect');
    await poll(listed).toEqual([b.number, c.number, d.number]);
    expect(traffic.joins()).toBe(2);
    expect(traffic.api).toEqual(['POST /counters/1/open', 'POST /counters/1/call-next', 'POST /counters/1/complete']);
    await page.close();
  });
});
