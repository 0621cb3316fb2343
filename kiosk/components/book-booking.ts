/**
 * One booking as it stands: a booked appointment (its code, QR and calendar file), the live ticket
 * of a remote number or of an appointment checked in, or why it no longer holds; with "cancel"
 * while that is still possible (the page cancels on `cancel-confirmed`).
 */
import { LitElement, css, html, nothing } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import type { Booking } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';
import './book-cancel.js';
import './book-confirmation.js';
import './book-ticket.js';

export class BookBooking extends LitElement {
  static override properties = {
    booking: { attribute: false },
    ticket: { attribute: false },
    office: { attribute: false },
    serviceName: {},
    slotMinutes: { type: Number },
    busy: { type: Boolean },
    error: {},
  };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 1rem; }
      .panel { background: var(--surface); border-radius: var(--radius); padding: 1.2rem 1rem; text-align: center; display: grid; gap: 0.6rem; }
      .panel h2 { font-size: 1.35rem; font-weight: 800; color: var(--bad); }
      .code { font-size: 1.4rem; font-weight: 800; letter-spacing: 0.15em; }
    `,
  ];
  declare booking: Booking | undefined;
  declare ticket: Ticket | undefined;
  declare office: PublicOffice | undefined;
  declare serviceName: string;
  declare slotMinutes: number;
  /** cancelling */
  declare busy: boolean;
  declare error: string;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.serviceName = '';
    this.slotMinutes = 30;
    this.busy = false;
    this.error = '';
  }

  override render() {
    void this.i18n;
    const b = this.booking;
    if (!b) return html``;
    if (b.status === 'cancelled' || b.status === 'expired') {
      const title = b.status === 'expired' ? bt('expiredTitle') : b.kind === 'remote' ? bt('cancelledRemote') : bt('cancelledTitle');
      return html`<section class="panel" data-status=${b.status}><h2>${title}</h2><p>${this.serviceName}</p><p class="code">${b.code}</p></section>`;
    }
    if (this.ticket) {
      const heading = b.kind === 'remote' ? bt('remoteTitle') : bt('checkedInTitle');
      return html`<qms-book-ticket .office=${this.office} .ticket=${this.ticket} heading=${heading} serviceName=${this.serviceName}>
        ${b.kind === 'remote' ? this.cancel(bt('cancelRemote')) : nothing}
      </qms-book-ticket>`;
    }
    return html`<qms-book-confirmation .booking=${b} .office=${this.office} serviceName=${this.serviceName} slotMinutes=${this.slotMinutes}></qms-book-confirmation>
      ${b.status === 'booked' ? this.cancel(bt('cancelAppointment')) : nothing}`;
  }

  private cancel(label: string) {
    return html`<qms-book-cancel slot="cancel" label=${label} ?busy=${this.busy} error=${this.error}></qms-book-cancel>`;
  }
}
customElements.define('qms-book-booking', BookBooking);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-booking': BookBooking;
  }
}
