/**
 * How PostgreSQL 15 (64-bit Linux) reads text as an oid, xid, cid or xid8, beside how PGlite (17,
 * compiled to 32-bit WASM) reads it, and array dimension decorations (`'[1:0]={}'`).
 *
 * 15's oidin reads decimal with a 64-bit strtoul and keeps a value that fits 32 bits after either
 * unsigned or sign extension (so `-2147483649` is out of range, `18446744073709551615` is
 * 4294967295); 15's xidin and cidin are a bare `strtoul(text, NULL, 0)` truncated to 32 bits and
 * xid8in a bare strtoull: no error at all (`''` and `'abc'` are 0, `'4294967296'` is 0). 17 reads
 * all four with one range-checked parser (base 0), whose strtoul is 32 bits wide in WASM, so
 * `-2147483649` is 2147483647 there and anything past 32 bits is refused.
 *
 * Each reading below answers with the text PGlite reads as 15's value, or 15's error, where the
 * two differ; undefined where they agree.
 */

export type IdentifierType = 'oid' | 'xid' | 'cid' | 'xid8';

export interface IdentifierInputError {
  readonly code: '22P02' | '22003' | '2202E';
  readonly message: string;
}

/** What the fake does instead of PGlite's reading: bind or cast this text, or raise this error. */
export type Pg15Reading = { readonly text: string } | { readonly error: IdentifierInputError };

type Outcome = { readonly value: bigint } | { readonly error: IdentifierInputError };

const C_SPACE = /[ \t\n\v\f\r]/;

interface Strtoul {
  readonly value: bigint;
  /** Index just past the digits read (0 when none were, as C leaves endptr at the start). */
  readonly end: number;
  readonly overflow: boolean;
}

/** C's strtoul / strtoull on a `bits`-wide unsigned long: sign, base 0 or 10, saturation. */
function strtoul(text: string, base: 0 | 10, bits: 32 | 64): Strtoul {
  const max = (1n << BigInt(bits)) - 1n;
  let at = 0;
  while (C_SPACE.test(text[at] ?? '')) at += 1;
  let negative = false;
  if (text[at] === '+' || text[at] === '-') {
    negative = text[at] === '-';
    at += 1;
  }
  let radix: number = base === 0 ? 10 : base;
  if (base === 0 && text[at] === '0') {
    if (/[xX]/.test(text[at + 1] ?? '') && /[0-9a-fA-F]/.test(text[at + 2] ?? '')) {
      radix = 16;
      at += 2;
    } else radix = 8;
  }
  const digit = radix === 16 ? /[0-9a-fA-F]/ : radix === 8 ? /[0-7]/ : /[0-9]/;
  const start = at;
  let magnitude = 0n;
  while (digit.test(text[at] ?? '')) {
    magnitude = magnitude * BigInt(radix) + BigInt(Number.parseInt(text[at] ?? '0', radix));
    at += 1;
  }
  if (at === start) return { value: 0n, end: 0, overflow: false };
  if (magnitude > max) return { value: max, end: at, overflow: true };
  return { value: negative && magnitude !== 0n ? max + 1n - magnitude : magnitude, end: at, overflow: false };
}

const invalid = (type: string, text: string): Outcome => ({
  error: { code: '22P02', message: `invalid input syntax for type ${type}: "${text}"` },
});
const outOfRange = (type: string, text: string): Outcome => ({
  error: { code: '22003', message: `value "${text}" is out of range for type ${type}` },
});

function trailingJunk(text: string, end: number): boolean {
  return !/^[ \t\n\v\f\r]*$/.test(text.slice(end));
}

const UINT32 = (1n << 32n) - 1n;
const LONG_SIGN_EXTENDED = (1n << 64n) - (1n << 31n);

/** 15's oidin_subr: `withRest` is oidvector's reading, which leaves what follows to the caller. */
function pg15Oid(text: string, withRest: boolean): Outcome & { readonly end?: number } {
  if (text === '') return invalid('oid', text);
  const read = strtoul(text, 10, 64);
  if (read.end === 0) return invalid('oid', text);
  if (read.overflow) return outOfRange('oid', text);
  if (!withRest && trailingJunk(text, read.end)) return invalid('oid', text);
  if (read.value > UINT32 && read.value < LONG_SIGN_EXTENDED) return outOfRange('oid', text);
  return { value: read.value & UINT32, end: read.end };
}

/** 17's uint32in_subr / uint64in_subr as PGlite's WASM build runs them (32-bit strtoul). */
function pgliteUint(
  type: IdentifierType,
  text: string,
  withRest: boolean,
): Outcome & { readonly end?: number } {
  const read = strtoul(text, 0, type === 'xid8' ? 64 : 32);
  if (read.overflow) return outOfRange(type, text);
  if (read.end === 0) return invalid(type, text);
  if (!withRest && trailingJunk(text, read.end)) return invalid(type, text);
  return { value: read.value, end: read.end };
}

function pg15Outcome(type: IdentifierType, text: string): Outcome {
  if (type === 'oid') return pg15Oid(text, false);
  const read = strtoul(text, 0, 64);
  return { value: type === 'xid8' ? read.value : read.value & UINT32 };
}

function sameOutcome(left: Outcome, right: Outcome): boolean {
  if ('value' in left) return 'value' in right && left.value === right.value;
  return (
    'error' in right && left.error.code === right.error.code && left.error.message === right.error.message
  );
}

function reading(pg15: Outcome): Pg15Reading {
  return 'value' in pg15 ? { text: String(pg15.value) } : { error: pg15.error };
}

/** `text` as a scalar of `type`: what to do instead of PGlite's reading, or undefined when alike. */
export function pg15IdentifierInput(type: IdentifierType, text: string): Pg15Reading | undefined {
  const pg15 = pg15Outcome(type, text);
  return sameOutcome(pg15, pgliteUint(type, text, false)) ? undefined : reading(pg15);
}

/** Every element of an oidvector as one side reads it (each error names the text left from it). */
function vectorOutcome(
  text: string,
  element: (rest: string) => Outcome & { readonly end?: number },
): { readonly values: bigint[] } | { readonly error: IdentifierInputError } {
  const values: bigint[] = [];
  let at = 0;
  for (;;) {
    while (C_SPACE.test(text[at] ?? '')) at += 1;
    if (at >= text.length) return { values };
    const rest = text.slice(at);
    const read = element(rest);
    if ('error' in read) return read;
    values.push(read.value);
    at += read.end ?? rest.length;
  }
}

/** `text` as an oidvector (`'1 2 3'`): the elements PGlite reads as 15's, or 15's error. */
export function pg15OidVectorInput(text: string): Pg15Reading | undefined {
  const pg15 = vectorOutcome(text, (rest) => pg15Oid(rest, true));
  const pglite = vectorOutcome(text, (rest) => pgliteUint('oid', rest, true));
  if ('error' in pg15) {
    return 'error' in pglite && pglite.error.message === pg15.error.message
      ? undefined
      : { error: pg15.error };
  }
  if ('values' in pglite && pglite.values.join(' ') === pg15.values.join(' ')) return undefined;
  return { text: pg15.values.join(' ') };
}

/** A dimension decoration's bound as 15's atoi reads it: a 64-bit strtol truncated to 32 bits. */
function atoi(text: string): number {
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(text);
  const digits = match?.[2] ?? '';
  if (digits === '') return 0;
  let value = BigInt(digits) * (match?.[1] === '-' ? -1n : 1n);
  const longMax = (1n << 63n) - 1n;
  if (value > longMax) value = longMax;
  if (value < -longMax - 1n) value = -longMax - 1n;
  return Number(BigInt.asIntN(32, value));
}

const DECORATION = /^(\s*)((?:\[[^\]]*\]\s*)+)=/;
const DIMENSION = /\[([^\]:]*)(?::([^\]]*))?\]/g;

/**
 * An array's text with dimension decorations (`'[1:0]={}'`, `'[1:2147483648]={1}'`) as 15 reads
 * them: 15 refuses an upper bound below the lower one (2202E) before it reads the elements, where
 * 17 takes `[1:0]` as an empty dimension and refuses a bound past 32 bits (54000); 15 truncates such
 * a bound (`[4294967297:4294967297]` is `[1:1]`). 15's error, or the text with each bound as 15
 * reads it; undefined when there is no decoration of digits alone or it reads alike.
 */
export function pg15ArrayDimensions(text: string): Pg15Reading | undefined {
  const decoration = DECORATION.exec(text);
  if (!decoration) return undefined;
  const dimensions = [...(decoration[2] ?? '').matchAll(DIMENSION)];
  const bound = /^[+-]?\d+$/;
  if (
    dimensions.some(
      ([, lower, upper]) => !bound.test(lower ?? '') || (upper !== undefined && !bound.test(upper)),
    )
  )
    return undefined;
  const read = dimensions.map(([, first, second]) =>
    second === undefined ? [1, atoi(first ?? '')] : [atoi(first ?? ''), atoi(second)],
  );
  if (read.some(([lower = 0, upper = 0]) => upper < lower)) {
    return { error: { code: '2202E', message: 'upper bound cannot be less than lower bound' } };
  }
  const written = dimensions.map(([, first, second]) =>
    second === undefined ? [1, Number(first)] : [Number(first), Number(second)],
  );
  if (written.every(([lower, upper], index) => lower === read[index]?.[0] && upper === read[index]?.[1]))
    return undefined;
  const rewritten = read.map(([lower, upper]) => `[${lower}:${upper}]`).join('');
  return { text: `${decoration[1] ?? ''}${rewritten}=${text.slice(decoration[0].length)}` };
}

/**
 * `text` as an array of `type` (`'{1,-2147483649}'::oid[]`): the text PGlite reads as 15's
 * elements, or 15's error for the first one it refuses. Only unquoted elements are read here;
 * an array with quotes or backslashes is left alone.
 */
export function pg15IdentifierArrayInput(type: IdentifierType, text: string): Pg15Reading | undefined {
  if (/["\\]/.test(text)) return undefined;
  const open = text.indexOf('{');
  if (open === -1) return undefined;
  let error: IdentifierInputError | undefined;
  let changed = false;
  const body = text.slice(open).replace(/[^{},\s]+(?:\s+[^{},\s]+)*/g, (element) => {
    if (error || /^null$/i.test(element)) return element;
    const read = pg15IdentifierInput(type, element);
    if (!read) return element;
    if ('error' in read) {
      error = read.error;
      return element;
    }
    changed = true;
    return read.text;
  });
  if (error) return { error };
  return changed ? { text: text.slice(0, open) + body } : undefined;
}

/** Identifier types and their arrays by type OID, for parameters: [type, shape]. */
export const IDENTIFIER_TYPE_OIDS: ReadonlyMap<
  number,
  readonly [IdentifierType, 'scalar' | 'array' | 'vector']
> = new Map([
  [26, ['oid', 'scalar']],
  [28, ['xid', 'scalar']],
  [29, ['cid', 'scalar']],
  [5069, ['xid8', 'scalar']],
  [1028, ['oid', 'array']],
  [1011, ['xid', 'array']],
  [1012, ['cid', 'array']],
  [271, ['xid8', 'array']],
  [30, ['oid', 'vector']],
] as const);

/** `text` read as a value of `shape` of `type`, as above. */
export function pg15IdentifierReading(
  type: IdentifierType,
  shape: 'scalar' | 'array' | 'vector',
  text: string,
): Pg15Reading | undefined {
  if (shape === 'vector') return pg15OidVectorInput(text);
  if (shape === 'array') return pg15IdentifierArrayInput(type, text);
  return pg15IdentifierInput(type, text);
}

/**
 * A cheap test that a parameter's or column value's text may read otherwise on 15 as one of these
 * types by its range: ten digits or more (past 31 bits). (Junk after a number, which 15's xid and
 * cid ignore, is left to PGlite there: worth no catalog look-up for every such text.)
 */
export const IDENTIFIER_HINT = /\d{10}/;
