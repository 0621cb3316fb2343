/** The API takes JSON bodies only: a form post or plain text is refused, not read as an empty body. */
import express, { type RequestHandler } from 'express';
import { DomainError } from '../domain-error.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

export function jsonBody(): RequestHandler[] {
  return [
    express.json({ limit: '32kb', strict: true, type: JSON_TYPES }),
    (req, _res, next) => {
      const hasBody = (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;
      if (hasBody && !req.is(JSON_TYPES)) throw new DomainError('unsupported_media_type', 'send the body as application/json');
      next();
    },
  ];
}
