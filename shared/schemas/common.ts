import { z } from 'zod';

// Pages run under a CSP without 'unsafe-eval': zod's compiled fast path would probe `new Function`
// (a reported violation). Browsers parse a handful of bodies, so the interpreted path costs nothing.
if (typeof document !== 'undefined') z.config({ jitless: true });

/** Office ids are URL slugs; they appear in every Redis key as the cluster hash tag. */
export const OfficeId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'office id: lowercase letters, digits and "-", up to 40');
export const ServiceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'service id: lowercase letters, digits and "-", up to 32');
export const CounterId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,15}$/, 'counter id: lowercase letters, digits and "-", up to 16');
export const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'username: 2-32 lowercase letters, digits, ".", "_" or "-"');
export const TicketIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}_\d{4}-\d{2}-\d{2}_[A-Z]{1,2}\d{3,4}$/, 'ticket id like tay-mo_2026-11-25_A025');
/** Years 1900-2099: wider ranges overflow the time-zone arithmetic of reports and deadlines. */
export const IsoDate = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date as YYYY-MM-DD (years 1900-2099)');
export const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time as HH:MM');
export const Token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'ticket token');
/** C0 controls but tab, line feed and carriage return; DEL; C1 controls (U+0085 is a line break to some readers). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** With the `u` flag a surrogate pair is one code point, so this matches lone surrogates only. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Free text typed by citizens or staff: bounded, control characters refused, and well-formed
 * Unicode only: a lone surrogate cannot be written as UTF-8 or JSON, and broke the Redis scripts
 * halfway through their writes (issue 10, finding 7).
 */
export const Text = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'control characters are not allowed')
    .refine((s) => !LONE_SURROGATE.test(s), 'not well-formed Unicode (a lone surrogate)');

/** A group of offices (a region: an old district, a department's centres), by its name: what a supervisor may be scoped to. */
export const OfficeGroup = Text(80)
  .min(1)
  .refine((s) => s.trim() === s, 'group: no spaces at the ends');

export const OfficeParams = z.strictObject({ office: OfficeId });
export const CounterParams = z.strictObject({ office: OfficeId, counter: CounterId });
export const TicketParams = z.strictObject({ id: TicketIdParam });
