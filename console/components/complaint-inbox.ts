/** The complaints inbox (phản ánh, kiến nghị): filters, the list with deadlines, one complaint with its actions. */
import { LitElement, css, html, nothing } from 'lit';
import type { Complaint } from '../../shared/schemas/feedback.js';
import { t as dt } from '../../shared/i18n/dossier-messages.js';
import { TOPIC_NAMES, t, type ReportMessage } from '../../shared/i18n/reports-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { dateTime } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';

type Filter = 'open' | 'overdue' | 'new' | 'in_progress' | 'resolved' | 'all';
const FILTERS: [Filter, Parameters<typeof t>[0]][] = [
  ['open', 'stOpen'],
  ['overdue', 'stOverdue'],
  ['new', 'stNew'],
  ['in_progress', 'stInProgress'],
  ['resolved', 'stResolved'],
  ['all', 'all'],
];
/** The catalogue's word for each step of a complaint's history. */
const HISTORY_ACTIONS: Partial<Record<string, ReportMessage>> = { assign: 'historyAssign', respond: 'historyRespond', resolve: 'historyResolve' };
const STATUS = { new: 'stNew', in_progress: 'stInProgress', resolved: 'stResolved' } as const;

export class ComplaintInbox extends LitElement {
  static override properties = {
    office: {},
    filter: { state: true },
    query: { state: true },
    list: { state: true },
    total: { state: true },
    now: { state: true },
    selected: { state: true },
    busy: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare filter: Filter;
  declare query: string;
  declare list: Complaint[];
  declare total: number;
  declare now: number;
  declare selected: Complaint | undefined;
  declare busy: boolean;
  declare error: string | undefined;

  static override styles = [
    reportStyles,
    css`
      .layout { display: grid; grid-template-columns: minmax(320px, 2fr) 3fr; gap: 16px; align-items: start; }
      .list { display: flex; flex-direction: column; gap: 8px; }
      .item { text-align: left; background: var(--qms-white); color: var(--qms-ink); border: 2px solid var(--qms-line); border-radius: 10px; padding: 10px 12px; font-weight: 400; }
      .item[aria-current='true'] { border-color: var(--qms-navy); background: var(--qms-bg); }
      .item .top { display: flex; justify-content: space-between; gap: 8px; font-weight: 700; }
      .chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 700; background: var(--qms-bg); color: var(--qms-navy); }
      .chip.late { background: var(--qms-red); color: var(--qms-white); }
      .chip.done { background: var(--qms-ok-bg-report); color: var(--qms-ok-report); }
      .filters button[aria-pressed='true'] { background: var(--qms-navy); color: var(--qms-white); }
      .filters button { background: var(--qms-white); color: var(--qms-navy); border: 2px solid var(--qms-navy); }
      textarea { width: 100%; box-sizing: border-box; min-height: 110px; }
      dl { display: grid; grid-template-columns: 140px 1fr; gap: 6px 12px; }
      dt { color: var(--qms-label); }
      dd { margin: 0; }
      .msg { white-space: pre-wrap; background: var(--qms-bg-message); padding: 10px; border-radius: 8px; }
      @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
    `,
  ];

  constructor() {
    super();
    this.filter = 'open';
    this.query = '';
    this.list = [];
    this.total = 0;
    this.now = Date.now();
    this.busy = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('office') || changed.has('filter')) void this.load();
  }

  async load(): Promise<void> {
    if (!this.office) return;
    try {
      const q = new URLSearchParams({ status: this.filter, limit: '200', ...(this.query ? { q: this.query } : {}) });
      const res = await api<{ complaints: Complaint[]; total: number; now: number }>('GET', `/offices/${this.office}/complaints?${q}`);
      this.list = res.complaints;
      this.total = res.total;
      this.now = res.now;
      if (this.selected) this.selected = res.complaints.find((c) => c.id === this.selected!.id) ?? this.selected;
      this.error = undefined;
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private daysLeft(c: Complaint): number {
    return Math.floor((c.dueAt - this.now) / 86_400_000);
  }

  private deadlineChip(c: Complaint) {
    if (c.status === 'resolved') return html`<span class="chip ${(c.resolvedAt ?? 0) > c.dueAt ? 'late' : 'done'}">${t('stResolved')}</span>`;
    const late = this.now > c.dueAt;
    return html`<span class="chip ${late ? 'late' : ''}">${late ? t('stOverdue') : t('daysLeft', { n: this.daysLeft(c) })}</span>`;
  }

  override render() {
    return html`
      <div class="row filters no-print" role="group" aria-label=${t('filterLabel')}>
        ${FILTERS.map(([f, label]) => html`<button aria-pressed=${this.filter === f ? 'true' : 'false'} @click=${() => (this.filter = f)}>${t(label)}</button>`)}
        <input type="search" placeholder=${t('search')} .value=${this.query} @change=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          void this.load();
        }} />
      </div>
      ${this.error ? html`<p class="bad">${this.error}</p>` : nothing}
      <div class="layout">
        <div class="list" data-test="complaint-list">
          <div class="muted">${t('complaintCount', { n: this.total })}</div>
          ${this.list.map(
            (c) => html`<button class="item" aria-current=${this.selected?.id === c.id ? 'true' : 'false'} @click=${() => (this.selected = c)}>
              <div class="top"><span>${TOPIC_NAMES[c.topic]?.[getLang()] ?? c.topic}</span>${this.deadlineChip(c)}</div>
              <div>${(c.message ?? '').slice(0, 120)}</div>
              <div class="muted">${c.id} · ${dateTime(c.createdAt)} · ${t(STATUS[c.status])}</div>
            </button>`,
          )}
        </div>
        <div>${this.selected ? this.detail(this.selected) : html`<div class="panel muted">${t('selectComplaint')}</div>`}</div>
      </div>
    `;
  }

  private detail(c: Complaint) {
    const open = c.status !== 'resolved';
    return html`<div class="panel" data-test="complaint-detail">
      <div class="row" style="justify-content:space-between"><h3 style="margin:0">${TOPIC_NAMES[c.topic]?.[getLang()] ?? c.topic} – ${c.id}</h3>${this.deadlineChip(c)}</div>
      <p class="msg">${c.message ?? t('noMessage')}</p>
      <dl>
        <dt>${t('received')}</dt><dd>${dateTime(c.createdAt)}</dd>
        <dt>${t('deadline')}</dt><dd>${dateTime(c.dueAt)}</dd>
        <dt>${t('status')}</dt><dd>${t(STATUS[c.status])}</dd>
        ${c.ticketId ? html`<dt>${t('ticketNumber')}</dt><dd>${c.ticketId.split('_').slice(1).join(' ')} ${c.serviceId ? `· ${c.serviceId}` : ''} ${c.counterId ? `· ${t('atCounter', { n: c.counterId })}` : ''}</dd>` : nothing}
        ${c.dossiers?.length ? html`<dt>${dt('dossiersOf')}</dt><dd data-test="complaint-dossiers">${c.dossiers.join(', ')}</dd>` : nothing}
        ${c.contactName || c.contactPhone || c.contactEmail ? html`<dt>${t('contact')}</dt><dd>${[c.contactName, c.contactPhone, c.contactEmail].filter(Boolean).join(' · ')}</dd>` : nothing}
        ${c.assignee ? html`<dt>${t('assignee')}</dt><dd>${c.assignee}</dd>` : nothing}
        ${c.response ? html`<dt>${t('response')}</dt><dd class="msg">${c.response}</dd>` : nothing}
      </dl>
      ${
        open
          ? html`<div class="no-print">
            <h3>${t('response')}</h3>
            <textarea id="response" aria-label=${t('response')} placeholder=${t('responsePlaceholder')}></textarea>
            <div class="row" style="margin-top:8px">
              <button ?disabled=${this.busy} data-test="respond-resolve" @click=${() => this.respond(true)}>${t('respondResolve')}</button>
              <button class="secondary" ?disabled=${this.busy} @click=${() => this.respond(false)}>${t('respond')}</button>
              <input id="assignee" placeholder=${t('assignee')} aria-label=${t('assignee')} style="width:160px" />
              <button class="secondary" ?disabled=${this.busy} @click=${this.assign}>${t('assign')}</button>
              <button class="secondary" ?disabled=${this.busy} @click=${this.resolve}>${t('resolve')}</button>
            </div>
          </div>`
          : nothing
      }
      ${
        c.history?.length
          ? html`<h3>${t('history')}</h3><ul>${c.history.map((h) => html`<li>${dateTime(h.at)} – ${h.by}: ${HISTORY_ACTIONS[h.action] ? t(HISTORY_ACTIONS[h.action]!) : h.action}${h.note ? ` (${h.note})` : ''}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }

  private async act(path: string, body: unknown): Promise<void> {
    if (!this.selected) return;
    this.busy = true;
    try {
      const res = await api<{ complaint: Complaint }>('POST', `/offices/${this.office}/complaints/${this.selected.id}/${path}`, body);
      this.selected = res.complaint;
      await this.load();
    } catch (err) {
      this.error = errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private respond(resolve: boolean): Promise<void> {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#response')?.value.trim() ?? '';
    if (!text) {
      this.error = t('responseRequired');
      return Promise.resolve();
    }
    return this.act('respond', { response: text, resolve });
  }

  private assign = () => {
    const who = this.renderRoot.querySelector<HTMLInputElement>('#assignee')?.value.trim() ?? '';
    if (who) void this.act('assign', { assignee: who });
  };

  private resolve = () => void this.act('resolve', {});
}
customElements.define('qms-complaint-inbox', ComplaintInbox);

declare global {
  interface HTMLElementTagNameMap {
    'qms-complaint-inbox': ComplaintInbox;
  }
}
