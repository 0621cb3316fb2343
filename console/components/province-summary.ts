/** The live wall's tiles over the offices shown: offices, people waiting, issued and served today, offices with alerts. */
import { LitElement, css, html } from 'lit';
import { t, type ProvinceWallKey } from '../../shared/i18n/province-wall-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';
import { totals } from '../state/province-rows.js';
import { provinceStyles } from '../styles/province.js';

export class ProvinceSummary extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: LiveOfficeRow[];

  static override styles = [
    provinceStyles,
    css`
      ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 12px; }
      /* a phone: two tiles a line, the alerts tile across the last */
      @media (max-width: 700px) {
        ul { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
        li:last-child { grid-column: 1 / -1; }
      }
      li { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 6px 14px; }
      @media (min-width: 1700px) {
        li { padding: 10px 18px; }
      }
      .label { color: var(--qms-label); font-weight: 600; }
      .value { font-size: calc(var(--big) * 1.45); font-weight: 800; color: var(--qms-navy); line-height: 1.15; }
      li.warn { border: 2px solid var(--qms-red); background: var(--qms-bad-bg-report); }
      li.warn .value { color: var(--qms-red); }
    `,
  ];

  constructor() {
    super();
    this.rows = [];
  }

  override render() {
    const s = totals(this.rows);
    const tiles: [string, ProvinceWallKey, number, boolean][] = [
      ['offices', 'tileOffices', s.offices, false],
      ['waiting', 'tileWaiting', s.waiting, false],
      ['issued', 'tileIssued', s.issued, false],
      ['served', 'tileServed', s.served, false],
      ['alerts', 'tileAlerts', s.withAlerts, s.withAlerts > 0],
    ];
    return html`<ul data-test="province-tiles">
      ${tiles.map(([id, label, value, warn]) => html`<li class=${warn ? 'warn' : ''} data-tile=${id}><div class="label">${t(label)}</div><div class="value num">${formatNumber(value)}</div></li>`)}
    </ul>`;
  }
}
customElements.define('qms-province-summary', ProvinceSummary);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-summary': ProvinceSummary;
  }
}
