/** Cancelling a booking in two taps: the button, then "Có, huỷ" (a stray tap cancels nothing). */
import { LitElement, css, html, nothing } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

export class BookCancel extends LitElement {
  static override properties = { label: {}, busy: { type: Boolean }, error: {}, asking: { state: true } };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 0.6rem; }
      .ask { display: grid; gap: 0.6rem; background: #fdecea; border: 2px solid var(--bad); border-radius: var(--radius); padding: 0.8rem; }
      .ask p { font-weight: 800; font-size: 1.1rem; color: #5c0d0d; }
      .row { display: grid; grid-template-columns: 1fr 1fr; gap: 0.6rem; }
      .btn { font-size: 1.1rem; width: 100%; }
      .danger { background: var(--bad); border-color: var(--bad); color: #fff; }
    `,
  ];
  /** what the first button says */
  declare label: string;
  declare busy: boolean;
  declare error: string;
  declare private asking: boolean;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.label = '';
    this.busy = false;
    this.error = '';
    this.asking = false;
  }

  override render() {
    void this.i18n;
    return html`
      ${
        this.asking
          ? html`<div class="ask" role="group" aria-labelledby="ask">
              <p id="ask">${bt('cancelAsk')}</p>
              <div class="row">
                <button class="btn danger" data-action="cancel-yes" ?disabled=${this.busy} @click=${this.confirmed}>${this.busy ? bt('working') : bt('cancelYes')}</button>
                <button class="btn" data-action="cancel-no" ?disabled=${this.busy} @click=${() => (this.asking = false)}>${bt('cancelNo')}</button>
              </div>
            </div>`
          : html`<button class="btn ghost" data-action="cancel" @click=${this.ask}>${this.label}</button>`
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  private ask = async () => {
    this.asking = true;
    await this.updateComplete;
    // the question takes the focus, so a screen reader says it and the keyboard is on "Có, huỷ"
    this.renderRoot.querySelector<HTMLButtonElement>('[data-action=cancel-yes]')?.focus();
  };

  private confirmed = () => {
    this.dispatchEvent(new CustomEvent('cancel-confirmed', { bubbles: true, composed: true }));
  };
}
customElements.define('qms-book-cancel', BookCancel);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-cancel': BookCancel;
  }
}
