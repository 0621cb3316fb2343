/**
 * Drives routes by their access-table key and checks every answer against the API description the
 * running app serves (/api/v1/openapi.json): the status must be one the route lists (5xx aside),
 * the media type one it lists for that status, and a JSON body must validate (Ajv, JSON Schema
 * 2020-12) against the schema described for it. It remembers which key answered which status.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROUTE_DOCS } from '../../server/http/openapi/route-docs.js';
import { openApiPath } from '../../server/http/openapi/openapi-document.js';
import type { RouteKey } from '../../server/access/route-table.js';
import type { TestApp, TestResponse } from '../support/test-app.js';

export interface Caller {
  headers: Record<string, string>;
}

export const ANONYMOUS: Caller = { headers: {} };

export interface CallOptions {
  as?: Caller;
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** a body sent as it is, with its media type (malformed JSON, a form, a file) */
  raw?: { type: string; text: string | Uint8Array };
  headers?: Record<string, string>;
}

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class ApiRecorder {
  /** every key's answered statuses */
  readonly seen = new Map<RouteKey, Set<number>>();
  readonly problems: string[] = [];
  private readonly ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(
    private readonly t: TestApp,
    readonly doc: { paths: Record<string, Record<string, Operation>> },
  ) {
    addFormats(this.ajv);
    this.ajv.addSchema(doc, 'openapi.json');
  }

  /** Reads the description the app serves (that answer is checked too). */
  static async start(t: TestApp): Promise<ApiRecorder> {
    const res = await fetch(`${t.api}/openapi.json`);
    const recorder = new ApiRecorder(t, (await res.json()) as ApiRecorder['doc']);
    recorder.check('GET /openapi.json', res.status, res.headers.get('content-type'), recorder.doc);
    return recorder;
  }

  async call(key: RouteKey, opts: CallOptions = {}): Promise<TestResponse> {
    const [method, template] = key.split(' ') as [string, string];
    let path = template.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      const value = opts.params?.[name];
      if (value === undefined) throw new Error(`${key}: no value for :${name}`);
      return encodeURIComponent(value);
    });
    if (opts.query) path += `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)]))}`;
    const url = `${ROUTE_DOCS[key].root ? this.t.base : this.t.api}${path === '/' && !ROUTE_DOCS[key].root ? '' : path}`;
    const headers: Record<string, string> = { ...opts.as?.headers, ...opts.headers };
    const init: RequestInit = { method, headers, redirect: 'manual' };
    if (opts.body !== undefined) {
      init.body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    if (opts.raw) {
      init.body = typeof opts.raw.text === 'string' ? opts.raw.text : new Uint8Array(opts.raw.text);
      headers['content-type'] = opts.raw.type;
    }
    const res = await fetch(url, init);
    const type = res.headers.get('content-type');
    const raw = Buffer.from(await res.arrayBuffer());
    let body: unknown = raw.length ? raw.toString('utf8') : undefined;
    if (type?.startsWith('application/json')) body = JSON.parse(raw.toString('utf8'));
    this.check(key, res.status, type, body);
    return { status: res.status, body, headers: res.headers };
  }

  private check(key: RouteKey, status: number, type: string | null, body: unknown): void {
    (this.seen.get(key) ?? this.seen.set(key, new Set()).get(key)!).add(status);
    const where = openApiPath(key);
    const method = key.slice(0, key.indexOf(' ')).toLowerCase();
    const described = this.doc.paths[where]?.[method];
    if (!described) return void this.problems.push(`${key}: not described`);
    const answer = described.responses[String(status)] ?? (status >= 500 ? described.responses.default : undefined);
    if (!answer) return void this.problems.push(`${key}: answered ${status}, which is not described: ${JSON.stringify(body)?.slice(0, 300)}`);
    const media = type?.split(';')[0]!.trim();
    if (!answer.content) {
      if (body !== undefined && body !== '') this.problems.push(`${key} ${status}: a body where none is described (${media})`);
      return;
    }
    if (!media || !(media in answer.content)) return void this.problems.push(`${key} ${status}: ${media} is not described (${Object.keys(answer.content)})`);
    if (media !== 'application/json') return;
    const ref = `openapi.json#/${pointer('paths', where, method, 'responses', String(status), 'content', 'application/json', 'schema')}`;
    let validate = this.validators.get(ref);
    if (!validate) this.validators.set(ref, (validate = this.ajv.compile({ $ref: ref })));
    if (!validate(body))
      this.problems.push(
        `${key} ${status}: ${this.ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 800)} in ${JSON.stringify(body).slice(0, 300)}`,
      );
  }

  /** Signs in through the API (the answer is checked) and returns the caller with its cookie and CSRF token. */
  async login(username: string, password: string): Promise<Caller & { username: string }> {
    const res = await this.call('POST /auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return { username, headers: { cookie, 'x-csrf-token': (res.body as { csrfToken: string }).csrfToken } };
  }

  /** The problems found since the last call, and forget them. */
  takeProblems(): string[] {
    return this.problems.splice(0);
  }
}

/** A caller's headers without its CSRF token (a change it makes is refused). */
export const withoutCsrf = (c: Caller): Caller => ({ headers: Object.fromEntries(Object.entries(c.headers).filter(([k]) => k !== 'x-csrf-token')) });
