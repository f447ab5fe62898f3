// PostgreSQL 15's reading of an array literal's braces, shared by both engines: pg-mem's array
// input (pg-mem/array-input.ts) and PGlite's 15 error details (pglite/pg15-errors.ts).

/** The states of PostgreSQL 15's ArrayCount (arrayfuncs.c), the check array_in makes first. */
export type ArrayCountState =
  | 'noLevel'
  | 'levelStarted'
  | 'elemStarted'
  | 'quotedElemStarted'
  | 'quotedElemCompleted'
  | 'elemDelimited'
  | 'levelCompleted';

// array_isspace: the C locale's isspace.
export const isArraySpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f';

/** PostgreSQL 15's MAXDIM: the most dimensions an array may have. */
const MAX_DIMENSIONS = 6;

/**
 * The detail PostgreSQL 15's ArrayCount (arrayfuncs.c) gives for the braces of an array literal of
 * any number of dimensions (read from its first `{`, past any `[1:2]=` decoration), or undefined
 * when it accepts them. 17 rewrote array_in: its reports for some malformed literals differ
 * ("Incorrectly quoted array element.", a dimension mismatch where 15 found an unexpected
 * character, `{{}}` accepted), and this gives 15's; `delimiter` is the element type's typdelim.
 */
export function pg15ArrayShapeDetail(literal: string, delimiter = ','): string | undefined {
  const start = literal.indexOf('{');
  if (start < 0) return undefined;
  const text = literal.slice(start);
  // (ArrayCount also accepts ARRAY_ELEM_COMPLETED where an element may end, a state it never enters.)
  type Shape = ArrayCountState | 'levelDelimited';
  let state: Shape = 'noLevel';
  let inQuotes = false;
  let nesting = 0;
  // ArrayCount's nelems and nelems_last: elements seen at each level, and at its previous sub-array.
  const elements: number[] = Array.from({ length: MAX_DIMENSIONS }, () => 1);
  const lastElements: number[] = Array.from({ length: MAX_DIMENSIONS }, () => 0);
  const unexpected = (char: string) => `Unexpected "${char}" character.`;
  let i = 0;
  for (; ; i++) {
    const char = text[i];
    if (char === undefined) return 'Unexpected end of input.';
    if (char === '\\') {
      if (
        state !== 'levelStarted' &&
        state !== 'elemStarted' &&
        state !== 'quotedElemStarted' &&
        state !== 'elemDelimited'
      )
        return unexpected('\\');
      if (state !== 'quotedElemStarted') state = 'elemStarted';
      if (i + 1 >= text.length) return 'Unexpected end of input.';
      i++;
    } else if (char === '"') {
      if (state !== 'levelStarted' && state !== 'quotedElemStarted' && state !== 'elemDelimited')
        return 'Unexpected array element.';
      inQuotes = !inQuotes;
      state = inQuotes ? 'quotedElemStarted' : 'quotedElemCompleted';
    } else if (inQuotes) {
    } else if (char === '{') {
      if (state !== 'noLevel' && state !== 'levelStarted' && state !== 'levelDelimited')
        return unexpected('{');
      // Past MAXDIM PostgreSQL raises 54000, not a malformed literal: not this function's to say.
      if (nesting >= MAX_DIMENSIONS) return undefined;
      state = 'levelStarted';
      nesting++;
    } else if (char === '}') {
      if (
        state !== 'elemStarted' &&
        state !== 'quotedElemCompleted' &&
        state !== 'levelCompleted' &&
        !(nesting === 1 && state === 'levelStarted')
      )
        return unexpected('}');
      state = 'levelCompleted';
      if (nesting === 0) return 'Unmatched "}" character.';
      nesting--;
      const count = elements[nesting] ?? 1;
      if (lastElements[nesting] !== 0 && count !== lastElements[nesting])
        return 'Multidimensional arrays must have sub-arrays with matching dimensions.';
      lastElements[nesting] = count;
      elements[nesting] = 1;
      if (nesting === 0) break;
    } else if (char === delimiter) {
      if (state !== 'elemStarted' && state !== 'quotedElemCompleted' && state !== 'levelCompleted')
        return unexpected(delimiter);
      state = state === 'levelCompleted' ? 'levelDelimited' : 'elemDelimited';
      elements[nesting - 1] = (elements[nesting - 1] ?? 1) + 1;
    } else if (!isArraySpace(char)) {
      if (state !== 'levelStarted' && state !== 'elemStarted' && state !== 'elemDelimited')
        return 'Unexpected array element.';
      state = 'elemStarted';
    }
  }
  for (let j = i + 1; j < text.length; j++) {
    if (!isArraySpace(text[j])) return 'Junk after closing right brace.';
  }
  return undefined;
}

/** PostgreSQL 15's error for an array literal its ArrayCount refuses. */
export interface MalformedArrayError {
  readonly code: '22P02';
  readonly message: string;
  readonly detail: string;
}

/**
 * 15's 22P02 for text read as an array (of any element type whose delimiter is `,`) when its braces
 * are malformed, else undefined. 15 checks the braces before it reads any element, so this error
 * comes first; 17's array_in reads elements as it goes and reports the first bad element instead
 * (`'{1.5,}'::int2[]`: 15 "malformed array literal", 17 "invalid input syntax for type smallint").
 * Only text that opens as an array can be (`{` or a `[1:2]=` decoration): other text is another
 * type's to refuse.
 */
export function pg15MalformedArray(text: string): MalformedArrayError | undefined {
  if (!/^\s*[{[]/.test(text)) return undefined;
  const detail = pg15ArrayShapeDetail(text);
  // 15's ArrayCount names the text it read: from the first brace, past leading spaces and dimensions.
  const read = text.slice(text.indexOf('{'));
  return detail === undefined
    ? undefined
    : { code: '22P02', message: `malformed array literal: "${read}"`, detail };
}

// A JSON object's text (`{"a": 1}`) opens as an array would: ArrayCount refuses it, but it is
// nobody's array, and checking it would cost every JSON value a look at the statement's types.
const JSON_OBJECT = /^\s*\{\s*"(?:[^"\\]|\\.)*"\s*:/;

/** Text bound or stored where an array may be read: worth a check (pg15MalformedArray) when true. */
export function mayBeMalformedArray(text: string): boolean {
  return /^\s*[{[]/.test(text) && !JSON_OBJECT.test(text) && pg15ArrayShapeDetail(text) !== undefined;
}

// An element of a well-formed one-dimensional array literal inside SQL text: quoted, or bare.
const ELEMENT = String.raw`(?:"(?:[^"\\']|\\.)*"|[^{},"\\'\s](?:[^{},"\\']*[^{},"\\'\s])?)`;

/**
 * A string literal in SQL text that opens with `{` and is neither a JSON object nor a well-formed
 * one-dimensional array: what a statement prefilter sends on to a closer look.
 */
export const MAYBE_MALFORMED_ARRAY_LITERAL = new RegExp(
  String.raw`'\s*\{(?!\s*"(?:[^"\\']|\\.)*"\s*:)(?!\s*(?:${ELEMENT}\s*(?:,\s*${ELEMENT}\s*)*)?\}\s*')`,
);
