/**
 * Today, live: who waits where and for how long, what each counter is doing, today's figures and
 * alerts. Joins the office's staff room as 'chairman' and re-reads the live figures whenever
 * something changes (and every 30 seconds, so a wait passing its target shows up on its own).
 * A supervisor has no place in the office's staff room: it joins its province wall's rooms and
 * re-reads when the wall's delta names this office.
 */
import { LitElement, html, nothing } from 'lit';
import type { Alert } from '../../shared/events.js';
import type { LiveReport } from '../../shared/schemas/live-report.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { alertText } from '../state/alert-text.js';
import { dateTime, int, minutes, pct } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';

export class ReportLive extends LitElement {
  static override properties = { office: {}, supervisor: { attribute: false }, data: { state: true }, error: { state: true }, pushed: { state: true } };
  declare office: string;
  /** the reader is a province supervisor (read-only) */
  declare supervisor: boolean;
  declare data: LiveReport | undefined;
  /** why the report could not be read (a refusal, a lost connection), shown while there is none */
  declare error: string | undefined;
  /** alerts pushed by the server since the page opened (deadline jobs) */
  declare pushed: Alert[];
  private timer?: ReturnType<typeof setInterval>;
  private pending?: ReturnType<typeof setTimeout>;
  private socket = new OfficeSocketController(this, {
    join: () => (this.supervisor ? { role: 'supervisor' } : { office: this.office, role: 'chairman' }),
    onSnapshot: () => this.refresh(),
    // refused (another office's reports): said at once instead of "loading"
    onJoinError: (e) => (this.error = errorMessage(e.code, e.values)),
    subscribe: (s) => {
      for (const e of ['queue.changed', 'counter.changed', 'rating.received', 'complaint.received', 'complaint.updated', 'ticket.called'] as const)
        s.on(e, () => this.refreshSoon());
      s.on('supervision.changed', (c) => {
        if (c.offices.some((o) => o.id === this.office)) this.refreshSoon();
      });
      s.on('alert', (a) => {
        this.pushed = [a, ...this.pushed].slice(0, 10);
        this.refreshSoon();
      });
    },
  });
  static override styles = reportStyles;

  constructor() {
    super();
    this.pushed = [];
    this.supervisor = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.refresh(), 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    clearTimeout(this.pending);
  }

  private refreshSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.refresh(), 300);
  }

  private async refresh(): Promise<void> {
    try {
      this.data = await api<LiveReport>('GET', `/offices/${this.office}/reports/live`);
      this.error = undefined;
    } catch (err) {
      // shown only until a report is in (then the connection state shows the problem); the next event or tick retries
      this.error = errorText(err);
    }
  }

  override render() {
    const d = this.data;
    if (!d) return this.error ? html`<p class="bad" role="alert">${this.error}</p>` : html`<p class="muted">${t('loading')}</p>`;
    const state = this.socket.state === 'online' ? html`<span class="ok">● ${t('online')}</span>` : html`<span class="bad">● ${t('offline')}</span>`;
    const maxWait = Math.max(1, ...d.services.map((s) => s.waiting));
    const alerts = [
      ...this.pushed.filter((p) => !d.alerts.some((a) => a.ref === p.ref)).map((p) => ({ kind: p.kind, values: p.values, ref: p.ref ?? '' })),
      ...d.alerts,
    ];
    return html`
      <div class="row" style="justify-content:space-between"><h2 style="margin:0">${d.officeName}</h2><span>${state} · ${t('updatedAt')} ${dateTime(d.now)}</span></div>
      <div class="panel" data-test="alerts" style="border-color:${alerts.length ? 'var(--qms-red)' : 'var(--qms-line)'}">
        <h3>⚠ ${t('alerts')} (${alerts.length})</h3>
        ${alerts.length ? html`<ul>${alerts.map((a) => html`<li class="bad">${alertText(a.kind, a.ref, a.values)}</li>`)}</ul>` : html`<p class="ok">${t('noAlerts')}</p>`}
      </div>
      <div class="cards" data-test="live-cards">
        <div class="card"><div class="label">${t('waitingNow')}</div><div class="value">${int(d.waiting)}</div><div class="sub">${t('longestWait')}: ${d.waiting ? minutes(d.longestWaitSeconds) : '–'}</div></div>
        <div class="card"><div class="label">${t('issuedToday')}</div><div class="value">${int(d.issued)}</div><div class="sub">${t('servedToday')}: ${int(d.served)} · ${t('noShow')}: ${int(d.noShow)}</div></div>
        <div class="card"><div class="label">${t('avgWaitToday')}</div><div class="value">${minutes(d.averageWaitSeconds)}</div><div class="sub">${t('withinTarget')}: ${pct(d.withinTargetShare)}</div></div>
        <div class="card"><div class="label">${t('satisfactionIndex')}</div><div class="value">${pct(d.satisfactionIndex)}</div><div class="sub">${t('ratingCount', { n: int(d.ratings) })}</div></div>
        <div class="card ${d.overdueComplaints ? 'warn' : ''}"><div class="label">${t('openComplaints')}</div><div class="value">${int(d.openComplaints)}</div><div class="sub">${t('stOverdue')}: ${int(d.overdueComplaints)}</div></div>
      </div>
      <div class="row top">
        <div class="panel grow">
          <h3>${t('queues')}</h3>
          <table data-test="live-queues">
            <thead><tr><th>${t('service')}</th><th colspan="2">${t('waitingNow')}</th><th>${t('longestWait')}</th><th>${t('target')}</th></tr></thead>
            <tbody>${d.services.map(
              (s) => html`<tr>
                <td><b>${s.prefix}</b> ${s.name}</td><td>${int(s.waiting)}</td>
                <td style="width:120px"><div class="bar ${s.overTarget ? 'warn' : ''}"><span style="width:${(s.waiting / maxWait) * 100}%"></span></div></td>
                <td class=${s.overTarget ? 'bad' : ''}>${s.waiting ? minutes(s.longestWaitSeconds) : '–'}</td><td>${t('minutesValue', { n: s.targetWaitMinutes })}</td>
              </tr>`,
            )}</tbody>
          </table>
        </div>
        <div class="panel grow">
          <h3>${t('counters')}</h3>
          <table data-test="live-counters">
            <thead><tr><th>${t('counter')}</th><th>${t('officer')}</th><th>${t('status')}</th><th>${t('servedToday')}</th></tr></thead>
            <tbody>${d.counters.map(
              (c) => html`<tr>
                <td>${c.name}</td><td>${c.officerName ?? c.officer ?? '–'}</td>
                <td>${c.status === 'closed' ? html`<span class="muted">${t('counterClosed')}</span>` : c.status === 'paused' ? html`<span class="bad">${t('counterPaused')}</span>` : c.ticket ? html`${c.ticket.status === 'serving' ? t('serving') : t('calling')} <b>${c.ticket.number}</b> (${minutes(c.ticket.sinceSeconds)})` : t('idle')}</td>
                <td>${int(c.served)}</td>
              </tr>`,
            )}</tbody>
          </table>
        </div>
      </div>
      ${nothing}
    `;
  }
}
customElements.define('qms-report-live', ReportLive);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-live': ReportLive;
  }
}
