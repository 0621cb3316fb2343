/** Reports, complaints, the province, administration and operations, each route with a request that succeeds. */
import { expect } from 'vitest';
import { demoOffice } from '../../server/offices/demo-office.js';
import { MONDAY } from '../bookings/booking-office.js';
import { poll } from '../support/page-helpers.js';
import { PASSWORD } from '../support/test-app.js';
import { pairThroughApi } from './drive-hall.js';
import type { DescribedOffice } from './openapi-office.js';

export async function driveReports(o: DescribedOffice): Promise<void> {
  const { api, office, people } = o;
  const as = people.chair;
  const params = { office };
  const range = { from: MONDAY, to: MONDAY };
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1] = {}) => {
    const res = await api.call(key, { as, params, ...opts });
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(300);
    return res;
  };
  await ok('GET /offices/:office/reports/live');
  await ok('GET /offices/:office/reports/summary', { query: range });
  await ok('GET /offices/:office/reports/breakdown', { query: { ...range, by: 'service' } });
  await ok('GET /offices/:office/reports/breakdown', { query: { from: '2026-11-01', to: MONDAY, by: 'day' } });
  await ok('GET /offices/:office/reports/heatmap', { query: range });
  await ok('GET /offices/:office/reports/satisfaction', { query: { ...range, by: 'counter' } });
  await ok('GET /offices/:office/reports/comments', { query: range });
  await ok('GET /offices/:office/reports/dossiers', { query: range });
  await ok('GET /offices/:office/reports/export', { query: { ...range, format: 'csv' } });
  await ok('GET /offices/:office/reports/export', { query: { ...range, format: 'xlsx' } });

  const queued = await ok('POST /offices/:office/reports/exports', { body: { from: '2026-05-01', to: MONDAY, format: 'csv' } });
  const id = (queued.body as { id: string }).id;
  await poll(async () => ((await api.call('GET /offices/:office/reports/exports/:id', { as, params: { office, id } })).body as { state: string }).state).toBe(
    'completed',
  );
  await ok('GET /offices/:office/reports/exports/:id/file', { params: { office, id } });

  const made = await ok('POST /offices/:office/reports/snapshots', { body: { kind: 'week' } });
  const snapshot = (made.body as { snapshot: { id: string } }).snapshot.id;
  await ok('GET /offices/:office/reports/snapshots');
  await ok('GET /offices/:office/reports/snapshots/:id', { params: { office, id: snapshot } });
  await ok('GET /offices/:office/reports/snapshots/:id', { params: { office, id: snapshot }, query: { format: 'csv' } });
}

export async function driveComplaints(o: DescribedOffice, complaint: string): Promise<void> {
  const { api, office, people } = o;
  const at = { office, id: complaint };
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1]) => {
    const res = await api.call(key, opts);
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBe(200);
    return res;
  };
  await ok('GET /offices/:office/complaints', { as: people.chair, params: { office }, query: { status: 'open' } });
  await ok('GET /offices/:office/complaints/:id', { as: people.chair, params: at });
  await ok('POST /offices/:office/complaints/:id/assign', { as: people.chair, params: at, body: { assignee: `officer1-${office}`, note: 'Xác minh' } });
  await ok('POST /offices/:office/complaints/:id/respond', { as: people.chair, params: at, body: { response: 'Đã bổ sung cán bộ giờ cao điểm.' } });
  await ok('POST /offices/:office/complaints/:id/resolve', { as: people.chair, params: at, body: { note: 'Đã trả lời' } });
  await ok('GET /offices/:office/complaints/:id', { as: people.chair, params: at });
}

export async function driveAdministration(o: DescribedOffice): Promise<void> {
  const { api, office, people } = o;
  const as = people.admin;
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1] = {}) => {
    const res = await api.call(key, { as, ...opts });
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(300);
    return res;
  };
  await ok('GET /admin/offices');
  const config = (await ok('GET /admin/offices/:office/config', { params: { office } })).body as { config: unknown };
  await ok('PUT /admin/offices/:office/config', { params: { office }, body: config.config });
  await ok('GET /admin/offices/:office/devices', { params: { office } });
  const kiosk = await pairThroughApi(o, { kind: 'kiosk', name: 'Kiosk 2' });
  await ok('GET /devices/me', { as: kiosk.caller });
  await ok('POST /admin/offices/:office/devices/:device/revoke', { params: { office, device: kiosk.id } });
  await ok('DELETE /admin/offices/:office/devices/:device', { params: { office, device: kiosk.id } });
  await ok('GET /admin/offices/:office/audit', { params: { office } });
  await ok('GET /admin/audit', { as: people.deploymentAdmin });

  await ok('GET /admin/users');
  const user = { username: `clerk-${office}`, name: 'Phạm Văn Dũng', role: 'officer', offices: [office], password: 'mot-cua-openapi-2026' };
  await ok('POST /admin/users', { body: user });
  await ok('PUT /admin/users/:username', { params: { username: user.username }, body: { ...user, name: 'Phạm Văn Dũng (quầy 2)', password: undefined } });
  await ok('DELETE /admin/users/:username', { params: { username: user.username } });

  const supervisor = { username: `sv-${office}`, name: 'Giám sát tỉnh', role: 'supervisor', offices: [office], password: 'giam-sat-openapi-2026' };
  await ok('POST /admin/users', { as: people.deploymentAdmin, body: supervisor });
  const watcher = await api.login(supervisor.username, supervisor.password);
  await ok('GET /supervision/live', { as: watcher });
  await ok('GET /offices/:office/reports/live', { as: watcher, params: { office } });

  await ok('POST /admin/offices', { as: people.deploymentAdmin, body: { ...demoOffice(), id: `${office}-2`, name: 'Bộ phận một cửa thứ hai' } });
  // last: an hours preset changes the office's day
  await ok('POST /admin/offices/:office/presets/:preset', { params: { office, preset: 'all-day' } });
}

export async function driveSessionsAndOperations(o: DescribedOffice): Promise<void> {
  const { api, office } = o;
  const me = await api.login(`officer3-${office}`, PASSWORD);
  expect((await api.call('GET /auth/me', { as: me })).status).toBe(200);
  expect((await api.call('POST /auth/logout', { as: me })).status).toBe(204);
  expect((await api.call('POST /auth/login', { body: { username: me.username, password: 'not-the-password' } })).status).toBe(401);
  expect((await api.call('GET /healthz')).status).toBe(200);
  expect((await api.call('GET /readyz')).status).toBe(200);
  expect((await api.call('GET /metrics')).status).toBe(200);
  expect((await api.call('GET /')).status).toBe(302);
  expect((await api.call('GET /openapi.json')).status).toBe(200);
}
