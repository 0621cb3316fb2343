/**
 * The office's signed webhooks: the endpoints with their events and state, one form to add or edit
 * an endpoint (URL, note, events, on/off, the signing secret made by the server or typed), the
 * secret shown once right after it is made, and an endpoint's recent deliveries.
 */
import { LitElement, css, html, nothing } from 'lit';
import { getLang } from '../../shared/i18n/translate.js';
import { EVENT_LABEL, wt, type WebhookMessage } from '../../shared/i18n/webhook-messages.js';
import { WEBHOOK_EVENTS, type WebhookEndpointView, type WebhookEvent, type WebhookWithSecret } from '../../shared/schemas/webhooks.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { adminStyles } from '../styles/admin.js';
import './admin-webhook-deliveries.js';

const GROUPS: [WebhookMessage, WebhookEvent[]][] = [
  ['groupTickets', ['ticket.issued', 'ticket.called', 'ticket.completed', 'ticket.no_show']],
  ['groupFeedback', ['rating.received', 'complaint.filed', 'complaint.answered', 'complaint.overdue']],
  ['groupBookings', ['booking.made', 'booking.cancelled', 'booking.checked_in']],
  ['groupDay', ['day.closed']],
];

export class AdminWebhooks extends LitElement {
  static override properties = {
    office: { attribute: false },
    timeZone: { attribute: false },
    webhooks: { state: true },
    editing: { state: true },
    ownSecret: { state: true },
    secret: { state: true },
    watching: { state: true },
    result: { state: true },
  };
  declare office: string;
  declare timeZone: string;
  declare webhooks: WebhookEndpointView[] | undefined;
  /** the endpoint in the form: 'new', or an endpoint */
  declare editing: 'new' | WebhookEndpointView | undefined;
  /** the form's secret choice: typed by the administrator */
  declare ownSecret: boolean;
  /** a secret just made or set, shown this once */
  declare secret: { url: string; value: string } | undefined;
  /** the endpoint whose deliveries are shown */
  declare watching: WebhookEndpointView | undefined;
  declare result: { ok: boolean; text: string } | undefined;
  static override styles = [
    adminStyles,
    css`
      .secret { margin: 12px 0; padding: 12px 16px; border: 3px solid var(--qms-gold); border-radius: 10px; background: var(--qms-info-bg); }
      .secret code { display: block; margin: 8px 0; padding: 8px; font-size: 18px; background: var(--qms-white); border: 1px solid var(--qms-navy); user-select: all; overflow-wrap: anywhere; }
      fieldset { border: 2px solid var(--qms-line-admin); border-radius: 8px; margin: 8px 0; }
      legend { font-weight: 700; }
      form { margin-top: 16px; padding: 12px 16px; border: 2px solid var(--qms-navy); border-radius: 10px; }
      td code { overflow-wrap: anywhere; }
      .on { color: var(--qms-ok); font-weight: 700; }
      .off { color: var(--qms-muted-admin); font-weight: 700; }
    `,
  ];

  constructor() {
    super();
    this.ownSecret = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get base(): string {
    return `/admin/offices/${encodeURIComponent(this.office)}/webhooks`;
  }

  private async load(): Promise<void> {
    try {
      this.webhooks = (await api<{ webhooks: WebhookEndpointView[] }>('GET', this.base)).webhooks;
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const events = WEBHOOK_EVENTS.filter((ev) => f.get(`event-${ev}`));
    if (!events.length) {
      this.result = { ok: false, text: wt('chooseEvents') };
      return;
    }
    const url = String(f.get('url') ?? '').trim();
    const description = String(f.get('description') ?? '').trim();
    const typed = String(f.get('secret') ?? '').trim();
    const choice = String(f.get('secret-choice') ?? 'made');
    const isNew = this.editing === 'new';
    const body = {
      url,
      events,
      enabled: f.get('enabled') === 'on',
      ...(isNew ? (description ? { description } : {}) : { description: description || null }),
      ...(choice === 'own' && typed ? { secret: typed } : {}),
      ...(!isNew && choice === 'rotate' ? { rotateSecret: true } : {}),
    };
    try {
      const answer = isNew
        ? await api<WebhookWithSecret>('POST', this.base, body)
        : await api<WebhookWithSecret>('PUT', `${this.base}/${encodeURIComponent((this.editing as WebhookEndpointView).id)}`, body);
      const shown = answer.secret ?? (choice === 'own' && typed ? typed : undefined);
      this.secret = shown ? { url: answer.webhook.url, value: shown } : undefined;
      this.editing = undefined;
      this.result = { ok: true, text: wt(isNew ? 'added' : 'saved') };
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
    await this.load();
  }

  private async deleteWebhook(w: WebhookEndpointView): Promise<void> {
    if (!confirm(wt('deleteConfirm', { url: w.url }))) return;
    try {
      await api('DELETE', `${this.base}/${encodeURIComponent(w.id)}`);
      if (this.watching?.id === w.id) this.watching = undefined;
      this.result = { ok: true, text: wt('deleted') };
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
    await this.load();
  }

  private open(target: 'new' | WebhookEndpointView): void {
    this.editing = target;
    this.ownSecret = false;
    this.result = undefined;
  }

  override render() {
    return html`<h2>${wt('title')}</h2>
      <p class="muted">${wt('help')}</p>
      ${this.secret ? this.secretBox(this.secret) : nothing}
      ${this.webhooks?.length ? this.table(this.webhooks) : this.webhooks ? html`<p class="muted">${wt('none')}</p>` : nothing}
      ${this.result ? html`<p class=${this.result.ok ? 'ok' : 'bad'} role="status" data-testid="webhook-result">${this.result.text}</p>` : nothing}
      ${this.editing ? this.form(this.editing) : html`<p><button class="primary" data-action="add-webhook" @click=${() => this.open('new')}>${wt('add')}</button></p>`}
      ${
        this.watching
          ? html`<qms-admin-webhook-deliveries
              .office=${this.office}
              .webhook=${this.watching}
              .timeZone=${this.timeZone}
              @close=${() => (this.watching = undefined)}
            ></qms-admin-webhook-deliveries>`
          : nothing
      }`;
  }

  private secretBox(s: { url: string; value: string }) {
    return html`<div class="secret" role="alert" data-testid="webhook-secret">
      <strong>${wt('secretFor', { url: s.url })}</strong>
      <code>${s.value}</code>
      <p>${wt('secretOnce')}</p>
      <button data-action="hide-secret" @click=${() => (this.secret = undefined)}>${wt('secretHide')}</button>
    </div>`;
  }

  private table(list: WebhookEndpointView[]) {
    const lang = getLang();
    return html`<table>
      <tr><th>${wt('url')}</th><th>${wt('events')}</th><th>${wt('state')}</th><th>${wt('actions')}</th></tr>
      ${list.map(
        (w) => html`<tr data-webhook=${w.id}>
          <td><code>${w.url}</code>${w.description ? html`<br />${w.description}` : nothing}<br /><span class="muted">${w.id}</span></td>
          <td>${w.events.map((ev) => EVENT_LABEL[ev][lang]).join(', ')}</td>
          <td class=${w.enabled ? 'on' : 'off'}>${w.enabled ? wt('enabled') : wt('disabled')}</td>
          <td>
            <button data-action="deliveries" @click=${() => (this.watching = w)}>${wt('showDeliveries')}</button>
            <button data-action="edit" @click=${() => this.open(w)}>${wt('edit')}</button>
            <button data-action="delete" @click=${() => this.deleteWebhook(w)}>${wt('remove')}</button>
          </td>
        </tr>`,
      )}
    </table>`;
  }

  private form(target: 'new' | WebhookEndpointView) {
    const isNew = target === 'new';
    const w = isNew ? undefined : target;
    const lang = getLang();
    const chosen = new Set<WebhookEvent>(w?.events ?? ['ticket.issued', 'ticket.called', 'ticket.completed', 'ticket.no_show']);
    const secretChoice = (value: string, label: WebhookMessage, checked: boolean) =>
      html`<label class="inline"><input type="radio" name="secret-choice" value=${value} ?checked=${checked} @change=${() => (this.ownSecret = value === 'own')} /> ${wt(label)}</label>`;
    return html`<form @submit=${this.save} data-form="webhook">
      <h3>${isNew ? wt('newTitle') : wt('editTitle', { id: w!.id })}</h3>
      <label>${wt('url')} <input name="url" type="url" class="w-l" required maxlength="2000" placeholder="https://" .value=${w?.url ?? ''} /></label>
      <label>${wt('description')} <input name="description" class="w-l" maxlength="120" .value=${w?.description ?? ''} /></label>
      ${GROUPS.map(
        ([group, events]) => html`<fieldset>
          <legend>${wt(group)}</legend>
          ${events.map((ev) => html`<label class="inline"><input type="checkbox" name=${`event-${ev}`} ?checked=${chosen.has(ev)} /> ${EVENT_LABEL[ev][lang]}</label>`)}
        </fieldset>`,
      )}
      <label class="inline"><input type="checkbox" name="enabled" ?checked=${w?.enabled ?? true} /> ${wt('enabledLabel')}</label>
      <fieldset>
        <legend>${wt('secretLegend')}</legend>
        ${isNew ? secretChoice('made', 'secretMade', true) : secretChoice('keep', 'secretKeep', true)}
        ${isNew ? nothing : secretChoice('rotate', 'secretRotate', false)}
        ${secretChoice('own', 'secretOwn', false)}
        ${this.ownSecret ? html`<input name="secret" class="w-l" required minlength="24" maxlength="200" autocomplete="off" />` : nothing}
      </fieldset>
      <p>
        <button class="primary" type="submit" data-action="save-webhook">${wt('save')}</button>
        <button type="button" @click=${() => (this.editing = undefined)}>${wt('cancel')}</button>
      </p>
    </form>`;
  }
}
customElements.define('qms-admin-webhooks', AdminWebhooks);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-webhooks': AdminWebhooks;
  }
}
