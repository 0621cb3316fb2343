/**
 * One webhook's recent deliveries and its dead letters: when the event happened, its type, whether
 * it was delivered, how many tries, the receiver's last status, the next try and the last error,
 * and a button to send one again (the same event id, so the receiver can tell a repeat).
 */
import { LitElement, css, html, nothing } from 'lit';
import { getLang } from '../../shared/i18n/translate.js';
import { EVENT_LABEL, FAILURE_MESSAGE, STATUS_LABEL, wt } from '../../shared/i18n/webhook-messages.js';
import type { WebhookDeliveriesResponse, WebhookDeliveryView, WebhookEndpointView } from '../../shared/schemas/webhooks.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';
import { PeriodicLoad } from '../lib/periodic-load.js';

export class AdminWebhookDeliveries extends LitElement {
  static override properties = {
    office: { attribute: false },
    webhook: { attribute: false },
    timeZone: { attribute: false },
    data: { state: true },
    result: { state: true },
  };
  declare office: string;
  declare webhook: WebhookEndpointView;
  declare timeZone: string;
  declare data: WebhookDeliveriesResponse | undefined;
  declare result: { ok: boolean; text: string } | undefined;
  static override styles = [
    adminStyles,
    css`
      .status-delivered { color: var(--qms-ok); font-weight: 700; }
      .status-pending { color: var(--qms-notice-line); font-weight: 700; }
      .status-dead { color: var(--qms-red); font-weight: 700; }
      h3 { margin: 16px 0 6px; }
      code { overflow-wrap: anywhere; }
      .bar { display: flex; gap: 8px; align-items: center; }
      .bar h3 { flex: 1; }
    `,
  ];
  private readonly refresh = new PeriodicLoad(this, () => this.load(), 10_000);

  override updated(changed: Map<string, unknown>): void {
    const before = changed.get('webhook') as WebhookEndpointView | undefined;
    if (before && before.id !== this.webhook.id) {
      this.data = undefined;
      void this.load();
    }
  }

  private get base(): string {
    return `/admin/offices/${encodeURIComponent(this.office)}/webhooks/${encodeURIComponent(this.webhook.id)}`;
  }

  async load(): Promise<void> {
    try {
      this.data = await api<WebhookDeliveriesResponse>('GET', `${this.base}/deliveries`);
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  private async resend(d: WebhookDeliveryView): Promise<void> {
    try {
      await api('POST', `${this.base}/deliveries/${encodeURIComponent(d.id)}/resend`);
      this.result = { ok: true, text: wt('resent') };
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
    await this.load();
  }

  override render() {
    return html`<div class="bar">
        <h3>${wt('deliveriesTitle', { url: this.webhook.url })}</h3>
        <button data-action="refresh" @click=${() => this.load()}>${wt('refresh')}</button>
        <button data-action="close" @click=${() => this.dispatchEvent(new CustomEvent('close'))}>${wt('close')}</button>
      </div>
      ${this.result ? html`<p class=${this.result.ok ? 'ok' : 'bad'} role="status" data-testid="delivery-result">${this.result.text}</p>` : nothing}
      ${this.data ? this.table(this.data.deliveries, wt('noDeliveries'), 'recent') : nothing}
      <h3>${wt('deadTitle')}</h3>
      ${this.data ? this.table(this.data.deadLetters, wt('noDead'), 'dead') : nothing}`;
  }

  private table(list: WebhookDeliveryView[], empty: string, name: string) {
    if (!list.length) return html`<p class="muted">${empty}</p>`;
    const lang = getLang();
    const fmt = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone: this.timeZone || 'Asia/Ho_Chi_Minh',
    });
    return html`<table data-testid=${`deliveries-${name}`}>
      <tr>
        <th>${wt('when')}</th><th>${wt('event')}</th><th>${wt('state')}</th><th>${wt('attempts')}</th>
        <th>${wt('response')}</th><th>${wt('nextTry')}</th><th>${wt('problem')}</th><th>${wt('actions')}</th>
      </tr>
      ${list.map(
        (d) => html`<tr data-delivery=${d.id} data-status=${d.status}>
          <td>${fmt.format(d.occurredAt)}<br /><code class="muted">${d.id}</code></td>
          <td>${EVENT_LABEL[d.type]?.[lang] ?? d.type}<br /><code class="muted">${d.type}</code></td>
          <td class=${`status-${d.status}`}>${STATUS_LABEL[d.status][lang]}${d.sends > 1 ? html`<br /><span class="muted">${wt('round', { n: d.sends })}</span>` : nothing}</td>
          <td>${d.attempts}</td>
          <td>${d.responseStatus ?? '—'}</td>
          <td>${d.status === 'pending' && d.nextAttemptAt ? fmt.format(d.nextAttemptAt) : '—'}</td>
          <td>
            ${d.failure ? html`${wt(FAILURE_MESSAGE[d.failure], { status: d.responseStatus ?? '' })}<br />` : nothing}
            ${d.error ? html`<code class="muted">${d.error}</code>` : d.failure ? nothing : '—'}
          </td>
          <td>${d.status === 'pending' ? nothing : html`<button data-action="resend" @click=${() => this.resend(d)}>${wt('resend')}</button>`}</td>
        </tr>`,
      )}
    </table>`;
  }
}
customElements.define('qms-admin-webhook-deliveries', AdminWebhookDeliveries);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-webhook-deliveries': AdminWebhookDeliveries;
  }
}
