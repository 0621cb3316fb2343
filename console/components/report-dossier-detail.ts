/** One dossier on the dossiers tab: its dates, and the visits (tickets) that served it with their ratings. */
import { LitElement, html, nothing } from 'lit';
import { t } from '../../shared/i18n/dossier-messages.js';
import { t as rt } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { dateTime, dmy } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';

interface Detail {
  dossier: {
    code: string;
    title?: string;
    status: 'awaiting_data' | 'in_progress' | 'resolved';
    serviceName: string;
    receivedDate?: string;
    dueDate?: string;
    resolvedDate?: string;
    returnedDate?: string;
    outcome?: 'early' | 'onTime' | 'late';
  };
  tickets: {
    id: string;
    number: string;
    date: string;
    serviceName: string;
    counterId?: string;
    officer?: string;
    doneAt?: number;
    rating?: { score: number; comment?: string };
  }[];
}

const SCORE: Parameters<typeof rt>[0][] = ['dissatisfied', 'neutral', 'satisfied', 'verySatisfied'];

export class ReportDossierDetail extends LitElement {
  static override properties = { office: {}, code: {}, data: { state: true }, error: { state: true } };
  declare office: string;
  declare code: string;
  declare data: Detail | undefined;
  declare error: string | undefined;
  static override styles = reportStyles;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('code') && this.code) void this.load();
  }

  private async load(): Promise<void> {
    this.data = undefined;
    try {
      this.data = await api<Detail>('GET', `/offices/${this.office}/dossiers/${encodeURIComponent(this.code)}`);
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    const d = this.data?.dossier;
    if (this.error) return html`<p class="bad">${this.error}</p>`;
    if (!d) return html`<p class="muted">${rt('loading')}</p>`;
    const outcome = d.outcome ? rt(d.outcome) : '';
    return html`<div class="panel" data-test="dossier-detail">
      <div class="row" style="justify-content:space-between">
        <h3 style="margin:0">${t('detailTitle', { code: d.code })}${d.title ? ` – ${d.title}` : ''}</h3>
        <button class="secondary no-print" @click=${() => this.dispatchEvent(new CustomEvent('close'))}>${t('close')}</button>
      </div>
      <p>
        ${
          d.status === 'awaiting_data'
            ? t('awaitingData')
            : html`${d.serviceName} · ${rt('received')} ${dmy(d.receivedDate ?? '')} · ${rt('dueDate')} ${dmy(d.dueDate ?? '')}
              ${d.resolvedDate ? html` · ${rt('dossiersResolved')} ${dmy(d.resolvedDate)} (${outcome})` : html` · ${rt('dossiersInProgress')}`}`
        }
      </p>
      <h3>${t('ticketsTitle')}</h3>
      ${
        this.data!.tickets.length
          ? html`<table data-test="dossier-tickets">
            <thead><tr><th>${t('ticket')}</th><th>${t('day')}</th><th style="text-align:left">${rt('service')}</th><th>${t('counter')}</th><th>${t('officer')}</th><th style="text-align:left">${t('rating')}</th></tr></thead>
            <tbody>${this.data!.tickets.map(
              (x) => html`<tr><td>${x.number}</td><td>${x.doneAt ? dateTime(x.doneAt) : dmy(x.date)}</td><td style="text-align:left">${x.serviceName}</td>
                <td>${x.counterId ?? ''}</td><td>${x.officer ?? ''}</td>
                <td style="text-align:left" class=${x.rating && x.rating.score <= 1 ? 'bad' : ''}>${
                  x.rating
                    ? html`${rt(SCORE[x.rating.score - 1]!)}${x.rating.comment ? html` – «${x.rating.comment}»` : nothing}`
                    : html`<span class="muted">${t('notRated')}</span>`
                }</td></tr>`,
            )}</tbody>
          </table>`
          : html`<p class="muted">${t('noTickets')}</p>`
      }
    </div>`;
  }
}
customElements.define('qms-report-dossier-detail', ReportDossierDetail);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-dossier-detail': ReportDossierDetail;
  }
}
