/**
 * Writes docs/samples/ho-so-mau.xlsx: a dossier export as a one-stop software (Hệ thống thông tin
 * giải quyết thủ tục hành chính) gives it, for trying the import (docs/dossiers.md). A title above
 * the header, dates as Excel dates and as text, a total under the table. Its figures for November
 * 2026: 12 received; 9 resolved, 3 early, 4 on time, 2 late; 3 in progress.
 *   npx tsx scripts/dossiers/make-sample.ts [out.xlsx]
 */
import ExcelJS from 'exceljs';
import { resolve } from 'node:path';

type Row = [code: string, title: string, field: string, received: string, due: string, resolved: string, returned: string, status: string];
/** dates dd/mm/yyyy; those marked `text:` stay text cells, as some exports write them */
const ROWS: Row[] = [
  ['H26.22-261103-0001', 'Đăng ký khai sinh', 'Hộ tịch', '03/11/2026', '03/11/2026', '03/11/2026', '03/11/2026', 'Đã trả kết quả'],
  ['H26.22-261103-0002', 'Chứng thực bản sao từ bản chính', 'Chứng thực', '03/11/2026', '04/11/2026', '03/11/2026', '04/11/2026', 'Đã trả kết quả'],
  ['H26.22-261104-0003', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Đất đai', '04/11/2026', '25/11/2026', '20/11/2026', '21/11/2026', 'Đã trả kết quả'],
  ['H26.22-261105-0004', 'Trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội', '05/11/2026', '19/11/2026', '24/11/2026', '', 'Đã có kết quả'],
  ['H26.22-261106-0005', 'Đăng ký kết hôn', 'Hộ tịch', 'text:06/11/2026', 'text:06/11/2026', 'text:06/11/2026', 'text:09/11/2026', 'Đã trả kết quả'],
  ['H26.22-261110-0006', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Đất đai', '10/11/2026', '01/12/2026', '', '', 'Đang xử lý'],
  ['H26.22-261111-0007', 'Chứng thực chữ ký', 'Chứng thực', '11/11/2026', '12/11/2026', '13/11/2026', '13/11/2026', 'Đã trả kết quả'],
  ['H26.22-261112-0008', 'Đăng ký khai tử', 'Hộ tịch', 'text:12/11/2026 08:15', 'text:12/11/2026', 'text:12/11/2026 15:40', '', 'Đã có kết quả'],
  ['H26.22-261116-0009', 'Trợ cấp xã hội hằng tháng', 'Bảo trợ xã hội', '16/11/2026', '14/12/2026', '', '', 'Đang xử lý'],
  ['H26.22-261117-0010', 'Công nhận gia đình văn hóa', 'Văn hóa', '17/11/2026', '24/11/2026', '23/11/2026', '24/11/2026', 'Đã trả kết quả'],
  ['H26.22-261118-0011', 'Khen thưởng thành tích đột xuất', 'Thi đua – Khen thưởng', '18/11/2026', '02/12/2026', '', '', 'Chờ bổ sung'],
  ['H26.22-261120-0012', 'Đăng ký khai sinh', 'Hộ tịch', '20/11/2026', '20/11/2026', '20/11/2026', '', 'Đã có kết quả'],
];

function cell(v: string): string | Date | null {
  if (!v) return null;
  if (v.startsWith('text:')) return v.slice(5);
  const [d, m, y] = v.split('/').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export async function writeSample(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hệ thống thông tin giải quyết TTHC (mẫu)';
  wb.created = wb.modified = new Date(Date.UTC(2026, 10, 27));
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  ws.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 11/2026']).font = { bold: true, size: 14 };
  ws.addRow(['Đơn vị: Bộ phận Một cửa UBND phường Tây Mỗ']);
  ws.addRow([]);
  const head = ws.addRow(['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Ngày trả kết quả', 'Trạng thái']);
  head.font = { bold: true };
  ROWS.forEach((r, i) => {
    const row = ws.addRow([i + 1, r[0], r[1], r[2], ...r.slice(3, 7).map(cell), r[7]]);
    for (let c = 5; c <= 8; c++) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = 'dd/mm/yyyy';
  });
  ws.addRow([]);
  ws.addRow([`Tổng số: ${ROWS.length} hồ sơ`]);
  ws.columns.forEach((c, i) => (c.width = [6, 22, 38, 22, 16, 16, 16, 16, 18][i]));
  await wb.xlsx.writeFile(out);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await writeSample(process.argv[2] ?? 'docs/samples/ho-so-mau.xlsx');
}
