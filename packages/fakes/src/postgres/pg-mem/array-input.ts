import { pgError, refuse } from './refusal.js';

/** The states of PostgreSQL 15's ArrayCount (arrayfuncs.c), the check array_in makes first. */
type State =
  | 'noLevel'
  | 'levelStarted'
  | 'elemStarted'
  | 'quotedElemStarted'
  | 'quotedElemCompleted'
  | 'elemDelimited'
  | 'levelCompleted';

// array_isspace: the C locale's isspace.
const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\v' || char === '\f';

/**
 * The elements of a one-dimensional array in PostgreSQL's text input form, read as PostgreSQL 15's
 * array_in reads them: unquoted elements trimmed of whitespace, an unquoted NULL (any case) a
 * NULL, backslash escapes honoured, quoted elements kept as written. Malformed input raises
 * PostgreSQL's 22P02 with its detail; multidimensional input and dimension decorations
 * (`[1:2]={...}`) are refused. The elements still need the element type's input function.
 */
export function arrayElements(text: string): (string | null)[] {
  const malformed = (detail: string) => pgError('22P02', `malformed array literal: "${text}"`, { detail });
  let start = 0;
  while (isSpace(text[start])) start++;
  if (text[start] === '[') throw refuse('an array literal with dimension decorations ([1:2]={...})');
  if (text[start] !== '{') throw malformed('Array value must start with "{" or dimension information.');
  const end = checkShape(text, start, malformed);
  return readElements(text.slice(start + 1, end));
}

/**
 * ArrayCount's checks, for one dimension: returns the index of the closing brace. A second level
 * of braces is refused where PostgreSQL would start reading one.
 */
function checkShape(text: string, start: number, malformed: (detail: string) => Error): number {
  let state: State = 'noLevel';
  let inQuotes = false;
  let i = start;
  for (; ; i++) {
    const char = text[i];
    if (char === undefined) throw malformed('Unexpected end of input.');
    if (char === '\\') {
      if (
        state !== 'levelStarted' &&
        state !== 'elemStarted' &&
        state !== 'quotedElemStarted' &&
        state !== 'elemDelimited'
      ) {
        throw malformed('Unexpected "\\" character.');
      }
      if (state !== 'quotedElemStarted') state = 'elemStarted';
      if (i + 1 >= text.length) throw malformed('Unexpected end of input.');
      i++;
    } else if (char === '"') {
      if (state !== 'levelStarted' && state !== 'quotedElemStarted' && state !== 'elemDelimited') {
        throw malformed('Unexpected array element.');
      }
      inQuotes = !inQuotes;
      state = inQuotes ? 'quotedElemStarted' : 'quotedElemCompleted';
    } else if (inQuotes) {
    } else if (char === '{') {
      if (state !== 'noLevel' && state !== 'levelStarted') throw malformed('Unexpected "{" character.');
      if (state === 'levelStarted') throw refuse('a multidimensional array literal');
      state = 'levelStarted';
    } else if (char === '}') {
      if (state !== 'elemStarted' && state !== 'quotedElemCompleted' && state !== 'levelStarted') {
        throw malformed('Unexpected "}" character.');
      }
      break;
    } else if (char === ',') {
      if (state !== 'elemStarted' && state !== 'quotedElemCompleted')
        throw malformed('Unexpected "," character.');
      state = 'elemDelimited';
    } else if (!isSpace(char)) {
      if (state !== 'levelStarted' && state !== 'elemStarted' && state !== 'elemDelimited') {
        throw malformed('Unexpected array element.');
      }
      state = 'elemStarted';
    }
  }
  for (let j = i + 1; j < text.length; j++) {
    if (!isSpace(text[j])) throw malformed('Junk after closing right brace.');
  }
  return i;
}

/** ReadArrayStr for one dimension: the text between the braces, already checked by checkShape. */
function readElements(body: string): (string | null)[] {
  const elements: (string | null)[] = [];
  if (/^[ \t\n\r\v\f]*$/.test(body)) return elements;
  let value = '';
  let kept = 0; // the length of value without its trailing unquoted whitespace
  let leadingSpace = true;
  let quoting = false;
  let inQuotes = false;
  const finish = () => {
    const item = value.slice(0, kept);
    elements.push(!quoting && item.toUpperCase() === 'NULL' ? null : item);
    value = '';
    kept = 0;
    leadingSpace = true;
    quoting = false;
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '\\') {
      value += body[++i];
      kept = value.length;
      leadingSpace = false;
      quoting = true;
    } else if (char === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) leadingSpace = false;
      else kept = value.length;
      quoting = true;
    } else if (inQuotes) {
      value += char;
    } else if (char === ',') {
      finish();
    } else if (isSpace(char)) {
      if (!leadingSpace) value += char;
    } else {
      value += char;
      kept = value.length;
      leadingSpace = false;
    }
  }
  finish();
  return elements;
}

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
  type Shape = State | 'levelDelimited';
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
    } else if (!isSpace(char)) {
      if (state !== 'levelStarted' && state !== 'elemStarted' && state !== 'elemDelimited')
        return 'Unexpected array element.';
      state = 'elemStarted';
    }
  }
  for (let j = i + 1; j < text.length; j++) {
    if (!isSpace(text[j])) return 'Junk after closing right brace.';
  }
  return undefined;
}
