/**
 * The province page (console/province.html): sign-in (the staff pages' LoginGate), then, for a
 * supervisor or the deployment administrator, two tabs over its scope: every office live (#live,
 * the default) and the offices ranked over a period (#ranking). The tab lives in the address, so
 * a wall screen and a bookmarked ranking each reopen where they were. Other accounts are told the
 * page is not theirs. The live socket opens after sign-in (its handshake carries the session),
 * and only while the live tab shows.
 */
import { LitElement, css, html, nothing } from 'lit';
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { t } from '../../shared/i18n/province-wall-messages.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { LoginGate } from '../lib/login-gate.js';
import { readsProvince } from '../lib/province-access.js';
import { provinceStyles } from '../styles/province.js';
import './province-live.js';
import './province-ranking.js';

type Tab = 'live' | 'ranking';
const tabOf = (hash: string): Tab => (hash.replace(/^#/, '') === 'ranking' ? 'ranking' : 'live');

export class ProvinceWallApp extends LitElement {
  static override properties = { tab: { state: true } };
  declare tab: Tab;
  private readonly login = new LoginGate(this, async () => {});
  private readonly onHash = () => (this.tab = tabOf(location.hash));

  static override styles = [
    provinceStyles,
    css`
      :host { min-height: 100vh; background: var(--qms-bg); }
      header { background: var(--qms-navy); color: var(--qms-white); padding: 10px 24px 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0 16px; border-bottom: 4px solid var(--qms-gold); }
      header h1 { margin: 0; font-size: 1.45em; flex: 1; padding-bottom: 8px; }
      header > span, header > button { margin-bottom: 8px; }
      .ro { border: 2px solid var(--qms-gold); color: var(--qms-gold); border-radius: 999px; padding: 1px 10px; font-weight: 700; font-size: 0.85em; }
      header button { background: var(--qms-white); color: var(--qms-navy); border: 0; border-radius: 8px; padding: 6px 14px; font-weight: 700; cursor: pointer; }
      nav { flex-basis: 100%; display: flex; gap: 4px; }
      nav a { color: var(--qms-white); text-decoration: none; padding: 6px 18px 8px; font-weight: 700; border-radius: 8px 8px 0 0; }
      nav a:hover { background: rgb(255 255 255 / 0.12); }
      nav a[aria-current='page'] { background: var(--qms-gold); color: var(--qms-navy); }
      main { padding: 14px 24px 32px; }
      .bad { font-size: 1.2em; font-weight: 700; padding: 24px 0; }
    `,
  ];

  constructor() {
    super();
    this.tab = tabOf(location.hash);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  override updated(): void {
    document.title = rt('pageTitle', { view: this.tab === 'ranking' ? rt('rankingTitle') : t('wallTitle') });
  }

  override render() {
    return this.login.render(t('wallTitle'), (user) => this.page(user), t('signInHint'));
  }

  private page(user: SessionUser) {
    const allowed = readsProvince(user);
    const tabs: [Tab, string][] = [
      ['live', rt('tabLive')],
      ['ranking', rt('tabRanking')],
    ];
    return html`<header>
        <h1>${this.tab === 'ranking' ? rt('rankingTitle') : t('wallTitle')}</h1>
        ${allowed ? html`<span class="ro">${t('readOnly')}</span>` : nothing}
        <span>${user.name}</span>
        <button @click=${() => this.login.signOut()}>${t('signOut')}</button>
        ${allowed ? html`<nav aria-label=${rt('tabsNav')}>${tabs.map(([id, label]) => html`<a href="#${id}" data-tab=${id} aria-current=${this.tab === id ? 'page' : 'false'}>${label}</a>`)}</nav>` : nothing}
      </header>
      <main>
        ${
          !allowed
            ? html`<p class="bad" role="alert">${t('notAllowed')}</p>`
            : this.tab === 'ranking'
              ? html`<qms-province-ranking></qms-province-ranking>`
              : html`<qms-province-live></qms-province-live>`
        }
      </main>`;
  }
}
customElements.define('qms-province-wall', ProvinceWallApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-wall': ProvinceWallApp;
  }
}
