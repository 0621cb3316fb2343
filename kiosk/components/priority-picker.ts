/** The priority path: which category applies (then the citizen picks the service). */
import { LitElement, css, html } from 'lit';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import { base } from '../styles/base.js';

export class PriorityPicker extends LitElement {
  static override properties = { office: { attribute: false } };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; gap: 1.2rem; padding: 1.6rem; }
      h2 { font-size: 2rem; font-weight: 800; }
      p { font-size: 1.2rem; color: var(--muted); }
      .list { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(24rem, 100%), 1fr)); gap: 1rem; }
      .cat { display: flex; align-items: center; gap: 1rem; text-align: left; font-size: 1.5rem; font-weight: 800; padding: 1rem 1.4rem; min-height: 6rem; background: #fff4d1; border-color: var(--warn); color: #3a2a00; }
      .cat svg { width: 2.6rem; height: 2.6rem; flex: none; }
      .back { align-self: flex-start; }
      .back svg { width: 1.4em; height: 1.4em; }
    `,
  ];
  declare office: PublicOffice | undefined;
  private i18n = new LangController(this);

  override render() {
    void this.i18n;
    const cats = this.office?.priorityCategories ?? [];
    return html`
      <h2>${kt('priorityTitle')}</h2>
      <div class="list">
        ${cats.map(
          (c) =>
            html`<button class="cat" data-category=${c.id} @click=${() => this.dispatchEvent(new CustomEvent('chosen', { detail: c.id, bubbles: true, composed: true }))}>${icons.priority}<span>${localName(c)}</span></button>`,
        )}
      </div>
      <p>${kt('priorityNote')}</p>
      <button class="btn ghost back" @click=${() => this.dispatchEvent(new CustomEvent('back', { bubbles: true, composed: true }))}>${icons.back}${kt('back')}</button>
    `;
  }
}
customElements.define('qms-priority-picker', PriorityPicker);

declare global {
  interface HTMLElementTagNameMap {
    'qms-priority-picker': PriorityPicker;
  }
}
