import type { FakePostgresError } from '../fake-postgres-error.js';
import { tokenize } from '../sql-tokens.js';
import { refuse } from './refusal.js';

/**
 * The deepest bracket nesting pg-mem is trusted with. PostgreSQL 15's parser answers `((...1...))`
 * up to about 9,990 levels and fails with 42601 "memory exhausted" from about 10,000 (its grammar's
 * stack, so the exact depth depends on what surrounds the brackets); pg-mem parses on and answers.
 * Well below that boundary, where both answer the same, the fake refuses instead of guessing it.
 */
export const PG_MEM_NESTING_LIMIT = 5_000;

/** A refusal for a statement text nested `PG_MEM_NESTING_LIMIT` or more brackets deep, else undefined. */
export function nestingRefusal(text: string): FakePostgresError | undefined {
  // Counting bracket characters first keeps the lexer off every ordinary statement.
  let opens = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 40 || code === 91) opens++;
  }
  if (opens < PG_MEM_NESTING_LIMIT) return undefined;
  let depth = 0;
  let deepest = 0;
  for (const token of tokenize(text)) {
    if (token.kind !== 'punct') continue;
    if (token.value === '(' || token.value === '[') deepest = Math.max(deepest, ++depth);
    else if (token.value === ')' || token.value === ']') depth = Math.max(0, depth - 1);
  }
  return deepest >= PG_MEM_NESTING_LIMIT
    ? refuse(`brackets nested ${deepest} levels deep (PostgreSQL's parser stops near 10,000 with 42601)`)
    : undefined;
}
