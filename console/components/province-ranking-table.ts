/**
 * The ranking table: every office of the report in the API's rank order (best first, or reversed
 * with the unranked still last), its figures with their change against the previous period, and
 * the total and median office pinned under them. A heading ranks by its column (the page asks
 * the API again, so the ranks shown are always the API's); the sorted heading again reverses the
 * order. An office (its name, or anywhere on its line) opens its reports over the same period.
 */
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { RANKING_HEADERS } from '../../shared/i18n/ranking-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import type { RankingChange, RankingColumn, RankingReport, RankingRow } from '../../shared/schemas/ranking.js';
import { ariaSort, changeOf, COLUMN_GROUPS, formatValue, rankHint, SHOWN_COLUMNS, type ColumnView } from '../lib/ranking-columns.js';
import { dmy } from '../lib/ranking-periods.js';
import { officeReportsHref } from '../lib/province-links.js';
import { provinceStyles } from '../styles/province.js';
import { rankingTableStyles } from '../styles/ranking-table.js';
import { ordered } from '../../shared/ranking-order.js';

export interface SortChange {
  key: RankingColumn;
  bestFirst: boolean;
}

type Values = Record<RankingColumn, number | null> & { p90WaitOverflow?: boolean };

const FIRST_OF_GROUP = new Set(COLUMN_GROUPS.map((g) => g.columns[0]!.key));

export class ProvinceRankingTable extends LitElement {
  static override properties = { report: { attribute: false }, bestFirst: { attribute: false }, busy: { attribute: false } };
  declare report: RankingReport | undefined;
  declare bestFirst: boolean;
  /** a new ranking is on its way: the old one stays, dimmed */
  declare busy: boolean;

  static override styles = [provinceStyles, rankingTableStyles];

  constructor() {
    super();
    this.bestFirst = true;
    this.busy = false;
  }

  private sortBy(key: RankingColumn): void {
    const bestFirst = this.report?.sort === key ? !this.bestFirst : true;
    this.dispatchEvent(new CustomEvent<SortChange>('sort-change', { detail: { key, bestFirst } }));
  }

  private open(e: Event, office: string): void {
    // the link navigates by itself (and keeps Ctrl+click for a new tab)
    if ((e.target as Element).closest('a') || !this.report) return;
    location.href = officeReportsHref(office, this.report);
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const lang = getLang();
    return html`<div class="frame" aria-busy=${this.busy ? 'true' : 'false'}>
      <table data-test="ranking-table" data-sort=${r.sort}>
        <caption class="sr-only">${rt('caption', { from: dmy(r.from), to: dmy(r.to), column: RANKING_HEADERS[r.sort][lang] })}</caption>
        <thead>
          <tr>
            <th class="fixed rank" rowspan="2" scope="col">${rt('colRank')}</th>
            <th class="fixed office" rowspan="2" scope="col">${rt('colOffice')}</th>
            <th class="fixed" rowspan="2" scope="col">${rt('colGroup')}</th>
            ${COLUMN_GROUPS.map((g) => html`<th class="group" colspan=${g.columns.length} scope="colgroup">${rt(g.label)}</th>`)}
          </tr>
          <tr>${SHOWN_COLUMNS.map((c) => this.heading(c, r.sort))}</tr>
        </thead>
        <tbody>
          ${repeat(
            ordered(r.offices, this.bestFirst),
            (o) => o.id,
            (o) => this.officeRow(o, r),
          )}
        </tbody>
        <tfoot>
          ${this.summaryRow('total', rt('total', { n: r.total.offices }), r.total, r.total.previous, r.total.change)}
          ${this.summaryRow('median', rt('median'), r.median, r.median.previous, r.median.change)}
        </tfoot>
      </table>
      ${r.offices.length ? nothing : html`<p class="empty" data-test="no-offices">${rt('noOffices')}</p>`}
    </div>`;
  }

  private heading(c: ColumnView, sorted: RankingColumn) {
    const on = c.key === sorted;
    const dir = ariaSort(c.key, this.bestFirst);
    return html`<th class="col ${FIRST_OF_GROUP.has(c.key) ? 'first' : ''}" scope="col" aria-sort=${on ? dir : 'none'}>
      <button data-sort=${c.key} title=${RANKING_HEADERS[c.key][getLang()]} @click=${() => this.sortBy(c.key)}>
        ${rt(c.label)}${on ? html`<span class="arrow" aria-hidden="true">${dir === 'descending' ? '▼' : '▲'}</span>` : nothing}
      </button>
    </th>`;
  }

  private officeRow(o: RankingRow, r: RankingReport) {
    return html`<tr data-office=${o.id} class=${o.rank === null ? 'unranked' : ''} @click=${(e: Event) => this.open(e, o.id)}>
      <td class="rank num" data-col="rank">${this.rankCell(o)}</td>
      <td class="office" title=${o.name}>
        <a href=${officeReportsHref(o.id, r)} title=${rt('openReports', { name: o.name })}>${o.shortName ?? o.name}</a>
      </td>
      <td class="group" title=${o.group ?? nothing}>${o.group ?? html`<span class="muted">–</span>`}</td>
      ${SHOWN_COLUMNS.map((c) => this.cell(c, o, o.previous, o.change, c.key === r.sort))}
    </tr>`;
  }

  private rankCell(o: RankingRow) {
    if (o.rank === null) return html`<span class="v muted" title=${rt('notRanked')}>–</span>`;
    const before = o.previousRank;
    const moved = before === null ? null : before - o.rank;
    const hint = rankHint(o.rank, before);
    return html`<span class="v">${o.rank}</span>${
      moved === null
        ? nothing
        : html`<span class="d ${moved > 0 ? 'better' : moved < 0 ? 'worse' : 'same'}" title=${hint} aria-hidden="true">${moved > 0 ? `▲${moved}` : moved < 0 ? `▼${-moved}` : '='}</span>`
    }<span class="sr-only">${hint}</span>`;
  }

  private summaryRow(kind: 'total' | 'median', label: string, now: Values, before: Values, change: RankingChange) {
    return html`<tr data-row=${kind}>
      <td class="rank"></td>
      <td class="office">${label}</td>
      <td class="group"></td>
      ${SHOWN_COLUMNS.map((c) => this.cell(c, now, before, change))}
    </tr>`;
  }

  private cell(c: ColumnView, now: Values, before: Values, change: RankingChange, sorted = false) {
    const isP90 = c.key === 'p90WaitMinutes';
    const value = formatValue(c.kind, now[c.key], isP90 && !!now.p90WaitOverflow);
    const previous = formatValue(c.kind, before[c.key], isP90 && !!before.p90WaitOverflow);
    // no change where the server has none (nothing recorded in the previous period)
    const d = change[c.key] === null ? null : changeOf(c.key, c.kind, now[c.key], before[c.key]);
    const hint = d ? `${rt('previousValue', { value: previous })} · ${rt('changeValue', { delta: d.signed })}` : rt('previousValue', { value: previous });
    return html`<td class="num ${FIRST_OF_GROUP.has(c.key) ? 'first' : ''} ${sorted ? 'sorted' : ''}" data-col=${c.key} title=${hint}>
      <span class="v">${value}</span>${
        d
          ? html`<span class="d ${d.verdict}" aria-hidden="true">${d.arrow === '=' ? '=' : `${d.arrow} ${d.size}`}</span
              ><span class="sr-only">${rt('previousValue', { value: previous })}, ${rt(d.verdict === 'same' ? 'unchanged' : d.verdict)}</span>`
          : nothing
      }
    </td>`;
  }
}
customElements.define('qms-province-ranking-table', ProvinceRankingTable);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-ranking-table': ProvinceRankingTable;
  }
}
