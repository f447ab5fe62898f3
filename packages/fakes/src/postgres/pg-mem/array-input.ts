import { type ArrayCountState, isArraySpace } from '../array-literal-shape.js';
import { pgError, refuse } from './refusal.js';

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
  while (isArraySpace(text[start])) start++;
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
  let state: ArrayCountState = 'noLevel';
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
    } else if (!isArraySpace(char)) {
      if (state !== 'levelStarted' && state !== 'elemStarted' && state !== 'elemDelimited') {
        throw malformed('Unexpected array element.');
      }
      state = 'elemStarted';
    }
  }
  for (let j = i + 1; j < text.length; j++) {
    if (!isArraySpace(text[j])) throw malformed('Junk after closing right brace.');
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
