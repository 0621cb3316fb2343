/**
 * The province's live wall (console/province.html): sign-in (the staff pages' LoginGate), then,
 * for a supervisor or the deployment administrator, every office of its scope live. Other
 * accounts are told the page is not theirs. The socket opens after sign-in, so its handshake
 * carries the session.
 */
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/province-wall-messages.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { LoginGate } from '../lib/login-gate.js';
import { readsProvince } from '../lib/province-access.js';
import { provinceStyles } from '../styles/province.js';
import './province-live.js';

export class ProvinceWallApp extends LitElement {
  private readonly login = new LoginGate(this, async () => {});

  static override styles = [
    provinceStyles,
    css`
      :host { min-height: 100vh; background: var(--qms-bg); }
      header { background: var(--qms-navy); color: var(--qms-white); padding: 10px 24px; display: flex; align-items: center; gap: 16px; border-bottom: 4px solid var(--qms-gold); }
      header h1 { margin: 0; font-size: 1.45em; flex: 1; }
      .ro { border: 2px solid var(--qms-gold); color: var(--qms-gold); border-radius: 999px; padding: 1px 10px; font-weight: 700; font-size: 0.85em; }
      header button { background: var(--qms-white); color: var(--qms-navy); border: 0; border-radius: 8px; padding: 6px 14px; font-weight: 700; cursor: pointer; }
      main { padding: 14px 24px 32px; }
      .bad { font-size: 1.2em; font-weight: 700; padding: 24px 0; }
    `,
  ];

  override render() {
    return this.login.render(t('wallTitle'), (user) => this.page(user), t('signInHint'));
  }

  private page(user: SessionUser) {
    return html`<header>
        <h1>${t('wallTitle')}</h1>
        <span class="ro">${t('readOnly')}</span>
        <span>${user.name}</span>
        <button @click=${() => this.login.signOut()}>${t('signOut')}</button>
      </header>
      <main>${readsProvince(user) ? html`<qms-province-live></qms-province-live>` : html`<p class="bad" role="alert">${t('notAllowed')}</p>`}</main>`;
  }
}
customElements.define('qms-province-wall', ProvinceWallApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-wall': ProvinceWallApp;
  }
}
