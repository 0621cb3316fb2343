/** A clear message while the connection to the server is lost (the page reconnects by itself). */
import { LitElement, css, html } from 'lit';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

export class OfflineBanner extends LitElement {
  static override properties = { offline: { type: Boolean } };
  static override styles = [
    base,
    css`
      :host { display: block; }
      div { background: #ffe8a3; color: #3a2a00; border-bottom: 4px solid #8a5a00; padding: 0.7em 1em; font-size: 1.25rem; font-weight: 700; text-align: center; }
      .dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; background: #8a5a00; margin-right: 0.5em; animation: pulse 1.2s infinite; vertical-align: middle; }
      @keyframes pulse { 50% { opacity: 0.2; } }
    `,
  ];
  declare offline: boolean;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.offline = false;
  }

  override render() {
    void this.i18n;
    return this.offline ? html`<div role="status" aria-live="assertive"><span class="dot"></span>${kt('offline')}</div>` : html``;
  }
}
customElements.define('qms-offline-banner', OfflineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'qms-offline-banner': OfflineBanner;
  }
}
