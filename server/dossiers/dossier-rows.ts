/**
 * Checking dossiers from the one-stop software, a spreadsheet row or an API item alike, before
 * anything is saved: each problem names its line (or index) and column, so the admin can fix the
 * file. Dates come as Excel dates, Excel serial numbers or text (dd/mm/yyyy, yyyy-mm-dd, with or
 * without a time); only the date counts. docs/dossiers.md.
 */
import type { DossierProblem, DossierProblemCode } from '../../shared/schemas/dossiers.js';
import type { DossierDates } from '../redis/script-calls/save-dossiers.js';
import type { ServiceMatcher } from './service-match.js';

export type Cell = string | number | Date | undefined;
export type DossierField = 'code' | 'service' | 'title' | 'received' | 'due' | 'resolved' | 'returned' | 'status';

/** One dossier as read: its cells by field, where it came from, and each field's column name there. */
export interface RawDossier {
  line?: number;
  index?: number;
  cells: Partial<Record<DossierField, Cell>>;
  columns: Partial<Record<DossierField, string>>;
}

export interface CheckedDossier {
  line?: number;
  index?: number;
  dates: DossierDates;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
const TITLE_MAX = 200;
// "Trạng thái" words of one-stop software: in progress, or with a result (checked against the dates)
const OPEN_WORDS = ['đang xử lý', 'đang giải quyết', 'đang thụ lý', 'chờ bổ sung', 'chưa có kết quả', 'mới tiếp nhận', 'tạm dừng'];
const DONE_WORDS = ['đã có kết quả', 'đã giải quyết', 'hoàn thành', 'đã xử lý xong', 'đã trả kết quả', 'chờ trả kết quả', 'có kết quả'];

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2099 || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
};

/** A cell's date as YYYY-MM-DD, or null when it holds none (undefined: the cell is empty). */
export function cellDate(cell: Cell): string | null | undefined {
  if (cell === undefined || cell === '') return undefined;
  // exceljs gives a date cell as the UTC instant of its wall-clock value
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 80000) return null;
    const dt = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000);
    return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  }
  const s = cell.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

// a cell's text on one line, without control characters or lone surrogates (a script refuses those)
const text = (cell: Cell): string =>
  (cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
    .trim();
const startsWithAny = (s: string, words: string[]) => words.some((w) => s.startsWith(w));

export interface RowRules {
  service: ServiceMatcher;
  /** the office's date today: nothing is received, resolved or returned after it */
  today: string;
}

/** The dossiers that pass, and the problems of those that do not (each row's first problem of each column). */
export function checkDossiers(rows: RawDossier[], rules: RowRules): { valid: CheckedDossier[]; problems: DossierProblem[] } {
  const valid: CheckedDossier[] = [];
  const problems: DossierProblem[] = [];
  const firstSeen = new Map<string, RawDossier>();
  for (const row of rows) {
    const found: DossierProblem[] = [];
    const where = row.line !== undefined ? { line: row.line } : { index: row.index ?? 0 };
    const col = (f: DossierField) => row.columns[f] ?? f;
    const code = text(row.cells.code);
    const add = (f: DossierField, problem: DossierProblemCode, message: string, value?: string) =>
      found.push({ ...where, column: col(f), ...(code ? { code } : {}), ...(value ? { value: value.slice(0, 80) } : {}), problem, message });

    if (!code) add('code', 'missing', 'no dossier code');
    else if (!CODE.test(code)) add('code', 'bad_code', 'a dossier code is up to 60 letters, digits, ".", "_" or "-"');
    else if (firstSeen.has(code)) {
      const first = firstSeen.get(code)!;
      add('code', 'duplicate', `the code is also on ${first.line !== undefined ? `line ${first.line}` : `item ${first.index}`}`);
    } else firstSeen.set(code, row);

    const serviceText = text(row.cells.service);
    const serviceId = serviceText ? rules.service(serviceText) : undefined;
    if (!serviceText) add('service', 'missing', 'no service');
    else if (!serviceId) add('service', 'unknown_service', `no service of this office is named "${serviceText.slice(0, 80)}": map it to one`, serviceText);

    const dateOf = (f: 'received' | 'due' | 'resolved' | 'returned', required: boolean) => {
      const d = cellDate(row.cells[f]);
      if (d === undefined && required) add(f, 'missing', 'no date');
      else if (d === null) add(f, 'bad_date', `not a date: "${text(row.cells[f]).slice(0, 40)}" (dd/mm/yyyy)`, text(row.cells[f]));
      else if (d && f !== 'due' && d > rules.today) add(f, 'in_future', 'a date after today');
      return d ?? undefined;
    };
    const received = dateOf('received', true);
    const due = dateOf('due', true);
    const returned = dateOf('returned', false);
    // a result handed back was ready by then, when the file gives no date it was ready
    const resolved = dateOf('resolved', false) ?? returned;
    if (received && due && due < received) add('due', 'due_before_received', 'the result date is before the receipt');
    if (received && resolved && resolved < received)
      add(row.cells.resolved ? 'resolved' : 'returned', 'resolved_before_received', 'resolved before it was received');
    if (resolved && returned && returned < resolved) add('returned', 'returned_before_resolved', 'returned before the result was ready');

    const status = text(row.cells.status).normalize('NFC').toLocaleLowerCase('vi');
    if (status && resolved && startsWithAny(status, OPEN_WORDS)) add('status', 'status_mismatch', 'in progress, yet with a result date');
    else if (status && !resolved && startsWithAny(status, DONE_WORDS)) add('resolved', 'missing', 'the status says resolved: give its date');

    let title = text(row.cells.title);
    if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX - 1)}…`;
    if (found.length) {
      problems.push(...found);
      continue;
    }
    valid.push({
      ...where,
      dates: {
        code,
        serviceId: serviceId!,
        receivedDate: received!,
        dueDate: due!,
        ...(resolved ? { resolvedDate: resolved } : {}),
        ...(returned ? { returnedDate: returned } : {}),
        ...(title ? { title } : {}),
      },
    });
  }
  return { valid, problems };
}
