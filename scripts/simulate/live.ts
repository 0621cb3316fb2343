/**
 * Live mode: signs in the demo officers (DEMO_PASSWORD or data/demo-password.txt) and plays a day at
 * `speed` simulated minutes per real minute through a running server's HTTP API, so its pages move.
 * It acts only as staff and citizens would, so the server's own rules apply to everything it does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from './random.js';
import { COMMENTS, COMPLAINTS, DAILY } from './ward-profile.js';

export interface LiveOptions {
  url: string;
  office: string;
  speed: number;
  minutes: number;
  seed: string;
  /** DATA_DIR (settings): where `npm start` wrote demo-password.txt */
  dataDir: string;
  /** DEMO_PASSWORD (settings) */
  demoPassword?: string;
}

interface Session {
  counter: string;
  cookie: string;
  csrf: string;
  busyUntil: number;
}

export async function simulateLive(opts: LiveOptions): Promise<void> {
  const rng = new Random(opts.seed, 'live');
  const base = opts.url.replace(/\/$/, '');
  const api = `${base}/api/v1`;
  const { office } = opts;
  const file = join(opts.dataDir, 'demo-password.txt');
  const password = opts.demoPassword ?? (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  if (!password) throw new Error('set DEMO_PASSWORD (or run npm start once so data/demo-password.txt exists)');
  const info = (await (await fetch(`${api}/offices/${office}`)).json()) as { counters: { id: string }[] };
  const sessions: Session[] = [];
  for (const [i, c] of info.counters.entries()) {
    const res = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `canbo${i + 1}`, password }),
    });
    if (!res.ok) throw new Error(`sign-in of canbo${i + 1} failed: ${res.status}`);
    const cookie = res.headers
      .getSetCookie()
      .map((x) => x.split(';')[0])
      .join('; ');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    sessions.push({ counter: c.id, cookie, csrf: csrfToken, busyUntil: 0 });
  }
  const post = (s: Session | undefined, path: string, body?: unknown) =>
    fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}) },
      body: JSON.stringify(body ?? {}),
    });
  for (const s of sessions) await post(s, `/offices/${office}/counters/${s.counter}/open`);
  const done: { id: string; token: string }[] = [];
  const tokens = new Map<string, string>();
  const minuteMs = 60_000 / opts.speed;
  console.log(`Live traffic on ${base} for office ${office}: ${opts.speed}× speed, ${opts.minutes} simulated minutes. Ctrl-C to stop.`);
  const perMinute = Object.values(DAILY).reduce((a, b) => a + b, 0) / (7 * 60);
  for (let m = 0; m < opts.minutes; m++) {
    const started = Date.now();
    for (let k = rng.poisson(perMinute * 1.3); k > 0; k--) {
      const res = await post(undefined, `/offices/${office}/tickets`, { serviceId: rng.weighted(Object.entries(DAILY)) });
      if (res.status === 201) {
        const { ticket } = (await res.json()) as { ticket: { id: string; token: string } };
        tokens.set(ticket.id, ticket.token);
      }
    }
    for (const s of sessions) {
      if (Date.now() < s.busyUntil) continue;
      const res = await post(s, `/offices/${office}/counters/${s.counter}/call-next`);
      if (res.status === 200) {
        const body = (await res.json()) as { ticket: { id: string }; finished?: { id: string } | null };
        if (body.finished && tokens.has(body.finished.id)) done.push({ id: body.finished.id, token: tokens.get(body.finished.id)! });
        s.busyUntil = Date.now() + Math.max(1, 6 * Math.exp(0.5 * rng.normal())) * minuteMs;
      } else s.busyUntil = Date.now() + minuteMs;
    }
    if (done.length && rng.chance(0.5)) {
      const t = done.shift()!;
      const score = rng.weighted([
        [4, 6],
        [3, 3],
        [2, 1],
        [1, 0.4],
      ]);
      await post(undefined, `/tickets/${t.id}/rating`, { token: t.token, score, ...(rng.chance(0.2) ? { comment: rng.pick(COMMENTS[score]!) } : {}) });
    }
    if (rng.chance(0.01)) {
      const [topic, message] = rng.pick(COMPLAINTS);
      await post(undefined, `/offices/${office}/complaints`, { topic, message, source: 'kiosk' });
    }
    await new Promise((r) => setTimeout(r, Math.max(0, minuteMs - (Date.now() - started))));
  }
}
