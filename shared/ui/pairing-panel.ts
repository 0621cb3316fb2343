/**
 * What an unpaired screen shows: a short code to read out to the administrator, renewed before it
 * expires, while the screen asks every few seconds whether it was confirmed. When it was, the
 * screen collects its device key (once) and fires `paired` with it.
 */
import { LitElement, css, html } from 'lit';
import { dt } from '../i18n/device-messages.js';
import type { DeviceInfo, DeviceKind, PairingClaim, PairingTicket } from '../schemas/device.js';
import { api, ApiError } from './api-client.js';

const POLL_MS = 2500;
const RETRY_MS = 5000;

export interface PairedDetail {
  key: string;
  device: DeviceInfo;
}

export class PairingPanel extends LitElement {
  static override properties = { kind: {}, ticket: { state: true }, failed: { state: true } };
  declare kind: DeviceKind;
  declare ticket: PairingTicket | undefined;
  declare failed: boolean;
  private timer?: ReturnType<typeof setTimeout>;
  private running = false;
  /** when the server answered with the code (this screen's clock) */
  private issuedAt = 0;
  private expiresLocal = 0;

  constructor() {
    super();
    this.kind = 'kiosk';
    this.failed = false;
  }

  static override styles = css`
    :host { display: grid; place-items: center; padding: 2rem; font-family: 'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; }
    .card { background: #fff; color: #14171a; border: 4px solid #13294b; border-radius: 1.2rem; padding: 2rem 2.4rem; max-width: 44rem; display: grid; gap: 1.1rem; text-align: center; }
    h2 { margin: 0; font-size: 2rem; }
    p { margin: 0; font-size: 1.3rem; line-height: 1.45; }
    .label { font-size: 1.1rem; font-weight: 700; color: #3d4550; text-transform: uppercase; letter-spacing: 0.08em; }
    .code { font-size: 5rem; font-weight: 900; letter-spacing: 0.25em; font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; color: #13294b; }
    .muted { color: #3d4550; font-size: 1.1rem; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.running = true;
    void this.ask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.running = false;
    clearTimeout(this.timer);
  }

  private later(fn: () => Promise<void>, ms: number): void {
    clearTimeout(this.timer);
    if (this.running) this.timer = setTimeout(() => void fn(), ms);
  }

  /** A new code to show. */
  private async ask(): Promise<void> {
    try {
      const asked = Date.now();
      const ticket = await api<PairingTicket>('POST', '/devices/pairing-requests', { kind: this.kind });
      // the lifetime, from the server's own clock, measured on this screen's
      this.issuedAt = asked;
      this.expiresLocal = asked + (ticket.expiresAt - ticket.issuedAt);
      this.ticket = ticket;
      this.failed = false;
      this.later(() => this.check(), POLL_MS);
    } catch {
      this.failed = true;
      this.later(() => this.ask(), RETRY_MS);
    }
  }

  /** Was the code confirmed? */
  private async check(): Promise<void> {
    const ticket = this.ticket;
    if (!ticket) return this.ask();
    if (Date.now() > this.expiresLocal) return this.ask();
    try {
      const claim = await api<PairingClaim>('POST', '/devices/pairing-requests/claim', { code: ticket.code, secret: ticket.secret });
      if (claim.status === 'paired') {
        this.running = false;
        this.dispatchEvent(new CustomEvent<PairedDetail>('paired', { detail: { key: claim.key, device: claim.device }, bubbles: true, composed: true }));
        return;
      }
      this.later(() => this.check(), POLL_MS);
    } catch (err) {
      // the code expired (or the server lost it): show a new one
      if (err instanceof ApiError && err.status === 404) return this.ask();
      this.later(() => this.check(), RETRY_MS);
    }
  }

  override render() {
    const t = this.ticket;
    // minutes, not a time of day: the screen's clock and time zone may not be the office's
    const minutes = t ? Math.max(1, Math.round((this.expiresLocal - this.issuedAt) / 60_000)) : 0;
    return html`<div class="card" role="status" aria-live="polite">
      <h2>${dt('pairTitle', { kind: this.kind })}</h2>
      <p>${dt('pairWhy')}</p>
      ${
        t
          ? html`<div class="label">${dt('pairCode')}</div>
            <div class="code" data-pairing-code=${t.code}>${t.code}</div>
            <p class="muted">${dt('pairExpires', { n: minutes })}</p>
            <p class="muted">${dt('pairWaiting')}</p>`
          : this.failed
            ? html`<p class="muted">${dt('pairFailed')}</p>`
            : ''
      }
    </div>`;
  }
}
customElements.define('qms-pairing-panel', PairingPanel);

declare global {
  interface HTMLElementTagNameMap {
    'qms-pairing-panel': PairingPanel;
  }
}
