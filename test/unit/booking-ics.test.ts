import { describe, expect, it } from 'vitest';
import { appointmentIcs, icsFold, icsText, icsUtc } from '../../kiosk/lib/booking-ics.js';

/** The lines of a file with their folds undone (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('an appointment as an iCalendar file', () => {
  // 08:30 on Tuesday 24 November 2026 in Hà Nội (UTC+7)
  const appointment = {
    uid: 'tay-mo_b0123456789abcdef',
    startAt: Date.parse('2026-11-24T01:30:00Z'),
    minutes: 30,
    summary: 'Lịch hẹn Tư pháp – Hộ tịch',
    location: 'UBND phường Tây Mỗ, số 1 đường Đại Mỗ; Hà Nội',
    description: 'Mã đặt lịch: K7Q2MZ. Quét mã hoặc nhập mã tại ki-ốt trước 08:45 để nhận số thứ tự.',
    stamp: Date.parse('2026-11-23T02:00:05.123Z'),
  };

  it('is one VEVENT in a VCALENDAR, its UID the booking id, its times in UTC from the slot and its length', () => {
    const lines = unfold(appointmentIcs(appointment));
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:tay-mo_b0123456789abcdef');
    expect(lines).toContain('DTSTART:20261124T013000Z');
    expect(lines).toContain('DTEND:20261124T020000Z');
    expect(lines).toContain('DTSTAMP:20261123T020005Z');
    expect(lines).toContain('SUMMARY:Lịch hẹn Tư pháp – Hộ tịch');
    expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
  });

  it('escapes commas, semicolons, backslashes and line breaks in texts', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const lines = unfold(appointmentIcs(appointment));
    expect(lines).toContain('LOCATION:UBND phường Tây Mỗ\\, số 1 đường Đại Mỗ\\; Hà Nội');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:Mã đặt lịch: K7Q2MZ. Quét mã hoặc nhập mã tại ki-ốt trước 08:45 để nhận số thứ tự.',
    );
  });

  it('ends every line with CRLF and folds long lines at 75 octets without splitting a letter', () => {
    const ics = appointmentIcs(appointment);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // the description is long and Vietnamese: folded, and whole again once unfolded
    expect(ics).toContain('\r\n ');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(ics))).toBe(ics);
    const folded = icsFold('X'.repeat(70) + 'ệệệệệ');
    expect(folded.split('\r\n ').map((p) => encoder.encode(p).length)).toEqual([73, 12]);
  });

  it('writes instants as UTC date-times', () => {
    expect(icsUtc(Date.parse('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });
});
