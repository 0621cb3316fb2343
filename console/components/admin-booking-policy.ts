/**
 * The office's booking rules (config `booking`): the hours of online numbers, how far ahead and until
 * when slots are booked, when a checked-in appointment is called, caps per person, the name, the
 * "turn is near" message. Each field says in a sentence what its value does. Edits the draft config.
 */
import { LitElement, css, html } from 'lit';
import { bt } from '../../shared/i18n/booking-admin-messages.js';
import type { BookingPolicy } from '../../shared/schemas/booking.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { adminStyles } from '../styles/admin.js';

type NumberField =
  'daysAhead' | 'cutoffMinutes' | 'callAheadMinutes' | 'lateAfterMinutes' | 'perPersonPerDay' | 'perPersonPerService' | 'perDevicePerDay' | 'turnNearAhead';
const LIMITS: Record<NumberField, [number, number]> = {
  daysAhead: [1, 30],
  cutoffMinutes: [0, 1440],
  callAheadMinutes: [0, 60],
  lateAfterMinutes: [0, 240],
  perPersonPerDay: [1, 10],
  perPersonPerService: [1, 10],
  perDevicePerDay: [1, 50],
  turnNearAhead: [1, 50],
};

export class AdminBookingPolicy extends LitElement {
  static override properties = { config: { attribute: false } };
  declare config: OfficeConfig;
  static override styles = [
    adminStyles,
    css`
      fieldset { border: 2px solid var(--qms-line-admin); border-radius: 10px; margin: 16px 0 0; padding: 4px 16px 12px; }
      legend { font-weight: 700; font-size: 18px; padding: 0 6px; }
      .group { display: flex; flex-wrap: wrap; gap: 4px 20px; align-items: end; }
      .group label { margin-bottom: 4px; }
      .help { margin: 4px 0 0; }
      fieldset > .inline { margin: 12px 0 4px; }
    `,
  ];

  private change(patch: Partial<BookingPolicy>): void {
    this.dispatchEvent(
      new CustomEvent('config-change', { detail: { ...this.config, booking: { ...this.config.booking, ...patch } }, bubbles: true, composed: true }),
    );
  }

  private number(field: NumberField, help: string) {
    const [min, max] = LIMITS[field];
    return html`<div><label for="bp-${field}">${bt(field)}</label>
      <input id="bp-${field}" class="w-s" type="number" min=${min} max=${max} data-field=${field} aria-describedby=${help} .value=${String(this.config.booking[field])}
        @change=${(e: Event) => this.change({ [field]: Number((e.target as HTMLInputElement).value) })} /></div>`;
  }

  private time(field: 'remoteFrom' | 'remoteTo') {
    return html`<div><label for="bp-${field}">${bt(field)}</label>
      <input id="bp-${field}" class="w-s" inputmode="numeric" placeholder="HH:MM" data-field=${field} aria-describedby="bp-window-help" .value=${this.config.booking[field]}
        @change=${(e: Event) => this.change({ [field]: (e.target as HTMLInputElement).value.trim() })} /></div>`;
  }

  private toggle(field: 'remoteStopPastClosing' | 'requireName') {
    return html`<label class="inline"><input type="checkbox" data-field=${field} .checked=${this.config.booking[field]}
      @change=${(e: Event) => this.change({ [field]: (e.target as HTMLInputElement).checked })} />${bt(field)}</label>`;
  }

  override render() {
    const b = this.config.booking;
    return html`<fieldset>
      <legend>${bt('policyTitle')}</legend>
      <p class="muted">${bt('policyHelp')}</p>
      <div class="group">${this.time('remoteFrom')}${this.time('remoteTo')}</div>
      <p class="muted help" id="bp-window-help">${bt('remoteWindowHelp', { from: b.remoteFrom, to: b.remoteTo })}</p>
      ${this.toggle('remoteStopPastClosing')}
      <div class="group">${this.number('daysAhead', 'bp-days-help')}${this.number('cutoffMinutes', 'bp-cutoff-help')}</div>
      <p class="muted help" id="bp-days-help">${bt('daysAheadHelp', { n: b.daysAhead })}</p>
      <p class="muted help" id="bp-cutoff-help">${bt('cutoffHelp', { n: b.cutoffMinutes })}</p>
      <div class="group">${this.number('callAheadMinutes', 'bp-calling-help')}${this.number('lateAfterMinutes', 'bp-calling-help')}</div>
      <p class="muted help" id="bp-calling-help">${bt('callingHelp', { ahead: b.callAheadMinutes, late: b.lateAfterMinutes })}</p>
      <div class="group">${this.number('perPersonPerDay', 'bp-caps-help')}${this.number('perPersonPerService', 'bp-caps-help')}${this.number('perDevicePerDay', 'bp-caps-help')}</div>
      <p class="muted help" id="bp-caps-help">${bt('capsHelp', { day: b.perPersonPerDay, service: b.perPersonPerService, device: b.perDevicePerDay })}</p>
      ${this.toggle('requireName')}
      <div class="group">${this.number('turnNearAhead', 'bp-near-help')}</div>
      <p class="muted help" id="bp-near-help">${bt('turnNearHelp', { n: b.turnNearAhead })}</p>
    </fieldset>`;
  }
}
customElements.define('qms-admin-booking-policy', AdminBookingPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-booking-policy': AdminBookingPolicy;
  }
}
