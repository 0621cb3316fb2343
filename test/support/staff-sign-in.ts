/** Staff signing in to the browser pages: by keyboard in the login form, or with a session already made through the API. */
import type { BrowserContext, Page } from 'playwright-core';
import { PASSWORD, type StaffClient } from './test-app.js';

/** Types the name and password into a staff page's login form (console, admin, reports, province wall), which has the focus when it opens. */
export async function signInByKeyboard(page: Page, username: string): Promise<void> {
  await page.waitForFunction(() => {
    const form = document.querySelector('qms-console, qms-admin, qms-report-app, qms-province-wall')?.shadowRoot?.querySelector('qms-login-form');
    return form?.shadowRoot?.activeElement?.id === 'u';
  });
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
}

/** Gives every page of the context the staff member's session cookie, so pages open signed in. */
export async function addSessionCookie(context: BrowserContext, staff: StaffClient, url: string): Promise<void> {
  await context.addCookies(
    staff.cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url };
    }),
  );
}
