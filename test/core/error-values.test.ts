/**
 * Errors carry a code and the values a message needs, so a screen words them from its own
 * catalogue (Vietnamese first) instead of showing the server's English sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitAck, startTestApp, type TestApp } from '../support/test-app.js';

describe('error values', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it("names the officer holding a counter in the refusal's values, over HTTP and in a socket join", async () => {
    const holder = await t.login(`officer2-${t.office}`);
    expect((await holder.request('POST', `/offices/${t.office}/counters/2/open`)).status).toBe(200);
    const other = await t.login(`officer3-${t.office}`);
    const refused = await other.request('POST', `/offices/${t.office}/counters/2/open`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'counter_taken', values: { holder: `officer2-${t.office}` } });
    const call = await other.request('POST', `/offices/${t.office}/counters/2/call-next`);
    expect(call.body.error).toMatchObject({ code: 'counter_taken', values: { holder: `officer2-${t.office}` } });

    // a socket acknowledgement carries values the same way
    const socket = await t.socket({ cookie: other.cookie });
    const ack = await emitAck(socket, 'join', { office: t.office, role: 'board', junk: 1 } as never);
    expect(ack.error).toMatchObject({ code: 'validation_failed', values: { fields: 'junk' } });
  });

  it('names the fields of a validation failure', async () => {
    const res = await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', junk: 1, priority: 7 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', values: { fields: 'priority, junk' } });
  });
});
