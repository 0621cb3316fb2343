/**
 * The hall board in real Chromium against the real server: calls appear and are announced once,
 * in order, one at a time (read from the player's instrumentation, window.__announcements); the
 * board survives a server restart by itself and then matches GET /board without replaying old calls.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Application } from '../../server/app.js';
import type { AnnouncementRecord } from '../../display/audio/announcer.js';
import { MAX_LAG_MS } from '../../shared/announcement/announcement-plan.js';
import { busyPage, launchBrowser, withBrowserApp, type BrowserApp } from '../support/browser.js';
import { poll } from '../support/page-helpers.js';
import { addSessionCookie } from '../support/staff-sign-in.js';
import { pairDevice } from '../support/devices.js';
import { startSecondServer, type StaffClient, type TestApp } from '../support/test-app.js';

/** the board plays its voice this many times faster than real life */
const SPEED = 6;
const announcements = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__announcements ?? [])) as AnnouncementRecord[]);
const ended = (page: Page, n: number) =>
  page.waitForFunction((n) => (window.__announcements ?? []).filter((a) => a.endedAt !== undefined).length >= n, n, { timeout: 60_000 });

/** `deviceKey`: opened as a paired board (the key given once in the address, as `npm start` prints it). */
async function openBoard({ t, browser }: BrowserApp, deviceKey?: string): Promise<Page> {
  const page = await busyPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${t.base}/display/?office=${t.office}&audioSpeed=${SPEED}&voice=clips${deviceKey ? `&deviceKey=${deviceKey}` : ''}`);
  await page.locator('qms-counter-table').waitFor({ timeout: 60_000 });
  return page;
}

async function issue(t: TestApp, serviceId: string): Promise<string> {
  return (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId })).body.ticket.number;
}

describe('hall board', () => {
  const env = withBrowserApp();
  let second: Application | undefined;
  afterAll(async () => {
    await second?.close().catch(() => {});
  });

  it('shows a call from the console and announces it: chime, then the phrase twice', { timeout: 300_000 }, async () => {
    const { t, browser } = env;
    const admin = await t.login(`admin-${t.office}`);
    const paired = await pairDevice(t, admin, { kind: 'board', id: 'board-t' });
    const board = await openBoard(env, paired.key);
    // the key leaves the address bar for the screen's storage
    expect(board.url()).not.toContain('deviceKey');
    expect(
      await board.evaluate(() =>
        Object.entries(localStorage)
          .filter(([k]) => k.startsWith('qms.deviceKey'))
          .map(([, v]) => v),
      ),
    ).toEqual([paired.key]);
    const number = await issue(t, 'tu-phap');
    const officer = await t.login(`officer1-${t.office}`);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);

    const console = await busyPage(browser, { viewport: { width: 1366, height: 768 } });
    await addSessionCookie(console.context(), officer, t.base);
    await console.goto(`${t.base}/console/?office=${t.office}`);
    await console.locator('qms-counter-picker button[data-counter="1"]').click();
    await console.locator('[data-action="call-next"]:not([disabled])').click();
    await poll(() => console.locator('[data-testid="current-number"]').textContent()).toBe(number);

    await poll(() => board.locator('[data-testid="now-number"]').textContent()).toBe(number);
    await poll(() => board.locator('[data-counter="1"] [data-testid="counter-ticket"]').textContent()).toBe(number);
    await ended(board, 1);
    const [a] = await announcements(board);
    expect(a).toMatchObject({ ticketNumber: number, counterNumber: 1, mode: 'clips' });
    expect(a!.error).toBeUndefined();
    const phrase = ['phrase:xin mời công dân có số thứ tự', 'letter:A', 'không', 'không', 'một', 'phrase:đến quầy số', 'một'];
    expect(a!.parts).toEqual(['ding', 'dong', 'phrase', 'phrase']);
    expect(a!.played).toEqual(['ding', 'dong', ...phrase, ...phrase]);

    // a recall is announced again (a new call id), marked on the board
    await console.keyboard.press('r');
    await poll(() => console.locator('[data-testid="message"]').textContent()).toBe(`Đã gọi lại số ${number}`);
    await board.locator('qms-now-calling .recall').waitFor();
    await ended(board, 2);
    const recs = await announcements(board);
    expect(recs.map((r) => [r.ticketNumber, r.recall])).toEqual([
      [number, false],
      [number, true],
    ]);
    expect(recs[1]!.id).not.toBe(recs[0]!.id);

    // the join and heartbeats of the paired board are what the admin sees
    await expect
      .poll(async () => (await admin.request('GET', `/admin/offices/${t.office}/devices`)).body.devices, { timeout: 30_000 })
      .toContainEqual(expect.objectContaining({ id: 'board-t', kind: 'board', connected: true }));
    await console.close();
    await board.close();
  });

  it('announces six simultaneous calls in arrival order, none dropped or doubled, and keeps up with the board', { timeout: 300_000 }, async () => {
    const { t } = env;
    const board = await openBoard(env);
    await ended(board, 0);
    const services = ['tu-phap', 'chung-thuc', 'tra-ket-qua', 'dat-dai', 'lao-dong', 'van-hoa'];
    const officers: StaffClient[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const o = await t.login(`officer${n}-${t.office}`);
      expect((await o.request('POST', `/offices/${t.office}/counters/${n}/open`)).status).toBe(200);
      officers.push(o);
    }
    const tickets: { id: string; number: string }[] = [];
    for (const s of services) tickets.push((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: s })).body.ticket);
    // each counter calls its own ticket, all at once
    const calls = await Promise.all(officers.map((o, i) => o.request('POST', `/offices/${t.office}/counters/${i + 1}/call`, { ticketId: tickets[i]!.id })));
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200, 200, 200, 200]);

    await ended(board, 6);
    const recs = await announcements(board);
    expect(recs).toHaveLength(6);
    expect(new Set(recs.map((r) => r.id)).size).toBe(6);
    expect(recs.map((r) => r.ticketNumber).sort()).toEqual(tickets.map((x) => x.number).sort());
    // the voice never falls more than about 15 s behind the board (the board plays 6 times faster,
    // so 2.5 s here; 1.5 s more for a busy machine), where five full announcements would take 12 s
    for (const r of recs) expect(r.startedAt! - r.queuedAt).toBeLessThanOrEqual(MAX_LAG_MS / SPEED + 1500);
    for (const r of recs) {
      expect(r.error).toBeUndefined();
      expect(r.parts.filter((p) => p === 'phrase' || p === 'brief').length).toBeGreaterThanOrEqual(1);
    }
    // one at a time, in the order the calls reached the board
    for (let i = 1; i < recs.length; i++) {
      expect(recs[i]!.startedAt!).toBeGreaterThanOrEqual(recs[i - 1]!.endedAt!);
    }
    // the last one, with nobody behind it, is said in full
    expect(recs[5]!.parts).toEqual(['ding', 'dong', 'phrase', 'phrase']);
    const shownOrder = await board.locator('[data-testid="recent"] .n').allTextContents();
    const current = await board.locator('[data-testid="now-number"]').textContent();
    expect([current, ...shownOrder.slice(0, 5)].reverse()).toEqual(recs.map((r) => r.ticketNumber));
    await board.close();
  });

  it('reconnects by itself after a server restart, matches GET /board and replays no old call aloud', { timeout: 300_000 }, async () => {
    const { t } = env;
    const board = await openBoard(env);
    await poll(() => board.locator('[data-testid="offline"]').count()).toBe(0);

    await t.app.close();
    await board.locator('[data-testid="offline"]').waitFor();
    second = await startSecondServer(t);
    await board.locator('[data-testid="offline"]').waitFor({ state: 'detached', timeout: 30_000 });

    // a call made after the restart is shown and announced; nothing from before is spoken again
    const number = await issue(t, 'van-hoa');
    const officer = await t.login(`officer5-${t.office}`);
    const res = await officer.request('POST', `/offices/${t.office}/counters/5/call-next`);
    expect(res.body.ticket.number).toBe(number);
    await poll(() => board.locator('[data-testid="now-number"]').textContent()).toBe(number);
    await ended(board, 1);
    expect((await announcements(board)).map((r) => r.ticketNumber)).toEqual([number]);

    const snap = (await t.request('GET', `/offices/${t.office}/board`)).body;
    const shownCounters = await board
      .locator('qms-counter-table tr[data-counter]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-counter'), r.querySelector('[data-testid="counter-ticket"]')!.textContent!.trim()]));
    const expected = snap.counters.filter((c: any) => c.status !== 'closed').map((c: any) => [c.id, c.ticket?.number ?? '–']);
    expect(shownCounters).toEqual(expected);
    const shownRecent = [
      await board.locator('[data-testid="now-number"]').textContent(),
      ...(await board.locator('[data-testid="recent"] .n').allTextContents()),
    ];
    expect(shownRecent).toEqual(snap.recent.slice(0, shownRecent.length).map((c: any) => c.ticket.number));
    const waiting = await board
      .locator('qms-waiting-services li')
      .evaluateAll((li) => li.map((l) => [l.getAttribute('data-service'), Number(l.querySelector('.w')!.textContent)]));
    expect(waiting).toEqual(snap.services.map((s: any) => [s.id, s.waiting]));
  });

  it('asks once for a tap when the browser blocks sound, then remembers it', { timeout: 300_000 }, async () => {
    const { t } = env;
    // a browser with the ordinary autoplay rule (no --autoplay-policy flag)
    const strict = await launchBrowser({ soundNeedsTouch: true });
    try {
      const page = await busyPage(strict, { viewport: { width: 1920, height: 1080 } });
      await page.goto(`${t.base}/display/?office=${t.office}`);
      const overlay = page.locator('qms-sound-unlock button');
      await overlay.waitFor();
      expect(await overlay.textContent()).toContain('Bấm để bật âm thanh');
      await overlay.click();
      await overlay.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => localStorage.getItem('qms.display.sound-enabled'))).toBe('1');
      expect(await page.evaluate(() => (document.querySelector('qms-board') as any).announcer.player.context.state)).toBe('running');
    } finally {
      await strict.close();
    }
  });
});
