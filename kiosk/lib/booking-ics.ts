/**
 * An appointment as an iCalendar file (RFC 5545), for "Thêm vào lịch": one VEVENT whose UID is the
 * booking id, so adding the same booking twice updates it instead of making two. Times in UTC, so
 * a phone in any time zone shows the office's hour right. Pure: the texts come in already worded.
 */
export interface CalendarAppointment {
  /** the booking id */
  uid: string;
  /** the slot's start (ms) and its length */
  startAt: number;
  minutes: number;
  summary: string;
  location: string;
  description: string;
  /** when the file is made (ms): DTSTAMP */
  stamp: number;
}

/** `20261124T013000Z` */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character: Vietnamese letters take 2–3 octets. */
export function icsFold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // a continuation line starts with a space, which counts
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function appointmentIcs(a: CalendarAppointment): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hang cho mot cua//Booking//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(a.uid)}`,
    `DTSTAMP:${icsUtc(a.stamp)}`,
    `DTSTART:${icsUtc(a.startAt)}`,
    `DTEND:${icsUtc(a.startAt + a.minutes * 60_000)}`,
    `SUMMARY:${icsText(a.summary)}`,
    `LOCATION:${icsText(a.location)}`,
    `DESCRIPTION:${icsText(a.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(icsFold).join('\r\n') + '\r\n';
}
