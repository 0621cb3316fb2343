/** Office name, today's date and a large clock (office time zone), and the language switch. */
import { LitElement, css, html } from 'lit';
import { ServerClock } from '../../shared/ui/server-clock.js';
import { clockText, dateText } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import './lang-toggle.js';
import { base } from '../styles/base.js';

export class KioskHeader extends LitElement {
  static override properties = { name: {}, subtitle: {}, timeZone: {}, showClock: { type: Boolean }, offsetMs: { attribute: false } };
  static override styles = [
    base,
    css`
      :host { display: block; background: var(--primary); color: #fff; }
      header { display: flex; align-items: center; gap: 1.2rem; padding: 0.9rem 1.6rem; }
      .emblem { width: 3.6rem; height: 3.6rem; border-radius: 50%; background: var(--accent); color: var(--primary); display: grid; place-items: center; font-size: 2.1rem; flex: none; }
      .name { flex: 1; min-width: 0; }
      .name h1 { font-size: 1.55rem; font-weight: 800; line-height: 1.2; }
      .name p { font-size: 1.05rem; opacity: 0.92; margin-top: 0.15rem; }
      .time { text-align: right; }
      .time .clock { font-size: 2.4rem; font-weight: 800; line-height: 1; font-variant-numeric: tabular-nums; }
      .time .date { font-size: 1rem; opacity: 0.95; margin-top: 0.2rem; }
      .right { display: flex; align-items: center; gap: 1.2rem; }
      @media (max-width: 600px) { header { flex-wrap: wrap; padding: 0.7rem 1rem; } .time .clock { font-size: 1.6rem; } .emblem { display: none; } }
    `,
  ];
  declare name: string;
  declare subtitle: string;
  declare timeZone: string;
  declare showClock: boolean;
  /** server clock − this device's clock: a kiosk PC whose clock drifted still shows the office's time */
  declare offsetMs: number;
  private readonly clock = new ServerClock(this, () => this.offsetMs);
  private i18n = new LangController(this);

  constructor() {
    super();
    this.name = '';
    this.subtitle = '';
    this.timeZone = 'Asia/Ho_Chi_Minh';
    this.showClock = true;
    this.offsetMs = 0;
  }

  override render() {
    void this.i18n;
    return html`<header>
      <div class="emblem" aria-hidden="true">★</div>
      <div class="name"><h1>${this.name}</h1>${this.subtitle ? html`<p>${this.subtitle}</p>` : ''}</div>
      <div class="right">
        ${
          this.showClock
            ? html`<div class="time"><div class="clock">${clockText(this.clock.now(), this.timeZone)}</div><div class="date">${dateText(this.clock.now(), this.timeZone)}</div></div>`
            : ''
        }
        <qms-lang-toggle></qms-lang-toggle>
      </div>
    </header>`;
  }
}
customElements.define('qms-kiosk-header', KioskHeader);

declare global {
  interface HTMLElementTagNameMap {
    'qms-kiosk-header': KioskHeader;
  }
}
