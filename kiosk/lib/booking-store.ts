/**
 * Where the booking page keeps the citizen's bookings: the one shown in the page address
 * (`?office=…&booking=…&token=…`, the same link the SMS carries, so a reload or a shared tab shows
 * it again) and the last few in localStorage per office, so opening the page from the poster again
 * finds them. Only the id and token are kept: the server holds the rest.
 */
export interface SavedBooking {
  id: string;
  token: string;
}

const MAX_SAVED = 5;
const storageKey = (office: string) => `qms.bookings.${office}`;

/** The saved bookings of an office, newest first (none when storage is blocked or holds rubbish). */
export function savedBookings(office: string): SavedBooking[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(storageKey(office)) ?? '[]');
    return Array.isArray(list) ? list.filter((b): b is SavedBooking => typeof b?.id === 'string' && typeof b?.token === 'string') : [];
  } catch {
    return [];
  }
}

function write(office: string, list: SavedBooking[]): void {
  try {
    if (list.length) localStorage.setItem(storageKey(office), JSON.stringify(list.slice(0, MAX_SAVED)));
    else localStorage.removeItem(storageKey(office));
  } catch {
    /* private browsing: the address still holds it */
  }
}

export function saveBooking(office: string, b: SavedBooking): void {
  write(office, [{ id: b.id, token: b.token }, ...savedBookings(office).filter((s) => s.id !== b.id)]);
}

export function forgetBooking(office: string, id: string): void {
  write(
    office,
    savedBookings(office).filter((s) => s.id !== id),
  );
}

/** The booking named by the page address, if any. */
export function bookingInAddress(): SavedBooking | undefined {
  const q = new URLSearchParams(location.search);
  const id = q.get('booking');
  const token = q.get('token');
  return id && token ? { id, token } : undefined;
}

/** Puts the booking into the page address (none: back to the office alone), without a new history entry. */
export function showInAddress(office: string, b?: SavedBooking): void {
  const q = new URLSearchParams({ office });
  if (b) {
    q.set('booking', b.id);
    q.set('token', b.token);
  }
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

/** The booking page's own random id on this phone, kept for good: the office's caps per device count by it. */
export function bookingDeviceId(): string {
  const key = 'qms-booking-device';
  try {
    let id = localStorage.getItem(key);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
      localStorage.setItem(key, id);
    }
    return id;
  } catch {
    // storage refused (a private window): a new id each time, so the per-address limits remain
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
}
