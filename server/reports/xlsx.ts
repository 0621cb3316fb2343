/**
 * XLSX export with exceljs: one sheet per table, numbers stored as numbers with display formats
 * (Excel shows them in the reader's locale: 1.234,5 on a Vietnamese system), a bold header row.
 */
import type { CellFormat, Column, Table } from './export-tables.js';
import { rl } from '../../shared/i18n/report-label-messages.js';

const NUMFMT: Record<CellFormat, string | undefined> = { int: '#,##0', minutes: '#,##0.0', percent: '0.0', number: '#,##0.##', text: undefined };
/** a column's display format: its own precision where it has one */
const numFmt = (c: Column): string | undefined =>
  c.digits === undefined || c.format === 'text' ? NUMFMT[c.format] : `${c.format === 'percent' ? '0' : '#,##0'}${c.digits ? `.${'0'.repeat(c.digits)}` : ''}`;

export async function toXlsx(tables: Table[], meta: { title: string; creator?: string }): Promise<Buffer> {
  // loaded on the first export, not at start-up (exceljs takes a third of a second to load)
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.creator ?? rl('appName', {}, 'vi');
  wb.title = meta.title;
  wb.created = new Date();
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.name.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${t.name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.addRow([t.title]).font = { bold: true, size: 13 };
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    const rows = t.rows.map((r) => ws.addRow(r.map((v) => (v !== null && typeof v === 'object' ? v.number : v))));
    // the first text column names the row (a service, a day, an office after its ranks): wide, and kept in view with those before it
    const label = Math.max(
      0,
      t.columns.findIndex((c) => c.format === 'text'),
    );
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = i === label ? 40 : c.format === 'text' ? 24 : 14;
      const fmt = numFmt(c);
      if (fmt) col.numFmt = fmt;
    });
    // a marked figure stays a number, shown with its mark ("180,0+"): after the columns' formats, which would overwrite it
    t.rows.forEach((r, j) =>
      r.forEach((v, i) => {
        if (v !== null && typeof v === 'object') rows[j]!.getCell(i + 1).numFmt = `${numFmt(t.columns[i]!) ?? 'General'}"${v.mark}"`;
      }),
    );
    ws.views = [{ state: 'frozen', ySplit: 2, xSplit: label + 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
