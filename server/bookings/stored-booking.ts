/** A booking as the scripts store it, and what its citizen may see of it. */
import type { Booking } from '../../shared/schemas/booking.js';

export interface StoredBooking extends Booking {
  /** the verified mobile number, for its messages only (never sent to a screen) */
  phone: string;
  /** sha256 of the number with the deployment's salt: the caps count by it */
  phoneHash: string;
  /** sha256 of the booking page's device id with the salt, when it gave one */
  deviceHash?: string;
  checkedInAt?: number;
}

/** The citizen's view: everything but the phone number and its hash. */
export function bookingView(b: StoredBooking): Booking {
  const { phone: _phone, phoneHash: _hash, deviceHash: _device, checkedInAt: _at, ...view } = b;
  return view;
}
