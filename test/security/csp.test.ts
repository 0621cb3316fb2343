/**
 * Every page works under the Content-Security-Policy the server sends: each built page is opened in
 * Chromium (signed in as an admin where the page needs staff), and no CSP violation may be reported.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withBrowserApp } from '../support/browser.js';
import { addSessionCookie } from '../support/staff-sign-in.js';
import type { StaffClient } from '../support/test-app.js';

const pages = (dir = 'dist'): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : p.endsWith('.html') ? ['/' + relative('dist', p)] : [];
  });

describe('the Content-Security-Policy', () => {
  const env = withBrowserApp();
  let admin: StaffClient;
  let ticket: { id: string; token: string };

  beforeAll(async () => {
    const { t } = env;
    admin = await t.login(`admin-${t.office}`);
    ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
  });

  it('is strict: scripts only from the server, no plugins, no framing', async () => {
    const { t } = env;
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
    const { t } = env;
    const list = pages();
    expect(list.length).toBeGreaterThan(5);
    const violations: string[] = [];
    const context = await env.browser.newContext();
    await addSessionCookie(context, admin, t.base);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      );
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
