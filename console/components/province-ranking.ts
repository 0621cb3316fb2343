/**
 * The ranking tab of the province page (#ranking): every office of the supervisor's scope ranked
 * over a period (GET /supervision/ranking) or as a monthly province report made it
 * (GET /supervision/reports/:id), with the period, the group, the sorted column and its direction
 * in the address. It first reads the scope's live rows once (GET /supervision/live), for the
 * groups to offer and for the province's today (the server's clock in Vietnam, never the
 * browser's), which the period presets count from.
 */
import { LitElement, css, html, nothing } from 'lit';
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { officeDate } from '../../shared/office-time.js';
import type { ProvinceReport, RankingReport } from '../../shared/schemas/ranking.js';
import type { SupervisionLive } from '../../shared/schemas/supervision.js';
import { api, ApiError, errorText } from '../../shared/ui/api-client.js';
import { rankingQuery, readChoice, writeChoice, type RankingChoice } from '../lib/ranking-address.js';
import { dmy } from '../lib/ranking-periods.js';
import { dateTime } from '../lib/report-format.js';
import { provinceStyles } from '../styles/province.js';
import { monthLabel } from './province-report-list.js';
import type { SortChange } from './province-ranking-table.js';
import type { PeriodChange } from './ranking-period-picker.js';
import './province-ranking-table.js';
import './province-report-list.js';
import './ranking-period-picker.js';

/** The province's zone: the deployment's offices share it (server/supervision/province-report-job.ts). */
const PROVINCE_ZONE = 'Asia/Ho_Chi_Minh';
const EXPORTS = ['csv', 'xlsx', 'pdf'] as const;

export class ProvinceRanking extends LitElement {
  static override properties = {
    today: { state: true },
    groups: { state: true },
    choice: { state: true },
    report: { state: true },
    busy: { state: true },
    error: { state: true },
    missing: { state: true },
  };
  declare today: string | undefined;
  declare groups: string[];
  declare choice: RankingChoice | undefined;
  declare report: RankingReport | ProvinceReport | undefined;
  declare busy: boolean;
  declare error: string | undefined;
  /** the monthly report asked for is not among those made */
  declare missing: boolean;
  /** answers to an older choice are dropped */
  private asked = 0;

  static override styles = [
    provinceStyles,
    css`
      :host { font-size: 15px; }
      @media (min-width: 1700px) {
        :host { font-size: 16px; }
      }
      .bar { display: flex; flex-wrap: wrap; gap: 10px 24px; align-items: end; margin: 4px 0 10px; }
      .bar > label { display: flex; flex-direction: column; gap: 2px; font-weight: 600; color: var(--qms-label); font-size: 0.9em; }
      select { border: 2px solid var(--qms-field-line); border-radius: 8px; padding: 5px 8px; background: var(--qms-white); color: var(--qms-ink); min-width: 13em; }
      .exports { margin-left: auto; display: flex; gap: 6px; align-items: center; }
      .exports span { font-weight: 600; color: var(--qms-label); margin-right: 2px; }
      .exports a { background: var(--qms-navy); color: var(--qms-white); border-radius: 8px; padding: 6px 14px; font-weight: 700; text-decoration: none; }
      .exports a:hover { background-image: linear-gradient(rgb(255 255 255 / 0.15), rgb(255 255 255 / 0.15)); }
      .line { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: center; margin: 0 0 8px; }
      .period { font-weight: 700; color: var(--qms-navy); }
      .legend { color: var(--qms-muted); font-size: 0.85em; margin: 6px 0 0; }
      .banner { display: flex; gap: 12px; align-items: center; background: var(--qms-info-bg); border: 2px solid var(--qms-gold); border-radius: 10px; padding: 6px 12px; margin: 0 0 8px; font-weight: 600; }
      .banner button { background: var(--qms-navy); color: var(--qms-white); border: 0; border-radius: 6px; padding: 4px 12px; font-weight: 700; cursor: pointer; }
      .error { color: var(--qms-red); font-weight: 700; }
    `,
  ];

  constructor() {
    super();
    this.groups = [];
    this.busy = false;
    this.missing = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const live = await api<SupervisionLive>('GET', '/supervision/live', undefined, { timeoutMs: 30_000 });
      const groups = new Set(live.offices.flatMap((o) => (o.group === null ? [] : [o.group])));
      this.groups = [...groups].sort((a, b) => a.localeCompare(b, 'vi'));
      this.today = officeDate(live.serverTime, PROVINCE_ZONE);
      this.choose(readChoice(location.search, this.today, this.groups));
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private choose(choice: RankingChoice): void {
    this.choice = choice;
    writeChoice(choice);
    void this.load(choice);
  }

  private async load(c: RankingChoice): Promise<void> {
    const n = ++this.asked;
    this.busy = true;
    // a new request: the previous one's error is no longer what the page shows
    this.error = undefined;
    this.missing = false;
    const path = c.reportId ? `/supervision/reports/${c.reportId}` : '/supervision/ranking';
    try {
      const report = await api<RankingReport>('GET', `${path}?${rankingQuery(c)}`, undefined, { timeoutMs: 60_000 });
      if (n !== this.asked) return;
      this.report = report;
      this.error = undefined;
      this.missing = false;
    } catch (err) {
      if (n !== this.asked) return;
      this.missing = Boolean(c.reportId) && err instanceof ApiError && err.status === 404;
      this.error = this.missing ? undefined : errorText(err);
      // what was shown belongs to another choice: neither it nor its downloads stay under this one's name
      this.report = undefined;
    } finally {
      if (n === this.asked) this.busy = false;
    }
  }

  private exportHref(format: (typeof EXPORTS)[number]): string {
    const c = this.choice!;
    // the file in the page's order
    const q = rankingQuery(c, { format, lang: getLang(), ...(c.bestFirst ? {} : { dir: 'worst' }) });
    return c.reportId ? `/api/v1/supervision/reports/${c.reportId}?${q}` : `/api/v1/supervision/ranking/export?${q}`;
  }

  override render() {
    const c = this.choice;
    if (!c || !this.today) return this.error ? html`<p class="error" role="alert">${this.error}</p>` : html`<p class="muted">${rt('loading')}</p>`;
    const r = this.report;
    return html`
      <div class="bar" role="group" aria-label=${rt('controls')}>
        <qms-ranking-period-picker
          .kind=${c.reportId ? 'custom' : c.kind}
          .from=${c.reportId && r ? r.from : c.from}
          .to=${c.reportId && r ? r.to : c.to}
          .today=${this.today}
          @period-change=${(e: CustomEvent<PeriodChange>) => this.choose({ ...c, ...e.detail, reportId: undefined })}
        ></qms-ranking-period-picker>
        <label
          >${rt('groupFilter')}
          <select data-test="ranking-group" @change=${(e: Event) => this.choose({ ...c, group: (e.target as HTMLSelectElement).value || null })}>
            <option value="" ?selected=${!c.group}>${rt('allGroups')}</option>
            ${this.groups.map((g) => html`<option value=${g} ?selected=${c.group === g}>${g}</option>`)}
          </select>
        </label>
      </div>
      ${c.reportId && r && 'month' in r ? this.banner(r, c) : nothing}
      ${
        this.missing && c.reportId
          ? html`<div class="banner" role="alert" data-test="report-missing">
              <span>${rt('reportMissing', { month: monthLabel(c.reportId.slice('month-'.length)) })}</span>
              <button type="button" data-test="back-to-period" @click=${() => this.choose({ ...c, reportId: undefined })}>${rt('backToPeriod')}</button>
            </div>`
          : nothing
      }
      ${r ? this.line(r) : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        r
          ? html`<qms-province-ranking-table
              .report=${r}
              .bestFirst=${c.bestFirst}
              .busy=${this.busy}
              @sort-change=${(e: CustomEvent<SortChange>) => this.choose({ ...c, sort: e.detail.key, bestFirst: e.detail.bestFirst })}
            ></qms-province-ranking-table>
            <p class="legend">${rt('legend')}</p>`
          : this.error || this.missing
            ? nothing
            : html`<p class="muted">${rt('loading')}</p>`
      }
      <qms-province-report-list
        .group=${c.group}
        .sort=${c.sort}
        .bestFirst=${c.bestFirst}
        .openId=${c.reportId}
        @open-report=${(e: CustomEvent<string>) => this.choose({ ...c, reportId: e.detail })}
      ></qms-province-report-list>
    `;
  }

  /** The period shown and compared with, and the downloads of what is shown. */
  private line(r: RankingReport | ProvinceReport) {
    return html`<div class="line">
        <span class="period" data-test="period-line"
          >${rt('periodLine', { from: dmy(r.from), to: dmy(r.to), pFrom: dmy(r.previousFrom), pTo: dmy(r.previousTo) })}</span
        >
        <div class="exports">
          <span>${rt('download')}</span>
          ${EXPORTS.map(
            (f) =>
              html`<a data-test="export-${f}" href=${this.exportHref(f)} download title=${rt('exportAs', { format: f.toUpperCase() })}>${f.toUpperCase()}</a>`,
          )}
        </div>
      </div>`;
  }

  private banner(r: ProvinceReport, c: RankingChoice) {
    return html`<div class="banner" role="status" data-test="viewing-report">
      <span>${rt('viewingReport', { month: monthLabel(r.month), at: dateTime(r.generatedAt) })}</span>
      <button type="button" @click=${() => this.choose({ ...c, reportId: undefined })}>${rt('backToPeriod')}</button>
    </div>`;
  }
}
customElements.define('qms-province-ranking', ProvinceRanking);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-ranking': ProvinceRanking;
  }
}
