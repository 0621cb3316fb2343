/**
 * Reading the OpenAPI document the server describes itself with (GET /api/v1/openapi.json) for the
 * reference page: operations grouped by tag, `$ref`s followed, a schema's type in a few words, and
 * the little Markdown the descriptions use (`code`, **bold**) as Lit templates, never as HTML.
 */
import { html, type TemplateResult } from 'lit';

export type Schema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: Schema;
}

export interface Media {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { $ref?: string; value?: unknown }>;
}

export interface Answer {
  description: string;
  headers?: Record<string, { description?: string }>;
  content?: Record<string, Media>;
}

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  'x-roles': string[];
  'x-scope'?: 'office' | 'counter';
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Record<string, Media> };
  responses: Record<string, Answer>;
}

export interface ApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; examples?: Record<string, { summary?: string; value: unknown }> };
}

export interface Entry {
  method: string;
  path: string;
  op: Operation;
}

/** The operations under each tag, in the document's order of tags. */
export function byTag(doc: ApiDocument): { tag: string; description?: string; entries: Entry[] }[] {
  const groups = doc.tags.map((t) => ({ tag: t.name, ...(t.description ? { description: t.description } : {}), entries: [] as Entry[] }));
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const group = groups.find((g) => g.tag === op.tags[0]) ?? groups[groups.push({ tag: op.tags[0] ?? '', entries: [] }) - 1]!;
      group.entries.push({ method, path, op });
    }
  }
  return groups.filter((g) => g.entries.length);
}

export const anchorOf = (e: Entry) => `op-${e.op.operationId}`;

export function refName(schema: Schema): string | undefined {
  const ref = schema.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
}

/** The schema a `$ref` names (or the schema itself). */
export function resolve(doc: ApiDocument, schema: Schema): Schema {
  const name = refName(schema);
  return name ? (doc.components.schemas[name] ?? {}) : schema;
}

/** A schema's type in a few words: `string`, `integer ≥ 1`, `PublicTicket`, `array of Rating`, `"a" | "b"`. */
export function typeLabel(schema: Schema | boolean): string {
  // `items: false` closes a tuple; `true` takes anything
  if (typeof schema !== 'object' || !schema) return schema ? 'any' : 'nothing';
  if (Array.isArray(schema.prefixItems)) return `[${(schema.prefixItems as Schema[]).map(typeLabel).join(', ')}]`;
  const name = refName(schema);
  if (name) return name;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (variants) return variants.map(typeLabel).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type as string | undefined);
  if (type === 'array') return `array of ${typeLabel((schema.items as Schema) ?? {})}`;
  if (!type) return 'any';
  const bounds = [
    schema.minimum !== undefined && schema.minimum !== Number.MIN_SAFE_INTEGER ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined && schema.maximum !== Number.MAX_SAFE_INTEGER ? `≤ ${schema.maximum}` : '',
    schema.maxLength !== undefined ? `≤ ${schema.maxLength} chars` : '',
    schema.format ? `${schema.format}` : '',
  ].filter(Boolean);
  return bounds.length ? `${type} (${bounds.join(', ')})` : type;
}

/** Whether a schema has parts worth opening: properties, items with properties, variants, a `$ref`. */
export function hasParts(doc: ApiDocument, schema: Schema | boolean, depth = 0): boolean {
  if (depth > 3 || typeof schema !== 'object' || !schema) return false;
  const s = resolve(doc, schema);
  if (s.properties || s.oneOf || s.anyOf || (s.additionalProperties && typeof s.additionalProperties === 'object')) return true;
  return s.type === 'array' && !!s.items && hasParts(doc, s.items as Schema, depth + 1);
}

/** The error codes an error answer lists (its schema narrows ErrorBody's `code`). */
export function errorCodes(answer: Answer): string[] {
  const schema = answer.content?.['application/json']?.schema as
    { allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[] } | undefined;
  return schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? [];
}

/** The value of an example, following `$ref` into components.examples. */
export function exampleValue(doc: ApiDocument, example: { $ref?: string; value?: unknown }): unknown {
  if (example.$ref) return doc.components.examples?.[example.$ref.split('/').pop()!]?.value;
  return example.value;
}

/** `code` and **bold** of the descriptions, as text nodes in <code> and <strong>: nothing is parsed as HTML. */
export function inlineText(text: string): TemplateResult[] {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return html`<code>${part.slice(1, -1)}</code>`;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3) return html`<strong>${part.slice(2, -2)}</strong>`;
    return html`${part}`;
  });
}
