/** Per service: online numbers on or off, appointments on or off with their slot length and seats. Edits the draft config. */
import { LitElement, html } from 'lit';
import { bt } from '../../shared/i18n/booking-admin-messages.js';
import type { ServiceBooking } from '../../shared/schemas/booking.js';
import type { OfficeConfig } from '../../shared/schemas/office.js';
import { adminStyles } from '../styles/admin.js';

/** what a service starts with when it begins taking appointments */
const NEW_APPOINTMENTS = { slotMinutes: 30, capacity: 4 };

export class AdminServiceBookings extends LitElement {
  static override properties = { config: { attribute: false } };
  declare config: OfficeConfig;
  static override styles = adminStyles;

  private edit(i: number, booking: ServiceBooking): void {
    const services = this.config.services.map((s, j) => (j === i ? { ...s, booking } : s));
    this.dispatchEvent(new CustomEvent('config-change', { detail: { ...this.config, services }, bubbles: true, composed: true }));
  }

  private setAppointments(i: number, on: boolean): void {
    const { appointment: _old, ...rest } = this.config.services[i]!.booking;
    this.edit(i, on ? { ...rest, appointment: { ...NEW_APPOINTMENTS } } : rest);
  }

  private setSlot(i: number, patch: Partial<NonNullable<ServiceBooking['appointment']>>): void {
    const b = this.config.services[i]!.booking;
    if (b.appointment) this.edit(i, { ...b, appointment: { ...b.appointment, ...patch } });
  }

  override render() {
    const num = (e: Event) => Number((e.target as HTMLInputElement).value);
    const checked = (e: Event) => (e.target as HTMLInputElement).checked;
    return html`<h3 id="bookings-title">${bt('servicesTitle')}</h3>
      <p class="muted">${bt('servicesHelp')}</p>
      <table aria-labelledby="bookings-title">
        <tr><th>${bt('service')}</th><th>${bt('remote')}</th><th>${bt('appointment')}</th><th>${bt('slotMinutes')}</th><th>${bt('capacity')}</th></tr>
        ${this.config.services.map((s, i) => {
          const a = s.booking.appointment;
          const label = (what: string) => `${what}: ${s.name}`;
          return html`<tr data-service-booking=${s.id}>
            <td>${s.prefix} · ${s.name}</td>
            <td><input type="checkbox" data-field="remote" aria-label=${label(bt('remote'))} .checked=${s.booking.remote} @change=${(e: Event) => this.edit(i, { ...s.booking, remote: checked(e) })} /></td>
            <td><input type="checkbox" data-field="appointment" aria-label=${label(bt('appointment'))} .checked=${!!a} @change=${(e: Event) => this.setAppointments(i, checked(e))} /></td>
            <td><input class="w-s" type="number" min="5" max="240" step="5" data-field="slotMinutes" aria-label=${label(bt('slotMinutes'))} ?disabled=${!a}
              .value=${a ? String(a.slotMinutes) : ''} @change=${(e: Event) => this.setSlot(i, { slotMinutes: num(e) })} /></td>
            <td><input class="w-s" type="number" min="1" max="100" data-field="capacity" aria-label=${label(bt('capacity'))} ?disabled=${!a}
              .value=${a ? String(a.capacity) : ''} @change=${(e: Event) => this.setSlot(i, { capacity: num(e) })} /></td>
          </tr>`;
        })}
      </table>`;
  }
}
customElements.define('qms-admin-service-bookings', AdminServiceBookings);

declare global {
  interface HTMLElementTagNameMap {
    'qms-admin-service-bookings': AdminServiceBookings;
  }
}
