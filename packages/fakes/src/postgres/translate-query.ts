import type { Expr, ExprBinary } from 'pgsql-ast-parser';

/**
 * The ONE place where the fake rewrites SQL before pg-mem sees it. Each rule either drops a clause
 * pg-mem cannot parse whose effect the fake's own semantics already give, or restates a test
 * pg-mem gets wrong in a form PostgreSQL defines as the same; the adapter's SQL is never changed
 * for the fake.
 *
 * Text rules, before parsing:
 * - `FOR UPDATE SKIP LOCKED` / `FOR UPDATE NOWAIT` → `FOR UPDATE`: transactions run one at a
 *   time, so no row is ever locked by someone else; skipping or not waiting changes nothing.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bFOR\s+(NO\s+KEY\s+)?UPDATE\s+(SKIP\s+LOCKED|NOWAIT)\b/gi, 'FOR UPDATE'],
];

/** The query text pg-mem can run, with the same effect under the fake's one-transaction-at-a-time rule. */
export function translateQuery(text: string): string {
  let translated = text;
  for (const [pattern, replacement] of RULES) translated = translated.replace(pattern, replacement);
  return translated;
}

/**
 * Tree rules, on each comparison once its values are bound:
 * - `x = ANY(ARRAY[a, b])` → `x IN (a, b)`, and `x = ANY(ARRAY[])` → `false`: PostgreSQL defines
 *   `IN` as `= ANY`, NULLs included, but pg-mem 3.0.14 answers `= ANY` on an indexed column with
 *   no rows at all, silently. (The fake binds a JavaScript array parameter as such an array.)
 */
export function translateComparison(node: ExprBinary): Expr {
  const { right } = node;
  if (node.op !== '=' || right.type !== 'call' || right.function.name !== 'any' || right.function.schema) {
    return node;
  }
  const [array] = right.args;
  if (right.args.length !== 1 || array?.type !== 'array') return node;
  if (array.expressions.length === 0) return { type: 'boolean', value: false };
  return {
    type: 'binary',
    op: 'IN',
    left: node.left,
    right: { type: 'list', expressions: array.expressions },
  };
}
