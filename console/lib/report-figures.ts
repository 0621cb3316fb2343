/** Pieces of a report shown on several pages (the range report and a saved self-inspection report). */
import type { ChartConfiguration } from 'chart.js';
import { html, nothing } from 'lit';
import type { DossierReport } from '../../shared/schemas/dossiers.js';
import type { BreakdownReport, Figures, ReportRow } from '../../shared/schemas/report-figures.js';
import type { Grouping } from '../../shared/schemas/report-queries.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import { periodLabel } from '../../shared/report-periods.js';
import { tt } from '../../shared/i18n/report-table-messages.js';
import { COLORS } from '../components/report-chart.js';
import { int, minutes, pct, shareTone } from './report-format.js';
import '../components/report-chart.js';

export function summaryCards(f: Figures) {
  const within = f.wait.withinTargetShare;
  const idx = f.ratings.satisfactionIndex;
  return html`<div class="cards">
    <div class="card"><div class="label">${t('issued')}</div><div class="value">${int(f.issued)}</div><div class="sub">${t('servedToday')}: ${int(f.served)}</div></div>
    <div class="card"><div class="label">${t('avgWaitToday')}</div><div class="value">${minutes(f.wait.mean)}</div><div class="sub">${t('p90')} ${minutes(f.wait.p90)}</div></div>
    <div class="card ${shareTone(within, 0.8)}"><div class="label">${t('withinTarget')}</div><div class="value">${pct(within)}</div><div class="sub">${int(f.wait.withinTarget)} / ${int(f.wait.count)}</div></div>
    <div class="card"><div class="label">${t('serviceTime')} (${t('mean').toLowerCase()})</div><div class="value">${minutes(f.service.mean)}</div><div class="sub">${t('median')} ${minutes(f.service.median)}</div></div>
    <div class="card ${shareTone(idx, 0.8)}"><div class="label">${t('satisfactionIndex')}</div><div class="value">${pct(idx)}</div><div class="sub">${t('ratingCount', { n: int(f.ratings.count) })}</div></div>
    <div class="card ${f.complaints ? 'warn' : ''}"><div class="label">${t('complaintsReceived')}</div><div class="value">${int(f.complaints)}</div></div>
  </div>`;
}

export function outcomeTable(f: Figures) {
  const rows: [string, number][] = [
    [t('served'), f.served],
    [t('noShow'), f.noShow],
    [t('expired'), f.expired],
    [t('cancelled'), f.cancelled],
    // most ranges have none: the row appears when tickets were left at a counter at closing
    ...(f.closedAtDayEnd ? [[t('closedAtDayEnd'), f.closedAtDayEnd] as [string, number]] : []),
    [t('stillOpen'), f.open ?? 0],
  ];
  return html`<table>
    <thead><tr><th>${t('issued')}: ${int(f.issued)}</th><th>${tt('ticketCount')}</th><th>${tt('share')}</th></tr></thead>
    <tbody>
      ${rows.map(([label, n]) => html`<tr><td>${label}</td><td>${int(n)}</td><td>${pct(f.issued ? n / f.issued : null)}</td></tr>`)}
      <tr><td>${t('transferred')}</td><td>${int(f.transferOut)}</td><td>${pct(f.issued ? f.transferOut / f.issued : null)}</td></tr>
    </tbody>
  </table>`;
}

export function reconciliationLine(f: Figures) {
  const r = f.reconciliation;
  if (!r) return nothing;
  return r.balanced
    ? html`<div class="recon ok" data-test="reconciliation">✔ ${t('reconciled', { issued: int(f.issued), served: int(f.served), noShow: int(f.noShow), expired: int(f.expired), cancelled: int(f.cancelled), dayEnd: f.closedAtDayEnd ? int(f.closedAtDayEnd) : '', open: int(f.open ?? 0) })}</div>`
    : html`<div class="recon bad" data-test="reconciliation">⚠ ${t('notReconciled', { issued: int(r.expected), accounted: int(r.accounted), diff: int(r.difference) })}</div>`;
}

const STAFF: Grouping[] = ['counter', 'officer'];

/** A row's label in the page's language: the server words time periods in the office's (Vietnamese). */
const rowLabel = (r: ReportRow, b: Pick<BreakdownReport, 'by' | 'from' | 'to'>): string => periodLabel(b.by, r.key, getLang(), b) ?? r.label;

export function breakdownTable(b: BreakdownReport) {
  const staff = STAFF.includes(b.by);
  // tickets left at a counter at closing: a column only when the range has some
  const dayEnd = b.total.closedAtDayEnd > 0;
  const row = (label: string, r: Figures, cls = '') => html`<tr class=${cls}>
    <td>${label}</td>
    ${staff ? nothing : html`<td>${int(r.issued)}</td>`}
    <td>${int(r.served)}</td>
    <td>${int(r.noShow)}</td>
    ${staff ? nothing : html`<td>${int(r.expired)}</td><td>${int(r.cancelled)}</td>`}
    ${dayEnd ? html`<td>${int(r.closedAtDayEnd)}</td>` : nothing}
    <td>${int(r.transferOut)}</td>
    <td>${minutes(r.wait.mean, false)}</td>
    <td>${minutes(r.wait.median, false)}</td>
    <td>${minutes(r.wait.p90, false)}${r.wait.p90Overflow ? '+' : ''}</td>
    <td>${pct(r.wait.withinTargetShare, 0)}</td>
    <td>${minutes(r.service.mean, false)}</td>
    <td>${int(r.ratings.count)}</td>
    <td>${pct(r.ratings.satisfactionIndex, 0)}</td>
    ${staff ? nothing : html`<td>${r.reconciliation ? (r.reconciliation.balanced ? html`<span class="ok">${t('balanced')}</span>` : html`<span class="bad">${t('unbalanced')} ${r.reconciliation.difference}</span>`) : ''}</td>`}
  </tr>`;
  return html`<div class="scroll"><table data-test="breakdown">
    <thead><tr>
      <th>${labelOf(b.by)}</th>
      ${staff ? nothing : html`<th>${t('issued')}</th>`}
      <th>${t('served')}</th><th>${t('noShow')}</th>
      ${staff ? nothing : html`<th>${tt('expired')}</th><th>${tt('cancelled')}</th>`}
      ${dayEnd ? html`<th title=${t('closedAtDayEnd')}>${t('closedAtDayEndShort')}</th>` : nothing}
      <th>${tt('transferred')}</th>
      <th>${tt('waitMeanMinutes')}</th><th>${tt('waitMedian')}</th><th>${tt('waitP90')}</th><th>${tt('calledOnTime')}</th>
      <th>${tt('serviceMeanMinutes')}</th><th>${tt('rating')}</th><th>${tt('satisfiedColumn')}</th>
      ${staff ? nothing : html`<th>${tt('reconciliation')}</th>`}
    </tr></thead>
    <tbody>${b.rows.map((r) => row(rowLabel(r, b), r))}${row(t('total'), b.total, 'total')}</tbody>
  </table></div>`;
}

export function labelOf(by: Grouping): string {
  return by === 'service' || by === 'counter' || by === 'officer' ? t(by) : tt(by);
}

const short = (r: ReportRow, b: BreakdownReport) =>
  b.by === 'day'
    ? r.key.slice(8, 10) + '/' + r.key.slice(5, 7)
    : b.by === 'hour'
      ? `${r.key}h`
      : b.by === 'service'
        ? r.label.split(' – ')[0]! + ' ' + (r.label.split(' – ')[1] ?? '').split(' ')[0]
        : rowLabel(r, b);

export function throughputChart(b: BreakdownReport): ChartConfiguration {
  const staff = STAFF.includes(b.by);
  return {
    type: 'bar',
    data: {
      labels: b.rows.map((r) => short(r, b)),
      datasets: [
        ...(staff ? [] : [{ label: t('issued'), data: b.rows.map((r) => r.issued), backgroundColor: COLORS.grey }]),
        { label: t('served'), data: b.rows.map((r) => r.served), backgroundColor: COLORS.navy },
        { label: t('noShow'), data: b.rows.map((r) => r.noShow), backgroundColor: COLORS.red },
      ],
    },
  };
}

export function waitChart(b: BreakdownReport): ChartConfiguration {
  const m = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);
  return {
    type: 'bar',
    data: {
      labels: b.rows.map((r) => short(r, b)),
      datasets: [
        {
          label: tt('inMinutes', { label: `${t('waitTime')} – ${t('mean').toLowerCase()}` }),
          data: b.rows.map((r) => m(r.wait.mean)),
          backgroundColor: COLORS.blue,
        },
        { label: tt('p90WaitMinutes'), data: b.rows.map((r) => m(r.wait.p90)), backgroundColor: COLORS.gold },
      ],
    },
  };
}

export function dossierSummary(d: DossierReport) {
  return html`<p class="dossier-line" data-test="dossier-line">${t('dossierLine', {
    received: int(d.received),
    resolved: int(d.resolved),
    inProgress: int(d.inProgress),
    early: int(d.early),
    earlyPct: pct(d.earlyShare),
    onTime: int(d.onTime),
    onTimePct: pct(d.onTimeShare),
    late: int(d.late),
    latePct: pct(d.lateShare),
  })}</p>`;
}

export function dossierTable(d: DossierReport) {
  const row = (label: string, r: { received: number; resolved: number; early: number; onTime: number; late: number; inProgress: number }, cls = '') =>
    html`<tr class=${cls}><td>${label}</td><td>${int(r.received)}</td><td>${int(r.resolved)}</td><td>${int(r.early)}</td><td>${int(r.onTime)}</td><td class=${r.late ? 'bad' : ''}>${int(r.late)}</td><td>${int(r.inProgress)}</td></tr>`;
  return html`<div class="scroll"><table>
    <thead><tr><th>${t('service')}</th><th>${t('dossiersReceived')}</th><th>${t('dossiersResolved')}</th><th>${t('early')}</th><th>${t('onTime')}</th><th>${t('late')}</th><th>${t('dossiersInProgress')}</th></tr></thead>
    <tbody>${d.byService.map((r) => row(r.label, r))}${row(t('total'), d, 'total')}</tbody>
  </table></div>`;
}
