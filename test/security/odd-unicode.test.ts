/**
 * Issue 10, finding 7: a lone surrogate in a complaint, a CCCD text, a rating comment, a tablet
 * comment or a dossier gave a 500, logged the Redis command's arguments, and left half of the
 * script's change behind. Every free text field now refuses ill-formed Unicode and control
 * characters with a 400 that changes nothing, and a script error is logged by name and code only.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/observability/logger.js';
import { keys } from '../../server/redis/keys.js';
import { pairDevice, type PairedDevice } from '../support/devices.js';
import { officeFingerprint } from '../support/state-fingerprint.js';
import { startTestApp, type StaffClient, type TestApp } from '../support/test-app.js';

const DAY = '2026-11-25';
const CCCD = (name: string) => `001099012345|123456789|${name}|01011990|Nam|12 Láng Hạ, Hà Nội|01012021`;
/** the odd texts: a lone high and low surrogate, C0 and C1 control characters, DEL */
const ODD = ['Chờ lâu \ud800', '\udc00 quá', 'chuông\u0007', 'dòng\u0085mới', 'xoá\u007f', 'nul\u0000'];

/** A logger writing the app's JSON lines into `lines`. */
function capturedLog(lines: string[]) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return createLogger('info', 'json', sink);
}

describe('odd Unicode in free text', () => {
  let t: TestApp;
  let officer: StaffClient;
  /** counter 1's paired rating tablet */
  let tablet: PairedDevice;
  let chair: StaffClient;
  const lines: string[] = [];
  const path = (a: string) => `/offices/${t.office}/counters/1/${a}`;

  beforeAll(async () => {
    t = await startTestApp({ now: Date.parse(`${DAY}T02:00:00Z`), log: capturedLog(lines) });
    officer = await t.login(`officer1-${t.office}`);
    tablet = await pairDevice(t, await t.login(`admin-${t.office}`), { kind: 'tablet', counter: '1' });
    chair = await t.login(`chair-${t.office}`);
    await officer.request('POST', path('open'));
  });
  afterAll(async () => t.close());

  /** Sends each odd text through `send` and expects a 400 naming the field, with nothing changed. */
  const refusesAll = async (field: RegExp, send: (text: string) => Promise<{ status: number; body: any }>) => {
    for (const text of ODD) {
      const before = await officeFingerprint(t.redis, t.office);
      const res = await send(text);
      expect(res.status, JSON.stringify(text)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(field);
      expect(await officeFingerprint(t.redis, t.office), JSON.stringify(text)).toBe(before);
    }
  };

  const served = async () => {
    const ticket = (await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).body.ticket;
    expect((await officer.request('POST', path('call-next'))).body.ticket.id).toBe(ticket.id);
    return ticket;
  };

  it('in a complaint', async () => {
    await refusesAll(/message/, (text) => t.request('POST', `/offices/${t.office}/complaints`, { topic: 'other', message: text }));
    await refusesAll(/contactName/, (text) => t.request('POST', `/offices/${t.office}/complaints`, { topic: 'other', contactName: text }));
  });

  it('in a scanned CCCD', async () => {
    await refusesAll(/cccd/, (text) => t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap', cccd: CCCD(`Nguyễn Văn ${text}`) }));
    // the refused requests took no number
    expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'chung-thuc', cccd: CCCD('Nguyễn Văn An') })).body.ticket.number).toBe('B001');
  });

  it('in a dossier received at the desk', async () => {
    await served();
    await refusesAll(/dossier/, (text) => officer.request('POST', path('complete'), { dossier: { code: 'HS-001', dueDate: DAY, title: text } }));
    await refusesAll(/dossier/, (text) => officer.request('POST', path('complete'), { dossier: { code: `HS-${text}`, dueDate: DAY } }));
    // the ticket is still the counter's, called, and counted nowhere as served
    const counter = (await officer.request('GET', `/offices/${t.office}/counters/1`)).body;
    expect(counter.counter.ticket).toBeDefined();
    expect(await t.redis.hget(keys.aggregates(t.office, DAY), 'served|all')).toBeNull();
    expect((await officer.request('POST', path('complete'), { dossier: { code: 'HS-001', dueDate: DAY, title: 'Cấp giấy khai sinh' } })).status).toBe(200);
  });

  it('in a rating comment, from the phone and from the counter tablet', async () => {
    const ticket = await served();
    expect((await officer.request('POST', path('complete'))).status).toBe(200);
    await refusesAll(/comment/, (text) => t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4, comment: text }));
    await refusesAll(/comment/, (text) => t.request('POST', path('tablet-rating'), { ticketId: ticket.id, score: 4, comment: text }, tablet.headers));
    expect((await t.request('POST', `/tickets/${ticket.id}/rating`, { token: ticket.token, score: 4, comment: 'Cán bộ nhiệt tình' })).status).toBe(201);
  });

  it('in handling a complaint: assignee, note, response', async () => {
    const filed = await t.request('POST', `/offices/${t.office}/complaints`, { topic: 'attitude', message: 'Cán bộ trả lời cộc lốc' });
    const base = `/offices/${t.office}/complaints/${filed.body.complaint.id}`;
    await refusesAll(/assignee/, (text) => chair.request('POST', `${base}/assign`, { assignee: `canbo${text}` }));
    await refusesAll(/note/, (text) => chair.request('POST', `${base}/assign`, { assignee: 'canbo1', note: text }));
    await refusesAll(/response/, (text) => chair.request('POST', `${base}/respond`, { response: text }));
  });

  it('in a sign-in name', async () => {
    await refusesAll(/username/, (text) => t.request('POST', '/auth/login', { username: `canbo${text}`, password: 'khong-quan-trong' }));
  });

  it('left no 500 behind', () => {
    expect(lines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);
  });
});

describe('a Redis script that fails', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp({ log: capturedLog(lines) });
  });
  afterAll(async () => t.close());

  it('is logged by script name and error code, never with its arguments', async () => {
    expect((await t.request('POST', `/offices/${t.office}/tickets`, { serviceId: 'tu-phap' })).status).toBe(201); // configuration cached
    // a store broken under the running server: the issue script's first read fails
    const config = await t.redis.hgetall(keys.config(t.office));
    await t.redis.del(keys.config(t.office));
    await t.redis.set(keys.config(t.office), 'hỏng');
    try {
      const res = await t.request('POST', `/offices/${t.office}/tickets`, {
        serviceId: 'tu-phap',
        idempotencyKey: 'kiosk-1-tap-secret',
        cccd: CCCD('Trần Thị Bình'),
      });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'internal', message: 'internal error' } });
    } finally {
      await t.redis.del(keys.config(t.office));
      await t.redis.hset(keys.config(t.office), config);
    }
    const failed = lines.filter((l) => JSON.parse(l).msg === 'request failed');
    expect(failed).toHaveLength(1);
    const entry = JSON.parse(failed[0]!);
    expect(entry.err.message).toBe('script issueTicket failed: WRONGTYPE');
    expect(entry.err).toMatchObject({ script: 'issueTicket', code: 'WRONGTYPE' });
    for (const secret of ['Trần Thị Bình', 'Láng Hạ', '1990-01-01', 'kiosk-1-tap-secret', 'local function', 'qms:{']) expect(failed[0]).not.toContain(secret);
  });
});
