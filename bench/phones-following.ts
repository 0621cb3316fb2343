/**
 * Scenario 6: phones following their tickets across offices while every office's counter calls:
 * the HTTP requests per call (goal: the call itself, no request from the phones) and the time from
 * the calls until every phone of those offices has its new position (queue.positions), against a
 * bare socket.io server sending a message of the same size to the same rooms.
 */
import { Agent } from 'node:http';
import { io as ioClient, type Socket } from 'socket.io-client';
import type { QueuePositions } from '../shared/events.js';
import { issueTicket } from '../server/tickets/issue-ticket.js';
import { childHttpRequests } from './child-servers.js';
import { PASSWORD, quick, type BenchContext } from './context.js';
import { median, pct, round } from './figures.js';
import { logIn, post } from './http-load.js';
import { benchOffice } from './office-day.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connect(port: number, query: Record<string, string>, join?: (s: Socket) => Promise<void>): Promise<Socket> {
  const s = ioClient(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false, query });
  await new Promise<void>((res, rej) => {
    s.once('connect', () => res());
    s.once('connect_error', rej);
  });
  if (join) await join(s);
  return s;
}

async function connectBatched<T>(items: T[], open: (item: T) => Promise<Socket>): Promise<Socket[]> {
  const out: Socket[] = [];
  for (let i = 0; i < items.length; i += 50) out.push(...(await Promise.all(items.slice(i, i + 50).map(open))));
  return out;
}

/** Latencies (ms) from `trigger` (all offices at once) until each phone has its next `queue.positions`. */
async function positionsFanOut(phones: Socket[], rounds: number, trigger: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let got = 0;
    let t0 = 0;
    const done = new Promise<void>((res) => {
      for (const s of phones)
        s.once('queue.positions', () => {
          latencies.push(performance.now() - t0);
          if (++got === phones.length) res();
        });
    });
    t0 = performance.now();
    await trigger();
    await Promise.race([done, sleep(15_000)]);
    if (got < phones.length) throw new Error(`only ${got} of ${phones.length} phones had the positions of round ${i}`);
    await sleep(150);
  }
  return latencies;
}

export async function measurePhones(bench: BenchContext) {
  const { app } = bench;
  const offices = quick ? 10 : 50;
  const perOffice = quick ? 50 : 100;
  const rounds = quick ? 5 : 10;
  const ids = Array.from({ length: offices }, (_, i) => `bench-phones-${i}`);
  const followed: { office: string; id: string; token: string }[] = [];
  for (const office of ids) {
    await app.ctx.offices.save(benchOffice(office), { create: true });
    await app.users.upsert(
      { username: `${office}-canbo`, name: 'Cán bộ', role: 'officer', offices: [office], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
    // the first `rounds` are called; the phones follow the ones behind them
    for (let i = 0; i < rounds + perOffice; i++) {
      const { ticket } = await issueTicket(app.ctx, office, { serviceId: 'tu-phap' }, 'internal');
      if (i >= rounds) followed.push({ office, id: ticket.id, token: ticket.token });
    }
  }
  const appChild = await bench.appServer();
  const agent = new Agent({ keepAlive: true, maxSockets: offices });
  const staff = await Promise.all(ids.map(async (office) => ({ office, ...(await logIn(appChild.port, `${office}-canbo`, PASSWORD)) })));
  for (const s of staff)
    await post(agent, appChild.port, `/api/v1/offices/${s.office}/counters/1/open`, '{}', { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
  const phones = await connectBatched(followed, (f) =>
    connect(
      appChild.port,
      {},
      (s) =>
        new Promise((res, rej) =>
          s.emit('join', { office: f.office, role: 'ticket', ticketId: f.id, token: f.token }, (r: { ok: boolean }) =>
            r.ok ? res() : rej(new Error('join failed')),
          ),
        ),
    ),
  );
  let sample = '';
  phones[0]!.on('queue.positions', (p: QueuePositions) => (sample = JSON.stringify(p)));
  appChild.proc.send({ type: 'reset' });
  const appLat = await positionsFanOut(phones, rounds, async () => {
    await Promise.all(
      staff.map(async (s) => {
        const r = await post(agent, appChild.port, `/api/v1/offices/${s.office}/counters/1/call-next`, '{}', { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
        if (r.status !== 200) throw new Error(`call-next ${r.status} ${r.body}`);
      }),
    );
  });
  const httpRequests = await childHttpRequests(appChild);
  for (const s of phones) s.disconnect();

  const bare = await bench.startServer('bare-io');
  const barePhones = await connectBatched(followed, (f) => connect(bare.port, { room: f.office }));
  const bareLat = await positionsFanOut(barePhones, rounds, async () => {
    await Promise.all(
      ids.map(async (office) => {
        const r = await post(agent, bare.port, `/broadcast?room=${office}&event=queue.positions`, sample);
        if (r.status !== 200) throw new Error(`broadcast ${r.status}`);
      }),
    );
  });
  for (const s of barePhones) s.disconnect();
  agent.destroy();
  return {
    phones: phones.length,
    offices,
    calls: offices * rounds,
    httpRequestsPerCall: round(httpRequests / (offices * rounds)),
    messageBytes: sample.length,
    appP50Ms: round(median(appLat)),
    appP99Ms: round(pct(appLat, 99)),
    bareP50Ms: round(median(bareLat)),
    bareP99Ms: round(pct(bareLat, 99)),
    p99Ratio: round(pct(appLat, 99) / pct(bareLat, 99)),
    goal: 'HTTP requests per call 1 (the call); p99 ratio <= 1.5',
  };
}
