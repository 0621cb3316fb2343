/**
 * The province ranking's files and the monthly province report (issue 13, item 3): CSV and XLSX
 * read back to the ranking's own numbers, the PDF is an A4 landscape PDF with its font embedded,
 * a group supervisor's files and monthly report hold its group's offices only, office roles are
 * refused, and the monthly job makes the previous month's report in the deployment's zone. The PDF
 * writes every office name in full (the demo province's all begin "Trung tâm Phục vụ hành chính
 * công"); the total is "Toàn tỉnh" only over the whole deployment, else "Tổng cộng (N đơn vị)" as
 * on the page; a group's download names the group.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { provinceReportQueue } from '../../server/supervision/province-report-job.js';
import { RANKING_COLUMN_KEYS } from '../../shared/schemas/ranking.js';
import { demoOffice } from '../../server/offices/demo-office.js';
import { poll } from '../support/page-helpers.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';
import { parseCsv } from './ranking-csv.js';
import { pdfText } from './pdf-text.js';
import { HISTORY_START, makeRankedProvince, type RankedProvince } from './ranking-history.js';

const PERCENT = new Set([
  'withinTargetShare',
  'satisfactionIndex',
  'fourLevelSatisfiedShare',
  'complaintsOnTimeShare',
  'feedbackOkShare',
  'dossiersOnTimeShare',
]);
const COUNTS = new Set([
  'issued',
  'served',
  'ratings',
  'complaints',
  'dossiersReceived',
  'dossiersResolved',
  'dossiersEarly',
  'dossiersOnTime',
  'dossiersLate',
  'dossiersInProgress',
]);
/** the files' precision, the PDF's and the page's: whole counts, the mean rating (1–4) to hundredths, the rest to tenths */
const digits = (k: string) => (COUNTS.has(k) ? 0 : k === 'satisfactionMean' ? 2 : 1);
const shown = (k: string, v: number | null) => (v === null ? null : PERCENT.has(k) ? v * 100 : v);

describe('province ranking files and the monthly report', () => {
  let t: TestApp;
  let p: RankedProvince;
  let workers: Workers;
  let supB: StaffClient;
  const Q = 'from=2026-10-01&to=2026-11-30&sort=meanWaitMinutes';

  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    p = await makeRankedProvince(t);
    supB = await p.account('supervisor', { groups: [p.groupB] });
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [t.office] });
  }, 120_000);
  afterAll(async () => {
    await workers?.close();
    await t?.close();
  });

  const download = async (who: StaffClient, path: string) => {
    const res = await fetch(`${t.api}${path}`, { headers: { cookie: who.cookie } });
    expect(res.status, path).toBe(200);
    return { type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
  };

  it('CSV and XLSX read back to the numbers of the ranking, for the group in scope only', async () => {
    const ranking = (await p.supA.request('GET', `/supervision/ranking?${Q}`)).body;
    expect(ranking.offices.map((o: any) => o.id)).toEqual([p.a1, p.a2]);

    const csv = await download(p.supA, `/supervision/ranking/export?${Q}&format=csv`);
    expect(csv.type).toContain('text/csv');
    expect(csv.disposition).toContain('xep-hang-2026-10-01-2026-11-30.csv');
    const [current, previous, change] = parseCsv(csv.body.toString('utf8'));
    // the title says what the offices are ranked by (the first table's order is the ranking's)
    expect(current!.title).toBe('Xếp hạng các đơn vị từ 01/10/2026 đến 30/11/2026 · Xếp hạng theo: Chờ TB (phút), tốt nhất trước');
    expect(current!.header.slice(0, 5)).toEqual(['Hạng', 'Hạng kỳ trước', 'Đơn vị', 'Nhóm', 'Số phiếu phát']);
    expect(previous!.title).toBe('Kỳ trước: từ 01/08/2026 đến 30/09/2026');
    // the offices in rank order, then the total of the group's two (not the province's) and the median office
    expect(current!.rows.map((r) => r[2])).toEqual([...ranking.offices.map((o: any) => o.name), 'Tổng cộng (2 đơn vị)', 'Trung vị các đơn vị']);
    expect(csv.body.toString('utf8')).not.toContain(p.b1);
    const lines = [...ranking.offices, ranking.total, ranking.median];
    // every figure as the page shows it: whole counts, tenths otherwise (12.0, never 12 beside 12.3)
    const close = (cell: string, k: string, v: number | null, what: string) => {
      if (v === null) return expect(cell, what).toBe('');
      expect(cell, what).toMatch(new RegExp(`^-?\\d+${digits(k) ? `\\.\\d{${digits(k)}}` : ''}$`));
      expect(Math.abs(Number(cell) - v), what).toBeLessThanOrEqual(0.5 / 10 ** digits(k) + 1e-9);
    };
    lines.forEach((line: any, i: number) => {
      RANKING_COLUMN_KEYS.forEach((k, j) => {
        const [now, before, delta] = [current!, previous!, change!].map((x) => x.rows[i]![4 + j]!) as [string, string, string];
        close(now, k, shown(k, line[k]), `current ${k} row ${i}`);
        close(before, k, shown(k, line.previous[k]), `previous ${k} row ${i}`);
        // the change is that of the two figures as written, so a reader's subtraction agrees with it
        if (line.change[k] === null) expect(delta, `change ${k} row ${i}`).toBe('');
        else expect(delta, `change ${k} row ${i}`).toBe((Number(now) - Number(before)).toFixed(digits(k)).replace(/^-(0\.?0*)$/, '$1'));
      });
    });
    expect(current!.rows[0]!.slice(0, 2)).toEqual([
      String(ranking.offices[0].rank),
      ranking.offices[0].previousRank === null ? '' : String(ranking.offices[0].previousRank),
    ]);

    const xlsx = await download(p.supA, `/supervision/ranking/export?${Q}&format=xlsx&lang=en`);
    expect(xlsx.disposition).toContain('filename="ranking-2026-10-01-2026-11-30.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as any);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ranking', 'Previous period', 'Change']);
    const ws = wb.getWorksheet('Ranking')!;
    expect(ws.getCell('A1').value).toBe('Ranking of the offices from 01/10/2026 to 30/11/2026 · Ranked by: Mean wait (min), best first');
    expect(ws.getRow(2).getCell(5).value).toBe('Tickets issued');
    expect(ws.rowCount).toBe(2 + lines.length);
    lines.forEach((line: any, i: number) => {
      RANKING_COLUMN_KEYS.forEach((k, j) => {
        const cell = ws.getRow(3 + i).getCell(5 + j).value as number | null;
        const v = shown(k, line[k]);
        if (v === null) expect(cell, k).toBeNull();
        else expect(cell, `${k} row ${i}`).toBe(Number(v.toFixed(digits(k))));
      });
    });
    expect(ws.getRow(3 + lines.length - 2).getCell(3).value).toBe('Total (2 offices)');
    // the office names have the wide column, and stay in view with the ranks while the figures scroll
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(36);
    expect(ws.getColumn(1).width).toBeLessThan(15);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
  });

  it('writes a text that looks like a formula as text in the CSV', async () => {
    const id = `pf-${p.a1.slice(4)}`;
    const group = `+Nhóm ${id}`;
    await t.app.ctx.offices.save({ ...demoOffice(), id, name: '=HYPERLINK("http://x","Bấm")', group }, { create: true });
    const csv = (await download(p.supAll, `/supervision/ranking/export?${Q}&format=csv&group=${encodeURIComponent(group)}`)).body.toString('utf8');
    const rows = parseCsv(csv)[0]!.rows;
    expect(rows[0]!.slice(2, 4)).toEqual([`'=HYPERLINK("http://x","Bấm")`, `'${group}`]);
  });

  it('writes the offices worst first when the page shows them so, and says so', async () => {
    const names = async (dir: string, format: 'csv' | 'pdf') => {
      const file = await download(p.supA, `/supervision/ranking/export?${Q}&format=${format}${dir}`);
      if (format === 'pdf') return pdfText(file.body);
      const [current] = parseCsv(file.body.toString('utf8'));
      return {
        title: current!.title,
        offices: current!.rows
          .slice(0, -2)
          .filter((r) => r[0] !== '')
          .map((r) => r[2]),
      };
    };
    const best = (await names('', 'csv')) as { title: string; offices: string[] };
    const worst = (await names('&dir=worst', 'csv')) as { title: string; offices: string[] };
    expect(best.offices.length).toBeGreaterThan(1);
    expect(worst.offices).toEqual([...best.offices].reverse());
    expect(worst.title).toContain('Xếp hạng theo: Chờ TB (phút), kém nhất trước');
    expect(await names('&dir=worst', 'pdf')).toContain('kém nhất trước');
    expect((await p.supA.request('GET', `/supervision/ranking/export?${Q}&format=csv&dir=sideways`)).status).toBe(400);
  });

  it('makes an A4 landscape PDF with the Vietnamese font embedded', async () => {
    const pdf = await download(p.supA, `/supervision/ranking/export?${Q}&format=pdf`);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toContain('.pdf');
    const raw = pdf.body.toString('latin1');
    expect(raw.startsWith('%PDF-1.')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    // A4 landscape: 297 × 210 mm = 841.89 × 595.28 points, on every page
    const boxes = [...raw.matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) expect(b).toEqual([0, 0, 841.89, 595.28]);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed-Bold/);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed\b/);
    // the title is in the document's information, in UTF-16 with its diacritics
    expect(pdf.body.includes(Buffer.from('Xếp hạng các đơn vị', 'utf16le').swap16())).toBe(true);
  });

  it('writes every office name in full in the PDF, on as many lines as it needs', async () => {
    // the demo province's names: alike for their first 35 characters, told apart only at the end
    const names: Record<string, string> = {};
    for (const id of [p.a1, p.a2]) {
      const config = (await t.app.ctx.offices.get(id)).config;
      names[id] = `Trung tâm Phục vụ hành chính công phường Hoàng Văn Thụ, thành phố Lạng Sơn ${id}`;
      await t.app.ctx.offices.save({ ...config, name: names[id] });
    }
    const text = await pdfText((await download(p.supA, `/supervision/ranking/export?${Q}&format=pdf`)).body);
    for (const name of Object.values(names)) expect(text).toContain(name);
    expect(text).not.toContain('…');
  });

  it('says "Toàn tỉnh" only over the whole deployment, else the total of the offices it holds, and names the group it is of', async () => {
    const label = async (who: StaffClient, query: string) => {
      const csv = await download(who, `/supervision/ranking/export?${Q}&format=csv${query}`);
      const rows = parseCsv(csv.body.toString('utf8'))[0]!.rows;
      const xlsx = await download(who, `/supervision/ranking/export?${Q}&format=xlsx${query}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as any);
      const ws = wb.getWorksheet('Xếp hạng')!;
      const pdf = await pdfText((await download(who, `/supervision/ranking/export?${Q}&format=pdf${query}`)).body);
      const titles = { csv: parseCsv(csv.body.toString('utf8')).map((t) => t.title), xlsx: String(ws.getRow(1).getCell(1).value), pdf: pdf.split('\n')[0] };
      return { csv: rows.at(-2)![2], xlsx: ws.getRow(ws.rowCount - 1).getCell(3).value, pdf, disposition: csv.disposition, titles };
    };
    // the deployment's supervisor: every office
    const all = await label(p.supAll, '');
    expect([all.csv, all.xlsx]).toEqual(['Toàn tỉnh', 'Toàn tỉnh']);
    expect(all.pdf).toContain('Toàn tỉnh');
    expect(all.pdf).not.toContain('Tổng cộng');
    expect(all.disposition).toContain('filename="xep-hang-2026-10-01-2026-11-30.csv"');
    // group B's supervisor: one office
    const b = await label(supB, '');
    expect([b.csv, b.xlsx]).toEqual(['Tổng cộng (1 đơn vị)', 'Tổng cộng (1 đơn vị)']);
    expect(b.pdf).toContain('Tổng cộng (1 đơn vị)');
    expect(b.pdf).not.toContain('Toàn tỉnh');
    // the deployment narrowed to group A by the query: its two offices, and a file that names the group
    const a = await label(p.supAll, `&group=${encodeURIComponent(p.groupA)}`);
    expect([a.csv, a.xlsx]).toEqual(['Tổng cộng (2 đơn vị)', 'Tổng cộng (2 đơn vị)']);
    expect(a.pdf).toContain('Tổng cộng (2 đơn vị)');
    expect(a.pdf).not.toContain('Toàn tỉnh');
    // its headings name the group; the whole deployment's name none
    expect(a.titles.csv).toHaveLength(3);
    for (const title of [...a.titles.csv, a.titles.xlsx]) expect(title).toContain(`– ${p.groupA}`);
    expect(a.pdf).toContain(`Xếp hạng các đơn vị từ 01/10/2026 đến 30/11/2026 – ${p.groupA}`);
    for (const title of [...all.titles.csv, all.titles.xlsx]) expect(title).not.toContain('Huyện');
    const tag = p.groupA.split(' ').at(-1);
    expect(a.disposition).toContain(`filename="xep-hang-huyen-cu-a-${tag}-2026-10-01-2026-11-30.csv"`);
  });

  it('refuses office roles and bad queries on the files and the monthly reports', async () => {
    for (const who of [p.chairs[p.a1]!, await t.login(`officer1-${t.office}`), await t.login(`admin-${t.office}`)]) {
      for (const path of [`/supervision/ranking/export?${Q}&format=csv`, '/supervision/reports', '/supervision/reports/month-2026-10']) {
        expect((await who.request('GET', path)).status, `${who.username} ${path}`).toBe(403);
      }
    }
    for (const q of [`${Q}&format=docx`, `${Q}`, `${Q}&format=csv&lang=fr`, 'from=2026-10-01&to=2026-09-01&format=pdf']) {
      expect((await p.supA.request('GET', `/supervision/ranking/export?${q}`)).status, q).toBe(400);
    }
    expect((await p.supA.request('GET', '/supervision/reports/month-2026-13')).status).toBe(400);
    expect((await p.supA.request('GET', '/supervision/reports/month-2026-10?format=doc')).status).toBe(400);
    expect((await p.supA.request('GET', '/supervision/reports/month-1999-01')).status).toBe(404);
  });

  it('the monthly job ranks every office over the previous month, and each reader sees its scope only', async () => {
    const queue = provinceReportQueue(t.redis, t.app.ctx.jobPrefix);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.find((s) => s.key === 'province-monthly' || s.id === 'province-monthly')).toMatchObject({
      pattern: '30 6 1 * *',
      tz: 'Asia/Ho_Chi_Minh',
    });
    // 00:30 on 1 November in Hà Nội, still 31 October in UTC: the report is October's
    const at = Date.UTC(2026, 9, 31, 17, 30);
    t.clock.set(at);
    await queue.add('province-report', {});
    let list: any[] = [];
    await poll(async () =>
      (list = (await p.supA.request('GET', '/supervision/reports')).body.reports).some((r: any) => r.id === 'month-2026-10' && r.generatedAt === at),
    ).toBe(true);
    expect(list.find((r) => r.id === 'month-2026-10')).toEqual({
      id: 'month-2026-10',
      month: '2026-10',
      from: '2026-10-01',
      to: '2026-10-31',
      generatedAt: at,
    });
    await queue.close();

    const live = (await p.supA.request('GET', '/supervision/ranking?from=2026-10-01&to=2026-10-31')).body;
    const report = (await p.supA.request('GET', '/supervision/reports/month-2026-10')).body;
    expect(report.title).toBe('Báo cáo xếp hạng các đơn vị tháng 10/2026');
    expect(report.offices.map((o: any) => o.id).sort()).toEqual([p.a1, p.a2].sort());
    expect(report.total.offices).toBe(2);
    const { generatedAt: _g, ...liveFigures } = live;
    expect(report).toMatchObject(liveFigures);
    // group B's supervisor: its office only, and a total of it alone
    const b = (await supB.request('GET', '/supervision/reports/month-2026-10')).body;
    expect(b.offices.map((o: any) => o.id)).toEqual([p.b1]);
    expect(b.total.issued).toBe(b.offices[0].issued);
    // the whole deployment, narrowed to group A by the query
    const all = (await p.supAll.request('GET', `/supervision/reports/month-2026-10?group=${encodeURIComponent(p.groupA)}&sort=issued`)).body;
    expect(all.offices.map((o: any) => o.id).sort()).toEqual([p.a1, p.a2].sort());
    expect(all.sort).toBe('issued');
    // its files, for the scope only
    const csv = (await download(p.supA, '/supervision/reports/month-2026-10?format=csv')).body.toString('utf8');
    expect(csv).toContain(p.a1);
    expect(csv).not.toContain(p.b1);
    // it says it is the monthly report, as the PDF does, not a ranking of any range
    expect(parseCsv(csv)[0]!.title).toBe('Báo cáo xếp hạng các đơn vị tháng 10/2026 · Xếp hạng theo: Chỉ số hài lòng (%), tốt nhất trước');
    const pdf = await download(supB, '/supervision/reports/month-2026-10?format=pdf&lang=en');
    // an English file is named in English
    expect(pdf.disposition).toContain('ranking-month-2026-10.pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf.body)).toContain('Total (1 office)');
    expect(await pdfText(pdf.body)).not.toContain('Province total');
    // the office names in full, the whole deployment's total as the province's, and a group's file named after it
    const monthA = await pdfText((await download(p.supA, '/supervision/reports/month-2026-10?format=pdf')).body);
    for (const o of report.offices) expect(monthA).toContain(o.name);
    expect(monthA).toContain('Tổng cộng (2 đơn vị)');
    expect(await pdfText((await download(p.supAll, '/supervision/reports/month-2026-10?format=pdf')).body)).toContain('Toàn tỉnh');
    const group = await download(p.supAll, `/supervision/reports/month-2026-10?format=xlsx&group=${encodeURIComponent(p.groupA)}`);
    expect(group.disposition).toContain(`filename="xep-hang-thang-2026-10-huyen-cu-a-${p.groupA.split(' ').at(-1)}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(group.body as any);
    expect(wb.getWorksheet('Xếp hạng')!.getRow(1).getCell(1).value).toBe(
      `Báo cáo xếp hạng các đơn vị tháng 10/2026 – ${p.groupA} · Xếp hạng theo: Chỉ số hài lòng (%), tốt nhất trước`,
    );
  });
});

describe('the monthly province report after the workers were down on the 1st', () => {
  let t: TestApp;
  let p: RankedProvince;
  const started: Workers[] = [];
  beforeAll(async () => {
    t = await startTestApp({ now: HISTORY_START });
    p = await makeRankedProvince(t);
  }, 120_000);
  afterAll(async () => {
    for (const w of started) await w.close();
    await t?.close();
  });

  /** the workers starting (again), their start-up work done */
  const restart = async () => {
    const w = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [p.a1] });
    started.push(w);
    await w.officeWork;
    return w;
  };
  const stored = async (id: string) => (await p.supAll.request('GET', '/supervision/reports')).body.reports.find((r: any) => r.id === id);
  // Hà Nội's wall clock (UTC+7)
  const hanoi = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h - 7);

  it("is made at start-up when the month had tickets and no report, once, and not before the schedule's hour", async () => {
    t.clock.set(hanoi(2027, 4, 7, 9));
    expect((await t.request('POST', `/offices/${p.a1}/tickets`, { serviceId: 'tu-phap' })).status).toBe(201);

    // 05:00 on 1 May: the schedule makes April's at 06:30
    t.clock.set(hanoi(2027, 5, 1, 5));
    await restart();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await stored('month-2027-04')).toBeUndefined();

    // 09:00 on 2 May, the 1st's run missed: made at start
    const at = hanoi(2027, 5, 2, 9);
    t.clock.set(at);
    await restart();
    await poll(async () => (await stored('month-2027-04'))?.generatedAt, 20_000).toBe(at);
    const report = (await p.supAll.request('GET', '/supervision/reports/month-2027-04')).body;
    expect(report.offices.find((o: any) => o.id === p.a1).issued).toBe(1);

    // started again later: the report stands as it was made
    t.clock.set(hanoi(2027, 5, 3, 9));
    await restart();
    await new Promise((r) => setTimeout(r, 1000));
    expect((await stored('month-2027-04')).generatedAt).toBe(at);

    // a month nobody took a number in gets no report
    t.clock.set(hanoi(2027, 7, 2, 9));
    await restart();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await stored('month-2027-06')).toBeUndefined();
  });
});
