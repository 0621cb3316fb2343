import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseStyle, MAX_LAG_MS, partSeconds, plannedStarts, type Part } from '../../shared/announcement/announcement-plan.js';
import { AnnouncementQueue, type AnnouncementEvent, type QueuedAnnouncement } from '../../shared/announcement/announcement-queue.js';
import { buildCall } from '../../shared/announcement/phrase.js';
import { clipsToText, readNumber, readTicketNumber } from '../../shared/announcement/read-number.js';
import { allClips, clipFileName } from '../../shared/announcement/vocabulary.js';
import type { BoardSnapshot, CallEvent } from '../../shared/events.js';
import { withCall } from '../../display/board/board-state.js';

const words = (n: number) => readNumber(n).join(' ');

describe('Vietnamese number reading', () => {
  it('reads units, tens and the special forms mốt, tư, lăm', () => {
    expect(words(0)).toBe('không');
    expect(words(5)).toBe('năm');
    expect(words(10)).toBe('mười');
    expect(words(11)).toBe('mười một');
    expect(words(14)).toBe('mười bốn');
    expect(words(15)).toBe('mười lăm');
    expect(words(20)).toBe('hai mươi');
    expect(words(21)).toBe('hai mươi mốt');
    expect(words(24)).toBe('hai mươi tư');
    expect(words(25)).toBe('hai mươi lăm');
    expect(words(99)).toBe('chín mươi chín');
  });

  it('reads hundreds and thousands with linh and không trăm', () => {
    expect(words(100)).toBe('một trăm');
    expect(words(105)).toBe('một trăm linh năm');
    expect(words(110)).toBe('một trăm mười');
    expect(words(115)).toBe('một trăm mười lăm');
    expect(words(321)).toBe('ba trăm hai mươi mốt');
    expect(words(1000)).toBe('một nghìn');
    expect(words(1005)).toBe('một nghìn không trăm linh năm');
    expect(words(1020)).toBe('một nghìn không trăm hai mươi');
    expect(words(2345)).toBe('hai nghìn ba trăm bốn mươi lăm');
    expect(() => readNumber(-1)).toThrow(RangeError);
  });

  it('reads ticket numbers letter by letter, leading zeros as không', () => {
    expect(readTicketNumber('A025')).toEqual(['letter:A', 'không', 'hai', 'mươi', 'lăm']);
    expect(readTicketNumber('B001')).toEqual(['letter:B', 'không', 'không', 'một']);
    expect(readTicketNumber('K100')).toEqual(['letter:K', 'một', 'trăm']);
    expect(readTicketNumber('AB1234')).toEqual(['letter:A', 'letter:B', 'một', 'nghìn', 'hai', 'trăm', 'ba', 'mươi', 'tư']);
    expect(clipsToText(readTicketNumber('A025'))).toBe('a không hai mươi lăm');
    expect(() => readTicketNumber('25A')).toThrow(RangeError);
  });
});

describe('call phrase', () => {
  it('joins the default phrase from recorded segments and numbers', () => {
    const call = buildCall('Xin mời công dân có số thứ tự {number} đến quầy số {counter}', 'A025', 3);
    expect(call.phrase).toEqual(['phrase:xin mời công dân có số thứ tự', 'letter:A', 'không', 'hai', 'mươi', 'lăm', 'phrase:đến quầy số', 'ba']);
    expect(call.text).toBe('Xin mời công dân có số thứ tự a không hai mươi lăm đến quầy số ba');
    expect(call.missing).toEqual([]);
  });

  it('falls back to single words and reports words without a clip', () => {
    const call = buildCall('Mời ông bà số {number}, xin đến quầy {counter} ngay', 'C007', 12);
    expect(call.phrase).toEqual(['mời', 'ông', 'bà', 'số', 'letter:C', 'không', 'không', 'bảy', 'xin', 'phrase:đến quầy', 'mười', 'hai']);
    expect(call.missing).toEqual(['ngay']);
  });

  it('has a clip for every id the reading functions can produce', () => {
    const ids = new Set(allClips().map((c) => c.id));
    for (let n = 0; n < 10_000; n += 7) for (const id of readNumber(n)) expect(ids.has(id)).toBe(true);
    for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(ids.has(`letter:${l}`)).toBe(true);
    const files = allClips().map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    expect(clipFileName('mười')).not.toBe(clipFileName('mươi'));
  });
});

describe('announcement queue', () => {
  const item = (id: string): QueuedAnnouncement => ({ id, ticketNumber: 'A001', counterNumber: 1, recall: false });
  const instant = { partMs: () => 1000 };

  it('plays five simultaneous calls one at a time, in order, none dropped or doubled', async () => {
    const events: AnnouncementEvent[] = [];
    let playing = 0;
    let maxPlaying = 0;
    const releases: (() => void)[] = [];
    const q = new AnnouncementQueue<QueuedAnnouncement>({
      ...instant,
      playPart: () =>
        new Promise<void>((res) => {
          playing++;
          maxPlaying = Math.max(maxPlaying, playing);
          releases.push(() => {
            playing--;
            res();
          });
        }),
      onEvent: (e) => events.push(e),
    });
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) expect(q.enqueue(item(id))).toBe(true);
    expect(q.enqueue(item('c3'))).toBe(false);
    for (let i = 0; q.size > 0; i++) {
      await untilTrue(() => releases.length === i + 1 || q.size === 0);
      releases[i]?.();
    }
    await q.whenIdle();
    expect(maxPlaying).toBe(1);
    const order = events.filter((e) => e.type === 'start' || e.type === 'end').map((e) => `${e.type}:${e.id}`);
    expect(order).toEqual(['start:c1', 'end:c1', 'start:c2', 'end:c2', 'start:c3', 'end:c3', 'start:c4', 'end:c4', 'start:c5', 'end:c5']);
  });

  it('never announces calls marked as seen and continues after a failed play', async () => {
    const played: string[] = [];
    const q = new AnnouncementQueue<QueuedAnnouncement>({
      ...instant,
      playPart: async (a) => {
        played.push(a.id);
        if (a.id === 'bad') throw new Error('decode failed');
      },
    });
    q.markSeen(['old']);
    expect(q.enqueue(item('old'))).toBe(false);
    q.enqueue(item('bad'));
    q.enqueue(item('good'));
    await q.whenIdle();
    expect(played[0]).toBe('bad');
    expect(new Set(played)).toEqual(new Set(['bad', 'good']));
  });
});

describe('the voice keeps up with a busy hall', () => {
  // the lengths of the clips the board really plays
  const manifest = JSON.parse(readFileSync(new URL('../../public/audio/vi/manifest.json', import.meta.url), 'utf8')) as {
    clips: Record<string, { seconds: number }>;
  };
  const seconds = (id: string) => manifest.clips[id]?.seconds;
  const PHRASE = 'Xin mời công dân có số thứ tự {number} đến quầy số {counter}';
  const partMs = (a: QueuedAnnouncement, part: Part) => partSeconds(part, buildCall(PHRASE, a.ticketNumber, a.counterNumber), seconds) * 1000;
  // six counters calling at once, mid-morning numbers
  const NUMBERS = ['A001', 'B014', 'C007', 'D023', 'E010', 'G035'];
  const call = (n: number, numbers = NUMBERS): QueuedAnnouncement => ({ id: `c${n}`, ticketNumber: numbers[n - 1]!, counterNumber: n, recall: false });

  /** A queue on a fake clock: each part takes exactly its planned time; `hold` keeps a part playing until released. */
  function hall(hold?: (a: QueuedAnnouncement, part: Part) => Promise<void> | undefined) {
    let clock = 0;
    const log: { id: string; queuedAt: number; startedAt?: number; parts: Part[] }[] = [];
    const q = new AnnouncementQueue<QueuedAnnouncement>({
      partMs,
      now: () => clock,
      playPart: async (a, part) => {
        await hold?.(a, part);
        clock += partMs(a, part);
      },
      onEvent: (e) => {
        if (e.type === 'queued') log.push({ id: e.id, queuedAt: e.at, parts: [] });
        const rec = log.find((r) => r.id === e.id)!;
        if (e.type === 'start') rec.startedAt = e.at;
        if (e.type === 'part') rec.parts.push(e.part);
      },
    });
    return { q, log, at: (t: number) => (clock = t) };
  }

  it('says a call alone in full: the chime in its two tones, then the phrase twice (about 14 s)', async () => {
    const { q, log } = hall();
    q.enqueue(call(1));
    await q.whenIdle();
    expect(log[0]!.parts).toEqual(['ding', 'dong', 'phrase', 'phrase']);
    const full = (['ding', 'dong', 'phrase', 'phrase'] as const).reduce((s, p) => s + partMs(call(1), p), 0);
    expect(full).toBeGreaterThan(12_000);
  });

  it('plans six simultaneous calls so the sixth starts within 15 s of reaching the board', () => {
    const waiting = [1, 2, 3, 4, 5, 6].map((n) => ({ item: call(n), queuedAt: 0 }));
    const input = { now: 0, waiting, partMs, maxLagMs: MAX_LAG_MS };
    // each said once in full would still leave the sixth half a minute behind
    expect(plannedStarts('once', input)[5]).toBeGreaterThan(25_000);
    expect(chooseStyle(input)).toBe('brief');
    const starts = plannedStarts('brief', input);
    expect(starts[5]).toBeLessThanOrEqual(MAX_LAG_MS);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('announces six simultaneous calls in order, none dropped, the sixth within 15 s; each said once while others wait', async () => {
    const { q, log } = hall();
    for (const n of [1, 2, 3, 4, 5, 6]) q.enqueue(call(n));
    await q.whenIdle();
    expect(log.map((r) => r.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(log.map((r) => r.startedAt)).toEqual([...log.map((r) => r.startedAt!)].sort((a, b) => a - b));
    for (const r of log) expect(r.startedAt! - r.queuedAt).toBeLessThanOrEqual(MAX_LAG_MS);
    // the first starts alone (its first tone sounds before the others reach the queue), then drops the
    // second tone; number and counter for each while others wait; the last, alone by then, in full
    expect(log.map((r) => r.parts)).toEqual([['ding', 'brief'], ['brief'], ['brief'], ['brief'], ['brief'], ['ding', 'dong', 'phrase', 'phrase']]);
  });

  it('with long numbers, when even the brief form cannot make 15 s, says every call briefly with no pause in between', async () => {
    const long = ['A121', 'B125', 'C134', 'D145', 'E157', 'G199'];
    const { q, log } = hall();
    for (const n of [1, 2, 3, 4, 5, 6]) q.enqueue(call(n, long));
    await q.whenIdle();
    expect(log.map((r) => r.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(log.slice(0, 5).map((r) => r.parts)).toEqual([['ding', 'brief'], ['brief'], ['brief'], ['brief'], ['brief']]);
    // as soon as the voice can: the first tone and five brief calls, about 17 s
    const floor = partMs(call(1, long), 'ding') + [1, 2, 3, 4, 5].reduce((s, n) => s + partMs(call(n, long), 'brief'), 0);
    expect(log[5]!.startedAt).toBeCloseTo(floor, 6);
    expect(floor).toBeLessThan(18_000);
  });

  it('with only a few calls waiting, says each with the whole phrase once', async () => {
    const { q, log } = hall();
    for (const n of [1, 2, 3]) q.enqueue(call(n));
    await q.whenIdle();
    expect(log.map((r) => r.parts)).toEqual([['ding', 'phrase'], ['phrase'], ['ding', 'dong', 'phrase', 'phrase']]);
    for (const r of log) expect(r.startedAt! - r.queuedAt).toBeLessThanOrEqual(MAX_LAG_MS);
  });

  it("a call that arrives while another is read drops that one's repeat, never cutting the reading itself", async () => {
    let release!: () => void;
    const { q, log, at } = hall((a, part) => (a.id === 'c1' && part === 'phrase' && !release ? new Promise<void>((r) => (release = r)) : undefined));
    q.enqueue(call(1));
    await untilTrue(() => release !== undefined);
    at(5000);
    q.enqueue(call(2));
    release();
    await q.whenIdle();
    expect(log.map((r) => r.parts)).toEqual([
      ['ding', 'dong', 'phrase'],
      ['ding', 'dong', 'phrase', 'phrase'],
    ]);
  });
});

/** Waits for a condition over microtasks (the fake player settles synchronously). */
async function untilTrue(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await Promise.resolve();
  if (!cond()) throw new Error('condition not reached');
}

describe('board state', () => {
  const call = (callId: string, at: number, counterId = '1', number = 'A001'): CallEvent => ({
    callId,
    office: 'o',
    counterId,
    counterNumber: Number(counterId),
    counterName: `Quầy ${counterId}`,
    at,
    recall: false,
    ticket: { id: `o_2026-11-25_${number}`, number, serviceId: 's', status: 'called', priority: false, issuedAt: 0, calledAt: at, counterId },
  });
  const board = (): BoardSnapshot => ({
    office: 'o',
    officeName: 'O',
    date: '2026-11-25',
    serverTime: 0,
    notices: [],
    callPhrase: '',
    services: [],
    counters: [{ id: '1', number: 1, name: 'Quầy 1', status: 'open', services: ['s'] }],
    recent: [call('b', 200, '1', 'A002'), call('a', 100, '1', 'A001')],
  });

  it('puts a live call first and on its counter; a replayed or old call never moves back to the top', () => {
    const live = withCall(board(), call('c', 300, '1', 'A003'), true);
    expect(live.recent.map((c) => c.callId)).toEqual(['c', 'b', 'a']);
    expect(live.counters[0]!.ticket?.number).toBe('A003');
    expect(withCall(live, call('a', 100), false)).toBe(live);
    const late = withCall(live, call('old', 150, '1', 'A009'), false);
    expect(late.recent.map((c) => c.callId)).toEqual(['c', 'b', 'old', 'a']);
    expect(late.counters[0]!.ticket?.number).toBe('A003');
  });
});
