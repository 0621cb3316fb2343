/** HTTP requests from the load generator: plain node:http posts on keep-alive agents, and staff sign-in. */
import { Agent, request } from 'node:http';

export function post(agent: Agent, port: number, path: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((res, rej) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (r) => {
        let data = '';
        r.on('data', (d) => (data += d));
        r.on('end', () => res({ status: r.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', rej);
    req.end(body);
  });
}

/** Requests per second with `concurrency` keep-alive connections for `ms` (after a warm-up). */
export async function throughput(
  port: number,
  path: string,
  makeBody: (i: number) => string,
  expectStatus: number,
  ms: number,
  concurrency = 32,
): Promise<{ rps: number; count: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let i = 0;
  let errors = 0;
  const run = async (until: number) => {
    let n = 0;
    while (Date.now() < until) {
      const r = await post(agent, port, path, makeBody(i++));
      if (r.status !== expectStatus) errors++;
      n++;
    }
    return n;
  };
  const warm = Date.now() + 1000;
  await Promise.all(Array.from({ length: concurrency }, () => run(warm)));
  const start = performance.now();
  const until = Date.now() + ms;
  const counts = await Promise.all(Array.from({ length: concurrency }, () => run(until)));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const count = counts.reduce((a, b) => a + b, 0);
  return { rps: count / elapsed, count, errors };
}

/** Signs a staff account in on the app server: the session cookie and the CSRF token its posts need. */
export async function logIn(port: number, username: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
