/**
 * Real Chromium for end-to-end tests: the system browser (/usr/bin/chromium) driven by
 * playwright-core, never a downloaded one. Pages come from the real server (built by the
 * global setup into dist/). Playwright gives each launch a fresh temporary profile.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
