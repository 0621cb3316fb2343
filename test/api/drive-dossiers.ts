/**
 * Dossiers, each route with requests that succeed (every success status it describes): codes linked
 * to the ticket the counter served, a dossier with its visit and rating, a result at the desk, the
 * one-stop software's push (one and a batch) and its Excel export (base64 JSON and the file itself),
 * and a complaint about that ticket traced to its dossiers.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { XLSX_TYPE } from '../../server/http/routes/dossier-import-routes.js';
import type { IssuedTicket } from './drive-hall.js';
import type { DescribedOffice } from './openapi-office.js';

/** An export of the one-stop software: the header row, then these rows (lines 2, 3…). */
async function exportFile(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  ws.addRow(['Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `served`: the ticket counter 1 completed with HS-2026-0002 (no dates) and HS-2026-0001 (received at the desk), rated on the tablet. */
export async function driveDossiers(o: DescribedOffice, served: IssuedTicket): Promise<void> {
  const { api, office, people } = o;
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1], status = 200) => {
    const res = await api.call(key, opts);
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBe(status);
    return res.body as any;
  };
  const chair = { as: people.chair, params: { office } };

  // a code linked to the served ticket afterwards: it waits for its dates
  const linked = await ok('POST /offices/:office/tickets/:ticket/dossiers', {
    as: people.officer,
    params: { office, ticket: served.id },
    body: { codes: ['HS-2026-0003', 'HS-2026-0001'] },
  });
  expect(linked).toMatchObject({ ticketId: served.id, added: 1 });
  expect(linked.dossiers.map((d: { code: string; status: string }) => `${d.code} ${d.status}`)).toEqual([
    'HS-2026-0002 awaiting_data',
    'HS-2026-0001 in_progress',
    'HS-2026-0003 awaiting_data',
  ]);
  const open = await ok('GET /offices/:office/dossiers', { as: people.officer, params: { office } });
  expect(open.dossiers.map((d: { code: string }) => d.code)).toEqual(['HS-2026-0001', 'HS-2026-0004']);
  const all = await ok('GET /offices/:office/dossiers', { ...chair, query: { status: 'all', limit: 50 } });
  expect(all.total).toBe(4);

  const detail = await ok('GET /offices/:office/dossiers/:id', { as: people.chair, params: { office, id: 'HS-2026-0001' } });
  expect(detail.dossier).toMatchObject({ code: 'HS-2026-0001', status: 'in_progress', source: 'desk', serviceName: expect.any(String) });
  expect(detail.tickets).toMatchObject([{ id: served.id, status: 'done', rating: { score: 3, comment: 'Nhanh' } }]);
  const resolved = await ok('POST /offices/:office/dossiers/:id/resolve', { as: people.officer, params: { office, id: 'HS-2026-0001' }, body: {} });
  expect(resolved.dossier).toMatchObject({ status: 'resolved', outcome: 'early' });

  // the one-stop software pushes the waiting code's dates (201 added), then the same again (200 unchanged)
  const dates = { service: 'tu-phap', title: 'Đăng ký kết hôn', received: '2026-11-16', due: '2026-11-20', resolved: '2026-11-19' };
  const at = { as: people.chair, params: { office, id: 'HS-2026-0003' }, body: dates };
  expect(await ok('PUT /offices/:office/dossiers/:id', at, 201)).toMatchObject({ change: 'added', dossier: { status: 'resolved', source: 'api' } });
  expect((await ok('PUT /offices/:office/dossiers/:id', at)).change).toBe('unchanged');
  expect((await ok('PUT /offices/:office/dossiers/:id', { ...at, body: { ...dates, resolved: '2026-11-20' } })).change).toBe('updated');

  // a batch keeping its valid dossiers, the other named by its index
  const batch = await ok('POST /offices/:office/dossiers/batch', {
    ...chair,
    body: {
      mode: 'keep-valid',
      dossiers: [
        { code: 'HS-2026-0010', ...dates },
        { code: 'HS-2026-0011', ...dates, service: 'Xây cầu' },
      ],
    },
  });
  expect(batch).toMatchObject({ rows: 2, added: 1, rejected: 1, problems: [{ index: 1, column: 'service', problem: 'unknown_service' }] });

  // the Excel export in base64 JSON (a bad date named by its line and column), then the file itself: nothing changes
  const file = await exportFile([
    ['HS-2026-0020', 'tu-phap', 'Chứng thực bản sao', '17/11/2026', '19/11/2026', '18/11/2026'],
    ['HS-2026-0021', 'tu-phap', 'Đăng ký khai sinh', '17/11/2026', '31/02/2026', ''],
  ]);
  const imported = await ok('POST /offices/:office/dossiers/import', { ...chair, body: { file: file.toString('base64'), mode: 'keep-valid' } });
  expect(imported).toMatchObject({ rows: 2, added: 1, rejected: 1, problems: [{ line: 3, column: 'Ngày hẹn trả', problem: 'bad_date' }] });
  const again = await ok('POST /offices/:office/dossiers/import', { ...chair, query: { mode: 'keep-valid' }, raw: { type: XLSX_TYPE, text: file } });
  expect(again).toMatchObject({ rows: 2, added: 0, updated: 0, unchanged: 1, rejected: 1 });

  // a complaint about the served ticket is traced to its dossiers
  const filed = await ok(
    'POST /offices/:office/complaints',
    { params: { office }, body: { topic: 'procedure', message: 'Hẹn trả kết quả chậm', ticketId: served.id, token: served.token } },
    201,
  );
  const complaint = await ok('GET /offices/:office/complaints/:id', { as: people.chair, params: { office, id: filed.complaint.id } });
  expect(complaint.complaint.dossiers).toEqual(['HS-2026-0002', 'HS-2026-0001', 'HS-2026-0003']);
  const inbox = await ok('GET /offices/:office/complaints', { ...chair, query: { status: 'open' } });
  expect(inbox.complaints.find((c: { id: string }) => c.id === filed.complaint.id).dossiers).toHaveLength(3);
}
