/**
 * A lexer just precise enough to tell SQL's words, numbers and punctuation from the text inside
 * string literals, quoted identifiers, dollar-quoted bodies and comments, as PostgreSQL's own
 * scanner does (standard_conforming_strings on, the server default).
 */
export type SqlTokenKind = 'word' | 'quoted' | 'number' | 'string' | 'param' | 'punct' | 'op';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  /** Offset of the first character in the text (UTF-16 units). */
  readonly start: number;
  readonly end: number;
  /** Words folded to lower case, as PostgreSQL folds an unquoted identifier; others as written. */
  readonly value: string;
}

/** PostgreSQL's identifier start: a letter, `_` or any non-ASCII character. */
const isIdentStart = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 128;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
const IDENT_REST = /[A-Za-z0-9_$\u0080-\uffff]*/y;
/** PostgreSQL 16+'s numeric literal (non-decimal integers, `_` between digits), longest first. */
const NUMBER =
  /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?/y;
const DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
const PARAM = /\$\d+/y;
const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** The end of a quoted run that starts at `at` (the opening quote), `""`/`''` being an escaped quote. */
function quotedEnd(text: string, at: number, quote: string, backslashEscapes: boolean): number {
  let index = at + 1;
  while (index < text.length) {
    const char = text[index];
    if (backslashEscapes && char === '\\') {
      index += 2;
    } else if (char === quote) {
      if (text[index + 1] !== quote) return index + 1;
      index += 2;
    } else {
      index += 1;
    }
  }
  return text.length;
}

function commentEnd(text: string, at: number): number | undefined {
  if (text.startsWith('--', at)) {
    const newline = text.indexOf('\n', at);
    return newline === -1 ? text.length : newline + 1;
  }
  if (!text.startsWith('/*', at)) return undefined;
  return blockCommentEnd(text, at) ?? text.length;
}

/** Where the block comment opening at `at` ends (PostgreSQL's nest); undefined when it never closes. */
export function blockCommentEnd(text: string, at: number): number | undefined {
  let depth = 0;
  let index = at;
  while (index < text.length) {
    if (text.startsWith('/*', index)) {
      depth += 1;
      index += 2;
    } else if (text.startsWith('*/', index)) {
      depth -= 1;
      index += 2;
      if (depth === 0) return index;
    } else {
      index += 1;
    }
  }
  return undefined;
}

/** The tokens of `text`; comments and white space are left out. */
export function tokenize(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let index = 0;
  const push = (kind: SqlTokenKind, start: number, end: number, value = text.slice(start, end)): void => {
    tokens.push({ kind, start, end, value });
    index = end;
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index += 1;
      continue;
    }
    const comment = code === 45 || code === 47 ? commentEnd(text, index) : undefined;
    if (comment !== undefined) {
      index = comment;
      continue;
    }
    const next = text[index + 1];
    if (char === "'") {
      push('string', index, quotedEnd(text, index, "'", false));
    } else if ((char === 'e' || char === 'E') && next === "'") {
      push('string', index, quotedEnd(text, index + 1, "'", true));
    } else if (next === "'" && 'bBxXnN'.includes(char)) {
      push('string', index, quotedEnd(text, index + 1, "'", false));
    } else if (
      (char === 'u' || char === 'U') &&
      next === '&' &&
      (text[index + 2] === "'" || text[index + 2] === '"')
    ) {
      const quote = text[index + 2] ?? "'";
      push(quote === '"' ? 'quoted' : 'string', index, quotedEnd(text, index + 2, quote, false));
    } else if (char === '"') {
      const end = quotedEnd(text, index, '"', false);
      push('quoted', index, end, text.slice(index + 1, end - 1).replaceAll('""', '"'));
    } else if (isIdentStart(code)) {
      const rest = matchAt(IDENT_REST, text, index + 1) ?? '';
      const end = index + 1 + rest.length;
      push('word', index, end, text.slice(index, end).toLowerCase());
    } else if (char === '$') {
      const param = matchAt(PARAM, text, index);
      const tag = param ? undefined : matchAt(DOLLAR_TAG, text, index);
      if (param) {
        push('param', index, index + param.length);
      } else if (tag) {
        const close = text.indexOf(tag, index + tag.length);
        push('string', index, close === -1 ? text.length : close + tag.length);
      } else {
        push('op', index, index + 1);
      }
    } else if (isDigit(code) || (char === '.' && isDigit(text.charCodeAt(index + 1)))) {
      const number = matchAt(NUMBER, text, index) ?? char;
      push('number', index, index + number.length);
    } else if (char === ':' && next === ':') {
      push('punct', index, index + 2);
    } else if (OPERATOR_CHARS.includes(char)) {
      push('op', index, index + 1);
    } else {
      push('punct', index, index + 1);
    }
  }
  return tokens;
}

/** An identifier character right after a number: what PostgreSQL 15's scanner reports as trailing junk. */
const IDENT_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
/** The number PostgreSQL 15's scanner reads: digits, a fraction, an exponent (no 0x, no underscores). */
const PG15_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT_RUN = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/;

/**
 * A numeric literal glued to identifier characters (`123abc`, `0x1F`, `1_000`), which PostgreSQL 15
 * rejects while scanning ("trailing junk after numeric literal at or near ..."), before anything runs:
 * the junk as it reports it and its 1-based position, or undefined.
 */
export function numericTrailingJunk(
  text: string,
): { readonly junk: string; readonly position: number } | undefined {
  if (!/\d[A-Za-z_$\u0080-\uffff]/.test(text)) return undefined;
  for (const token of tokenize(text)) {
    if (token.kind !== 'number') continue;
    const number = PG15_NUMBER.exec(text.slice(token.start))?.[0] ?? '';
    if (number === '' || !IDENT_CHAR.test(text[token.start + number.length] ?? '')) continue;
    const rest = IDENT_RUN.exec(text.slice(token.start + number.length))?.[0];
    if (rest) return { junk: number + rest, position: token.start + 1 };
  }
  return undefined;
}
