/** Reading the ranking's CSV export back in tests: its sections (RFC 4180 quoting, a byte-order mark first). */
import { expect } from 'vitest';

/** The sections of the CSV export: title, header, rows (RFC 4180 quoting). */
export function parseCsv(text: string): { title: string; header: string[]; rows: string[][] }[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  record.push(field);
  records.push(record);
  const sections: { title: string; header: string[]; rows: string[][] }[] = [];
  let current: string[][] = [];
  for (const r of records) {
    if (r.length === 1 && r[0] === '') {
      if (current.length) sections.push({ title: current[0]![0]!, header: current[1]!, rows: current.slice(2) });
      current = [];
    } else current.push(r);
  }
  return sections;
}
