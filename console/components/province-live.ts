/**
 * The live wall's body for a signed-in supervisor: joins the socket as `supervisor` (its whole
 * scope), keeps the snapshot's rows and applies each `supervision.changed` delta by office id.
 * Every (re)connection takes a new snapshot, a recovered one too: a wall runs for days. Filters
 * by group (from the rows' own groups) and by text, on the page; sorting is the table's.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/province-wall-messages.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import type { LiveOfficeRow, SupervisionLive } from '../../shared/schemas/supervision.js';
import { pageParam } from '../../shared/ui/api-client.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { applyRows, groupsOf, matches, orderFromParam, orderParam, type GroupFilter, type Sort } from '../state/province-rows.js';
import { provinceStyles } from '../styles/province.js';
import { WallCycle } from '../lib/wall-cycle.js';
import './province-office-table.js';
import './province-summary.js';

/** The group select's option values: every group, offices of no group, one group by name. */
const ALL = 'all';
const NONE = 'none';
const groupValue = (g: string) => `g:${g}`;
function groupFilter(value: string): GroupFilter {
  if (value === NONE) return { kind: 'none' };
  if (value.startsWith('g:')) return { kind: 'group', group: value.slice(2) };
  return { kind: 'all' };
}

export class ProvinceLive extends LitElement {
  static override properties = {
    rows: { state: true },
    offsetMs: { state: true },
    updatedAt: { state: true },
    sort: { state: true },
    group: { state: true },
    text: { state: true },
    error: { state: true },
  };
  declare rows: Map<string, LiveOfficeRow>;
  declare offsetMs: number;
  /** the server's time of the last snapshot or delta */
  declare updatedAt: number | undefined;
  declare sort: Sort;
  /** the group select's value */
  declare group: string;
  declare text: string;
  declare error: string | undefined;

  private readonly cycle = new WallCycle(this);
  private readonly socket = new OfficeSocketController(this, {
    join: () => ({ role: 'supervisor' }),
    onSnapshot: (s) => {
      if (s.role === 'supervisor') this.snapshot(s.wall);
    },
    onJoinError: (e) => (this.error = errorMessage(e.code, e.values)),
    subscribe: (s) => {
      s.on('supervision.changed', (c) => {
        this.rows = applyRows(this.rows, c.offices);
        this.clockAt(c.serverTime);
      });
      s.on('connect', () => {
        if (s.recovered) this.socket.rejoin();
      });
    },
  });

  static override styles = [
    provinceStyles,
    css`
      .bar { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: end; margin: 14px 0 10px; }
      .bar label { display: flex; flex-direction: column; gap: 2px; font-weight: 600; color: var(--qms-label); }
      select, input { border: 2px solid var(--qms-field-line); border-radius: 8px; padding: 6px 10px; background: var(--qms-white); color: var(--qms-ink); min-width: 14em; }
      .shown { color: var(--qms-label); padding-bottom: 8px; }
      .state { margin-left: auto; display: flex; gap: 16px; align-items: center; padding-bottom: 8px; font-weight: 600; }
      .dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin-right: 6px; vertical-align: -0.05em; }
      .online { color: var(--qms-ok); }
      .online .dot { background: var(--qms-ok); }
      .connecting { color: var(--qms-notice-line); }
      .connecting .dot { background: var(--qms-notice-line); }
      .offline { color: var(--qms-red); }
      .offline .dot { background: var(--qms-red); }
      .error { color: var(--qms-red); font-weight: 700; }
      .empty { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 24px; text-align: center; }
    `,
  ];

  constructor() {
    super();
    this.rows = new Map();
    this.offsetMs = 0;
    // a wall screen keeps its choices across a reload, and the way back from an office's reports returns to them
    this.sort = orderFromParam(pageParam('order'));
    this.group = pageParam('group') ? groupValue(pageParam('group')) : ALL;
    this.text = pageParam('q');
  }

  /** The group, the search and the order, in the page address. */
  private remember(): void {
    const url = new URL(location.href);
    const set = (name: string, value: string | null) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    const f = groupFilter(this.group);
    set('group', f.kind === 'group' ? f.group : null);
    set('q', this.text.trim() || null);
    set('order', orderParam(this.sort));
    history.replaceState(null, '', url);
  }

  private snapshot(wall: SupervisionLive): void {
    this.error = undefined;
    this.rows = new Map(wall.offices.map((r) => [r.id, r]));
    this.clockAt(wall.serverTime);
  }

  private clockAt(serverTime: number): void {
    this.offsetMs = serverTime - Date.now();
    this.updatedAt = serverTime;
  }

  private chooseGroup(e: Event): void {
    this.group = (e.target as HTMLSelectElement).value;
    this.remember();
  }

  override render() {
    const all = [...this.rows.values()];
    const { groups, ungrouped } = groupsOf(all);
    const filter = groupFilter(this.group);
    // a group from an old link that no office is in any more is still named, rather than a blank select
    if (filter.kind === 'group' && !groups.includes(filter.group)) groups.push(filter.group);
    const shown = all.filter((r) => matches(r, filter, this.text));
    const state = this.socket.state;
    const stateText = { online: t('connOnline'), connecting: t('connConnecting'), offline: t('connOffline') }[state];
    return html`
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section aria-label=${t('summary')}><qms-province-summary .rows=${shown}></qms-province-summary></section>
      <div class="bar" role="search" aria-label=${t('filters')}>
        <label
          >${t('groupFilter')}
          <select data-test="group-filter" .value=${this.group} @change=${this.chooseGroup}>
            <option value=${ALL}>${t('allGroups')}</option>
            ${groups.map((g) => html`<option value=${groupValue(g)} ?selected=${this.group === groupValue(g)}>${g}</option>`)}
            ${ungrouped ? html`<option value=${NONE} ?selected=${this.group === NONE}>${t('noGroup')}</option>` : nothing}
          </select>
        </label>
        <label
          >${t('search')}
          <input type="search" data-test="text-filter" placeholder=${t('searchPlaceholder')} .value=${this.text} @input=${(e: Event) => {
            this.text = (e.target as HTMLInputElement).value;
            this.remember();
          }} />
        </label>
        <span class="shown" data-test="shown">${t('shownOf', { n: shown.length, total: all.length })}</span>
        <span class="state">
          <span class=${state} role="status" data-test="connection" data-state=${state}><span class="dot" aria-hidden="true"></span>${stateText}</span>
          ${this.updatedAt ? html`<span data-test="updated-at">${t('lastUpdate')} <time class="num">${this.timeOfDay(this.updatedAt)}</time></span>` : nothing}
        </span>
      </div>
      ${
        shown.length
          ? html`<qms-province-office-table .rows=${shown} .sort=${this.sort} .offsetMs=${this.offsetMs} @sort-change=${(e: CustomEvent<Sort>) => {
              this.sort = e.detail;
              this.remember();
            }}></qms-province-office-table>`
          : html`<p class="empty muted">${this.updatedAt ? (all.length ? t('noMatch') : t('noOffices')) : ''}</p>`
      }
    `;
  }

  /** HH:mm:ss in Vietnam's time (a province's offices share it) */
  private timeOfDay(ms: number): string {
    return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
      new Date(ms),
    );
  }
}
customElements.define('qms-province-live', ProvinceLive);

declare global {
  interface HTMLElementTagNameMap {
    'qms-province-live': ProvinceLive;
  }
}
