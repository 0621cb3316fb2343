/**
 * The phone number, the 6-digit code the server sends to it by SMS (sent again after a countdown),
 * the name where the office asks for it and an optional priority, then "confirm". The booking itself
 * is made by the page (`confirm` event); its refusals come back in `error`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import { OtpCode, VietnamesePhone } from '../../shared/schemas/booking.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, ApiError, errorText } from '../../shared/ui/api-client.js';
import { localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

/** The server's gap between two codes for one phone (OTP_RULES.gapSeconds in server/bookings/one-time-code.ts). */
const RESEND_SECONDS = 30;

export interface VerifiedRequest {
  phone: string;
  otp: string;
  name?: string;
  priority?: string;
}

export class BookVerify extends LitElement {
  static override properties = {
    office: {},
    kind: {},
    requireName: { type: Boolean },
    categories: { attribute: false },
    busy: { type: Boolean },
    error: {},
    sentTo: { state: true },
    wait: { state: true },
    sending: { state: true },
    localError: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 0.9rem; }
      h2 { font-size: 1.3rem; font-weight: 800; }
      form { display: grid; gap: 0.7rem; }
      label { font-weight: 700; font-size: 1.05rem; }
      .hint { color: var(--muted); font-weight: 600; }
      .code { font-size: 1.8rem; letter-spacing: 0.4em; text-align: center; font-variant-numeric: tabular-nums; }
      select { font: inherit; font-size: 1.1rem; min-height: var(--touch); width: 100%; padding: 0.5em; border: 2px solid var(--muted); border-radius: 0.8rem; background: #fff; color: var(--ink); }
      select:focus-visible { outline: 4px solid #1a56db; outline-offset: 3px; }
      .row { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; }
      .btn { width: 100%; }
      .link { background: none; border: 0; padding: 0 0.3rem; min-height: 48px; text-decoration: underline; font-weight: 700; font-size: 1.05rem; color: var(--ink); }
      .sent { background: #e7f3ec; border-left: 6px solid var(--ok); padding: 0.6rem 0.8rem; border-radius: 0.5rem; font-weight: 700; color: #0b3d23; }
    `,
  ];
  declare office: string;
  declare kind: 'remote' | 'appointment';
  declare requireName: boolean;
  declare categories: PublicOffice['priorityCategories'];
  /** the page is making the booking */
  declare busy: boolean;
  /** the page's refusal of the booking, worded */
  declare error: string;
  declare private sentTo: string;
  declare private wait: number;
  declare private sending: boolean;
  declare private localError: string;
  private timer?: ReturnType<typeof setInterval>;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.office = '';
    this.kind = 'appointment';
    this.requireName = false;
    this.categories = [];
    this.busy = false;
    this.error = '';
    this.sentTo = '';
    this.wait = 0;
    this.sending = false;
    this.localError = '';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private field(name: string): string {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)?.value.trim() ?? '';
  }

  private async sendCode(phoneText: string) {
    const phone = VietnamesePhone.safeParse(phoneText);
    if (!phone.success) return void (this.localError = bt('phoneInvalid'));
    this.localError = '';
    this.sending = true;
    try {
      await api('POST', `/offices/${encodeURIComponent(this.office)}/bookings/otp`, { phone: phone.data });
      this.sentTo = phone.data;
      this.startCountdown();
    } catch (err) {
      // asked again too soon: a code is on its way already
      if (err instanceof ApiError && err.code === 'rate_limited') {
        this.sentTo = phone.data;
        this.localError = bt('otpTooSoon');
        this.startCountdown();
      } else this.localError = errorText(err);
    } finally {
      this.sending = false;
    }
  }

  private startCountdown() {
    clearInterval(this.timer);
    this.wait = RESEND_SECONDS;
    this.timer = setInterval(() => {
      this.wait = Math.max(0, this.wait - 1);
      if (!this.wait) clearInterval(this.timer);
    }, 1000);
  }

  private confirm() {
    const otp = OtpCode.safeParse(this.field('otp').replace(/\s/g, ''));
    if (!otp.success) return void (this.localError = bt('codeInvalid'));
    const name = this.field('name');
    if (this.requireName && !name) return void (this.localError = bt('nameMissing'));
    const priority = this.field('priority');
    this.localError = '';
    const detail: VerifiedRequest = { phone: this.sentTo, otp: otp.data, ...(name ? { name } : {}), ...(priority ? { priority } : {}) };
    this.dispatchEvent(new CustomEvent<VerifiedRequest>('confirm', { detail, bubbles: true, composed: true }));
  }

  private changePhone() {
    clearInterval(this.timer);
    this.sentTo = '';
    this.wait = 0;
    this.localError = '';
  }

  override render() {
    void this.i18n;
    return html`
      <h2>${bt('verifyTitle')}</h2>
      ${this.sentTo ? this.codeStep() : this.phoneStep()}
    `;
  }

  /** Above the button that led to it, so a phone's small screen shows both. */
  private message() {
    const message = this.localError || this.error;
    return message ? html`<p class="error" role="alert" data-error>${message}</p>` : nothing;
  }

  private phoneStep() {
    const submit = (e: Event) => {
      e.preventDefault();
      void this.sendCode(this.field('phone'));
    };
    return html`<form @submit=${submit} novalidate>
      <label for="phone">${bt('phoneLabel')}</label>
      <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" aria-describedby="phone-hint" />
      <p class="hint" id="phone-hint">${bt('phoneHint')}</p>
      ${this.message()}
      <button class="btn primary" data-action="send-code" ?disabled=${this.sending}>${this.sending ? bt('working') : bt('sendCode')}</button>
    </form>`;
  }

  private codeStep() {
    const submit = (e: Event) => {
      e.preventDefault();
      if (!this.busy) this.confirm();
    };
    return html`<form @submit=${submit} novalidate>
      <p class="sent" role="status">${bt('codeSent', { phone: this.sentTo.replace(/^(\d{4})(\d{3})(\d{3})$/, '$1 $2 $3') })}</p>
      <label for="otp">${bt('codeLabel')}</label>
      <input id="otp" name="otp" class="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7" />
      <div class="row">
        <button type="button" class="link" data-action="resend" ?disabled=${this.wait > 0 || this.sending} @click=${() => this.sendCode(this.sentTo)}>
          ${this.wait > 0 ? bt('resendIn', { n: this.wait }) : bt('resend')}
        </button>
        <button type="button" class="link" data-action="change-phone" @click=${() => this.changePhone()}>${bt('changePhone')}</button>
      </div>
      ${this.requireName ? html`<label for="name">${bt('nameLabel')}</label><input id="name" name="name" autocomplete="name" maxlength="80" />` : nothing}
      ${
        this.categories.length
          ? html`<label for="priority">${bt('priorityLabel')}</label>
              <select id="priority" name="priority" aria-describedby="priority-note">
                <option value="">${bt('priorityNone')}</option>
                ${this.categories.map((c) => html`<option value=${c.id}>${localName(c)}</option>`)}
              </select>
              <p class="hint" id="priority-note">${bt('priorityNote')}</p>`
          : nothing
      }
      ${this.message()}
      <button class="btn primary" data-action="confirm" ?disabled=${this.busy}>
        ${this.busy ? bt('working') : this.kind === 'remote' ? bt('confirmRemote') : bt('confirmAppointment')}
      </button>
    </form>`;
  }
}
customElements.define('qms-book-verify', BookVerify);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-verify': BookVerify;
  }
}
