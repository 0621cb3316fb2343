/**
 * The kiosk (`/kiosk/?office=tay-mo&kiosk=k1`): home → ticket, the priority path, complaints, the
 * optional ID-card scan and the check-in of a booked appointment. One tap on a service takes a
 * ticket; repeated taps and retries after a lost connection carry the same idempotency key, so
 * they never make a second ticket.
 */
import { LitElement, html, nothing, render } from 'lit';
import type { Snapshot } from '../../shared/events.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { setLang } from '../../shared/i18n/translate.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { api, ApiError, pageParam } from '../../shared/ui/api-client.js';
import { DevicePairing } from '../../shared/ui/device-pairing.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { hoursText, localName } from '../lib/format.js';
import { IdleController } from '../lib/idle.js';
import { issueRefusal, issueTicket, TapKeys } from '../lib/issue.js';
import { LangController } from '../lib/lang.js';
import { SlipPrinter } from '../lib/slip-printer.js';
import './booking-check-in.js';
import './cccd-scan.js';
import './complaint-form.js';
import { icons } from '../lib/icons.js';
import type { Issuing } from './issuing-dialog.js';
import './issuing-dialog.js';
import './kiosk-header.js';
import './kiosk-home.js';
import './offline-banner.js';
import './priority-picker.js';
import { base } from '../styles/base.js';
import { kioskAppStyles } from '../styles/kiosk-app.js';
import type { TicketSlip } from './ticket-slip.js';
import './ticket-slip.js';
import './ticket-screen.js';

type Screen = 'home' | 'priority' | 'complaint' | 'cccd' | 'check-in' | 'ticket';

const IDLE_MS = 60_000;

export class KioskApp extends LitElement {
  static override properties = {
    office: { state: true },
    fatal: { state: true },
    screen: { state: true },
    priority: { state: true },
    cccd: { state: true },
    ticket: { state: true },
    issuing: { state: true },
    toast: { state: true },
  };
  static override styles = [base, kioskAppStyles];

  private readonly officeId = pageParam('office');
  private readonly kioskId = pageParam('kiosk');
  /**
   * Where phones reach the server: `?base=` on this kiosk, else the deployment's PUBLIC_URL, else the
   * address the kiosk was opened with.
   */
  private get publicBase(): string {
    return (pageParam('base') || this.office?.publicUrl || location.origin).replace(/\/+$/, '');
  }
  declare private office: PublicOffice | undefined;
  /** server clock − this PC's clock, from the latest office snapshot */
  private offsetMs = 0;
  declare private fatal: string;
  declare private screen: Screen;
  declare private priority: string | undefined;
  declare private cccd: string | undefined;
  declare private ticket: Ticket | undefined;
  declare private issuing: Issuing | undefined;
  declare private toast: string;
  private readonly tapKeys = new TapKeys(this.kioskId || 'kiosk');
  private networkPrinter = false;
  private readonly printer = new SlipPrinter();
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private periodic?: ReturnType<typeof setInterval>;
  private i18n = new LangController(this);
  /** where the office requires paired kiosks, an unpaired kiosk shows its pairing code instead of services */
  private pairing = new DevicePairing(this, { kind: 'kiosk', office: this.officeId, onKeyChange: () => this.socket.reconnect() });
  private socket = new OfficeSocketController(this, {
    join: () => ({ office: this.officeId, role: 'kiosk' }),
    deviceKey: () => this.pairing.key,
    onSnapshot: (s: Snapshot) => {
      if (s.role === 'kiosk') this.setOffice(s.office);
    },
    onJoinError: (e) => {
      if (this.pairing.refused(e.code)) return;
      if (e.code === 'not_found') this.fatal = kt('officeNotFound');
      else setTimeout(() => this.socket.rejoin(), 3000); // e.g. Redis restarting: try again
    },
    subscribe: (socket) => {
      socket.on('queue.changed', (q) => {
        if (!this.office) return;
        const waiting = new Map(q.services.map((s) => [s.id, s.waiting]));
        this.office = { ...this.office, services: this.office.services.map((s) => (waiting.has(s.id) ? { ...s, waiting: waiting.get(s.id)! } : s)) };
        this.refreshSoon();
      });
      socket.on('counter.changed', () => this.refreshSoon());
      socket.on('office.changed', () => this.refreshSoon(0));
    },
  });
  /** `?idle=SECONDS` shortens the idle timeout (trying the kiosk, tests) */
  private idle = new IdleController(this, Number(pageParam('idle')) * 1000 || IDLE_MS, () => this.goHome(true));

  constructor() {
    super();
    this.fatal = '';
    this.screen = 'home';
    this.toast = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.officeId) this.fatal = kt('officeMissing');
    // opening hours and daily limits change with the clock, not only with events
    this.periodic = setInterval(() => this.refreshSoon(0), 30_000);
    if (this.kioskId && this.officeId) {
      api<{ kiosk: { networkPrinter: boolean } }>('GET', `/offices/${encodeURIComponent(this.officeId)}/kiosks/${encodeURIComponent(this.kioskId)}`)
        .then((r) => (this.networkPrinter = r.kiosk.networkPrinter))
        .catch(() => {});
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.periodic);
    clearTimeout(this.refreshTimer);
  }

  private setOffice(office: PublicOffice) {
    this.offsetMs = office.serverTime - Date.now();
    this.office = office;
    this.fatal = '';
    if (office.requirePairedKiosks && !this.pairing.key) this.pairing.show();
    this.style.setProperty('--primary', office.theme.primary);
    this.style.setProperty('--accent', office.theme.accent);
    document.title = `${office.shortName ?? office.name} – ${kt('appTitle')}`;
  }

  /** Asks for a fresh snapshot (estimates, open/closed), at most every few seconds. */
  private refreshSoon(delay = 2000) {
    if (this.refreshTimer && delay > 0) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.socket.socket?.emit('snapshot', (r) => r.ok && r.data.role === 'kiosk' && this.setOffice(r.data.office));
    }, delay);
  }

  private goHome(resetCitizen: boolean) {
    if (this.issuing && !this.issuing.error) return; // never walk away from a request in flight
    this.screen = 'home';
    this.issuing = undefined;
    this.ticket = undefined;
    if (resetCitizen) {
      this.priority = undefined;
      this.cccd = undefined;
      this.toast = '';
      setLang('vi');
    }
    this.printer.clear();
  }

  private async take(serviceId: string) {
    if (this.issuing || !this.office) return; // a second or third tap while the first is on its way
    const fingerprint = `${serviceId}|${this.priority ?? ''}|${this.cccd ? 'id' : ''}`;
    const key = this.tapKeys.keyFor(fingerprint);
    const abort = new AbortController();
    this.issuing = { serviceId, key, retrying: false, abort };
    this.toast = '';
    try {
      const ticket = await issueTicket(
        this.officeId,
        {
          serviceId,
          idempotencyKey: key,
          ...(this.priority ? { priority: this.priority } : {}),
          ...(this.kioskId ? { kiosk: this.kioskId } : {}),
          ...(this.cccd ? { cccd: this.cccd } : {}),
        },
        { signal: abort.signal, onRetry: () => this.issuing && (this.issuing = { ...this.issuing, retrying: true }) },
      );
      this.tapKeys.settle();
      this.issuing = undefined;
      this.showTicket(ticket);
    } catch (e) {
      const err = e as ApiError;
      if (err.code === 'aborted') return;
      this.tapKeys.settle(); // refused: nothing was created
      if (this.pairing.refused(err.code)) {
        this.issuing = undefined;
        return;
      }
      const hours = hoursText(this.office.services.find((s) => s.id === serviceId)?.hours ?? []);
      this.issuing = { serviceId, key, retrying: false, abort, ...issueRefusal(err, hours) };
      this.refreshSoon(0);
    }
  }

  /** A ticket issued or checked in: on the screen and printed (a priority or card chosen before is used up). */
  private showTicket(ticket: Ticket) {
    this.priority = undefined;
    this.cccd = undefined;
    this.ticket = ticket;
    this.screen = 'ticket';
    void this.print(ticket);
  }

  private phoneUrl(t: Ticket): string {
    return `${this.publicBase}/kiosk/phone.html?t=${encodeURIComponent(t.id)}&k=${encodeURIComponent(t.token)}`;
  }

  /** Prints the slip: on the kiosk's network printer when it has one, else through the browser (80 mm page). */
  private print(t: Ticket): Promise<void> {
    return this.printer.print(async (root) => {
      render(html`<qms-ticket-slip .ticket=${t} .office=${this.office} phoneUrl=${this.phoneUrl(t)}></qms-ticket-slip>`, root);
      const slip = root.querySelector<TicketSlip>('qms-ticket-slip')!;
      await slip.whenReady();
      this.printer.setPageSize(80, Math.ceil((slip.getBoundingClientRect().height * 25.4) / 96) + 4);
      if (!this.networkPrinter) return false;
      try {
        await api('POST', `/offices/${encodeURIComponent(this.officeId)}/kiosks/${encodeURIComponent(this.kioskId)}/print`, { ticketId: t.id, token: t.token });
        return true;
      } catch {
        return false; // the network printer failed: fall back to the browser's printer
      }
    });
  }

  private async cancelTicket() {
    const t = this.ticket;
    if (!t) return;
    try {
      await api('POST', `/tickets/${encodeURIComponent(t.id)}/cancel`, { token: t.token });
      this.goHome(false);
      this.toast = kt('ticketCancelled');
    } catch {
      this.goHome(false);
    }
  }

  override render() {
    void this.i18n;
    const o = this.office;
    return html`
      <qms-kiosk-header .offsetMs=${this.offsetMs} name=${o?.name ?? ''} subtitle=${o?.address ?? ''} timeZone=${o?.timeZone ?? 'Asia/Ho_Chi_Minh'}></qms-kiosk-header>
      <qms-offline-banner ?offline=${this.socket.state === 'offline'}></qms-offline-banner>
      <main>${this.fatal ? html`<p class="center error">${this.fatal}</p>` : this.pairing.active ? this.pairing.render() : o ? this.screenView(o) : html`<p class="center">${kt('loading')}</p>`}</main>
      ${
        this.issuing
          ? html`<qms-issuing-dialog .issuing=${this.issuing} @dismiss=${() => (this.issuing = undefined)}
              @give-up=${() => (this.issuing?.abort.abort(), (this.issuing = undefined))}></qms-issuing-dialog>`
          : nothing
      }
    `;
  }

  private screenView(o: PublicOffice) {
    const back = html`<button class="btn ghost back" @click=${() => this.goHome(false)}>${icons.back}${kt('back')}</button>`;
    switch (this.screen) {
      case 'priority':
        return html`<qms-priority-picker .office=${o} @back=${() => (this.screen = 'home')}
          @chosen=${(e: CustomEvent<string>) => ((this.priority = e.detail), (this.screen = 'home'))}></qms-priority-picker>`;
      case 'complaint':
        return html`<div class="page"><qms-complaint-form office=${this.officeId} mode="kiosk"></qms-complaint-form>${back}</div>`;
      case 'cccd':
        return html`<qms-cccd-scan @cancel=${() => (this.screen = 'home')}
          @scanned=${(e: CustomEvent<string>) => ((this.cccd = e.detail), (this.screen = 'home'))}></qms-cccd-scan>`;
      case 'check-in':
        return html`<qms-booking-check-in office=${this.officeId} kiosk=${this.kioskId} @cancel=${() => (this.screen = 'home')}
          @checked-in=${(e: CustomEvent<Ticket>) => this.showTicket(e.detail)}
          @check-in-refused=${(e: CustomEvent<string>) => this.pairing.refused(e.detail) && e.preventDefault()}></qms-booking-check-in>`;
      case 'ticket':
        return html`<qms-ticket-screen .ticket=${this.ticket} .office=${o} phoneUrl=${this.ticket ? this.phoneUrl(this.ticket) : ''}
          @home=${() => this.goHome(true)} @reprint=${() => this.ticket && this.print(this.ticket)} @cancel-ticket=${() => this.cancelTicket()}></qms-ticket-screen>`;
      default: {
        const cat = o.priorityCategories.find((c) => c.id === this.priority);
        return html`${this.toast ? html`<div class="toast" role="status">${this.toast}</div>` : nothing}
          <qms-kiosk-home .office=${o} .priorityName=${cat ? localName(cat) : undefined} ?cccdAttached=${!!this.cccd} busyService=${this.issuing?.serviceId ?? ''}
            @pick=${(e: CustomEvent<string>) => this.take(e.detail)} @priority=${() => (this.screen = 'priority')}
            @complaint=${() => (this.screen = 'complaint')} @cccd=${() => (this.screen = 'cccd')} @check-in=${() => (this.screen = 'check-in')}
            @clear-priority=${() => (this.priority = undefined)} @clear-cccd=${() => (this.cccd = undefined)}></qms-kiosk-home>`;
      }
    }
  }
}
customElements.define('qms-kiosk-app', KioskApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-kiosk-app': KioskApp;
  }
}
