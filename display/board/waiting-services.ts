/** People waiting per service area. */
import { LitElement, css, html } from 'lit';
import type { BoardSnapshot } from '../../shared/events.js';
import { t } from '../../shared/i18n/display-messages.js';

export class WaitingServices extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: BoardSnapshot['services'];

  constructor() {
    super();
    this.services = [];
  }

  static override styles = css`
    :host { display: block; color: #fff; }
    h2 { margin: 0 0 8px; font-size: 36px; color: #f2c94c; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px 24px; }
    li { display: flex; align-items: baseline; gap: 10px; font-size: 28px; min-width: 0; border-bottom: 1px solid #2a4370; padding: 4px 0; }
    .p { font-weight: 800; color: #f2c94c; width: 40px; }
    .name { flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .w { font-weight: 800; font-size: 36px; font-variant-numeric: tabular-nums; }
    ul.many { grid-template-columns: repeat(3, minmax(0, 1fr)); }
    ul.many li { font-size: 22px; padding: 2px 0; }
    ul.many .w { font-size: 28px; }
  `;

  override render() {
    return html`<h2>${t('waiting')}</h2>
      <ul class=${this.services.length > 10 ? 'many' : ''}>
        ${this.services.map((s) => html`<li data-service=${s.id}><span class="p">${s.prefix}</span><span class="name">${s.name}</span><span class="w">${s.waiting}</span></li>`)}
      </ul>`;
  }
}
customElements.define('qms-waiting-services', WaitingServices);

declare global {
  interface HTMLElementTagNameMap {
    'qms-waiting-services': WaitingServices;
  }
}
