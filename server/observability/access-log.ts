/**
 * One line per request (method, path, status, time) with a request id the client sees as
 * X-Request-Id. The path is logged without its query string: a citizen's phone reads its ticket
 * with `?token=…`, and a token in the logs would let anyone who reads them rate or cancel it.
 * Lighter than a child logger per request, which showed in the cost of issuing a ticket.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);
/** Page files (scripts, styles, sounds, icons): dozens per screen load, worth a line only when they fail. */
const isAsset = (path: string) => !path.startsWith('/api/') && !path.startsWith('/socket.io');

export const requestIdOf = (res: Response): string | undefined => res.locals.requestId as string | undefined;

export function accessLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0]!;
      if (QUIET.has(path)) return;
      const level = res.statusCode >= 500 ? 'error' : res.statusCode < 400 && isAsset(path) ? 'debug' : 'info';
      if (!log.isLevelEnabled(level)) return;
      log[level]({ reqId: id, method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    next();
  };
}
