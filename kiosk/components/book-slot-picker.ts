/** The appointment's day, then its time: the free seats of each slot; a full slot cannot be chosen. */
import { LitElement, css, html } from 'lit';
import { bt } from '../../shared/i18n/booking-messages.js';
import type { BookingOptions, BookingSlot } from '../../shared/schemas/booking.js';
import { addDays } from '../../shared/office-time.js';
import { dayText } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { base } from '../styles/base.js';

type Appointment = NonNullable<BookingOptions['services'][number]['appointment']>;

const freeOf = (slots: BookingSlot[]) => slots.filter((s) => s.remaining > 0).length;
const timeOf = (start: string) => start.slice(11, 16);

/** "Hôm nay", "Ngày mai" or the weekday and date. */
export function dayLabel(date: string, today: string): string {
  return date === today ? bt('today') : date === addDays(today, 1) ? bt('tomorrow') : dayText(date);
}

export class BookSlotPicker extends LitElement {
  static override properties = { appointment: { attribute: false }, today: {}, day: { state: true } };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 0.8rem; }
      h3 { font-size: 1.15rem; font-weight: 800; margin: 0.3rem 0 0; }
      .days { display: flex; gap: 0.5rem; overflow-x: auto; padding: 0.2rem 0.1rem 0.5rem; scroll-snap-type: x proximity; }
      .day { flex: none; scroll-snap-align: start; display: grid; gap: 0.1rem; text-align: center; padding: 0.4rem 0.8rem; background: var(--surface); border-color: var(--line); min-width: 6.5rem; }
      .day strong { font-size: 1.05rem; }
      .day span { font-size: 0.9rem; color: var(--muted); font-weight: 600; }
      .day[aria-pressed='true'] { background: var(--primary); border-color: var(--primary); color: #fff; }
      .day[aria-pressed='true'] span { color: #fff; }
      .slots { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: 0.6rem; }
      .slot { display: grid; gap: 0.1rem; padding: 0.5rem; background: var(--surface); border-color: var(--ok); }
      .slot strong { font-size: 1.2rem; font-variant-numeric: tabular-nums; }
      .slot span { font-size: 0.95rem; font-weight: 700; color: var(--ok); }
      .slot:disabled { border-color: var(--line); background: #e9e7e3; opacity: 1; }
      .slot:disabled span { color: var(--muted); }
      .none { color: var(--muted); font-weight: 600; }
    `,
  ];
  declare appointment: Appointment | undefined;
  /** the office's today (`YYYY-MM-DD`) */
  declare today: string;
  declare private day: string;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.today = '';
    this.day = '';
  }

  override willUpdate(changed: Map<string, unknown>) {
    const days = this.appointment?.days ?? [];
    if (changed.has('appointment') && !days.some((d) => d.date === this.day)) this.day = (days.find((d) => freeOf(d.slots) > 0) ?? days[0])?.date ?? '';
  }

  override render() {
    void this.i18n;
    const days = this.appointment?.days ?? [];
    const shown = days.find((d) => d.date === this.day);
    return html`
      <h3 id="day-title">${bt('chooseDay')}</h3>
      <div class="days" role="group" aria-labelledby="day-title">
        ${days.map(
          (d) =>
            html`<button class="day" data-day=${d.date} aria-pressed=${d.date === this.day ? 'true' : 'false'} @click=${() => (this.day = d.date)}>
              <strong>${dayLabel(d.date, this.today)}</strong><span>${freeOf(d.slots) ? bt('freeShort', { n: freeOf(d.slots) }) : bt('slotFull')}</span>
            </button>`,
        )}
      </div>
      <h3 id="time-title">${bt('chooseTime')}</h3>
      ${
        shown && freeOf(shown.slots)
          ? html`<div class="slots" role="group" aria-labelledby="time-title">
              ${shown.slots.map(
                (s) =>
                  html`<button class="slot" data-slot=${s.start} ?disabled=${s.remaining <= 0} @click=${() => this.choose(s.start)}>
                    <strong>${timeOf(s.start)}–${timeOf(s.end)}</strong><span>${s.remaining > 0 ? bt('seatsLeft', { n: s.remaining }) : bt('slotFull')}</span>
                  </button>`,
              )}
            </div>`
          : html`<p class="none">${bt('dayFull')}</p>`
      }
    `;
  }

  private choose(slotStart: string) {
    this.dispatchEvent(new CustomEvent<string>('chosen', { detail: slotStart, bubbles: true, composed: true }));
  }
}
customElements.define('qms-book-slot-picker', BookSlotPicker);

declare global {
  interface HTMLElementTagNameMap {
    'qms-book-slot-picker': BookSlotPicker;
  }
}
