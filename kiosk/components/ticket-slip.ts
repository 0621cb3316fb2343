/**
 * The printed ticket, laid out for an 80 mm thermal roll: black on white, sizes in points,
 * the QR code to the phone page. The kiosk renders it outside the app and prints only it.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { dateTimeText, localName } from '../lib/format.js';
import './qr-code.js';

export class TicketSlip extends LitElement {
  static override properties = { ticket: { attribute: false }, office: { attribute: false }, phoneUrl: {} };
  static override styles = css`
    :host { display: block; width: 80mm; padding: 4mm 5mm 6mm; box-sizing: border-box; background: #fff; color: #000; font-family: 'Be Vietnam Pro', 'Noto Sans', 'Liberation Sans', Arial, sans-serif; text-align: center; }
    .office { font-size: 10pt; font-weight: 700; text-transform: uppercase; line-height: 1.25; }
    .title { font-size: 9pt; letter-spacing: 0.08em; margin-top: 2mm; }
    .number { font-size: 46pt; font-weight: 800; line-height: 1.05; margin: 1mm 0; letter-spacing: 0.02em; }
    .service { font-size: 12pt; font-weight: 700; line-height: 1.25; }
    .prio { display: inline-block; border: 1.5pt solid #000; border-radius: 2mm; padding: 0.5mm 2mm; font-size: 9pt; font-weight: 700; margin-top: 1mm; }
    dl { display: grid; grid-template-columns: 1fr auto; gap: 1mm 3mm; margin: 3mm 0; padding: 2mm 0; border-top: 1pt dashed #000; border-bottom: 1pt dashed #000; text-align: left; font-size: 9.5pt; }
    dt { margin: 0; }
    dd { margin: 0; font-weight: 700; text-align: right; }
    .note { font-size: 9pt; font-weight: 700; margin-bottom: 2mm; }
    qms-qr-code { width: 34mm; height: 34mm; }
    .scan { font-size: 8.5pt; line-height: 1.3; margin-top: 1mm; }
  `;

  declare ticket: Ticket | undefined;
  declare office: PublicOffice | undefined;
  declare phoneUrl: string;

  constructor() {
    super();
    this.phoneUrl = '';
  }

  private get qr() {
    return this.renderRoot.querySelector('qms-qr-code');
  }

  /** Resolves when the QR image is drawn and decoded, so the printer gets the whole slip. */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    await this.qr?.ready;
    await this.qr?.updateComplete;
    const img = this.qr?.shadowRoot?.querySelector('img');
    if (img) await img.decode().catch(() => {});
  }

  override render() {
    const t = this.ticket;
    const o = this.office;
    if (!t || !o) return nothing;
    const service = o.services.find((s) => s.id === t.serviceId);
    const counters = o.counters.filter((c) => c.services.includes(t.serviceId)).map((c) => c.number);
    return html`
      <div class="office">${o.shortName ?? o.name}</div>
      <div class="title">${kt('ticketTitle')}</div>
      <div class="number" data-number>${t.number}</div>
      <div class="service">${service ? localName(service) : t.serviceId}</div>
      ${t.priority ? html`<div class="prio">${kt('priorityTag')}</div>` : nothing}
      <dl>
        ${counters.length ? html`<dt>${kt('servedAt')}</dt><dd>${counters.join(', ')}</dd>` : nothing}
        <dt>${kt('aheadLabel')}</dt><dd>${t.ahead ?? 0}</dd>
        <dt>${kt('waitLabel')}</dt><dd>${kt('minutes', { n: t.estimatedWaitMinutes ?? 0 })}</dd>
        <dt>${kt('issuedAtLabel')}</dt><dd>${dateTimeText(t.issuedAt, o.timeZone)}</dd>
      </dl>
      ${o.noWritingToday ? html`<div class="note">${kt('noWritingOnTicket', { day: o.noWritingWeekday ?? 3 })}</div>` : nothing}
      <qms-qr-code .value=${this.phoneUrl} label=${kt('scanToFollow')}></qms-qr-code>
      <div class="scan">${kt('scanToFollow')}</div>
    `;
  }
}
customElements.define('qms-ticket-slip', TicketSlip);

declare global {
  interface HTMLElementTagNameMap {
    'qms-ticket-slip': TicketSlip;
  }
}
