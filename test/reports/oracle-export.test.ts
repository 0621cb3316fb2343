/**
 * Exports of the oracle's history (oracle-history.ts): the XLSX workbook parses back to the JSON
 * reports (which the other oracle tests check against the raw tickets), and the CSV carries the same
 * totals.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { generateHistory, HISTORY_START, RANGES } from './oracle-history.js';

describe('report exports match the JSON reports', () => {
  let t: TestApp;
  let chair: StaffClient;

  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    ({ chair } = await generateHistory(t));
  }, 240_000);
  afterAll(async () => t?.close());

  it('an XLSX export parses back to the JSON report', async () => {
    const [from, to] = RANGES[1]!;
    const res = await fetch(`${t.api}/offices/${t.office}/reports/export?from=${from}&to=${to}&format=xlsx&by=day`, { headers: { cookie: chair.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const byDay = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=day`)).body;
    const byService = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=service`)).body;
    const summary = (await chair.request('GET', `/offices/${t.office}/reports/summary?from=${from}&to=${to}`)).body;
    const sheetRows = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      expect(ws, name).toBeTruthy();
      const header = (ws.getRow(2).values as any[]).slice(1);
      const rows: Record<string, any>[] = [];
      ws.eachRow((row, n) => {
        if (n <= 2) return;
        const v = (row.values as any[]).slice(1);
        rows.push(Object.fromEntries(header.map((h, i) => [h, v[i] ?? null])));
      });
      return rows;
    };
    const check = (sheet: Record<string, any>[], json: any) => {
      const all = [...json.rows, { ...json.total, label: 'Tổng cộng' }];
      expect(sheet.map((r) => r['Nhóm'])).toEqual(all.map((r: any) => r.label));
      sheet.forEach((r, i) => {
        const j = all[i];
        expect(r['Số phiếu phát']).toBe(j.issued);
        expect(r['Đã phục vụ']).toBe(j.served);
        expect(r['Vắng mặt']).toBe(j.noShow);
        expect(r['Hết hạn']).toBe(j.expired);
        expect(r['Đã hủy']).toBe(j.cancelled);
        expect(r['Dở dang khi hết giờ']).toBe(j.closedAtDayEnd);
        expect(r['Chuyển đi']).toBe(j.transferOut);
        expect(r['Số đánh giá']).toBe(j.ratings.count);
        if (j.wait.mean === null) expect(r['Chờ TB (phút)']).toBeNull();
        else expect(r['Chờ TB (phút)']).toBeCloseTo(j.wait.mean / 60, 9);
        if (j.wait.p90 !== null) expect(r['Chờ P90 (phút)']).toBeCloseTo(j.wait.p90 / 60, 9);
        if (j.service.median !== null) expect(r['Phục vụ trung vị (phút)']).toBeCloseTo(j.service.median / 60, 9);
        if (j.wait.withinTargetShare !== null) expect(r['Gọi trong thời gian chuẩn (%)']).toBeCloseTo(j.wait.withinTargetShare * 100, 9);
        if (j.reconciliation) expect(r['Đối chiếu']).toBe(j.reconciliation.balanced ? 'Khớp' : `Lệch ${j.reconciliation.difference}`);
      });
    };
    check(sheetRows('Theo ngày'), byDay);
    check(sheetRows('Theo lĩnh vực'), byService);
    // a counter or an officer issues no ticket: those sheets leave out what only the hall counts, as the page does
    const byCounter = (await chair.request('GET', `/offices/${t.office}/reports/breakdown?from=${from}&to=${to}&by=counter`)).body;
    for (const sheet of ['Theo quầy', 'Theo cán bộ']) {
      const header = (wb.getWorksheet(sheet)!.getRow(2).values as any[]).slice(1);
      for (const hallOnly of ['Số phiếu phát', 'Hết hạn', 'Đã hủy', 'Đối chiếu']) expect(header, sheet).not.toContain(hallOnly);
      expect(header, sheet).toContain('Đã phục vụ');
    }
    const counters = sheetRows('Theo quầy');
    expect(counters.map((r) => r['Đã phục vụ'])).toEqual([...byCounter.rows, byCounter.total].map((r: any) => r.served));
    expect(counters.map((r) => r['Vắng mặt'])).toEqual([...byCounter.rows, byCounter.total].map((r: any) => r.noShow));
    const totals = Object.fromEntries(sheetRows('Tổng hợp').map((r) => [r['Chỉ tiêu'], r['Giá trị']]));
    expect(totals['Số phiếu phát']).toBe(summary.issued);
    expect(totals['Đã phục vụ']).toBe(summary.served);
    expect(totals['Vắng mặt']).toBe(summary.noShow);

    const csv = await fetch(`${t.api}/offices/${t.office}/reports/export?from=${from}&to=${to}&format=csv`, { headers: { cookie: chair.cookie } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('Số phiếu phát');
    expect(text).toContain(`Tổng cộng,${summary.issued},${summary.served},${summary.noShow}`);
  });
});
