import type { Expr } from 'pgsql-ast-parser';
import { blockCommentEnd, type SqlToken, tokenize } from '../sql-tokens.js';
import { DISTINCT_FROM_SCHEMAS, JSON_PATH_SCHEMA } from './parser-rewrites.js';
import { refuse } from './refusal.js';

/** The source text of each numeric literal, by its node: the parser keeps only a JavaScript number. */
const writtenText = new WeakMap<object, string>();
/** SELECTs written in parentheses, which the parser does not keep. */
const parenthesized = new WeakSet<object>();

/**
 * Notes the written text of every numeric literal in a statement tree parsed with location
 * tracking, and removes the locations (pg-mem's coverage check would count them as unread parts).
 * `1.50` is numeric with scale 2 in PostgreSQL, and prints so; the parser hands over 1.5.
 *
 * On the way it holds the tree to PostgreSQL's scanner and grammar where pgsql-ast-parser reads
 * the text otherwise (see checkScanned and checkGrammar): it corrects what it can and refuses the rest.
 */
export function noteNumericLiterals(node: unknown, sql: string): void {
  const tokens = tokenize(sql);
  checkScanned(sql, tokens);
  const masked = maskedText(sql, tokens);
  readJsonPaths(node);
  readDistinctFrom(node, masked);
  noteNode(node, sql, masked);
}

/** The operator `#>` as the tree names it once read (parser-rewrites.ts writes it for the parser). */
export const JSON_PATH_OPERATOR = '#>';

/**
 * Each `OPERATOR(seams_jsonb_path.#>>)` (how `#>` reaches the parser) named `#>` in place, without the
 * schema: PostgreSQL gives `#>` the level of any other operator, which the grammar check gives it then.
 */
function readJsonPaths(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) readJsonPaths(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (Reflect.get(node, 'type') === 'binary' && Reflect.get(node, 'opSchema') === JSON_PATH_SCHEMA) {
    Reflect.deleteProperty(node, 'opSchema');
    Reflect.set(node, 'op', JSON_PATH_OPERATOR);
  }
  for (const value of Object.values(node)) readJsonPaths(value);
}

/** The calls `IS [NOT] DISTINCT FROM` becomes, typed as PostgreSQL's comparison (expression-typer.ts). */
export const DISTINCT_FROM_CALLS = {
  distinct: 'seams: is distinct from',
  notDistinct: 'seams: is not distinct from',
} as const;

function distinctFromSchema(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Reflect.get(node, 'type') !== 'binary') return undefined;
  const schema: unknown = Reflect.get(node, 'opSchema');
  return schema === DISTINCT_FROM_SCHEMAS.distinct || schema === DISTINCT_FROM_SCHEMAS.notDistinct
    ? schema
    : undefined;
}

/**
 * Each `OPERATOR(seams_is_[not_]distinct.=)` (how `IS [NOT] DISTINCT FROM` reaches the parser, see
 * parser-rewrites.ts) made a call of DISTINCT_FROM_CALLS, in place. The parser gave it the level of
 * `=`, PostgreSQL gives it that of IS (looser than `=`, not associative): `a IS DISTINCT FROM b = c`
 * and an IS test written right after it are refused, since the parser groups them otherwise.
 */
function readDistinctFrom(node: unknown, masked: string): void {
  if (Array.isArray(node)) {
    for (const item of node) readDistinctFrom(item, masked);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const expr = node as Expr;
  if (expr.type === 'binary') {
    const { left, right } = expr;
    const bareLeft = !wrappedLeft(left, masked) ? left : undefined;
    const bareRight = !wrappedRight(right, masked) ? right : undefined;
    const isTest = (operand: Expr | undefined) =>
      operand !== undefined &&
      (distinctFromSchema(operand) !== undefined ||
        (operand.type === 'unary' && operand.op.startsWith('IS ')));
    const schema = distinctFromSchema(expr);
    if (schema !== undefined) {
      // `a IS NULL IS DISTINCT FROM b` groups alike in both; a test after it is 42601 in PostgreSQL.
      if (distinctFromSchema(bareLeft) !== undefined || isTest(bareRight))
        throw refuse('IS DISTINCT FROM next to another IS test without parentheses');
      const name =
        schema === DISTINCT_FROM_SCHEMAS.distinct
          ? DISTINCT_FROM_CALLS.distinct
          : DISTINCT_FROM_CALLS.notDistinct;
      const location: unknown = Reflect.get(expr, '_location');
      for (const key of Object.keys(expr)) Reflect.deleteProperty(expr, key);
      Object.assign(expr, { type: 'call', function: { name }, args: [left, right], _location: location });
    } else if (
      COMPARISON.has(expr.op) &&
      (distinctFromSchema(bareLeft) !== undefined || distinctFromSchema(bareRight) !== undefined)
    ) {
      throw refuse(`IS DISTINCT FROM next to ${expr.op} without parentheses`);
    }
  }
  for (const value of Object.values(node)) readDistinctFrom(value, masked);
}

function noteNode(node: unknown, sql: string, masked: string): void {
  if (Array.isArray(node)) {
    for (const item of node) noteNode(item, sql, masked);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  unescapeQuotedName(node);
  if (Reflect.get(node, 'type') === 'call') checkQuotedFunctionName(Reflect.get(node, 'function'), sql);
  const location: unknown = Reflect.get(node, '_location');
  if (location !== undefined) {
    if (Reflect.get(node, 'type') === 'numeric' && typeof location === 'object' && location !== null) {
      const start: unknown = Reflect.get(location, 'start');
      const end: unknown = Reflect.get(location, 'end');
      if (typeof start === 'number' && typeof end === 'number') writtenText.set(node, sql.slice(start, end));
    }
    // A SELECT's location reaches its closing parenthesis when written in parentheses, past its
    // last token: `A UNION ALL (B ORDER BY x LIMIT 1)`, where the ORDER BY and LIMIT are B's own.
    const end: unknown = typeof location === 'object' && location !== null && Reflect.get(location, 'end');
    if (Reflect.get(node, 'type') === 'select' && typeof end === 'number' && end > lastTokenEnd(node))
      parenthesized.add(node);
    checkGrammar(node as Expr, masked);
    const start: unknown =
      typeof location === 'object' && location !== null && Reflect.get(location, 'start');
    const stop: unknown = typeof location === 'object' && location !== null && Reflect.get(location, 'end');
    if (typeof start === 'number' && typeof stop === 'number') offsets.set(node, { start, end: stop });
    Reflect.deleteProperty(node, '_location');
  }
  for (const value of Object.values(node)) noteNode(value, sql, masked);
}

/** Where each noted node is in its statement's text (its `_location`, removed from the tree). */
const offsets = new WeakMap<object, { readonly start: number; readonly end: number }>();

/** The UTF-16 offsets in its statement's text where a noted node starts and ends, when known. */
export function sourceSpan(node: object): { readonly start: number; readonly end: number } | undefined {
  return offsets.get(node);
}

/** A numeric literal's text as written (`1.50`, `-0.10`), when its statement was noted. */
export function writtenNumeric(node: object): string | undefined {
  return writtenText.get(node);
}

/** True for a SELECT its statement wrote in parentheses, when its statement was noted. */
export function isParenthesized(node: object): boolean {
  return parenthesized.has(node);
}

/** Where the last token under a node ends (its own location left out), -1 when none is known. */
function lastTokenEnd(node: object): number {
  let end = -1;
  for (const [key, value] of Object.entries(node)) {
    if (key === '_location' || typeof value !== 'object' || value === null) continue;
    const location: unknown = Reflect.get(value, '_location');
    if (typeof location === 'object' && location !== null) {
      const child: unknown = Reflect.get(location, 'end');
      if (typeof child === 'number') end = Math.max(end, child);
    }
    end = Math.max(end, lastTokenEnd(value));
  }
  return end;
}

/**
 * pgsql-ast-parser keeps a quoted identifier's doubled quote (`"a""b"` as `a""b`); PostgreSQL's
 * scanner makes it one quote. An unquoted identifier has no quote, so a `""` in a name is one.
 */
function unescapeQuotedName(node: object): void {
  for (const key of ['name', 'schema']) {
    const value: unknown = Reflect.get(node, key);
    if (typeof value === 'string' && value.includes('""'))
      Reflect.set(node, key, value.replaceAll('""', '"'));
  }
}

/** Functions only PostgreSQL's grammar knows (no pg_proc row): a quoted name is no function. */
const GRAMMAR_FUNCTIONS = new Set(['coalesce', 'nullif', 'greatest', 'least', 'trim']);

/**
 * A quoted function name is looked up as written (`"LOWER"('a')` is 42883), where pg-mem looks
 * names up in any case; `"coalesce"(1, 2)` names no function, COALESCE being grammar.
 */
function checkQuotedFunctionName(name: unknown, sql: string): void {
  if (typeof name !== 'object' || name === null) return;
  const written: unknown = Reflect.get(name, 'name');
  const start = startOf(name);
  const end = endOf(name);
  if (typeof written !== 'string' || start === undefined || end === undefined) return;
  if (!sql.slice(start, end).endsWith('"')) return;
  if (written !== written.toLowerCase() || GRAMMAR_FUNCTIONS.has(written))
    throw refuse(`the quoted function name "${written}" (PostgreSQL looks it up as written)`);
}

// PostgreSQL's scanner keeps a trailing + or - in an operator only when one of these is in it.
const KEEPS_TRAILING_SIGN = /[~!@#%^&|`?]/;
const OPERATOR_CHAR = /^[~!@#^&|`?+\-*/%<>=]$/;
/** Operators ending in a sign that pgsql-ast-parser reads as PostgreSQL does (jsonb's delete-path). */
const PARSED_SIGNED_OPERATORS = new Set(['#-']);

/**
 * What PostgreSQL's scanner rejects or reads otherwise than pgsql-ast-parser, refused: a block
 * comment never closed (the parser ends it at the end of the text, PostgreSQL raises 42601), and
 * an operator PostgreSQL reads as one token where the parser splits it (`5 %-3` is `%-` to
 * PostgreSQL, an operator that does not exist; the parser reads 5 % -3).
 */
function checkScanned(sql: string, tokens: readonly SqlToken[]): void {
  let gapStart = 0;
  for (let index = 0; index <= tokens.length; index += 1) {
    const token = tokens[index];
    checkCommentsClose(sql, gapStart, token?.start ?? sql.length);
    if (token === undefined) break;
    gapStart = token.end;
    // PostgreSQL 15's scanner rejects identifier characters glued to a parameter (param_junk).
    if (token.kind === 'param' && /^[A-Za-z_$\u0080-\uffff]/.test(sql.slice(token.end, token.end + 1)))
      throw refuse(
        `a parameter glued to a name (${sql.slice(token.start, token.end + 1)}..., 42601 in PostgreSQL)`,
      );
    // pg-mem's parser reads `1e0` as `1 AS e0` (another value, another column name); every other
    // exponent is a syntax error to it: one refusal for them all.
    if (token.kind === 'number' && /^[\d.]+[eE]/.test(token.value))
      throw refuse(`a numeric constant with an exponent (${token.value})`);
    if (!isOperatorToken(token) || isOperatorToken(tokens[index - 1], token.start)) continue;
    let run = token.value;
    for (let next = index + 1; isOperatorToken(tokens[next], tokens[next - 1]?.end); next += 1)
      run += tokens[next]?.value ?? '';
    if (
      run.length > 1 &&
      /[+-]$/.test(run) &&
      KEEPS_TRAILING_SIGN.test(run) &&
      !PARSED_SIGNED_OPERATORS.has(run)
    )
      throw refuse(`the operator ${run} (PostgreSQL reads it as one operator, pg-mem's parser as two)`);
  }
}

/** An operator character, directly after `after` when given (PostgreSQL's scanner joins such runs). */
function isOperatorToken(token: SqlToken | undefined, after?: number): boolean {
  return (
    token !== undefined &&
    token.kind === 'op' &&
    OPERATOR_CHAR.test(token.value) &&
    (after === undefined || token.start === after)
  );
}

/** Refuses a block comment in the space between two tokens that never closes. */
function checkCommentsClose(sql: string, from: number, to: number): void {
  for (let at = from; at < to; at += 1) {
    if (sql.startsWith('--', at)) {
      const newline = sql.indexOf('\n', at);
      if (newline === -1 || newline >= to) return;
      at = newline;
    } else if (sql.startsWith('/*', at)) {
      const end = blockCommentEnd(sql, at);
      if (end === undefined) throw refuse('a block comment that is never closed (42601 in PostgreSQL)');
      at = end - 1;
    }
  }
}

/** The text with literals, quoted identifiers and comments blanked out: what is left is grammar. */
function maskedText(sql: string, tokens: readonly SqlToken[]): string {
  const chars = Array.from({ length: sql.length }, () => ' ');
  for (const token of tokens) {
    const literal = token.kind === 'string' || token.kind === 'quoted';
    for (let at = token.start; at < token.end; at += 1) chars[at] = literal ? '_' : (sql[at] ?? ' ');
  }
  return chars.join('');
}

const COMPARISON = new Set(['=', '<', '>', '<=', '>=', '<>', '!=']);
const PATTERN = new Set(['LIKE', 'NOT LIKE', 'ILIKE', 'NOT ILIKE', 'IN', 'NOT IN']);
/** Operators pgsql-ast-parser gives their own precedence also when written as OPERATOR(schema.op). */
const RANKED_SYMBOLS = new Set([...COMPARISON, '+', '-', '*', '/', '%', '^']);

/**
 * Where pgsql-ast-parser's precedence differs from PostgreSQL's grammar (4.1.6): it reads
 * `a = b IS NULL` as `a = (b IS NULL)`, PostgreSQL as `(a = b) IS NULL` (IS binds looser than a
 * comparison), which is rewritten; it chains comparisons (`a < b = c`, `a LIKE b LIKE c`), which
 * PostgreSQL's grammar rejects (they do not associate), and it gives `OPERATOR(pg_catalog.*)` the
 * precedence of `*` where PostgreSQL gives it that of any other operator: both refused.
 */
function checkGrammar(node: Expr, masked: string): void {
  regroupOtherOperators(node, masked);
  if (node.type === 'cast') {
    const to = node.to as object;
    const typeStart = startOf(to);
    if (
      Reflect.get(to, 'kind') === 'array' &&
      typeStart !== undefined &&
      typeStart < (startOf(node.operand) ?? 0)
    )
      throw refuse("a typed constant of an array type (`int[] '{1}'`, a syntax error in PostgreSQL)");
    negateAfterCast(node, masked);
    return;
  }
  const schema: unknown = Reflect.get(node, 'opSchema');
  // pg-mem reads OPERATOR(s.op) as op whatever s names; only pg_catalog's operators are those.
  if (typeof schema === 'string' && schema !== 'pg_catalog')
    throw refuse(`an operator of the schema ${schema} (OPERATOR(${schema}.op))`);
  if (node.type !== 'binary') return;
  const { left, right, op } = node;
  const level = COMPARISON.has(op) ? COMPARISON : PATTERN.has(op) ? PATTERN : undefined;
  const operatorSyntax = [node, left, right].some((expr) => expr.type === 'binary' && !!expr.opSchema);
  // Only these need their operands' parentheses (found by scanning the text: not for every AND).
  if (!level && !operatorSyntax) return;
  const bareLeft = !wrappedLeft(left, masked) ? left : undefined;
  const bareRight = !wrappedRight(right, masked) ? right : undefined;
  if (bareRight?.type === 'unary' && bareRight.op.startsWith('IS ') && COMPARISON.has(op) && !node.opSchema) {
    raiseIsOverComparison(node, masked);
    return;
  }
  // `a IN (1) LIKE b` closes the IN first: PostgreSQL's grammar has no choice to make there.
  const chainedLeft = bareLeft?.type === 'binary' && level?.has(bareLeft.op) && !/IN$/.test(bareLeft.op);
  const chainedRight = bareRight?.type === 'binary' && level?.has(bareRight.op);
  if (!node.opSchema && (chainedLeft || chainedRight))
    throw refuse(
      `${op} chained to another ${level === COMPARISON ? 'comparison' : 'pattern or IN'} without parentheses (42601 in PostgreSQL)`,
    );
  const ranked = (expr: Expr | undefined) =>
    expr?.type === 'binary' &&
    expr.op !== 'AND' &&
    expr.op !== 'OR' &&
    (!!expr.opSchema || !!node.opSchema) &&
    RANKED_SYMBOLS.has(expr.opSchema ? expr.op : op);
  if (
    ranked(bareLeft) ||
    ranked(bareRight) ||
    (node.opSchema &&
      RANKED_SYMBOLS.has(op) &&
      (bareLeft?.type === 'ternary' || bareRight?.type === 'ternary'))
  )
    throw refuse(
      'OPERATOR(schema.op) next to other operators without parentheses (PostgreSQL ranks it below + and *, pg-mem as op itself)',
    );
}

/** The level PostgreSQL gives "any other operator" (4.1.6): `||`, `->`, `->>`, `@>`, `?`, `#-`, `<<`... */
const OTHER_OPERATOR = 7;
/** PostgreSQL's binding strength of the operators pgsql-ast-parser names (4.1.6), higher binds tighter. */
const PG_PRECEDENCE = new Map<string, number>([
  ['OR', 1],
  ['AND', 2],
  ...[...COMPARISON].map((op): [string, number] => [op, 5]),
  ...[...PATTERN].map((op): [string, number] => [op, 6]),
  ['+', 8],
  ['-', 8],
  ['*', 9],
  ['/', 9],
  ['%', 9],
  ['^', 10],
  ['AT TIME ZONE', 11],
]);

type Grouping = (Expr & { type: 'binary' }) | (Expr & { type: 'member' });

function pgLevel(node: Expr | undefined): number | undefined {
  if (node?.type === 'member') return OTHER_OPERATOR;
  if (node?.type !== 'binary' || node.opSchema) return undefined;
  return PG_PRECEDENCE.get(node.op) ?? OTHER_OPERATOR;
}

/**
 * pgsql-ast-parser gives the operators PostgreSQL ranks as "any other operator" three levels of
 * its own: `->`/`->>` before a constant above everything (even `*` and `::`), `||`, `#-` and `&&`
 * with `+`, and `@>`, `<@`, `?`, `?|`, `?&`, `<<`, `>>`, `~`, `@@` with `<`. So `a || b -> 0`,
 * `j ->> 'a' || k ->> 'b'`, `'n: ' || n + 1` and `j ? 'a' || 'b'` came out grouped otherwise than
 * PostgreSQL groups them (all of these at one level, left to right, looser than `+` and `*`,
 * tighter than LIKE, IN and comparisons). The tree is regrouped in place as PostgreSQL reads the
 * text; where PostgreSQL's grouping has no tree here (an operator's result as the key of `->`,
 * `j ->> 'n'::int`) it is refused.
 */
function regroupOtherOperators(node: Expr, masked: string): void {
  if (node.type === 'cast' && node.operand.type === 'member' && !wrappedLeft(node.operand, masked)) {
    // `j -> 'a'::text` casts the key: the same key when it is text already (an integer to int4).
    const { operand, to } = node;
    const name = to.kind === 'array' || to.schema || to.config ? undefined : to.name.toLowerCase();
    const sameKey =
      name !== undefined &&
      (typeof operand.member === 'string'
        ? ['text', 'varchar', 'character varying'].includes(name)
        : ['int', 'integer', 'int4'].includes(name));
    if (!sameKey)
      throw refuse(`:: after ${operand.op} without parentheses (PostgreSQL casts the key, not the value)`);
    replaceNode(node, operand);
  }
  for (let changed = true; changed; ) {
    changed = false;
    const level = pgLevel(node);
    if (level === undefined) return;
    const grouping = node as Grouping;
    const left = grouping.type === 'member' ? grouping.operand : grouping.left;
    const right = grouping.type === 'member' ? undefined : grouping.right;
    const leftLevel = wrappedLeft(left, masked) ? undefined : pgLevel(left);
    const rightLevel = right === undefined || wrappedRight(right, masked) ? undefined : pgLevel(right);
    if (level !== OTHER_OPERATOR && leftLevel !== OTHER_OPERATOR && rightLevel !== OTHER_OPERATOR) return;
    if (leftLevel !== undefined && leftLevel < level) {
      // (a L b) N c, L looser: a L (b N c).
      const inner = left as Grouping;
      if (inner.type === 'member')
        throw refuse(`${inner.op} before an operator that binds tighter (PostgreSQL takes the key from it)`);
      const lowered = withOperands(grouping, inner.right, right);
      replaceNode(node, withOperands(inner, inner.left, lowered));
      changed = true;
    } else if (right !== undefined && rightLevel !== undefined && rightLevel <= level) {
      // a N (b R c), R as loose or looser: (a N b) R c.
      const inner = right as Grouping;
      const innerLeft = inner.type === 'member' ? inner.operand : inner.left;
      const raised = withOperands(grouping, left, innerLeft);
      replaceNode(node, withOperands(inner, raised, inner.type === 'member' ? undefined : inner.right));
      changed = true;
    }
  }
}

/** A copy of a binary or member node over other operands, located from the first to the last. */
function withOperands(node: Grouping, left: Expr, right: Expr | undefined): Expr {
  const start = startOf(left);
  const end = node.type === 'member' ? endOf(node) : right && endOf(right);
  const location = start !== undefined && end !== undefined ? { _location: { start, end } } : {};
  if (node.type === 'member') return { ...node, operand: left, ...location };
  return { ...node, left, right: right ?? node.right, ...location };
}

function replaceNode(node: Expr, by: Expr): void {
  const location: unknown = Reflect.get(node, '_location');
  for (const key of Object.keys(node)) Reflect.deleteProperty(node, key);
  Object.assign(node, by, location === undefined ? {} : { _location: location });
}

/**
 * `-5::text` is `-(5::text)` in PostgreSQL (`::` binds tighter than a prefix minus: 42883, no
 * operator - for text), where the parser reads a negative literal `(-5)::text`: rewritten in place
 * as PostgreSQL reads it. `(-5)::text`, the minus inside parentheses, stays.
 */
function negateAfterCast(node: Expr & { type: 'cast' }, masked: string): void {
  const { operand } = node;
  if (operand.type !== 'integer' && operand.type !== 'numeric') return;
  const start = startOf(operand);
  const end = endOf(operand);
  if (start === undefined || end === undefined || masked[start] !== '-' || wrappedLeft(operand, masked))
    return;
  let digits = start + 1;
  while (/\s/.test(masked[digits] ?? '')) digits += 1;
  const positive = { ...operand, value: -operand.value, _location: { start: digits, end } } as Expr;
  const cast: Expr = { ...node, operand: positive };
  for (const key of Object.keys(node)) Reflect.deleteProperty(node, key);
  Object.assign(node, { type: 'unary', op: '-', operand: cast } satisfies Expr);
}

/**
 * `a = b IS NULL` (read as `a = (b IS NULL)`) made `(a = b) IS NULL`, in place; each IS test
 * written in a row after b (`a = b IS NULL IS NOT TRUE`) then applies to the comparison.
 */
function raiseIsOverComparison(node: Expr & { type: 'binary' }, masked: string): void {
  const tests: (Expr & { type: 'unary' })[] = [];
  let operand: Expr = node.right;
  while (
    operand.type === 'unary' &&
    operand.op.startsWith('IS ') &&
    (tests.length === 0 || !wrappedRight(operand, masked))
  ) {
    tests.push(operand);
    operand = operand.operand;
  }
  const comparison: Expr = { ...node, right: operand };
  const innermost = tests[tests.length - 1];
  const outermost = tests[0];
  if (!innermost || !outermost) return;
  innermost.operand = comparison;
  for (const key of Object.keys(node)) Reflect.deleteProperty(node, key);
  Object.assign(node, outermost);
}

function startOf(node: object): number | undefined {
  const location: unknown = Reflect.get(node, '_location');
  const start =
    typeof location === 'object' && location !== null ? Reflect.get(location, 'start') : undefined;
  return typeof start === 'number' ? start : undefined;
}

function endOf(node: object): number | undefined {
  const location: unknown = Reflect.get(node, '_location');
  const end = typeof location === 'object' && location !== null ? Reflect.get(location, 'end') : undefined;
  return typeof end === 'number' ? end : undefined;
}

/**
 * Where a node's text really starts and ends: the parser's location leaves out parentheses around
 * its first or last part (`(b) IS NULL` starts at b, `-(a)` ends at a), which the masked text
 * gives back by balancing the parentheses inside it.
 */
function extent(node: object, masked: string): { start: number; end: number } | undefined {
  const start = startOf(node);
  const end = endOf(node);
  if (start === undefined || end === undefined) return undefined;
  let unopened = 0;
  let depth = 0;
  for (let at = start; at < end; at += 1) {
    if (masked[at] === '(') depth += 1;
    else if (masked[at] === ')') {
      if (depth === 0) unopened += 1;
      else depth -= 1;
    }
  }
  let from = start;
  for (; unopened > 0 && from > 0; from -= 1) if (masked[from - 1] === '(') unopened -= 1;
  let to = end;
  for (; depth > 0 && to < masked.length; to += 1) if (masked[to] === ')') depth -= 1;
  return { start: from, end: to };
}

/** True when the left operand is written in parentheses: a `)` follows it before its operator. */
function wrappedLeft(operand: Expr, masked: string): boolean {
  const at = extent(operand, masked);
  if (at === undefined) return false;
  let next = at.end;
  while (next < masked.length && /\s/.test(masked[next] ?? '')) next += 1;
  return masked[next] === ')';
}

/** True when the right operand is written in parentheses: a `(` comes between its operator and it. */
function wrappedRight(operand: Expr, masked: string): boolean {
  const at = extent(operand, masked);
  if (at === undefined) return false;
  let previous = at.start - 1;
  while (previous >= 0 && /\s/.test(masked[previous] ?? '')) previous -= 1;
  return masked[previous] === '(';
}
