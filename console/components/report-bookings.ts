/**
 * The range report's bookings section: appointments and remote numbers for the whole range (the
 * summary's figures) and by service (asked for here, only when the range has any booking).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { BookingFigures, BreakdownReport, ReportRow } from '../../shared/schemas/report-figures.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { bookingTable, hasBookings } from '../lib/report-bookings.js';
import { reportStyles } from '../styles/report.js';

export class ReportBookings extends LitElement {
  static override properties = {
    office: {},
    from: {},
    to: {},
    figures: { attribute: false },
    services: { state: true },
    error: { state: true },
  };
  declare office: string;
  declare from: string;
  declare to: string;
  declare figures: BookingFigures | undefined;
  declare services: ReportRow[];
  declare error: string | undefined;
  /** the newest request: an older answer arriving late is dropped */
  private asked = 0;
  static override styles = [
    reportStyles,
    css`
      /* where the appointments' columns and the remote numbers' begin */
      .group-start { border-left: 2px solid var(--qms-line); }
    `,
  ];

  constructor() {
    super();
    this.services = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // the summary's figures arrive after each change of range: they are what starts a load
    if (changed.has('figures')) void this.load();
  }

  private async load(): Promise<void> {
    const asked = ++this.asked;
    this.services = [];
    this.error = undefined;
    if (!hasBookings(this.figures) || !this.office || !this.from || !this.to) return;
    const q = `from=${this.from}&to=${this.to}&by=service`;
    try {
      const b = await api<BreakdownReport>('GET', `/offices/${this.office}/reports/breakdown?${q}`, undefined, { timeoutMs: 60_000 });
      if (asked === this.asked) this.services = b.rows.filter((r) => hasBookings(r.bookings));
    } catch (err) {
      if (asked === this.asked) this.error = errorText(err);
    }
  }

  override render() {
    const f = this.figures;
    if (!f || !hasBookings(f)) return nothing;
    return html`<section class="panel" data-test="bookings-section" aria-labelledby="bookings-title">
      <h3 id="bookings-title">${t('bookingsTitle')}</h3>
      ${this.error ? html`<p class="bad" role="alert">${this.error}</p>` : nothing} ${bookingTable(f, this.services)}
    </section>`;
  }
}
customElements.define('qms-report-bookings', ReportBookings);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-bookings': ReportBookings;
  }
}
