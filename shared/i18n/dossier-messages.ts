/**
 * Texts of the dossier link (Vietnamese first): the import of the one-stop software's export on the
 * reports page, a dossier's tickets and ratings, the codes on the counter console, and the words
 * of each import problem (shared/schemas/dossiers.ts DossierProblemCode).
 */
import type { DossierProblemCode } from '../schemas/dossiers.js';
import { translator, type Catalogue } from './translate.js';

const messages = {
  importTitle: { vi: 'Nhập hồ sơ từ phần mềm một cửa', en: 'Import dossiers from the one-stop software' },
  importHint: {
    vi: 'Chọn tệp Excel (.xlsx) xuất từ Hệ thống thông tin giải quyết thủ tục hành chính. Cột bắt buộc: Mã hồ sơ, Lĩnh vực (hoặc Tên thủ tục), Ngày tiếp nhận, Ngày hẹn trả; thêm Ngày có kết quả, Ngày trả kết quả, Trạng thái nếu có. Nhập lại cùng tệp không thay đổi gì.',
    en: 'Choose the Excel file (.xlsx) exported by the one-stop dossier software. Required columns: Mã hồ sơ, Lĩnh vực (or Tên thủ tục), Ngày tiếp nhận, Ngày hẹn trả; also Ngày có kết quả, Ngày trả kết quả, Trạng thái when present. Importing the same file again changes nothing.',
  },
  chooseFile: { vi: 'Tệp Excel', en: 'Excel file' },
  pickFile: { vi: 'Chọn tệp…', en: 'Choose a file…' },
  noFileChosen: { vi: 'Chưa chọn tệp', en: 'No file chosen' },
  mode: { vi: 'Khi có dòng lỗi', en: 'When a row has errors' },
  modeAllOrNothing: { vi: 'Không nhập dòng nào (sửa tệp rồi nhập lại)', en: 'Import nothing (fix the file, then import again)' },
  modeKeepValid: { vi: 'Nhập các dòng hợp lệ, bỏ qua dòng lỗi', en: 'Import the valid rows, skip the others' },
  importButton: { vi: 'Nhập hồ sơ', en: 'Import' },
  importing: { vi: 'Đang nhập…', en: 'Importing…' },
  noFile: { vi: 'Hãy chọn tệp Excel.', en: 'Choose an Excel file first.' },
  fileTooLarge: { vi: 'Tệp quá lớn (tối đa 4 MB).', en: 'The file is too large (4 MB at most).' },
  resultLine: {
    vi: ({ rows, added, updated, unchanged, rejected }) =>
      `Đã đọc ${rows} dòng: ${added} hồ sơ mới, ${updated} cập nhật, ${unchanged} không đổi, ${rejected} không nhập.`,
    en: ({ rows, added, updated, unchanged, rejected }) =>
      `${rows} rows read: ${added} new, ${updated} updated, ${unchanged} unchanged, ${rejected} not imported.`,
  },
  nothingWritten: { vi: 'Tệp có dòng lỗi nên chưa nhập hồ sơ nào.', en: 'The file has rows with errors, so nothing was imported.' },
  added: { vi: 'Hồ sơ mới', en: 'New' },
  updated: { vi: 'Cập nhật', en: 'Updated' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  rejected: { vi: 'Không nhập', en: 'Not imported' },
  problemsTitle: { vi: 'Các dòng lỗi', en: 'Rows with errors' },
  line: { vi: 'Dòng', en: 'Line' },
  column: { vi: 'Cột', en: 'Column' },
  code: { vi: 'Mã hồ sơ', en: 'Code' },
  problem: { vi: 'Lỗi', en: 'Problem' },
  detailTitle: { vi: ({ code }) => `Hồ sơ ${code}`, en: ({ code }) => `Dossier ${code}` },
  ticketsTitle: { vi: 'Các lượt phục vụ và đánh giá', en: 'Visits and ratings' },
  noTickets: { vi: 'Chưa gắn với số thứ tự nào.', en: 'Not linked to any ticket.' },
  ticket: { vi: 'Số thứ tự', en: 'Ticket' },
  day: { vi: 'Ngày', en: 'Day' },
  counter: { vi: 'Quầy', en: 'Counter' },
  officer: { vi: 'Cán bộ', en: 'Officer' },
  rating: { vi: 'Đánh giá', en: 'Rating' },
  notRated: { vi: 'chưa đánh giá', en: 'not rated' },
  awaitingData: { vi: 'Chờ dữ liệu từ phần mềm một cửa', en: 'Awaiting the one-stop software' },
  close: { vi: 'Đóng', en: 'Close' },
  dossiersOf: { vi: 'Hồ sơ', en: 'Dossiers' },
  // the counter console
  codesLabel: { vi: 'Mã hồ sơ (quét hoặc nhập, Enter để thêm)', en: 'Dossier codes (scan or type, Enter adds)' },
  codesPlaceholder: { vi: 'Quét mã trên giấy tiếp nhận', en: 'Scan the receipt code' },
  removeCode: { vi: ({ code }) => `Bỏ mã ${code}`, en: ({ code }) => `Remove ${code}` },
  badCode: {
    vi: 'Mã hồ sơ chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 60 ký tự).',
    en: 'A dossier code is letters, digits, ".", "-" or "_" (60 at most).',
  },
  codeTwice: { vi: ({ code }) => `Mã ${code} đã có trong danh sách.`, en: ({ code }) => `${code} is already listed.` },
  tooManyCodes: { vi: 'Tối đa 20 mã hồ sơ cho một lượt.', en: 'At most 20 codes per visit.' },
  codesSent: { vi: ({ n }) => `kèm ${n} mã hồ sơ`, en: ({ n }) => `with ${n} dossier codes` },
} satisfies Catalogue<string>;

export type DossierMessage = keyof typeof messages;
export const t = translator<DossierMessage>(messages);

const PROBLEMS: Catalogue<DossierProblemCode> = {
  missing: { vi: 'Thiếu dữ liệu', en: 'Missing' },
  bad_date: { vi: 'Ngày không hợp lệ (dd/mm/yyyy)', en: 'Not a date (dd/mm/yyyy)' },
  bad_code: { vi: 'Mã hồ sơ không hợp lệ', en: 'Not a valid dossier code' },
  duplicate: { vi: 'Mã hồ sơ trùng với dòng khác', en: 'The code is on another row too' },
  unknown_service: { vi: 'Lĩnh vực không có ở đơn vị: cần ánh xạ', en: 'No such service here: map it' },
  due_before_received: { vi: 'Ngày hẹn trả trước ngày tiếp nhận', en: 'Due before it was received' },
  resolved_before_received: { vi: 'Có kết quả trước ngày tiếp nhận', en: 'Resolved before it was received' },
  returned_before_resolved: { vi: 'Trả kết quả trước khi có kết quả', en: 'Returned before it was resolved' },
  in_future: { vi: 'Ngày sau hôm nay', en: 'A date after today' },
  status_mismatch: { vi: 'Trạng thái "đang xử lý" nhưng đã có ngày kết quả', en: 'In progress, yet with a result date' },
  no_header: { vi: 'Không tìm thấy dòng tiêu đề có cột "Mã hồ sơ"', en: 'No header row with "Mã hồ sơ"' },
  no_rows: { vi: 'Tệp không có hồ sơ nào', en: 'The file holds no dossier' },
  too_many_rows: { vi: 'Tệp quá nhiều dòng (tối đa 10.000)', en: 'Too many rows (10,000 at most)' },
  unreadable: { vi: 'Không đọc được tệp Excel (.xlsx)', en: 'Not a readable Excel (.xlsx) file' },
};
export const problemText = translator<DossierProblemCode>(PROBLEMS);
