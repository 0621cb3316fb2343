/** The satisfaction tab: four-level and official three-level views, the nine criteria, groups, 766 rates, comments. */
import { LitElement, html, nothing } from 'lit';
import type { CommentItem, RatingFigures, SatisfactionReport } from '../../shared/schemas/report-figures.js';
import { t as dt } from '../../shared/i18n/dossier-messages.js';
import { CRITERION_NAMES, CRITERION_SHORT_NAMES, t } from '../../shared/i18n/reports-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { tt } from '../../shared/i18n/report-table-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { COLORS } from './report-chart.js';
import { dateTime, dec, int, pct, shareTone } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';
import './report-chart.js';

export function distributionChart(r: RatingFigures) {
  return {
    type: 'bar' as const,
    data: {
      labels: [t('verySatisfied'), t('satisfied'), t('neutral'), t('dissatisfied')],
      datasets: [
        {
          label: t('ratingsCount'),
          data: [r.distribution[4], r.distribution[3], r.distribution[2], r.distribution[1]],
          backgroundColor: [COLORS.green, COLORS.lightGreen, COLORS.gold, COLORS.red],
        },
      ],
    },
    options: { plugins: { legend: { display: false } } },
  };
}

export function officialChart(r: RatingFigures) {
  return {
    type: 'doughnut' as const,
    data: {
      labels: [t('verySatisfied'), t('satisfied'), t('dissatisfied')],
      datasets: [
        { data: [r.official.verySatisfied, r.official.satisfied, r.official.dissatisfied], backgroundColor: [COLORS.green, COLORS.lightGreen, COLORS.red] },
      ],
    },
  };
}

const groupName = (by: SatisfactionReport['by']) => t(by === 'service' ? 'service' : by === 'counter' ? 'counter' : 'officer');

export function satisfactionBody(s: SatisfactionReport, comments?: CommentItem[]) {
  const r = s.total.ratings;
  const rates = s.rates766;
  return html`
    <div class="cards">
      <div class="card ${shareTone(r.satisfactionIndex, 0.8)}"><div class="label">${t('satisfactionIndex')}</div><div class="value">${pct(r.satisfactionIndex)}</div><div class="sub">${t('ratingCount', { n: int(r.count) })}</div></div>
      <div class="card"><div class="label">${tt('meanScore')}</div><div class="value">${dec(r.mean, 2)}</div></div>
      <div class="card ${shareTone(rates.onTimeRate, 1)}"><div class="label">${t('onTimeRate')}</div><div class="value">${pct(rates.onTimeRate)}</div><div class="sub">${tt('complaintDeadlines', { onTime: int(rates.onTime), late: int(rates.late), pending: int(rates.pending) })}</div></div>
      <div class="card"><div class="label">${t('feedbackOkRate')}</div><div class="value">${pct(rates.feedbackOkRate)}</div><div class="sub">${t('rates766')}</div></div>
    </div>
    <div class="row top">
      <div class="panel grow"><h3>${t('distribution')}</h3><qms-report-chart label=${t('distribution')} .config=${distributionChart(r)} height="240"></qms-report-chart></div>
      <div class="panel grow"><h3>${t('official')}</h3><qms-report-chart label=${t('official')} .config=${officialChart(r)} height="240"></qms-report-chart><p class="muted">${t('neutralAs', { as: s.neutralCountsAs })}</p></div>
    </div>
    <div class="panel">
      <h3>${t('criteria')}</h3>
      <div class="scroll"><table data-test="criteria">
        <thead><tr><th>${tt('criterion')}</th><th>${tt('answers')}</th><th>${t('verySatisfied')}</th><th>${t('satisfied')}</th><th>${t('dissatisfied')}</th><th colspan="2">${t('satisfiedShare')}</th></tr></thead>
        <tbody>${s.total.criteria.map(
          (
            c,
          ) => html`<tr><td>${CRITERION_NAMES[c.id][getLang()]}</td><td>${int(c.count)}</td><td>${int(c.levels[2])}</td><td>${int(c.levels[1])}</td><td class=${c.levels[0] ? 'bad' : ''}>${int(c.levels[0])}</td><td>${pct(c.satisfiedShare)}</td>
            <td style="width:160px"><div class="bar ${c.satisfiedShare !== null && c.satisfiedShare < 0.8 ? 'warn' : ''}"><span style="width:${(c.satisfiedShare ?? 0) * 100}%"></span></div></td></tr>`,
        )}</tbody>
      </table></div>
    </div>
    ${
      s.groups.length
        ? html`<div class="panel"><h3>${tt(s.by === 'service' ? 'byService' : s.by === 'counter' ? 'byCounter' : 'byOfficer')}</h3>
          <div class="scroll"><table data-test="satisfaction-groups">
            <thead><tr><th>${groupName(s.by)}</th><th>${tt('ratingsColumn')}</th><th>${t('verySatisfied')}</th><th>${t('satisfied')}</th><th>${t('neutral')}</th><th>${t('dissatisfied')}</th><th>${t('satisfactionIndex')}</th></tr></thead>
            <tbody>${s.groups.map(
              (g) =>
                html`<tr><td>${g.label}</td><td>${int(g.ratings.count)}</td><td>${int(g.ratings.distribution[4])}</td><td>${int(g.ratings.distribution[3])}</td><td>${int(g.ratings.distribution[2])}</td><td class=${g.ratings.distribution[1] ? 'bad' : ''}>${int(g.ratings.distribution[1])}</td><td>${pct(g.ratings.satisfactionIndex)}</td></tr>`,
            )}</tbody>
          </table></div>
          <h3>${tt('criteriaShares')}</h3>
          <div class="scroll"><table data-test="criteria-groups">
            <thead><tr><th>${groupName(s.by)}</th>${s.total.criteria.map((c) => html`<th title=${CRITERION_NAMES[c.id][getLang()]}>${CRITERION_SHORT_NAMES[c.id][getLang()]}</th>`)}</tr></thead>
            <tbody>${s.groups.map(
              (g) =>
                html`<tr><td>${g.label}</td>${g.criteria.map((c) => html`<td class=${c.satisfiedShare !== null && c.satisfiedShare < 0.8 ? 'bad' : ''}>${c.count ? pct(c.satisfiedShare) : '–'}</td>`)}</tr>`,
            )}</tbody>
          </table></div></div>`
        : nothing
    }
    ${
      comments
        ? html`<div class="panel"><h3>${t('comments')}</h3>
          ${
            comments.length
              ? html`<div class="scroll"><table data-test="comments"><thead><tr><th>${tt('comment')}</th><th>${tt('rating')}</th><th>${tt('serviceColumn')}</th><th>${tt('counterColumn')}</th><th>${dt('dossiersOf')}</th><th>${tt('time')}</th></tr></thead><tbody>
            ${comments.map((c) => html`<tr><td>${c.comment}</td><td class=${c.score <= 1 ? 'bad' : ''}>${[t('dissatisfied'), t('neutral'), t('satisfied'), t('verySatisfied')][c.score - 1]}</td><td>${c.serviceName}</td><td>${c.counterId ?? ''}</td><td data-test="comment-dossiers">${c.dossiers?.join(', ') ?? ''}</td><td>${dateTime(c.at)}</td></tr>`)}
          </tbody></table></div>`
              : html`<p class="muted">${t('noData')}</p>`
          }</div>`
        : nothing
    }
  `;
}

export class ReportSatisfaction extends LitElement {
  static override properties = { office: {}, from: {}, to: {}, by: { state: true }, data: { state: true }, comments: { state: true }, error: { state: true } };
  declare office: string;
  declare from: string;
  declare to: string;
  declare by: 'service' | 'counter' | 'officer';
  declare data: SatisfactionReport | undefined;
  declare comments: CommentItem[] | undefined;
  declare error: string | undefined;
  static override styles = reportStyles;

  constructor() {
    super();
    this.by = 'service';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('from') || changed.has('to') || changed.has('office') || changed.has('by')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.office || !this.from || !this.to) return;
    try {
      const q = `from=${this.from}&to=${this.to}`;
      const [data, comments] = await Promise.all([
        api<SatisfactionReport>('GET', `/offices/${this.office}/reports/satisfaction?${q}&by=${this.by}`),
        api<{ comments: CommentItem[] }>('GET', `/offices/${this.office}/reports/comments?${q}&limit=40`),
      ]);
      this.data = data;
      this.comments = comments.comments;
      this.error = undefined;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    return html`
      <div class="row no-print">
        <label>${t('groupBy')}
          <select @change=${(e: Event) => (this.by = (e.target as HTMLSelectElement).value as never)}>
            ${(['service', 'counter', 'officer'] as const).map((b) => html`<option value=${b} ?selected=${this.by === b}>${t(b)}</option>`)}
          </select>
        </label>
      </div>
      ${this.error ? html`<p class="bad">${this.error}</p>` : nothing}
      ${this.data ? satisfactionBody(this.data, this.comments) : html`<p class="muted">${t('loading')}</p>`}
    `;
  }
}
customElements.define('qms-report-satisfaction', ReportSatisfaction);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-satisfaction': ReportSatisfaction;
  }
}
