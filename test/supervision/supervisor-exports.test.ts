/**
 * A supervisor reads an office's reports from the province wall, and a year of them is a file
 * built by a background job: the supervisor may queue that export for an office in its scope
 * (it reads, it changes nothing of the office), and sees neither another group's office nor
 * another office's job. A refused export leaves the office in Redis as it was.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startWorkers, type Workers } from '../../server/jobs/workers.js';
import { reportQueues } from '../../server/reports/report-jobs.js';
import { poll } from '../support/page-helpers.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { makeProvince, type Province } from './province-office.js';

describe("a supervisor's report exports", () => {
  let t: TestApp;
  let p: Province;
  let workers: Workers;
  beforeAll(async () => {
    t = await startTestApp();
    p = await makeProvince(t);
    workers = await startWorkers(t.app.ctx, { url: inject('redisUrl') }, { run: true, offices: [p.a1, p.b1] });
  });
  afterAll(async () => {
    await workers?.close();
    await t?.close();
  });

  const YEAR = { from: '2025-12-01', to: '2026-11-30', format: 'xlsx' };

  it("queues a year's export of an office in its group and downloads the file", async () => {
    const sup = await p.account('supervisor', { groups: [p.groupA] });
    const started = await sup.request('POST', `/offices/${p.a1}/reports/exports`, YEAR);
    expect(started.status).toBe(202);
    const id = started.body.id as string;
    let status: { state: string; progress: number } | undefined;
    await poll(async () => (status = (await sup.request('GET', `/offices/${p.a1}/reports/exports/${id}`)).body as typeof status)?.state).toMatch(
      /^(completed|failed)$/,
    );
    expect(status).toMatchObject({ state: 'completed', progress: 100 });
    const file = await fetch(`${t.api}/offices/${p.a1}/reports/exports/${id}/file`, { headers: { cookie: sup.cookie } });
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await file.arrayBuffer()) as any);
    expect(wb.getWorksheet('Theo ngày')!.rowCount).toBe(2 + 365 + 1);

    // another group's supervisor: not this office, and not this job under its own office's path
    const other = await p.account('supervisor', { groups: [p.groupB] });
    expect((await other.request('GET', `/offices/${p.a1}/reports/exports/${id}`)).status).toBe(403);
    expect((await other.request('GET', `/offices/${p.a1}/reports/exports/${id}/file`)).status).toBe(403);
    expect((await other.request('GET', `/offices/${p.b1}/reports/exports/${id}`)).status).toBe(404);
    expect((await other.request('GET', `/offices/${p.b1}/reports/exports/${id}/file`)).status).toBe(404);
  });

  it('refuses an office outside its scope, and an officer, changing nothing', async () => {
    const sup = await p.account('supervisor', { groups: [p.groupA] });
    const officer = await p.account('officer', { offices: [p.b1] });
    const before = await officeFingerprint(t.redis, p.b1);
    const queued = async () =>
      (await reportQueues(t.redis, t.app.ctx.jobPrefix).exports.getJobCounts('waiting', 'active', 'completed', 'delayed')) as Record<string, number>;
    const jobsBefore = await queued();
    expect((await sup.request('POST', `/offices/${p.b1}/reports/exports`, YEAR)).status).toBe(403);
    expect((await officer.request('POST', `/offices/${p.b1}/reports/exports`, YEAR)).status).toBe(403);
    // a bad body from a supervisor in scope is a 400, not a job
    const inScope = await p.account('supervisor', { groups: [p.groupB] });
    expect((await inScope.request('POST', `/offices/${p.b1}/reports/exports`, { ...YEAR, format: 'pdf' })).status).toBe(400);
    expect(await officeFingerprint(t.redis, p.b1)).toBe(before);
    expect(await queued()).toEqual(jobsBefore);
  });
});
