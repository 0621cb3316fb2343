import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('ticket lifecycle over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('issues, calls, serves, completes and rates a ticket', async () => {
    const info = await t.request('GET', `/offices/${t.office}`);
    expect(info.status).toBe(200);
    expect(info.body.services[0]).toMatchObject({ id: 'tu-phap', prefix: 'A', open: true });

    const issued = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: 'kiosk-1-tap-0001' });
    expect(issued.status).toBe(201);
    const ticket = issued.body.ticket;
    expect(ticket).toMatchObject({ number: 'A001', serviceId: 'tu-phap', status: 'waiting', ahead: 0 });
    expect(ticket.token).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    const again = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', idempotencyKey: 'kiosk-1-tap-0001' });
    expect(again.status).toBe(200);
    expect(again.body.ticket.id).toBe(ticket.id);

    const officer = await t.login(`officer1-${t.office}`);
    const path = `/offices/${t.office}/counters/1`;
    expect((await officer.request('POST', `${path}/call-next`)).body.error.code).toBe('counter_not_open');
    expect((await officer.request('POST', `${path}/open`)).status).toBe(200);
    const called = await officer.request('POST', `${path}/call-next`);
    expect(called.status).toBe(200);
    expect(called.body.ticket).toMatchObject({ id: ticket.id, status: 'called', counterId: '1' });
    expect((await officer.request('POST', `${path}/start`)).body.ticket.status).toBe('serving');
    expect((await officer.request('POST', `${path}/complete`)).body.ticket.status).toBe('done');
    expect((await officer.request('POST', `${path}/call-next`)).status).toBe(204);

    const rated = await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4, comment: 'Cán bộ nhiệt tình' });
    expect(rated.status).toBe(201);
    const twice = await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 1 });
    expect(twice.status).toBe(409);

    const status = await t.request('GET', `/tickets/${ticket.id}?token=${ticket.token}`);
    expect(status.body.ticket).toMatchObject({ status: 'done', rated: true });
  });
});
