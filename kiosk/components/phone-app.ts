/**
 * The citizen's phone page, opened from the ticket's QR code (`/kiosk/phone.html?t=<id>&k=<token>`),
 * no login: live position and wait, "mời bạn đến quầy số 3" with vibration and sound when called,
 * a rating after completion, and a complaint form.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { CallEvent, QueuePositions, Snapshot } from '../../shared/events.js';
import { bt } from '../../shared/i18n/booking-messages.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import type { BookingOptions } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { PublicTicket, Ticket } from '../../shared/schemas/ticket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import { estimateWaitMinutes } from '../../shared/wait-estimate.js';
import { api, ApiError, pageParam } from '../../shared/ui/api-client.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { followByPush, pushKey } from '../lib/web-push.js';
import { chime, unlockSound, vibrate } from '../lib/sound.js';
import './complaint-form.js';
import './kiosk-header.js';
import './offline-banner.js';
import './phone-rating.js';
import { base } from '../styles/base.js';

export class PhoneApp extends LitElement {
  static override properties = {
    office: { state: true },
    ticket: { state: true },
    calledCounter: { state: true },
    fatal: { state: true },
    soundOn: { state: true },
    complaintOpen: { state: true },
    pushKeyValue: { state: true },
    push: { state: true },
    bookable: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: block; min-height: 100vh; background: var(--bg); }
      main { padding: 1rem; display: grid; gap: 1rem; max-width: 40rem; margin: 0 auto; }
      .card { background: var(--surface); border-radius: 1.2rem; box-shadow: 0 6px 20px rgba(0, 0, 0, 0.1); overflow: hidden; }
      .head { background: var(--ink); color: #fff; text-align: center; padding: 1rem; }
      .head .number { font-size: 4.2rem; font-weight: 900; line-height: 1; }
      .head .service { font-size: 1.15rem; font-weight: 700; margin-top: 0.3rem; }
      .status { padding: 1.1rem 1rem 1.3rem; text-align: center; display: grid; gap: 0.5rem; }
      .status .title { font-size: 1.35rem; font-weight: 800; }
      .ahead { font-size: 3.4rem; font-weight: 900; line-height: 1; color: var(--primary); }
      .sub { color: var(--muted); font-size: 1.05rem; font-weight: 600; }
      .called { background: #11663a; color: #fff; animation: flash 1s ease-in-out 4; }
      .called .title { font-size: 2rem; line-height: 1.2; }
      .called .sub { color: #e6fff0; }
      @keyframes flash { 50% { background: #0a4727; } }
      .next { color: var(--ok); font-weight: 800; font-size: 1.2rem; }
      .stopped .title { color: var(--bad); }
      .panel { background: var(--surface); border-radius: 1.2rem; padding: 1rem; box-shadow: 0 3px 10px rgba(0, 0, 0, 0.06); }
      .row { display: flex; flex-wrap: wrap; gap: 0.7rem; justify-content: center; }
      .btn { font-size: 1.05rem; }
      .link { background: none; border: 0; text-decoration: underline; color: var(--ink); font-weight: 700; font-size: 1.05rem; }
      a.link { display: inline-flex; align-items: center; min-height: var(--touch); }
      .center { padding: 2rem 1rem; text-align: center; font-size: 1.2rem; }
    `,
  ];

  private readonly ticketId = pageParam('t');
  private readonly token = pageParam('k');
  private readonly officeId = parseTicketId(this.ticketId)?.office ?? '';
  declare private office: PublicOffice | undefined;
  declare private ticket: (PublicTicket & { rated?: boolean }) | undefined;
  declare private calledCounter: number | undefined;
  declare private fatal: string;
  declare private soundOn: boolean;
  declare private complaintOpen: boolean;
  /** the server's VAPID key when this browser can take Web Push */
  declare private pushKeyValue: string | undefined;
  declare private push: 'off' | 'on' | 'refused';
  /** the office takes bookings: a link to its booking page */
  declare private bookable: boolean;
  private lastAlertedCall = '';
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private i18n = new LangController(this);
  private socket = new OfficeSocketController(this, {
    join: () => ({ office: this.officeId, role: 'ticket', ticketId: this.ticketId, token: this.token }),
    onSnapshot: (s: Snapshot) => s.role === 'ticket' && this.setTicket(s.ticket),
    onJoinError: (e) => {
      if (e.code === 'not_found' || e.code === 'validation_failed') this.fatal = kt('phoneNotFound');
      else setTimeout(() => this.socket.rejoin(), 3000);
    },
    subscribe: (socket) => {
      socket.on('ticket.updated', (t) => t.id === this.ticketId && this.setTicket({ ...this.ticket, ...t }));
      socket.on('ticket.called', (c) => this.onCall(c));
      socket.on('ticket.recalled', (c) => this.onCall(c));
      // the lines' order comes to the phone: it works out its own position, no request per change
      socket.on('queue.positions', (p) => this.applyPositions(p));
    },
  });

  constructor() {
    super();
    this.fatal = '';
    this.soundOn = false;
    this.complaintOpen = false;
    this.bookable = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.officeId || !/^[A-Za-z0-9_-]{16,64}$/.test(this.token)) {
      this.fatal = kt('phoneBadLink');
      return;
    }
    void pushKey().then((key) => (this.pushKeyValue = key));
    api<PublicOffice>('GET', `/offices/${encodeURIComponent(this.officeId)}`)
      .then((o) => {
        this.office = o;
        this.style.setProperty('--primary', o.theme.primary);
        this.style.setProperty('--accent', o.theme.accent);
      })
      .catch(() => {});
    api<BookingOptions>('GET', `/offices/${encodeURIComponent(this.officeId)}/booking-options`)
      .then((b) => (this.bookable = b.services.length > 0))
      .catch(() => {});
  }

  private setTicket(t: PublicTicket & { rated?: boolean }) {
    const before = this.ticket?.status;
    this.ticket = t;
    if (t.status === 'called' && t.counterId && this.office)
      this.calledCounter = this.office.counters.find((c) => c.id === t.counterId)?.number ?? this.calledCounter;
    if (t.status === 'done' && before !== 'done') void this.loadRated();
    if (t.status === 'waiting' && t.ahead === undefined) this.refreshSoon(0);
  }

  private applyPositions(p: QueuePositions) {
    const t = this.ticket;
    const line = t?.status === 'waiting' ? p.services.find((s) => s.id === t.serviceId) : undefined;
    const ahead = line ? line.order.indexOf(t!.number) : -1;
    if (!line || ahead < 0) return;
    this.ticket = { ...t!, ahead, estimatedWaitMinutes: estimateWaitMinutes(ahead, line.serviceSeconds, line.openCounters) };
  }

  private async loadRated() {
    try {
      const r = await api<{ ticket: Ticket }>('GET', `/tickets/${encodeURIComponent(this.ticketId)}?token=${encodeURIComponent(this.token)}`);
      this.ticket = { ...this.ticket!, rated: !!r.ticket.rated };
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.fatal = kt('phoneNotFound');
    }
  }

  private onCall(c: CallEvent) {
    if (c.ticket.id !== this.ticketId) return;
    this.calledCounter = c.counterNumber;
    this.ticket = { ...this.ticket, ...c.ticket };
    if (this.lastAlertedCall === c.callId) return;
    this.lastAlertedCall = c.callId;
    vibrate();
    chime();
  }

  private refreshSoon(delay = 500) {
    if (this.refreshTimer && delay > 0) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.socket.socket?.emit('snapshot', (r) => r.ok && r.data.role === 'ticket' && this.setTicket({ ...this.ticket, ...r.data.ticket }));
    }, delay);
  }

  private async cancelMine() {
    try {
      const r = await api<{ ticket: Ticket }>('POST', `/tickets/${encodeURIComponent(this.ticketId)}/cancel`, { token: this.token });
      this.setTicket(r.ticket);
    } catch {
      /* the status stays as it is; the socket will tell */
    }
  }

  override render() {
    void this.i18n;
    const o = this.office;
    return html`
      <qms-kiosk-header name=${o?.shortName ?? o?.name ?? kt('phoneTitle')} timeZone=${o?.timeZone ?? 'Asia/Ho_Chi_Minh'} .showClock=${false}></qms-kiosk-header>
      <qms-offline-banner ?offline=${!this.fatal && this.socket.state === 'offline'}></qms-offline-banner>
      <main>${this.fatal ? html`<p class="center error" role="alert">${this.fatal}</p>` : this.ticket ? this.body(this.ticket) : html`<p class="center">${kt('loading')}</p>`}</main>
    `;
  }

  private body(t: PublicTicket & { rated?: boolean }) {
    const service = this.office?.services.find((s) => s.id === t.serviceId);
    return html`
      <section class="card" aria-live="polite">
        <div class="head"><div class="number" data-number>${t.number}</div><div class="service">${service ? localName(service) : ''}</div></div>
        ${this.status(t)}
      </section>
      ${t.status === 'done' ? html`<section class="panel"><qms-phone-rating ticketId=${this.ticketId} token=${this.token} ?rated=${!!t.rated}></qms-phone-rating></section>` : nothing}
      <section class="panel">
        ${
          this.complaintOpen
            ? html`<qms-complaint-form office=${this.officeId} mode="phone" ticketId=${this.ticketId} token=${this.token}></qms-complaint-form>`
            : html`<div class="row"><button class="btn" data-action="open-complaint" @click=${() => (this.complaintOpen = true)}>${kt('complaintLink')}</button></div>`
        }
      </section>
      ${this.bookable ? html`<div class="row"><a class="link" data-action="book" href=${`./book.html?office=${encodeURIComponent(this.officeId)}`}>${bt('pageTitle')}</a></div>` : nothing}
    `;
  }

  private pushButton(key: string) {
    if (this.push === 'on') return html`<div class="sub" data-push="on">${kt('pushOn')}</div>`;
    if (this.push === 'refused') return html`<div class="sub" data-push="refused">${kt('pushRefused')}</div>`;
    const follow = () =>
      followByPush(this.ticketId, this.token, key).then(
        (ok) => (this.push = ok ? 'on' : 'refused'),
        () => (this.push = 'refused'),
      );
    return html`<div class="row"><button class="btn ghost" data-action="push" @click=${follow}>${kt('pushEnable')}</button></div>`;
  }

  private status(t: PublicTicket) {
    const counter = this.calledCounter ?? this.office?.counters.find((c) => c.id === t.counterId)?.number ?? '';
    switch (t.status) {
      case 'waiting':
        return html`<div class="status" data-status="waiting">
          <div class="title">${kt('statusWaiting')}</div>
          <div class="ahead" data-ahead>${t.ahead ?? '…'}</div>
          <div class="sub">${kt('aheadLabel')}</div>
          ${t.ahead === 0 ? html`<div class="next">${kt('youAreNext')}</div>` : nothing}
          <div class="sub">${kt('waitLabel')}: <strong>${kt('minutes', { n: t.estimatedWaitMinutes ?? 0 })}</strong></div>
          <div class="row">
            <button class="btn ${this.soundOn ? 'ghost' : 'primary'}" ?disabled=${this.soundOn} @click=${() => (this.soundOn = unlockSound())}>${this.soundOn ? kt('alertsOn') : kt('enableAlerts')}</button>
          </div>
          ${this.pushKeyValue ? this.pushButton(this.pushKeyValue) : nothing}
          <div class="sub">${kt('keepOpen')}</div>
          <div class="row"><button class="link" @click=${() => this.cancelMine()}>${kt('cancelMyTicket')}</button></div>
        </div>`;
      case 'called':
        return html`<div class="status called" role="alert" data-status="called"><div class="title">${kt('statusCalled', { counter })}</div></div>`;
      case 'serving':
        return html`<div class="status" data-status="serving"><div class="title">${kt('statusServing', { counter })}</div></div>`;
      case 'done':
        return html`<div class="status" data-status="done"><div class="title">${kt('statusDone')}</div></div>`;
      default:
        return html`<div class="status stopped" data-status=${t.status}><div class="title">${kt(`status_${t.status}`)}</div></div>`;
    }
  }
}
customElements.define('qms-phone-app', PhoneApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-phone-app': PhoneApp;
  }
}
