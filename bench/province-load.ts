/**
 * The province's offices driven over HTTP as their kiosks and officers drive them: the deployment
 * administrator creating offices, one officer per office at counter 1, and ticket lifecycles
 * (issue at the kiosk, call-next, complete) in every office at once.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { post } from './http-load.js';
import type { OfficeScreens } from './province-screens.js';

export interface Staff {
  cookie: string;
  csrfToken: string;
}

export const staffHeaders = (s: Staff) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken });

/**
 * A keep-alive agent per server port, as many connections as offices (each office's requests go one
 * after another). An agent idle for a while is replaced: the server closes idle connections after 5 s,
 * and a request sent on one as it closes fails (ECONNRESET).
 */
export function agents(): (port: number) => Agent {
  const byPort = new Map<number, { agent: Agent; used: number }>();
  return (port) => {
    const now = performance.now();
    let a = byPort.get(port);
    if (!a || now - a.used > 2000) {
      a?.agent.destroy();
      byPort.set(port, (a = { agent: new Agent({ keepAlive: true, maxSockets: 1000 }), used: now }));
    }
    a.used = now;
    return a.agent;
  };
}

async function mustPost(agent: Agent, port: number, path: string, body: string, headers: Record<string, string>, want: number) {
  const r = await post(agent, port, path, body, headers);
  if (r.status !== want) throw new Error(`POST ${path}: ${r.status} ${r.body.slice(0, 200)}`);
  return r;
}

/** Creates the offices through `POST /api/v1/admin/offices`, signed in as the deployment administrator. */
export async function createOffices(agent: Agent, port: number, admin: Staff, configs: object[]): Promise<void> {
  for (let i = 0; i < configs.length; i += 20)
    await Promise.all(configs.slice(i, i + 20).map((c) => mustPost(agent, port, '/api/v1/admin/offices', JSON.stringify(c), staffHeaders(admin), 201)));
}

/** One office as the load sees it: where its requests go and who calls. */
export interface OfficeClient {
  office: string;
  port: number;
  officer: Staff;
}

export const issue = (agent: Agent, o: OfficeClient) =>
  mustPost(
    agent,
    o.port,
    `/api/v1/offices/${o.office}/tickets`,
    JSON.stringify({ serviceId: 'tu-phap', idempotencyKey: `prov-${randomBytes(6).toString('hex')}` }),
    {},
    201,
  );

export const counterAction = (agent: Agent, o: OfficeClient, action: 'open' | 'call-next' | 'complete') =>
  mustPost(agent, o.port, `/api/v1/offices/${o.office}/counters/1/${action}`, '{}', staffHeaders(o.officer), 200);

/**
 * Every office runs issue → call-next → complete, one after another, for `ms`; all offices at
 * once. Returns the lifecycles completed and the calls each office made.
 */
export async function lifecycles(agentFor: (port: number) => Agent, clients: OfficeClient[], ms: number) {
  const until = performance.now() + ms;
  const calls = new Map<string, number>();
  const t0 = performance.now();
  const counts = await Promise.all(
    clients.map(async (o) => {
      const agent = agentFor(o.port);
      let n = 0;
      while (performance.now() < until) {
        await issue(agent, o);
        await counterAction(agent, o, 'call-next');
        calls.set(o.office, (calls.get(o.office) ?? 0) + 1);
        await counterAction(agent, o, 'complete');
        n++;
      }
      return n;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const total = counts.reduce((a, b) => a + b, 0);
  return { lifecycles: total, seconds, perSecond: total / seconds, calls };
}

/** Counts the calls each office's board hears, to check none is lost (e.g. between processes). */
export function countBoardCalls(screens: OfficeScreens[]) {
  const heard = new Map<string, number>();
  const offs = screens.map((o) => {
    const on = () => heard.set(o.office, (heard.get(o.office) ?? 0) + 1);
    o.board.on('ticket.called', on);
    return () => o.board.off('ticket.called', on);
  });
  return {
    heard,
    /** offices whose board heard fewer calls than were made, after waiting up to `ms` for late ones */
    async missing(calls: Map<string, number>, ms = 5000): Promise<number> {
      const until = performance.now() + ms;
      const short = () => [...calls].reduce((n, [office, c]) => n + Math.max(0, c - (heard.get(office) ?? 0)), 0);
      while (short() > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
      offs.forEach((off) => off());
      return short();
    },
  };
}
