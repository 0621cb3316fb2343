/** The range report: totals, reconciliation, charts, arrivals heatmap and the grouped table. */
import { LitElement, html, nothing } from 'lit';
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import type { BreakdownReport, HeatmapReport, SummaryReport } from '../../shared/schemas/report-figures.js';
import { GROUPINGS, type Grouping } from '../../shared/schemas/report-queries.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { tt } from '../../shared/i18n/report-table-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { breakdownTable, dossierSummary, labelOf, outcomeTable, reconciliationLine, summaryCards, throughputChart, waitChart } from '../lib/report-figures.js';
import { dmy, minutes } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';
import './report-chart.js';
import './report-heatmap.js';
import './report-export-buttons.js';
import './report-bookings.js';

export class ReportPeriod extends LitElement {
  static override properties = {
    office: {},
    from: {},
    to: {},
    by: { state: true },
    summary: { state: true },
    breakdown: { state: true },
    heatmap: { state: true },
    dossiers: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare from: string;
  declare to: string;
  declare by: Grouping;
  declare summary: SummaryReport | undefined;
  declare breakdown: BreakdownReport | undefined;
  declare heatmap: HeatmapReport | undefined;
  declare dossiers: DossierReport | undefined;
  declare error: string | undefined;
  static override styles = reportStyles;

  constructor() {
    super();
    this.by = 'day';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('from') || changed.has('to') || changed.has('office')) {
      const days = (Date.parse(`${this.to}T00:00:00Z`) - Date.parse(`${this.from}T00:00:00Z`)) / 86_400_000 + 1;
      if (changed.has('from') && ['day', 'week', 'month'].includes(this.by)) this.by = days > 400 ? 'month' : days > 62 ? 'week' : 'day';
      void this.load(true);
    } else if (changed.has('by')) void this.load(false);
  }

  private async load(all: boolean): Promise<void> {
    if (!this.office || !this.from || !this.to) return;
    const q = `from=${this.from}&to=${this.to}`;
    const base = `/offices/${this.office}/reports`;
    try {
      const [breakdown, rest] = await Promise.all([
        api<BreakdownReport>('GET', `${base}/breakdown?${q}&by=${this.by}`, undefined, { timeoutMs: 60_000 }),
        all
          ? Promise.all([
              api<SummaryReport>('GET', `${base}/summary?${q}`, undefined, { timeoutMs: 60_000 }),
              api<HeatmapReport>('GET', `${base}/heatmap?${q}`, undefined, { timeoutMs: 60_000 }),
              api<DossierReport>('GET', `${base}/dossiers?${q}`, undefined, { timeoutMs: 60_000 }),
            ])
          : undefined,
      ]);
      this.breakdown = breakdown;
      if (rest) [this.summary, this.heatmap, this.dossiers] = rest;
      this.error = undefined;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    const s = this.summary;
    const b = this.breakdown;
    return html`
      <div class="row no-print" style="justify-content:space-between">
        <label>${t('groupBy')}
          <select data-test="group-by" @change=${(e: Event) => (this.by = (e.target as HTMLSelectElement).value as Grouping)}>
            ${GROUPINGS.map((g) => html`<option value=${g} ?selected=${this.by === g}>${labelOf(g)}</option>`)}
          </select>
        </label>
        <qms-report-export-buttons .office=${this.office} .from=${this.from} .to=${this.to} .by=${this.by}></qms-report-export-buttons>
      </div>
      ${this.error ? html`<p class="bad">${this.error}</p>` : nothing}
      ${
        s
          ? html`<h2>${tt('summaryFromTo', { from: dmy(this.from), to: dmy(this.to) })}</h2>
            ${summaryCards(s)} ${reconciliationLine(s)}
            <div class="row top">
              <div class="panel grow"><h3>${tt('serviceOutcomes')}</h3>${outcomeTable(s)}</div>
              <div class="panel grow"><h3>${tt('waitAndService', { wait: t('waitTime'), service: t('serviceTime').toLowerCase() })}</h3>
                <table>
                  <thead><tr><th>${t('measure')}</th><th>${t('mean')}</th><th>${t('median')}</th><th>${tt('p90AtMost')}</th></tr></thead>
                  <tbody>
                    <tr><td>${t('waitTime')}</td><td>${minutes(s.wait.mean)}</td><td>${minutes(s.wait.median)}</td><td>${minutes(s.wait.p90)}${s.wait.p90Overflow ? '+' : ''}</td></tr>
                    <tr><td>${t('serviceTime')}</td><td>${minutes(s.service.mean)}</td><td>${minutes(s.service.median)}</td><td>${minutes(s.service.p90)}</td></tr>
                  </tbody>
                </table>
                <p class="muted">${tt('medianHint')}</p>
              </div>
            </div>
            <qms-report-bookings .office=${this.office} .from=${this.from} .to=${this.to} .figures=${s.bookings}></qms-report-bookings>`
          : html`<p class="muted">${t('loading')}</p>`
      }
      ${
        b
          ? html`<div class="row top">
              <div class="panel grow"><h3>${t('throughput')} – ${tt('byGrouping', { by: labelOf(b.by).toLowerCase() })}</h3><qms-report-chart label="${t('throughput')} – ${tt('byGrouping', { by: labelOf(b.by).toLowerCase() })}" .config=${throughputChart(b)}></qms-report-chart></div>
              <div class="panel grow"><h3>${t('waitChart')} – ${tt('byGrouping', { by: labelOf(b.by).toLowerCase() })}</h3><qms-report-chart label="${t('waitChart')} – ${tt('byGrouping', { by: labelOf(b.by).toLowerCase() })}" .config=${waitChart(b)}></qms-report-chart></div>
            </div>
            <div class="panel"><h3>${tt('detailBy', { by: labelOf(b.by).toLowerCase() })}</h3>${breakdownTable(b)}</div>`
          : nothing
      }
      ${this.heatmap ? html`<div class="panel"><h3>${t('heatmap')}</h3><qms-report-heatmap .data=${this.heatmap}></qms-report-heatmap></div>` : nothing}
      ${this.dossiers ? html`<div class="panel"><h3>${t('dossiersTitle')}</h3>${dossierSummary(this.dossiers)}</div>` : nothing}
    `;
  }
}
customElements.define('qms-report-period', ReportPeriod);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-period': ReportPeriod;
  }
}
