/**
 * Scenario 7 (issue 13): a province on one server process. N offices created through the admin API,
 * a hall board and six counter screens per office, every office calling at once.
 *   - call → screens, p50 and p99, against a bare socket.io server sending a call of the same size
 *     to the same rooms of the same sockets, driven the same way; inside each server, when a round's
 *     last request arrived and its last call went out; Redis's time in a call-next script;
 *   - server CPU per ticket lifecycle (issue, call-next, complete), from the server process' own
 *     `process.cpuUsage()` while every office runs lifecycles;
 *   - start-up time of server/main.ts with few and with N offices in Redis;
 *   - two server processes on one Redis against one: lifecycles a second with the offices' requests
 *     split over the two, each office's screens on the other process than its requests (so every call
 *     must cross between them), and no call lost on the way.
 */
import { join } from 'node:path';
import { childCounts, childCpu, childProfile, childTimeline, type Child, type Timeline } from './child-servers.js';
import { log, PASSWORD, quick, type BenchContext } from './context.js';
import { median, pct, round } from './figures.js';
import { logIn, post } from './http-load.js';
import { benchOffice } from './office-day.js';
import { agents, counterAction, countBoardCalls, createOffices, issue, lifecycles, type OfficeClient } from './province-load.js';
import { callRounds, connectScreens, disconnectScreens, type RoundLatencies } from './province-screens.js';
import { startupDir, timeStartup, type StartupTime } from './province-startup.js';

/** BENCH_PROVINCE_SKIP=startup,two: leave those parts out while iterating on the others */
const skip = new Set((process.env.BENCH_PROVINCE_SKIP ?? '').split(','));

/** BENCH_CPU_PROF=<dir>: CPU profiles of the app and the bare server during their call rounds, and of the app under the one-process load */
const profileDir = process.env.BENCH_CPU_PROF;

const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, 'startup')}`] : [];

const latency = (xs: number[]) => ({ p50Ms: round(median(xs)), p99Ms: round(pct(xs, 99)) });

export async function measureProvince(bench: BenchContext) {
  const { app } = bench;
  const n = quick ? 60 : 500;
  const few = quick ? 20 : 50;
  const rounds = quick ? 5 : 15;
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
    const first = await timeStartup(bench.redisUrl, startupDir(bench.dir, offices), profileArgs);
    const again = await timeStartup(bench.redisUrl, startupDir(bench.dir, offices), profileArgs);
    startup[label] = { offices, first, again };
    log('start-up', label, startup[label]);
  };
  await createOffices(agentFor(a.port), a.port, admin, ids.slice(0, few).map(benchOffice));
  if (!skip.has('startup')) {
    await timeStartup(bench.redisUrl, startupDir(bench.dir, 0));
    await timeTwice('few');
  }
  await createOffices(agentFor(a.port), a.port, admin, ids.slice(few).map(benchOffice));
  if (!skip.has('startup')) await timeTwice('all');

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

  // call → screens: all offices call at once; each round's tickets issued before it, completed after it. The bare
  // server's rounds alternate with the application's, so both see the same machine (other work on it drifts)
  let screens = await connectScreens(ids, () => a.port);
  const bare = await bench.startServer('bare-io');
  const bareScreens = await connectScreens(ids, () => bare.port, true);
  log(`${screens.length * 7} screens joined to each server`);
  let sample = '';
  screens[0]!.board.on('ticket.called', (c: unknown) => (sample = JSON.stringify(c)));
  const every = (f: (o: OfficeClient) => Promise<unknown>) => () => Promise.all(onA.map(f)).then(() => {});
  await every((o) => issue(agentFor(a.port), o))();
  const appLat: RoundLatencies = { boards: [], counterScreens: [] };
  const bareLat: RoundLatencies = { boards: [], counterScreens: [] };
  const add = (into: RoundLatencies, r: RoundLatencies) => (into.boards.push(...r.boards), into.counterScreens.push(...r.counterScreens));
  // the servers' CPU over their call rounds only (µs), when each round's requests came and its calls went out, Redis's time in the app's call scripts
  const roundCpu = { app: 0, bare: 0 };
  const timelines: Record<'app' | 'bare', Timeline[]> = { app: [], bare: [] };
  const callScripts = { calls: 0, usec: 0 };
  let profiled = 0;
  const cpuOf = async <T>(child: Child, into: 'app' | 'bare', f: () => Promise<T>) => {
    // the app's call rounds alone in the profiles, one file a round
    const profiling = profileDir;
    if (profiling) await childProfile(child);
    const scriptsBefore = into === 'app' ? await evalshaStats(bench.redis) : undefined;
    await childTimeline(child);
    const before = await childCpu(child);
    const out = await f();
    roundCpu[into] += (await childCpu(child)) - before;
    timelines[into].push(await childTimeline(child));
    if (scriptsBefore) {
      const after = await evalshaStats(bench.redis);
      callScripts.calls += after.calls - scriptsBefore.calls;
      callScripts.usec += after.usec - scriptsBefore.usec;
    }
    if (profiling) await childProfile(child, join(profileDir, `province-${into}-round-${++profiled}.cpuprofile`));
    return out;
  };
  for (let r = 0; r < rounds; r++) {
    add(
      appLat,
      await cpuOf(a, 'app', () =>
        callRounds(
          screens,
          1,
          every((o) => counterAction(agentFor(a.port), o, 'call-next')),
        ),
      ),
    );
    await every((o) => counterAction(agentFor(a.port), o, 'complete'))();
    await every((o) => issue(agentFor(a.port), o))();
    add(
      bareLat,
      await cpuOf(bare, 'bare', () =>
        callRounds(bareScreens, 1, async () => {
          await Promise.all(ids.map((office) => post(agentFor(bare.port), bare.port, `/broadcast?room=${office}&event=ticket.called`, sample)));
        }),
      ),
    );
  }
  screens[0]!.board.removeAllListeners('ticket.called');
  disconnectScreens(bareScreens);
  bare.stop();
  await every((o) => counterAction(agentFor(a.port), o, 'call-next'))();
  await every((o) => counterAction(agentFor(a.port), o, 'complete'))();

  // CPU per lifecycle, one process
  if (profileDir) await childProfile(a);
  const one = await loadRun(bench.redis, [a], screens, onA, agentFor, loadMs);
  if (profileDir) await childProfile(a, join(profileDir, 'province-load.cpuprofile'));
  log('one process', one);
  disconnectScreens(screens);

  // two processes: each office's requests on one, its screens on the other
  let two: Awaited<ReturnType<typeof loadRun>> | undefined;
  if (!skip.has('two')) {
    const b = await bench.startServer('app');
    const ports = [a.port, b.port];
    screens = await connectScreens(ids, (i) => ports[(i + 1) % 2]!);
    two = await loadRun(
      bench.redis,
      [a, b],
      screens,
      clientsOn((i) => ports[i % 2]!),
      agentFor,
      loadMs,
    );
    log('two processes', two);
    disconnectScreens(screens);
    b.stop();
  }

  a.stop();

  const appAll = [...appLat.boards, ...appLat.counterScreens];
  const bareAll = [...bareLat.boards, ...bareLat.counterScreens];
  return {
    offices: n,
    screens: n * 7,
    rounds,
    messageBytes: sample.length,
    board: { app: latency(appLat.boards), bare: latency(bareLat.boards) },
    boardAndCallingCounterScreen: { app: latency(appAll), bare: latency(bareAll) },
    p50Ratio: round(median(appLat.boards) / median(bareLat.boards)),
    p99Ratio: round(pct(appLat.boards, 99) / pct(bareLat.boards, 99)),
    cpuMsPerLifecycle: one.cpuMsPerLifecycle,
    /** server CPU per call of a round (the app's call-next with all it sends; the bare server's broadcast) */
    roundCpuMsPerCall: { app: round(roundCpu.app / 1000 / (rounds * n)), bare: round(roundCpu.bare / 1000 / (rounds * n)) },
    /**
     * inside each server, medians over the rounds: when the round's last request arrived and its last
     * call went out to the screens (ms after its first request). The rest of a screen's latency is
     * the load generator's (sending the requests, receiving every screen's messages)
     */
    serverSide: { app: roundTimes(timelines.app), bare: roundTimes(timelines.bare) },
    /** Redis's time in one call-next script (callTicket.lua), from its command statistics over the app's rounds */
    redisUsPerCallScript: callScripts.calls ? round(callScripts.usec / callScripts.calls, 1) : undefined,
    startup,
    startupReadyMs: startup.all?.again.readyMs,
    startupRatioAllToFew: startup.all && startup.few && round(startup.all.again.readyMs / startup.few.again.readyMs),
    oneProcess: one,
    twoProcesses: two,
    twoToOne: two && round(two.perSecond / one.perSecond),
    /**
     * what a lifecycle costs the servers with two processes against one (every call crossing the
     * stream): where each process has cores of its own, two carry about 2 / this times one
     */
    twoCpuPerLifecycleToOne: two && round(two.cpuMsPerLifecycle / one.cpuMsPerLifecycle),
    goal: 'p99 ratio <= 1.5; CPU per lifecycle <= 1.5 ms; start-up < 3 s and flat; two processes ≈ 2× one',
  };
}

/** Lifecycles in every office for `ms`; the servers' CPU over that time, per lifecycle; calls the boards missed. */
async function loadRun(
  redis: BenchContext['redis'],
  servers: Child[],
  screens: Parameters<typeof countBoardCalls>[0],
  clients: OfficeClient[],
  agentFor: ReturnType<typeof agents>,
  ms: number,
) {
  const boards = countBoardCalls(screens);
  for (const s of servers) s.proc.send({ type: 'reset' });
  const before = await Promise.all(servers.map(childCpu));
  const [redisBefore, selfBefore] = [await redisCpu(redis), process.cpuUsage()];
  const run = await lifecycles(agentFor, clients, ms);
  const after = await Promise.all(servers.map(childCpu));
  const [redisAfter, self] = [await redisCpu(redis), process.cpuUsage(selfBefore)];
  const commands: Record<string, number> = {};
  for (const counts of await Promise.all(servers.map(childCounts)))
    for (const [name, c] of Object.entries(counts)) commands[name] = round((commands[name] ?? 0) + c / run.lifecycles);
  const missedCalls = await boards.missing(run.calls);
  const cpuMs = after.reduce((s, x, i) => s + (x - before[i]!) / 1000, 0);
  return {
    lifecycles: run.lifecycles,
    perSecond: round(run.perSecond, 1),
    cpuMsPerLifecycle: round(cpuMs / run.lifecycles),
    // share of one core each server process used
    serverCpuShare: after.map((x, i) => round((x - before[i]!) / 1000 / (run.seconds * 1000))),
    // where the rest of the machine's two cores went: Redis, and this process (the screens and the requests)
    redisCpuShare: round((redisAfter - redisBefore) / run.seconds),
    loadGeneratorCpuShare: round((self.user + self.system) / 1e6 / run.seconds),
    missedCalls,
    /** the Redis commands the servers sent per lifecycle, by name */
    redisCommandsPerLifecycle: commands,
  };
}

const roundTimes = (ts: Timeline[]) => ({
  lastRequestMs: round(median(ts.map((t) => t.lastRequestMs))),
  lastCallMs: round(median(ts.map((t) => t.lastCallMs))),
});

/** Redis's count of EVALSHA calls and their time (µs, the scripts' own commands included) since it started. */
async function evalshaStats(redis: BenchContext['redis']): Promise<{ calls: number; usec: number }> {
  const m = /cmdstat_evalsha:calls=(\d+),usec=(\d+)/.exec(await redis.info('commandstats'));
  return { calls: Number(m?.[1] ?? 0), usec: Number(m?.[2] ?? 0) };
}

/** Seconds of CPU the Redis server has used since it started. */
async function redisCpu(redis: BenchContext['redis']): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_sys') + field('used_cpu_user');
}
