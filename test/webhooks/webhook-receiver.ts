/**
 * A stand-in for an integrator's webhook receiver on 127.0.0.1: up (answers 200 at once), slow
 * (answers only after the sender has given up), down (not listening at all), or answering a status.
 * It keeps every request in the order they arrived, and checks signatures as the documentation
 * tells integrators to (docs/webhooks.md), sharing no code with the server.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface Arrival {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  json: { id: string; type: string; office: string; occurredAt: number; data: any };
  /** answered 2xx while the sender still waited: a delivery the sender counts as done */
  accepted: boolean;
}

export type Mode = 'up' | 'slow' | 'down' | number;

export interface WebhookReceiver {
  url: string;
  received: Arrival[];
  /** the accepted arrivals' events, in order */
  accepted(): Arrival[];
  setMode(mode: Mode): Promise<void>;
  close(): Promise<void>;
}

/** `slowMs`: how long a slow receiver takes (longer than the sender's timeout). */
export async function startWebhookReceiver(opts: { slowMs: number }): Promise<WebhookReceiver> {
  let mode: Mode = 'up';
  const received: Arrival[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const arrival: Arrival = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        json: JSON.parse(body),
        accepted: false,
      };
      received.push(arrival);
      if (mode === 'slow') {
        setTimeout(() => !res.destroyed && res.writeHead(200).end('late'), opts.slowMs);
        return;
      }
      const status = typeof mode === 'number' ? mode : 200;
      arrival.accepted = status < 300;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const listening = () => server.listening;
  return {
    url: `http://127.0.0.1:${port}/hooks/qms`,
    received,
    accepted: () => received.filter((a) => a.accepted),
    async setMode(next) {
      mode = next;
      if (next === 'down' && listening()) {
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
      } else if (next !== 'down' && !listening()) {
        await new Promise<void>((r, j) => {
          server.once('error', j);
          server.listen(port, '127.0.0.1', () => r());
        });
      }
    },
    async close() {
      server.closeAllConnections();
      if (listening()) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Checks `Webhook-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the secret, in constant time. */
export function signatureValid(secret: string, a: Pick<Arrival, 'timestamp' | 'signature' | 'body'>): boolean {
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${a.timestamp}.${a.body}`).digest('hex')}`);
  const given = Buffer.from(a.signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
