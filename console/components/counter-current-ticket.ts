/** The ticket the counter holds: number, service, status, elapsed time, an online ticket's mark, and CCCD data if shared. */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import type { Ticket } from '../../shared/schemas/ticket.js';
import { ServerClock } from '../../shared/ui/server-clock.js';
import './ticket-source-badge.js';

function mmss(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class CounterCurrentTicket extends LitElement {
  static override properties = { ticket: { attribute: false }, serviceName: { attribute: false }, offsetMs: { attribute: false }, timeZone: {} };
  declare ticket: Ticket | undefined;
  declare serviceName: string;
  declare offsetMs: number;
  /** the office's: an appointment's slot is shown in office time */
  declare timeZone: string;
  private readonly clock = new ServerClock(this, () => this.offsetMs);

  constructor() {
    super();
    this.serviceName = '';
    this.offsetMs = 0;
    this.timeZone = 'Asia/Ho_Chi_Minh';
  }

  static override styles = css`
    :host { display: block; background: var(--qms-white); border-radius: 16px; padding: 20px 24px; border: 3px solid var(--qms-navy); }
    h2 { margin: 0 0 8px; font-size: 20px; color: var(--qms-ink-soft); text-transform: uppercase; letter-spacing: 1px; }
    .row { display: flex; align-items: baseline; gap: 24px; flex-wrap: wrap; }
    .number { font-size: 96px; font-weight: 800; color: var(--qms-red); line-height: 1; font-variant-numeric: tabular-nums; }
    .elapsed { font-size: 48px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .elapsed small { font-size: 18px; font-weight: 400; color: var(--qms-ink-soft); }
    .meta { font-size: 20px; margin-top: 8px; }
    qms-ticket-source-badge { font-size: 22px; }
    .prio { display: inline-block; background: var(--qms-gold); color: var(--qms-navy); font-weight: 800; padding: 2px 10px; border-radius: 8px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0 0; font-size: 18px; background: var(--qms-bg-soft); padding: 12px; border-radius: 10px; }
    dt { font-weight: 700; }
    dd { margin: 0; }
    .empty { font-size: 22px; color: var(--qms-ink-soft); }
  `;

  override render() {
    const tk = this.ticket;
    if (!tk) return html`<h2>${t('current')}</h2><div class="empty">${t('noCurrent')}</div>`;
    const now = this.clock.now();
    const since = tk.status === 'serving' && tk.servedAt ? tk.servedAt : (tk.calledAt ?? now);
    const id = tk.identity;
    return html`<h2>${t('current')}</h2>
      <div class="row">
        <span class="number" data-testid="current-number">${tk.number}</span>
        <span class="elapsed"><small>${t('elapsed')}</small> ${mmss(now - since)}</span>
        ${tk.priority ? html`<span class="prio">★ ${t('priority')}</span>` : nothing}
        <qms-ticket-source-badge .ticket=${tk} timeZone=${this.timeZone}></qms-ticket-source-badge>
      </div>
      <div class="meta">${t('service')}: <b>${this.serviceName}</b> · ${t('status')}:
        <b data-testid="current-status">${tk.status === 'serving' ? t('statusServing') : t('statusCalled')}</b> ·
        ${t('waited')}: ${mmss((tk.firstCalledAt ?? tk.calledAt ?? now) - tk.issuedAt)}</div>
      ${
        id
          ? html`<dl aria-label=${t('identity')}>
            <dt>${t('fullName')}</dt><dd>${id.name}</dd>
            <dt>${t('idLast4')}</dt><dd>•••• ${id.idLast4}</dd>
            <dt>${t('birthDate')}</dt><dd>${id.birthDate.split('-').reverse().join('/')}</dd>
            ${id.sex ? html`<dt>${t('sex')}</dt><dd>${id.sex}</dd>` : nothing}
            ${id.address ? html`<dt>${t('address')}</dt><dd>${id.address}</dd>` : nothing}
          </dl>`
          : nothing
      }`;
  }
}
customElements.define('qms-counter-current-ticket', CounterCurrentTicket);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-current-ticket': CounterCurrentTicket;
  }
}
