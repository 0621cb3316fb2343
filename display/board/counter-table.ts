/** Every counter of the office: its number, name, state and the ticket it is serving. */
import { LitElement, css, html } from 'lit';
import type { CounterState } from '../../shared/events.js';
import { t } from '../../shared/i18n/display-messages.js';

export class CounterTable extends LitElement {
  static override properties = { counters: { attribute: false }, highlight: { attribute: false } };
  declare counters: CounterState[];
  declare highlight: string | undefined;

  constructor() {
    super();
    this.counters = [];
  }

  static override styles = css`
    :host { display: block; color: #fff; overflow: hidden; }
    h2 { margin: 0 0 8px; font-size: 36px; color: #f2c94c; }
    table { width: 100%; border-collapse: collapse; }
    td { padding: 3px 12px; border-bottom: 2px solid #2a4370; font-size: 32px; line-height: 1.15; }
    td.num { width: 110px; font-size: 52px; font-weight: 800; text-align: center; color: #f2c94c; }
    td.ticket { text-align: right; font-size: 60px; font-weight: 800; font-variant-numeric: tabular-nums; width: 240px; }
    tr.hot td { background: #b3261e; }
    tr.closed td { color: #7d8aa0; }
    tr.closed td.num { color: #7d8aa0; }
    .state { font-size: 24px; color: #b8c4d6; }
    table.dense td { font-size: 26px; padding: 2px 8px; }
    table.dense td.num { font-size: 38px; width: 70px; }
    table.dense td.ticket { font-size: 40px; width: 150px; }
    table.dense .state { display: none; }
    .cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 20px; }
  `;

  override render() {
    const open = this.counters.filter((c) => c.status !== 'closed');
    const shown = open.length ? open : this.counters;
    // up to 6 counters in large rows; more in two dense columns so the board never overflows
    if (shown.length <= 6) return html`<h2>${t('counters')}</h2>${this.table(shown, '')}`;
    const half = Math.ceil(shown.length / 2);
    return html`<h2>${t('counters')}</h2><div class="cols">${this.table(shown.slice(0, half), 'dense')}${this.table(shown.slice(half), 'dense')}</div>`;
  }

  private table(shown: CounterState[], cls: string) {
    return html`<table class=${cls}>
        ${shown.map(
          (c) => html`<tr class=${c.id === this.highlight ? 'hot' : c.status === 'closed' ? 'closed' : ''} data-counter=${c.id}>
            <td class="num">${c.number}</td>
            <td>${c.name}<br /><span class="state">${c.status === 'closed' ? t('closed') : c.status === 'paused' ? t('paused') : c.ticket ? t('serving') : t('idle')}</span></td>
            <td class="ticket" data-testid="counter-ticket">${c.ticket?.number ?? '–'}</td>
          </tr>`,
        )}
      </table>`;
  }
}
customElements.define('qms-counter-table', CounterTable);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-table': CounterTable;
  }
}
