/** The province routes as a supervisor of the whole deployment, each with a request that succeeds: the ranking, its files, the monthly reports. */
import { expect } from 'vitest';
import { generateProvinceReport } from '../../server/supervision/province-reports.js';
import { MONDAY } from '../bookings/booking-office.js';
import type { DescribedOffice } from './openapi-office.js';

export async function driveProvince(o: DescribedOffice): Promise<void> {
  const { api, office, people } = o;
  // no offices and no groups: it reads every office of the deployment
  const supervisor = { username: `province-${office}`, name: 'Giám sát toàn tỉnh', role: 'supervisor', offices: [], password: 'giam-sat-toan-tinh-2026' };
  expect((await api.call('POST /admin/users', { as: people.deploymentAdmin, body: supervisor })).status).toBe(201);
  const as = await api.login(supervisor.username, supervisor.password);
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1] = {}) => {
    const res = await api.call(key, { as, ...opts });
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBe(200);
    return res;
  };
  const range = { from: '2026-11-01', to: MONDAY };

  const ranking = (await ok('GET /supervision/ranking', { query: range })).body as { offices: { id: string; issued: number }[] };
  expect(ranking.offices.find((r) => r.id === office)?.issued).toBeGreaterThan(0);
  await ok('GET /supervision/ranking', { query: { ...range, sort: 'meanWaitMinutes' } });
  for (const format of ['csv', 'xlsx', 'pdf']) await ok('GET /supervision/ranking/export', { query: { ...range, format, lang: 'en' } });

  // the monthly job's work, done at once (a month no other test file makes)
  await generateProvinceReport(o.t.app.ctx, '2026-11');
  const listed = (await ok('GET /supervision/reports')).body as { reports: { id: string }[] };
  expect(listed.reports.map((r) => r.id)).toContain('month-2026-11');
  const params = { id: 'month-2026-11' };
  const report = (await ok('GET /supervision/reports/:id', { params })).body as { offices: { id: string }[] };
  expect(report.offices.map((r) => r.id)).toContain(office);
  for (const format of ['csv', 'xlsx', 'pdf']) await ok('GET /supervision/reports/:id', { params, query: { format } });
}
