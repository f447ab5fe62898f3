import type { Expr } from 'pgsql-ast-parser';
import type { CatalogColumn } from './catalog.js';
import { logical } from './expression-typer.js';
import { mustRunOnce } from './functions.js';
import { refuse } from './refusal.js';

type IntegerType = 'int2' | 'int4' | 'int8';

const RANK: Readonly<Record<IntegerType, number>> = { int2: 0, int4: 1, int8: 2 };
const OPERATIONS: Readonly<Record<string, string>> = { '+': 'add', '-': 'sub', '*': 'mul' };
const INT4_MAX = 2_147_483_647;

function isNode(value: unknown): value is Expr {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}

/**
 * A CHECK expression goes to pg-mem as written: the statement analyzers' rewrites of integer
 * arithmetic (expression-typer.ts) never reach it, and pg-mem computes in doubles. So `CHECK (10 /
 * a > 0)` passed a = 0 (Infinity) where PostgreSQL raises 22012, `CHECK (a / 2 > 0)` passed a = 1
 * (0.5 where PostgreSQL's integer quotient is 0), and `CHECK (a * 1000000 > 0)` passed a = 3000
 * where int4mul raises 22003. Integer arithmetic over the table's integer columns and integer
 * constants is rewritten to the engine's checked functions (seams_int4_add, seams_int_div...); a
 * division or remainder of anything else is refused; other arithmetic is left (pg-mem's doubles
 * agree with numeric and float arithmetic short of rounding). AND, OR, greatest() and least() are
 * given PostgreSQL's NULL handling, which pg-mem's own lacks.
 */
export function checkedCheckArithmetic(expr: Expr, columns: readonly CatalogColumn[]): Expr {
  const typeOf = (node: Expr): IntegerType | undefined => {
    switch (node.type) {
      case 'ref': {
        const name = columns.find((column) => column.name === node.name)?.type;
        return name && !name.array && (name.name === 'int2' || name.name === 'int4' || name.name === 'int8')
          ? name.name
          : undefined;
      }
      case 'integer':
        return Math.abs(node.value) <= INT4_MAX ? 'int4' : 'int8';
      case 'unary':
        return node.op === '-' || node.op === '+' ? typeOf(node.operand) : undefined;
      case 'binary': {
        if (!(node.op in OPERATIONS) && node.op !== '/' && node.op !== '%') return undefined;
        const left = typeOf(node.left);
        const right = typeOf(node.right);
        if (!left || !right) return undefined;
        return RANK[left] >= RANK[right] ? left : right;
      }
      default:
        return undefined;
    }
  };
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    // pg-mem computes AND and OR as `a && b`: `NULL AND false` is NULL, so the row passed the
    // CHECK that PostgreSQL fails. The chain goes as PostgreSQL's three-valued CASE instead.
    if (isNode(node) && node.type === 'binary' && (node.op === 'AND' || node.op === 'OR'))
      return logical(
        node.op,
        connected(node, node.op).map((operand) => rewrite(operand) as Expr),
      );
    const rewritten = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value)]));
    if (isNode(node) && node.type === 'call' && !node.function.schema && EXTREMES.has(node.function.name))
      return withoutNulls(rewritten as unknown as Expr);
    if (!isNode(node) || node.type !== 'binary') return rewritten;
    const arithmetic = node.op in OPERATIONS || node.op === '/' || node.op === '%';
    if (!arithmetic) return rewritten;
    const type = typeOf(node);
    const args = [rewritten.left, rewritten.right] as Expr[];
    if (type === undefined) {
      if (node.op === '/' || node.op === '%')
        throw refuse(`a CHECK constraint with ${node.op} on other than integer columns and constants`);
      return rewritten;
    }
    if (node.op === '/' || node.op === '%') {
      const call: Expr = {
        type: 'call',
        function: { name: node.op === '/' ? 'seams_int_div' : 'seams_int_mod' },
        args,
      };
      // The one quotient past its type's range, -2147483648 / -1, is 22003 in PostgreSQL.
      return node.op === '/' && type !== 'int8'
        ? { type: 'call', function: { name: `seams_to_${type}` }, args: [call] }
        : call;
    }
    return { type: 'call', function: { name: `seams_${type}_${OPERATIONS[node.op]}` }, args };
  };
  return rewrite(expr) as Expr;
}

/** The operands of a chain of one connective, `a AND b AND c` as written in any grouping. */
function connected(node: Expr, op: 'AND' | 'OR'): Expr[] {
  return node.type === 'binary' && node.op === op
    ? [...connected(node.left, op), ...connected(node.right, op)]
    : [node];
}

const EXTREMES: ReadonlySet<string> = new Set(['greatest', 'least']);

/**
 * greatest() or least() skipping NULL arguments, as PostgreSQL's does: pg-mem's gives NULL when
 * any argument is NULL, so `CHECK (greatest(a, b) < 10)` passed (11, NULL). Each argument is read
 * as itself or, when NULL, the first non-NULL of the others: the extreme of those is the extreme
 * of the non-NULL arguments, and NULL only when every one is.
 */
function withoutNulls(call: Expr): Expr {
  if (call.type !== 'call' || call.args.length < 2) return call;
  const { args } = call;
  if (args.some(mustRunOnce))
    throw refuse(`${call.function.name}() over nextval(), setval() or random values in a CHECK`);
  return {
    ...call,
    args: args.map((arg, index) => ({
      type: 'call',
      function: { name: 'coalesce' },
      args: [arg, ...args.slice(index + 1), ...args.slice(0, index)],
    })),
  };
}
