import { type SqlToken, tokenize } from '../sql-tokens.js';

/**
 * What one SELECT level has seen of its tail. PostgreSQL's grammar allows, after a select or a
 * set operation, one ORDER BY, then one limit (LIMIT or FETCH FIRST) and one OFFSET in either
 * order, with FOR UPDATE/SHARE clauses before or after them, and nothing of these before UNION,
 * INTERSECT or EXCEPT (a branch with them needs parentheses). pg-mem's parser takes more: a LIMIT
 * before a UNION limits that branch, a LIMIT beside a FETCH FIRST is dropped with it (every row
 * comes back).
 */
interface Tail {
  sort: boolean;
  limit: boolean;
  offset: boolean;
  locking: boolean;
  /** A FOR clause came after the limit or offset: no more of them. */
  limitClosed: boolean;
}

const emptyTail = (): Tail => ({
  sort: false,
  limit: false,
  offset: false,
  locking: false,
  limitClosed: false,
});
const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);
const isPunct = (token: SqlToken | undefined, value: string): boolean =>
  token?.kind === 'punct' && token.value === value;

/** Statements whose SELECTs are read here (a CREATE POLICY's `FOR UPDATE` is no locking clause). */
const SELECTING_HEADS = ['select', 'with', 'insert', 'values', 'table', 'explain', 'declare'];
const OTHER_CREATES = ['policy', 'trigger', 'rule', 'function', 'procedure', 'event', 'aggregate'];

/**
 * The first word PostgreSQL 15's grammar refuses in a SELECT's tail ("syntax error at or near"),
 * as written, with its 1-based position; undefined when every tail reads.
 */
export function selectTailSyntaxError(
  text: string,
): { readonly near: string; readonly position: number } | undefined {
  if (!/\b(?:limit|offset|fetch|order|for|with)\b/i.test(text)) return undefined;
  const tokens = tokenize(text);
  let levels: Tail[] = [emptyTail()];
  let statementStart = 0;
  let selecting = false;
  for (const [index, token] of tokens.entries()) {
    if (index === statementStart) {
      selecting = isWord(token, 'create')
        ? !tokens.slice(index + 1, index + 4).some((t) => isWord(t, ...OTHER_CREATES))
        : isWord(token, ...SELECTING_HEADS) || isPunct(token, '(');
    }
    if (isPunct(token, ';')) {
      levels = [emptyTail()];
      statementStart = index + 1;
      continue;
    }
    if (isPunct(token, '(')) {
      levels.push(emptyTail());
      continue;
    }
    if (isPunct(token, ')')) {
      if (levels.length > 1) levels.pop();
      continue;
    }
    const tail = levels.at(-1);
    if (!selecting || !tail || token.kind !== 'word') continue;
    const next = tokens[index + 1];
    const refused = (): { near: string; position: number } => ({
      near: text.slice(token.start, token.end),
      position: token.start + 1,
    });
    if (isWord(token, 'union', 'intersect', 'except')) {
      if (tail.sort || tail.limit || tail.offset || tail.locking) return refused();
      // A branch is a simple select: one with its own WITH needs parentheses.
      const branch = isWord(next, 'all', 'distinct') ? tokens[index + 2] : next;
      if (branch && isWord(branch, 'with'))
        return { near: text.slice(branch.start, branch.end), position: branch.start + 1 };
    } else if (isWord(token, 'order') && isWord(next, 'by')) {
      if (tail.sort || tail.limit || tail.offset || tail.locking) return refused();
      tail.sort = true;
    } else if (isWord(token, 'limit') || (isWord(token, 'fetch') && isWord(next, 'first', 'next'))) {
      if (tail.limit || tail.limitClosed) return refused();
      tail.limit = true;
    } else if (isWord(token, 'offset')) {
      if (tail.offset || tail.limitClosed) return refused();
      tail.offset = true;
    } else if (isWord(token, 'for') && isWord(next, 'update', 'share', 'no', 'key')) {
      if (tail.limit || tail.offset) tail.limitClosed = true;
      tail.locking = true;
    }
  }
  return undefined;
}
