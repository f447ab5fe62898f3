import { isArraySpace, pg15ArrayShapeDetail } from '../array-literal-shape.js';
import { pgError, refuse } from './refusal.js';

/**
 * The elements of a one-dimensional array in PostgreSQL's text input form, read as PostgreSQL 15's
 * array_in reads them: unquoted elements trimmed of whitespace, an unquoted NULL (any case) a
 * NULL, backslash escapes honoured, quoted elements kept as written. Malformed input raises
 * PostgreSQL's 22P02 with its detail (array-literal-shape.ts, shared with the PGlite engine), of
 * any number of dimensions; well-formed multidimensional input and dimension decorations
 * (`[1:2]={...}`) are refused. The elements still need the element type's input function.
 */
export function arrayElements(text: string): (string | null)[] {
  const malformed = (detail: string) => pgError('22P02', `malformed array literal: "${text}"`, { detail });
  let start = 0;
  while (isArraySpace(text[start])) start++;
  if (text[start] === '[') throw refuse('an array literal with dimension decorations ([1:2]={...})');
  if (text[start] !== '{') throw malformed('Array value must start with "{" or dimension information.');
  const detail = pg15ArrayShapeDetail(text.slice(start));
  if (detail !== undefined) throw malformed(detail);
  return readElements(text.slice(start + 1, closingBrace(text, start)));
}

/**
 * The index of the brace that closes the literal's one level (its shape already checked by
 * PostgreSQL 15's ArrayCount); a second level of braces is refused.
 */
function closingBrace(text: string, start: number): number {
  let inQuotes = false;
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === '{') throw refuse('a multidimensional array literal');
    else if (char === '}') return i;
  }
  return text.length;
}

/** ReadArrayStr for one dimension: the text between the braces, its shape already checked. */
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
    } else if (isArraySpace(char)) {
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
