/**
 * The live wall's table: one dense line per office, sortable by any column (a button in each
 * heading, `aria-sort` on the sorted one), the longest wait counted on each second from the
 * server's clock. Clicking an office (its name, or anywhere on its line) opens its reports.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ALERT_LABEL, t, type ProvinceWallKey } from '../../shared/i18n/province-wall-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';
import type { LiveOfficeRow } from '../../shared/schemas/supervision.js';
import { ServerClock } from '../../shared/ui/server-clock.js';
import { firstDir, longestWait, overTarget, shownName, sortRows, type Sort, type SortKey } from '../state/province-rows.js';
import { provinceStyles } from '../styles/province.js';
import { officeReportsHref } from '../lib/province-links.js';

const COLUMNS: [SortKey, ProvinceWallKey, ProvinceWallKey?][] = [
  ['name', 'colOffice'],
  ['group', 'colGroup'],
  ['waiting', 'colWaiting'],
  ['longestWait', 'colLongestWait'],
  ['counters', 'colCounters'],
  ['issued', 'colIssued'],
  ['served', 'colServed'],
  ['satisfaction', 'colSatisfaction'],
  ['overdue', 'colOverdue', 'colOverdueFull'],
  ['screens', 'colScreens', 'colScreensFull'],
  ['alerts', 'colAlerts'],
];

/** seconds → 7:05 or 1:02:03 */
export function clockDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export class ProvinceOfficeTable extends LitElement {
  static override properties = { rows: { attribute: false }, sort: { attribute: false }, offsetMs: { attribute: false } };
  declare rows: LiveOfficeRow[];
  declare sort: Sort;
  /** the server's clock minus this device's */
  declare offsetMs: number;
  private readonly clock = new ServerClock(this, () => this.offsetMs);

  static override styles = [
    provinceStyles,
    css`
      /* on a narrow screen the table scrolls sideways; on a laptop or a wall the page scrolls and the headings stay on top */
      /* relative: the cells' screen-reader texts are placed inside it, not against the page (which they would widen) */
      .scroll { position: relative; overflow-x: auto; background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; }
      @media (min-width: 1360px) {
        .scroll { overflow: visible; }
      }
      table { border-collapse: collapse; width: 100%; }
      th, td { padding: 5px 6px; border-bottom: 1px solid var(--qms-line-light); text-align: right; vertical-align: middle; }
      @media (min-width: 1700px) {
        th, td { padding: 6px 12px; }
      }
      th:nth-child(-n + 2), td:nth-child(-n + 2), th:last-child, td:last-child { text-align: left; }
      thead th { position: sticky; top: 0; z-index: 1; background: var(--qms-navy); padding: 0; vertical-align: bottom; }
      /* headings of two lines at most on a laptop */
      thead th:nth-child(n + 3):not(:last-child) { min-width: 5.6em; }
      thead th:first-child { border-top-left-radius: 11px; }
      thead th:last-child { border-top-right-radius: 11px; }
      thead th button { display: block; width: 100%; text-align: inherit; background: none; border: 0; color: var(--qms-white); font-weight: 700; font-size: 0.9em; padding: 8px; cursor: pointer; line-height: 1.2; }
      @media (min-width: 1700px) {
        thead th button { font-size: 1em; padding: 10px 12px; }
      }
      thead th button:hover { background: rgb(255 255 255 / 0.12); }
      thead th[aria-sort='ascending'], thead th[aria-sort='descending'] { box-shadow: inset 0 -4px 0 var(--qms-gold); }
      .arrow { display: inline-block; width: 1em; color: var(--qms-gold); }
      tbody tr { cursor: pointer; }
      /* each cell paints its row's colour: the office cell stays over the others as they scroll sideways */
      tbody td { background: var(--qms-white); }
      tbody tr:hover td { background: var(--qms-bg-soft); }
      tbody tr.alert td { background: var(--qms-bad-bg-report); }
      tbody tr.alert:hover td { background: var(--qms-bad-bg); }
      tbody tr.alert td.office { box-shadow: inset 6px 0 0 var(--qms-red); }
      /* the office column stays while the figures scroll sideways (a narrow screen) */
      th:first-child, td.office { position: sticky; left: 0; }
      td.office { z-index: 1; }
      thead th:first-child { z-index: 2; }
      @media (max-width: 1359px) {
        th:first-child, td.office { border-right: 2px solid var(--qms-line); }
      }
      /* a long name wraps rather than push the figures off a laptop's screen */
      td.office { padding-left: 14px; min-width: 13.5em; max-width: 18em; }
      @media (min-width: 1700px) {
        td.office { min-width: 16em; }
      }
      /* on a phone the pinned names leave room for the figures */
      @media (max-width: 600px) {
        td.office { min-width: 9em; max-width: 11em; padding-left: 10px; }
      }
      td.office a { color: var(--qms-navy); font-weight: 700; text-decoration: underline; text-underline-offset: 3px; text-decoration-thickness: 1px; }
      td.group { color: var(--qms-ink-soft); min-width: 8em; max-width: 12em; line-height: 1.2; overflow-wrap: break-word; }
      .sub { display: block; font-size: 0.8em; color: var(--qms-muted); white-space: nowrap; }
      .big.bad { color: var(--qms-red); }
      .counters .paused { color: var(--qms-notice-line); }
      .counters .sep { color: var(--qms-muted); font-weight: 400; margin: 0 0.15em; }
      .chips { display: flex; flex-wrap: wrap; gap: 4px; min-width: 10em; }
      .chip { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: 0.85em; font-weight: 700; border: 2px solid; white-space: nowrap; }
      .chip.long_wait { background: var(--qms-red); border-color: var(--qms-red); color: var(--qms-white); }
      .chip.complaint_overdue { background: var(--qms-bad-bg); border-color: var(--qms-red); color: var(--qms-removed); }
      .chip.counter_paused { background: var(--qms-notice-bg); border-color: var(--qms-notice-line); color: var(--qms-notice-ink); }
      .chip.screen_offline { background: var(--qms-bg-cancel); border-color: var(--qms-field-line); color: var(--qms-ink); }
      .ok { color: var(--qms-ok); font-weight: 600; }
      .empty { padding: 24px; text-align: center; }
    `,
  ];

  constructor() {
    super();
    this.rows = [];
    this.sort = { key: 'alerts', dir: 'desc' };
    this.offsetMs = 0;
  }

  private sortBy(key: SortKey): void {
    const dir = this.sort.key === key ? (this.sort.dir === 'asc' ? 'desc' : 'asc') : firstDir(key);
    this.dispatchEvent(new CustomEvent<Sort>('sort-change', { detail: { key, dir } }));
  }

  private open(e: Event, office: string): void {
    // the link itself navigates (and keeps a middle click or Ctrl+click for a new tab)
    if ((e.target as Element).closest('a')) return;
    location.href = officeReportsHref(office);
  }

  override render() {
    const now = this.clock.now();
    const rows = sortRows(this.rows, this.sort, now);
    return html`<div class="scroll">
      <table data-test="province-table">
        <caption class="sr-only">${t('tableCaption')}</caption>
        <thead>
          <tr>
            ${COLUMNS.map(([key, label, full]) => {
              const sorted = this.sort.key === key;
              return html`<th scope="col" aria-sort=${sorted ? (this.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button data-sort=${key} title=${full ? t(full) : nothing} @click=${() => this.sortBy(key)}>
                  ${t(label)}<span class="arrow" aria-hidden="true">${sorted ? (this.sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (r) => r.id,
            (r) => this.row(r, now),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private row(r: LiveOfficeRow, now: number) {
    const wait = longestWait(r, now);
    const n = (x: number) => formatNumber(x);
    return html`<tr data-office=${r.id} class=${r.alerts.length ? 'alert' : ''} @click=${(e: Event) => this.open(e, r.id)}>
      <td class="office"><a href=${officeReportsHref(r.id)} title=${t('openReports', { name: r.name })}>${shownName(r)}</a></td>
      <td class="group" title=${r.group ?? nothing}>${r.group ?? html`<span class="muted">–</span>`}</td>
      <td class="num" data-col="waiting"><span class="big">${n(r.waiting)}</span></td>
      <td class="num" data-col="longestWait">
        ${wait === null ? html`<span class="big muted">–</span>` : html`<span class="big ${overTarget(r, now) ? 'bad' : ''}">${clockDuration(wait)}</span>`}
        ${r.targetWaitMinutes !== null ? html`<span class="sub">${t('targetMinutes', { n: r.targetWaitMinutes })}</span>` : nothing}
      </td>
      <td class="num counters" data-col="counters">
        <span aria-hidden="true"
          ><span class="big">${r.countersOpen}</span><span class="sep">/</span><span class="big ${r.countersPaused ? 'paused' : ''}">${r.countersPaused}</span
          ><span class="sep">/</span><span class="big muted">${r.countersClosed}</span></span
        >
        <span class="sr-only">${t('countersLine', { open: r.countersOpen, paused: r.countersPaused, closed: r.countersClosed })}</span>
      </td>
      <td class="num" data-col="issued"><span class="big">${n(r.issuedToday)}</span></td>
      <td class="num" data-col="served"><span class="big">${n(r.servedToday)}</span></td>
      <td class="num" data-col="satisfaction">
        <span class="big">${r.satisfactionToday === null ? '–' : `${formatNumber(r.satisfactionToday * 100)}%`}</span>
        ${r.ratingsToday ? html`<span class="sub" title=${t('ratingsCount', { n: r.ratingsToday })}>${t('ratingsShort', { n: r.ratingsToday })}</span>` : nothing}
      </td>
      <td class="num" data-col="overdue"><span class="big ${r.overdueComplaints ? 'bad' : ''}">${n(r.overdueComplaints)}</span></td>
      <td class="num" data-col="screens"><span class="big ${r.screensOffline ? 'bad' : ''}">${n(r.screensOffline)}</span></td>
      <td data-col="alerts">
        <div class="chips">
          ${
            r.alerts.length
              ? r.alerts.map(
                  (a) =>
                    html`<span class="chip ${a.kind}" data-alert=${a.kind}>${a.count <= 1 ? t(ALERT_LABEL[a.kind]) : a.kind === 'long_wait' ? t('alertLongWaitCount', { n: a.count }) : t('alertCount', { label: t(ALERT_LABEL[a.kind]), n: a.count })}</span>`,
                )
              : html`<span class="ok">✓ ${t('noAlerts')}</span>`
          }
        </div>
      </td>
    </tr>`;
  }
}
customElements.define('qms-province-office-table', ProvinceOfficeTable);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-office-table': ProvinceOfficeTable;
  }
}
