/**
 * The monthly province reports (GET /supervision/reports, newest first): each one can be shown in
 * the ranking table (`open-report` with its id) or downloaded as PDF, XLSX or CSV, narrowed to the
 * reader's scope and the group chosen, as the server does.
 */
import { LitElement, css, html, nothing } from 'lit';
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import type { ProvinceReportMeta } from '../../shared/schemas/ranking.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { dateTime } from '../lib/report-format.js';
import { provinceStyles } from '../styles/province.js';

const FORMATS = ['pdf', 'xlsx', 'csv'] as const;

/** A monthly report's file, narrowed to the group shown, in the page's order. */
export function reportFileHref(id: string, format: 'pdf' | 'xlsx' | 'csv', group: string | null, sort: string, bestFirst = true): string {
  const q = new URLSearchParams({ format, lang: getLang(), sort });
  if (group) q.set('group', group);
  if (!bestFirst) q.set('dir', 'worst');
  return `/api/v1/supervision/reports/${id}?${q}`;
}

/** 2026-10 → 10/2026 */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

export class ProvinceReportList extends LitElement {
  static override properties = { group: {}, sort: {}, bestFirst: {}, openId: {}, reports: { state: true }, error: { state: true } };
  declare group: string | null;
  declare sort: string;
  declare bestFirst: boolean;
  /** the report shown in the table, if one is */
  declare openId: string | undefined;
  declare reports: ProvinceReportMeta[] | undefined;
  declare error: string | undefined;

  static override styles = [
    provinceStyles,
    css`
      section { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 10px 16px 12px; margin-top: 16px; }
      h2 { margin: 0; font-size: 1.1em; color: var(--qms-navy); }
      .hint { margin: 2px 0 8px; color: var(--qms-muted); font-size: 0.9em; }
      ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(36em, 100%), 1fr)); gap: 6px 16px; }
      li { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 5px 8px; border: 1px solid var(--qms-line-light); border-radius: 8px; }
      li.open { border: 2px solid var(--qms-navy); background: var(--qms-bg-soft); }
      .month { font-weight: 700; color: var(--qms-navy); flex: none; white-space: nowrap; }
      .made { color: var(--qms-muted); font-size: 0.88em; flex: 1 0 auto; }
      button, a { flex: none; font-size: 0.9em; font-weight: 600; border-radius: 6px; padding: 3px 9px; cursor: pointer; white-space: nowrap; }
      button { background: var(--qms-navy); color: var(--qms-white); border: 0; }
      a { color: var(--qms-navy); border: 1px solid var(--qms-navy); text-decoration: none; }
      a:hover { background: var(--qms-bg-soft); }
      .bad { color: var(--qms-red); font-weight: 700; }
    `,
  ];

  constructor() {
    super();
    this.group = null;
    this.sort = 'satisfactionIndex';
    this.bestFirst = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.reports = (await api<{ reports: ProvinceReportMeta[] }>('GET', '/supervision/reports')).reports;
      this.error = undefined;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  override render() {
    return html`<section data-test="province-reports" aria-labelledby="reports-h">
      <h2 id="reports-h">${rt('reportsTitle')}</h2>
      <p class="hint">${rt('reportsHint')}</p>
      ${this.error ? html`<p class="bad" role="alert">${this.error}</p>` : nothing}
      ${
        this.reports === undefined
          ? html`<p class="muted">${rt('loading')}</p>`
          : this.reports.length
            ? html`<ul>
                ${this.reports.map((r) => this.item(r))}
              </ul>`
            : html`<p class="muted">${rt('reportsNone')}</p>`
      }
    </section>`;
  }

  private item(r: ProvinceReportMeta) {
    const month = monthLabel(r.month);
    return html`<li data-report=${r.id} class=${this.openId === r.id ? 'open' : ''}>
      <span class="month">${rt('reportMonth', { month })}</span>
      <span class="made">${rt('reportMade', { at: dateTime(r.generatedAt) })}</span>
      <button type="button" data-test="open-report" aria-pressed=${this.openId === r.id ? 'true' : 'false'} @click=${() => this.open(r.id)}>${rt('reportOpen')}</button>
      ${FORMATS.map(
        (f) =>
          html`<a href=${reportFileHref(r.id, f, this.group, this.sort, this.bestFirst)} download data-format=${f} aria-label=${rt('reportFile', { month, format: f.toUpperCase() })}
            >${f.toUpperCase()}</a
          >`,
      )}
    </li>`;
  }

  private open(id: string): void {
    this.dispatchEvent(new CustomEvent<string>('open-report', { detail: id }));
  }
}
customElements.define('qms-province-report-list', ProvinceReportList);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-report-list': ProvinceReportList;
  }
}
