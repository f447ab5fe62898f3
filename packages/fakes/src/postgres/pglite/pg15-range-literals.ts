import { NEWER_INTEGER, NEWER_NUMERIC } from './pg15-catalog.js';

// Structured values (ranges, multiranges, records) bound as parameters whose parts only 16+ reads
// as numbers. Constants are the server's: range_in hands each bound to the subtype's input
// function, which pg15-type-input.ts stands in for.

/**
 * Range and multirange values whose bounds only 16+ reads (`'[0x10,20)'` as an int4range): 16
 * widened the subtype's input to hex, octal and binary integers and `_` between digits; 15 raises
 * 22P02 naming the bound. Only the built-in range types are known here by name.
 */
const RANGE_SUBTYPES: Readonly<Record<string, { readonly type: string; readonly pattern: RegExp }>> = {
  int4range: { type: 'integer', pattern: NEWER_INTEGER },
  int8range: { type: 'bigint', pattern: NEWER_INTEGER },
  numrange: { type: 'numeric', pattern: NEWER_NUMERIC },
  int4multirange: { type: 'integer', pattern: NEWER_INTEGER },
  int8multirange: { type: 'bigint', pattern: NEWER_INTEGER },
  nummultirange: { type: 'numeric', pattern: NEWER_NUMERIC },
};
/** A bound both 15 and 16+ read as a number: a later bound is then the one that decides. */
const PLAIN_NUMBER =
  /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$|^\s*[+-]?(?:nan|infinity|inf)\s*$/i;

/** The first bound 16+ reads and 15 refuses, unless an earlier one fails on both alike. */
function firstNewer(bounds: readonly string[], pattern: RegExp): string | undefined {
  for (const bound of bounds) {
    if (pattern.test(bound)) return bound;
    if (!PLAIN_NUMBER.test(bound)) return undefined;
  }
  return undefined;
}

/**
 * The bounds of one range's text from `at` (range_parse: `empty`, or a bracket, two bounds split by
 * a comma, a bracket), as range_parse_bound reads them: quotes group, `""` inside quotes and a
 * backslash escape one character, an empty bound is infinite (left out here).
 */
function rangeBounds(text: string, at: number): { bounds: string[]; end: number } | undefined {
  let i = at;
  while (/\s/.test(text[i] ?? '')) i += 1;
  if (text.slice(i, i + 5).toLowerCase() === 'empty') return { bounds: [], end: i + 5 };
  if (text[i] !== '[' && text[i] !== '(') return undefined;
  i += 1;
  const bounds: string[] = [];
  for (const closers of [',', '])']) {
    let bound = '';
    let quoted = false;
    let written = false;
    while (i < text.length && (quoted || !closers.includes(text[i] ?? ''))) {
      const ch = text[i] ?? '';
      written = true;
      if (ch === '\\' && i + 1 < text.length) {
        bound += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === '"') {
        if (quoted && text[i + 1] === '"') {
          bound += '"';
          i += 2;
          continue;
        }
        quoted = !quoted;
        i += 1;
        continue;
      }
      bound += ch;
      i += 1;
    }
    if (i >= text.length) return undefined;
    if (written) bounds.push(bound);
    i += 1;
  }
  return { bounds, end: i };
}

/** The bounds of every range in a multirange's text (`{[1,2), empty, (3,)}`). */
function multirangeBounds(text: string): string[] | undefined {
  let i = 0;
  while (/\s/.test(text[i] ?? '')) i += 1;
  if (text[i] !== '{') return undefined;
  i += 1;
  const bounds: string[] = [];
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i += 1;
    if (text[i] === '}') return bounds;
    const range = rangeBounds(text, i);
    if (!range) return bounds;
    bounds.push(...range.bounds);
    i = range.end;
    while (/\s/.test(text[i] ?? '')) i += 1;
    if (text[i] === ',') i += 1;
    else return bounds;
  }
}

/** The built-in range and multirange types by OID (the same on 15 and 18), as named above. */
const RANGE_OIDS: ReadonlyMap<number, string> = new Map([
  [3904, 'int4range'],
  [3926, 'int8range'],
  [3906, 'numrange'],
  [4451, 'int4multirange'],
  [4536, 'int8multirange'],
  [4532, 'nummultirange'],
]);

/**
 * The bound 15 refuses in `value` bound as a parameter of the range or multirange type `oid`
 * (`'[0x1,5)'` as an int4range), with the subtype 15 names; undefined otherwise.
 */
export function refusedRangeParam(value: string, oid: number): { type: string; text: string } | undefined {
  const name = RANGE_OIDS.get(oid);
  const subtype = name === undefined ? undefined : RANGE_SUBTYPES[name];
  if (!name || !subtype) return undefined;
  const bounds = name.endsWith('multirange') ? multirangeBounds(value) : rangeBounds(value, 0)?.bounds;
  const text = bounds && firstNewer(bounds, subtype.pattern);
  return text === undefined ? undefined : { type: subtype.type, text };
}

/**
 * The fields of a composite value's text as record_in reads them (`(a,"b c",)`: quotes group, `""`
 * inside quotes and a backslash escape one character, whitespace is kept, an empty unquoted field
 * is NULL); undefined for text record_in refuses anyway.
 */
export function recordFields(text: string): (string | null)[] | undefined {
  let i = 0;
  while (/\s/.test(text[i] ?? '')) i += 1;
  if (text[i] !== '(') return undefined;
  i += 1;
  const fields: (string | null)[] = [];
  for (;;) {
    let field = '';
    let quoted = false;
    let written = false;
    while (i < text.length && (quoted || (text[i] !== ',' && text[i] !== ')'))) {
      const ch = text[i] ?? '';
      written = true;
      if (ch === '\\' && i + 1 < text.length) {
        field += text[i + 1];
        i += 2;
      } else if (ch === '"' && quoted && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = !quoted;
        i += 1;
      } else {
        field += ch;
        i += 1;
      }
    }
    if (i >= text.length) return undefined;
    fields.push(written ? field : null);
    if (text[i] === ')') return fields;
    i += 1;
  }
}
