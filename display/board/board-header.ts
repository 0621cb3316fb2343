/** Office name, date and clock (by the server's clock, in the office's zone), and the offline sign. */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/display-messages.js';
import type { ConnectionState } from '../../shared/ui/office-socket.js';
import { ServerClock } from '../../shared/ui/server-clock.js';

export class BoardHeader extends LitElement {
  static override properties = {
    officeName: { attribute: false },
    timeZone: { attribute: false },
    offsetMs: { attribute: false },
    connection: { attribute: false },
  };
  declare officeName: string;
  declare timeZone: string;
  declare offsetMs: number;
  declare connection: ConnectionState;
  private readonly clock = new ServerClock(this, () => this.offsetMs);

  constructor() {
    super();
    this.officeName = '';
    this.timeZone = 'Asia/Ho_Chi_Minh';
    this.offsetMs = 0;
    this.connection = 'connecting';
  }

  static override styles = css`
    :host { display: flex; align-items: center; gap: 24px; padding: 12px 32px; background: #b3261e; color: #fff; }
    h1 { flex: 1; margin: 0; font-size: 46px; font-weight: 800; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .date { font-size: 32px; text-align: right; }
    .clock { font-size: 64px; font-weight: 800; font-variant-numeric: tabular-nums; }
    .offline { font-size: 30px; font-weight: 700; background: #fff; color: #b3261e; padding: 8px 20px; border-radius: 12px; animation: blink 1s steps(2) infinite; }
    @keyframes blink { 50% { opacity: 0.4; } }
  `;

  override render() {
    const at = new Date(this.clock.now());
    const date = new Intl.DateTimeFormat('vi-VN', { timeZone: this.timeZone, weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(at);
    const time = new Intl.DateTimeFormat('vi-VN', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
      at,
    );
    return html`<h1>${this.officeName}</h1>
      ${this.connection === 'online' ? nothing : html`<div class="offline" role="status" data-testid="offline">${this.connection === 'offline' ? t('offline') : t('connecting')}</div>`}
      <div class="date">${date}</div>
      <div class="clock">${time}</div>`;
  }
}
customElements.define('qms-board-header', BoardHeader);

declare global {
  interface HTMLElementTagNameMap {
    'qms-board-header': BoardHeader;
  }
}
