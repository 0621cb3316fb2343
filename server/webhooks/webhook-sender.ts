/**
 * One HTTP POST of a signed delivery. Plain node:http(s) rather than fetch, so the connection goes
 * through the address check of url-policy.ts (a name's every address checked as it resolves for
 * this very connection); no redirect is followed; a receiver that has not answered within the
 * timeout has failed this try. Only the status is read: the receiver's body may say anything.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { WebhookFailure } from '../../shared/schemas/webhooks.js';
import { deliveryLookup } from './url-policy.js';

export interface SendOptions {
  networks: readonly string[];
  timeoutMs: number;
}

/** A try that failed before any answer: the reason, short, never the URL (it may hold a token). */
export class DeliveryFailed extends Error {
  constructor(
    /** what kind of failure, for the admin page to word */
    readonly failure: WebhookFailure,
    message: string,
    /** the receiver's status, when it answered */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DeliveryFailed';
  }
}

function failed(err: NodeJS.ErrnoException, timeoutMs: number): DeliveryFailed {
  const code = err.code ?? '';
  if (err.name === 'AddressRefused') return new DeliveryFailed('address', err.message);
  if (code === 'ETIMEDOUT_WEBHOOK') return new DeliveryFailed('timeout', `no answer within ${timeoutMs / 1000} s`);
  if (code === 'ECONNREFUSED') return new DeliveryFailed('refused', 'connection refused');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new DeliveryFailed('unresolved', 'the name does not resolve');
  if (/CERT|TLS|SSL/.test(code)) return new DeliveryFailed('tls', `TLS: ${code}`);
  return new DeliveryFailed('network', code === 'ECONNRESET' ? 'connection reset' : code || 'network error');
}

/** Posts the body; resolves with the 2xx status, throws DeliveryFailed for anything else. */
export async function postDelivery(url: string, headers: Record<string, string>, body: string, opts: SendOptions): Promise<number> {
  const target = new URL(url);
  let lookup;
  try {
    lookup = deliveryLookup(target, opts.networks);
  } catch (err) {
    throw failed(err as NodeJS.ErrnoException, opts.timeoutMs);
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const status = await new Promise<number>((resolve, reject) => {
    const req = send(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'hang-cho-mot-cua-webhooks/1' },
      // a connection of its own, checked as it is made: never a kept-alive one from before
      agent: false,
      ...(lookup ? { lookup } : {}),
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT_WEBHOOK' })), opts.timeoutMs);
    req.on('response', (res) => {
      clearTimeout(timer);
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(failed(err as NodeJS.ErrnoException, opts.timeoutMs));
    });
    req.end(body);
  });
  if (status < 200 || status > 299) throw new DeliveryFailed('answered', `the receiver answered ${status}`, status);
  return status;
}
