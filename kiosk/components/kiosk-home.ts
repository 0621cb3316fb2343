/**
 * The kiosk's start screen: every service area as a large button with people waiting and the
 * estimated wait (or why it is closed now), a separate priority path, the check-in of a booked
 * appointment (where the office takes appointments), complaints, the optional ID-card scan, notices
 * and the no-writing-day banner.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PublicOffice, PublicService } from '../../shared/schemas/office.js';
import { closedKey, kt } from '../../shared/i18n/kiosk-messages.js';
import { hoursText, localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import { base } from '../styles/base.js';

const fire = (el: HTMLElement, name: string, detail?: unknown) => el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

export class KioskHome extends LitElement {
  static override properties = { office: { attribute: false }, priorityName: { attribute: false }, cccdAttached: { type: Boolean }, busyService: {} };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; gap: 1.1rem; padding: 1.2rem 1.6rem 1.6rem; min-height: 0; }
      .nowriting { display: flex; align-items: center; gap: 1rem; background: var(--accent); color: #231a00; border-radius: var(--radius); padding: 0.7rem 1.2rem; }
      .nowriting svg { width: 2.6rem; height: 2.6rem; flex: none; }
      .nowriting strong { font-size: 1.5rem; display: block; }
      .nowriting span { font-size: 1.1rem; }
      .mode { display: flex; align-items: center; justify-content: space-between; gap: 1rem; background: #e7f3ec; border: 3px solid var(--ok); border-radius: var(--radius); padding: 0.5rem 0.6rem 0.5rem 1.2rem; font-size: 1.3rem; font-weight: 700; color: #0b3d23; }
      .mode.prio { background: #fff4d1; border-color: var(--warn); color: #3a2a00; }
      h2 { font-size: 1.7rem; font-weight: 800; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(19rem, 100%), 1fr)); gap: 1rem; }
      .svc { display: grid; grid-template-columns: auto 1fr; align-items: center; gap: 0.3rem 1rem; align-content: center; text-align: left; padding: 1rem 1.2rem; min-height: 7.2rem; background: var(--surface); border: 3px solid var(--line); box-shadow: 0 3px 0 rgba(0, 0, 0, 0.08); }
      .svc:not(:disabled):active { border-color: var(--primary); background: #fff5f4; }
      .svc .prefix { grid-row: span 2; width: 3.6rem; height: 3.6rem; border-radius: 0.9rem; display: grid; place-items: center; background: var(--primary); color: #fff; font-size: 1.9rem; font-weight: 800; }
      .svc .name { font-size: 1.45rem; font-weight: 800; line-height: 1.2; }
      .svc .meta { display: flex; flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 1.05rem; color: var(--muted); font-weight: 600; }
      .svc .meta span { display: inline-flex; align-items: center; gap: 0.35rem; }
      .svc .meta svg { width: 1.25em; height: 1.25em; }
      .svc.closed { background: #e9e7e3; border-style: dashed; box-shadow: none; opacity: 1; }
      .svc.closed .prefix { background: #8a8f96; }
      .svc.closed .reason { color: var(--bad); font-weight: 800; }
      .svc.busy { border-color: var(--primary); background: #fff5f4; }
      .actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: 1rem; }
      .action { display: flex; align-items: center; gap: 1rem; text-align: left; padding: 1rem 1.2rem; min-height: 6rem; }
      .action svg { width: 3rem; height: 3rem; flex: none; }
      .action strong { display: block; font-size: 1.45rem; }
      .action span { font-size: 1.02rem; font-weight: 600; }
      .action.prio { background: #fff4d1; border-color: var(--warn); color: #3a2a00; }
      .action.complaint { background: var(--surface); border-color: var(--ink); }
      .action.cccd { background: #e8f0fe; border-color: #1a56db; color: #0b2a6b; }
      .action.booking { background: #e7f3ec; border-color: var(--ok); color: #0b3d23; }
      .notices { background: var(--surface); border-left: 8px solid var(--primary); border-radius: 0.6rem; padding: 0.8rem 1.1rem; font-size: 1.1rem; }
      .notices ul { margin: 0.3rem 0 0; padding-left: 1.2rem; }
      .notices li + li { margin-top: 0.25rem; }
      .notices h3 { font-size: 1.1rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--primary); }
    `,
  ];

  declare office: PublicOffice | undefined;
  declare priorityName: string | undefined;
  declare cccdAttached: boolean;
  declare busyService: string;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.cccdAttached = false;
    this.busyService = '';
  }

  override render() {
    void this.i18n;
    const o = this.office;
    if (!o) return html`<p>${kt('loading')}</p>`;
    return html`
      ${
        o.noWritingToday
          ? html`<div class="nowriting" role="note">${icons.pencilOff}<div><strong>${kt('noWritingDay', { day: o.noWritingWeekday ?? 3 })}</strong><span>${kt('noWritingDayHint')}</span></div></div>`
          : nothing
      }
      ${this.priorityName ? this.modeBar(kt('priorityChosen', { name: this.priorityName }), 'clear-priority', true) : nothing}
      ${this.cccdAttached ? this.modeBar(kt('cccdAttached'), 'clear-cccd', false) : nothing}
      <h2>${kt('chooseService')}</h2>
      <div class="grid">${o.services.map((s) => this.service(s))}</div>
      <div class="actions">
        ${
          o.bookings.appointments
            ? html`<button class="action booking" data-action="check-in" @click=${() => fire(this, 'check-in')}>${icons.calendar}<div><strong>${kt('checkInButton')}</strong><span>${kt('checkInHint')}</span></div></button>`
            : nothing
        }
        ${
          this.priorityName
            ? nothing
            : html`<button class="action prio" data-action="priority" @click=${() => fire(this, 'priority')}>${icons.priority}<div><strong>${kt('priorityButton')}</strong><span>${kt('priorityHint')}</span></div></button>`
        }
        <button class="action complaint" data-action="complaint" @click=${() => fire(this, 'complaint')}>${icons.message}<div><strong>${kt('complaintButton')}</strong><span>${kt('complaintHint')}</span></div></button>
        ${
          o.cccdEnabled && !this.cccdAttached
            ? html`<button class="action cccd" data-action="cccd" @click=${() => fire(this, 'cccd')}>${icons.card}<div><strong>${kt('cccdButton')}</strong><span>${kt('cccdHint')}</span></div></button>`
            : nothing
        }
      </div>
      ${
        o.notices.length
          ? html`<section class="notices"><h3>${kt('noticesTitle')}</h3><ul>${o.notices.map((n) => html`<li>${n}</li>`)}</ul></section>`
          : nothing
      }
    `;
  }

  private modeBar(text: string, clearEvent: string, prio: boolean) {
    return html`<div class="mode ${prio ? 'prio' : ''}" role="status"><span>${text}</span><button class="btn ghost" @click=${() => fire(this, clearEvent)}>${kt('cancel')}</button></div>`;
  }

  private service(s: PublicService) {
    const busy = this.busyService === s.id;
    if (!s.open) {
      const reason = s.closedReason ?? 'service_closed';
      return html`<button class="svc closed" disabled data-service=${s.id} aria-disabled="true">
        <span class="prefix">${s.prefix}</span>
        <span class="name">${localName(s)}</span>
        <span class="meta"><span class="reason">${kt(closedKey(reason), { hours: hoursText(s.hours) })}</span></span>
      </button>`;
    }
    return html`<button class="svc ${busy ? 'busy' : ''}" data-service=${s.id} @click=${() => fire(this, 'pick', s.id)}>
      <span class="prefix">${s.prefix}</span>
      <span class="name">${localName(s)}</span>
      <span class="meta">
        <span>${icons.people}${kt('waitingN', { n: s.waiting })}</span>
        <span>${icons.clock}${s.waiting === 0 ? kt('noWait') : kt('waitAbout', { n: s.estimatedWaitMinutes })}</span>
      </span>
    </button>`;
  }
}
customElements.define('qms-kiosk-home', KioskHome);

declare global {
  interface HTMLElementTagNameMap {
    'qms-kiosk-home': KioskHome;
  }
}
