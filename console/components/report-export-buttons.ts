/**
 * Export and print buttons. Up to 120 days the file is built on the request; a longer range runs
 * as a background job whose progress is shown until the file is ready (a supervisor's too: it
 * changes nothing of the office).
 */
import { LitElement, css, html, nothing } from 'lit';
import { SYNC_EXPORT_DAYS, type ExportJobStatus } from '../../shared/schemas/report-exports.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { reportStyles } from '../styles/report.js';

export class ReportExportButtons extends LitElement {
  static override properties = {
    office: {},
    from: {},
    to: {},
    by: {},
    snapshot: {},
    job: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare from: string;
  declare to: string;
  declare by: string;
  /** a saved self-inspection report id: export that instead of a range */
  declare snapshot: string | undefined;
  declare job: ExportJobStatus | undefined;
  declare error: string | undefined;
  static override styles = [
    reportStyles,
    css`
      /* the file a job made, named, looks like the buttons that asked for it */
      a.ready { display: inline-block; padding: 7px 14px; border: 2px solid var(--qms-ok); border-radius: 8px; color: var(--qms-ok); font-weight: 600; text-decoration: none; }
    `,
  ];

  /** the export being followed: a newer one (or another range) makes an older poll's answers stale */
  private asked = 0;

  override willUpdate(changed: Map<string, unknown>): void {
    // a file is of the range, grouping and office it was asked for: another choice drops its link
    if (['office', 'from', 'to', 'by', 'snapshot'].some((k) => changed.has(k) && changed.get(k) !== undefined)) {
      this.asked++;
      this.job = undefined;
      this.error = undefined;
    }
  }

  override render() {
    return html`<div class="row no-print">
      <button class="secondary" data-test="export-csv" @click=${() => this.export('csv')}>⬇ ${t('exportCsv')}</button>
      <button class="secondary" data-test="export-xlsx" @click=${() => this.export('xlsx')}>⬇ ${t('exportXlsx')}</button>
      <button class="secondary" data-test="print" @click=${() => window.print()}>🖨 ${t('print')}</button>
      ${
        this.job && this.job.state !== 'completed'
          ? html`<span role="status">${t('exporting')} ${this.job.progress}% <progress max="100" value=${this.job.progress}></progress></span>`
          : nothing
      }
      ${
        this.job?.state === 'completed'
          ? html`<a class="ready" data-test="export-ready" href=${`/api/v1/offices/${this.office}/reports/exports/${this.job.id}/file`}
              >⬇ ${t('download')} ${this.job.filename ?? ''}</a
            >`
          : nothing
      }
      ${this.error ? html`<span class="bad">${this.error}</span>` : nothing}
    </div>`;
  }

  private days(): number {
    return (Date.parse(`${this.to}T00:00:00Z`) - Date.parse(`${this.from}T00:00:00Z`)) / 86_400_000 + 1;
  }

  private async export(format: 'csv' | 'xlsx'): Promise<void> {
    this.error = undefined;
    if (this.snapshot) {
      location.href = `/api/v1/offices/${this.office}/reports/snapshots/${this.snapshot}?format=${format}`;
      return;
    }
    const by = ['day', 'week', 'month', 'quarter', 'year', 'weekday'].includes(this.by) ? this.by : 'day';
    if (this.days() <= SYNC_EXPORT_DAYS) {
      location.href = `/api/v1/offices/${this.office}/reports/export?from=${this.from}&to=${this.to}&format=${format}&by=${by}`;
      return;
    }
    const asked = ++this.asked;
    const office = this.office;
    const current = () => asked === this.asked;
    this.job = undefined;
    try {
      let job = await api<ExportJobStatus>('POST', `/offices/${office}/reports/exports`, { from: this.from, to: this.to, format, by });
      while (current() && (job.state === 'waiting' || job.state === 'active')) {
        this.job = job;
        await new Promise((r) => setTimeout(r, 700));
        job = await api<ExportJobStatus>('GET', `/offices/${office}/reports/exports/${job.id}`);
      }
      if (!current()) return;
      this.job = job;
      if (job.state === 'failed') this.error = job.error ?? 'export failed';
    } catch (err) {
      if (current()) this.error = errorText(err);
    }
  }
}
customElements.define('qms-report-export-buttons', ReportExportButtons);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-export-buttons': ReportExportButtons;
  }
}
