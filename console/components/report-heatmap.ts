/** Arrivals by weekday and hour as a colour-scaled table (darker = more citizens), Monday first. */
import { LitElement, css, html } from 'lit';
import type { HeatmapReport } from '../../shared/schemas/report-figures.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { tt } from '../../shared/i18n/report-table-messages.js';
import { WEEKDAY_SHORT } from '../../shared/i18n/report-label-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { dec } from '../lib/report-format.js';

const DAYS = [1, 2, 3, 4, 5, 6, 0];

export class ReportHeatmap extends LitElement {
  static override properties = { data: { attribute: false } };
  declare data: HeatmapReport | undefined;

  static override styles = css`
    :host { display: block; overflow-x: auto; break-inside: avoid; }
    table { border-collapse: separate; border-spacing: 2px; font-size: 13px; }
    th { font-weight: 600; color: var(--qms-navy); padding: 2px 4px; }
    td { width: 34px; height: 28px; text-align: center; border-radius: 4px; }
    .legend { margin-top: 6px; font-size: 13px; color: var(--qms-label); }
    @media print { td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
  `;

  override render() {
    const d = this.data;
    if (!d) return html``;
    // average per day of that weekday, so a range with three Mondays and two Sundays compares fairly
    const avg = (w: number, h: number) => (d.weekdayDays[w] ? d.cells[w]![h]! / d.weekdayDays[w]! : 0);
    const hours = [...Array(24).keys()].filter((h) => DAYS.some((w) => d.cells[w]![h]! > 0));
    const span = hours.length ? [...Array(hours[hours.length - 1]! - hours[0]! + 1).keys()].map((i) => i + hours[0]!) : [];
    let max = 0;
    for (const w of DAYS) for (const h of span) max = Math.max(max, avg(w, h));
    const color = (v: number) => {
      if (!v || !max) return 'var(--qms-bg-reports)';
      const a = 0.12 + 0.88 * (v / max);
      return `color-mix(in srgb, var(--qms-red) ${Math.round(a * 100)}%, transparent)`;
    };
    return html`<table aria-label=${tt('heatmapLabel')}>
        <thead><tr><th>${t('weekdayHour')}</th>${span.map((h) => html`<th>${h}h</th>`)}</tr></thead>
        <tbody>
          ${DAYS.map(
            (w) =>
              html`<tr><th>${WEEKDAY_SHORT[getLang()][w]}</th>${span.map((h) => {
                const v = avg(w, h);
                return html`<td style="background:${color(v)};color:${v / max > 0.55 ? 'var(--qms-white)' : 'var(--qms-ink)'}" title=${tt('heatmapCell', { day: WEEKDAY_SHORT[getLang()][w]!, h, v: dec(v, 1) })}>${v ? dec(v, v < 10 ? 1 : 0) : ''}</td>`;
              })}</tr>`,
          )}
        </tbody>
      </table>
      <div class="legend">${tt('heatmapLegend')}</div>`;
  }
}
customElements.define('qms-report-heatmap', ReportHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-heatmap': ReportHeatmap;
  }
}
