/**
 * What changed between two versions of a record, field by field, for the audit trail: "PUT …/config
 * → 200" says nothing an inspector can use, `services[tu-phap].dailyLimit: 200 → 150` does. Pure and
 * generic (any JSON-like record), so every audited change can use it.
 */

/** One changed field; `before` absent: the field was added, `after` absent: it was removed. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Lists of records with unique string ids (services, counters, kiosks) are compared item by item, by id. */
function ids(list: unknown[]): string[] | undefined {
  const out = list.map((x) => (isRecord(x) && typeof x.id === 'string' ? x.id : undefined));
  if (out.some((id) => id === undefined) || new Set(out).size !== out.length) return undefined;
  return out as string[];
}

function change(field: string, before: unknown, after: unknown): FieldChange {
  return { field, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

function walk(before: unknown, after: unknown, field: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of names) walk(before[k], after[k], field ? `${field}.${k}` : k, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const a = ids(before);
    const b = ids(after);
    if (a && b) {
      const byId = (list: unknown[]) => new Map(list.map((x) => [(x as { id: string }).id, x]));
      const olds = byId(before);
      const news = byId(after);
      for (const id of [...new Set([...a, ...b])]) walk(olds.get(id), news.get(id), `${field}[${id}]`, out);
      const kept = (xs: string[], other: string[]) => xs.filter((id) => other.includes(id));
      if (!same(kept(a, b), kept(b, a))) out.push(change(`${field} (order)`, a, b));
      return;
    }
  }
  out.push(change(field, before, after));
}

/** The fields that differ between `before` and `after`, each with both values; nested records by dotted path. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, '', out);
  return out;
}
