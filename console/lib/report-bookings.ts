/** The bookings table of the range report: appointments and remote numbers, by service and for the whole range. */
import { html } from 'lit';
import type { BookingFigures } from '../../shared/schemas/report-figures.js';
import { t } from '../../shared/i18n/reports-messages.js';
import { int, pct } from './report-format.js';

/** Offices without bookings (most of them) see no booking section: it shows once any figure is above zero. */
export function hasBookings(b: BookingFigures | undefined): boolean {
  return !!b && Object.values(b).some((v) => typeof v === 'number' && v > 0);
}

/** "100% (3/3)": the share with what it is a share of; '–' when no appointment checked in on time was called. */
function withinSlot(b: BookingFigures) {
  return b.slotCalled ? `${pct(b.calledWithinSlotShare, 0)} (${int(b.calledWithinSlot)}/${int(b.slotCalled)})` : pct(null);
}

function row(label: string, b: BookingFigures, cls = '') {
  return html`<tr class=${cls}>
    <td>${label}</td>
    <td class="group-start">${int(b.booked)}</td>
    <td>${int(b.cancelled)}</td>
    <td>${int(b.expired)}</td>
    <td>${int(b.checkedIn)}</td>
    <td>${int(b.checkedInLate)}</td>
    <td>${withinSlot(b)}</td>
    <td class="group-start">${int(b.remote)}</td>
    <td>${int(b.remoteServed)}</td>
    <td>${int(b.remoteNoShow)}</td>
  </tr>`;
}

/** `services`: the services with any booking figure (none while they load); `total`: the whole range. */
export function bookingTable(total: BookingFigures, services: { label: string; bookings: BookingFigures }[]) {
  return html`<div class="scroll"><table data-test="bookings">
    <thead>
      <tr>
        <th rowspan="2" scope="col">${t('service')}</th>
        <th colspan="6" scope="colgroup" class="group-start">${t('appointments')}</th>
        <th colspan="3" scope="colgroup" class="group-start">${t('remoteNumbers')}</th>
      </tr>
      <tr>
        <th scope="col" class="group-start">${t('bookedCol')}</th>
        <th scope="col">${t('bookingCancelledCol')}</th>
        <th scope="col">${t('bookingUnusedCol')}</th>
        <th scope="col">${t('checkedInOnTimeCol')}</th>
        <th scope="col">${t('checkedInLateCol')}</th>
        <th scope="col">${t('calledWithinSlotCol')}</th>
        <th scope="col" class="group-start">${t('remoteTakenCol')}</th>
        <th scope="col">${t('served')}</th>
        <th scope="col">${t('noShow')}</th>
      </tr>
    </thead>
    <tbody>${services.map((s) => row(s.label, s.bookings))}${row(t('total'), total, 'total')}</tbody>
  </table></div>
  <p class="muted">${t('bookingsHint')}</p>`;
}
