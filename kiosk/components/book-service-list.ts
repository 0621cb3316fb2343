/**
 * The booking page's first step: every service that takes bookings, with today's remote numbers
 * (people waiting and the wait, or why none are given now) and how many slots are still free.
 */
import { LitElement, css, html, nothing } from 'lit';
import { bt, remoteReasonKey } from '../../shared/i18n/booking-messages.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import type { BookingKind, BookingOptions } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { localName } from '../lib/format.js';
import { icons } from '../lib/icons.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

type BookingService = BookingOptions['services'][number];

export interface ServiceChoice {
  serviceId: string;
  kind: BookingKind;
}

export class BookServiceList extends LitElement {
  static override properties = { options: { attribute: false }, office: { attribute: false } };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 1rem; }
      h2 { font-size: 1.3rem; font-weight: 800; }
      .svc { background: var(--surface); border-radius: var(--radius); border: 2px solid var(--line); padding: 0.9rem; display: grid; gap: 0.7rem; }
      h3 { display: flex; align-items: center; gap: 0.7rem; font-size: 1.2rem; font-weight: 800; line-height: 1.25; margin: 0; }
      .prefix { flex: none; width: 2.6rem; height: 2.6rem; border-radius: 0.7rem; display: grid; place-items: center; background: var(--primary); color: #fff; font-size: 1.4rem; }
      .kind { display: grid; gap: 0.4rem; border-top: 1px solid var(--line); padding-top: 0.7rem; }
      .meta { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; color: var(--muted); font-weight: 600; }
      .meta span { display: inline-flex; align-items: center; gap: 0.3rem; }
      .meta svg { width: 1.2em; height: 1.2em; }
      .reason { color: var(--bad); font-weight: 700; }
      .btn { width: 100%; font-size: 1.15rem; }
    `,
  ];
  declare options: BookingOptions | undefined;
  declare office: PublicOffice | undefined;
  private i18n = new LangController(this);

  override render() {
    void this.i18n;
    const services = this.options?.services ?? [];
    return html`
      <h2>${bt('chooseService')}</h2>
      ${services.map((s) => this.service(s))}
    `;
  }

  private service(s: BookingService) {
    const prefix = this.office?.services.find((p) => p.id === s.id)?.prefix;
    return html`<article class="svc" data-service=${s.id}>
      <h3>${prefix ? html`<span class="prefix" aria-hidden="true">${prefix}</span>` : nothing}${localName(s)}</h3>
      ${s.remote ? this.remote(s, s.remote) : nothing} ${s.appointment ? this.appointment(s, s.appointment) : nothing}
    </article>`;
  }

  private remote(s: BookingService, r: NonNullable<BookingService['remote']>) {
    const window = this.options?.remoteWindow ?? { from: '', to: '' };
    return html`<div class="kind" data-kind="remote">
      <div class="meta">
        <span>${icons.people}${kt('waitingN', { n: r.waiting })}</span>
        <span>${icons.clock}${r.waiting ? kt('waitAbout', { n: r.estimatedWaitMinutes }) : kt('noWait')}</span>
      </div>
      ${r.open ? nothing : html`<p class="reason" id=${`why-${s.id}`}>${bt(remoteReasonKey(r.reason ?? 'service_closed'), window)}</p>`}
      <button class="btn primary" data-action="remote" ?disabled=${!r.open} aria-describedby=${r.open ? nothing : `why-${s.id}`} @click=${() => this.choose(s.id, 'remote')}>
        ${bt('takeNumber')}
      </button>
    </div>`;
  }

  private appointment(s: BookingService, a: NonNullable<BookingService['appointment']>) {
    const free = a.days.reduce((n, d) => n + d.slots.filter((slot) => slot.remaining > 0).length, 0);
    return html`<div class="kind" data-kind="appointment">
      <div class="meta"><span>${icons.clock}${free ? bt('freeSlots', { n: free }) : bt('noFreeSlots')}</span></div>
      <button class="btn" data-action="appointment" ?disabled=${!free} @click=${() => this.choose(s.id, 'appointment')}>${bt('bookSlot')}</button>
    </div>`;
  }

  private choose(serviceId: string, kind: BookingKind) {
    this.dispatchEvent(new CustomEvent<ServiceChoice>('chosen', { detail: { serviceId, kind }, bubbles: true, composed: true }));
  }
}
customElements.define('qms-book-service-list', BookServiceList);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-service-list': BookServiceList;
  }
}
