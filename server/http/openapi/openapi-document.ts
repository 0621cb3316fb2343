/**
 * The API described as OpenAPI 3.1, generated from the route descriptions (route-docs.ts) and the
 * access table: paths and parameters, request and response schemas, error codes with examples,
 * and who may call each route (as text, as `security`, and as the `x-roles` extension).
 */
import { z } from 'zod';
import type { ErrorCode } from '../../../shared/errors.js';
import { ErrorBody } from '../../../shared/schemas/error-body.js';
import { DEVICE_KINDS, type AccessRule, type Audience } from '../../access/audiences.js';
import { ROUTES, type RouteKey } from '../../access/route-table.js';
import { HTTP_STATUS } from '../error-status.js';
import { errorExample } from './error-examples.js';
import { SchemaComponents, type JsonSchema } from './json-schemas.js';
import { TAGS, type ResponseDoc, type RouteDoc } from './route-doc.js';
import { ROUTE_DOCS } from './route-docs.js';

export const API_BASE = '/api/v1';

const WHO_TEXT: Record<Audience, string> = {
  anyone: 'anyone, no sign-in',
  'signed-in': 'any signed-in staff account',
  officer: 'an officer of the office',
  chairman: 'a chairman of the office',
  'office-admin': 'an administrator of the office (the deployment administrator administers every office)',
  'deployment-admin': 'the deployment administrator',
  supervisor: 'a supervisor whose scope holds the office (read only)',
  kiosk: 'a paired kiosk of the office (its X-Device-Key)',
  tablet: "the counter's paired rating tablet (its X-Device-Key)",
  board: 'a paired board of the office',
  'counter-screen': "the counter's paired screen",
};

const isDevice = (who: Audience) => (DEVICE_KINDS as readonly Audience[]).includes(who);

/** The route's path as OpenAPI writes it, where the app serves it. */
export function openApiPath(key: RouteKey, doc: RouteDoc = ROUTE_DOCS[key]): string {
  const path = key.slice(key.indexOf(' ') + 1).replace(/:([A-Za-z]+)/g, '{$1}');
  return doc.root ? path : `${API_BASE}${path === '/' ? '' : path}`;
}

const operationId = (key: RouteKey) =>
  key
    .toLowerCase()
    .split(/[ /-]+/)
    .filter(Boolean)
    .map((w, i) => (w.startsWith(':') ? `By${w[1]!.toUpperCase()}${w.slice(2)}` : i ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');

/** The refusals a route may answer with: its own, and those of what it parses and who may call it. */
function refusals(key: RouteKey, doc: RouteDoc, rule: AccessRule): Map<number, Set<ErrorCode>> {
  const out = new Map<number, Set<ErrorCode>>();
  const add = (code: ErrorCode, status = HTTP_STATUS[code]) => out.set(status, (out.get(status) ?? new Set()).add(code));
  if (doc.params || doc.query || doc.body) add('validation_failed');
  if (doc.body) for (const code of ['bad_json', 'payload_too_large', 'unsupported_media_type'] as const) add(code);
  if (!doc.root) add('device_not_paired');
  if (key.includes(':office')) add('not_found');
  if (doc.rateLimited) add('rate_limited');
  if (!rule.who.includes('anyone')) {
    if (rule.who.every(isDevice)) {
      add('pairing_required', 401);
      add('pairing_required', 403);
    } else {
      add('unauthenticated');
      add('forbidden');
      if (!key.startsWith('GET ')) add('csrf_failed');
    }
  }
  for (const code of doc.errors ?? []) add(code);
  return out;
}

function security(key: RouteKey, rule: AccessRule): Record<string, string[]>[] | undefined {
  if (rule.who.includes('anyone')) return undefined;
  const staff = rule.who.some((w) => !isDevice(w));
  const devices = rule.who.some(isDevice);
  return [...(staff ? [key.startsWith('GET ') ? { session: [] } : { session: [], csrf: [] }] : []), ...(devices ? [{ deviceKey: [] }] : [])];
}

function whoText(key: RouteKey, rule: AccessRule): string {
  const scope = key.includes(':counter') ? ' (of the office and counter in the path)' : key.includes(':office') ? ' (of the office in the path)' : '';
  return `**Who:** ${rule.who.map((w) => WHO_TEXT[w]).join('; ')}${rule.who.includes('anyone') ? '' : scope}.`;
}

function parameters(components: SchemaComponents, where: 'path' | 'query', schema: z.ZodType | undefined, key: RouteKey): unknown[] {
  const inPath = [...key.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
  if (!schema) {
    if (where === 'path' && inPath.length) throw new Error(`${key}: path parameters without a schema`);
    return [];
  }
  const json = components.add(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  if (where === 'path' && [...inPath].sort().join() !== Object.keys(properties).sort().join()) throw new Error(`${key}: the path and its schema differ`);
  return Object.entries(properties).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function response(components: SchemaComponents, r: ResponseDoc): JsonSchema {
  const content: Record<string, unknown> = {};
  if (r.body) content['application/json'] = { schema: components.add(r.body, 'output'), ...(r.example !== undefined ? { example: r.example } : {}) };
  for (const type of r.files ?? []) content[type] = { schema: { type: 'string', format: 'binary' } };
  return {
    description: r.description,
    ...(r.headers ? { headers: Object.fromEntries(Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }])) } : {}),
    ...(Object.keys(content).length ? { content } : {}),
  };
}

function errorResponse(codes: Set<ErrorCode>): JsonSchema {
  const list = [...codes].sort();
  return {
    description: `Refused: ${list.map((c) => `\`${c}\``).join(', ')}`,
    ...(list.includes('rate_limited') || list.includes('too_many_failures')
      ? { headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } } }
      : {}),
    content: {
      'application/json': {
        schema: { allOf: [{ $ref: '#/components/schemas/ErrorBody' }, { properties: { error: { properties: { code: { enum: list } } } } }] },
        examples: Object.fromEntries(list.map((c) => [c, { $ref: `#/components/examples/${c}` }])),
      },
    },
  };
}

function operation(components: SchemaComponents, key: RouteKey, doc: RouteDoc): JsonSchema {
  const rule: AccessRule = ROUTES[key];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(doc.responses)) responses[status] = response(components, r);
  for (const [status, codes] of [...refusals(key, doc, rule)].sort(([a], [b]) => a - b)) {
    if (responses[status]) throw new Error(`${key}: ${status} is both an answer and a refusal`);
    responses[status] = errorResponse(codes);
  }
  responses.default = {
    description: 'An unexpected failure: 500 `internal`, 503 `unavailable` while Redis is unreachable',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
  const body = doc.body ? components.add(doc.body, 'input') : undefined;
  const sec = security(key, rule);
  return {
    operationId: operationId(key),
    tags: [doc.tag],
    summary: doc.summary,
    description: [whoText(key, rule), doc.description].filter(Boolean).join('\n\n'),
    'x-roles': [...rule.who],
    ...(key.includes(':office') && !rule.who.includes('anyone') ? { 'x-scope': key.includes(':counter') ? 'counter' : 'office' } : {}),
    parameters: [...parameters(components, 'path', doc.params, key), ...parameters(components, 'query', doc.query, key)],
    ...(body
      ? {
          requestBody: {
            // a schema whose empty body is its default takes no body at all
            required: doc.body!.safeParse(undefined).success === false,
            content: { 'application/json': { schema: body, ...(doc.bodyExample !== undefined ? { example: doc.bodyExample } : {}) } },
          },
        }
      : {}),
    responses,
    ...(sec ? { security: sec } : {}),
  };
}

export type OpenApiDocument = JsonSchema & { paths: Record<string, Record<string, JsonSchema>> };

export function openApiDocument(version: string): OpenApiDocument {
  const components = new SchemaComponents();
  components.add(ErrorBody, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const key of Object.keys(ROUTE_DOCS) as RouteKey[]) {
    const doc = ROUTE_DOCS[key];
    const path = openApiPath(key, doc);
    (paths[path] ??= {})[key.slice(0, key.indexOf(' ')).toLowerCase()] = operation(components, key, doc);
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'Hàng chờ một cửa: API',
      version,
      summary: 'Queue tickets and citizen feedback for one-stop offices (Bộ phận một cửa)',
      description:
        'Generated from the zod schemas the server parses and answers with. The guide (conventions, roles, trust, socket.io events, notifications) is docs/api.md; the readable reference is /console/api.html.',
    },
    servers: [{ url: '/' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: components.schemas,
      examples: Object.fromEntries(
        Object.keys(HTTP_STATUS).map((c) => [c, { summary: `${HTTP_STATUS[c as ErrorCode]} ${c}`, value: errorExample(c as ErrorCode) }]),
      ),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'qms_sid', description: 'the staff session, from POST /api/v1/auth/login' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: "the session's CSRF token (`csrfToken`), on every change a session makes" },
        deviceKey: { type: 'apiKey', in: 'header', name: 'X-Device-Key', description: "a paired device's key" },
        metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN, for /metrics' },
      },
    },
  };
}
