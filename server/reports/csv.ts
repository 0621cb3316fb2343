/**
 * CSV export: one file, one section per table (a title line, a header line, the rows, a blank
 * line). UTF-8 with a byte-order mark so Excel shows the Vietnamese diacritics; numbers in the
 * machine format (1234.5) so any program reads them back.
 */
import type { Cell, Column, Table } from './export-tables.js';

/**
 * Excel and LibreOffice run a cell that starts with one of these as a formula (OWASP "CSV
 * injection"): a counter named `=HYPERLINK(…)` would become a live link. A leading apostrophe
 * keeps such text as text. Only text cells: a negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number in the machine format: durations and shares with their decimals (12.00 beside 12.35), other figures as they are. */
function number(v: number, column: Column | undefined): string {
  const digits = column?.digits ?? (column?.format === 'minutes' || column?.format === 'percent' || !Number.isInteger(v) ? 2 : undefined);
  // a change that rounds to nothing is 0.00, not -0.00
  return digits === undefined ? String(v) : v.toFixed(digits).replace(/^-(0\.?0*)$/, '$1');
}

function cell(v: Cell, column?: Column): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return number(v, column);
  if (typeof v === 'object') return number(v.number, column) + v.mark;
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(tables: Table[]): string {
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(cell(t.title));
    lines.push(t.columns.map((c) => cell(c.header)).join(','));
    for (const r of t.rows) lines.push(r.map((v, i) => cell(v, t.columns[i])).join(','));
    lines.push('');
  }
  return '\uFEFF' + lines.join('\r\n');
}
