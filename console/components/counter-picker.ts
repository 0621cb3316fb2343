/** Choosing the counter to work at: the counters this officer may use, opened with one press. */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { CounterSnapshot } from '../../shared/events.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, errorText } from '../../shared/ui/api-client.js';

export class CounterPicker extends LitElement {
  static override properties = {
    office: { attribute: false },
    user: { attribute: false },
    notice: { attribute: false },
    error: { state: true },
    busy: { state: true },
  };
  declare office: PublicOffice;
  declare user: SessionUser;
  /** why the officer is back here without having closed the counter (taken over, closed elsewhere) */
  declare notice: string | undefined;
  declare error: string | undefined;
  declare busy: string | undefined;

  static override styles = css`
    :host { display: block; max-width: 900px; margin: 32px auto; padding: 0 16px; }
    h1 { color: var(--qms-navy); }
    ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
    button { width: 100%; font: inherit; text-align: left; padding: 20px; border-radius: 14px; border: 3px solid var(--qms-navy); background: var(--qms-white); cursor: pointer; }
    button:focus-visible { outline: 5px solid var(--qms-gold); outline-offset: 2px; }
    button:hover { background: var(--qms-bg-soft); }
    .n { font-size: 40px; font-weight: 800; color: var(--qms-red); }
    .name { font-size: 22px; font-weight: 700; }
    .svc { font-size: 16px; color: var(--qms-ink-soft); margin-top: 6px; }
    .st { font-size: 16px; margin-top: 6px; color: var(--qms-navy); }
    .error { color: var(--qms-red); font-weight: 700; font-size: 20px; }
    .notice { background: var(--qms-notice-bg); border: 3px solid var(--qms-notice-line); color: var(--qms-notice-ink); border-radius: 10px; padding: 12px 16px; font-weight: 700; font-size: 20px; }
  `;

  override render() {
    const allowed = this.office.counters.filter((c) => this.user.role !== 'officer' || !this.user.counters.length || this.user.counters.includes(c.id));
    const names = new Map(this.office.services.map((s) => [s.id, s.name]));
    return html`<h1>${t('chooseCounter')}</h1>
      ${this.notice ? html`<p class="notice" role="alert" data-testid="counter-lost">${this.notice}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <ul>
        ${allowed.map(
          (c) => html`<li>
            <button data-counter=${c.id} ?disabled=${!!this.busy} @click=${() => this.open(c.id, c.name)}>
              <div class="n">${c.number}</div>
              <div class="name">${c.name}</div>
              <div class="svc">${c.services.map((s) => names.get(s) ?? s).join(' · ')}</div>
              <div class="st">${c.status === 'closed' ? t('counterFree') : c.status === 'paused' ? t('paused') : t('counterInUse')}</div>
            </button>
          </li>`,
        )}
      </ul>`;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  }

  async open(counterId: string, name: string): Promise<void> {
    this.busy = counterId;
    this.error = undefined;
    try {
      const snapshot = await api<CounterSnapshot>('POST', `/offices/${this.office.id}/counters/${counterId}/open`);
      this.dispatchEvent(
        new CustomEvent('counter-opened', { detail: { counterId, snapshot, message: t('counterOpened', { name }) }, bubbles: true, composed: true }),
      );
    } catch (err) {
      this.error = `${t('errorPrefix')}: ${errorText(err)}`;
    } finally {
      this.busy = undefined;
    }
  }
}
customElements.define('qms-counter-picker', CounterPicker);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-picker': CounterPicker;
  }
}
