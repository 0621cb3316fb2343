/**
 * Dossier follow-up: received, resolved, in progress, early/on time/late (from the rollups the desk,
 * the imports and the API feed), the dossiers still open, one dossier's visits and ratings, and the
 * import of the one-stop software's export (leadership; a supervisor only reads the figures).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { dossierSummary, dossierTable } from '../lib/report-figures.js';
import { dmy } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';
import './report-dossier-detail.js';
import './report-dossier-import.js';

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
    opened: { state: true },
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
  /** the dossier whose visits and ratings are shown */
  declare opened: string | undefined;
  static override styles = [
    reportStyles,
    css`
      button.code { background: none; color: var(--qms-navy); border: 0; padding: 2px 0; text-decoration: underline; font-family: ui-monospace, monospace; font-weight: 700; }
    `,
  ];

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
      ${this.opened ? html`<qms-report-dossier-detail .office=${this.office} .code=${this.opened} @close=${() => (this.opened = undefined)}></qms-report-dossier-detail>` : nothing}
      ${this.readOnly ? nothing : this.pendingPanel()}
      ${this.readOnly ? nothing : html`<qms-report-dossier-import .office=${this.office} @dossiers-imported=${() => this.load()}></qms-report-dossier-import>`}
    `;
  }

  private pendingPanel() {
    return html`
      <div class="panel">
        <h3>${t('pendingDossiers')}: ${this.pendingTotal}</h3>
        <div class="scroll"><table data-test="pending-dossiers">
          <thead><tr><th>${t('code')}</th><th style="text-align:left">${t('dossierSubject')}</th><th style="text-align:left">${t('service')}</th><th>${t('received')}</th><th>${t('dueDate')}</th><th class="no-print">${t('actions')}</th></tr></thead>
          <tbody>${this.pending.map(
            (
              x,
            ) => html`<tr><td><button class="code" data-code=${x.code} @click=${() => (this.opened = x.code)}>${x.code}</button></td><td style="text-align:left">${x.title ?? ''}</td><td style="text-align:left">${x.serviceName}</td><td>${dmy(x.receivedDate)}</td><td class=${this.today && x.dueDate < this.today ? 'bad' : ''}>${dmy(x.dueDate)}</td>
              <td class="no-print"><button class="secondary" @click=${() => this.resolve(x.id)}>${t('markResolved')}</button></td></tr>`,
          )}</tbody>
        </table></div>
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
