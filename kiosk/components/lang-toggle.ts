/** One tap between Vietnamese and English. */
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getLang, setLang } from '../../shared/i18n/translate.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { LangController } from '../lib/lang.js';
import { base } from './styles.js';

@customElement('qms-lang-toggle')
export class LangToggle extends LitElement {
  static override styles = [
    base,
    css`
      button { background: rgba(255, 255, 255, 0.14); color: inherit; border: 2px solid currentColor; padding: 0.3em 1em; font-size: 1.1rem; font-weight: 700; }
      .flag { font-size: 0.8em; opacity: 0.85; margin-right: 0.4em; }
    `,
  ];
  private i18n = new LangController(this);

  override render() {
    void this.i18n;
    const next = getLang() === 'vi' ? 'en' : 'vi';
    return html`<button lang=${next} aria-label=${kt('switchLangLabel')} @click=${() => setLang(next)}><span class="flag">${next.toUpperCase()}</span>${kt('switchLang')}</button>`;
  }
}
