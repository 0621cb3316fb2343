/**
 * zod schemas → JSON Schema 2020-12 (OpenAPI 3.1's dialect) with zod's own converter. Named
 * schemas (`.meta({ id })`) become `components.schemas` entries, referenced by `$ref`; a request
 * schema (read as its input: defaults optional) whose name is taken by a different response
 * schema (its output) gets the suffix `Input`.
 */
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

export class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {};

  /** The JSON Schema of `schema` read as a request (`input`) or an answer (`output`), with `$ref`s into the components. */
  add(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    const { $schema: _s, $defs, ...root } = converted;
    const renames = new Map<string, string>();
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      renames.set(name, this.place(name, def, io));
    }
    // the names are placed first: a definition may refer to another
    for (const final of renames.values()) this.schemas[final] = rewriteRefs(this.schemas[final], renames) as JsonSchema;
    return rewriteRefs(root, renames) as JsonSchema;
  }

  private place(name: string, def: JsonSchema, io: 'input' | 'output'): string {
    const candidates = io === 'input' ? [name, `${name}Input`] : [name];
    for (const candidate of candidates) {
      const existing = this.schemas[candidate];
      if (!existing) {
        this.schemas[candidate] = def;
        return candidate;
      }
      if (sameJson(existing, def, name, candidate)) return candidate;
    }
    throw new Error(`two different schemas are named ${name}`);
  }
}

/** The same definition, refs aside: a placed one's refs point at components already. */
function sameJson(placed: JsonSchema, def: JsonSchema, name: string, candidate: string): boolean {
  const plain = JSON.stringify(placed).replaceAll('#/components/schemas/', '#/$defs/');
  return plain === JSON.stringify(def) || plain.replaceAll(`"#/$defs/${candidate}"`, `"#/$defs/${name}"`) === JSON.stringify(def);
}

function rewriteRefs(node: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, renames));
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
      const name = v.slice('#/$defs/'.length);
      out[k] = `#/components/schemas/${renames.get(name) ?? name}`;
    } else out[k] = rewriteRefs(v, renames);
  }
  return out;
}
