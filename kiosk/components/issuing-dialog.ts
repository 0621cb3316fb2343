/**
 * The overlay over the kiosk while a tap's ticket is on its way: a spinner, "retrying" once the
 * connection is lost (with a way to give up waiting), or why the ticket was refused.
 */
import { LitElement, css, html, nothing } from 'lit';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

/** A tap on a service until its ticket comes or is refused. */
export interface Issuing {
  serviceId: string;
  key: string;
  retrying: boolean;
  error?: string;
  busy?: boolean;
  abort: AbortController;
}

export class IssuingDialog extends LitElement {
  static override properties = { issuing: { attribute: false } };
  static override styles = [
    base,
    css`
      .overlay { position: fixed; inset: 0; background: rgba(20, 23, 26, 0.55); display: grid; place-items: center; z-index: 10; }
      .dialog { background: var(--surface); border-radius: 1.4rem; padding: 2rem 2.2rem; width: min(92vw, 40rem); display: grid; gap: 1.2rem; text-align: center; font-size: 1.5rem; box-shadow: 0 20px 60px rgba(0, 0, 0, 0.35); }
      .dialog .big { font-size: 1.8rem; font-weight: 800; }
      .dialog.warn { border-top: 10px solid var(--warn); }
      .dialog.bad { border-top: 10px solid var(--bad); }
      .spinner { width: 4.5rem; height: 4.5rem; margin: 0 auto; border-radius: 50%; border: 0.55rem solid #e3ded6; border-top-color: var(--primary); animation: spin 0.9s linear infinite; }
      @keyframes spin { to { transform: rotate(360deg); } }
    `,
  ];

  declare issuing: Issuing | undefined;
  private i18n = new LangController(this);

  private fire(name: 'dismiss' | 'give-up') {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    const i = this.issuing;
    if (!i) return nothing;
    if (i.error) {
      return html`<div class="overlay"><div class="dialog ${i.busy ? 'warn' : 'bad'}" role="alertdialog" data-issue-error>
        <p class="big">${i.error}</p>
        <button class="btn primary" @click=${() => this.fire('dismiss')}>${kt('back')}</button>
      </div></div>`;
    }
    return html`<div class="overlay"><div class="dialog ${i.retrying ? 'warn' : ''}" role="alertdialog" aria-live="assertive" data-issuing>
      <div class="spinner"></div>
      <p class="big">${i.retrying ? kt('issueRetrying') : kt('issuing')}</p>
      ${i.retrying ? html`<button class="btn ghost" @click=${() => this.fire('give-up')}>${kt('cancel')}</button>` : nothing}
    </div></div>`;
  }
}
customElements.define('qms-issuing-dialog', IssuingDialog);

declare global {
  interface HTMLElementTagNameMap {
    'qms-issuing-dialog': IssuingDialog;
  }
}
