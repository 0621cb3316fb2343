/**
 * The webhooks tab of the admin page in real Chromium: an office administrator adds an endpoint,
 * sees its secret once (and only once: after a reload it is gone), sees the recent deliveries with
 * their state and a dead letter, and resends the dead letter, which reaches the receiver with the
 * same id. SCREENSHOT_DIR=docs/screenshots keeps the picture.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { busyPage, withBrowserApp } from '../support/browser.js';
import { deepText, poll } from '../support/page-helpers.js';
import { signInByKeyboard } from '../support/staff-sign-in.js';
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

describe('admin page: webhooks', () => {
  const env = withBrowserApp({ webhooks: { networks: ['127.0.0.1/32'], attempts: 2, backoffMs: 20, recheckMs: 50 } });
  let workers: Workers;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ slowMs: 5000 });
    workers = await startWorkers(env.t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [env.t.office] });
  });
  afterAll(async () => {
    await workers?.close();
    await receiver?.close();
  });

  async function signedIn(): Promise<Page> {
    const page = await busyPage(env.browser, { viewport: { width: 1366, height: 1000 } });
    await page.goto(`${env.t.base}/console/admin.html?office=${env.t.office}&tab=webhooks`);
    await signInByKeyboard(page, `admin-${env.t.office}`);
    return page;
  }

  it('adds an endpoint, shows its secret once, lists deliveries and resends a dead letter', { timeout: 300_000 }, async () => {
    const { t } = env;
    const page = await signedIn();
    const section = page.locator('qms-admin-webhooks');
    await section.locator('button[data-action="add-webhook"]').click();
    const form = section.locator('form[data-form="webhook"]');
    await form.locator('input[name="url"]').fill(receiver.url);
    await form.locator('input[name="description"]').fill('Hệ thống một cửa điện tử tỉnh');
    await form.locator('input[name="event-rating.received"]').check();
    if (process.env.SCREENSHOT_DIR) await form.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'admin-webhooks-form.png') });
    await form.locator('button[data-action="save-webhook"]').click();

    const secretBox = section.locator('[data-testid="webhook-secret"]');
    await secretBox.waitFor();
    const secret = (await secretBox.locator('code').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    expect(await deepText(secretBox)).toContain('chỉ hiện một lần');
    const [hook] = (await (await t.login(`admin-${t.office}`)).request('GET', `/admin/offices/${t.office}/webhooks`)).body.webhooks;
    expect(hook).toMatchObject({ url: receiver.url, description: 'Hệ thống một cửa điện tử tỉnh', enabled: true });
    expect(hook.events).toEqual(['ticket.issued', 'ticket.called', 'ticket.completed', 'ticket.no_show', 'rating.received']);

    // one event fails twice (a dead letter), the next is delivered
    await receiver.setMode(500);
    const first = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    await poll(() => receiver.received.length).toBe(2);
    await receiver.setMode('up');
    await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    await poll(() => receiver.accepted().length).toBe(1);

    await section.locator(`tr[data-webhook="${hook.id}"] button[data-action="deliveries"]`).click();
    const deliveries = section.locator('qms-admin-webhook-deliveries');
    await poll(() => deliveries.locator('[data-testid="deliveries-recent"] tr[data-delivery]').count()).toBe(2);
    const dead = deliveries.locator('[data-testid="deliveries-dead"] tr[data-delivery]');
    expect(await dead.count()).toBe(1);
    const deadText = await deepText(dead);
    expect(deadText).toContain('Thư chết');
    expect(deadText).toContain('Bên nhận trả lời mã lỗi 500');
    expect(deadText).toContain('Cấp số thứ tự');
    expect(await deepText(deliveries.locator('[data-testid="deliveries-recent"] tr[data-status="delivered"]'))).toContain('Đã gửi');
    const buffer = await page.screenshot({
      fullPage: true,
      ...(process.env.SCREENSHOT_DIR ? { path: join(process.env.SCREENSHOT_DIR, 'admin-webhooks.png') } : {}),
    });
    expect(buffer.length).toBeGreaterThan(10_000);

    const deadId = await dead.getAttribute('data-delivery');
    await dead.locator('button[data-action="resend"]').click();
    await poll(() => deepText(deliveries.locator('[data-testid="delivery-result"]'))).toContain('Đã xếp lượt gửi lại');
    await poll(() => receiver.accepted().map((a) => a.id)).toContain(deadId);
    const resent = receiver.accepted().find((a) => a.id === deadId)!;
    expect(resent.json.data.ticket.id).toBe(first.id);
    expect(signatureValid(secret, resent)).toBe(true);
    await deliveries.locator('button[data-action="refresh"]').click();
    await poll(() => deliveries.locator('[data-testid="deliveries-dead"] tr[data-delivery]').count()).toBe(0);

    // the secret was shown once: a fresh page lists the endpoint without it
    await page.reload();
    await section.locator(`tr[data-webhook="${hook.id}"]`).waitFor();
    expect(await section.locator('[data-testid="webhook-secret"]').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    expect(await deepText(section)).not.toContain(secret);
    await page.close();
  });
});
