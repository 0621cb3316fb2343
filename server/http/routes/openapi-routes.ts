/** The API described as OpenAPI 3.1, built once from the route descriptions (server/http/openapi). */
import { readFileSync } from 'node:fs';
import { openApiDocument, type OpenApiDocument } from '../openapi/openapi-document.js';
import type { GuardedRouter } from '../guarded-router.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function openApiRoutes(g: GuardedRouter): void {
  let doc: OpenApiDocument | undefined;
  g.route('GET /openapi.json', (_req, res) => {
    doc ??= openApiDocument(VERSION);
    res.set('Cache-Control', 'no-cache').json(doc);
  });
}
