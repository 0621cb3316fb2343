/**
 * Scenario 7 (issue 13): a province on one server process. N offices created through the admin API,
 * a hall board and six counter screens per office, every office calling at once.
 *   - call → screens, p50 and p99, against a bare socket.io server sending a call of the same size
 *     to the same rooms of the same sockets, driven the same way;
 *   - server CPU per ticket lifecycle (issue, call-next, complete), from the server process' own
 *     `process.cpuUsage()` while every office runs lifecycles;
 *   - start-up time of server/main.ts with few and with N offices in Redis;
 *   - two server processes on one Redis against one: lifecycles a second with the offices' requests
 *     split over the two, each office's screens on the other process than its requests (so every call
 *     must cross between them), and no call lost on the way.
 */
import { childCpu, type Child } from './child-servers.js';
import { log, PASSWORD, quick, type BenchContext } from './context.js';
import { median, pct, round } from './figures.js';
import { logIn, post } from './http-load.js';
import { benchOffice } from './office-day.js';
import { agents, counterAction, countBoardCalls, createOffices, issue, lifecycles, type OfficeClient } from './province-load.js';
import { callRounds, connectScreens, disconnectScreens } from './province-screens.js';
import { startupDir, timeStartup, type StartupTime } from './province-startup.js';

const latency = (xs: number[]) => ({ p50Ms: round(median(xs)), p99Ms: round(pct(xs, 99)) });

export async function measureProvince(bench: BenchContext) {
  const { app } = bench;
  const n = quick ? 60 : 500;
  const few = quick ? 20 : 50;
  const rounds = quick ? 5 : 10;
  const loadMs = (quick ? 5 : 15) * 1000;
  const ids = Array.from({ length: n }, (_, i) => `tinh-xa-${String(i + 1).padStart(3, '0')}`);
  const agentFor = agents();

  await app.users.upsert(
    { username: 'bench-province-admin', name: 'Quản trị tỉnh', role: 'admin', offices: [], counters: [], password: PASSWORD, disabled: false },
    { create: true },
  );
  const a = await bench.startServer('app');
  const admin = await logIn(a.port, 'bench-province-admin', PASSWORD);

  // start-up with few offices, then with all of them (a warm-up start first: it seeds the demo office and fills tsx's cache)
  const startup: Record<string, { offices: number; first: StartupTime; again: StartupTime }> = {};
  const timeTwice = async (label: string) => {
    const offices = (await app.ctx.offices.list()).length;
    const first = await timeStartup(bench.redisUrl, startupDir(bench.dir, offices));
    const again = await timeStartup(bench.redisUrl, startupDir(bench.dir, offices));
    startup[label] = { offices, first, again };
    log('start-up', label, startup[label]);
  };
  await createOffices(agentFor(a.port), a.port, admin, ids.slice(0, few).map(benchOffice));
  await timeStartup(bench.redisUrl, startupDir(bench.dir, 0));
  await timeTwice('few');
  await createOffices(agentFor(a.port), a.port, admin, ids.slice(few).map(benchOffice));
  await timeTwice('all');

  // one officer per office, signed in once (the session works on any process: it lives in Redis)
  for (const office of ids)
    await app.users.upsert(
      { username: `${office}-canbo`, name: 'Cán bộ', role: 'officer', offices: [office], counters: [], password: PASSWORD, disabled: false },
      { create: true },
    );
  const officers = new Map<string, Awaited<ReturnType<typeof logIn>>>();
  for (let i = 0; i < ids.length; i += 25)
    await Promise.all(ids.slice(i, i + 25).map(async (office) => officers.set(office, await logIn(a.port, `${office}-canbo`, PASSWORD))));
  const clientsOn = (portOf: (i: number) => number): OfficeClient[] => ids.map((office, i) => ({ office, port: portOf(i), officer: officers.get(office)! }));
  const onA = clientsOn(() => a.port);
  await Promise.all(onA.map((o) => counterAction(agentFor(a.port), o, 'open')));

  // call → screens: all offices call at once; each round's tickets issued before it, completed after it
  let screens = await connectScreens(ids, () => a.port);
  log(`${screens.length * 7} screens joined`);
  let sample = '';
  screens[0]!.board.on('ticket.called', (c: unknown) => (sample = JSON.stringify(c)));
  const every = (f: (o: OfficeClient) => Promise<unknown>) => () => Promise.all(onA.map(f)).then(() => {});
  await every((o) => issue(agentFor(a.port), o))();
  const appLat = await callRounds(
    screens,
    rounds,
    every((o) => counterAction(agentFor(a.port), o, 'call-next')),
    async () => {
      await every((o) => counterAction(agentFor(a.port), o, 'complete'))();
      await every((o) => issue(agentFor(a.port), o))();
    },
  );
  screens[0]!.board.removeAllListeners('ticket.called');
  await every((o) => counterAction(agentFor(a.port), o, 'call-next'))();
  await every((o) => counterAction(agentFor(a.port), o, 'complete'))();

  // CPU per lifecycle, one process
  const one = await loadRun([a], screens, onA, agentFor, loadMs);
  log('one process', one);
  disconnectScreens(screens);

  // two processes: each office's requests on one, its screens on the other
  const b = await bench.startServer('app');
  const ports = [a.port, b.port];
  screens = await connectScreens(ids, (i) => ports[(i + 1) % 2]!);
  const two = await loadRun(
    [a, b],
    screens,
    clientsOn((i) => ports[i % 2]!),
    agentFor,
    loadMs,
  );
  log('two processes', two);
  disconnectScreens(screens);
  b.stop();

  // the bare socket.io server, the same screens, the same rounds
  const bare = await bench.startServer('bare-io');
  screens = await connectScreens(ids, () => bare.port, true);
  const bareAgent = agentFor(bare.port);
  const bareLat = await callRounds(screens, rounds, async () => {
    await Promise.all(ids.map((office) => post(bareAgent, bare.port, `/broadcast?room=${office}&event=ticket.called`, sample)));
  });
  disconnectScreens(screens);
  bare.stop();
  a.stop();

  const appAll = [...appLat.boards, ...appLat.counterScreens];
  const bareAll = [...bareLat.boards, ...bareLat.counterScreens];
  return {
    offices: n,
    screens: n * 7,
    rounds,
    messageBytes: sample.length,
    board: { app: latency(appLat.boards), bare: latency(bareLat.boards) },
    allScreens: { app: latency(appAll), bare: latency(bareAll) },
    p50Ratio: round(median(appLat.boards) / median(bareLat.boards)),
    p99Ratio: round(pct(appLat.boards, 99) / pct(bareLat.boards, 99)),
    cpuMsPerLifecycle: one.cpuMsPerLifecycle,
    startup,
    startupReadyMs: startup.all!.again.readyMs,
    startupRatioAllToFew: round(startup.all!.again.readyMs / startup.few!.again.readyMs),
    oneProcess: one,
    twoProcesses: two,
    twoToOne: round(two.perSecond / one.perSecond),
    goal: 'p99 ratio <= 1.5; CPU per lifecycle <= 1.5 ms; start-up < 3 s and flat; two processes ≈ 2× one',
  };
}

/** Lifecycles in every office for `ms`; the servers' CPU over that time, per lifecycle; calls the boards missed. */
async function loadRun(
  servers: Child[],
  screens: Parameters<typeof countBoardCalls>[0],
  clients: OfficeClient[],
  agentFor: ReturnType<typeof agents>,
  ms: number,
) {
  const boards = countBoardCalls(screens);
  const before = await Promise.all(servers.map(childCpu));
  const run = await lifecycles(agentFor, clients, ms);
  const after = await Promise.all(servers.map(childCpu));
  const missedCalls = await boards.missing(run.calls);
  const cpuMs = after.reduce((s, x, i) => s + (x - before[i]!) / 1000, 0);
  return {
    lifecycles: run.lifecycles,
    perSecond: round(run.perSecond, 1),
    cpuMsPerLifecycle: round(cpuMs / run.lifecycles),
    // share of one core each server process used
    serverCpuShare: after.map((x, i) => round((x - before[i]!) / 1000 / (run.seconds * 1000))),
    missedCalls,
  };
}
