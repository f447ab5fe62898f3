import { FakePostgresError } from '../fake-postgres-error.js';
import { sourceSpan } from './numeric-literals.js';

/** Where a marked error points: a node's first character, or a binary operator's token. */
type Mark =
  | { readonly node: object }
  | { readonly node: object; readonly operator: string; readonly left: object; readonly right?: object };

const marks = new WeakMap<object, Mark>();

function mark<E>(error: E, at: Mark): E {
  if (typeof error === 'object' && error !== null && !marks.has(error) && sourceSpan(at.node) !== undefined)
    marks.set(error, at);
  return error;
}

/**
 * Notes that PostgreSQL 15 reports `error` at `node`'s first character (parser_errposition): the
 * position is worked out when the error leaves the engine, against the statement text the node was
 * parsed from (see `withPosition`). A node without a location (one the engine built) marks nothing;
 * an error already marked (at a node inside this one) keeps its mark.
 */
export function markAt<E>(error: E, node: object): E {
  return mark(error, { node });
}

/**
 * Notes that PostgreSQL reports `error` at the operator after `left` (an A_Expr's location), before
 * `right` when the right operand is a node (a JSON member's key is not).
 */
export function markOperator<E>(error: E, node: object, operator: string, left: object, right?: object): E {
  return mark(error, right === undefined ? { node, operator, left } : { node, operator, left, right });
}

/** Whether `error`, or an error it was made from, was marked at a node of its statement. */
export function isMarked(error: unknown): boolean {
  for (let link = error; typeof link === 'object' && link !== null; link = Reflect.get(link, 'cause')) {
    if (marks.has(link)) return true;
  }
  return false;
}

function isWithin(tree: unknown, node: object, seen = new Set<object>()): boolean {
  if (tree === node) return true;
  if (typeof tree !== 'object' || tree === null || seen.has(tree)) return false;
  seen.add(tree);
  return Object.values(tree).some((child) => isWithin(child, node, seen));
}

/**
 * The operator's offset: the first token after the left operand (closing parentheses and blanks
 * apart), when it is the operator as written; else undefined (a comment, a rewritten node).
 */
function operatorOffset(text: string, at: Extract<Mark, { operator: string }>): number | undefined {
  const left = sourceSpan(at.left);
  const right = at.right === undefined ? { start: text.length } : sourceSpan(at.right);
  if (!left || !right || left.end > right.start) return undefined;
  const between = text.slice(left.end, right.start);
  const skipped = /^[\s)]*/.exec(between)?.[0].length ?? 0;
  return between.slice(skipped).toUpperCase().startsWith(at.operator.toUpperCase())
    ? left.end + skipped
    : undefined;
}

/**
 * The error with PostgreSQL's `position`: 1 + the characters (code points, not UTF-16 units or
 * bytes) of `text` before the marked token. Only when the node belongs to `statements`, parsed from
 * `text` itself: a node of another text (a stored DEFAULT, a view's body) or of a rewritten text
 * has no offset in this one, and the error is then left without a position.
 */
export function withPosition(
  error: FakePostgresError,
  text: string,
  statements: readonly object[] | undefined,
): FakePostgresError {
  if (statements === undefined || error.details.position !== undefined) return error;
  let at: Mark | undefined;
  for (
    let link: unknown = error;
    typeof link === 'object' && link !== null;
    link = Reflect.get(link, 'cause')
  ) {
    at = marks.get(link);
    if (at) break;
  }
  if (!at || !isWithin(statements, at.node)) return error;
  const offset = 'operator' in at ? operatorOffset(text, at) : sourceSpan(at.node)?.start;
  if (offset === undefined || offset > text.length) return error;
  const position = String([...text.slice(0, offset)].length + 1);
  return new FakePostgresError(error.code, error.message, {
    cause: error.cause,
    fields: { ...error.details, position },
  });
}
