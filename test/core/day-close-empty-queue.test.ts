/** Closing an office day on which nobody is left waiting. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOfficeDays } from '../../server/jobs/day-close.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('closing an office day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: Date.UTC(2026, 10, 24, 2, 0) }); // 09:00 in Hà Nội
  });
  afterAll(async () => t?.close());

  it('closes a day on which nobody is left waiting (the script answers an empty list as {})', async () => {
    const officer = await t.login(`officer1-${t.office}`);
    const issued = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' });
    expect(issued.status).toBe(201);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);
    t.clock.set(Date.UTC(2026, 10, 24, 17, 30)); // 00:30 the next day
    await expect(closeOfficeDays(t.app.ctx, t.office)).resolves.toEqual({ closed: ['2026-11-24'], expired: 0, closedAtDayEnd: 0, countersClosed: 1 });
  });
});
