/**
 * The kiosk's home screen and the ticket it then issues promise the same wait for the same queue:
 * both come from one estimate over the same inputs (people ahead, recent service time, open counters).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('wait estimate on the kiosk home screen and on the ticket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  const home = async (serviceId: string) => (await t.request('GET', `/offices/${t.office}`)).body.services.find((s: any) => s.id === serviceId);
  const issue = async (serviceId: string, priority?: string) =>
    (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId, ...(priority ? { priority } : {}) })).body.ticket;

  it('gives the next ticket the wait the home screen showed for its service', async () => {
    // tu-phap: 10 minutes a citizen by configuration; counter 2 (of the two serving it) open
    const officer = await t.login(`officer2-${t.office}`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/2/open`)).status).toBe(200);
    for (let waiting = 0; waiting < 4; waiting++) {
      const shown = await home('tu-phap');
      expect(shown.waiting).toBe(waiting);
      const ticket = await issue('tu-phap');
      expect(ticket.ahead).toBe(waiting);
      expect(ticket.estimatedWaitMinutes, `${waiting} waiting`).toBe(shown.estimatedWaitMinutes);
      const followed = (await t.request('GET', `/tickets/${ticket.id}?token=${ticket.token}`)).body.ticket;
      expect(followed.estimatedWaitMinutes).toBe(ticket.estimatedWaitMinutes);
    }
    // with nobody waiting the home screen says "no waiting", and the ticket agrees
    expect((await home('thi-dua')).estimatedWaitMinutes).toBe(0);
    expect((await issue('thi-dua')).estimatedWaitMinutes).toBe(0);
  });
});
