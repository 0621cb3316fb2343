/** The large "now calling" panel: the latest call, flashing for a few seconds when it is new. */
import { LitElement, css, html, nothing } from 'lit';
import type { CallEvent } from '../../shared/events.js';
import { t } from '../../shared/i18n/display-messages.js';

export class NowCalling extends LitElement {
  static override properties = { call: { attribute: false }, flashing: { type: Boolean, reflect: true } };
  declare call: CallEvent | undefined;
  declare flashing: boolean;

  constructor() {
    super();
    this.flashing = false;
  }

  static override styles = css`
    :host { display: flex; flex-direction: column; justify-content: center; align-items: center; border-radius: 24px;
      background: #13294b; border: 6px solid #f2c94c; color: #fff; text-align: center; padding: 16px; min-height: 0; }
    :host([flashing]) { animation: flash 0.8s steps(2, jump-none) infinite; }
    @keyframes flash { 0% { background: #b3261e; } 100% { background: #13294b; } }
    .label { font-size: 52px; font-weight: 600; color: #f2c94c; }
    .number { font-size: 260px; line-height: 1; font-weight: 800; letter-spacing: 8px; margin: 8px 0; font-variant-numeric: tabular-nums; }
    .counter { font-size: 72px; font-weight: 700; }
    .counter b { color: #f2c94c; font-size: 96px; }
    .recall { display: inline-block; font-size: 36px; background: #f2c94c; color: #13294b; padding: 4px 20px; border-radius: 12px; margin-left: 16px; vertical-align: middle; }
    .empty { font-size: 56px; color: #b8c4d6; }
  `;

  override render() {
    const c = this.call;
    if (!c) return html`<div class="empty">${t('noCalls')}</div>`;
    return html`
      <div class="label">${t('nowCalling')} ${c.recall ? html`<span class="recall">${t('recall')}</span>` : nothing}</div>
      <div class="number" data-testid="now-number">${c.ticket.number}</div>
      <div class="counter">${t('toCounter')} <b data-testid="now-counter">${c.counterNumber}</b></div>
    `;
  }
}
customElements.define('qms-now-calling', NowCalling);

declare global {
  interface HTMLElementTagNameMap {
    'qms-now-calling': NowCalling;
  }
}
