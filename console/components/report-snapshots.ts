/** Saved self-inspection reports: the list, and one report opened whole to read, print or download. */
import { LitElement, html, nothing } from 'lit';
import type { SelfInspectionReport, SnapshotMeta } from '../../shared/schemas/report-exports.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { inspectionTitle } from '../../shared/report-periods.js';
import { tt } from '../../shared/i18n/report-table-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { breakdownTable, dossierSummary, dossierTable, outcomeTable, reconciliationLine, summaryCards, throughputChart } from '../lib/report-figures.js';
import { dateTime, dmy, int } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';
import { satisfactionBody } from './report-satisfaction.js';
import './report-export-buttons.js';

/** The title in the page's language: the server words it in the office's (Vietnamese). */
const titleOf = (s: { id: string; title: string }) => inspectionTitle(s.id, getLang()) ?? s.title;

export class ReportSnapshots extends LitElement {
  static override properties = {
    office: {},
    openId: {},
    readOnly: { attribute: false },
    list: { state: true },
    report: { state: true },
    error: { state: true },
  };
  declare office: string;
  /** the report to open (from the page address) */
  declare openId: string | undefined;
  /** a supervisor reads the saved reports but makes none */
  declare readOnly: boolean;
  declare list: SnapshotMeta[];
  declare report: SelfInspectionReport | undefined;
  declare error: string | undefined;
  static override styles = reportStyles;

  constructor() {
    super();
    this.list = [];
    this.readOnly = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('office')) void this.load();
    if (changed.has('openId')) void this.open(this.openId);
  }

  private async load(): Promise<void> {
    if (!this.office) return;
    try {
      this.list = (await api<{ snapshots: SnapshotMeta[] }>('GET', `/offices/${this.office}/reports/snapshots`)).snapshots;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private async open(id: string | undefined): Promise<void> {
    // nothing of the report opened before stays under another report's address
    this.report = undefined;
    this.error = undefined;
    if (!id || !this.office) return;
    try {
      const report = await api<SelfInspectionReport>('GET', `/offices/${this.office}/reports/snapshots/${id}`);
      if (id === this.openId) this.report = report;
    } catch (err) {
      if (id === this.openId) this.error = errorText(err);
    }
  }

  private async generate(): Promise<void> {
    try {
      await api('POST', `/offices/${this.office}/reports/snapshots`, { kind: 'week' });
      await this.load();
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    if (this.openId && this.report) return this.renderReport(this.report);
    return html`
      ${this.error ? html`<p class="bad">${this.error}</p>` : nothing}
      <div class="panel">
        <h3>${t('snapshotsTitle')}</h3>
        <p class="muted">${t('snapshotsHint')}</p>
        <div class="scroll"><table data-test="snapshot-list">
          <thead><tr><th>${tt('report')}</th><th>${tt('reportPeriod')}</th><th>${t('generatedAt')}</th><th></th></tr></thead>
          <tbody>${this.list.map(
            (s) => html`<tr><td>${titleOf(s)}</td><td>${dmy(s.from)} – ${dmy(s.to)}</td><td>${dateTime(s.generatedAt)}</td>
              <td><a href="#snapshot/${s.id}" data-test="open-snapshot">${t('open')}</a></td></tr>`,
          )}</tbody>
        </table></div>
        ${this.list.length ? nothing : html`<p class="muted">${t('noSnapshots')}</p>`}
        ${this.readOnly ? nothing : html`<p class="no-print"><button class="secondary" data-test="generate-snapshot" @click=${this.generate}>${t('generateNow')}</button></p>`}
      </div>`;
  }

  private renderReport(r: SelfInspectionReport) {
    return html`
      <div class="row no-print" style="justify-content:space-between">
        <a href="#snapshots">${t('back')}</a>
        <qms-report-export-buttons .office=${this.office} .snapshot=${r.id} .from=${r.from} .to=${r.to}></qms-report-export-buttons>
      </div>
      <article data-test="snapshot">
        <h2>${titleOf(r)}</h2>
        <p>${r.officeName} · ${t('generatedAt')} ${dateTime(r.generatedAt)}</p>
        ${summaryCards(r.summary)} ${reconciliationLine(r.summary)}
        <div class="row top">
          <div class="panel grow"><h3>${tt('serviceOutcomes')}</h3>${outcomeTable(r.summary)}</div>
          <div class="panel grow"><h3>${t('throughput')}</h3><qms-report-chart label=${t('throughput')} .config=${throughputChart(r.byDay)} height="240"></qms-report-chart></div>
        </div>
        <div class="panel"><h3>${tt('byDay')}</h3>${breakdownTable(r.byDay)}</div>
        <div class="panel"><h3>${tt('byService')}</h3>${breakdownTable(r.byService)}</div>
        <div class="panel"><h3>${tt('byCounter')}</h3>${breakdownTable(r.byCounter)}</div>
        <div class="panel"><h3>${tt('byOfficer')}</h3>${breakdownTable(r.byOfficer)}</div>
        <h2>${t('tabSatisfaction')}</h2>
        ${satisfactionBody(r.satisfaction)}
        <div class="panel"><h3>${t('tabComplaints')}</h3>
          <p>${tt('complaintsLine', { received: int(r.complaints.received), resolved: int(r.complaints.resolved), open: int(r.complaints.open) })} <span class=${r.complaints.overdue ? 'bad' : ''}>${int(r.complaints.overdue)}</span>.</p>
        </div>
        <div class="panel"><h3>${t('dossiersTitle')}</h3>${dossierSummary(r.dossiers)}${dossierTable(r.dossiers)}</div>
      </article>`;
  }
}
customElements.define('qms-report-snapshots', ReportSnapshots);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-snapshots': ReportSnapshots;
  }
}
