/**
 * The citizen's booking page (`/kiosk/book.html?office=tay-mo`, from the office's QR poster and the
 * phone page), mobile first, no login: choose a service, take a number for today or pick a slot,
 * verify the phone with a code sent by SMS, confirm. The booking then stays in the address
 * (`&booking=…&token=…`, the link the SMS carries too) and in localStorage, so reopening shows it.
 */
import { LitElement, html, nothing } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import type { Booking, BookingOptions } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { api, ApiError, errorText, pageParam } from '../../shared/ui/api-client.js';
import { bookingInAddress, forgetBooking, saveBooking, savedBookings, showInAddress, type SavedBooking, bookingDeviceId } from '../lib/booking-store.js';
import { localName, randomKey } from '../lib/format.js';
import { icons } from '../lib/icons.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';
import { bookAppStyles } from '../styles/book-app.js';
import './book-booking.js';
import type { ServiceChoice } from './book-service-list.js';
import './book-service-list.js';
import { dayLabel } from './book-slot-picker.js';
import './book-slot-picker.js';
import type { VerifiedRequest } from './book-verify.js';
import './book-verify.js';
import './kiosk-header.js';

type Step = 'loading' | 'services' | 'slots' | 'verify' | 'booking';
interface Choice extends ServiceChoice {
  slotStart?: string;
}
interface BookingReply {
  booking: Booking;
  ticket?: Ticket;
}

const ACTIVE = new Set<Booking['status']>(['booked', 'issued', 'checked_in']);

export class BookApp extends LitElement {
  static override properties = {
    office: { state: true },
    options: { state: true },
    step: { state: true },
    fatal: { state: true },
    notice: { state: true },
    choice: { state: true },
    booking: { state: true },
    ticket: { state: true },
    busy: { state: true },
    error: { state: true },
  };
  static override styles = [base, bookAppStyles];

  private readonly officeId = pageParam('office');
  declare private office: PublicOffice | undefined;
  declare private options: BookingOptions | undefined;
  declare private step: Step;
  declare private fatal: string;
  /** a note above the step: a booking link that led nowhere, a slot taken meanwhile */
  declare private notice: string;
  declare private choice: Choice | undefined;
  declare private booking: Booking | undefined;
  declare private ticket: Ticket | undefined;
  declare private busy: boolean;
  declare private error: string;
  /** one key per confirmation: a retry after a lost answer gets the same booking back, never a second one */
  private requestKey = '';
  private i18n = new LangController(this);

  constructor() {
    super();
    this.step = 'loading';
    this.fatal = '';
    this.notice = '';
    this.busy = false;
    this.error = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.officeId) this.fatal = kt('officeMissing');
    else void this.start();
  }

  private get officePath() {
    return `/offices/${encodeURIComponent(this.officeId)}`;
  }

  private async start() {
    try {
      const [office] = await Promise.all([api<PublicOffice>('GET', this.officePath), this.loadOptions()]);
      this.office = office;
      this.style.setProperty('--primary', office.theme.primary);
      this.style.setProperty('--accent', office.theme.accent);
    } catch (err) {
      this.fatal = err instanceof ApiError && err.status === 404 ? kt('officeNotFound') : bt('loadFailed');
      return;
    }
    const linked = bookingInAddress();
    if (linked && (await this.open(linked, true))) return;
    if (linked) this.notice = bt('notFound');
    // opened again from the poster: the newest booking still in force
    for (const saved of savedBookings(this.officeId)) if (await this.open(saved, false)) return;
    showInAddress(this.officeId);
    this.step = 'services';
  }

  private async loadOptions() {
    this.options = await api<BookingOptions>('GET', `${this.officePath}/booking-options`);
  }

  /** Shows a booking (`linked`: whatever its state; saved: only one still in force). False when there is none to show. */
  private async open(saved: SavedBooking, linked: boolean): Promise<boolean> {
    try {
      const r = await api<BookingReply>('GET', `/bookings/${encodeURIComponent(saved.id)}?token=${encodeURIComponent(saved.token)}`);
      if (r.booking.office !== this.officeId || (!linked && (!ACTIVE.has(r.booking.status) || r.booking.date < (this.office?.date ?? '')))) {
        forgetBooking(this.officeId, saved.id);
        return false;
      }
      this.show(r);
      return true;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 404 || err.status === 400)) forgetBooking(this.officeId, saved.id);
      return false;
    }
  }

  private show(r: BookingReply) {
    this.booking = r.booking;
    this.ticket = r.ticket;
    if (ACTIVE.has(r.booking.status)) saveBooking(this.officeId, r.booking);
    showInAddress(this.officeId, r.booking);
    this.go('booking');
  }

  private go(step: Step) {
    this.step = step;
    this.error = '';
    scrollTo(0, 0);
    // the keyboard and screen reader start again at the top of the new step
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus({ preventScroll: true }));
  }

  private service(id = this.choice?.serviceId ?? this.booking?.serviceId) {
    return this.options?.services.find((s) => s.id === id);
  }

  private serviceName(id?: string): string {
    const s = this.service(id) ?? this.office?.services.find((p) => p.id === id);
    return s ? localName(s) : '';
  }

  private chooseService(c: ServiceChoice) {
    this.choice = c;
    this.notice = '';
    if (c.kind === 'appointment') this.go('slots');
    else this.toVerify();
  }

  private toVerify(slotStart?: string) {
    this.choice = { ...this.choice!, ...(slotStart ? { slotStart } : {}) };
    this.requestKey = randomKey('b');
    this.go('verify');
  }

  private async confirm(v: VerifiedRequest) {
    const c = this.choice!;
    this.busy = true;
    this.error = '';
    try {
      const body = {
        serviceId: c.serviceId,
        kind: c.kind,
        ...(c.kind === 'appointment' ? { slotStart: c.slotStart } : {}),
        ...v,
        idempotencyKey: this.requestKey,
        device: bookingDeviceId(),
      };
      this.show(await api<BookingReply>('POST', `${this.officePath}/bookings`, body));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'slot_full') {
        // taken meanwhile: the fresh slots, and the reason above them
        await this.loadOptions().catch(() => {});
        this.go('slots');
        this.notice = err.text;
      } else this.error = errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private async cancel() {
    const b = this.booking!;
    this.busy = true;
    this.error = '';
    try {
      const r = await api<BookingReply>('DELETE', `/bookings/${encodeURIComponent(b.id)}?token=${encodeURIComponent(b.token)}`);
      forgetBooking(this.officeId, b.id);
      this.booking = r.booking;
      this.ticket = undefined;
      this.go('booking');
    } catch (err) {
      this.error = errorText(err);
    } finally {
      this.busy = false;
    }
  }

  private another() {
    this.booking = undefined;
    this.ticket = undefined;
    this.choice = undefined;
    this.notice = '';
    showInAddress(this.officeId);
    void this.loadOptions().catch(() => {});
    this.go('services');
  }

  override render() {
    void this.i18n;
    const o = this.office;
    return html`
      <qms-kiosk-header name=${o?.shortName ?? o?.name ?? bt('pageTitle')} subtitle=${bt('pageTitle')} .showClock=${false}></qms-kiosk-header>
      <main tabindex="-1">
        ${this.fatal ? html`<p class="center error" role="alert">${this.fatal}</p>` : this.body()}
      </main>
    `;
  }

  private body() {
    const notice = this.notice ? html`<p class="notice" role="status" data-notice>${this.notice}</p>` : nothing;
    const back = (to: Step) => html`<button class="btn ghost back" data-action="back" @click=${() => this.go(to)}>${icons.back}${kt('back')}</button>`;
    switch (this.step) {
      case 'loading':
        return html`<p class="center">${kt('loading')}</p>`;
      case 'services':
        return html`<p class="lead">${bt('intro')}</p>
          ${notice}
          ${
            this.options?.services.length
              ? html`<qms-book-service-list .options=${this.options} .office=${this.office} @chosen=${(e: CustomEvent<ServiceChoice>) => this.chooseService(e.detail)}></qms-book-service-list>`
              : html`<p class="center">${bt('noServices')}</p>`
          }`;
      case 'slots':
        return html`${back('services')}
          <div class="chosen"><h2>${bt('bookSlot')}</h2><p>${this.serviceName()}</p></div>
          ${notice}
          <qms-book-slot-picker .appointment=${this.service()?.appointment} today=${this.office?.date ?? ''} @chosen=${(e: CustomEvent<string>) => this.toVerify(e.detail)}></qms-book-slot-picker>`;
      case 'verify':
        return html`${back(this.choice?.kind === 'appointment' ? 'slots' : 'services')}
          <div class="chosen" data-chosen><h2>${bt('youChose')}</h2><p>${this.choiceText()}</p></div>
          <qms-book-verify
            office=${this.officeId}
            kind=${this.choice?.kind ?? 'appointment'}
            ?requireName=${!!this.options?.requireName}
            .categories=${this.office?.priorityCategories ?? []}
            ?busy=${this.busy}
            error=${this.error}
            @confirm=${(e: CustomEvent<VerifiedRequest>) => this.confirm(e.detail)}
          ></qms-book-verify>`;
      case 'booking':
        return html`<qms-book-booking
            .booking=${this.booking}
            .ticket=${this.ticket}
            .office=${this.office}
            serviceName=${this.serviceName(this.booking?.serviceId)}
            slotMinutes=${this.service()?.appointment?.slotMinutes ?? 30}
            ?busy=${this.busy}
            error=${this.error}
            @cancel-confirmed=${() => this.cancel()}
          ></qms-book-booking>
          <button class="btn wide" data-action="another" @click=${() => this.another()}>${bt('another')}</button>`;
    }
  }

  private choiceText(): string {
    const c = this.choice;
    if (!c) return '';
    const service = this.serviceName(c.serviceId);
    if (c.kind === 'remote' || !c.slotStart) return bt('remoteSummary', { service });
    const slot = this.service(c.serviceId)
      ?.appointment?.days.flatMap((d) => d.slots)
      .find((s) => s.start === c.slotStart);
    const [date, from] = c.slotStart.split('T') as [string, string];
    return `${service}: ${bt('slotWhen', { from, to: slot?.end.slice(11, 16) ?? '', day: dayLabel(date, this.office?.date ?? '') })}`;
  }
}
customElements.define('qms-book-app', BookApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-app': BookApp;
  }
}
