/**
 * Every error leaves as `{ error: { code, message } }`: a 4xx for the client's mistakes (a rate limit's
 * 429 with Retry-After), 503 while Redis is unreachable, and a bare 500 (logged with its stack, never
 * sent) for our own bugs.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../../shared/errors.js';
import type { Logger } from 'pino';
import { requestIdOf } from '../observability/access-log.js';
import { DomainError, RateLimited } from '../domain-error.js';
import { isRedisDown } from '../redis/connection-errors.js';
import { HttpError } from './http-error.js';
import { HTTP_STATUS } from './error-status.js';

export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof DomainError) {
    const status = err instanceof HttpError ? err.status : HTTP_STATUS[err.code];
    return { status, body: { error: { code: err.code, message: err.message, ...(err.values ? { values: err.values } : {}) } } };
  }
  const e = err as { type?: string; status?: number; expose?: boolean };
  if (e?.type === 'entity.parse.failed') return { status: 400, body: { error: { code: 'bad_json', message: 'request body is not valid JSON' } } };
  if (e?.type === 'entity.too.large') return { status: 413, body: { error: { code: 'payload_too_large', message: 'request body is too large' } } };
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return { status: 415, body: { error: { code: 'bad_request', message: 'unsupported body encoding' } } };
  // a malformed %-escape in a path parameter (the router's decodeURIComponent fails)
  if (err instanceof URIError) return { status: 400, body: { error: { code: 'bad_request', message: 'malformed %-encoding in the URL' } } };
  if (e?.status && e.status >= 400 && e.status < 500 && e.expose) return { status: e.status, body: { error: { code: 'bad_request', message: 'bad request' } } };
  if (isRedisDown(err)) return { status: 503, body: { error: { code: 'unavailable', message: 'the ticket store is unreachable; try again shortly' } } };
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const { status, body } = toErrorBody(err);
    if (status >= 500) log.error({ err, reqId: requestIdOf(res), method: req.method, path: req.originalUrl.split('?')[0] }, 'request failed');
    if (res.headersSent) return;
    if (err instanceof RateLimited) res.set('Retry-After', String(err.retryAfterSeconds));
    res.status(status).json(body);
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route ${req.method} ${req.path}` } } satisfies ErrorBody);
};
