/** Scenario 2: call-next until every board socket has the call, against a bare socket.io broadcast of the same size. */
import { Agent } from 'node:http';
import { issueTicket } from '../server/tickets/issue-ticket.js';
import { connectMany, fanOut } from './board-sockets.js';
import { PASSWORD, quick, type BenchContext } from './context.js';
import { median, pct, round } from './figures.js';
import { logIn, post } from './http-load.js';
import { benchOffice } from './office-day.js';

export async function measureCallToScreen(bench: BenchContext) {
  const { app } = bench;
  const boards = quick ? 200 : 1000;
  const calls = quick ? 10 : 30;
  const callOffice = 'bench-call';
  await app.ctx.offices.save(benchOffice(callOffice), { create: true });
  await app.users.upsert(
    { username: 'bench-officer', name: 'Cán bộ', role: 'officer', offices: [callOffice], counters: [], password: PASSWORD, disabled: false },
    { create: true },
  );
  for (let i = 0; i < calls + 5; i++) await issueTicket(app.ctx, callOffice, { serviceId: 'tu-phap' }, 'internal');
  const appChild = await bench.appServer();
  const { cookie, csrfToken } = await logIn(appChild.port, 'bench-officer', PASSWORD);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const staff = { cookie, 'x-csrf-token': csrfToken };
  await post(agent, appChild.port, `/api/v1/offices/${callOffice}/counters/1/open`, '{}', staff);
  const appSockets = await connectMany(
    appChild.port,
    boards,
    (s) =>
      new Promise((res, rej) => s.emit('join', { office: callOffice, role: 'board' }, (r: { ok: boolean }) => (r.ok ? res() : rej(new Error('join failed'))))),
  );
  const appLat = await fanOut(appSockets, calls, async () => {
    const r = await post(agent, appChild.port, `/api/v1/offices/${callOffice}/counters/1/call-next`, '{}', staff);
    if (r.status !== 200) throw new Error(`call-next ${r.status} ${r.body}`);
  });
  for (const s of appSockets) s.disconnect();
  const bare = await bench.startServer('bare-io');
  const bareSockets = await connectMany(bare.port, boards);
  const payload = JSON.stringify({
    callId: 'x',
    office: callOffice,
    counterId: '1',
    counterNumber: 1,
    counterName: 'Quầy 1',
    at: Date.now(),
    recall: false,
    ticket: {
      id: `${callOffice}_2026-01-01_A001`,
      number: 'A001',
      serviceId: 'tu-phap',
      status: 'called',
      priority: false,
      issuedAt: 1,
      calledAt: 2,
      counterId: '1',
    },
  });
  const bareLat = await fanOut(bareSockets, calls, async () => {
    const r = await post(agent, bare.port, '/broadcast', payload);
    if (r.status !== 200) throw new Error(`broadcast ${r.status}`);
  });
  for (const s of bareSockets) s.disconnect();
  agent.destroy();
  return {
    sockets: boards,
    calls,
    appP50Ms: round(median(appLat)),
    appP99Ms: round(pct(appLat, 99)),
    bareP50Ms: round(median(bareLat)),
    bareP99Ms: round(pct(bareLat, 99)),
    p50Ratio: round(median(appLat) / median(bareLat)),
    p99Ratio: round(pct(appLat, 99) / pct(bareLat, 99)),
    goal: 'p99 ratio <= 1.5',
  };
}
