/** Dossier follow-up: received, resolved, in progress, early/on time/late, and the dossiers still open. */
import { LitElement, html, nothing } from 'lit';
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { dossierSummary, dossierTable } from '../lib/report-figures.js';
import { dmy } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';

interface Dossier {
  id: string;
  code: string;
  title?: string;
  dueDate: string;
  serviceId: string;
  /** the service's name on the day the dossier was received */
  serviceName: string;
  receivedDate: string;
  officer: string;
}

export class ReportDossiers extends LitElement {
  static override properties = {
    office: {},
    from: {},
    to: {},
    today: {},
    readOnly: { attribute: false },
    data: { state: true },
    pending: { state: true },
    pendingTotal: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare from: string;
  declare to: string;
  declare today: string;
  /** a supervisor reads the figures; the open dossiers list is the office staff's work */
  declare readOnly: boolean;
  declare data: DossierReport | undefined;
  declare pending: Dossier[];
  declare pendingTotal: number;
  declare error: string | undefined;
  static override styles = reportStyles;

  constructor() {
    super();
    this.pending = [];
    this.pendingTotal = 0;
    this.readOnly = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('from') || changed.has('to') || changed.has('office')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.office || !this.from) return;
    try {
      const [data, pending] = await Promise.all([
        api<DossierReport>('GET', `/offices/${this.office}/reports/dossiers?from=${this.from}&to=${this.to}`),
        this.readOnly ? undefined : api<{ dossiers: Dossier[]; total: number }>('GET', `/offices/${this.office}/dossiers?status=in_progress&limit=25`),
      ]);
      this.data = data;
      this.pending = pending?.dossiers ?? [];
      this.pendingTotal = pending?.total ?? 0;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private async resolve(id: string): Promise<void> {
    try {
      await api('POST', `/offices/${this.office}/dossiers/${encodeURIComponent(id)}/resolve`, {});
      await this.load();
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    const d = this.data;
    return html`
      ${this.error ? html`<p class="bad">${this.error}</p>` : nothing}
      ${
        d
          ? html`<div class="panel"><h3>${t('dossiersTitle')} (${dmy(d.from)} – ${dmy(d.to)})</h3>${dossierSummary(d)}${dossierTable(d)}
            <p class="muted">${t('dossiersHint')}</p></div>`
          : html`<p class="muted">${t('loading')}</p>`
      }
      ${this.readOnly ? nothing : this.pendingPanel()}
    `;
  }

  private pendingPanel() {
    return html`
      <div class="panel">
        <h3>${t('pendingDossiers')}: ${this.pendingTotal}</h3>
        <table data-test="pending-dossiers">
          <thead><tr><th>${t('code')}</th><th style="text-align:left">${t('dossierSubject')}</th><th style="text-align:left">${t('service')}</th><th>${t('received')}</th><th>${t('dueDate')}</th><th class="no-print">${t('actions')}</th></tr></thead>
          <tbody>${this.pending.map(
            (
              x,
            ) => html`<tr><td>${x.code}</td><td style="text-align:left">${x.title ?? ''}</td><td style="text-align:left">${x.serviceName}</td><td>${dmy(x.receivedDate)}</td><td class=${this.today && x.dueDate < this.today ? 'bad' : ''}>${dmy(x.dueDate)}</td>
              <td class="no-print"><button class="secondary" @click=${() => this.resolve(x.id)}>${t('markResolved')}</button></td></tr>`,
          )}</tbody>
        </table>
      </div>
    `;
  }
}
customElements.define('qms-report-dossiers', ReportDossiers);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-dossiers': ReportDossiers;
  }
}
