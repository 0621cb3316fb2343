/** Picking the service to transfer the current ticket to (keys 1–9 pick, Escape cancels). */
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';

export interface ServiceChoice {
  id: string;
  name: string;
  prefix: string;
}

export class CounterTransferDialog extends LitElement {
  static override properties = { services: { attribute: false }, exclude: { attribute: false } };
  declare services: ServiceChoice[];
  declare exclude: string | undefined;

  constructor() {
    super();
    this.services = [];
  }

  static override styles = css`
    :host { position: fixed; inset: 0; display: grid; place-items: center; background: var(--qms-backdrop); z-index: 10; }
    .box { background: var(--qms-white); border-radius: 16px; padding: 24px; width: min(640px, 92vw); }
    h2 { margin: 0 0 16px; }
    ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    button { width: 100%; text-align: left; font: inherit; font-size: 20px; padding: 12px 16px; border: 2px solid var(--qms-navy); border-radius: 10px; background: var(--qms-white); cursor: pointer; }
    button:focus-visible { outline: 4px solid var(--qms-gold); outline-offset: 2px; }
    kbd { display: inline-block; min-width: 22px; text-align: center; background: var(--qms-navy); color: var(--qms-white); border-radius: 4px; margin-right: 10px; }
    .cancel { margin-top: 16px; text-align: center; background: var(--qms-bg-cancel); }
  `;

  private get choices(): ServiceChoice[] {
    return this.services.filter((s) => s.id !== this.exclude);
  }

  override render() {
    return html`<div class="box" role="dialog" aria-modal="true" aria-label=${t('transferTo')}>
      <h2>${t('transferTo')}</h2>
      <ol>
        ${this.choices.map((s, i) => html`<li><button data-service=${s.id} @click=${() => this.choose(s.id)}><kbd>${i + 1}</kbd>${s.prefix} – ${s.name}</button></li>`)}
      </ol>
      <button class="cancel" @click=${this.cancel}>${t('cancel')} (Esc)</button>
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // while open, the dialog takes every key first, wherever the focus is
    window.addEventListener('keydown', this.key, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.key, true);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  }

  private readonly key = (e: KeyboardEvent): void => {
    if (e.key === 'Tab' || e.key === 'Enter' || e.key === ' ') return; // move between and press the buttons
    e.stopPropagation();
    if (e.key === 'Escape') this.cancel();
    const n = Number(e.key);
    if (n >= 1 && n <= 9 && this.choices[n - 1]) {
      e.preventDefault();
      this.choose(this.choices[n - 1]!.id);
    }
  };

  private choose(serviceId: string): void {
    this.dispatchEvent(new CustomEvent('transfer-chosen', { detail: serviceId, bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('transfer-cancelled', { bubbles: true, composed: true }));
  }
}
customElements.define('qms-counter-transfer-dialog', CounterTransferDialog);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-transfer-dialog': CounterTransferDialog;
  }
}
