/** One tap between Vietnamese and English. */
import { LitElement, css, html } from 'lit';
import { getLang, setLang } from '../../shared/i18n/translate.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

export class LangToggle extends LitElement {
  static override styles = [
    base,
    css`
      /* a solid light button on the red header: dark red on white is far above 4.5:1 */
      button { background: #fff; color: var(--primary-dark); border: 2px solid #fff; padding: 0.3em 1em; font-size: 1.1rem; font-weight: 700; }
      .flag { font-size: 0.8em; margin-right: 0.4em; }
    `,
  ];
  private i18n = new LangController(this);

  override render() {
    void this.i18n;
    const now = getLang();
    const next = now === 'vi' ? 'en' : 'vi';
    // The name is the visible word ("English", spoken in English), so a voice user can say what they see (WCAG 2.5.3);
    // what the button does is its description, in the page's language.
    return html`<button lang=${next} aria-describedby="what" @click=${() => setLang(next)}><span class="flag" aria-hidden="true">${next.toUpperCase()}</span>${kt('switchLang')}</button><span id="what" lang=${now} hidden>${kt('switchLangLabel')}</span>`;
  }
}
customElements.define('qms-lang-toggle', LangToggle);

declare global {
  interface HTMLElementTagNameMap {
    'qms-lang-toggle': LangToggle;
  }
}
