/**
 * An office's webhooks as its administrator, each route with a request that succeeds: an endpoint at
 * the office's local receiver (answering 503, inside the test app's allowed network), a ticket whose
 * event becomes a dead letter after its one try, that dead letter resent, the endpoint deleted.
 */
import { expect } from 'vitest';
import { poll } from '../support/page-helpers.js';
import type { DescribedOffice } from './openapi-office.js';

export async function driveWebhooks(o: DescribedOffice): Promise<void> {
  const { api, office, people, receiver } = o;
  const as = people.admin;
  const ok = async (key: Parameters<typeof api.call>[0], opts: Parameters<typeof api.call>[1] = {}) => {
    const res = await api.call(key, { as, ...opts });
    expect(res.status, `${key}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(300);
    return res;
  };
  await receiver.setMode(503);
  const created = await ok('POST /admin/offices/:office/webhooks', {
    params: { office },
    body: { url: receiver.url, events: ['ticket.issued'], description: 'Phần mềm một cửa' },
  });
  expect(created.status).toBe(201);
  const id = (created.body as { webhook: { id: string } }).webhook.id;
  const at = { office, id };
  await ok('GET /admin/offices/:office/webhooks', { params: { office } });
  const rotated = await ok('PUT /admin/offices/:office/webhooks/:id', { params: at, body: { rotateSecret: true } });
  expect((rotated.body as { secret?: string }).secret).toMatch(/^whsec_/);
  await ok('PUT /admin/offices/:office/webhooks/:id', { params: at, body: { description: null } });

  expect((await api.call('POST /offices/:office/tickets', { params: { office }, body: { serviceId: 'chung-thuc' } })).status).toBe(201);
  const deliveries = async () => (await ok('GET /admin/offices/:office/webhooks/:id/deliveries', { params: at })).body as { deadLetters: { id: string }[] };
  await poll(async () => (await deliveries()).deadLetters.length).toBe(1);
  const dead = (await deliveries()).deadLetters[0]!.id;
  const resent = await ok('POST /admin/offices/:office/webhooks/:id/deliveries/:delivery/resend', { params: { ...at, delivery: dead } });
  expect(resent.status).toBe(202);
  expect((await ok('DELETE /admin/offices/:office/webhooks/:id', { params: at })).status).toBe(204);
}
