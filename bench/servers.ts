/**
 * The servers the benchmark measures, each in its own process so the load generator never shares
 * the event loop with them. `tsx bench/servers.ts <mode> <redisUrl>`; prints `PORT=<n>` when ready.
 *   app      the real application (rate limits raised out of the way); counts its Redis commands
 *   hello    an Express hello-world POST route, served the same way (node:http, JSON body parser)
 *   bare-io  a bare socket.io server that broadcasts on POST /broadcast (to every socket, or with
 *            `?room=r&event=e` as `e` to the sockets that connected with `?room=r`)
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import express from 'express';
import { Server } from 'socket.io';
import type { Command } from 'ioredis';
import { createApplication } from '../server/app.js';
import { createRedis } from '../server/redis/connect.js';
import { createLogger } from '../server/observability/logger.js';

const [mode, redisUrl] = process.argv.slice(2);

/**
 * When, inside the server, a round of calls arrived and went out: its first and last request, and
 * its last call sent to the screens (ms after the first request). A `timeline` message answers and
 * starts the next round's. Beside the screens' own times, it tells the server's part of a call's
 * latency from the load generator's (receiving thousands of screen messages).
 */
let timeline = { first: 0, lastRequest: 0, lastCall: 0, requests: 0, calls: 0 };
const requestArrived = () => {
  const now = performance.now();
  if (!timeline.requests++) timeline.first = now;
  timeline.lastRequest = now;
};
const callSent = () => {
  timeline.calls++;
  timeline.lastCall = performance.now();
};
function answerTimeline() {
  const t = timeline;
  process.send!({ type: 'timeline', requests: t.requests, calls: t.calls, lastRequestMs: t.lastRequest - t.first, lastCallMs: t.lastCall - t.first });
  timeline = { first: 0, lastRequest: 0, lastCall: 0, requests: 0, calls: 0 };
}

async function main() {
  if (mode === 'hello') {
    const app = express();
    app.disable('x-powered-by');
    app.use(express.json({ limit: '32kb' }));
    app.post('/hello', (_req, res) => void res.status(201).json({ hello: 'world' }));
    const http = createServer(app);
    http.listen(0, '127.0.0.1', () => console.log(`PORT=${(http.address() as { port: number }).port}`));
    return;
  }
  if (mode === 'bare-io') {
    const http = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'POST' && url.pathname === '/broadcast') {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => {
          const room = url.searchParams.get('room');
          const event = (url.searchParams.get('event') ?? 'ticket.called') as 'ticket.called';
          (room ? io.to(room) : io).emit(event, JSON.parse(body));
          callSent();
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        });
        return;
      }
      res.writeHead(404).end();
    });
    const io = new Server(http, { serveClient: false });
    // its CPU time, as the app's (the province scenario's CPU per call of each)
    process.on('message', (msg: { type: string }) => {
      if (msg.type === 'cpu') process.send!({ type: 'cpu', usage: process.cpuUsage() });
      if (msg.type === 'timeline') answerTimeline();
      if (msg.type === 'profile') void profile((msg as { file?: string }).file).then(() => process.send!({ type: 'profile' }));
    });
    http.on('request', requestArrived);
    io.on('connection', (s) => {
      const room = s.handshake.query.room;
      if (typeof room === 'string') void s.join(room);
    });
    http.listen(0, '127.0.0.1', () => console.log(`PORT=${(http.address() as { port: number }).port}`));
    return;
  }
  // the real application
  const redis = createRedis({ url: redisUrl! });
  const counts = new Map<string, number>();
  const send = redis.sendCommand.bind(redis);
  (redis as unknown as { sendCommand: (c: Command, s?: unknown) => unknown }).sendCommand = (command: Command, stream?: unknown) => {
    counts.set(command.name, (counts.get(command.name) ?? 0) + 1);
    return send(command, stream as never);
  };
  const application = createApplication({
    redis,
    log: createLogger('silent'),
    rateLimits: { issue: 1e9, feedback: 1e9, login: 1e9, publicRead: 1e9 },
  });
  // the HTTP requests it answers (the phones scenario: none beyond the calls themselves)
  let httpRequests = 0;
  application.http.on('request', () => {
    httpRequests++;
    requestArrived();
  });
  // registered after the reactions: the screens' relay has sent the call when this runs
  application.ctx.events.on('ticket.called', callSent);
  const port = await application.listen(0, '127.0.0.1');
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'counts') process.send!({ type: 'counts', counts: Object.fromEntries(counts), httpRequests });
    // CPU time of this process (user + system, microseconds), for the CPU per ticket of the province scenario
    if (msg.type === 'cpu') process.send!({ type: 'cpu', usage: process.cpuUsage() });
    if (msg.type === 'timeline') answerTimeline();
    if (msg.type === 'profile') void profile((msg as { file?: string }).file).then(() => process.send!({ type: 'profile' }));
    if (msg.type === 'reset') {
      counts.clear();
      httpRequests = 0;
    }
  });
  console.log(`PORT=${port}`);
}

/**
 * A profile of one phase (BENCH_CPU_PROF): started by a message without a file, written at the one
 * with. CPU by default; with BENCH_PROFILE_KIND=heap, sampled allocations (open either in Chrome's DevTools).
 */
let inspector: Session | undefined;
const heap = process.env.BENCH_PROFILE_KIND === 'heap';
async function profile(file?: string) {
  if (!file) {
    inspector = new Session();
    inspector.connect();
    if (heap)
      await inspector.post('HeapProfiler.startSampling', {
        samplingInterval: 16384,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    else {
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.start');
    }
    return;
  }
  const { profile } = heap ? await inspector!.post('HeapProfiler.stopSampling') : await inspector!.post('Profiler.stop');
  writeFileSync(heap ? file.replace(/\.cpuprofile$/, '.heapprofile') : file, JSON.stringify(profile));
  inspector!.disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
