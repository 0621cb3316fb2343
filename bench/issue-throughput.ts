/** Scenario 1: ticket issue over HTTP against an Express hello-world, and the Redis commands each ticket costs. */
import { randomBytes } from 'node:crypto';
import { keys } from '../server/redis/keys.js';
import { childCounts } from './child-servers.js';
import { quick, type BenchContext } from './context.js';
import { round } from './figures.js';
import { throughput } from './http-load.js';
import { benchOffice } from './office-day.js';

export async function measureIssue(bench: BenchContext) {
  const { app, redis } = bench;
  const office = 'bench-issue';
  await app.ctx.offices.save(benchOffice(office), { create: true });
  const services = benchOffice(office).services.map((s) => s.id);
  const appChild = await bench.appServer();
  const hello = await bench.startServer('hello');
  const seconds = quick ? 2 : 5;
  const helloRun = await throughput(hello.port, '/hello', () => '{"serviceId":"tu-phap"}', 201, seconds * 1000);
  appChild.proc.send({ type: 'reset' });
  const before = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))![1]);
  const issueRun = await throughput(
    appChild.port,
    `/api/v1/offices/${office}/tickets`,
    (i) => JSON.stringify({ serviceId: services[i % services.length], idempotencyKey: `bench-${i}-${randomBytes(4).toString('hex')}` }),
    201,
    seconds * 1000,
  );
  const counts = await childCounts(appChild);
  const after = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))![1]);
  const tickets = issueRun.count + 0; // issued during the measured window (the warm-up's are not counted in rps)
  const issuedTotal = Object.values(await redis.hgetall(keys.sequences(office, new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)))).reduce(
    (a, b) => a + Number(b),
    0,
  );
  const sent = Object.values(counts).reduce((a, b) => a + b, 0);
  const byName = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, round(v / issuedTotal, 3)]));
  return {
    helloRps: Math.round(helloRun.rps),
    issueRps: Math.round(issueRun.rps),
    ratio: round(issueRun.rps / helloRun.rps),
    goal: '>= 0.6',
    errors: issueRun.errors + helloRun.errors,
    ticketsIssued: issuedTotal,
    measuredRequests: tickets,
    redisCommandsPerTicket: round(sent / issuedTotal, 3),
    redisCommandsPerTicketByName: byName,
    redisServerCommandsPerTicket: round((after - before) / issueRun.count, 2),
    note: 'commands the server sent per ticket (client side, counted on its connection over warm-up and measured window); the server-side figure counts the commands run inside the Lua script too',
  };
}
