/**
 * The ticket on the kiosk screen after a tap: the number in very large type, service, counters,
 * people ahead, estimated wait, time of issue and the QR code; back home by itself after a while.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { dateTimeText, localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import './qr-code.js';
import { base } from '../styles/base.js';

export class TicketScreen extends LitElement {
  static override properties = {
    ticket: { attribute: false },
    office: { attribute: false },
    phoneUrl: {},
    homeAfterSeconds: { type: Number },
    left: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; align-items: center; gap: 1.3rem; padding: 1.6rem; }
      .card { width: min(100%, 54rem); background: var(--surface); border-radius: 1.6rem; box-shadow: 0 10px 30px rgba(0, 0, 0, 0.12); overflow: hidden; }
      .top { background: var(--primary); color: #fff; text-align: center; padding: 1.4rem 1rem 1.2rem; }
      .top .label { font-size: 1.4rem; font-weight: 700; opacity: 0.95; }
      .top .number { font-size: 7.5rem; font-weight: 900; line-height: 1; letter-spacing: 0.03em; margin: 0.2rem 0; }
      .top .service { font-size: 1.7rem; font-weight: 800; }
      .prio { display: inline-block; background: var(--accent); color: #231a00; border-radius: 0.6rem; padding: 0.1rem 0.8rem; font-size: 1.1rem; font-weight: 800; margin-top: 0.5rem; }
      .body { display: grid; grid-template-columns: 1fr auto; gap: 1.2rem 1.6rem; padding: 1.4rem 1.6rem; align-items: center; }
      dl { margin: 0; display: grid; grid-template-columns: 1fr auto; gap: 0.7rem 1rem; font-size: 1.3rem; }
      dt { color: var(--muted); font-weight: 600; }
      dd { margin: 0; font-weight: 800; text-align: right; }
      .qr { display: flex; flex-direction: column; align-items: center; gap: 0.4rem; max-width: 13rem; text-align: center; font-size: 1rem; color: var(--muted); font-weight: 600; }
      qms-qr-code { width: 12rem; height: 12rem; }
      .status { font-size: 1.4rem; font-weight: 700; text-align: center; display: flex; align-items: center; gap: 0.6rem; }
      .status svg { width: 2rem; height: 2rem; color: var(--ok); }
      .buttons { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: center; }
      .buttons .btn { min-width: 12rem; font-size: 1.4rem; }
      .countdown { font-size: 1.1rem; color: var(--muted); }
      .undo { font-size: 1.1rem; color: var(--muted); background: none; border: 0; text-decoration: underline; }
      @media (orientation: landscape) { :host { gap: 0.8rem; padding: 1rem 1.6rem; } .top .number { font-size: 6.2rem; } .top { padding: 1rem; } }
      @media (max-aspect-ratio: 3/4) { .body { grid-template-columns: 1fr; justify-items: center; } dl { width: 100%; } }
    `,
  ];

  declare ticket: Ticket | undefined;
  declare office: PublicOffice | undefined;
  declare phoneUrl: string;
  declare homeAfterSeconds: number;
  declare private left: number;
  private timer?: ReturnType<typeof setInterval>;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.phoneUrl = '';
    this.homeAfterSeconds = 15;
    this.left = 15;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.left = this.homeAfterSeconds;
    this.timer = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) this.fire('home');
    }, 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private fire(name: string) {
    clearInterval(name === 'home' ? this.timer : undefined);
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    const t = this.ticket;
    const o = this.office;
    if (!t || !o) return nothing;
    const service = o.services.find((s) => s.id === t.serviceId);
    const counters = o.counters.filter((c) => c.services.includes(t.serviceId)).map((c) => c.number);
    return html`
      <div class="card" role="region" aria-label=${kt('yourNumber')}>
        <div class="top">
          <div class="label">${kt('yourNumber')}</div>
          <div class="number" data-ticket-number>${t.number}</div>
          <div class="service">${service ? localName(service) : t.serviceId}</div>
          ${t.priority ? html`<div class="prio">${kt('priorityTag')}</div>` : nothing}
        </div>
        <div class="body">
          <dl>
            ${counters.length ? html`<dt>${kt('servedAt')}</dt><dd>${kt('counterList', { list: counters.join(', ') })}</dd>` : nothing}
            <dt>${kt('aheadLabel')}</dt><dd data-ahead>${t.ahead ?? 0}</dd>
            <dt>${kt('waitLabel')}</dt><dd>${kt('minutes', { n: t.estimatedWaitMinutes ?? 0 })}</dd>
            <dt>${kt('issuedAtLabel')}</dt><dd>${dateTimeText(t.issuedAt, o.timeZone)}</dd>
          </dl>
          <div class="qr"><qms-qr-code .value=${this.phoneUrl} label=${kt('scanToFollow')}></qms-qr-code>${kt('scanToFollow')}</div>
        </div>
      </div>
      <p class="status" role="status">${icons.check}${kt('printing')} ${kt('watchBoard')}</p>
      <div class="buttons">
        <button class="btn primary" data-action="done" @click=${() => this.fire('home')}>${kt('done')}</button>
        <button class="btn" data-action="reprint" @click=${() => this.fire('reprint')}>${kt('printAgain')}</button>
      </div>
      <p class="countdown">${kt('backHomeIn', { n: Math.max(0, this.left) })}</p>
      <button class="undo" data-action="cancel-ticket" @click=${() => this.fire('cancel-ticket')}>${kt('wrongTicket')}</button>
    `;
  }
}
customElements.define('qms-ticket-screen', TicketScreen);

declare global {
  interface HTMLElementTagNameMap {
    'qms-ticket-screen': TicketScreen;
  }
}
