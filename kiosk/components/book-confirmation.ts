/**
 * A booked appointment: the 6-character code in large letters and as a QR code (the kiosk scans a
 * QR whose text is the code), the service, the slot and the place, the time to check in by, and
 * "Thêm vào lịch" (an .ics file made in the browser).
 */
import { LitElement, css, html } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import type { Booking } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { appointmentIcs } from '../lib/booking-ics.js';
import { clockText } from '../lib/format.js';
import { icons } from '../lib/icons.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';
import { dayLabel } from './book-slot-picker.js';
import './qr-code.js';

export class BookConfirmation extends LitElement {
  static override properties = { booking: { attribute: false }, office: { attribute: false }, serviceName: {}, slotMinutes: { type: Number } };
  static override styles = [
    base,
    css`
      :host { display: block; }
      .card { background: var(--surface); border-radius: var(--radius); box-shadow: 0 6px 20px rgba(0, 0, 0, 0.1); overflow: hidden; }
      .head { background: var(--ok); color: #fff; display: flex; align-items: center; gap: 0.6rem; padding: 0.8rem 1rem; }
      .head svg { width: 2rem; height: 2rem; flex: none; }
      h2 { font-size: 1.35rem; font-weight: 800; }
      .body { display: grid; gap: 0.8rem; padding: 1rem; justify-items: center; text-align: center; }
      .label { font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
      .code { font-size: 3rem; font-weight: 900; letter-spacing: 0.18em; line-height: 1; font-variant-numeric: tabular-nums; font-family: 'Roboto Mono', 'DejaVu Sans Mono', monospace; }
      qms-qr-code { width: 12rem; height: 12rem; }
      .hint { font-weight: 600; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 0.4rem 0.8rem; margin: 0; text-align: left; width: 100%; border-top: 1px solid var(--line); padding-top: 0.8rem; }
      dt { font-weight: 700; color: var(--muted); }
      dd { margin: 0; font-weight: 700; }
      .by { background: #fff4d1; border-radius: 0.6rem; padding: 0.5rem 0.8rem; font-weight: 700; color: #3a2a00; width: 100%; }
      a.btn { text-decoration: none; color: var(--ink); width: 100%; min-height: var(--touch); border-radius: var(--radius); border: 3px solid var(--ink); box-sizing: border-box; }
      a.btn svg { width: 1.4em; height: 1.4em; }
      a.btn:focus-visible { outline: 4px solid #1a56db; outline-offset: 3px; }
    `,
  ];
  declare booking: Booking | undefined;
  declare office: PublicOffice | undefined;
  declare serviceName: string;
  declare slotMinutes: number;
  private icsUrl = '';
  private i18n = new LangController(this);

  constructor() {
    super();
    this.serviceName = '';
    this.slotMinutes = 30;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = '';
  }

  private times() {
    const b = this.booking!;
    const tz = this.office?.timeZone ?? 'Asia/Ho_Chi_Minh';
    const at = b.slotAt ?? 0;
    return { from: b.slotStart?.slice(11, 16) ?? clockText(at, tz), to: clockText(at + this.slotMinutes * 60_000, tz), by: clockText(b.checkInBy ?? at, tz) };
  }

  private place(): string {
    const o = this.office;
    return o ? [o.name, o.address].filter(Boolean).join(', ') : '';
  }

  /** A fresh file for each render: its texts follow the language the citizen reads the page in. */
  override willUpdate() {
    const b = this.booking;
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = '';
    if (!b?.slotAt) return;
    const ics = appointmentIcs({
      uid: b.id,
      startAt: b.slotAt,
      minutes: this.slotMinutes,
      summary: bt('icsSummary', { service: this.serviceName }),
      location: this.place(),
      description: bt('icsDescription', { code: b.code, time: this.times().by }),
      stamp: Date.now(),
    });
    this.icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  }

  override render() {
    void this.i18n;
    const b = this.booking;
    if (!b) return html``;
    const { from, to, by } = this.times();
    const today = this.office?.date ?? '';
    return html`<section class="card" aria-labelledby="title" data-booking=${b.id}>
      <div class="head">${icons.check}<h2 id="title">${bt('bookedTitle')}</h2></div>
      <div class="body">
        <div class="label">${bt('yourCode')}</div>
        <div class="code" data-code>${b.code}</div>
        <qms-qr-code value=${b.code} label=${bt('qrLabel', { code: b.code })}></qms-qr-code>
        <p class="hint">${bt('codeHint')}</p>
        <dl>
          <dt>${bt('serviceLabel')}</dt>
          <dd>${this.serviceName}</dd>
          <dt>${bt('whenLabel')}</dt>
          <dd data-when>${bt('slotWhen', { from, to, day: dayLabel(b.date, today) })}</dd>
          <dt>${bt('placeLabel')}</dt>
          <dd>${this.place()}</dd>
        </dl>
        <p class="by">${bt('checkInBy', { time: by })}</p>
        ${this.icsUrl ? html`<a class="btn" data-action="ics" href=${this.icsUrl} download=${bt('icsFile', { code: b.code })}>${icons.clock}${bt('addToCalendar')}</a>` : ''}
      </div>
    </section>`;
  }
}
customElements.define('qms-book-confirmation', BookConfirmation);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-confirmation': BookConfirmation;
  }
}
