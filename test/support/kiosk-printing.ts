/**
 * The browser's printer as a kiosk started with `--kiosk-printing` has it: `window.print()` prints
 * silently and fires `beforeprint` then `afterprint`. Headless Chromium has no printer: its
 * `window.print()` opens a job that never ends, after which `page.pdf()` fails ("Page is already
 * being printed"), so browser tests install this stand-in before the page loads.
 */
import type { Page } from 'playwright-core';

export async function useKioskPrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __printJobs: number };
    w.__printJobs = 0;
    window.print = () => {
      w.__printJobs++;
      window.dispatchEvent(new Event('beforeprint'));
      setTimeout(() => window.dispatchEvent(new Event('afterprint')), 30);
    };
  });
}

/** How many times the page asked the browser to print. */
export function printJobs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __printJobs: number }).__printJobs);
}
