/**
 * "Tôi đã đặt lịch": the citizen scans the booking's QR code (a USB scanner that types, ending
 * with Enter, as for the ID card) or types its 6-character code on a large on-screen keyboard.
 * The code field keeps the focus so a scan lands in it whatever was touched before; its
 * inputmode=none keeps the system's own keyboard away. A checked-in booking is handed to the
 * kiosk app as its ticket (`checked-in`), shown and printed like any other.
 */
import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { ApiError } from '../../shared/ui/api-client.js';
import { checkInBooking, checkInErrorText, CODE_KEYS, CODE_LENGTH, codeFrom, isBookingCode } from '../lib/check-in.js';
import { icons } from '../lib/icons.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

export class BookingCheckIn extends LitElement {
  static override properties = {
    office: {},
    kiosk: {},
    code: { state: true },
    busy: { state: true },
    error: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 1.1rem; padding: 1.4rem 1.6rem; max-width: 64rem; width: 100%; margin: 0 auto; }
      h2 { font-size: 2rem; font-weight: 800; display: flex; gap: 0.8rem; align-items: center; }
      h2 svg { width: 2.8rem; height: 2.8rem; color: var(--ok); flex: none; }
      .hint { font-size: 1.3rem; line-height: 1.45; }
      label { font-size: 1.2rem; font-weight: 700; color: var(--muted); }
      .code { font-size: 3.6rem; font-weight: 900; letter-spacing: 0.45em; text-align: center; text-indent: 0.45em; padding: 0.2em 0.3em; border: 4px solid var(--ok); border-radius: var(--radius); font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; caret-color: var(--ok); }
      .code::placeholder { color: #b9b4ab; }
      .keys { display: grid; grid-template-columns: repeat(8, 1fr); gap: 0.55rem; }
      .key { font-size: 2rem; font-weight: 800; min-height: 4.2rem; background: var(--surface); border-color: var(--line); box-shadow: 0 3px 0 rgba(0, 0, 0, 0.1); }
      .key:active { background: #e7f3ec; border-color: var(--ok); }
      .row { display: flex; flex-wrap: wrap; gap: 0.8rem; }
      .row .btn { font-size: 1.4rem; min-height: 4.2rem; }
      .row .submit { flex: 1; min-width: 14rem; font-size: 1.6rem; }
      .btn svg { width: 1.6em; height: 1.6em; }
      .message { font-size: 1.45rem; font-weight: 800; padding: 0.7rem 1rem; border-radius: var(--radius); }
      .message.error { background: #fde8e7; border: 3px solid var(--bad); }
      .message.busy { background: #fff4d1; border: 3px solid var(--warn); color: #3a2a00; }
      .back { justify-self: start; }
      .side { display: grid; gap: 1rem; }
      @media (orientation: portrait) {
        .key { min-height: 5.4rem; font-size: 2.4rem; }
      }
      @media (orientation: landscape) {
        :host { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); grid-template-areas: 'side keys' 'row keys' 'back keys'; align-content: start; column-gap: 2rem; max-width: none; }
        .side { grid-area: side; }
        .row { grid-area: row; }
        .back { grid-area: back; }
        .keys { grid-area: keys; }
      }
    `,
  ];

  declare office: string;
  declare kiosk: string;
  declare private code: string;
  declare private busy: boolean;
  declare private error: string;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.office = '';
    this.kiosk = '';
    this.code = '';
    this.busy = false;
    this.error = '';
  }

  private get field(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  override firstUpdated() {
    this.field?.focus();
  }

  /** A scanner types into the focused field: the focus comes back to it when a touch left it nowhere. */
  private keepFocus() {
    setTimeout(() => {
      if (this.isConnected && !this.shadowRoot?.activeElement) this.field?.focus();
    }, 50);
  }

  private setCode(code: string) {
    this.code = code;
    this.error = '';
  }

  private onInput(e: Event) {
    this.setCode(codeFrom((e.target as HTMLInputElement).value));
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void this.submit();
  }

  /** A key of the screen's keyboard; a touch leaves the focus in the field (mousedown is cancelled). */
  private press(key: string) {
    if (this.busy || this.code.length >= CODE_LENGTH) return;
    this.setCode(this.code + key);
  }

  private async submit() {
    if (this.busy) return;
    if (!isBookingCode(this.code)) {
      this.error = kt('checkInBadCode');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const ticket = await checkInBooking(this.office, this.code, this.kiosk);
      this.fire('checked-in', ticket);
    } catch (err) {
      // the kiosk app handles a refusal about pairing (it shows the pairing code instead)
      const refused = new CustomEvent('check-in-refused', {
        detail: err instanceof ApiError ? err.code : 'unexpected',
        cancelable: true,
        bubbles: true,
        composed: true,
      });
      if (this.dispatchEvent(refused)) this.error = checkInErrorText(err);
    } finally {
      this.busy = false;
    }
  }

  private fire(name: string, detail?: Ticket) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    void this.i18n;
    const keep = (e: Event) => e.preventDefault();
    return html`
      <div class="side">
        <h2>${icons.calendar}${kt('checkInTitle')}</h2>
        <p class="hint">${kt('checkInScanHint')}</p>
        <label for="code">${kt('checkInCodeLabel')}</label>
        <input id="code" class="code" inputmode="none" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="······" data-code-input
          .value=${live(this.code)} ?readonly=${this.busy} @input=${this.onInput} @keydown=${this.onKey} @blur=${this.keepFocus} />
        ${
          this.error
            ? html`<p class="message error" role="alert" data-check-in-error>${this.error}</p>`
            : this.busy
              ? html`<p class="message busy" role="status">${kt('checkingIn')}</p>`
              : nothing
        }
      </div>
      <div class="keys" role="group" aria-label=${kt('checkInKeyboard')}>
        ${CODE_KEYS.map((k) => html`<button class="key" data-key=${k} ?disabled=${this.busy} @mousedown=${keep} @click=${() => this.press(k)}>${k}</button>`)}
      </div>
      <div class="row">
        <button class="btn primary submit" data-action="check-in-submit" ?disabled=${this.busy || this.code.length !== CODE_LENGTH} @mousedown=${keep} @click=${this.submit}>
          ${icons.check}${kt('checkInSubmit')}
        </button>
        <button class="btn" data-action="code-delete" aria-label=${kt('checkInDelete')} ?disabled=${this.busy} @mousedown=${keep} @click=${() => this.setCode(this.code.slice(0, -1))}>
          ${icons.backspace}
        </button>
        <button class="btn" data-action="code-clear" ?disabled=${this.busy} @mousedown=${keep} @click=${() => this.setCode('')}>${kt('checkInClear')}</button>
      </div>
      <button class="btn ghost back" @click=${() => this.fire('cancel')}>${icons.back}${kt('back')}</button>
    `;
  }
}
customElements.define('qms-booking-check-in', BookingCheckIn);

declare global {
  interface HTMLElementTagNameMap {
    'qms-booking-check-in': BookingCheckIn;
  }
}
