/**
 * How the CSV and XLSX writers show a figure: a duration or share always with its decimals (12.00,
 * not 12, beside 12.35), a column's own precision where it has one, and a figure that ran past
 * the scale ("180+" minutes) with its mark, still a number in the spreadsheet.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../server/reports/csv.js';
import type { Table } from '../../server/reports/export-tables.js';
import { toXlsx } from '../../server/reports/xlsx.js';

const table: Table = {
  name: 'T',
  title: 'T',
  columns: [
    { header: 'Phút', format: 'minutes' },
    { header: 'Tỉ lệ', format: 'percent', digits: 1 },
    { header: 'Số', format: 'int' },
  ],
  rows: [
    [12, 80, 3],
    [12.345, 79.96, 4],
    [{ number: 180, mark: '+' }, null, 0],
  ],
};

describe('export cells', () => {
  it('writes durations and shares with their decimals in the CSV, a marked figure with its mark', () => {
    const lines = toCsv([table])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(2, 5)).toEqual(['12.00,80.0,3', '12.35,80.0,4', '180.00+,,0']);
  });

  it('keeps a marked figure a number in the XLSX, shown with its mark', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx([table], { title: 'T' })) as any);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A5').value).toBe(180);
    expect(ws.getCell('A5').numFmt).toBe('#,##0.0"+"');
    expect(ws.getColumn(2).numFmt).toBe('0.0');
    expect(ws.getCell('A4').value).toBe(12.345);
  });
});
