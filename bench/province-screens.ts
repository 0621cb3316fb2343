/**
 * The province's screens: a hall board and six counter screens per office, joined as the real
 * screens join (`join { office, role: 'board' }`, `join { office, role: 'counter-screen', counter }`),
 * or, against the bare socket.io server, connected to the office's room; and the time from a
 * round of calls (every office at once, at counter 1) until the office's board and counter 1's
 * screen have the call. (The bare server sends it to all seven screens of the office; the other
 * counters' screens show only their own counter and need not hear of it.)
 */
import { io as ioClient, type Socket } from 'socket.io-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const COUNTER_SCREENS = 6;

export interface OfficeScreens {
  office: string;
  board: Socket;
  counters: Socket[];
}

async function open(port: number, query: Record<string, string>, join?: Record<string, unknown>): Promise<Socket> {
  const s = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false, query });
  await new Promise<void>((res, rej) => {
    s.once('connect', () => res());
    s.once('connect_error', rej);
  });
  if (join)
    await new Promise<void>((res, rej) =>
      s.emit('join', join, (r: { ok: boolean; error?: { code: string } }) => (r.ok ? res() : rej(new Error(`join failed: ${r.error?.code}`)))),
    );
  return s;
}

/**
 * Connects each office's screens to the port `portOf(office index)` gives; `bare`: no join, the
 * office as the `room` query the bare server puts the socket in.
 */
export async function connectScreens(offices: string[], portOf: (i: number) => number, bare = false): Promise<OfficeScreens[]> {
  const out: OfficeScreens[] = [];
  // a few offices at a time: 7 sockets each, about the rate screens come back after a restart
  for (let i = 0; i < offices.length; i += 10) {
    const batch = offices.slice(i, i + 10).map(async (office, k) => {
      const port = portOf(i + k);
      const as = (role: string, counter?: string) => (bare ? open(port, { room: office }) : open(port, {}, { office, role, ...(counter ? { counter } : {}) }));
      const [board, ...counters] = await Promise.all([as('board'), ...Array.from({ length: COUNTER_SCREENS }, (_, c) => as('counter-screen', String(c + 1)))]);
      return { office, board: board!, counters };
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

export function disconnectScreens(screens: OfficeScreens[]): void {
  for (const o of screens) for (const s of [o.board, ...o.counters]) s.disconnect();
}

export interface RoundLatencies {
  /** call → board, one per office and round (ms) */
  boards: number[];
  /** call → the screen above the calling counter */
  counterScreens: number[];
}

/**
 * `rounds` times: `trigger` sends every office's call at once; the time from then until each
 * screen has the next `ticket.called`. Throws when a screen misses a call.
 */
export async function callRounds(screens: OfficeScreens[], rounds: number, trigger: (round: number) => Promise<void>) {
  const out: RoundLatencies = { boards: [], counterScreens: [] };
  const expected = screens.length * 2;
  for (let r = 0; r < rounds; r++) {
    let got = 0;
    let t0 = 0;
    const done = new Promise<void>((res) => {
      for (const o of screens) {
        const arrive = (into: number[]) => () => {
          into.push(performance.now() - t0);
          if (++got === expected) res();
        };
        o.board.once('ticket.called', arrive(out.boards));
        o.counters[0]!.once('ticket.called', arrive(out.counterScreens));
      }
    });
    t0 = performance.now();
    await trigger(r);
    await Promise.race([done, sleep(30_000)]);
    if (got < expected) throw new Error(`only ${got} of ${expected} screens had the call of round ${r}`);
    await sleep(200);
  }
  return out;
}
