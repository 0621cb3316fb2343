/**
 * Refusals on every route, their bodies checked like any answer: no sign-in, a device key that is not
 * paired, a session without its CSRF token, a role the route does not admit, malformed input.
 */
import { expect } from 'vitest';
import { DEVICE_KINDS, type Audience } from '../../server/access/audiences.js';
import { ROUTES, type RouteKey } from '../../server/access/route-table.js';
import { ROUTE_DOCS } from '../../server/http/openapi/route-docs.js';
import { withoutCsrf } from './openapi-recorder.js';
import type { DescribedOffice } from './openapi-office.js';

const UNPAIRED = (office: string) => ({ headers: { 'x-device-key': `${office}.tablet-9.${'A'.repeat(43)}` } });

export async function driveRefusals(o: DescribedOffice): Promise<void> {
  const { api, office, people } = o;
  const params = (key: RouteKey): Record<string, string> => {
    const values: Record<string, string> = {
      office,
      counter: '1',
      kiosk: 'k-none',
      username: 'nobody-here',
      preset: 'all-day',
      device: 'x-unknown',
      delivery: 'evt_unknown',
      ticket: `${office}_2020-01-01_A001`,
    };
    values.id = key.includes('/exports/')
      ? 'exp-unknown-000'
      : key.includes('/snapshots/')
        ? 'week-2020-W01'
        : key.includes('/bookings/')
          ? `${office}_b${'0'.repeat(16)}`
          : `${office}_2020-01-01_A001`;
    if (key.includes('/complaints/:id')) values.id = 'PA20200101-0001';
    return values;
  };
  const bodyOf = (key: RouteKey) => (key.startsWith('GET ') || key.startsWith('DELETE ') ? undefined : {});
  for (const key of Object.keys(ROUTE_DOCS) as RouteKey[]) {
    const who: readonly Audience[] = ROUTES[key].who;
    const opts = { params: params(key), body: bodyOf(key) };
    const anonymous = await api.call(key, opts);
    if (!who.includes('anyone')) expect([401, 403], key).toContain(anonymous.status);
    if (!ROUTE_DOCS[key].root) expect((await api.call(key, { ...opts, as: UNPAIRED(office) })).status, key).toBe(401);
    const staffOnly = !who.includes('anyone') && !who.every((w) => (DEVICE_KINDS as readonly Audience[]).includes(w));
    if (staffOnly && !key.startsWith('GET ')) {
      const admitted = who.includes('officer')
        ? people.officer
        : who.includes('chairman')
          ? people.chair
          : who.includes('office-admin')
            ? people.admin
            : people.deploymentAdmin;
      const refused = await api.call(key, { ...opts, as: withoutCsrf(admitted) });
      expect(refused.status, key).toBe(403);
      expect((refused.body as { error: { code: string } }).error.code, key).toBe('csrf_failed');
    }
    if (staffOnly && !who.includes('officer') && !who.includes('signed-in'))
      expect((await api.call(key, { ...opts, as: people.officer })).status, key).toBe(403);
  }
  // malformed input
  const tickets = { params: { office } } as const;
  expect((await api.call('POST /offices/:office/tickets', { ...tickets, body: { serviceId: 'Không hợp lệ', junk: 1 } })).status).toBe(400);
  expect((await api.call('POST /offices/:office/tickets', { ...tickets, raw: { type: 'application/json', text: '{"serviceId":' } })).status).toBe(400);
  expect((await api.call('POST /offices/:office/tickets', { ...tickets, raw: { type: 'text/plain', text: 'serviceId=tu-phap' } })).status).toBe(415);
  expect((await api.call('POST /offices/:office/tickets', { ...tickets, body: { serviceId: 'x'.repeat(40_000) } })).status).toBe(413);
  expect((await api.call('GET /offices/:office', { params: { office: 'khong-co-don-vi-nay' } })).status).toBe(404);
}
