/**
 * The worst values for each kind of Redis script argument: bytes that are not UTF-8 (a surrogate
 * encoded as CESU-8, a lone 0xFF, an overlong form, a cut sequence), control characters, text far
 * over any bound, numbers that are not plain decimals, JSON that does not decode or has the wrong
 * shape, and JSON text fields holding a lone surrogate (JSON.stringify writes it as "\ud800").
 */
export type Arg = string | number | Buffer;

const SURROGATE = Buffer.from([0xed, 0xa0, 0x80]);
const bytes = (text: string, tail: number[]) => Buffer.concat([Buffer.from(text), Buffer.from(tail)]);

export const BAD_TEXT: Arg[] = [
  Buffer.concat([Buffer.from('Quầy '), SURROGATE]),
  bytes('Qu', [0xff]),
  Buffer.from([0xc0, 0xaf]),
  bytes('Quầ', [0xe1, 0xbb]),
  'a\u0000b',
  'chuông\u0007',
  'dòng\u0085mới',
  'x'.repeat(20_000),
];
export const BAD_ID: Arg[] = ['', 'UPPER', 'a b', '../x', 'a_b', 'x'.repeat(100), SURROGATE, 'a\u0000'];
export const BAD_INT: Arg[] = ['', 'abc', '1e3', '0x10', ' 5', '-1', 'nan', 'inf', '1.5', '9'.repeat(30), SURROGATE];
export const BAD_DATE: Arg[] = ['', '2026-13', '26-11-25', '25/11/2026', SURROGATE];
export const BAD_USERNAME: Arg[] = ['', 'A B', '../x', 'x'.repeat(100), SURROGATE, 'a\u0000'];
export const BAD_TICKET_NUMBER: Arg[] = ['', 'a001', 'A1', 'A00001', "A001'", SURROGATE];
export const BAD_TOKEN: Arg[] = ['short', 'x'.repeat(65), 'has spaces and !!!!', SURROGATE];
const BAD_JSON: Arg[] = ['{', '{"a":', 'null', '1', '"text"', '{"a":' + '['.repeat(3000), SURROGATE];

/** The kind of one argument: its bad values, '' among them unless the argument may be empty. */
export type Kind = { bad: Arg[] };
export const text: Kind = { bad: [...BAD_TEXT, ''] };
export const optionalText: Kind = { bad: BAD_TEXT };
export const id: Kind = { bad: BAD_ID };
export const optionalId: Kind = { bad: BAD_ID.filter((v) => v !== '') };
export const int: Kind = { bad: BAD_INT };
export const optionalInt: Kind = { bad: [...BAD_INT.filter((v) => v !== ''), '0'] };
export const date: Kind = { bad: BAD_DATE };
export const username: Kind = { bad: BAD_USERNAME };
export const ticketNumber: Kind = { bad: BAD_TICKET_NUMBER };
export const token: Kind = { bad: ['', ...BAD_TOKEN] };
export const optionalToken: Kind = { bad: BAD_TOKEN };
export const oneOf = (...valid: string[]): Kind => ({ bad: ['', 'x', SURROGATE, ...valid.map((v) => v.toUpperCase())] });
export const values = (...bad: Arg[]): Kind => ({ bad });

/**
 * A JSON object argument: its valid value, and per field the bad values (undefined: the field left
 * out); also an unknown field, and JSON that does not decode. `optional`: '' (no object) is valid.
 */
export function json(valid: Record<string, unknown>, fields: Record<string, unknown[]>, opts: { optional?: boolean } = {}): Kind {
  const bad: Arg[] = [...BAD_JSON, ...(opts.optional ? [] : [''])];
  bad.push(JSON.stringify({ ...valid, unknownField: 1 }));
  for (const [field, list] of Object.entries(fields)) {
    for (const v of list) {
      const o: Record<string, unknown> = { ...valid };
      if (v === undefined) delete o[field];
      else o[field] = v;
      bad.push(JSON.stringify(o));
    }
  }
  return { bad };
}

/** Text values that are bad inside JSON: a lone surrogate of each half, controls, a number. */
export const JSON_TEXT = ['\ud800', 'Quầy \udc00', 'a\u0000b', 'dòng\u0085mới', 5, {}];

export function show(v: Arg): string {
  const s = Buffer.isBuffer(v) ? `<bytes ${v.toString('hex').slice(0, 40)}>` : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
