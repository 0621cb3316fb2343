/**
 * Real Chromium for end-to-end tests: the system browser (/usr/bin/chromium) driven by
 * playwright-core, never a downloaded one. Pages come from the real server (built by the
 * global setup into dist/). Playwright gives each launch a fresh temporary profile.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** `soundNeedsTouch`: the browser's ordinary autoplay rule, a page silent until touched once (by default the board may speak at once). */
export async function launchBrowser(opts: { soundNeedsTouch?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: opts.soundNeedsTouch ? FLAGS : [...FLAGS, '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface BrowserApp {
  readonly t: TestApp;
  readonly browser: Browser;
}

/** The real application (with a fresh office) and Chromium for the tests of one describe block: started before them, closed after. */
export function withBrowserApp(opts: TestAppOptions = {}): BrowserApp {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    t = await startTestApp(opts);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    // a test that restarts the server has closed it already
    await t?.close().catch(() => {});
  });
  const started = <T>(what: T | undefined): T => {
    if (what === undefined) throw new Error('withBrowserApp: used before its beforeAll ran');
    return what;
  };
  return {
    get t() {
      return started(t);
    },
    get browser() {
      return started(browser);
    },
  };
}

const activity = new WeakMap<Page, string[]>();

/** A page whose waits allow for a busy machine. It keeps a log of its websockets and console (`activityLog`) for failure messages. */
export async function busyPage(browser: Browser, opts: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(opts);
  page.setDefaultTimeout(60_000);
  const started = Date.now();
  const lines: string[] = [];
  activity.set(page, lines);
  const log = (m: string) => lines.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${m}`);
  page.on('websocket', (ws) => {
    log(`open ${ws.url().replace(/^.*\?/, '')}`);
    ws.on('close', () => log('close'));
    ws.on('socketerror', (e) => log(`error ${e}`));
  });
  page.on('console', (m) => log(`console ${m.type()} ${m.text()}`));
  return page;
}

/** What a `busyPage` saw of its websockets and console, a line each with seconds since it opened. */
export function activityLog(page: Page): string {
  return (activity.get(page) ?? []).join('\n');
}
