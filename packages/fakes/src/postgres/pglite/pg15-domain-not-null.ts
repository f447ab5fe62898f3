import type { SqlToken } from '../sql-tokens.js';

/**
 * `CREATE DOMAIN d AS int NOT NULL NOT NULL`: 15 takes a repeated NOT NULL as the one it already
 * has; 18 refuses it (42P17 "redundant NOT NULL constraint definition"). The repeats after the
 * first are cut from the statement (a `NULL` beside them still conflicts, as on both). Spans to
 * remove, in the statement's text.
 */
export function redundantDomainNotNullEdits(
  tokens: readonly SqlToken[],
): { start: number; end: number; text: string }[] {
  const word = (token: SqlToken | undefined, value: string): boolean =>
    token?.kind === 'word' && token.value === value;
  if (!word(tokens[0], 'create') || !word(tokens[1], 'domain')) return [];
  const edits: { start: number; end: number; text: string }[] = [];
  let depth = 0;
  let seen = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'punct' && token.value === '(') depth += 1;
    else if (token.kind === 'punct' && token.value === ')') depth -= 1;
    const next = tokens[index + 1];
    // `x IS NOT NULL` in a DEFAULT is an expression, not a constraint.
    if (depth !== 0 || !word(token, 'not') || !word(next, 'null') || word(tokens[index - 1], 'is')) return;
    if (seen && next) edits.push({ start: token.start, end: next.end, text: '' });
    seen = true;
  });
  return edits;
}
