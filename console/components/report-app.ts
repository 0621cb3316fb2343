/**
 * The chairman's report pages: sign-in (the staff pages' LoginGate), then tabs for today (live),
 * reports over a range, satisfaction, complaints, dossiers and the saved self-inspection reports.
 * The tab and the range live in the address (#reports, #snapshot/week-2026-W47), so a page can be
 * bookmarked. A province supervisor reads the office's reports from its live wall, read-only: no
 * complaints tab (the inbox is the office leadership's work), nothing that makes or changes
 * anything; it may queue a long range's export, the one way that file is made.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText, pageParam } from '../../shared/ui/api-client.js';
import { LoginGate } from '../lib/login-gate.js';
import { readsProvince } from '../lib/province-access.js';
import { provinceBackHref } from '../lib/province-links.js';
import { addDays, dmy } from '../lib/report-format.js';
import { reportStyles } from '../styles/report.js';
import './report-live.js';
import './report-period.js';
import './report-satisfaction.js';
import './complaint-inbox.js';
import './report-dossiers.js';
import './report-snapshots.js';

type Tab = 'live' | 'reports' | 'satisfaction' | 'complaints' | 'dossiers' | 'snapshots';
const TABS: [Tab, Parameters<typeof t>[0]][] = [
  ['live', 'tabLive'],
  ['reports', 'tabReports'],
  ['satisfaction', 'tabSatisfaction'],
  ['complaints', 'tabComplaints'],
  ['dossiers', 'tabDossiers'],
  ['snapshots', 'tabSnapshots'],
];
const RANGED: Tab[] = ['reports', 'satisfaction', 'dossiers'];
/** the tabs a supervisor reads (its routes admit only the office's leadership to the complaints) */
const SUPERVISOR_TABS: Tab[] = ['live', 'reports', 'satisfaction', 'dossiers', 'snapshots'];
const readOnly = (user: SessionUser | undefined) => user?.role === 'supervisor';

export class ReportApp extends LitElement {
  static override properties = {
    office: { state: true },
    info: { state: true },
    tab: { state: true },
    snapshotId: { state: true },
    from: { state: true },
    to: { state: true },
    error: { state: true },
    defaultTab: { attribute: 'default-tab' },
  };
  declare office: string;
  declare info: PublicOffice | undefined;
  declare tab: Tab;
  declare snapshotId: string | undefined;
  declare from: string;
  declare to: string;
  declare error: string | undefined;
  declare defaultTab: Tab;
  private onHash = () => this.readHash();
  /** the office's public info, asked for at once: the sign-in form names the office */
  private infoLoaded: Promise<void> = Promise.resolve();
  /** the page's own `?office=`; without it, each account that signs in reads its own office */
  private readonly officeParam = pageParam('office');
  private readonly login = new LoginGate(this, () => this.signedIn());

  static override styles = [
    reportStyles,
    css`
      :host { min-height: 100vh; background: var(--qms-bg-reports); }
      header { background: var(--qms-red); color: var(--qms-white); padding: 12px 24px; display: flex; align-items: center; justify-content: space-between; gap: 16px; }
      header h1 { margin: 0; font-size: 22px; }
      header .who { font-size: 15px; }
      header button { background: var(--qms-white); color: var(--qms-red); }
      header a { color: var(--qms-white); font-weight: 600; }
      /* a phone: the title on its own line, the way back and the account under it */
      @media (max-width: 600px) {
        header { flex-wrap: wrap; padding: 10px 16px; gap: 8px 16px; }
        header h1 { flex: 1 0 100%; font-size: 20px; }
        header a { white-space: nowrap; }
        header .who { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
        nav { padding: 0 8px; }
        nav a { padding: 10px 12px; }
      }
      .ro { border: 2px solid var(--qms-white); border-radius: 999px; padding: 1px 10px; font-size: 14px; font-weight: 700; margin-left: 8px; }
      nav { display: flex; gap: 4px; padding: 0 24px; background: var(--qms-navy); flex-wrap: wrap; }
      nav a { color: var(--qms-white); text-decoration: none; padding: 12px 16px; font-weight: 600; border-bottom: 4px solid transparent; }
      nav a[aria-current='page'] { border-bottom-color: var(--qms-gold); }
      main { padding: 16px 24px 48px; max-width: 1500px; margin: 0 auto; }
      .range { background: var(--qms-white); border: 1px solid var(--qms-line); border-radius: 12px; padding: 12px 16px; display: flex; gap: 12px; flex-wrap: wrap; align-items: end; }
      .range label { display: flex; flex-direction: column; font-size: 14px; color: var(--qms-label); }
      .presets button { background: var(--qms-white); color: var(--qms-navy); border: 1px solid var(--qms-navy); padding: 6px 10px; }
      .print-head { display: none; }
      @media print {
        header, nav, .range { display: none !important; }
        :host { background: var(--qms-white); }
        main { padding: 0; max-width: none; }
        .print-head { display: block; font-size: 10pt; color: var(--qms-print-ink); border-bottom: 1px solid var(--qms-print-line); margin-bottom: 8px; }
      }
    `,
  ];

  constructor() {
    super();
    this.office = this.officeParam;
    this.tab = 'live';
    this.defaultTab = 'live';
    this.from = '';
    this.to = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    if (this.office) this.infoLoaded = this.loadInfo();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private async loadInfo(): Promise<void> {
    try {
      this.info = await api<PublicOffice>('GET', `/offices/${this.office}`);
    } catch (err) {
      this.error = errorText(err);
    }
  }

  /** The range presets count from the office's today, so the page shows once its info is in. */
  private async signedIn(): Promise<void> {
    if (!this.officeParam) {
      this.info = undefined;
      this.error = undefined;
      this.office = await this.ownOffice();
      this.infoLoaded = this.office ? this.loadInfo() : Promise.resolve();
    }
    await this.infoLoaded;
    this.readHash();
  }

  /** A page opened without `?office=` reads the account's own office (the deployment administrator's first). */
  private async ownOffice(): Promise<string> {
    const user = this.login.user;
    if (user?.offices[0]) return user.offices[0];
    if (user?.role !== 'admin') return '';
    return api<{ offices: string[] }>('GET', '/admin/offices').then(
      (r) => r.offices[0] ?? '',
      () => '',
    );
  }

  private readHash(): void {
    const [head, arg] = location.hash.replace(/^#/, '').split('/');
    const params = new URLSearchParams(location.search);
    if (head === 'snapshot' && arg) {
      this.tab = 'snapshots';
      this.snapshotId = arg;
    } else {
      // the page's own tab only where the account may read it (the complaints inbox is not a supervisor's)
      const tabs = this.tabs().map(([x]) => x);
      this.tab = tabs.includes(head as Tab) ? (head as Tab) : tabs.includes(this.defaultTab) ? this.defaultTab : tabs[0]!;
      this.snapshotId = undefined;
    }
    if (!this.from) this.setPreset(params.get('from') && params.get('to') ? 'custom' : 'thisMonth', params.get('from') ?? '', params.get('to') ?? '');
  }

  private tabs(): typeof TABS {
    return readOnly(this.login.user) ? TABS.filter(([x]) => SUPERVISOR_TABS.includes(x)) : TABS;
  }

  private today(): string {
    return this.info?.date ?? new Date().toISOString().slice(0, 10);
  }

  private setPreset(p: string, from = '', to = ''): void {
    const today = this.today();
    const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
    const monthStart = `${today.slice(0, 7)}-01`;
    switch (p) {
      case 'today':
        [this.from, this.to] = [today, today];
        break;
      case 'thisWeek':
        [this.from, this.to] = [monday, today];
        break;
      case 'lastWeek':
        [this.from, this.to] = [addDays(monday, -7), addDays(monday, -1)];
        break;
      case 'lastMonth': {
        const end = addDays(monthStart, -1);
        [this.from, this.to] = [`${end.slice(0, 7)}-01`, end];
        break;
      }
      case 'thisYear':
        [this.from, this.to] = [`${today.slice(0, 4)}-01-01`, today];
        break;
      case 'custom':
        if (from && to && from <= to) [this.from, this.to] = [from, to];
        break;
      default:
        [this.from, this.to] = [monthStart, today];
    }
  }

  override render() {
    // the sign-in form names the office of the address only, never the previous account's
    const hint = html`${this.officeParam ? (this.info?.name ?? '') : ''}<br />${t('signInHint')}${this.error ? html`<br /><span class="bad" role="alert">${this.error}</span>` : nothing}`;
    return this.login.render(t('appTitle'), (user) => this.page(user), hint);
  }

  private page(user: SessionUser) {
    const allowed = user.role === 'chairman' || user.role === 'admin' || user.role === 'supervisor';
    const ro = readOnly(user);
    return html`
      <header>
        <h1>${t('appTitle')}${this.office ? ` – ${this.info?.shortName ?? this.info?.name ?? this.office}` : ''}${ro ? html`<span class="ro">${t('readOnly')}</span>` : nothing}</h1>
        ${readsProvince(user) ? html`<a href=${provinceBackHref(pageParam('back'))} data-test="back-to-wall">← ${t('backToWall')}</a>` : nothing}
        <span class="who">${user.name} <button @click=${() => this.login.signOut()}>${t('signOut')}</button></span>
      </header>
      ${
        !this.office
          ? html`<main><p class="bad" role="alert" data-test="no-office">${t('noOffice')}</p></main>`
          : allowed
            ? html`<nav aria-label=${t('reportsNav')}>${this.tabs().map(([id, label]) => html`<a href="#${id}" aria-current=${this.tab === id ? 'page' : 'false'}>${t(label)}</a>`)}</nav>
            <main>
              <div class="print-head">${this.info?.name ?? ''} · ${t('printedAt')} ${new Date().toLocaleString('vi-VN')}</div>
              ${RANGED.includes(this.tab) ? this.rangeBar() : nothing}
              ${this.body()}
            </main>`
            : html`<main><p class="bad">${t('notAllowed')}</p></main>`
      }
    `;
  }

  private rangeBar() {
    const presets: [string, Parameters<typeof t>[0]][] = [
      ['today', 'today'],
      ['thisWeek', 'thisWeek'],
      ['lastWeek', 'lastWeek'],
      ['thisMonth', 'thisMonth'],
      ['lastMonth', 'lastMonth'],
      ['thisYear', 'thisYear'],
    ];
    return html`<div class="range" data-test="range">
      <label>${t('from')}<input type="date" .value=${this.from} @change=${(e: Event) => this.setPreset('custom', (e.target as HTMLInputElement).value, this.to)} /></label>
      <label>${t('to')}<input type="date" .value=${this.to} @change=${(e: Event) => this.setPreset('custom', this.from, (e.target as HTMLInputElement).value)} /></label>
      <div class="presets row">${presets.map(([p, label]) => html`<button @click=${() => this.setPreset(p)}>${t(label)}</button>`)}</div>
      <strong>${dmy(this.from)} – ${dmy(this.to)}</strong>
    </div>`;
  }

  private body() {
    const ro = readOnly(this.login.user);
    switch (this.tab) {
      case 'live':
        return html`<qms-report-live .office=${this.office} .supervisor=${ro}></qms-report-live>`;
      case 'reports':
        return html`<qms-report-period .office=${this.office} .from=${this.from} .to=${this.to}></qms-report-period>`;
      case 'satisfaction':
        return html`<qms-report-satisfaction .office=${this.office} .from=${this.from} .to=${this.to}></qms-report-satisfaction>`;
      case 'complaints':
        return html`<qms-complaint-inbox .office=${this.office}></qms-complaint-inbox>`;
      case 'dossiers':
        return html`<qms-report-dossiers .office=${this.office} .from=${this.from} .to=${this.to} .today=${this.today()} .readOnly=${ro}></qms-report-dossiers>`;
      case 'snapshots':
        return html`<qms-report-snapshots .office=${this.office} .openId=${this.snapshotId} .readOnly=${ro}></qms-report-snapshots>`;
    }
  }
}
customElements.define('qms-report-app', ReportApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-app': ReportApp;
  }
}
