/** The hostile values the fuzz test (fuzz.test.ts) draws from, and its seeded generator. */

/** A small deterministic generator, so a failure can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0007bell',
  'A\u0301\u0302\u0303',
  '\u202Eevil\u202C',
  '\uD800',
  '\uFFFF',
  '🇻🇳🧧'.repeat(50),
  'Nguyễn Văn A',
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '__proto__',
  'constructor',
  'x'.repeat(70_000),
  'ạ'.repeat(5000),
  '\r\nSet-Cookie: a=b',
  'null',
  'NaN',
  '-1',
  '1e309',
  '0x10',
];
export const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [null],
  {},
  { a: { b: { c: {} } } },
  ...ODD_STRINGS,
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
];
