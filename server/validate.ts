/** Validates a request part with a shared zod schema; a failure names the field and the problem. */
import type { z } from 'zod';
import { DomainError } from './domain-error.js';

export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'path' | 'event'): z.infer<S> {
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5);
  const message = issues
    .map((i) => {
      const path = i.path.length ? i.path.join('.') : where;
      const text = i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}` : i.message;
      return `${path}: ${text}`;
    })
    .join('; ');
  // the fields at fault (an unknown field by its own name), for the screens' own wording
  const fields = issues.flatMap((i) => {
    const at = i.path.join('.');
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => (at ? `${at}.${k}` : k));
    return [at || where];
  });
  throw new DomainError('validation_failed', `invalid ${where}: ${message}`, { fields: [...new Set(fields)].join(', ') });
}
