/**
 * Every page works under the Content-Security-Policy the server sends: each built page is opened in
 * Chromium (signed in as an admin where the page needs staff), and no CSP violation may be reported.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const pages = (dir = 'dist'): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : p.endsWith('.html') ? ['/' + relative('dist', p)] : [];
  });

describe('the Content-Security-Policy', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: StaffClient;
  let ticket: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(`admin-${t.office}`);
    ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('is strict: scripts only from the server, no plugins, no framing', async () => {
    const res = await fetch(`${t.base}/kiosk/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is obeyed by every page', async () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(5);
    const violations: string[] = [];
    const context = await browser.newContext();
    const [name, value] = admin.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    for (const path of list) {
      const page = await context.newPage();
      page.on('console', (m) => {
        const text = m.text();
        if (text.includes('CSP-VIOLATION') || text.includes('Content Security Policy')) violations.push(`${path}: ${text}`);
      });
      const q = `office=${t.office}&counter=1&ticket=${encodeURIComponent(ticket.id)}&token=${ticket.token}&t=${encodeURIComponent(ticket.id)}`;
      const res = await page.goto(`${t.base}${path}?${q}`, { waitUntil: 'load' });
      expect(res?.status(), path).toBe(200);
      await page.waitForTimeout(500);
      await page.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 240_000);
});
