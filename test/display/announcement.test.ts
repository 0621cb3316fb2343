import { describe, expect, it } from 'vitest';
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

  it('plays five simultaneous calls one at a time, in order, none dropped or doubled', async () => {
    const events: AnnouncementEvent[] = [];
    let playing = 0;
    let maxPlaying = 0;
    const releases: (() => void)[] = [];
    const q = new AnnouncementQueue<QueuedAnnouncement>(
      () =>
        new Promise<void>((res) => {
          playing++;
          maxPlaying = Math.max(maxPlaying, playing);
          releases.push(() => {
            playing--;
            res();
          });
        }),
      (e) => events.push(e),
    );
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5']) expect(q.enqueue(item(id))).toBe(true);
    expect(q.enqueue(item('c3'))).toBe(false);
    for (let i = 0; i < 5; i++) {
      await untilTrue(() => releases.length === i + 1);
      releases[i]!();
    }
    await q.whenIdle();
    expect(maxPlaying).toBe(1);
    const order = events.filter((e) => e.type !== 'queued').map((e) => `${e.type}:${e.id}`);
    expect(order).toEqual(['start:c1', 'end:c1', 'start:c2', 'end:c2', 'start:c3', 'end:c3', 'start:c4', 'end:c4', 'start:c5', 'end:c5']);
  });

  it('never announces calls marked as seen and continues after a failed play', async () => {
    const played: string[] = [];
    const q = new AnnouncementQueue<QueuedAnnouncement>(async (a) => {
      played.push(a.id);
      if (a.id === 'bad') throw new Error('decode failed');
    });
    q.markSeen(['old']);
    expect(q.enqueue(item('old'))).toBe(false);
    q.enqueue(item('bad'));
    q.enqueue(item('good'));
    await q.whenIdle();
    expect(played).toEqual(['bad', 'good']);
  });
});

/** Waits for a condition over microtasks (the fake player settles synchronously). */
async function untilTrue(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await Promise.resolve();
  if (!cond()) throw new Error('condition not reached');
}

describe('board state', () => {
  const call = (callId: string, at: number, counterId = '1', number = 'A001'): CallEvent => ({
    callId, office: 'o', counterId, counterNumber: Number(counterId), counterName: `Quầy ${counterId}`, at, recall: false,
    ticket: { id: `o_2026-11-25_${number}`, number, serviceId: 's', status: 'called', priority: false, issuedAt: 0, calledAt: at, counterId },
  });
  const board = (): BoardSnapshot => ({
    office: 'o', officeName: 'O', date: '2026-11-25', serverTime: 0, notices: [], callPhrase: '', services: [],
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
