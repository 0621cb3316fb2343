/**
 * The mark of a ticket taken online, in words (never colour alone): "Trực tuyến" for a number taken
 * from a phone, "Lịch hẹn 09:30" for an appointment checked in on time (its slot in office time),
 * "Lịch hẹn (đến muộn)" for one checked in late, which waits as an ordinary ticket. Nothing for a hall ticket.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { officeClock } from '../../shared/office-time.js';
import type { PublicTicket } from '../../shared/schemas/ticket.js';

const pad = (n: number) => String(n).padStart(2, '0');

export class TicketSourceBadge extends LitElement {
  static override properties = { ticket: { attribute: false }, timeZone: {} };
  declare ticket: Pick<PublicTicket, 'source' | 'slotAt'> | undefined;
  declare timeZone: string;

  constructor() {
    super();
    this.timeZone = 'Asia/Ho_Chi_Minh';
  }

  static override styles = css`
    :host { display: inline; }
    .badge { display: inline-block; padding: 1px 8px; border: 2px solid; border-radius: 6px; font-weight: 800; font-size: 0.85em; white-space: nowrap; }
    .remote { background: var(--qms-remote-bg); color: var(--qms-remote); }
    .appointment { background: var(--qms-appointment-bg); color: var(--qms-appointment); }
  `;

  override render() {
    const tk = this.ticket;
    if (tk?.source === 'remote') return html`<span class="badge remote" data-source="remote">${t('sourceRemote')}</span>`;
    if (tk?.source !== 'appointment') return nothing;
    const clock = tk.slotAt ? officeClock(tk.slotAt, this.timeZone) : undefined;
    const text = clock ? t('sourceAppointment', { time: `${pad(clock.hour)}:${pad(clock.minute)}` }) : t('sourceAppointmentLate');
    return html`<span class="badge appointment" data-source="appointment">${text}</span>`;
  }
}
customElements.define('qms-ticket-source-badge', TicketSourceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'qms-ticket-source-badge': TicketSourceBadge;
  }
}
