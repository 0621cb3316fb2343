/** Many socket.io clients standing for hall boards, and the time a call takes to reach all of them. */
import { io as ioClient, type Socket } from 'socket.io-client';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function connectMany(port: number, n: number, join?: (s: Socket) => Promise<void>): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, async () => {
        const s = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
        await new Promise<void>((res, rej) => {
          s.once('connect', () => res());
          s.once('connect_error', rej);
        });
        if (join) await join(s);
        return s;
      }),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/** Latencies (ms) from `trigger` until each socket has the next `ticket.called`. */
export async function fanOut(sockets: Socket[], calls: number, trigger: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < calls; i++) {
    let got = 0;
    let t0 = 0;
    const done = new Promise<void>((res) => {
      for (const s of sockets)
        s.once('ticket.called', () => {
          latencies.push(performance.now() - t0);
          if (++got === sockets.length) res();
        });
    });
    t0 = performance.now();
    await trigger(i);
    await Promise.race([done, sleep(10_000)]);
    if (got < sockets.length) throw new Error(`only ${got} of ${sockets.length} sockets got call ${i}`);
    await sleep(50);
  }
  return latencies;
}
