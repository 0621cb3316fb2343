/**
 * Issue 14, item 3: dossiers imported from the one-stop software's Excel export. The sample file in
 * docs/samples (figures known: docs/dossiers.md) shows in the dossier report; importing it again
 * changes nothing in Redis; a changed row moves its counts; a malformed file is reported by line and
 * column, and each mode keeps the valid rows or none; only the office's leadership may import.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../server/redis/keys.js';
import { datesBetween } from '../../shared/office-time.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { PASSWORD, startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const SAMPLE = readFileSync('docs/samples/ho-so-mau.xlsx');
/** Friday 2026-11-27, 10:00 in Hà Nội */
const NOW = Date.UTC(2026, 10, 27, 3, 0);
const NOVEMBER = 'from=2026-11-01&to=2026-11-30';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook of the header row and these rows (lines 2, 3…), as a buffer. */
async function workbook(rows: (string | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  ws.addRow(['Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sample with some cells changed: line → column (1-based) → value. */
async function changedSample(changes: Record<number, Record<number, string | Date | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(SAMPLE as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  for (const [line, cells] of Object.entries(changes)) for (const [col, v] of Object.entries(cells)) ws.getRow(Number(line)).getCell(Number(col)).value = v;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('dossier import from the one-stop software', () => {
  let t: TestApp;
  let chair: StaffClient;
  let admin: StaffClient;
  const fingerprint = () => officeFingerprint(t.redis, t.office);
  const report = async () => (await chair.request('GET', `/offices/${t.office}/reports/dossiers?${NOVEMBER}`)).body;
  const importFile = (who: StaffClient, file: Buffer, mode = 'all-or-nothing', services?: Record<string, string>) =>
    who.request('POST', `/offices/${t.office}/dossiers/import`, { file: file.toString('base64'), mode, ...(services ? { services } : {}) });

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    chair = await t.login(`chair-${t.office}`);
    admin = await t.login(`admin-${t.office}`);
  });
  afterAll(async () => t?.close());

  it('imports the sample export: its known figures appear in the dossier report', async () => {
    const res = await importFile(chair, SAMPLE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mode: 'all-or-nothing', rows: 12, added: 12, updated: 0, unchanged: 0, rejected: 0, problems: [] });
    const r = await report();
    expect(r).toMatchObject({ received: 12, resolved: 9, early: 3, onTime: 4, late: 2, inProgress: 3 });
    const row = (key: string) => r.byService.find((s: any) => s.key === key);
    expect(row('tu-phap')).toMatchObject({ received: 4, resolved: 4, onTime: 4, inProgress: 0 });
    expect(row('dat-dai')).toMatchObject({ received: 2, early: 1, inProgress: 1 });
    expect(row('lao-dong')).toMatchObject({ received: 2, late: 1, inProgress: 1 });
    expect(row('chung-thuc')).toMatchObject({ received: 2, early: 1, late: 1 });
    // a dossier keeps what the file says of it
    const list = (await chair.request('GET', `/offices/${t.office}/dossiers?status=all&limit=500`)).body;
    const d = list.dossiers.find((x: any) => x.code === 'H26.22-261106-0005');
    expect(d).toMatchObject({
      serviceId: 'tu-phap',
      receivedDate: '2026-11-06',
      dueDate: '2026-11-06',
      resolvedDate: '2026-11-06',
      returnedDate: '2026-11-09',
    });
    expect(d).toMatchObject({ status: 'resolved', outcome: 'onTime', source: 'import', title: 'Đăng ký kết hôn' });
  });

  it('importing the same file again, as the raw file this time, changes nothing in Redis', async () => {
    const before = await fingerprint();
    t.clock.advance(60_000);
    const res = await fetch(`${t.api}/offices/${t.office}/dossiers/import?mode=keep-valid`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': XLSX },
      body: SAMPLE,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mode: 'keep-valid', rows: 12, added: 0, updated: 0, unchanged: 12, rejected: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it('a changed row moves its counts: out of the old days, into the new ones, month rollups too', async () => {
    // line 8 (0004): resolved on the 24th, late → the 18th, early; line 10 (0006): now resolved on the 26th, early
    const file = await changedSample({ 8: { 7: new Date(Date.UTC(2026, 10, 18)) }, 10: { 7: '26/11/2026', 9: 'Đã có kết quả' } });
    const res = await importFile(admin, file);
    expect(res.body).toMatchObject({ rows: 12, added: 0, updated: 2, unchanged: 10, rejected: 0, problems: [] });
    expect(await report()).toMatchObject({ received: 12, resolved: 10, early: 5, onTime: 4, late: 1, inProgress: 2 });
    const day = async (date: string) => t.redis.hgetall(keys.aggregates(t.office, date));
    expect((await day('2026-11-24'))['dosLate|all']).toBe('0');
    expect((await day('2026-11-18'))['dosEarly|svc:lao-dong']).toBe('1');
    expect((await day('2026-11-26'))['dosEarly|svc:dat-dai']).toBe('1');
    // the month's rollup is still the sum of its days
    const month = await t.redis.hgetall(keys.monthAggregates(t.office, '2026-11'));
    for (const field of Object.keys(month).filter((f) => f.startsWith('dos'))) {
      let sum = 0;
      for (const date of datesBetween('2026-11-01', '2026-11-30')) sum += Number((await day(date))[field] ?? 0);
      expect(Number(month[field]), field).toBe(sum);
    }
    // moved back: the sample's figures again
    expect((await importFile(admin, SAMPLE)).body).toMatchObject({ updated: 2, unchanged: 10 });
    expect(await report()).toMatchObject({ received: 12, resolved: 9, early: 3, onTime: 4, late: 2, inProgress: 3 });
  });

  it('a malformed file is reported by line and column; all-or-nothing writes nothing, keep-valid keeps the valid rows', async () => {
    const d = (day: number) => new Date(Date.UTC(2026, 10, day));
    const file = await workbook([
      ['HS-M1', 'Chứng thực', 'Chứng thực bản sao', d(2), d(3), d(3), 'Đã có kết quả'], // line 2: valid
      ['HS-M2', 'Hộ tịch', 'Đăng ký khai sinh', d(2), '31/02/2026', null, 'Đang xử lý'], // line 3: no such date
      ['HS-M3', 'Lĩnh vực lạ', 'Thủ tục lạ', d(4), d(6), null, null], // line 4: a service the office does not have
      ['HS-M4', 'Hộ tịch', 'Đăng ký kết hôn', d(9), d(5), null, null], // line 5: due before its receipt
      ['HS-M5', 'Đất đai', 'Cấp phép xây dựng', d(10), d(24), null, 'Đang xử lý'], // line 6: valid
      ['HS-M1', 'Chứng thực', 'Chứng thực chữ ký', d(11), d(11), null, null], // line 7: the code of line 2 again
      ['', 'Chứng thực', 'Chứng thực chữ ký', d(11), d(11), null, null], // line 8: no code
      ['HS-M6', 'Hộ tịch', 'Đăng ký khai tử', d(12), d(12), d(30), null], // line 9: resolved after today
    ]);
    const before = await fingerprint();
    const strict = await importFile(chair, file, 'all-or-nothing');
    expect(strict.status).toBe(200);
    expect(strict.body).toMatchObject({ mode: 'all-or-nothing', rows: 8, added: 0, updated: 0, unchanged: 0, rejected: 8 });
    const where = strict.body.problems.map((p: any) => [p.line, p.column, p.problem]);
    expect(where).toEqual([
      [3, 'Ngày hẹn trả', 'bad_date'],
      [4, 'Lĩnh vực', 'unknown_service'],
      [5, 'Ngày hẹn trả', 'due_before_received'],
      [7, 'Mã hồ sơ', 'duplicate'],
      [8, 'Mã hồ sơ', 'missing'],
      [9, 'Ngày có kết quả', 'in_future'],
    ]);
    expect(strict.body.problems[0]).toMatchObject({ line: 3, column: 'Ngày hẹn trả', code: 'HS-M2', message: expect.stringContaining('31/02/2026') });
    expect(strict.body.problems[3].message).toContain('line 2');
    expect(await fingerprint()).toBe(before);

    const lenient = await importFile(chair, file, 'keep-valid');
    expect(lenient.body).toMatchObject({ mode: 'keep-valid', rows: 8, added: 2, updated: 0, unchanged: 0, rejected: 6 });
    expect(lenient.body.problems).toHaveLength(6);
    const codes = (await chair.request('GET', `/offices/${t.office}/dossiers?status=all&limit=500`)).body.dossiers.map((x: any) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['HS-M1', 'HS-M5']));
    for (const code of ['HS-M2', 'HS-M3', 'HS-M4', 'HS-M6']) expect(codes).not.toContain(code);
    // the admin maps the unknown name to a service: that row is taken too
    const mapped = await importFile(chair, file, 'keep-valid', { 'Lĩnh vực lạ': 'van-hoa' });
    expect(mapped.body).toMatchObject({ added: 1, unchanged: 2, rejected: 5 });
    expect((await chair.request('GET', `/offices/${t.office}/dossiers/HS-M3`)).body.dossier).toMatchObject({ serviceId: 'van-hoa', status: 'in_progress' });
    // a mapping to a service the office does not have is refused whole
    expect((await importFile(chair, file, 'keep-valid', { 'Lĩnh vực lạ': 'no-such' })).status).toBe(400);
  });

  it('a file that is no spreadsheet, or has no header, is one problem and changes nothing', async () => {
    const before = await fingerprint();
    const junk = await importFile(chair, Buffer.from('Mã hồ sơ;Ngày tiếp nhận\nHS-1;01/11/2026\n'));
    expect(junk.body).toMatchObject({ rows: 0, added: 0, problems: [{ problem: 'unreadable' }] });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['STT', 'Họ tên', 'Ngày']);
    const headless = await importFile(chair, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(headless.body.problems).toEqual([expect.objectContaining({ problem: 'no_header' })]);
    expect((await importFile(chair, await workbook([]))).body.problems).toEqual([expect.objectContaining({ problem: 'no_rows' })]);
    expect((await chair.request('POST', `/offices/${t.office}/dossiers/import`, { file: '@@not base64@@' })).status).toBe(400);
    expect(await fingerprint()).toBe(before);
  });

  it('only the office leadership imports: an officer, another office, a supervisor get 403 and Redis is unchanged', async () => {
    const other = await startOtherOffice(t);
    const sup = await account(t, 'supervisor', [t.office]);
    const officer = await t.login(`officer1-${t.office}`);
    const before = await fingerprint();
    for (const who of [officer, other, sup]) {
      const res = await importFile(who, SAMPLE);
      expect(res.status, who.username).toBe(403);
      expect((await who.request('PUT', `/offices/${t.office}/dossiers/HS-X`, { service: 'tu-phap', received: '2026-11-02', due: '2026-11-03' })).status).toBe(
        403,
      );
    }
    // the raw file as well, and nobody signed in
    const raw = await fetch(`${t.api}/offices/${t.office}/dossiers/import`, { method: 'POST', headers: { 'content-type': XLSX }, body: SAMPLE });
    expect(raw.status).toBe(401);
    expect(await fingerprint()).toBe(before);
    // the supervisor reads the report and a dossier, read-only
    expect((await sup.request('GET', `/offices/${t.office}/reports/dossiers?${NOVEMBER}`)).body.received).toBe(15);
    expect((await sup.request('GET', `/offices/${t.office}/dossiers/H26.22-261103-0001`)).status).toBe(200);
  });
});

async function account(t: TestApp, role: 'supervisor' | 'chairman', offices: string[]): Promise<StaffClient> {
  const username = `${role.slice(0, 3)}-${Math.random().toString(36).slice(2, 8)}`;
  await t.app.users.upsert({ username, name: username, role, offices, groups: [], counters: [], password: PASSWORD, disabled: false }, { create: true });
  return t.login(username);
}

/** The chairman of another office (created beside the test's). */
async function startOtherOffice(t: TestApp): Promise<StaffClient> {
  const id = `${t.office}-b`;
  const { config } = await t.app.ctx.offices.get(t.office);
  await t.app.ctx.offices.save({ ...config, id }, { create: true });
  return account(t, 'chairman', [id]);
}
