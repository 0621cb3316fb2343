/**
 * The API takes JSON bodies only: a form post or plain text is refused, not read as an empty body.
 * A few routes take large bodies (a dossier export file, a batch): those are read by the route
 * itself with `largeBody`, after its access check, so nobody unknown gets a large body read.
 */
import express, { type Request, type RequestHandler } from 'express';
import { DomainError } from '../domain-error.js';

const JSON_TYPES = ['application/json', 'application/*+json'];
/** paths (under the API) whose routes read their own bodies with largeBody */
const LARGE_BODY_PATHS = [/^\/offices\/[a-z0-9-]+\/dossiers\/(import|batch)$/];

const hasBody = (req: Request) =>
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;
const readsOwnBody = (req: Request) => req.method === 'POST' && LARGE_BODY_PATHS.some((p) => p.test(req.path));

export function jsonBody(): RequestHandler[] {
  const json = express.json({ limit: '32kb', strict: true, type: JSON_TYPES });
  return [
    (req, res, next) => (readsOwnBody(req) ? next() : json(req, res, next)),
    (req, _res, next) => {
      if (hasBody(req) && !readsOwnBody(req) && !req.is(JSON_TYPES)) throw new DomainError('unsupported_media_type', 'send the body as application/json');
      next();
    },
  ];
}

/** A route's own body: JSON up to `json`, or raw bytes of one of `raw.types` up to `raw.limit` (a Buffer in req.body). */
export function largeBody(opts: { json: string; raw?: { types: string[]; limit: string } }): RequestHandler[] {
  const handlers: RequestHandler[] = [express.json({ limit: opts.json, strict: true, type: JSON_TYPES })];
  if (opts.raw) handlers.push(express.raw({ limit: opts.raw.limit, type: opts.raw.types }));
  const types = [...JSON_TYPES, ...(opts.raw?.types ?? [])];
  handlers.push((req, _res, next) => {
    if (hasBody(req) && !req.is(types)) throw new DomainError('unsupported_media_type', `send the body as ${types.join(' or ')}`);
    next();
  });
  return handlers;
}
