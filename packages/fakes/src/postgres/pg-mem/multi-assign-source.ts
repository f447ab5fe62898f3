import { type SqlToken, tokenize } from '../sql-tokens.js';

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);
const isPunct = (token: SqlToken | undefined, value: string): boolean =>
  token?.kind === 'punct' && token.value === value;

/** Statements whose SET lists assign columns: UPDATE, INSERT ... ON CONFLICT DO UPDATE, MERGE, or these inside WITH. */
const ASSIGNING_HEADS = ['update', 'insert', 'merge', 'with'];
/** Words that end a SET list at its own level. */
const SET_LIST_ENDS = ['from', 'where', 'returning', 'when', 'on'];
/** Words a parenthesised sub-SELECT starts with. */
const QUERY_HEADS = ['select', 'with', 'values', 'table'];

/** The index of the `)` closing the `(` at `open` (tokens.length when it is never closed). */
function closing(tokens: readonly SqlToken[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    if (isPunct(tokens[index], '(')) depth += 1;
    else if (isPunct(tokens[index], ')')) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return tokens.length;
}

/** Whether the tokens hold a comma outside any parentheses of their own. */
function hasTopLevelComma(tokens: readonly SqlToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && isPunct(token, ',')) return true;
  }
  return false;
}

/**
 * The token PostgreSQL's exprLocation() points at for an expression: its leftmost one, looking
 * through parentheses that only group (a parenthesised sub-SELECT is located at its `(`).
 */
function leftmost(tokens: readonly SqlToken[]): SqlToken | undefined {
  const first = tokens[0];
  if (!isPunct(first, '(') || isWord(tokens[1], ...QUERY_HEADS)) return first;
  return leftmost(tokens.slice(1, closing(tokens, 0))) ?? first;
}

/**
 * Whether a multiple-column SET item's source is what PostgreSQL's transformMultiAssignRef takes:
 * a sub-SELECT, `ROW(...)`, or a parenthesised list of two or more expressions (an implicit ROW).
 * Parentheses around a single expression only group it: `(a) = ('x')` assigns from `'x'`.
 */
function isRowSource(tokens: readonly SqlToken[]): boolean {
  if (isWord(tokens[0], 'row') && isPunct(tokens[1], '(') && closing(tokens, 1) === tokens.length - 1)
    return true;
  if (!isPunct(tokens[0], '(') || closing(tokens, 0) !== tokens.length - 1) return false;
  const inner = tokens.slice(1, -1);
  if (isWord(inner[0], ...QUERY_HEADS)) return true;
  return hasTopLevelComma(inner) || isRowSource(inner);
}

/**
 * The 0A000 PostgreSQL 15 raises for a multiple-column SET item, `(a[, ...]) = source`, whose source
 * is neither a sub-SELECT nor a ROW: "source for a multiple-column UPDATE item must be a sub-SELECT
 * or ROW() expression", at the source's 1-based position. pg-mem's parser spreads `(a) = ('x')` into
 * `a = 'x'` and runs it, so the check is made on the text. Undefined when every such item is valid.
 */
export function multiAssignSourceError(text: string): { readonly position: number } | undefined {
  if (!/\bset\b/i.test(text) || !/\)\s*=/.test(text)) return undefined;
  const tokens = tokenize(text);
  let assigning = false;
  let statementStart = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (index === statementStart) assigning = isWord(token, ...ASSIGNING_HEADS);
    if (isPunct(token, ';')) {
      statementStart = index + 1;
      continue;
    }
    if (!assigning || !isWord(token, 'set')) continue;
    // A SET right after UPDATE's target (or DO UPDATE / THEN UPDATE): read its items at this level.
    let item = index + 1;
    while (item < tokens.length) {
      let end = item;
      let depth = 0;
      for (; end < tokens.length; end += 1) {
        const current = tokens[end];
        if (isPunct(current, '(')) depth += 1;
        else if (isPunct(current, ')')) {
          if (depth === 0) break;
          depth -= 1;
        } else if (
          depth === 0 &&
          (isPunct(current, ',') || isPunct(current, ';') || isWord(current, ...SET_LIST_ENDS))
        )
          break;
      }
      const itemTokens = tokens.slice(item, end);
      if (isPunct(itemTokens[0], '(')) {
        const targetsEnd = closing(itemTokens, 0);
        const assign = itemTokens[targetsEnd + 1];
        if (assign?.kind === 'op' && assign.value === '=') {
          const source = itemTokens.slice(targetsEnd + 2);
          const located = leftmost(source);
          if (located && !isRowSource(source)) return { position: located.start + 1 };
        }
      }
      if (!isPunct(tokens[end], ',')) {
        index = end - 1;
        break;
      }
      item = end + 1;
    }
  }
  return undefined;
}
