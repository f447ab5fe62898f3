import { type SqlToken, tokenize } from '../sql-tokens.js';

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);
const isPunct = (token: SqlToken | undefined, value: string): boolean =>
  token?.kind === 'punct' && token.value === value;
/** A relation name's part; `ON` right after REFERENCES is the privilege of GRANT / REVOKE. */
const isName = (token: SqlToken | undefined): boolean =>
  token?.kind === 'quoted' || (token?.kind === 'word' && token.value !== 'on');

/** The index after the parenthesised list opening at `open`, nested ones included. */
function afterParens(tokens: readonly SqlToken[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    if (isPunct(tokens[index], '(')) depth += 1;
    else if (isPunct(tokens[index], ')')) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return tokens.length;
}

/**
 * The word PostgreSQL 15's grammar refuses in a foreign key's clauses ("syntax error at or near"),
 * as written, with its 1-based position. After `REFERENCES table [(columns)]` the grammar takes
 * one optional MATCH, then at most one ON DELETE and one ON UPDATE, in either order
 * (`key_match key_actions`); pg-mem's parser reads a second ON DELETE (or MATCH) and keeps one of
 * the two actions, so `ON DELETE CASCADE ON DELETE SET NULL` made a foreign key 15 never creates.
 */
export function referentialActionSyntaxError(
  text: string,
): { readonly near: string; readonly position: number } | undefined {
  if (!/\breferences\b/i.test(text)) return undefined;
  const tokens = tokenize(text);
  const refused = (token: SqlToken): { near: string; position: number } => ({
    near: text.slice(token.start, token.end),
    position: token.start + 1,
  });
  for (const [start, token] of tokens.entries()) {
    if (!isWord(token, 'references') || !isName(tokens[start + 1])) continue;
    let index = start + 2;
    while (isPunct(tokens[index], '.') && isName(tokens[index + 1])) index += 2;
    if (isPunct(tokens[index], '(')) index = afterParens(tokens, index);
    let match = false;
    const actions = new Set<string>();
    for (;;) {
      const current = tokens[index];
      const next = tokens[index + 1];
      if (current === undefined) break;
      if (isWord(current, 'match')) {
        if (match || actions.size > 0) return refused(current);
        match = true;
        index += 2;
      } else if (isWord(current, 'on') && next !== undefined && isWord(next, 'delete', 'update')) {
        // Both actions read: no rule continues with ON. One read: ON may start the other one.
        if (actions.size === 2) return refused(current);
        if (actions.has(next.value)) return refused(next);
        actions.add(next.value);
        index += 2;
        if (isWord(tokens[index], 'no', 'set')) index += 2;
        else index += 1;
        if (isPunct(tokens[index], '(')) index = afterParens(tokens, index);
      } else {
        break;
      }
    }
  }
  return undefined;
}
