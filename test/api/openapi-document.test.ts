/**
 * The API description (GET /api/v1/openapi.json) is valid OpenAPI 3.1, describes exactly the routes
 * the running app serves with the access table's roles, and its examples are what the schemas take.
 * That real answers match it: openapi-responses.test.ts.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteKey } from '../../server/access/route-table.js';
import { openApiPath } from '../../server/http/openapi/openapi-document.js';
import { ROUTE_DOCS } from '../../server/http/openapi/route-docs.js';
import { listRoutes } from '../support/app-routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Doc = { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

describe('the OpenAPI description', () => {
  let t: TestApp;
  let doc: Doc;

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.request('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    doc = res.body;
  });
  afterAll(async () => t.close());

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it('describes every route of the running app, and no other', () => {
    const served = listRoutes(t.app.app)
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`)
      .sort();
    const described = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => METHODS.includes(m))
          .map((m) => `${m} ${path}`),
      )
      .sort();
    expect(served.length).toBeGreaterThan(70);
    expect(described).toEqual(served);
  });

  it("names each route's roles as the access table does, and its security with them", () => {
    for (const key of Object.keys(ROUTES) as RouteKey[]) {
      const op = doc.paths[openApiPath(key)]![key.split(' ')[0]!.toLowerCase()];
      expect(op['x-roles'], key).toEqual([...ROUTES[key].who]);
      expect(op.description, key).toMatch(/^\*\*Who:\*\* /);
      if ((ROUTES[key].who as readonly string[]).includes('anyone')) expect(op.security, key).toBeUndefined();
      else expect(op.security?.length, key).toBeGreaterThan(0);
    }
  });

  it('every error response lists codes of its own status, each with an example', () => {
    const statusOf = (code: string) => (doc as any).components.examples[code].summary.split(' ')[0];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, r] of Object.entries(op.responses as Record<string, any>)) {
          if (status === 'default' || Number(status) < 400) continue;
          const media = r.content['application/json'];
          const codes: string[] = media.schema.allOf[1].properties.error.properties.code.enum;
          for (const code of codes) {
            expect(media.examples[code], `${method} ${path} ${status} ${code}`).toEqual({ $ref: `#/components/examples/${code}` });
            // a device key missing altogether is 401 pairing_required, a wrong one 403
            if (code !== 'pairing_required') expect(statusOf(code), `${method} ${path} ${code}`).toBe(status);
          }
        }
      }
    }
  });

  it('its examples are what the schemas take', () => {
    const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, 'openapi.json');
    const problems: string[] = [];
    for (const key of Object.keys(ROUTE_DOCS) as RouteKey[]) {
      const d = ROUTE_DOCS[key];
      if (d.bodyExample !== undefined && !d.body?.safeParse(d.bodyExample).success) problems.push(`${key}: the body example does not parse`);
      for (const [status, r] of Object.entries(d.responses)) {
        if (r.example === undefined) continue;
        const path = openApiPath(key).replaceAll('~', '~0').replaceAll('/', '~1');
        const validate = ajv.compile({
          $ref: `openapi.json#/paths/${path}/${key.split(' ')[0]!.toLowerCase()}/responses/${status}/content/application~1json/schema`,
        });
        if (!validate(r.example)) problems.push(`${key} ${status}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    for (const [code, example] of Object.entries((doc as any).components.examples as Record<string, { value: unknown }>)) {
      const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/ErrorBody' });
      if (!validate(example.value)) problems.push(`${code}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);
  });
});
