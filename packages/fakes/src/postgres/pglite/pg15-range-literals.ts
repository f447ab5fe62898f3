import type { SqlToken } from '../sql-tokens.js';
import { NEWER_INTEGER, NEWER_NUMERIC } from './pg15-catalog.js';

// Structured constants (ranges, multiranges, ARRAY[...] elements, records) whose parts only 16+
// reads as numbers: each part goes to its type's input function, which 16 widened.

/**
 * Range and multirange constants whose bounds only 16+ reads (`'[0x10,20)'::int4range`,
 * `'{[1_000,2_000)}'::int4multirange`, `int4range('0x1', '5')`): range_in hands each bound to the
 * subtype's input function, which 16 widened to hex, octal and binary integers and `_` between
 * digits; 15 raises 22P02 naming the bound while it analyses the statement. Only the built-in
 * range types are known here by name; a user's range type is the catalog's to say.
 */
const RANGE_SUBTYPES: Readonly<Record<string, { readonly type: string; readonly pattern: RegExp }>> = {
  int4range: { type: 'integer', pattern: NEWER_INTEGER },
  int8range: { type: 'bigint', pattern: NEWER_INTEGER },
  numrange: { type: 'numeric', pattern: NEWER_NUMERIC },
  int4multirange: { type: 'integer', pattern: NEWER_INTEGER },
  int8multirange: { type: 'bigint', pattern: NEWER_INTEGER },
  nummultirange: { type: 'numeric', pattern: NEWER_NUMERIC },
};
const RANGE_CONSTRUCTORS = new Set(['int4range', 'int8range', 'numrange']);
/** A bound both 15 and 16+ read as a number: a later bound is then the one that decides. */
const PLAIN_NUMBER =
  /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$|^\s*[+-]?(?:nan|infinity|inf)\s*$/i;

const isWord = (token: SqlToken | undefined, word: string): boolean =>
  token?.kind === 'word' && token.value === word;
const isPunct = (token: SqlToken | undefined, char: string): boolean =>
  token?.kind === 'punct' && token.value === char;

/** The bound 15 refuses in the string literal at `index` and the type it names, if any. */
export function rangeLiteralBound(
  tokens: readonly SqlToken[],
  index: number,
  content: string,
): { type: string; text: string } | undefined {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  let name: string | undefined;
  if (isPunct(next, '::')) name = rangeName(tokens, index + 2);
  else if (isPunct(previous, '(') && isWord(tokens[index - 2], 'cast') && isWord(next, 'as'))
    name = rangeName(tokens, index + 2);
  else if (previous?.kind === 'word' && RANGE_SUBTYPES[previous.value] && !isPunct(tokens[index - 2], '.'))
    name = previous.value;
  const subtype = name === undefined ? undefined : RANGE_SUBTYPES[name];
  if (subtype && name) {
    const bounds = name.endsWith('multirange') ? multirangeBounds(content) : rangeBounds(content, 0)?.bounds;
    const text = bounds && firstNewer(bounds, subtype.pattern);
    return text === undefined ? undefined : { type: subtype.type, text };
  }
  // A bound given to a range constructor: an untyped constant read as the subtype.
  const call = constructorOf(tokens, index);
  const ctor = call === undefined ? undefined : RANGE_SUBTYPES[call];
  if (!ctor || !(isPunct(next, ',') || isPunct(next, ')'))) return undefined;
  return ctor.pattern.test(content) ? { type: ctor.type, text: content } : undefined;
}

/** Integral and numeric type names a cast may give an ARRAY[...] constructor, as 15 names them. */
const ELEMENT_TYPES: Readonly<Record<string, { readonly type: string; readonly pattern: RegExp }>> = {
  int: { type: 'integer', pattern: NEWER_INTEGER },
  integer: { type: 'integer', pattern: NEWER_INTEGER },
  int4: { type: 'integer', pattern: NEWER_INTEGER },
  int8: { type: 'bigint', pattern: NEWER_INTEGER },
  bigint: { type: 'bigint', pattern: NEWER_INTEGER },
  int2: { type: 'smallint', pattern: NEWER_INTEGER },
  smallint: { type: 'smallint', pattern: NEWER_INTEGER },
  numeric: { type: 'numeric', pattern: NEWER_NUMERIC },
  decimal: { type: 'numeric', pattern: NEWER_NUMERIC },
};

/**
 * An untyped element of an ARRAY[...] constructor read as an integer or numeric: the cast after it
 * names the element type (`ARRAY['0x1F']::int[]`, which hands the type to the constructor), or its
 * other elements are integers alone (`ARRAY[1, '1_000']`). 15's input error, if the text is one
 * only 16+ reads.
 */
export function arrayConstructorElement(
  tokens: readonly SqlToken[],
  index: number,
  content: string,
): { type: string; text: string } | undefined {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!(isPunct(before, '[') || isPunct(before, ',')) || !(isPunct(after, ',') || isPunct(after, ']')))
    return undefined;
  let open = index - 1;
  for (let depth = 0; open >= 0; open -= 1) {
    const token = tokens[open];
    if (isPunct(token, ']') || isPunct(token, ')')) depth += 1;
    else if (isPunct(token, '[') || isPunct(token, '(')) {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  if (!isPunct(tokens[open], '[') || !isWord(tokens[open - 1], 'array')) return undefined;
  let close = open + 1;
  const siblings: SqlToken[] = [];
  for (let depth = 0; close < tokens.length; close += 1) {
    const token = tokens[close];
    if (isPunct(token, '[') || isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ']') || isPunct(token, ')')) {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && token && !isPunct(token, ',')) siblings.push(token);
  }
  const cast = isPunct(tokens[close + 1], '::') && isPunct(tokens[close + 3], '[');
  const named = cast ? tokens[close + 2] : undefined;
  let element = named?.kind === 'word' ? ELEMENT_TYPES[named.value] : undefined;
  if (!cast) {
    // Integers beside untyped strings: the elements' common type is integer (or bigint).
    const integers = siblings.filter((token) => token.kind === 'number');
    const plain = siblings.every(
      (token) => (token.kind === 'string' && token.value.startsWith("'")) || /^\d+$/.test(token.value),
    );
    if (integers.length > 0 && plain)
      element = integers.some((token) => Number(token.value) > 2147483647)
        ? ELEMENT_TYPES.bigint
        : ELEMENT_TYPES.int;
  }
  return element?.pattern.test(content) ? { type: element.type, text: content } : undefined;
}

/** The range type named at `at` (`int4range`, `pg_catalog.int4range`), not an array of one. */
function rangeName(tokens: readonly SqlToken[], at: number): string | undefined {
  let name = tokens[at];
  let after = at + 1;
  if (isWord(name, 'pg_catalog') && isPunct(tokens[at + 1], '.')) {
    name = tokens[at + 2];
    after = at + 3;
  }
  if (name?.kind !== 'word' || isPunct(tokens[after], '[')) return undefined;
  return RANGE_SUBTYPES[name.value] ? name.value : undefined;
}

/** The range constructor whose direct argument (the first two) the literal at `index` is. */
function constructorOf(tokens: readonly SqlToken[], index: number): string | undefined {
  const before = tokens[index - 1];
  let open = index - 1;
  if (isPunct(before, ',')) {
    const first = tokens[index - 2];
    if (first?.kind !== 'string' && first?.kind !== 'number') return undefined;
    open = index - 3;
  }
  if (!isPunct(tokens[open], '(')) return undefined;
  const name = tokens[open - 1];
  if (name?.kind !== 'word' || !RANGE_CONSTRUCTORS.has(name.value) || isPunct(tokens[open - 2], '.'))
    return undefined;
  return name.value;
}

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
