import { type SqlToken, tokenize } from '../sql-tokens.js';

/**
 * The unit spellings extract() understands that PostgreSQL 15's lexer reads as keywords other than
 * the six its grammar lists (`extract_arg: IDENT | YEAR_P | MONTH_P | DAY_P | HOUR_P | MINUTE_P |
 * SECOND_P | Sconst`): `dec` (DECADE's abbreviation) is the column-name keyword DEC, so
 * `extract(dec FROM ts)` is a syntax error there, while pg-mem's parser takes it as any name and
 * answered the decade. Quoted (`"dec"`) or as a string it is a unit in both. Other keywords are no
 * unit the engine computes: the analysis refuses them.
 */
const KEYWORD_UNITS = new Set(['dec']);

const isWord = (token: SqlToken | undefined, word: string): boolean =>
  token?.kind === 'word' && token.value === word;

/** The keyword written as extract()'s field, as written, with its 1-based position; undefined if none. */
export function extractFieldSyntaxError(
  text: string,
): { readonly near: string; readonly position: number } | undefined {
  if (!/\bextract\b/i.test(text)) return undefined;
  const tokens = tokenize(text);
  for (const [index, token] of tokens.entries()) {
    const field = tokens[index + 2];
    if (
      isWord(token, 'extract') &&
      tokens[index + 1]?.kind === 'punct' &&
      tokens[index + 1]?.value === '(' &&
      field?.kind === 'word' &&
      KEYWORD_UNITS.has(field.value) &&
      isWord(tokens[index + 3], 'from')
    )
      return { near: text.slice(field.start, field.end), position: field.start + 1 };
  }
  return undefined;
}
