/**
 * The administration page: sign in as an administrator, pick an office, edit its configuration
 * (services and the bookings they take, counters, notices, call phrase, priority, rating, booking
 * rules) as one draft saved with PUT (the server validates the whole configuration and its message
 * is shown as is), and manage staff, devices, the office's webhooks and the audit log. Saved changes reach kiosks, boards
 * and counters at once.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { MeResponse, SessionUser } from '../../shared/schemas/auth.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import type { AdminOfficeList } from '../../shared/schemas/office-responses.js';
import { api, pageParam, errorText } from '../../shared/ui/api-client.js';
import { LoginGate } from '../lib/login-gate.js';
import { officeGroups, officeOptions } from '../lib/office-options.js';
import './admin-audit.js';
import './admin-counters.js';
import './admin-devices.js';
import './admin-office.js';
import './admin-services.js';
import './admin-settings.js';
import './admin-staff.js';
import './admin-webhooks.js';

const TABS = ['office', 'services', 'counters', 'staff', 'devices', 'settings', 'webhooks', 'audit'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL = {
  office: 'tabOffice',
  services: 'tabServices',
  counters: 'tabCounters',
  staff: 'tabStaff',
  devices: 'tabDevices',
  settings: 'tabSettings',
  webhooks: 'tabWebhooks',
  audit: 'tabAudit',
} as const;

export class AdminApp extends LitElement {
  static override properties = {
    offices: { state: true },
    office: { state: true },
    saved: { state: true },
    draft: { state: true },
    tab: { state: true },
    result: { state: true },
    busy: { state: true },
  };
  /** the offices this administrator manages, with their names and groups */
  declare offices: AdminOfficeList['directory'];
  declare office: string;
  declare saved: OfficeConfig | undefined;
  declare draft: OfficeConfig | undefined;
  declare tab: Tab;
  declare result: { ok: boolean; text: string } | undefined;
  declare busy: boolean;
  private readonly login = new LoginGate(this, (me) => this.signedIn(me));

  constructor() {
    super();
    this.offices = [];
    this.office = pageParam('office');
    this.tab = (TABS as readonly string[]).includes(pageParam('tab')) ? (pageParam('tab') as Tab) : 'services';
    this.busy = false;
  }

  /** Closing or leaving the page with unsaved changes asks first, as switching office does. */
  private readonly guardUnload = (e: BeforeUnloadEvent) => {
    if (this.dirty) e.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.guardUnload);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeunload', this.guardUnload);
    super.disconnectedCallback();
  }

  static override styles = css`
    :host { display: block; min-height: 100vh; background: var(--qms-bg); color: var(--qms-navy); font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 16px; }
    header { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 10px 20px; background: var(--qms-navy); color: var(--qms-white); }
    header h1 { margin: 0; font-size: 22px; flex: 1 1 14em; }
    header label { min-width: 0; max-width: 100%; }
    header select, header button { font: inherit; padding: 4px 10px; border-radius: 6px; }
    header select { max-width: 100%; }
    nav { display: flex; gap: 4px; padding: 10px 20px 0; flex-wrap: wrap; }
    nav button { font: inherit; padding: 10px 16px; border: 2px solid var(--qms-navy); border-bottom: 0; border-radius: 10px 10px 0 0; background: var(--qms-line-admin); color: var(--qms-navy); cursor: pointer; }
    nav button[aria-selected='true'] { background: var(--qms-white); font-weight: 700; }
    button:focus-visible, select:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 1px; }
    /* a wide table scrolls inside its tab, not the page (a phone or a narrow window) */
    section { background: var(--qms-white); margin: 0 20px; padding: 16px; border: 2px solid var(--qms-navy); border-radius: 0 10px 10px 10px; overflow-x: auto; }
    .savebar { position: sticky; bottom: 0; display: flex; gap: 12px; align-items: center; padding: 12px 20px; background: var(--qms-info-bg); border-top: 3px solid var(--qms-gold); margin-top: 16px; }
    .savebar button { font: inherit; font-weight: 700; padding: 10px 20px; border-radius: 8px; border: 2px solid var(--qms-navy); cursor: pointer; background: var(--qms-white); }
    .savebar button.primary { background: var(--qms-red); border-color: var(--qms-red); color: var(--qms-white); }
    .savebar button:disabled { opacity: 0.4; cursor: not-allowed; }
    .presets { margin: 10px 20px; display: flex; gap: 8px; flex-wrap: wrap; }
    .presets button { font: inherit; padding: 6px 12px; border: 2px solid var(--qms-navy); border-radius: 8px; background: var(--qms-white); cursor: pointer; }
    .ok { color: var(--qms-ok); font-weight: 700; }
    .bad { color: var(--qms-red); font-weight: 700; }
    .error { padding: 40px; font-size: 20px; color: var(--qms-red); }
  `;

  private async signedIn(me: MeResponse): Promise<void> {
    // nothing of a previous session's user stays on screen
    this.offices = [];
    this.saved = undefined;
    this.draft = undefined;
    this.result = undefined;
    if (me.user.role !== 'admin') return;
    try {
      this.offices = (await api<AdminOfficeList>('GET', '/admin/offices')).directory;
      if (!this.offices.some((o) => o.id === this.office)) this.office = this.offices[0]?.id ?? '';
      await this.loadConfig();
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  private async loadConfig(): Promise<void> {
    if (!this.office) return;
    const { config } = await api<{ config: OfficeConfig }>('GET', `/admin/offices/${this.office}/config`);
    this.saved = config;
    this.draft = config;
  }

  private get dirty(): boolean {
    return JSON.stringify(this.saved) !== JSON.stringify(this.draft);
  }

  private async save(): Promise<void> {
    this.busy = true;
    try {
      const { config } = await api<{ config: OfficeConfig }>('PUT', `/admin/offices/${this.office}/config`, this.draft);
      this.saved = config;
      this.draft = config;
      this.result = { ok: true, text: t('saved') };
      // the picker shows the name and group just saved
      this.offices = this.offices.map((o) =>
        o.id === config.id
          ? { id: o.id, name: config.name, ...(config.shortName ? { shortName: config.shortName } : {}), ...(config.group ? { group: config.group } : {}) }
          : o,
      );
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    } finally {
      this.busy = false;
    }
  }

  private async preset(name: 'realistic-hours' | 'all-day'): Promise<void> {
    try {
      const { config } = await api<{ config: OfficeConfig }>('POST', `/admin/offices/${this.office}/presets/${name}`);
      this.saved = config;
      this.draft = config;
      this.result = { ok: true, text: t('saved') };
    } catch (err) {
      this.result = { ok: false, text: errorText(err) };
    }
  }

  private async officeCreated(e: CustomEvent<string>): Promise<void> {
    this.offices = (await api<AdminOfficeList>('GET', '/admin/offices')).directory;
    this.office = e.detail;
    await this.loadConfig();
  }

  private async switchOffice(e: Event): Promise<void> {
    const select = e.target as HTMLSelectElement;
    if (this.dirty && !confirm(t('leaveUnsaved'))) {
      select.value = this.office;
      return;
    }
    this.office = select.value;
    this.result = undefined;
    await this.loadConfig();
  }

  override render() {
    return this.login.render(t('adminTitle'), (user) => this.page(user));
  }

  private page(user: SessionUser) {
    const header = html`<header>
      <h1>${t('adminTitle')}${this.draft ? ` – ${this.draft.name}` : ''}</h1>
      <label>${t('office')} <select aria-label=${t('office')} @change=${this.switchOffice}>${officeOptions(this.offices, this.office)}</select></label>
      <span>${user.name}</span>
      <button @click=${() => this.login.signOut()}>${t('signOut')}</button>
    </header>`;
    if (user.role !== 'admin') return html`${header}<main><p class="error">${t('notAdmin')}</p></main>`;
    if (!this.draft)
      return html`${header}<main>${this.result ? html`<p class="error" role="alert" data-testid="load-error">${this.result.text}</p>` : nothing}</main>`;
    const onChange = (e: CustomEvent<OfficeConfig>) => (this.draft = e.detail);
    const deployment = user.offices.length === 0;
    const body = {
      office: html`<qms-admin-office .config=${this.draft} .deployment=${deployment} @config-change=${onChange} @office-created=${this.officeCreated}></qms-admin-office>`,
      services: html`<qms-admin-services .config=${this.draft} @config-change=${onChange}></qms-admin-services>`,
      counters: html`<qms-admin-counters .config=${this.draft} @config-change=${onChange}></qms-admin-counters>`,
      settings: html`<qms-admin-settings .config=${this.draft} @config-change=${onChange}></qms-admin-settings>`,
      staff: html`<qms-admin-staff .office=${this.office} .timeZone=${this.draft.timeZone} .deployment=${deployment} .groups=${officeGroups(this.offices)}></qms-admin-staff>`,
      devices: html`<qms-admin-devices .office=${this.office} .timeZone=${this.draft.timeZone} .counters=${this.draft.counters}></qms-admin-devices>`,
      webhooks: html`<qms-admin-webhooks .office=${this.office} .timeZone=${this.draft.timeZone}></qms-admin-webhooks>`,
      audit: html`<qms-admin-audit .office=${this.office} .timeZone=${this.draft.timeZone} .deployment=${deployment}></qms-admin-audit>`,
    }[this.tab];
    const editsConfig = this.tab === 'office' || this.tab === 'services' || this.tab === 'counters' || this.tab === 'settings';
    return html`${header}
      <main>
      <div class="presets">
        <button @click=${() => this.preset('realistic-hours')}>${t('presetHours')}</button>
        <button @click=${() => this.preset('all-day')}>${t('presetAllDay')}</button>
      </div>
      <nav role="tablist">${TABS.map((tab) => html`<button role="tab" id="tab-${tab}" data-tab=${tab} aria-selected=${this.tab === tab} aria-controls="panel" @click=${() => (this.tab = tab)}>${t(TAB_LABEL[tab])}</button>`)}</nav>
      <section role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}">${body}</section>
      ${
        editsConfig || this.result
          ? html`<div class="savebar">
            ${
              editsConfig
                ? html`<button class="primary" data-action="save" ?disabled=${!this.dirty || this.busy} @click=${this.save}>${t('save')}</button>
              <button ?disabled=${!this.dirty} @click=${() => ((this.draft = this.saved), (this.result = undefined))}>${t('discard')}</button>`
                : nothing
            }
            ${this.dirty ? html`<span>${t('unsaved')}</span>` : nothing}
            ${this.result ? html`<span class=${this.result.ok ? 'ok' : 'bad'} role="status" data-testid="save-result">${this.result.text}</span>` : nothing}
          </div>`
          : nothing
      }
      </main>`;
  }
}
customElements.define('qms-admin', AdminApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin': AdminApp;
  }
}
