/** The waiting list of the counter's services, in call order, priority and online tickets marked, each callable. */
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { PublicTicket } from '../../shared/schemas/ticket.js';
import './ticket-source-badge.js';

export class CounterWaitingList extends LitElement {
  static override properties = {
    waiting: { attribute: false },
    serviceNames: { attribute: false },
    disabled: { type: Boolean },
    offsetMs: { attribute: false },
    timeZone: {},
  };
  declare waiting: PublicTicket[];
  declare serviceNames: Map<string, string>;
  declare disabled: boolean;
  declare offsetMs: number;
  /** the office's: an appointment's slot is shown in office time */
  declare timeZone: string;

  constructor() {
    super();
    this.waiting = [];
    this.serviceNames = new Map();
    this.disabled = false;
    this.offsetMs = 0;
    this.timeZone = 'Asia/Ho_Chi_Minh';
  }

  static override styles = css`
    :host { display: block; background: var(--qms-white); border-radius: 16px; padding: 16px 20px; border: 2px solid var(--qms-line-box); overflow: auto; }
    h2 { margin: 0 0 8px; font-size: 20px; }
    table { width: 100%; border-collapse: collapse; font-size: 18px; }
    td { padding: 6px 8px; border-bottom: 1px solid var(--qms-line-list); }
    .n { font-weight: 800; font-size: 24px; font-variant-numeric: tabular-nums; }
    .marks qms-ticket-source-badge { font-size: 17px; }
    .prio { background: var(--qms-gold); font-weight: 800; padding: 1px 8px; border-radius: 6px; font-size: 15px; }
    button { font: inherit; font-size: 16px; padding: 8px 12px; border: 2px solid var(--qms-navy); background: var(--qms-white); border-radius: 8px; cursor: pointer; }
    button:focus-visible { outline: 4px solid var(--qms-gold); outline-offset: 1px; }
    .empty { color: var(--qms-ink-soft); }
  `;

  override render() {
    const now = Date.now() + this.offsetMs;
    return html`<h2>${t('waitingList', { n: this.waiting.length })}</h2>
      ${
        this.waiting.length
          ? html`<table>
            ${this.waiting.map(
              (w) => html`<tr data-ticket=${w.id}>
                <td class="n">${w.number}</td>
                <td class="marks">${w.priority ? html`<span class="prio">★ ${t('priority')}</span>` : ''}
                  <qms-ticket-source-badge .ticket=${w} timeZone=${this.timeZone}></qms-ticket-source-badge></td>
                <td>${this.serviceNames.get(w.serviceId) ?? w.serviceId}</td>
                <td>${t('minutes', { n: Math.max(0, Math.floor((now - w.issuedAt) / 60000)) })}</td>
                <td><button ?disabled=${this.disabled} @click=${() => this.pick(w)}>${t('callThis')}</button></td>
              </tr>`,
            )}
          </table>`
          : html`<p class="empty">${t('nobodyWaiting')}</p>`
      }`;
  }

  private pick(w: PublicTicket): void {
    this.dispatchEvent(new CustomEvent('call-ticket', { detail: w, bubbles: true, composed: true }));
  }
}
customElements.define('qms-counter-waiting-list', CounterWaitingList);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-waiting-list': CounterWaitingList;
  }
}
