/**
 * The ticket of a booking (a remote number, or an appointment checked in), followed live as the
 * phone page follows it: the socket joins the ticket's room with its token, so the position
 * changes as soon as a counter calls someone ahead. A `cancel` slot shows while it waits.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { CallEvent, QueuePositions, Snapshot } from '../../shared/events.js';
import { bt } from '../../shared/i18n/booking-messages.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { PublicTicket, Ticket } from '../../shared/schemas/ticket.js';
import { estimateWaitMinutes } from '../../shared/wait-estimate.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';
import './offline-banner.js';

export class BookTicket extends LitElement {
  static override properties = { office: { attribute: false }, ticket: { attribute: false }, heading: {}, serviceName: {}, live: { state: true } };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 1rem; }
      .card { background: var(--surface); border-radius: var(--radius); box-shadow: 0 6px 20px rgba(0, 0, 0, 0.1); overflow: hidden; }
      .head { background: var(--ink); color: #fff; text-align: center; padding: 0.9rem 1rem; }
      h2 { font-size: 1.1rem; font-weight: 700; }
      .number { font-size: 4rem; font-weight: 900; line-height: 1.05; }
      .service { font-size: 1.1rem; font-weight: 700; }
      .status { padding: 1rem; text-align: center; display: grid; gap: 0.45rem; }
      .title { font-size: 1.3rem; font-weight: 800; }
      .ahead { font-size: 3.2rem; font-weight: 900; line-height: 1; color: var(--primary); }
      .sub { color: var(--muted); font-size: 1.05rem; font-weight: 600; }
      .next { color: var(--ok); font-weight: 800; font-size: 1.2rem; }
      .called { background: #11663a; color: #fff; }
      .called .title { font-size: 1.8rem; }
      .stopped .title { color: var(--bad); }
      a.btn { text-decoration: none; color: var(--ink); width: 100%; box-sizing: border-box; border-radius: var(--radius); border: 3px solid var(--ink); min-height: var(--touch); font-size: 1.1rem; }
      a.btn:focus-visible { outline: 4px solid #1a56db; outline-offset: 3px; }
    `,
  ];
  declare office: PublicOffice | undefined;
  /** the ticket as the booking answered it (with its token) */
  declare ticket: Ticket | undefined;
  declare heading: string;
  declare serviceName: string;
  declare private live: PublicTicket | undefined;
  private i18n = new LangController(this);
  private socket = new OfficeSocketController(this, {
    join: () => ({ office: this.office?.id ?? '', role: 'ticket', ticketId: this.ticket?.id ?? '', token: this.ticket?.token ?? '' }),
    onSnapshot: (s: Snapshot) => s.role === 'ticket' && this.merge(s.ticket),
    onJoinError: (e) => {
      if (e.code !== 'not_found' && e.code !== 'validation_failed') setTimeout(() => this.socket.rejoin(), 3000);
    },
    subscribe: (socket) => {
      socket.on('ticket.updated', (t) => t.id === this.ticket?.id && this.merge(t));
      socket.on('ticket.called', (c) => this.onCall(c));
      socket.on('ticket.recalled', (c) => this.onCall(c));
      // the lines' order comes to the phone: it works out its own position, no request per change
      socket.on('queue.positions', (p) => this.applyPositions(p));
    },
  });

  private get shown(): PublicTicket | undefined {
    return this.live ?? this.ticket;
  }

  override willUpdate(changed: Map<string, unknown>) {
    // another booking shown in this element: forget the one before
    if (changed.has('ticket') && this.live?.id !== this.ticket?.id) this.live = undefined;
  }

  private merge(t: Partial<PublicTicket>) {
    this.live = { ...this.shown!, ...t };
  }

  private onCall(c: CallEvent) {
    if (c.ticket.id === this.ticket?.id) this.merge({ ...c.ticket, counterId: c.ticket.counterId ?? this.counterIdOf(c.counterNumber) });
  }

  private counterIdOf(n: number) {
    return this.office?.counters.find((c) => c.number === n)?.id;
  }

  private applyPositions(p: QueuePositions) {
    const t = this.shown;
    const line = t?.status === 'waiting' ? p.services.find((s) => s.id === t.serviceId) : undefined;
    const ahead = line ? line.order.indexOf(t!.number) : -1;
    if (line && ahead >= 0) this.merge({ ahead, estimatedWaitMinutes: estimateWaitMinutes(ahead, line.serviceSeconds, line.openCounters) });
  }

  override render() {
    void this.i18n;
    const t = this.shown;
    if (!t || !this.ticket) return html``;
    const follow = `./phone.html?t=${encodeURIComponent(t.id)}&k=${encodeURIComponent(this.ticket.token)}`;
    return html`
      ${this.socket.state === 'offline' ? html`<qms-offline-banner offline></qms-offline-banner>` : nothing}
      <section class="card" aria-labelledby="ticket-title" aria-live="polite">
        <div class="head">
          <h2 id="ticket-title">${this.heading}</h2>
          <div class="number" data-number>${t.number}</div>
          <div class="service">${this.serviceName}</div>
        </div>
        ${this.status(t)}
      </section>
      <a class="btn" data-action="follow" href=${follow}>${bt('followPage')}</a>
      ${t.status === 'waiting' ? html`<slot name="cancel"></slot>` : nothing}
    `;
  }

  private status(t: PublicTicket) {
    const counter = this.office?.counters.find((c) => c.id === t.counterId)?.number ?? '';
    switch (t.status) {
      case 'waiting':
        return html`<div class="status" data-status="waiting">
          <div class="title">${kt('statusWaiting')}</div>
          <div class="ahead" data-ahead>${t.ahead ?? '…'}</div>
          <div class="sub">${kt('aheadLabel')}</div>
          ${t.ahead === 0 ? html`<div class="next">${kt('youAreNext')}</div>` : nothing}
          <div class="sub">${kt('waitLabel')}: <strong>${kt('minutes', { n: t.estimatedWaitMinutes ?? 0 })}</strong></div>
          <p class="sub">${bt('remoteHint')}</p>
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
customElements.define('qms-book-ticket', BookTicket);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-ticket': BookTicket;
  }
}
