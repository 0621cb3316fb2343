/**
 * Reading the one-stop software's Excel export (XLSX): the first sheet, its header row (the first of
 * its first 20 rows with a "Mã hồ sơ" cell: exports put a title above it), and each row below as
 * cells by field, with Excel's line numbers. The headers each field is read from are listed in
 * COLUMNS (docs/dossiers.md); other columns (STT, Họ tên…) are ignored.
 */
import type ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS, type DossierProblem } from '../../shared/schemas/dossiers.js';
import type { Cell, DossierField, RawDossier } from './dossier-rows.js';
import { declaredUnpackedSize } from './zip-guard.js';

/** Each field's headers, in lower case: the first one the file has is read. */
export const COLUMNS: Record<DossierField, string[]> = {
  code: ['mã hồ sơ', 'số hồ sơ', 'mã số hồ sơ'],
  service: ['lĩnh vực', 'tên lĩnh vực'],
  title: ['tên thủ tục', 'thủ tục', 'tên thủ tục hành chính', 'tên hồ sơ'],
  received: ['ngày tiếp nhận', 'ngày nhận', 'ngày nhận hồ sơ', 'ngày tiếp nhận hồ sơ'],
  due: ['ngày hẹn trả', 'ngày hẹn trả kết quả', 'hạn xử lý', 'hạn giải quyết'],
  resolved: ['ngày có kết quả', 'ngày hoàn thành', 'ngày giải quyết xong', 'ngày kết thúc xử lý'],
  returned: ['ngày trả kết quả', 'ngày trả'],
  status: ['trạng thái', 'tình trạng'],
};
/** what a workbook may unpack to (a year of a ward's dossiers is a few megabytes) */
const MAX_UNPACKED = 64 * 1024 * 1024;
const HEADER_SEARCH = 20;

const header = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') : '');

/** A cell's value as text, number or date (formulas by their result, rich text by its text). */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
  }
  return undefined;
}

export type SheetRead = { rows: RawDossier[]; headerLine: number } | { problem: DossierProblem };

export async function readDossierSheet(file: Buffer): Promise<SheetRead> {
  const fileProblem = (problem: DossierProblem['problem'], message: string, line?: number, column = ''): SheetRead => ({
    problem: { ...(line ? { line } : {}), column, problem, message },
  });
  const unpacked = declaredUnpackedSize(file);
  if (unpacked === null || unpacked > MAX_UNPACKED) return fileProblem('unreadable', 'not an Excel (XLSX) file, or one too large');
  const { default: Excel } = await import('exceljs'); // on the first import, not at start-up
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    return fileProblem('unreadable', 'not an Excel (XLSX) file');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return fileProblem('no_rows', 'the file has no sheet');

  let headerLine = 0;
  const columns: Partial<Record<DossierField, { index: number; name: string }>> = {};
  for (let r = 1; r <= Math.min(HEADER_SEARCH, sheet.rowCount) && !headerLine; r++) {
    const row = sheet.getRow(r);
    const names = new Map<string, { index: number; name: string }>();
    row.eachCell((cell, index) => {
      const h = header(cellValue(cell.value));
      if (h && !names.has(h)) names.set(h, { index, name: String(cellValue(cell.value)).replace(/\s+/g, ' ').trim() });
    });
    if (!COLUMNS.code.some((h) => names.has(h))) continue;
    headerLine = r;
    for (const [field, heads] of Object.entries(COLUMNS) as [DossierField, string[]][]) {
      const hit = heads.map((h) => names.get(h)).find(Boolean);
      if (hit) columns[field] = hit;
    }
  }
  if (!headerLine) return fileProblem('no_header', 'no header row with "Mã hồ sơ" in the first 20 rows');
  // the service from "Lĩnh vực", or from "Tên thủ tục" through the mapping when the file has no such column
  columns.service ??= columns.title;
  for (const f of ['service', 'received', 'due'] as const) {
    if (!columns[f])
      return fileProblem(
        'missing',
        `no "${COLUMNS[f][0]}" column`,
        headerLine,
        f === 'service' ? 'Lĩnh vực' : COLUMNS[f][0]!.replace(/^./, (c) => c.toUpperCase()),
      );
  }
  if (sheet.rowCount - headerLine > MAX_IMPORT_ROWS * 2) return fileProblem('too_many_rows', `more than ${MAX_IMPORT_ROWS} rows`);

  const rows: RawDossier[] = [];
  const names = Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, c.name])) as RawDossier['columns'];
  for (let r = headerLine + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: RawDossier['cells'] = {};
    for (const [f, c] of Object.entries(columns) as [DossierField, { index: number }][]) {
      const v = cellValue(row.getCell(c.index).value);
      if (v !== undefined && v !== '') cells[f] = v;
    }
    // blank lines, and notes or totals under the table (no code, no dates), are not dossiers
    if (cells.code === undefined && cells.received === undefined && cells.due === undefined) continue;
    rows.push({ line: r, cells, columns: names });
    if (rows.length > MAX_IMPORT_ROWS) return fileProblem('too_many_rows', `more than ${MAX_IMPORT_ROWS} rows`);
  }
  if (!rows.length) return fileProblem('no_rows', 'no dossier under the header', headerLine);
  return { rows, headerLine };
}
