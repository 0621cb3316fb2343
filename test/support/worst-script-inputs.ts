/**
 * The worst values for each kind of field of a Redis script's argument object (one JSON object in
 * ARGV[1]): bytes that are not UTF-8 inside a JSON string (a surrogate encoded as CESU-8, a lone
 * 0xFF, an overlong form, a cut sequence), control characters, text far over any bound, lone
 * surrogates written as JSON escapes, numbers that are not integers or out of range, values of the
 * wrong JSON type, a field left out (undefined), and whole arguments that are not a JSON object.
 */
/** A field's value: any JSON value; a Buffer is its raw bytes inside a JSON string; Raw is raw JSON text. */
export type Arg = unknown;

/** Raw JSON text put in the argument unquoted (numbers JSON.stringify cannot write). */
export class Raw {
  constructor(readonly text: string) {}
}

const SURROGATE = Buffer.from([0xed, 0xa0, 0x80]);
const bytes = (text: string, tail: number[]) => Buffer.concat([Buffer.from(text), Buffer.from(tail)]);

const WRONG_TYPES: Arg[] = [5, true, {}, [1]];
export const BAD_TEXT: Arg[] = [
  Buffer.concat([Buffer.from('Quầy '), SURROGATE]),
  bytes('Qu', [0xff]),
  Buffer.from([0xc0, 0xaf]),
  bytes('Quầ', [0xe1, 0xbb]),
  'a\u0000b',
  'chuông\u0007',
  'dòng\u0085mới',
  '\ud800',
  'Quầy \udc00',
  'x'.repeat(20_000),
  5,
  {},
  true,
];
export const BAD_ID: Arg[] = ['', 'UPPER', 'a b', '../x', 'a_b', 'x'.repeat(100), SURROGATE, 'a\u0000', '\ud800', ...WRONG_TYPES];
export const BAD_INT: Arg[] = ['5', '', -1, 1.5, 1e300, -1e300, new Raw('1e400'), new Raw('-1e400'), new Raw('NaN'), SURROGATE, true, {}, [1]];
export const BAD_DATE: Arg[] = ['', '2026-13', '26-11-25', '25/11/2026', SURROGATE, 20261125, {}];
export const BAD_USERNAME: Arg[] = ['', 'A B', '../x', 'x'.repeat(100), SURROGATE, 'a\u0000', ...WRONG_TYPES];
export const BAD_TICKET_NUMBER: Arg[] = ['', 'a001', 'A1', 'A00001', "A001'", SURROGATE, 1];
export const BAD_TOKEN: Arg[] = ['', 'short', 'x'.repeat(65), 'has spaces and !!!!', SURROGATE, 5];
/** Whole arguments that are not one JSON object of the script's fields. */
export const BAD_ARGUMENT: (string | Buffer)[] = ['', '{', '{"a":', 'null', '1', '"text"', '[1]', '{"a":' + '['.repeat(3000), SURROGATE];

/** The kind of one field: its bad values (undefined: the field left out, bad for a required field). */
export type Kind = { bad: Arg[] };
const required = (bad: Arg[]): Kind => ({ bad: [...bad, undefined] });
export const text: Kind = required([...BAD_TEXT, '']);
export const optionalText: Kind = { bad: BAD_TEXT };
export const id: Kind = required(BAD_ID);
export const optionalId: Kind = { bad: BAD_ID };
export const int: Kind = required(BAD_INT);
export const optionalInt: Kind = { bad: [...BAD_INT, 0] };
export const date: Kind = required(BAD_DATE);
export const username: Kind = required(BAD_USERNAME);
export const ticketNumber: Kind = required(BAD_TICKET_NUMBER);
export const token: Kind = required(BAD_TOKEN);
export const optionalToken: Kind = { bad: BAD_TOKEN };
export const boolean: Kind = required(['true', 1, 0, '', SURROGATE, {}]);
export const oneOf = (...valid: string[]): Kind => required(['', 'x', SURROGATE, 5, ...valid.map((v) => v.toUpperCase())]);
export const values = (...bad: Arg[]): Kind => ({ bad });

/**
 * A JSON object field: its valid value, and per field the bad values (undefined: the field left out);
 * also an unknown field and values that are no object. `optional`: the whole field may be left out.
 */
export function object(valid: Record<string, unknown>, fields: Record<string, Arg[]>, opts: { optional?: boolean } = {}): Kind {
  const bad: Arg[] = ['x', 5, true, [1], SURROGATE, { ...valid, unknownField: 1 }, ...(opts.optional ? [] : [undefined])];
  for (const [field, list] of Object.entries(fields)) {
    for (const v of list) {
      const o: Record<string, unknown> = { ...valid };
      if (v === undefined) delete o[field];
      else o[field] = v;
      bad.push(o);
    }
  }
  return { bad };
}

/** Text values that are bad inside JSON: a lone surrogate of each half, controls, a number, an object. */
export const JSON_TEXT = ['\ud800', 'Quầy \udc00', 'a\u0000b', 'dòng\u0085mới', 5, {}];

/**
 * The argument object as the script receives it: JSON, with each Buffer's raw bytes inside a JSON
 * string and each Raw's text unquoted (what JSON.stringify alone never writes).
 */
export function encode(args: Record<string, unknown>): Buffer {
  const raw: (Buffer | Raw)[] = [];
  const mark = (v: unknown): unknown => {
    if (Buffer.isBuffer(v) || v instanceof Raw) return `@@raw${raw.push(v) - 1}@@`;
    if (Array.isArray(v)) return v.map(mark);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]));
    return v;
  };
  const parts = JSON.stringify(mark(args)).split(/"@@raw(\d+)@@"/);
  return Buffer.concat(
    parts.map((part, i) => {
      if (i % 2 === 0) return Buffer.from(part);
      const r = raw[Number(part)]!;
      return r instanceof Raw ? Buffer.from(r.text) : Buffer.concat([Buffer.from('"'), r, Buffer.from('"')]);
    }),
  );
}

export function show(v: Arg): string {
  const s = Buffer.isBuffer(v)
    ? `<bytes ${v.toString('hex').slice(0, 40)}>`
    : v instanceof Raw
      ? `<raw ${v.text}>`
      : v === undefined
        ? '<left out>'
        : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
