/**
 * The officer's console page: sign in, choose and open a counter, then work it. A reload returns
 * to the same counter (opening is idempotent for the officer who holds it); another officer's
 * console is refused by the server with the holder's name. A province supervisor is sent on to
 * its live wall.
 */
import { LitElement, css, html } from 'lit';
import type { CounterSnapshot } from '../../shared/events.js';
import { t } from '../../shared/i18n/console-messages.js';
import { getLang } from '../../shared/i18n/translate.js';
import type { MeResponse, SessionUser } from '../../shared/schemas/auth.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, pageParam, errorText } from '../../shared/ui/api-client.js';
import { LoginGate } from '../lib/login-gate.js';
import './counter-picker.js';
import './counter-workspace.js';

const COUNTER_KEY = 'qms.console.counter';

export class CounterConsoleApp extends LitElement {
  static override properties = { office: { state: true }, counterId: { state: true }, error: { state: true }, notice: { state: true } };
  declare office: PublicOffice | undefined;
  declare counterId: string | undefined;
  declare error: string | undefined;
  /** why the console left a counter it did not close itself (taken over, closed elsewhere) */
  declare notice: string | undefined;
  /** the counter as opening it answered: shown until its room's snapshot comes */
  private opening: CounterSnapshot | undefined;
  private readonly login = new LoginGate(this, (me) => this.signedIn(me));

  static override styles = css`
    :host { display: block; min-height: 100vh; background: var(--qms-bg); color: var(--qms-navy); font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 18px; }
    .bar { display: flex; justify-content: flex-end; gap: 12px; padding: 8px 16px; background: var(--qms-navy); color: var(--qms-white); align-items: center; }
    .bar span { flex: 1; font-weight: 700; }
    .bar button { font: inherit; padding: 6px 14px; border-radius: 8px; border: 2px solid var(--qms-white); background: transparent; color: var(--qms-white); cursor: pointer; }
    button:focus-visible { outline: 4px solid var(--qms-gold); outline-offset: 2px; }
    .error { padding: 40px; font-size: 22px; color: var(--qms-red); }
    .elsewhere { padding: 40px; font-size: 22px; }
    .elsewhere a { color: var(--qms-navy); font-weight: 700; }
    a:focus-visible { outline: 4px solid var(--qms-gold); outline-offset: 2px; }
  `;

  private async signedIn(me: MeResponse): Promise<void> {
    this.error = undefined;
    if (me.user.role === 'supervisor') return;
    if (me.user.role === 'chairman') return;
    const officeId = pageParam('office') || me.user.offices[0];
    if (!officeId) {
      this.error = t('noOffice');
      return;
    }
    try {
      this.office = await api<PublicOffice>('GET', `/offices/${officeId}`);
      const remembered = localStorage.getItem(COUNTER_KEY);
      const [who, counter] = (remembered ?? '').split('|');
      if (who === `${me.user.username}@${officeId}` && counter && this.office.counters.some((c) => c.id === counter)) {
        await api<CounterSnapshot>('POST', `/offices/${officeId}/counters/${counter}/open`).then(
          (snapshot) => {
            this.opening = snapshot;
            this.counterId = counter;
          },
          () => localStorage.removeItem(COUNTER_KEY),
        );
      }
    } catch (err) {
      this.error = errorText(err);
    }
  }

  private opened(e: CustomEvent<{ counterId: string; snapshot: CounterSnapshot }>): void {
    this.opening = e.detail.snapshot;
    this.counterId = e.detail.counterId;
    this.notice = undefined;
    localStorage.setItem(COUNTER_KEY, `${this.login.user!.username}@${this.office!.id}|${this.counterId}`);
  }

  private leaveCounter(): void {
    this.counterId = undefined;
    localStorage.removeItem(COUNTER_KEY);
    void this.reloadOffice();
  }

  private counterLost(e: CustomEvent<{ message: string }>): void {
    this.notice = e.detail.message;
    this.leaveCounter();
  }

  private async reloadOffice(): Promise<void> {
    if (this.office) this.office = await api<PublicOffice>('GET', `/offices/${this.office.id}`).catch(() => this.office);
  }

  private async logout(): Promise<void> {
    await this.login.signOut();
    this.counterId = undefined;
  }

  override render() {
    return this.login.render(t('consoleTitle'), (user) => this.page(user));
  }

  private page(user: SessionUser) {
    const bar = html`<header class="bar"><span>${this.office?.name ?? ''}</span>${user.name}<button @click=${this.logout}>${t('signOut')}</button></header>`;
    if (user.role === 'supervisor')
      return html`${bar}<main class="elsewhere"><h1>${t('consoleTitle')}</h1><p>${t('supervisorHere')}</p>
        <p><a href="/console/province.html" data-test="province-link">${t('provinceWallLink')} →</a></p></main>`;
    // the chairman reads the office's figures on the reports page
    if (user.role === 'chairman')
      return html`${bar}<main class="elsewhere"><h1>${t('consoleTitle')}</h1><p role="alert">${t('notOfficer')}</p>
        <p><a href=${getLang() === 'en' ? '/console/reports.html?lang=en' : '/console/reports.html'} data-test="reports-link">${t('officeReportsLink')} →</a></p></main>`;
    if (this.error || !this.office) return html`${bar}<main><p class="error" role="alert">${this.error}</p></main>`;
    if (!this.counterId)
      return html`${bar}<main><qms-counter-picker .office=${this.office} .user=${user} .notice=${this.notice} @counter-opened=${this.opened}></qms-counter-picker></main>`;
    // the workspace has its own header, main landmark and h1
    return html`<qms-counter-workspace .office=${this.office} .counterId=${this.counterId} .user=${user} .opening=${this.opening}
      @counter-closed=${this.leaveCounter} @counter-lost=${this.counterLost} @signed-out=${() => this.login.signedOut()}></qms-counter-workspace>`;
  }
}
customElements.define('qms-console', CounterConsoleApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-console': CounterConsoleApp;
  }
}
