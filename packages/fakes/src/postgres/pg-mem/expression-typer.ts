import type { Expr, ExprBinary, ExprCall, ExprCast, SelectStatement } from 'pgsql-ast-parser';
import { FakePostgresError } from '../fake-postgres-error.js';
import { typeArrayConcat } from './array-functions.js';
import {
  foldsRaising,
  isConstantTree,
  isPseudoconstant,
  mayRaise,
  qualCost,
  SUBLINK_CALLS,
  stableValue,
} from './constant-folding.js';
import { dateDays, typeDatePart } from './date-parts.js';
import { markAt, markOperator } from './error-position.js';
import { changesState, mustRunOnce, typeCall } from './functions.js';
import { readsGenericParameter } from './generic-plans.js';
import { isConstant, isNullLiteral, literalOf, pgMemType } from './literals.js';
import { NUMERIC_FIT } from './numeric-assignment.js';
import { DISTINCT_FROM_CALLS, JSON_PATH_OPERATOR, writtenNumeric } from './numeric-literals.js';
import {
  type Conjunct,
  comparesWithNull,
  foldsToNull,
  hasColumn,
  hasSubquery,
  hasTruthConstant,
  readAtScanStart,
  readsRow,
  runOneTimeFilters,
} from './one-time-filters.js';
import {
  entryFunction,
  JOINED_FUNCTION,
  MOST_SORT_KEYS,
  type OrderedArrayElement,
  type SortKey,
  sortedArrayFunction,
} from './ordered-aggregates.js';
import { outputText } from './output-text.js';
import { formatType } from './parameters.js';
import { CARDINALITY_VIOLATION, CHECKED_ARITHMETIC, decimalOf, divisionScale } from './pg-mem-functions.js';
import {
  FORMAT_TYPE_NAMES,
  fromDataType,
  isInteger,
  isNumber,
  isText,
  isTimestamp,
  type PgType,
  serialTypeError,
  T,
} from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import type { Scope } from './scope.js';
import { isCorrelatedSemiJoin, semiJoin } from './semi-join.js';
import { heldSubqueryError, holdsSubqueryError, raisedAsPlanned } from './subquery-errors.js';
import { fitTimestamp } from './timestamp-assignment.js';
import type { AnalysisContext, Typed } from './typed.js';

/** A WHERE being typed: the statement's own or a subquery's, its joins, its condition depth. */
interface WhereRoot {
  readonly statement: boolean;
  readonly joins: readonly StatementJoin[];
  /** A later branch of a UNION ALL below the top level: a LIMIT, EXISTS or IN may never read it. */
  readonly lazy?: boolean;
  /** Inside a CTE no query reads: never planned, its filters never run. */
  readonly unread?: boolean;
  readonly depth: number;
}

/** A join's ON condition as written, and the alias a LEFT JOIN joins (the side it fills with NULLs). */
export interface StatementJoin {
  readonly on: Expr;
  readonly leftJoined?: string;
}

/** Analyses a subquery used as an expression, in the scope of the query around it. */
export type SubqueryAnalyzer = (
  select: SelectStatement,
  scope: Scope,
) => { statement: SelectStatement; outputs: readonly Typed[] };

const COMPARISONS = new Set(['=', '!=', '<', '>', '<=', '>=']);
const ORDERINGS = new Set(['<', '>', '<=', '>=']);
const NUMBER_RANK: Readonly<Record<string, number>> = { int2: 1, int4: 2, int8: 3, numeric: 4, float8: 5 };

/** The aggregates whose result ignores NULL inputs, so FILTER can feed them NULL instead of a row. */
const NULL_SKIPPING_AGGREGATES = new Set([
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'bool_and',
  'bool_or',
  'every',
]);

/** The clauses where PostgreSQL allows no aggregate, as its 42803 names them. */
const AGGREGATE_FREE_CLAUSES: Readonly<Record<string, string>> = {
  WHERE: 'WHERE',
  'JOIN/ON': 'JOIN conditions',
};

/** 42809: an aggregate-only clause (DISTINCT) on a function that is no aggregate. */
const notAggregate = (clause: string, name: string): FakePostgresError =>
  pgError('42809', `${clause} specified, but ${name} is not an aggregate function`);

const isUntypedNode = (expr: Expr): boolean =>
  expr.type === 'parameter' || expr.type === 'string' || expr.type === 'null';

/** 42883 or 42725 naming an operator: what operator resolution raises. */
const isOperatorError = (error: unknown): boolean =>
  error instanceof FakePostgresError &&
  ((error.code === '42883' && error.message.startsWith('operator does not exist: ')) ||
    (error.code === '42725' && error.message.startsWith('operator is not unique: ')));

/** Whether the type's input function reads the text (an enum: one of its labels). */
function accepts(text: string, type: PgType, enumLabels: readonly string[] | undefined): boolean {
  try {
    literalOf(text, type, enumLabels);
    return true;
  } catch {
    return false;
  }
}

/** An error of SQLSTATE class 22 (data exception): a value its type cannot take. */
const isDataException = (error: unknown): boolean =>
  error instanceof FakePostgresError && error.code.startsWith('22');

/**
 * Types expressions as PostgreSQL does, for the constructs the pg-mem engine knows pg-mem runs as
 * PostgreSQL does, and rewrites them for pg-mem (parameters and literals bound to typed values,
 * integer division made PostgreSQL's, now() fixed to the transaction). Anything else is refused.
 */
export class ExpressionTyper {
  constructor(
    private readonly context: AnalysisContext,
    private readonly subquery: SubqueryAnalyzer,
  ) {}

  /** How deep `type` is in its own recursion: 0 between calls from outside. */
  #depth = 0;

  /** How many calls of `type` and `condition` are under way: 0 between calls from outside. */
  #entries = 0;

  /**
   * The first untyped literal among the operands being typed whose text its type's input function
   * refuses ('abc' beside an integer): raised once the node around it has typed, as PostgreSQL
   * resolves an operator before it coerces an unknown literal to its operand type ('abc' + uuid is
   * 42883, not 22P02).
   */
  #pendingLiteral: Error | undefined;

  /**
   * The first parameter whose value its type's input function refuses: PostgreSQL reads the values
   * at Bind, after the whole statement was analysed, so any analysis error comes first
   * (`SELECT $1 - u` with '2024-05-01' is 42883, not 22P02).
   */
  #pendingParameter: Error | undefined;

  /** The expression, its PostgreSQL type, and its column name; `expected` types an untyped literal or parameter. */
  type(expr: Expr, scope: Scope, expected?: PgType): Typed {
    return this.#entered(() => {
      this.#depth += 1;
      const around = this.#pendingLiteral;
      this.#pendingLiteral = undefined;
      let own: Error | undefined;
      try {
        let typed: Typed;
        try {
          typed = this.#type(expr, scope, expected);
          // A strict operator or function with a NULL constant operand folds to NULL as planned
          // (evaluate_function): what else it reads is never run (`NULL::int * (10 / qty)` is NULL
          // on every row), once its constant operands have folded (a constant 1 / 0 still raises).
          if (
            (foldsToNull(expr) || concatFoldsToNull(expr, typed.type)) &&
            mayRaise(typed.expr) &&
            !foldsRaising(typed.expr)
          )
            typed = { ...typed, expr: literalOf(null, typed.type) };
        } catch (error) {
          if (!isUntypedNode(expr) || !isDataException(error)) throw error;
          const type = expected && expected.name !== 'unknown' ? expected : T.unknown;
          typed = { expr: literalOf(null, type), type, name: '?column?', untyped: true };
          if (expr.type === 'parameter') this.#pendingParameter ??= error as Error;
          else own = error as Error;
        }
        if (this.#pendingLiteral) throw this.#pendingLiteral;
        return typed;
      } finally {
        this.#pendingLiteral = around ?? own;
        this.#depth -= 1;
      }
    });
  }

  /** Runs a call from outside (or within): when the outermost ends, the input errors held back are raised. */
  #entered<R>(run: () => R): R {
    this.#entries += 1;
    let result: R;
    try {
      result = run();
    } catch (error) {
      if (this.#entries === 1) {
        const parameter = this.#pendingParameter;
        this.#pendingLiteral = undefined;
        this.#pendingParameter = undefined;
        // An error in the statement's analysis comes first; one computing a constant (1 / 0
        // folded) after the values are read.
        if (parameter && isDataException(error)) throw parameter;
      }
      throw error;
    } finally {
      this.#entries -= 1;
    }
    if (this.#entries === 0) {
      const pending = this.#pendingLiteral ?? this.#pendingParameter;
      this.#pendingLiteral = undefined;
      this.#pendingParameter = undefined;
      if (pending) throw pending;
    }
    return result;
  }

  #type(expr: Expr, scope: Scope, expected?: PgType): Typed {
    switch (expr.type) {
      case 'ref':
        try {
          return this.#ref(expr.name, expr.table?.name, scope);
        } catch (error) {
          // errorMissingColumn and errorMissingRTE point at the column reference.
          if (error instanceof FakePostgresError && (error.code === '42703' || error.code === '42P01'))
            markAt(error, expr);
          throw error;
        }
      case 'parameter':
        // Typed from outside as a whole (a select-list item, an INSERT or SET value): a target-list
        // item PostgreSQL coerces only after reading the whole list. The list is known by its
        // scope; an INSERT's VALUES items each have an empty one, and make one list.
        return this.context.bindParameter(
          expr.name,
          expected,
          this.#depth === 1 ? (scope.sources.length === 0 && !scope.parent ? VALUES_LIST : scope) : undefined,
        );
      case 'string':
        return this.#untypedString(expr, expected);
      case 'null':
        return {
          expr: expected ? literalOf(null, expected) : expr,
          type: expected ?? T.unknown,
          name: '?column?',
          untyped: true,
        };
      case 'integer':
        return this.#integer(expr.value);
      case 'numeric':
        return this.#numeric(expr);
      case 'boolean':
        // Since PostgreSQL 15 TRUE and FALSE are constants, not casts of 't' to bool: `?column?`.
        return { expr, type: T.bool, name: '?column?' };
      case 'cast':
        return this.#cast(expr, scope);
      case 'binary':
        try {
          return this.#binary(expr, scope);
        } catch (error) {
          // make_op's errors point at the operator's token (the A_Expr's location).
          if (isOperatorError(error)) markOperator(error, expr, expr.op, expr.left, expr.right);
          throw error;
        }
      case 'unary':
        return this.#unary(expr, scope);
      case 'call':
        try {
          return this.#call(expr, scope);
        } catch (error) {
          // ParseFuncOrColumn points at the function's name: where the call starts.
          if (
            error instanceof FakePostgresError &&
            error.code === '42883' &&
            error.message.startsWith('function ')
          )
            markAt(error, expr);
          throw error;
        }
      case 'case':
        return this.#case(expr, scope);
      case 'ternary': {
        // PostgreSQL reads it as `value >= lo AND value <= hi`: an untyped value ($1, '5') takes the
        // type of `lo`, as it would beside `>=`. Beside an untyped `lo` it would be text for `>=`
        // and then meet `hi` as text: not followed here.
        if (isUntypedNode(expr.value) && isUntypedNode(expr.lo) && !isUntypedNode(expr.hi))
          throw refuse('BETWEEN of an untyped value and an untyped lower bound');
        const bound = isUntypedNode(expr.value) && !isUntypedNode(expr.lo) ? expr.lo : undefined;
        const value = bound
          ? this.type(expr.value, scope, unmodified(this.type(bound, scope).type))
          : this.type(expr.value, scope);
        const lo = this.type(expr.lo, scope, unmodified(value.type));
        const hi = this.type(expr.hi, scope, unmodified(value.type));
        this.#comparable(value.type, lo.type, 'BETWEEN', true);
        this.#comparable(value.type, hi.type, 'BETWEEN', true);
        // As PostgreSQL's grammar makes it: `v >= lo AND v <= hi`, NOT BETWEEN `v < lo OR v > hi`,
        // with three values (id NOT BETWEEN 7 AND NULL is true where id < 7); pg-mem's own gives NULL.
        if (mustRunOnce(value.expr)) throw refuse('BETWEEN over nextval(), setval() or gen_random_uuid()');
        const compare = [value, lo, hi].every((part) => textual(part.type))
          ? textOrdering
          : (op: ExprBinary['op'], a: Expr, b: Expr): Expr =>
              indexSafe({ type: 'binary', op, left: a, right: b });
        const within = expr.op === 'BETWEEN';
        const junction = within ? 'AND' : 'OR';
        const tests = [
          { op: within ? '>=' : '<', bound: lo, source: expr.lo },
          { op: within ? '<=' : '>', bound: hi, source: expr.hi },
        ] as const;
        // Folded as any AND or OR is: `5 NOT BETWEEN 10 / qty AND 1` is true, its division unrun.
        const between = logical(
          junction,
          this.#pruned(
            junction,
            tests.map((test) => compare(test.op, value.expr, test.bound.expr)),
            tests.map(
              (test): Expr => ({ type: 'binary', op: test.op, left: expr.value, right: test.source }),
            ),
          ),
        );
        return this.#combine(between, T.bool, '?column?', [value, lo, hi]);
      }
      case 'member':
        try {
          return this.#member(expr, scope);
        } catch (error) {
          if (isOperatorError(error)) markOperator(error, expr, expr.op, expr.operand);
          throw error;
        }
      case 'keyword':
        return this.#keyword(expr.keyword);
      case 'array':
        // PostgreSQL types an ARRAY[...] by its own elements, never by what is beside it (the other
        // operand, the target column): ARRAY['1'] is a text[] even where an int[] is wanted. Only
        // an explicit cast gives it a type (see #cast).
        if (expr.expressions.length === 0)
          throw markAt(
            pgError('42P18', 'cannot determine type of empty array', {
              hint: 'Explicitly cast to the desired type, for example ARRAY[]::integer[].',
            }),
            expr,
          );
        return this.#array(expr.expressions, scope, undefined);
      case 'select':
      case 'union':
      case 'union all':
      case 'values':
      case 'with':
      case 'with recursive':
        return this.#scalarSubquery(expr, scope);
      case 'array select': {
        if (!this.context.inDataChange) throw refuse('ARRAY(SELECT ...) outside a data change');
        const sub = this.#subqueryExpr(expr.select, scope);
        const [column] = sub.outputs;
        if (sub.outputs.length !== 1 || !column)
          throw pgError('42601', 'subquery must return only one column');
        return {
          expr: { type: 'array', expressions: this.#evaluate(sub) },
          type: { ...column.type, array: true },
          name: 'array',
        };
      }
      case 'extract': {
        const source = this.type(expr.from, scope);
        const part = typeDatePart(expr.field.name, source, true);
        return this.#combine(part.expr, part.type, 'extract', [source]);
      }
      case 'default':
        throw refuse('DEFAULT outside a VALUES list or SET');
      default:
        throw refuse(`the expression ${expr.type}`);
    }
  }

  /**
   * A clause's condition (WHERE, HAVING, JOIN/ON, CASE/WHEN), where only true counts: NULL and false
   * both drop the row. There pg-mem's own AND and OR are kept (its index lookups read them): they
   * are true exactly when PostgreSQL's are, though `NULL OR false` is false and `NULL AND false`
   * NULL. Anywhere a boolean is a value (a select list, under NOT, IS NULL) they are rewritten.
   */
  condition(expr: Expr, scope: Scope, clause: string): Typed {
    const typed = this.#entered(() => {
      this.#conditionDepth += 1;
      try {
        return this.#condition(expr, scope, clause);
      } finally {
        this.#conditionDepth -= 1;
      }
    });
    // Parse analysis refuses an aggregate of the query's own level in WHERE and JOIN/ON
    // (check_agglevels_and_constraints), before Bind reads any value; pg-mem found it as it ran.
    const noAggregatesIn = AGGREGATE_FREE_CLAUSES[clause];
    if (noAggregatesIn && typed.aggregate) {
      const error = pgError('42803', `aggregate functions are not allowed in ${noAggregatesIn}`);
      const at = this.#firstAggregateCall([expr], scope);
      throw at ? markAt(error, at) : error;
    }
    return typed;
  }

  /**
   * The WHERE of the statement's main query (not of a CTE, a derived table or a subquery, which
   * PostgreSQL may never run): its conditions that read no column run first (see runOneTimeFilters).
   */
  statementWhere(expr: Expr, scope: Scope, joins: readonly StatementJoin[] = []): Typed {
    return this.#where(expr, scope, { statement: true, joins });
  }

  /**
   * The WHERE of a query below the statement's main one (a subquery, a CTE, a derived table, a
   * set operation's branch under a LIMIT). PostgreSQL tests its one-time filters (its equivalence
   * classes' ones included) once, where its plan first reaches the query, before its first row;
   * pg-mem tests them per row, or on no row. Whether the plan reaches the query at all (a CTE
   * never read, an outer query of no row, a branch after the LIMIT is met) is the plan's: where
   * such a filter fails, the statement is refused rather than answered either way.
   */
  subqueryWhere(
    expr: Expr,
    scope: Scope,
    joins: readonly StatementJoin[] = [],
    reach: { lazy?: boolean; unread?: boolean } = {},
  ): Typed {
    return this.#where(expr, scope, { statement: false, joins, ...reach });
  }

  #where(expr: Expr, scope: Scope, root: Omit<WhereRoot, 'depth'>): Typed {
    const outer = this.#whereRoot;
    // The clause itself is typed one condition deeper than now; a subquery inside it sets its own.
    this.#whereRoot = { ...root, depth: this.#conditionDepth + 1 };
    try {
      return this.condition(expr, scope, 'WHERE');
    } finally {
      this.#whereRoot = outer;
    }
  }

  /** The WHERE being typed (see statementWhere), at the condition depth of its own top level. */
  #whereRoot: WhereRoot | undefined;

  /** How many conditions (WHERE, ON, HAVING, CASE/WHEN, FILTER) the expression being typed is inside. */
  #conditionDepth = 0;

  #condition(expr: Expr, scope: Scope, clause: string): Typed {
    if (expr.type === 'binary' && (expr.op === 'AND' || expr.op === 'OR')) {
      const typed = this.#connective(expr, expr.op, scope, clause);
      // A WHERE that is one OR is one condition: a one-time filter, or an index condition (a bitmap OR).
      if (clause === 'WHERE' && expr.op === 'OR')
        this.#oneTimeFilters([this.#conjunct(typed.expr, expr, scope)], scope);
      return typed;
    }
    const typed = this.#boolean(expr, scope, clause);
    if (clause === 'WHERE') this.#oneTimeFilters([this.#conjunct(typed.expr, expr, scope)], scope);
    return typed;
  }

  /** An AND or OR chain: its operands typed, run in the order and only where PostgreSQL runs them. */
  #connective(expr: Expr, op: 'AND' | 'OR', scope: Scope, clause: string): Typed {
    const sources = chain(expr, op);
    const operands = sources.map((source) => this.condition(source, scope, op));
    if (clause === 'WHERE' && op === 'AND')
      this.#oneTimeFilters(
        operands.map((operand, index) => this.#conjunct(operand.expr, sources[index] ?? expr, scope)),
        scope,
      );
    // pg-mem cannot read an aggregate inside a CASE condition (HAVING): such a clause keeps its AND.
    if (
      !operands.some((operand) => mayRaise(operand.expr)) ||
      operands.some((operand) => operand.aggregate)
    ) {
      const joined = operands
        .map((operand) => operand.expr)
        .reduce((left, right) => ({ type: 'binary', op, left, right }));
      return this.#combine(joined, T.bool, '?column?', operands);
    }
    // An operand that can raise (`total / qty > 2`) runs only where PostgreSQL runs it: pg-mem
    // evaluates both sides of its AND, so `qty <> 0 AND total / qty > 2` divided by zero. A
    // clause's top-level conditions run cheapest first (order_qual_clauses), each only while
    // the ones before held; a CASE condition's AND and an OR's operands in order, as written.
    // The planner folds constants (in the order written) before it orders the conditions.
    const folded = this.#pruned(
      op,
      operands.map((operand) => operand.expr),
      sources,
    );
    const kept =
      op === 'AND' && (clause === 'WHERE' || clause === 'HAVING' || clause === 'JOIN/ON')
        ? equalitiesLast(folded, sources, clause === 'WHERE')
            .map(({ operand, source }) => ({
              operand,
              // A constant false or NULL (`1 = 2`, `id = NULL`) folds as planned: the clause holds
              // for no row, and nothing else in it is run.
              cost:
                // The join's hash or merge condition (`o.customer_id = c.id`) is matched first:
                // its other conditions (the Join Filter) are tested only on the pairs it joins.
                clause === 'JOIN/ON' && source !== undefined && joinsTwoSources(source, scope)
                  ? -2
                  : comparesWithNull(operand) ||
                      (source !== undefined && foldsToNull(source)) ||
                      (isConstantTree(operand) && !mayRaise(operand) && this.#constantValue(operand) !== true)
                    ? -1
                    : // A WHERE condition reading no row (a stable call, a subquery's value) is a
                      // one-time filter: the gating Result tests it before the scan's conditions.
                      clause === 'WHERE' &&
                        source !== undefined &&
                        isPseudoconstant(operand) &&
                        // `(SELECT ...) > 0 OR true` folds to true as planned: no filter is left.
                        !hasTruthConstant(source) &&
                        !readsRow(source, (subquery) => isCorrelatedSemiJoin(subquery, scope))
                      ? -0.5
                      : qualCost(
                          source ?? expr,
                          (subquery) => isCorrelatedSemiJoin(subquery, scope),
                          (name) => this.context.parameterArrayLength?.(name),
                        ),
            }))
            .sort((a, b) => a.cost - b.cost)
            .map(({ operand }) => operand)
        : folded;
    const shortCircuit =
      op === 'AND'
        ? kept.reduceRight<Expr>(
            (rest, operand) => ({ type: 'case', whens: [{ when: operand, value: rest }], else: FALSE }),
            TRUE,
          )
        : ({
            type: 'case',
            whens: kept.map((operand) => ({ when: operand, value: TRUE })),
            else: FALSE,
          } satisfies Expr);
    return this.#combine(shortCircuit, T.bool, '?column?', operands);
  }

  /** One top-level WHERE condition, and whether as written it reads the query's rows. */
  #conjunct(typed: Expr, source: Expr, scope: Scope): Conjunct {
    return { typed, source, readsRow: readsRow(source, (subquery) => isCorrelatedSemiJoin(subquery, scope)) };
  }

  /** The statement's WHERE conditions that read no column, tested before any row (see runOneTimeFilters). */
  #oneTimeFilters(conjuncts: readonly Conjunct[], scope: Scope): void {
    // The clause itself, not the WHERE of a subquery inside it, nor a CASE condition within.
    const root = this.#whereRoot;
    if (!root || this.#conditionDepth !== root.depth) return;
    if (root.unread) return;
    // Tested as the statement runs: after every error of analysis and planning in it.
    const { deferToExecution } = this.context;
    if (deferToExecution) deferToExecution(() => this.#testOneTimeFilters(conjuncts, scope, root));
    else this.#testOneTimeFilters(conjuncts, scope, root);
  }

  #testOneTimeFilters(conjuncts: readonly Conjunct[], scope: Scope, root: WhereRoot): void {
    if (!root.statement) {
      try {
        this.#runOneTimeFilters(conjuncts, scope, root.joins);
      } catch (error) {
        if (!(error instanceof FakePostgresError) || error.code === '0A000') throw error;
        // A WHERE of such filters alone pg-mem tests once as the query runs, as PostgreSQL's
        // gating Result does; beside a condition on the rows it tests them per row (on an empty
        // table never), and a later UNION ALL branch it runs where PostgreSQL may stop before it.
        const alone = conjuncts.every(({ typed, readsRow }) => !readsRow && isPseudoconstant(typed));
        if (alone && !root.lazy) return;
        throw refuse(
          `a condition of a subquery's WHERE that reads none of its rows and fails with ${error.code} (PostgreSQL tests it once where its plan reaches the subquery, pg-mem per row)`,
        );
      }
      return;
    }
    this.#runOneTimeFilters(conjuncts, scope, root.joins);
  }

  #runOneTimeFilters(conjuncts: readonly Conjunct[], scope: Scope, joins: readonly StatementJoin[]): void {
    const scans = runOneTimeFilters(
      conjuncts,
      (expr) => {
        const [row] = this.context.evaluate({ type: 'select', columns: [{ expr, alias: { name: 'v' } }] });
        const value = row?.v;
        return value === null || value === undefined ? null : typeof value === 'boolean' ? value : undefined;
      },
      (column) => {
        const resolved = scope.resolveOrUndefined(column.name, column.table?.name);
        // A column of this query's own FROM: an enclosing query's is a parameter here.
        return resolved && scope.sources.includes(resolved.source)
          ? `${scope.sources.indexOf(resolved.source)}.${column.name}`
          : undefined;
      },
      joins.map(({ on, leftJoined }) => {
        const index = leftJoined === undefined ? -1 : scope.sources.findIndex((s) => s.alias === leftJoined);
        return leftJoined === undefined ? { on } : { on, nullable: `${index}.` };
      }),
    );
    if (!scans) return;
    readAtScanStart(conjuncts, (column) => {
      const resolved = scope.resolveOrUndefined(column.name, column.table?.name);
      // A column of this query's own FROM (not an enclosing query's), of a table.
      const table = resolved && scope.sources.includes(resolved.source) ? resolved.source.table : undefined;
      const { catalog } = this.context;
      if (!table || !catalog.scanKeyColumns(table).has(column.name)) return undefined;
      return { table, analysed: catalog.hasStatistics(table) };
    });
  }

  /**
   * AND or OR operands as PostgreSQL's planner leaves them (simplify_and_arguments): it folds them
   * in the order written, and a constant false (for OR, true) decides the result alone: the
   * operands after it are never folded or run (`false AND 1/0 = 1` is false), and those before it,
   * folded already, are dropped unrun (`10 / qty = 1 OR true` is true on every row). Only looked
   * for when an operand could raise.
   */
  #pruned(op: 'AND' | 'OR', operands: readonly Expr[], sources: readonly Expr[]): readonly Expr[] {
    for (let index = 0; index < operands.length && operands.some(mayRaise); index++) {
      const operand = operands[index];
      // A subquery's value, run ahead into a literal here, is an InitPlan to the planner: no
      // constant it folds, so the operands after it are planned (and fold) all the same.
      const source = sources[index];
      if (source && hasSubquery(source)) continue;
      if (operand && this.#constantValue(operand) === (op === 'OR')) return [operand];
    }
    // A subquery is no constant to fold, and raises nothing as folded: a constant false (for OR,
    // true) written after it decides the condition too, and the subquery is never planned.
    if (operands.some(holdsSubqueryError)) {
      for (const [index, operand] of operands.entries()) {
        const source = sources[index];
        if (!source || holdsSubqueryError(operand) || hasSubquery(source)) continue;
        if (this.#constantValue(operand) === (op === 'OR')) return [operand];
      }
    }
    return operands;
  }

  /**
   * A constant condition's value as PostgreSQL's planner folds it before running the statement
   * (true, false or NULL), or undefined when it is not a constant. Evaluating it raises what
   * folding it would.
   */
  #constantValue(expr: Expr): boolean | null | undefined {
    if (expr.type === 'boolean') return expr.value;
    if (isNullLiteral(expr)) return null;
    const folded = this.#folded(expr);
    if (!folded) return undefined;
    const { value } = folded;
    if (value === null || value === undefined) return null;
    return typeof value === 'boolean' ? value : undefined;
  }

  /**
   * Whether a constant expression folds to NULL as PostgreSQL's planner folds it, or undefined
   * when it is no constant (or folding it fails, which is held for the statement to raise).
   */
  #constantIsNull(expr: Expr): boolean | undefined {
    if (isNullLiteral(expr)) return true;
    const folded = this.#folded(expr);
    return folded && (folded.value === null || folded.value === undefined);
  }

  /** The value a constant expression folds to before the statement runs; undefined for no constant. */
  #folded(expr: Expr): { readonly value: unknown } | undefined {
    if (!isConstantTree(expr)) return undefined;
    // A generic plan folds no parameter: the condition is tested as the statement runs, and what
    // it would prune is planned (a constant 1 / 0 there fails as it is folded).
    if (readsGenericParameter(expr)) return undefined;
    let row: Readonly<Record<string, unknown>> | undefined;
    try {
      [row] = this.context.evaluate({ type: 'select', columns: [{ expr, alias: { name: 'v' } }] });
    } catch (error) {
      // Folding fails as the statement is planned, after its analysis: a later clause's mistake
      // (`ORDER BY 'abc'::int`) is reported first. The condition is then left as it is.
      const { holdPlanError } = this.context;
      if (!holdPlanError || !(error instanceof FakePostgresError) || error.code === '0A000') throw error;
      holdPlanError(error);
      return undefined;
    }
    return { value: row?.['v'] };
  }

  /**
   * A CASE as PostgreSQL's planner leaves it: an arm whose condition is a constant false or NULL
   * is dropped unread, and a constant true one ends the CASE (CASE WHEN true THEN 1 ELSE 1/0 END
   * is 1). pg-mem folds every constant arm first, raising where PostgreSQL does not.
   */
  #prunedCase(expr: Extract<Expr, { type: 'case' }>, type: PgType): Expr {
    if (!mayRaise(expr)) return expr;
    const kept: (typeof expr.whens)[number][] = [];
    for (const when of expr.whens) {
      const condition: Expr = expr.value
        ? { type: 'binary', op: '=', left: expr.value, right: when.when }
        : when.when;
      const value = this.#constantValue(condition);
      if (value === false || value === null) continue;
      if (value === true) {
        if (kept.length === 0) return { type: 'case', whens: [{ when: TRUE, value: when.value }] };
        return { ...expr, whens: kept, else: when.value };
      }
      kept.push(when);
    }
    if (kept.length > 0) return { ...expr, whens: kept };
    return expr.else ?? literalOf(null, type);
  }

  /** A boolean value: typed, and refused unless boolean. */
  #boolean(expr: Expr, scope: Scope, clause: string): Typed {
    const typed = this.type(expr, scope, T.bool);
    if (typed.type.name !== 'bool' || typed.type.array) {
      throw pgError('42804', `argument of ${clause} must be type boolean, not type ${typed.type.name}`);
    }
    return typed;
  }

  #ref(name: string, table: string | undefined, scope: Scope): Typed {
    // `t.*` outside a select list is t's whole row, a composite value pg-mem does not have.
    if (name === '*') throw refuse(table ? `the whole-row reference ${table}.*` : '* outside a select list');
    const resolved = scope.resolve(name, table);
    if (resolved.outer)
      throw refuse(`a correlated subquery (it reads ${table ? `${table}.` : ''}${name} of its outer query)`);
    if (resolved.constant) return { expr: resolved.constant, type: resolved.type, name };
    return {
      expr: { type: 'ref', name, ...(table && { table: { name: table } }) },
      type: resolved.type,
      name,
    };
  }

  #untypedString(literal: Extract<Expr, { type: 'string' }>, expected: PgType | undefined): Typed {
    const type: PgType = expected && expected.name !== 'unknown' ? expected : T.unknown;
    const enumLabels = type.enumName ? this.context.catalog.enumLabels(type.enumName) : undefined;
    try {
      return { expr: literalOf(literal.value, type, enumLabels), type, name: '?column?', untyped: true };
    } catch (error) {
      // PostgreSQL points at the literal when its type's input function refuses the text (parse
      // analysis coerces it); a modifier's check (varchar(3), numeric(4, 2)) runs at assignment,
      // with no position.
      if (isDataException(error) && !accepts(literal.value, unmodified(type), enumLabels))
        markAt(error, literal);
      throw error;
    }
  }

  #integer(value: number): Typed {
    if (!Number.isSafeInteger(value)) throw refuse(`an integer literal beyond 2^53 (${value})`);
    const type = value >= -2147483648 && value <= 2147483647 ? T.int4 : T.int8;
    return { expr: { type: 'integer', value }, type, name: '?column?' };
  }

  #numeric(expr: Extract<Expr, { type: 'numeric' }>): Typed {
    // The tree keeps a number (1.50 and 1.5 both arrive as 1.5); the scale is the written text's.
    const written = writtenNumeric(expr);
    const text = written?.replace(/^[+-]\s*/, '') ?? String(expr.value);
    if (/e/i.test(text)) throw refuse(`a numeric literal in exponent form (${text})`);
    const scale = text.split('.')[1]?.length ?? 0;
    if (text.replace(/[^\d]/g, '').replace(/^0+/, '').length > 15)
      throw refuse(`a numeric literal of more than 15 digits (${text})`);
    return { expr, type: { name: 'numeric', scale }, name: '?column?' };
  }

  #cast(expr: ExprCast, scope: Scope): Typed {
    const serial = serialTypeError(expr.to);
    if (serial) throw serial;
    const target = fromDataType(expr.to, this.context.catalog.enums);
    if (!target) throw refuse(`the type ${typeName(expr.to)}`);
    let typedParameter: Typed | undefined;
    if (isUntypedNode(expr.operand)) {
      // The literal or parameter is read as varchar (no length), then the explicit cast cuts it to
      // n characters without an error ('abcdef'::varchar(3) is 'abc'); pg-mem's own cast raises.
      const length = target.length;
      const typed = this.type(expr.operand, scope, length === undefined ? target : unmodified(target));
      // A parameter an earlier use typed otherwise ($1::timestamp, then $1::int) holds a value of
      // that type: the cast converts it (or fails) as a cast from that type does, not a relabelling.
      if (expr.operand.type === 'parameter' && !sameType(unmodified(typed.type), unmodified(target)))
        typedParameter = { ...typed, untyped: false };
      else {
        const cutText = (item: Expr): Expr =>
          length !== undefined && item.type === 'string'
            ? { type: 'string', value: [...item.value].slice(0, length).join('') }
            : item;
        // '{abc}'::varchar(2)[] cuts each element the same way.
        const cut: Expr =
          typed.expr.type === 'cast' && typed.expr.operand.type === 'array'
            ? {
                ...typed.expr,
                operand: { ...typed.expr.operand, expressions: typed.expr.operand.expressions.map(cutText) },
              }
            : cutText(typed.expr);
        return { ...typed, expr: cut, type: target, name: castName(expr.to), weakName: true, untyped: false };
      }
    }
    const typeOfText = typedParameter ? undefined : this.#typeOfText(expr, scope);
    if (typeOfText) return typeOfText;
    // ARRAY[...]::t[] hands t to the constructor (transformArrayExpr): ARRAY[]::int[] is an empty
    // int[], and its untyped elements are read as t.
    const operand =
      typedParameter ??
      (expr.operand.type === 'array' && target.array
        ? this.#array(expr.operand.expressions, scope, unmodified(target))
        : this.type(expr.operand, scope));
    // PostgreSQL's FigureColname: a cast keeps its operand's name (a column's, a function's) and
    // falls back to the type's only for an operand without one (an operator, a constant, a CASE).
    const named = operand.name !== '?column?' && !operand.weakName;
    const name = named ? operand.name : castName(expr.to);
    if (sameType(operand.type, target)) return { ...operand, type: target, name, weakName: !named };
    // timestamp(p) of a timestamp (of another precision): the same value rounded to p digits.
    if (isTimestamp(target) && sameType(unmodified(operand.type), unmodified(target)))
      return {
        ...this.#combine(fitTimestamp(operand.expr, target), target, name, [operand]),
        weakName: !named,
      };
    if (!castAllowed(operand.type, target)) {
      throw refuse(
        `a cast from ${operand.type.name}${operand.type.array ? '[]' : ''} to ${typeName(expr.to)}`,
      );
    }
    // A narrowing integer cast checks the range (40000::int2 is 22003); pg-mem keeps any number.
    const narrowed: Expr | undefined =
      isInteger(operand.type) &&
      isInteger(target) &&
      (INTEGER_WIDTH[target.name] ?? 0) < (INTEGER_WIDTH[operand.type.name] ?? 0)
        ? { type: 'call', function: { name: `seams_to_${target.name}` }, args: [operand.expr] }
        : undefined;
    const fitted: Expr | undefined =
      target.name === 'numeric' && target.precision !== undefined
        ? {
            type: 'call',
            function: { name: NUMERIC_FIT },
            args: [
              operand.expr,
              { type: 'integer', value: target.precision },
              { type: 'integer', value: target.scale ?? 0 },
            ],
          }
        : undefined;
    const converted: Expr = narrowed ??
      fitted ?? { type: 'cast', operand: operand.expr, to: pgMemType(target) };
    // An explicit cast to varchar(n) cuts the text to n characters (12345::varchar(3) is '123');
    // pg-mem's varchar has no length.
    const cast: Expr =
      target.name === 'varchar' && target.length !== undefined
        ? {
            type: 'call',
            function: { name: 'seams_text_cut' },
            args: [converted, { type: 'integer', value: target.length }],
          }
        : converted;
    return { ...this.#combine(cast, target, name, [operand]), weakName: !named };
  }

  /**
   * `pg_typeof(x)::text`: the name format_type gives the type the engine typed x as. pg_typeof
   * itself returns regtype, which the engine does not have.
   */
  #typeOfText(expr: ExprCast, scope: Scope): Typed | undefined {
    const call = expr.operand;
    if (call.type !== 'call' || call.function.name.toLowerCase() !== 'pg_typeof') return undefined;
    if (call.function.schema && call.function.schema !== 'pg_catalog') return undefined;
    if (expr.to.kind === 'array' || (expr.to.name !== 'text' && expr.to.name !== 'pg_catalog.text'))
      return undefined;
    if (call.over || call.filter || call.orderBy || call.distinct || call.withinGroup) return undefined;
    const [argument] = call.args;
    if (call.args.length !== 1 || !argument) return undefined;
    if (argument.type === 'parameter') throw refuse('pg_typeof() of a parameter');
    const typed = this.type(argument, scope);
    const name = formatTypeName(typed.type);
    if (name === undefined) throw refuse(`pg_typeof() of a ${typed.type.name} value`);
    // The argument is still evaluated where the call is, as PostgreSQL does: pg_typeof(1 / 0)
    // raises, pg_typeof(nextval('s')) takes a value, pg_typeof(count(*)) makes an aggregate query.
    const text: Expr = { type: 'string', value: name };
    const evaluated: Expr = {
      type: 'case',
      whens: [{ when: { type: 'unary', op: 'IS NULL', operand: typed.expr }, value: text }],
      else: text,
    };
    return this.#combine(evaluated, T.text, 'pg_typeof', [typed]);
  }

  #binary(expr: ExprBinary, scope: Scope): Typed {
    const { op } = expr;
    if (op === 'AND' || op === 'OR') {
      const sources = chain(expr, op);
      const operands = sources.map((operand) => this.#boolean(operand, scope, op));
      return this.#combine(
        logical(
          op,
          this.#pruned(
            op,
            operands.map((operand) => operand.expr),
            sources,
          ),
        ),
        T.bool,
        '?column?',
        operands,
      );
    }
    if (expr.left.type === 'list') return this.type(rowComparison(expr, expr.left.expressions), scope);
    if (op === 'IN' || op === 'NOT IN') return this.#in(expr, scope);
    if (COMPARISONS.has(op)) return this.#comparison(expr, scope);
    if (op === 'LIKE' || op === 'NOT LIKE' || op === 'ILIKE' || op === 'NOT ILIKE')
      return this.#like(expr, scope);
    if (op === '+' || op === '-' || op === '*' || op === '/' || op === '%')
      return this.#arithmetic(expr, scope);
    if (op === '||') return this.#concat(expr, scope);
    if (op === '@>' || op === '<@') return this.#containment(expr, scope);
    // `#>` (numeric-literals.ts names the node so) gives the jsonb at the path, `#>>` its text.
    const path =
      op === '#>>' ? '#>>' : (op as string) === JSON_PATH_OPERATOR ? JSON_PATH_OPERATOR : undefined;
    if (path) {
      if (isUntypedNode(expr.left)) throw ambiguousJsonOperator(path, expr.right);
      const left = this.type(expr.left, scope, T.jsonb);
      if (left.type.name !== 'jsonb' || left.type.array)
        throw refuse(`the operator ${path} on ${left.type.name}`);
      const right = this.type(expr.right, scope, { ...T.text, array: true });
      if (right.type.name !== 'text' || !right.type.array)
        throw refuse(`${path} with a ${right.type.name} path`);
      const call: Expr = {
        type: 'call',
        function: { name: path === '#>>' ? 'seams_jsonb_path_text' : 'seams_jsonb_path' },
        args: [left.expr, right.expr],
      };
      return this.#combine(call, path === '#>>' ? T.text : T.jsonb, '?column?', [left, right]);
    }
    if ((op as string) === '#-') {
      if (isUntypedNode(expr.left)) throw refuse('#- on an untyped value');
      const left = this.type(expr.left, scope, T.jsonb);
      if (left.type.name !== 'jsonb' || left.type.array) throw refuse(`the operator #- on ${left.type.name}`);
      const right = this.type(expr.right, scope, { ...T.text, array: true });
      if (right.type.name !== 'text' || !right.type.array) throw refuse(`#- with a ${right.type.name} path`);
      const call: Expr = {
        type: 'call',
        function: { name: 'seams_jsonb_delete_path' },
        args: [left.expr, right.expr],
      };
      return this.#combine(call, T.jsonb, '?column?', [left, right]);
    }
    if (op === '?' || op === '?|' || op === '?&') {
      const left = this.type(expr.left, scope, T.jsonb);
      if (left.type.name !== 'jsonb' || left.type.array)
        throw refuse(`the operator ${op} on ${left.type.name}`);
      const keyType: PgType = op === '?' ? T.text : { ...T.text, array: true };
      const right = this.type(expr.right, scope, keyType);
      if (right.type.name !== 'text' || !right.type.array !== (op === '?'))
        throw refuse(`the operator ${op} with a ${right.type.name} key`);
      const name =
        op === '?' ? 'seams_jsonb_exists' : op === '?|' ? 'seams_jsonb_exists_any' : 'seams_jsonb_exists_all';
      const call: Expr = { type: 'call', function: { name }, args: [left.expr, right.expr] };
      return this.#combine(call, T.bool, '?column?', [left, right]);
    }
    if (op === '&&') {
      const [left, right] = this.#operands(expr, scope);
      if (!left.type.array || !right.type.array) throw refuse(`the operator && on ${left.type.name}`);
      return this.#arrayContainment(op, left, right);
    }
    throw refuse(`the operator ${op}`);
  }

  #operands(expr: ExprBinary, scope: Scope): [Typed, Typed] {
    if (isUntypedNode(expr.left) && !isUntypedNode(expr.right)) {
      const right = this.type(expr.right, scope);
      return [this.type(expr.left, scope, unmodified(right.type)), right];
    }
    const left = this.type(expr.left, scope);
    return [
      left,
      this.type(
        expr.right,
        scope,
        left.untyped && left.type.name === 'unknown' ? undefined : unmodified(left.type),
      ),
    ];
  }

  /**
   * `a IS [NOT] DISTINCT FROM b`, which PostgreSQL resolves as its `=` operator with NULL as a
   * value: written with pg-mem's `=` and IS NULL tests (the parse reads it as DISTINCT_FROM_CALLS).
   */
  #distinctFrom(expr: ExprCall, negated: boolean, scope: Scope): Typed {
    const [leftSource, rightSource] = expr.args;
    if (!leftSource || !rightSource || expr.args.length !== 2) throw refuse('IS DISTINCT FROM as written');
    if (leftSource.type === 'list' || rightSource.type === 'list')
      throw refuse('IS DISTINCT FROM between rows');
    const equality: ExprBinary = { type: 'binary', op: '=', left: leftSource, right: rightSource };
    const { left, right, compared } = this.#equality(equality, scope);
    // Each operand is read twice below: one that changes state would run twice.
    if (mustRunOnce(left.expr) || mustRunOnce(right.expr))
      throw refuse('IS DISTINCT FROM over nextval(), setval() or gen_random_uuid()');
    const isNull = (operand: Expr): Expr => ({ type: 'unary', op: 'IS NULL', operand });
    const isNotNull = (operand: Expr): Expr => ({ type: 'unary', op: 'IS NOT NULL', operand });
    const answer: Expr = {
      type: 'case',
      whens: [
        { when: isNull(left.expr), value: negated ? isNull(right.expr) : isNotNull(right.expr) },
        { when: isNull(right.expr), value: negated ? FALSE : TRUE },
      ],
      else: negated ? compared : { type: 'unary', op: 'NOT', operand: compared },
    };
    return this.#combine(answer, T.bool, '?column?', [left, right]);
  }

  #comparison(expr: ExprBinary, scope: Scope): Typed {
    const quantified =
      expr.right.type === 'call' && !expr.right.function.schema ? expr.right.function.name : undefined;
    if (quantified === 'any' || quantified === 'all') return this.#quantified(expr, scope, quantified);
    const { left, right, compared } = this.#equality(expr, scope);
    return this.#combine(compared, T.bool, '?column?', [left, right]);
  }

  /** A comparison's operands typed against each other, and the comparison pg-mem then runs. */
  #equality(expr: ExprBinary, scope: Scope): { left: Typed; right: Typed; compared: Expr } {
    const [left, right] = this.#operands(expr, scope);
    this.#comparable(left.type, right.type, expr.op, ORDERINGS.has(expr.op));
    const [a, b] = [
      lengthDiffers(left, right) ? asText(left.expr) : left.expr,
      lengthDiffers(right, left) ? asText(right.expr) : right.expr,
    ];
    const compared: Expr =
      ORDERINGS.has(expr.op) && textual(left.type) && textual(right.type)
        ? textOrdering(expr.op, a, b)
        : left.type.name === 'jsonb' || right.type.name === 'jsonb'
          ? jsonbEquality(expr.op, a, b)
          : indexSafe({ ...expr, left: a, right: b });
    return { left, right, compared };
  }

  #comparable(a: PgType, b: PgType, op: string, ordering: boolean): void {
    if (a.name === 'unknown' || b.name === 'unknown') return;
    if (a.array || b.array) throw refuse(`${op} between arrays`);
    if (ordering && (a.enumName !== undefined || b.enumName !== undefined)) {
      throw refuse(`${op} on an enum (pg-mem orders enum labels alphabetically, PostgreSQL by declaration)`);
    }
    if (ordering && (a.name === 'jsonb' || a.name === 'json')) throw refuse(`${op} on jsonb`);
    if (isNumber(a) && isNumber(b)) return;
    // An enum compares with its own labels only: an untyped literal or parameter beside it has
    // already taken its type; typed text or another enum has no operator (42883).
    if (a.enumName !== undefined || b.enumName !== undefined) {
      if (a.enumName === b.enumName && !a.array && !b.array) return;
      throw pgError(
        '42883',
        `operator does not exist: ${a.enumName ?? sqlName(a)} ${op} ${b.enumName ?? sqlName(b)}`,
      );
    }
    if (isText(a) && isText(b)) return;
    if (a.name === b.name && a.name !== 'json') return;
    if (isNumber(a) || isNumber(b) || isText(a) || isText(b)) {
      throw pgError('42883', `operator does not exist: ${sqlName(a)} ${op} ${sqlName(b)}`);
    }
    throw refuse(`${op} between ${a.name} and ${b.name}`);
  }

  #quantified(expr: ExprBinary, scope: Scope, kind: 'any' | 'all'): Typed {
    if (expr.right.type !== 'call' || expr.right.args.length !== 1)
      throw refuse(`${kind.toUpperCase()} with several arguments`);
    if (expr.op !== '=' && !(kind === 'all' && expr.op === '!=')) {
      throw refuse(`${expr.op} ${kind.toUpperCase()}(...)`);
    }
    const [argument] = expr.right.args;
    if (
      !argument ||
      argument.type === 'select' ||
      argument.type === 'union' ||
      argument.type === 'array select'
    ) {
      throw refuse(`${kind.toUpperCase()} over a subquery`);
    }
    let left: Typed;
    let array: Typed;
    if (isUntypedNode(expr.left) && !isUntypedNode(argument)) {
      array = this.type(argument, scope);
      left = this.type(expr.left, scope, unmodified({ ...array.type, array: undefined }));
    } else {
      // Both untyped ('b' = ANY($1)): PostgreSQL resolves unknown = unknown as text = text, and
      // the array then as text[].
      left = this.type(expr.left, scope, isUntypedNode(expr.left) ? T.text : undefined);
      // Only an untyped array ('{1,2}', $1) takes its type from x: ARRAY['1', '2'] is a text[]
      // of its own (1 = ANY(ARRAY['1']) is 42883).
      array = this.type(
        argument,
        scope,
        isUntypedNode(argument) ? { ...unmodified(left.type), array: true } : undefined,
      );
    }
    if (!array.type.array)
      throw pgError('42809', `op ${kind.toUpperCase()}/ALL (array) requires array on right side`);
    this.#comparable(left.type, { ...array.type, array: undefined }, expr.op, false);
    // A NULL array (a parameter bound to null included): the operator is strict, the answer NULL
    // (once x is read: one that may raise still raises first).
    if (isNullLiteral(array.expr) && !mayRaise(left.expr))
      return this.#combine(literalOf(null, T.bool), T.bool, '?column?', [left, array]);
    const elements = arrayElements(array.expr);
    if (!elements) throw refuse(`${kind.toUpperCase()} over an array that is not a list of values`);
    // PostgreSQL builds the whole array before it compares (`a = ANY (ARRAY[0, 10 / a])` divides
    // on every row); the IN list below stops at the first match.
    if (elements.some(mayRaise))
      throw refuse(`${kind.toUpperCase()} (ARRAY[...]) with an element that can raise an error`);
    // pg-mem answers `= ANY` wrongly on indexed columns; PostgreSQL defines `x = ANY(a)` as `x IN (a...)`.
    // Columns among the elements meet a varchar(n) as text, as in a comparison (see lengthDiffers).
    const columns = isText(left.type) && elements.some((element) => !isConstant(element));
    if (kind === 'all' && expr.op === '=') {
      // x = ALL(a) is every x = a[i] with three values; membership() builds only IN and NOT IN.
      if (elements.length > 1 && mustRunOnce(left.expr))
        throw refuse('= ALL over nextval(), setval() or gen_random_uuid()');
      const subject = columns ? asText(left.expr) : left.expr;
      const each = elements.map((element): Expr => {
        const item = columns && !isConstant(element) ? asText(element) : element;
        return left.type.name === 'jsonb'
          ? jsonbEquality('=', subject, item)
          : { type: 'binary', op: '=', left: subject, right: item };
      });
      const every = each.length === 0 ? TRUE : logical('AND', each);
      return this.#combine(every, T.bool, '?column?', [left, array]);
    }
    const rewritten = membership(
      columns ? asText(left.expr) : left.expr,
      columns ? elements.map((element) => (isConstant(element) ? element : asText(element))) : elements,
      kind === 'all',
      left.type.name === 'jsonb',
    );
    return this.#combine(rewritten, T.bool, '?column?', [left, array]);
  }

  #in(expr: ExprBinary, scope: Scope): Typed {
    const isQuery = ['select', 'union', 'union all', 'values', 'with'].includes(expr.right.type);
    if (expr.right.type === 'list' || !isQuery) {
      // `x IN ($1)` is a list of one, whatever $1 holds.
      const listed = expr.right.type === 'list' ? expr.right.expressions : [expr.right];
      const { left, items } = this.#inList(expr.left, listed, scope);
      const arrayPath = listed.filter((item) => !hasColumnReference(item)).length > 1;
      // With the array, its untyped items are read as their type before x meets the items with a
      // column; without, each item in turn is met, and an untyped one read, as `x = item` would.
      if (arrayPath && this.#pendingLiteral) throw this.#pendingLiteral;
      const literalErrors = arrayPath ? [] : this.#literalErrors(listed, items, scope);
      this.#pendingLiteral = undefined;
      // Without the array (one item without a column at most), an untyped x meets each item
      // afresh as `x = item` would: a parameter takes the first item's type and must keep it
      // (42P08), an untyped item beside it making it text ($1 IN (si, NULL)). With the array,
      // a parameter x took the common type for good, and a literal x meets each item with a
      // column afresh.
      const met = (index: number): PgType => {
        const source = listed[index] as Expr;
        return isUntypedNode(source) ? T.text : operandType((items[index] as Typed).type);
      };
      const close = (a: PgType, b: PgType) =>
        sameType(unmodified(a), unmodified(b)) || (isText(a) && isText(b));
      items.forEach((item, index) => {
        const source = listed[index] as Expr;
        const literalError = literalErrors[index];
        if (literalError) throw literalError;
        if (isUntypedNode(expr.left) && (!arrayPath || hasColumnReference(source))) {
          const type = met(index);
          if (expr.left.type === 'parameter' && !arrayPath && !sameType(type, unmodified(left.type)))
            throw pgError('42P08', `inconsistent types deduced for parameter ${expr.left.name}`, {
              detail: `${formatType(left.type)} versus ${formatType(type)}`,
            });
          // A literal x read as each item's type in turn (' 8 ' IN ($1, si)): not followed here.
          if (expr.left.type !== 'parameter' && !close(type, left.type))
            throw refuse(`${expr.op} of an untyped value beside items of several types`);
        }
        this.#comparable(left.type, item.type, expr.op, false);
      });
      const rewritten = membership(
        items.some((item) => lengthDiffers(left, item)) ? asText(left.expr) : left.expr,
        items.map((item) => (lengthDiffers(item, left) ? asText(item.expr) : item.expr)),
        expr.op === 'NOT IN',
        left.type.name === 'jsonb',
      );
      return this.#combine(rewritten, T.bool, '?column?', [left, ...items]);
    }
    if (expr.op === 'NOT IN') throw refuse('NOT IN over a subquery');
    const left = this.type(expr.left, scope);
    const sub = this.#subqueryExpr(expr.right, scope);
    const [column] = sub.outputs;
    if (sub.outputs.length !== 1 || !column) throw pgError('42601', 'subquery has too many columns');
    this.#comparable(left.type, column.type, 'IN', false);
    // Uncorrelated, so run once before the statement, as PostgreSQL's hashed subplan is.
    return this.#combine(
      membership(left.expr, this.#evaluate(sub), false, left.type.name === 'jsonb'),
      T.bool,
      '?column?',
      [left],
    );
  }

  /** For each untyped literal item, the error reading it as the type it was given raises (else undefined). */
  #literalErrors(listed: readonly Expr[], items: readonly Typed[], scope: Scope): (Error | undefined)[] {
    return listed.map((source, index) => {
      if (source.type !== 'string') return undefined;
      const around = this.#pendingLiteral;
      this.#pendingLiteral = undefined;
      this.type(source, scope, items[index]?.type);
      const error = this.#pendingLiteral;
      this.#pendingLiteral = around;
      return error;
    });
  }

  /**
   * `x IN (a, b, ...)` typed as transformAExprIn does: the items without a column reference, when
   * there are two or more, take the common type of x and them (`$1 IN (NULL, 42)` reads $1 as an
   * integer, `i IN (1.5, '2.5')` reads '2.5' as numeric); x then meets each item with a column
   * as `x = item` would, an untyped x taking the item's type.
   */
  #inList(leftSource: Expr, listed: readonly Expr[], scope: Scope): { left: Typed; items: Typed[] } {
    const known = isUntypedNode(leftSource) ? undefined : this.type(leftSource, scope);
    const typedFirst = listed.map((item) => (isUntypedNode(item) ? undefined : this.type(item, scope)));
    const constant = listed
      .map((item, index) => ({ item, typed: typedFirst[index] }))
      .filter(({ item }) => !hasColumnReference(item));
    let common: PgType | undefined;
    if (constant.length > 1) {
      const types = [
        ...(known ? [known.type] : []),
        ...constant.flatMap(({ typed }) => (typed ? [typed.type] : [])),
      ];
      const unified = unify(types, 'IN');
      common = unified.name === 'unknown' ? T.text : unmodified(unified);
    }
    let left = known;
    if (!left) {
      // Beside one item at most without a column, x meets the first item as `x = item` does.
      const first = typedFirst[0];
      const type = common ?? (first ? operandType(first.type) : T.text);
      left = this.type(leftSource, scope, type);
    }
    const beside = common ?? unmodified(left.type);
    const items = listed.map(
      (item, index) =>
        typedFirst[index] ??
        this.type(item, scope, hasColumnReference(item) ? unmodified(left.type) : beside),
    );
    return { left, items };
  }

  #like(expr: ExprBinary, scope: Scope): Typed {
    const left = this.type(expr.left, scope, T.text);
    const right = this.type(expr.right, scope, T.text);
    if (!isText(left.type) && left.type.name !== 'unknown') throw refuse(`${expr.op} on ${left.type.name}`);
    const pattern = constantText(right.expr);
    if (pattern === undefined) throw refuse(`${expr.op} with a pattern that is not a constant`);
    // PostgreSQL raises 22025 for it only on a row that matches up to that escape (MatchText).
    if (/(^|[^\\])(\\\\)*\\$/.test(pattern))
      throw refuse(`${expr.op} with a pattern that ends with its escape character`);
    // pg-mem's own LIKE lets neither % nor _ match a newline, and _ takes half of a character
    // outside the BMP: the engine's seams_like matches per code point, newlines included.
    const insensitive = expr.op === 'ILIKE' || expr.op === 'NOT ILIKE';
    const match: Expr = {
      type: 'call',
      function: { name: insensitive ? 'seams_ilike' : 'seams_like' },
      args: [left.expr, right.expr],
    };
    const negated = expr.op === 'NOT LIKE' || expr.op === 'NOT ILIKE';
    return this.#combine(negated ? { type: 'unary', op: 'NOT', operand: match } : match, T.bool, '?column?', [
      left,
      right,
    ]);
  }

  /**
   * `jsonb - text` (a key, or the string elements of an array), `jsonb - int` (an array element)
   * and `jsonb - text[]` (keys), which pg-mem lacks: an untyped right side is text, as PostgreSQL
   * resolves it (text is the preferred type of its category), so `doc - '{a}'` removes the key "{a}".
   * Undefined when the left side is no jsonb, for the arithmetic to type.
   */
  #jsonbDelete(expr: ExprBinary, scope: Scope): Typed | undefined {
    const left = this.type(expr.left, scope);
    if (left.type.name !== 'jsonb' || left.type.array) return undefined;
    const right = this.type(expr.right, scope, T.text);
    const name =
      isText(right.type) && !right.type.array
        ? 'seams_jsonb_delete_key'
        : isText({ ...right.type, array: undefined }) && right.type.array
          ? 'seams_jsonb_delete_keys'
          : !right.type.array && (right.type.name === 'int4' || right.type.name === 'int2')
            ? 'seams_jsonb_delete_index'
            : undefined;
    if (!name) throw refuse(`jsonb - ${right.type.name}${right.type.array ? '[]' : ''}`);
    const call: Expr = { type: 'call', function: { name }, args: [left.expr, right.expr] };
    return this.#combine(call, T.jsonb, '?column?', [left, right]);
  }

  #arithmetic(expr: ExprBinary, scope: Scope): Typed {
    const interval = (expr.op === '+' || expr.op === '-') && fixedInterval(expr.right);
    if (interval !== false && interval !== undefined) {
      // PostgreSQL reads an untyped '2024-01-01' or $1 beside an interval as an interval too.
      if (isUntypedNode(expr.left))
        throw refuse(`an untyped value ${expr.op} an interval (it is read as an interval)`);
      const base = this.type(expr.left, scope, T.timestamptz);
      if (base.type.name !== 'timestamptz' || base.type.array)
        throw refuse(`${base.type.name} ${expr.op} interval`);
      const millis = expr.op === '+' ? interval : -interval;
      const call: Expr = {
        type: 'call',
        function: { name: 'seams_add_millis' },
        args: [base.expr, { type: 'numeric', value: millis }],
      };
      return this.#combine(call, T.timestamptz, '?column?', [base]);
    }
    if (expr.op === '-' && !isUntypedNode(expr.left)) {
      const deleted = this.#jsonbDelete(expr, scope);
      if (deleted) return deleted;
    }
    // Both untyped ('1' + '2', $1 - $2, $1 / NULL): every numeric operator (and more) fits.
    if (isUntypedNode(expr.left) && isUntypedNode(expr.right))
      throw pgError('42725', `operator is not unique: unknown ${expr.op} unknown`);
    const [left, right] = this.#operands(expr, scope);
    const a = left.type.name === 'unknown' ? right.type : left.type;
    const b = right.type.name === 'unknown' ? left.type : right.type;
    const dateArithmetic = dateDays(expr.op, left, right);
    if (dateArithmetic)
      return this.#combine(dateArithmetic.expr, dateArithmetic.type, '?column?', [left, right]);
    if (a.name === 'date' && isInteger(b) && (expr.op === '+' || expr.op === '-')) {
      throw refuse(`date ${expr.op} ${b.name}`);
    }
    if (!isNumber(a) || !isNumber(b)) {
      if (a.name === 'unknown' && b.name === 'unknown') throw refuse(`${expr.op} between two untyped values`);
      // An untyped value - text is jsonb - text to PostgreSQL ($1 - tx reads $1 as jsonb).
      if (expr.op === '-' && left.untyped && isText(right.type) && !right.type.array)
        throw refuse('an untyped value - text (PostgreSQL reads it as jsonb - text)');
      // PostgreSQL has no arithmetic on uuid, boolean or text at all (jsonb - text apart).
      const none = (t: PgType) => !t.array && (t.name === 'uuid' || t.name === 'bool' || isText(t));
      if ((none(a) || none(b)) && !(expr.op === '-' && a.name === 'jsonb' && !a.array)) {
        const shown = (side: Typed) => (side.untyped ? 'unknown' : sqlName(side.type));
        throw pgError('42883', `operator does not exist: ${shown(left)} ${expr.op} ${shown(right)}`);
      }
      throw refuse(`${expr.op} between ${a.name} and ${b.name}`);
    }
    const type = arithmeticType(expr.op, a, b);
    const parts = [left, right];
    if ((expr.op === '/' || expr.op === '%') && isInteger(type)) {
      const call: Expr = {
        type: 'call',
        function: { name: expr.op === '/' ? 'seams_int_div' : 'seams_int_mod' },
        args: [left.expr, right.expr],
      };
      // The one quotient past its type's range, -2147483648 / -1, is 22003 in PostgreSQL.
      const checked: Expr =
        expr.op === '/' && type.name !== 'int8'
          ? { type: 'call', function: { name: `seams_to_${type.name}` }, args: [call] }
          : call;
      return this.#combine(checked, type, '?column?', parts);
    }
    if (isInteger(type)) {
      const operation = expr.op === '+' ? 'add' : expr.op === '-' ? 'sub' : 'mul';
      const call: Expr = {
        type: 'call',
        function: { name: `seams_${type.name}_${operation}` },
        args: [left.expr, right.expr],
      };
      return this.#combine(call, type, '?column?', parts);
    }
    if (expr.op === '%') throw refuse('% on numeric or float values');
    if (type.name === 'float8') {
      // float8pl, float8mi, float8mul and float8div raise 22003 on an overflow and, for * and /, on
      // an underflow to zero; pg-mem's doubles become Infinity or 0, which a comparison reads on.
      const operation = `float8_${FLOAT8_OPERATIONS[expr.op] ?? 'div'}`;
      return this.#combine(numericOperation(operation, left, right), type, '?column?', parts);
    }
    if (expr.op === '/') {
      // The quotient as PostgreSQL's div_var rounds it (to at least 16 significant digits), made a
      // double. Its scale depends on the operands' values: known here when both are constants.
      const scale = constantQuotientScale(left, right);
      const quotientType: PgType = scale === undefined ? type : { name: 'numeric', scale };
      return this.#combine(numericOperation('numeric_div', left, right), quotientType, '?column?', parts);
    }
    // pg-mem subtracts an integer and a numeric or float the wrong way round (10 - 0.5 is -9.5):
    // the integer side is cast to the other's type first, as PostgreSQL's own resolution does.
    const widened = (side: Typed, other: Typed): Expr =>
      isInteger(side.type) && !isInteger(other.type) && isNumber(other.type)
        ? { type: 'cast', operand: side.expr, to: pgMemType(unmodified(other.type)) }
        : side.expr;
    // A quotient with more digits than a double holds (1.0 / 3 is 0.33333333333333333333) cannot
    // be computed on: 1.0 / 3 * 3 is 0.99999999999999999999 in PostgreSQL, 1 in doubles.
    const operand = (side: Typed): Expr => exactQuotient(widened(side, side === left ? right : left));
    if (type.name === 'numeric' && type.scale === undefined) {
      // No scale to round the double to: the engine computes on the operands' decimals instead.
      const operation = `numeric_${FLOAT8_OPERATIONS[expr.op] ?? 'mul'}`;
      const exact = numericOperation(
        operation,
        { ...left, expr: operand(left) },
        { ...right, expr: operand(right) },
      );
      return this.#combine(exact, type, '?column?', parts);
    }
    const computed: Expr = { ...expr, left: operand(left), right: operand(right) };
    return this.#combine(roundedNumeric(computed, type), type, '?column?', parts);
  }

  #concat(expr: ExprBinary, scope: Scope): Typed {
    // An untyped side is text ('a' || 1 is 'a1'), not the other side's type as in a comparison,
    // unless the other side is jsonb or an array, whose own || takes it.
    const typedFirst = (side: Expr) => (isUntypedNode(side) ? undefined : this.type(side, scope));
    const [knownLeft, knownRight] = [typedFirst(expr.left), typedFirst(expr.right)];
    const expectedBeside = (other: Typed | undefined) =>
      other && (other.type.array || other.type.name === 'jsonb') ? other.type : T.text;
    const left = knownLeft ?? this.type(expr.left, scope, expectedBeside(knownRight));
    const right = knownRight ?? this.type(expr.right, scope, expectedBeside(knownLeft));
    if (left.type.array || right.type.array) {
      const concat = typeArrayConcat(left, right);
      return this.#combine(concat.expr, concat.type, '?column?', [left, right]);
    }
    if (left.type.name === 'jsonb' && right.type.name === 'jsonb') {
      const call: Expr = {
        type: 'call',
        function: { name: 'seams_jsonb_concat' },
        args: [left.expr, right.expr],
      };
      return this.#combine(call, T.jsonb, '?column?', [left, right]);
    }
    // An enum concatenates with text or an untyped value (anynonarray || text), nothing else: it has
    // no implicit cast to text (42883 for enum || enum, enum || integer).
    const enumSide = [left, right].find((t) => t.type.enumName !== undefined);
    const otherSide = enumSide === left ? right : left;
    if (
      enumSide &&
      (otherSide.type.enumName !== undefined ||
        !(isText(otherSide.type) || otherSide.type.name === 'unknown'))
    ) {
      const named = (t: PgType) => t.enumName ?? sqlName(t);
      throw pgError('42883', `operator does not exist: ${named(left.type)} || ${named(right.type)}`);
    }
    const textual = (t: PgType) => isText(t) || t.name === 'unknown' || t.enumName !== undefined;
    if (!textual(left.type) && !textual(right.type))
      throw refuse(`|| between ${left.type.name} and ${right.type.name}`);
    const asText = (typed: Typed): Expr =>
      textual(typed.type) ? typed.expr : { type: 'cast', operand: typed.expr, to: { name: 'text' } };
    if (![left, right].every((t) => textual(t.type) || isInteger(t.type) || t.type.name === 'uuid')) {
      throw refuse(`|| with a ${[left, right].find((t) => !textual(t.type))?.type.name} operand`);
    }
    return this.#combine({ ...expr, left: asText(left), right: asText(right) }, T.text, '?column?', [
      left,
      right,
    ]);
  }

  #containment(expr: ExprBinary, scope: Scope): Typed {
    const [left, right] = this.#operands(expr, scope);
    if (left.type.array && right.type.array) return this.#arrayContainment(expr.op, left, right);
    if (left.type.name !== 'jsonb' || right.type.name !== 'jsonb' || left.type.array || right.type.array) {
      throw refuse(`${expr.op} on ${left.type.name}${left.type.array ? '[]' : ''}`);
    }
    // pg-mem's @> on arrays counts duplicates; the engine's function follows PostgreSQL's rules.
    const [container, contained] = expr.op === '@>' ? [left, right] : [right, left];
    const call: Expr = {
      type: 'call',
      function: { name: 'seams_jsonb_contains' },
      args: [container.expr, contained.expr],
    };
    return this.#combine(call, T.bool, '?column?', [left, right]);
  }

  /** `@>`, `<@` and `&&` between arrays of one element type the engine's functions compare exactly. */
  #arrayContainment(op: string, left: Typed, right: Typed): Typed {
    // text and varchar compare as texts (byte equality, deterministic collations); integers as numbers.
    const family = (type: PgType): string | undefined => {
      if (type.enumName !== undefined) return undefined;
      if (type.name === 'text' || type.name === 'varchar') return 'text';
      return type.name === 'int4' || type.name === 'int8' ? type.name : undefined;
    };
    // anyarray @> anyarray takes one element type: text[] @> varchar[] and int4[] @> int8[] have
    // no operator, whatever the engine can compare.
    if (
      left.type.name !== 'unknown' &&
      right.type.name !== 'unknown' &&
      (left.type.name !== right.type.name || left.type.enumName !== right.type.enumName)
    ) {
      const [a, b] = [formatTypeName(left.type), formatTypeName(right.type)];
      if (a === undefined || b === undefined) throw refuse(`${op} on ${left.type.name}[]`);
      throw pgError('42883', `operator does not exist: ${a} ${op} ${b}`);
    }
    const kind = family(left.type);
    if (!kind || kind !== family(right.type)) throw refuse(`${op} on ${left.type.name}[]`);
    const [first, second] = op === '<@' ? [right, left] : [left, right];
    const call: Expr = {
      type: 'call',
      function: { name: `${op === '&&' ? 'seams_array_overlaps' : 'seams_array_contains'}_${kind}` },
      args: [first.expr, second.expr],
    };
    return this.#combine(call, T.bool, '?column?', [left, right]);
  }

  #unary(expr: Extract<Expr, { type: 'unary' }>, scope: Scope): Typed {
    switch (expr.op) {
      case 'NOT': {
        const operand = this.#boolean(expr.operand, scope, 'NOT');
        return this.#combine({ ...expr, operand: operand.expr }, T.bool, '?column?', [operand]);
      }
      case '-':
      case '+': {
        // PostgreSQL's grammar negates a number literal before typing it: - 2147483648 is an int4.
        if (expr.op === '-' && expr.operand.type === 'integer') {
          const negated = this.#integer(-expr.operand.value);
          return { ...negated, expr: { ...expr, operand: expr.operand } };
        }
        const operand = this.type(expr.operand, scope);
        if (!isNumber(operand.type)) throw refuse(`unary ${expr.op} on ${operand.type.name}`);
        // -(-2147483648) is 22003 in PostgreSQL (int4um checks); pg-mem's minus never overflows.
        if (expr.op === '-' && isInteger(operand.type)) {
          const zero: Expr = { type: 'integer', value: 0 };
          const negated: Expr = {
            type: 'call',
            function: { name: `seams_${operand.type.name}_sub` },
            args: [zero, operand.expr],
          };
          return this.#combine(negated, operand.type, '?column?', [operand]);
        }
        return this.#combine({ ...expr, operand: operand.expr }, operand.type, '?column?', [operand]);
      }
      case 'IS NULL':
      case 'IS NOT NULL': {
        const operand = this.type(expr.operand, scope);
        if (operand.untyped && expr.operand.type === 'parameter')
          throw refuse(`a parameter whose type nothing decides (${expr.op})`);
        return this.#combine({ ...expr, operand: operand.expr }, T.bool, '?column?', [operand]);
      }
      default: {
        const operand = this.#boolean(expr.operand, scope, expr.op);
        return this.#combine({ ...expr, operand: operand.expr }, T.bool, '?column?', [operand]);
      }
    }
  }

  #call(expr: ExprCall, scope: Scope): Typed {
    const name = expr.function.name.toLowerCase();
    if (expr.function.schema && expr.function.schema !== 'pg_catalog')
      throw refuse(`the function ${expr.function.schema}.${name}`);
    if (expr.over) throw refuse(`the window function ${name}() OVER (...)`);
    if ((name === 'array_agg' || name === 'string_agg') && expr.orderBy && !expr.withinGroup)
      return this.#orderedAggregate(expr, name, scope);
    if (expr.filter) return this.#filtered(expr, name, expr.filter, scope);
    if (expr.withinGroup) throw refuse(`${name}() WITHIN GROUP (...)`);
    if (expr.orderBy) throw refuse(`ORDER BY inside ${name}()`);
    if (name === DISTINCT_FROM_CALLS.distinct || name === DISTINCT_FROM_CALLS.notDistinct)
      return this.#distinctFrom(expr, name === DISTINCT_FROM_CALLS.notDistinct, scope);
    if (name === 'exists') {
      const [select] = expr.args;
      if (expr.args.length !== 1 || !select) throw refuse('EXISTS with several arguments');
      const semi = semiJoin(select, scope);
      if (semi) return { ...this.type(semi, scope), name: 'exists' };
      const sub = this.#subqueryExpr(select, scope);
      if (this.context.inDataChange) {
        return {
          expr: { type: 'boolean', value: this.#evaluate(sub, true).length > 0 },
          type: T.bool,
          name: 'exists',
        };
      }
      return { expr: { ...expr, args: [sub.statement] }, type: T.bool, name: 'exists' };
    }
    if (
      name === 'now' ||
      name === 'transaction_timestamp' ||
      name === 'statement_timestamp' ||
      name === 'clock_timestamp'
    ) {
      if (expr.args.length > 0) throw pgError('42883', `function ${name}() with arguments does not exist`);
      const at =
        name === 'statement_timestamp'
          ? this.context.statementStart
          : name === 'clock_timestamp'
            ? new Date()
            : this.context.transactionStart;
      return { expr: stableValue(literalOf(at.toISOString(), T.timestamptz)), type: T.timestamptz, name };
    }
    const user = this.context.userFunctions.get(name);
    if (user) {
      if (!user.returns) throw refuse(`the registered function ${name}() (its return type)`);
      if (expr.distinct === 'distinct') throw notAggregate('DISTINCT', name);
      if (expr.args.length !== user.args.length)
        throw pgError('42883', `function ${name} with ${expr.args.length} arguments does not exist`);
      const typed = expr.args.map((arg, index) => this.type(arg, scope, user.args[index]));
      return this.#combine({ ...expr, args: typed.map((t) => t.expr) }, user.returns, name, typed);
    }
    // pg-mem runs a call without column arguments in a condition once for the whole statement;
    // PostgreSQL runs nextval() and setval() for each row the condition tests.
    if ((name === 'nextval' || name === 'setval') && this.#conditionDepth > 0)
      throw refuse(`${name}() in a condition (pg-mem takes it once, not for each row)`);
    let typedArgs: Typed[] = [];
    const args = (types: readonly (PgType | undefined)[]): Typed[] => {
      typedArgs = expr.args.map((arg, index) =>
        this.type(arg, scope, types[index] ?? types[types.length - 1]),
      );
      return typedArgs;
    };
    // An aggregate's DISTINCT compares its arguments: json has no equality (42883 once PostgreSQL
    // has found the aggregate, before pg-mem compares them its own way or refuses the aggregate).
    // A bare parameter's type is typeCall's to infer; count(DISTINCT *) is typeCall's syntax error.
    if (expr.distinct === 'distinct' && DISTINCT_AGGREGATES.has(name))
      for (const arg of expr.args)
        if (arg.type !== 'parameter' && !(arg.type === 'ref' && arg.name === '*'))
          checkEquality(this.type(arg, scope).type, arg);
    const result = typeCall(
      name,
      expr,
      args,
      (arg) => this.type(arg, scope),
      (arg) => this.#constantIsNull(arg),
    );
    // ParseFuncOrColumn: DISTINCT on a plain function is refused once the function is found.
    if (expr.distinct === 'distinct' && !result.aggregate) throw notAggregate('DISTINCT', name);
    // check_agg_arguments raises this while the select list is read, before any later clause's
    // mistake, at the inner aggregate's first character.
    if (result.aggregate && !expr.over && typedArgs.some((arg) => arg.aggregate)) {
      const error = pgError('42803', 'aggregate function calls cannot be nested');
      const inner = this.#firstAggregateCall(expr.args, scope);
      throw inner ? markAt(error, inner) : error;
    }
    return {
      ...result,
      aggregate: result.aggregate || result.parts.some((p) => p.aggregate),
      name: result.name ?? name,
    };
  }

  /**
   * `array_agg(x ORDER BY k, ...)` and `string_agg(x, d ORDER BY k, ...)`: pg-mem ignores the
   * ORDER BY, so each row's value, delimiter and keys are collected as one text entry and sorted
   * after (ordered-aggregates.ts). Keys are numbers, text, booleans or uuids; values the types whose
   * text reads back as the same value.
   */
  #orderedAggregate(expr: ExprCall, name: 'array_agg' | 'string_agg', scope: Scope): Typed {
    if (expr.distinct === 'distinct') throw refuse(`${name}(DISTINCT ... ORDER BY ...)`);
    const orderBy = expr.orderBy ?? [];
    if (orderBy.length > MOST_SORT_KEYS)
      throw refuse(`${name}() ordered by more than ${MOST_SORT_KEYS} keys`);
    const expected = name === 'string_agg' ? [T.text, T.text] : [];
    if (expr.args.length !== expected.length && name === 'string_agg')
      throw refuse(`${name}() with ${expr.args.length} arguments`);
    if (name === 'array_agg' && expr.args.length !== 1)
      throw refuse(`${name}() with ${expr.args.length} arguments`);
    const args = expr.args.map((arg, index) => this.type(arg, scope, expected[index]));
    const [value, delimiter] = args;
    if (!value) throw refuse(name);
    const keys = orderBy.map((order) => ({ order, typed: this.type(order.by, scope) }));
    const parts = [...args, ...keys.map((key) => key.typed)];
    if (parts.some((part) => part.aggregate))
      throw pgError('42803', 'aggregate function calls cannot be nested');
    if (parts.some((part) => changesState(part.expr))) throw refuse(`${name}() over nextval() or setval()`);
    const element = name === 'array_agg' ? orderedElement(value.type) : undefined;
    if (name === 'array_agg' && !element) throw refuse(`array_agg(... ORDER BY ...) of ${value.type.name}`);
    if (
      name === 'string_agg' &&
      (!isText(value.type) || value.type.array || !delimiter || !isText(delimiter.type))
    )
      throw refuse(`string_agg(... ORDER BY ...) of ${value.type.name}`);
    const spec: SortKey[] = keys.map(({ order, typed }) => {
      const kind = sortKind(typed.type);
      if (!kind) throw refuse(`${name}() ordered by a ${typed.type.name} value`);
      const descending = order.order === 'DESC';
      return { kind, descending, nullsFirst: order.nulls ? order.nulls === 'FIRST' : descending };
    });
    const entry: Expr = {
      type: 'call',
      function: { name: entryFunction(keys.length) },
      args: [
        asEntryText(value),
        delimiter ? asEntryText(delimiter) : NULL_TEXT,
        ...keys.map((key) => asEntryText(key.typed)),
      ],
    };
    let gated: Expr = entry;
    if (expr.filter) {
      const cond = this.condition(expr.filter, scope, 'FILTER');
      if (cond.aggregate) throw pgError('42803', 'aggregate functions are not allowed in FILTER');
      gated = { type: 'case', whens: [{ when: cond.expr, value: entry }] };
    }
    const collected: Expr = { type: 'call', function: { name: 'array_agg' }, args: [gated] };
    const specText: Expr = { type: 'string', value: JSON.stringify(spec) };
    if (element) {
      const { length: _length, precision: _precision, ...plain } = value.type;
      return {
        expr: { type: 'call', function: { name: sortedArrayFunction(element) }, args: [collected, specText] },
        type: { ...plain, name: plain.name === 'varchar' ? 'varchar' : plain.name, array: true },
        name,
        aggregate: true,
      };
    }
    return {
      expr: { type: 'call', function: { name: JOINED_FUNCTION }, args: [collected, specText] },
      type: T.text,
      name,
      aggregate: true,
    };
  }

  /**
   * `agg(x) FILTER (WHERE cond)` as `agg(CASE WHEN cond THEN x END)`: exact for the aggregates that
   * skip NULL inputs (a filtered-out row then feeds them nothing, as FILTER does), and pg-mem has no
   * FILTER. Aggregates that keep NULLs (array_agg, json_agg, string_agg's order) stay refused.
   */
  #filtered(expr: ExprCall, name: string, filter: Expr, scope: Scope): Typed {
    if (!NULL_SKIPPING_AGGREGATES.has(name) || expr.orderBy || expr.over || expr.withinGroup)
      throw refuse(`${name}() FILTER (WHERE ...)`);
    const cond = this.condition(filter, scope, 'FILTER');
    // parse_agg.c checks the filter before anything reads it as a CASE condition.
    if (cond.aggregate) throw pgError('42803', 'aggregate functions are not allowed in FILTER');
    const gated = (value: Expr): Expr => ({ type: 'case', whens: [{ when: cond.expr, value }] });
    const { filter: _filter, ...unfiltered } = expr;
    const [only] = expr.args;
    // `t.*` is t's whole-row value (NULL on an outer join's missing side), not count(*)'s star.
    const star = expr.args.length === 1 && only?.type === 'ref' && only.name === '*' && !only.table;
    if (star) {
      if (expr.distinct) throw pgError('42601', 'syntax error at or near "*"');
      const one: Expr = { type: 'integer', value: 1 };
      return { expr: { ...unfiltered, args: [gated(one)] }, type: T.int8, name, aggregate: true };
    }
    // An argument whose type its context decides would take it from the CASE around it instead.
    if (expr.args.some(isUntypedNode)) throw refuse(`${name}() FILTER (WHERE ...) over an untyped value`);
    const args = (types: readonly (PgType | undefined)[]) =>
      unfiltered.args.map((arg, index) => {
        const typed = this.type(arg, scope, types[index] ?? types[types.length - 1]);
        return { ...typed, expr: gated(typed.expr) };
      });
    const result = typeCall(name, unfiltered, args, (arg) => this.type(arg, scope));
    return { ...result, aggregate: true, name: result.name ?? name };
  }

  /** The first call among `nodes` (outside subqueries) that types as an aggregate of this level. */
  #firstAggregateCall(nodes: readonly unknown[], scope: Scope): object | undefined {
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      const kind = Reflect.get(node, 'type');
      if (kind === 'select' || kind === 'union' || kind === 'union all' || kind === 'with') continue;
      if (kind === 'call') {
        const call = node as ExprCall;
        let typed: Typed | undefined;
        try {
          typed = this.type(call, scope);
        } catch {
          typed = undefined;
        }
        if (typed?.aggregate && !call.over) return call;
      }
      const found = this.#firstAggregateCall(Object.values(node), scope);
      if (found) return found;
    }
    return undefined;
  }

  #case(expr: Extract<Expr, { type: 'case' }>, scope: Scope): Typed {
    // An untyped subject is text (CASE '1' WHEN 1 has no text = integer), as transformCaseExpr makes it.
    const subject = expr.value
      ? this.type(expr.value, scope, isUntypedNode(expr.value) ? T.text : undefined)
      : undefined;
    // pg-mem computes the subject again for each WHEN it tests, where PostgreSQL computes it once.
    if (subject && expr.whens.length > 1 && mustRunOnce(subject.expr))
      throw refuse('CASE over nextval(), setval() or gen_random_uuid() with several WHEN');
    // A parameter result waits for the type the other results decide (THEN $1 ELSE 0 makes $1 an
    // integer): typing it on its own would fix it as text.
    const result = (source: Expr): Typed =>
      source.type === 'parameter'
        ? { expr: source, type: T.unknown, name: '?column?', untyped: true }
        : this.type(source, scope);
    const whens = expr.whens.map((when) => {
      if (!subject) return { when: this.condition(when.when, scope, 'CASE/WHEN'), value: result(when.value) };
      const compared = this.type(when.when, scope, unmodified(subject.type));
      this.#comparable(subject.type, compared.type, '=', false);
      const meets = lengthDiffers(compared, subject)
        ? { ...compared, expr: asText(compared.expr) }
        : compared;
      return { when: meets, value: result(when.value) };
    });
    const otherwise = expr.else ? result(expr.else) : undefined;
    const values = [...whens.map((w) => w.value), ...(otherwise ? [otherwise] : [])];
    // PostgreSQL resolves the ELSE first: CASE WHEN ... THEN varchar_col ELSE text_col END is text.
    const elseFirst = <V>(items: readonly V[]): V[] => [
      ...items.slice(whens.length),
      ...items.slice(0, whens.length),
    ];
    const common = unify(
      elseFirst(values).map((v) => v.type),
      'CASE',
    );
    // Untyped results take the common type without its modifiers, as PostgreSQL's coercion of an
    // unknown literal does: THEN total ELSE '1.239' keeps 1.239, not numeric(10,2)'s 1.24.
    const retyped = values.map((v, index) => {
      if (!v.untyped) return v;
      const source = index < whens.length ? expr.whens[index]?.value : expr.else;
      return source ? this.type(source, scope, common.name === 'unknown' ? T.text : unmodified(common)) : v;
    });
    const type = resultType(elseFirst(retyped), 'CASE');
    // A subject compared with a WHEN of another varchar length meets it as text (see lengthDiffers).
    const subjectAsText = subject && whens.some((w) => lengthDiffers(subject, w.when));
    // pg-mem's own jsonb equality is loose ('null' = '{}'): a jsonb subject is compared by the
    // engine's, as a searched CASE.
    const jsonbSubject = subject?.type.name === 'jsonb' ? subject : undefined;
    const rebuilt: Expr = {
      type: 'case',
      ...(subject && !jsonbSubject && { value: subjectAsText ? asText(subject.expr) : subject.expr }),
      whens: whens.map((w, index) => ({
        when: jsonbSubject ? jsonbEquality('=', jsonbSubject.expr, w.when.expr) : w.when.expr,
        value: asCommonType(retyped[index] ?? w.value, type),
      })),
      ...(otherwise && { else: asCommonType(retyped[whens.length] ?? otherwise, type) }),
    };
    // FigureColname names a CASE after its ELSE when that has a name of its own (ELSE total is
    // `total`), else `case`, which a cast around it overrides.
    const named =
      otherwise && otherwise.name !== '?column?' && !otherwise.weakName ? otherwise.name : undefined;
    const typed = this.#combine(this.#prunedCase(rebuilt, type), type, named ?? 'case', [
      ...(subject ? [subject] : []),
      ...whens.flatMap((w) => [w.when, w.value]),
      ...values,
    ]);
    return { ...typed, weakName: named === undefined };
  }

  #member(expr: Extract<Expr, { type: 'member' }>, scope: Scope): Typed {
    // json and jsonb both have -> and ->>: an untyped operand fits either ('{"a":1}' -> 'a').
    if (isUntypedNode(expr.operand))
      throw ambiguousJsonOperator(expr.op, {
        type: typeof expr.member === 'number' ? 'integer' : 'string',
      } as Expr);
    const operand = this.type(expr.operand, scope, T.jsonb);
    if (operand.type.name !== 'jsonb' || operand.type.array)
      throw refuse(`${expr.op} on ${operand.type.name}`);
    if (typeof expr.member === 'number' && expr.member < 0)
      throw refuse(`${expr.op} with a negative array index`);
    // PostgreSQL stores a scalar jsonb as a one-element array, so '"x"'::jsonb -> 0 is "x"; pg-mem
    // answers NULL for anything but an array.
    // pg-mem reads a key as a JavaScript property: '[1,2]' -> '0' is 1 and -> 'length' 2, and
    // 'constructor' or 'toString' of any object a function; PostgreSQL reads an object's own keys only.
    const member: Expr =
      expr.member === 0
        ? { type: 'call', function: { name: 'seams_jsonb_first' }, args: [operand.expr] }
        : typeof expr.member === 'string'
          ? {
              type: 'call',
              function: { name: 'seams_jsonb_key' },
              args: [operand.expr, { type: 'string', value: expr.member }],
            }
          : { ...expr, op: '->', operand: operand.expr };
    if (expr.op === '->') return this.#combine(member, T.jsonb, '?column?', [operand]);
    // pg-mem's own ->> prints objects, arrays and numbers its way ({"b":[1,"x"]}, 1.5): the
    // engine prints the member as PostgreSQL's jsonb output does, and a string as itself.
    const text: Expr = { type: 'call', function: { name: 'seams_jsonb_text' }, args: [member] };
    return this.#combine(text, T.text, '?column?', [operand]);
  }

  #keyword(keyword: string): Typed {
    if (keyword === 'current_timestamp') {
      return {
        expr: stableValue(literalOf(this.context.transactionStart.toISOString(), T.timestamptz)),
        type: T.timestamptz,
        name: 'current_timestamp',
      };
    }
    if (keyword === 'current_date') {
      const day = this.context.transactionStart.toISOString().slice(0, 10);
      return { expr: stableValue(literalOf(day, T.date)), type: T.date, name: 'current_date' };
    }
    throw refuse(`the keyword ${keyword}`);
  }

  #array(expressions: readonly Expr[], scope: Scope, expected: PgType | undefined): Typed {
    const element = expected?.array ? { ...expected, array: undefined } : undefined;
    // pg-mem cannot run an empty ARRAY[] of its own: the same value as the literal '{}'.
    if (expressions.length === 0 && element) {
      const type = { ...element, array: true as const };
      return { expr: literalOf('{}', type), type, name: 'array' };
    }
    // A parameter waits for the type the other items decide (ARRAY[si, $1] reads $1 as smallint).
    const items = expressions.map(
      (item): Typed =>
        item.type === 'parameter' && !element
          ? { expr: item, type: T.unknown, name: '?column?', untyped: true }
          : this.type(item, scope, element),
    );
    if (items.some((item) => item.type.array)) throw refuse('a multidimensional ARRAY[...]');
    // The context's element type types only untyped items; typed ones decide the array's type
    // themselves (ARRAY['...'::text] is text[], which a uuid[] column refuses).
    const typed = items.filter((item) => !item.untyped);
    const type =
      typed.length > 0 || !element
        ? unify(
            (typed.length > 0 ? typed : items).map((item) => item.type),
            'ARRAY',
          )
        : element;
    if (type.name === 'unknown') {
      if (items.length === 0) throw refuse('ARRAY[] without a type');
      // Untyped items alone are text (select_common_type): ARRAY['b'] is a text[].
      return this.#array(expressions, scope, { ...T.text, array: true });
    }
    const retyped = items.map((item, index) => {
      const source = expressions[index];
      return item.untyped && source ? this.type(source, scope, type) : item;
    });
    return this.#combine(
      { type: 'array', expressions: retyped.map((i) => i.expr) },
      { ...type, array: true },
      'array',
      retyped,
    );
  }

  #scalarSubquery(select: SelectStatement, scope: Scope): Typed {
    const sub = this.#subqueryExpr(select, scope);
    const [column] = sub.outputs;
    if (sub.outputs.length !== 1 || !column) throw pgError('42601', 'subquery must return only one column');
    // Run once before the statement, as PostgreSQL runs an uncorrelated scalar subquery (an
    // InitPlan): pg-mem would re-run it per row in a data change, and in a SELECT it takes an
    // aggregate inside it for one of the outer query (SELECT id, (SELECT max(id) FROM t) FROM t
    // gave one row).
    let values: Expr[];
    try {
      values = this.#evaluate(sub);
    } catch (error) {
      // Its error (22012 of its constants) is PostgreSQL's only if the planner keeps the subquery.
      const planned = () =>
        raisedAsPlanned(select, sub.statement, (expr) => {
          try {
            this.context.evaluate({ type: 'select', columns: [{ expr, alias: { name: 'v' } }] });
            return false;
          } catch {
            return true;
          }
        });
      const held =
        error instanceof FakePostgresError ? heldSubqueryError(error, column.type, planned()) : undefined;
      if (!held) throw error;
      return { expr: held, type: column.type, name: column.name };
    }
    // Several rows fail only where the value is read (a CASE branch taken, a row produced).
    if (values.length > 1) {
      const unread: Expr = {
        type: 'case',
        whens: [
          {
            when: { type: 'call', function: { name: CARDINALITY_VIOLATION }, args: [] },
            value: literalOf(null, column.type),
          },
        ],
      };
      return { expr: unread, type: column.type, name: column.name };
    }
    return { expr: values[0] ?? literalOf(null, column.type), type: column.type, name: column.name };
  }

  /**
   * An uncorrelated subquery run once before its statement, as PostgreSQL does (its snapshot is
   * the statement's start): pg-mem would re-run it for each row of a data change, seeing the rows
   * the statement already changed. Its values come back as literals of its column's type.
   */
  #evaluate(sub: { statement: SelectStatement; outputs: readonly Typed[] }, existence = false): Expr[] {
    const [column] = sub.outputs;
    const rows = this.context.evaluate(sub.statement);
    if (existence || !column) return rows.map(() => ({ type: 'null' }));
    return rows.map((row) => literalOf(outputText(row[column.name], column.type), column.type));
  }

  #subqueryExpr(expr: Expr, scope: Scope): { statement: SelectStatement; outputs: readonly Typed[] } {
    if (
      expr.type !== 'select' &&
      expr.type !== 'union' &&
      expr.type !== 'union all' &&
      expr.type !== 'values' &&
      expr.type !== 'with'
    ) {
      throw refuse(`a subquery of type ${expr.type}`);
    }
    return this.subquery(expr, scope);
  }

  #combine(expr: Expr, type: PgType, name: string, parts: readonly Typed[]): Typed {
    return { expr, type, name, aggregate: parts.some((p) => p.aggregate) };
  }
}

/**
 * The type an untyped literal or parameter takes beside a value of `type` in an operator: the
 * type without its modifiers. `total = $1` reads $1 as numeric, not numeric(10,2), so '9.994' is
 * not rounded to 9.99 and equal; `code = $1` beside a varchar(3) takes 'abcd' and finds nothing.
 * Only an assignment (INSERT, UPDATE SET) applies the column's modifiers.
 */
export function unmodified(type: PgType): PgType {
  const plain: { -readonly [K in keyof PgType]: PgType[K] } = { ...type };
  delete plain.precision;
  delete plain.scale;
  delete plain.length;
  return plain;
}

/**
 * A numeric computed in pg-mem's doubles, rounded to the scale PostgreSQL gives it (1.1 * 3 is
 * 3.3, not 3.3000000000000003), so comparing it with a constant or a column is exact.
 */
export function roundedNumeric(expr: Expr, type: PgType): Expr {
  if (type.name !== 'numeric' || type.scale === undefined || type.array) return expr;
  return {
    type: 'call',
    function: { name: 'seams_numeric_round' },
    args: [expr, { type: 'integer', value: type.scale }],
  };
}

const INTEGER_WIDTH: Readonly<Record<string, number>> = { int2: 2, int4: 4, int8: 8 };

/**
 * The engine's checked float8 or numeric operation on two numbers. Its name is the one
 * constant-folding.ts knows as raising (so pruning keeps it where PostgreSQL never runs it); the
 * third argument picks the operation, the last two are the operands' numeric display scales (-1
 * when unknown), which PostgreSQL's division reads to choose its result's scale.
 */
function numericOperation(operation: string, left: Typed, right: Typed): Expr {
  const scale = (side: Typed): Expr => ({
    type: 'integer',
    value:
      side.type.name === 'numeric' && side.type.scale !== undefined
        ? side.type.scale
        : isInteger(side.type)
          ? 0
          : -1,
  });
  return {
    type: 'call',
    function: { name: CHECKED_ARITHMETIC },
    args: [left.expr, right.expr, { type: 'string', value: operation }, scale(left), scale(right)],
  };
}

/** A type's name as format_type prints it without modifiers; undefined where the engine cannot tell it. */
function formatTypeName(type: PgType): string | undefined {
  if (type.opaque) return undefined;
  // An enum in the public schema prints bare when no quoting is needed.
  const base =
    type.enumName !== undefined
      ? /^[a-z_][a-z0-9_]*$/.test(type.enumName)
        ? type.enumName
        : undefined
      : FORMAT_TYPE_NAMES[type.name];
  if (base === undefined) return undefined;
  return type.array ? `${base}[]` : base;
}

/** The value of a number literal (or a negated one), else undefined. */
function literalNumber(expr: Expr): number | undefined {
  if (expr.type === 'integer' || expr.type === 'numeric') return expr.value;
  if (expr.type === 'unary' && expr.op === '-') {
    const operand = literalNumber(expr.operand);
    return operand === undefined ? undefined : -operand;
  }
  return undefined;
}

/** The display scale of a quotient of two number literals (select_div_scale), undefined otherwise. */
function constantQuotientScale(left: Typed, right: Typed): number | undefined {
  const [a, b] = [literalNumber(left.expr), literalNumber(right.expr)];
  if (a === undefined || b === undefined || b === 0) return undefined;
  const written = (side: Typed): number => (side.type.name === 'numeric' ? (side.type.scale ?? -1) : 0);
  if (written(left) < 0 || written(right) < 0) return undefined;
  return divisionScale(decimalOf(a), decimalOf(b), written(left), written(right));
}

const FLOAT8_OPERATIONS: Readonly<Record<string, string>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
};

/** A numeric quotient an operation computes on: refused at run time unless a double holds it exactly. */
function exactQuotient(expr: Expr): Expr {
  if (expr.type !== 'call' || expr.function.name !== CHECKED_ARITHMETIC) return expr;
  const [a, b, operation, ...scales] = expr.args;
  if (!a || !b || operation?.type !== 'string' || operation.value !== 'numeric_div') return expr;
  return { ...expr, args: [a, b, { type: 'string', value: 'numeric_div_exact' }, ...scales] };
}

const textual = (type: PgType): boolean => isText(type) || type.name === 'unknown';

/**
 * True when `side` is a varchar(n) compared with text of another length: pg-mem converts one side
 * to the other's varchar(n) and raises 22001 (a join of varchar(3) with varchar(10)); PostgreSQL
 * compares both as text.
 */
const lengthDiffers = (side: Typed, other: Typed): boolean =>
  isText(side.type) &&
  side.type.length !== undefined &&
  isText(other.type) &&
  other.type.length !== side.type.length &&
  // pg-mem compares a constant with the column's own type, as PostgreSQL does (and keeps its index).
  !isConstant(other.expr);

const asText = (expr: Expr): Expr => ({ type: 'cast', operand: expr, to: { name: 'text' } });

/**
 * `a < b` between texts in the database's C.UTF-8 order, code point by code point: pg-mem compares
 * JavaScript strings by UTF-16 units, which puts an emoji (a surrogate pair) before U+E000-U+FFFF
 * (fullwidth forms, U+FFFD).
 */
function textOrdering(op: ExprBinary['op'], left: Expr, right: Expr): Expr {
  return {
    type: 'binary',
    op,
    left: { type: 'call', function: { name: 'seams_text_cmp' }, args: [left, right] },
    right: { type: 'integer', value: 0 },
  };
}

/**
 * `unknown -> unknown` and the like: an operator json and jsonb both have, with an untyped left
 * operand (a literal or parameter), is ambiguous to PostgreSQL's operator resolution (42725).
 */
function ambiguousJsonOperator(op: string, right: Expr): Error {
  const rightType = right.type === 'integer' ? 'integer' : isUntypedNode(right) ? 'unknown' : undefined;
  if (!rightType) return refuse(`the operator ${op} on an untyped value`);
  return pgError('42725', `operator is not unique: unknown ${op} ${rightType}`);
}

/**
 * The type an untyped value beside `type` takes in `=`: the type without modifiers, and text for
 * varchar (there is no varchar = varchar: `$1 = vc` is text = text).
 */
function operandType(type: PgType): PgType {
  const plain = unmodified(type);
  return plain.name === 'varchar' && !plain.array ? T.text : plain;
}

/** True when the expression reads a column (PostgreSQL's contain_vars_of_level, approximately). */
function hasColumnReference(expr: Expr): boolean {
  return JSON.stringify(expr).includes('"type":"ref"');
}

/** `a OR b OR c` (or an AND chain) as its operands, however the parser nested them. */
function chain(expr: Expr, op: 'AND' | 'OR'): Expr[] {
  if (expr.type !== 'binary' || expr.op !== op) return [expr];
  return [...chain(expr.left, op), ...chain(expr.right, op)];
}

/** The target list of a VALUES row, whose items are typed each in a scope of its own. */
const VALUES_LIST = {};

const NULL_TEXT: Expr = { type: 'cast', operand: { type: 'null' }, to: { name: 'text' } };

/** The function an array_agg(... ORDER BY ...) of this type ends in, if any. */
function orderedElement(type: PgType): OrderedArrayElement | undefined {
  if (type.array || type.enumName !== undefined || type.opaque) return undefined;
  if (type.name === 'int4' || type.name === 'int8' || type.name === 'numeric') return type.name;
  if (isText(type) && type.name !== 'unknown') return 'text';
  if (type.name === 'bool' || type.name === 'uuid') return type.name;
  return undefined;
}

function sortKind(type: PgType): SortKey['kind'] | undefined {
  if (type.array || type.enumName !== undefined || type.opaque) return undefined;
  if (isNumber(type)) return 'number';
  if (isText(type)) return 'text';
  if (type.name === 'bool') return 'bool';
  if (type.name === 'uuid') return 'uuid';
  return undefined;
}

/** A value as the text its entry carries; a boolean spelled out, NULL kept (pg-mem's bool::text reads NULL as false). */
function asEntryText(typed: Typed): Expr {
  if (typed.type.name === 'bool') {
    const text = (value: string): Expr => ({ type: 'string', value });
    return {
      type: 'case',
      whens: [
        { when: typed.expr, value: text('true') },
        { when: { type: 'unary', op: 'NOT', operand: typed.expr }, value: text('false') },
      ],
    };
  }
  if (isText(typed.type) && typed.type.name !== 'unknown') return typed.expr;
  return { type: 'cast', operand: typed.expr, to: { name: 'text' } };
}

const TRUE: Expr = { type: 'boolean', value: true };
const FALSE: Expr = { type: 'boolean', value: false };
const NULL_BOOL: Expr = literalOf(null, T.bool);

/**
 * AND or OR with PostgreSQL's three values, as a CASE: pg-mem computes `a && b` and `a || b`, so
 * `NULL AND false` is NULL and `NULL OR false` false (PostgreSQL: false, NULL), which NOT or a
 * select list shows. OR is true if any operand is, else NULL if any is, else false; AND the other
 * way round. Each operand appears twice, so the size stays linear in a flat chain; one that
 * takes a sequence value or a random one would be computed again, so it is refused.
 */
export function logical(op: 'AND' | 'OR', operands: readonly Expr[]): Expr {
  const [only] = operands;
  if (operands.length === 1 && only) return only;
  if (operands.some(mustRunOnce)) throw refuse(`${op} over nextval(), setval() or gen_random_uuid()`);
  const decisive = op === 'OR' ? TRUE : FALSE;
  return {
    type: 'case',
    whens: [
      ...operands.map((operand) => ({
        when: op === 'OR' ? operand : ({ type: 'unary', op: 'NOT', operand } as const),
        value: decisive,
      })),
      ...operands.map((operand) => ({
        when: { type: 'unary', op: 'IS NULL', operand } as const,
        value: NULL_BOOL,
      })),
    ],
    else: op === 'OR' ? FALSE : TRUE,
  };
}

const MIRRORED: Readonly<Record<string, ExprBinary['op']>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/**
 * A comparison pg-mem's index filters read as PostgreSQL does. Over an indexed column and a
 * constant, pg-mem's `<>` also keeps the rows whose column is NULL (`WHERE status <> 'x'`), and
 * its mirror of `constant < column` is off by the bound (`10 >= id` reads as `id < 10`). `a <> b`
 * is `NOT (a = b)` in three-valued logic, and `a < b` is `b > a`: the column goes on the left.
 */
function indexSafe(expr: ExprBinary): Expr {
  if (expr.op === '!=') return { type: 'unary', op: 'NOT', operand: { ...expr, op: '=' } };
  const mirrored = MIRRORED[expr.op];
  if (mirrored && expr.left.type !== 'ref' && !isConstantTree(expr.right) && expr.right.type !== 'parameter')
    return { ...expr, op: mirrored, left: expr.right, right: expr.left };
  return expr;
}

/**
 * jsonb = and <> by PostgreSQL's rules: pg-mem's loose deep comparison holds 'null' = '{}',
 * '0' = 'false', '"" = null' and numbers within 0.0001 of each other equal.
 */
function jsonbEquality(op: string, left: Expr, right: Expr): Expr {
  const equal: Expr = { type: 'call', function: { name: 'seams_jsonb_equal' }, args: [left, right] };
  return op === '!=' ? { type: 'unary', op: 'NOT', operand: equal } : equal;
}

/**
 * `left IN (items)` as PostgreSQL defines it, `left = a OR left = b ...` (`NOT IN`: `<>` joined by
 * AND), so a NULL on either side gives NULL, not pg-mem's false: `WHERE status NOT IN ('x')` keeps
 * no row whose status is NULL. Over constants (lists, parameters, a subquery's values) pg-mem's
 * own OR and AND are exact once the NULL items are taken out: every comparison is then NULL
 * (left is NULL) or none is. A balanced tree keeps pg-mem's recursion shallow for long lists.
 */
function membership(left: Expr, items: readonly Expr[], negated: boolean, jsonb = false): Expr {
  const compare = (item: Expr): Expr =>
    jsonb
      ? jsonbEquality(negated ? '!=' : '=', left, item)
      : indexSafe({ type: 'binary', op: negated ? '!=' : '=', left, right: item });
  // Each comparison computes left again: nextval('s') IN (1, 2) would take two values.
  const once = (compared: number) => {
    if (compared > 1 && mustRunOnce(left))
      throw refuse('IN or = ANY over nextval(), setval() or gen_random_uuid()');
  };
  if (!items.every(isConstant)) {
    once(items.length);
    return logical(negated ? 'AND' : 'OR', items.map(compare));
  }
  const known = items.filter((item) => !isNullLiteral(item));
  const hasNull = known.length < items.length;
  once(known.length);
  if (known.length === 0) {
    const answer = hasNull ? NULL_BOOL : negated ? TRUE : FALSE;
    // x IN (NULL) is NULL, but x is still computed on each row, and may raise ((i + si) IN (NULL)).
    if (!hasNull || !mayRaise(left)) return answer;
    return {
      type: 'case',
      whens: [{ when: { type: 'unary', op: 'IS NULL', operand: left }, value: answer }],
      else: answer,
    };
  }
  const build = (from: number, to: number): Expr => {
    const item = known[from];
    if (to - from === 1 && item) return compare(item);
    const middle = Math.floor((from + to) / 2);
    return {
      type: 'binary',
      op: negated ? 'AND' : 'OR',
      left: build(from, middle),
      right: build(middle, to),
    };
  };
  const core = build(0, known.length);
  if (!hasNull) return core;
  // A NULL item: IN is true on a match, else NULL; NOT IN false on a match, else NULL.
  return {
    type: 'case',
    whens: [
      { when: negated ? { type: 'unary', op: 'NOT', operand: core } : core, value: negated ? FALSE : TRUE },
    ],
    else: NULL_BOOL,
  };
}

const UNIT_MILLIS: Readonly<Record<string, number>> = {
  millisecond: 1,
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  // The session time zone is UTC, where every day has 24 hours.
  day: 86_400_000,
  week: 604_800_000,
};

/**
 * `interval '30 seconds'` (or '1 hour 30 minutes', 'PT5M' excluded) as milliseconds, when it is
 * a literal of fixed-length units; undefined for anything else (months and years vary in length).
 */
function fixedInterval(expr: Expr): number | undefined {
  if (
    expr.type !== 'cast' ||
    expr.to.kind === 'array' ||
    expr.to.name !== 'interval' ||
    expr.operand.type !== 'string'
  ) {
    return undefined;
  }
  const parts = [...expr.operand.value.toLowerCase().matchAll(/\s*([+-]?\d+(?:\.\d+)?)\s*([a-z]+?)s?\b/g)];
  const rest = expr.operand.value
    .toLowerCase()
    .replace(/\s*[+-]?\d+(?:\.\d+)?\s*[a-z]+/g, '')
    .trim();
  if (parts.length === 0 || rest !== '') return undefined;
  let total = 0;
  for (const [, amount, unit] of parts) {
    const millis =
      UNIT_MILLIS[
        (unit ?? '')
          .replace(/^(sec|secs)$/, 'second')
          .replace(/^(min|mins)$/, 'minute')
          .replace(/^(ms|msec)$/, 'millisecond')
      ];
    if (millis === undefined) return undefined;
    total += Number(amount) * millis;
  }
  return total;
}

/** PostgreSQL's result type for + - * / % between two numeric types, with numeric display scale. */
function arithmeticType(op: string, a: PgType, b: PgType): PgType {
  const rank = Math.max(NUMBER_RANK[a.name] ?? 0, NUMBER_RANK[b.name] ?? 0);
  const name =
    (Object.keys(NUMBER_RANK) as PgType['name'][]).find((key) => NUMBER_RANK[key] === rank) ?? 'numeric';
  if (name !== 'numeric') return { name };
  const scaleOf = (t: PgType) => (t.name === 'numeric' ? t.scale : 0);
  const [sa, sb] = [scaleOf(a), scaleOf(b)];
  if (sa === undefined || sb === undefined || op === '/' || op === '%') return { name: 'numeric' };
  return { name: 'numeric', scale: op === '*' ? sa + sb : Math.max(sa, sb) };
}

/** The common type of CASE branches, COALESCE arguments, UNION columns, VALUES columns. */
export function unify(types: readonly PgType[], what: string): PgType {
  const known = types.filter((t) => t.name !== 'unknown');
  const [first] = known;
  if (!first) return T.unknown;
  if (known.every((t) => isNumber(t))) {
    const rank = Math.max(...known.map((t) => NUMBER_RANK[t.name] ?? 0));
    const winner = known.find((t) => NUMBER_RANK[t.name] === rank) ?? first;
    if (winner.name !== 'numeric') return { name: winner.name };
    // The common type is numeric without a typmod: each value keeps its own scale, so the result
    // has one scale only when every branch has the same (COALESCE(sum(price), 0) is "0" when the
    // sum is NULL, "10.50" when it is not). Otherwise the scale is left open and the output refuses.
    const scales = new Set(known.map((t) => (t.name === 'numeric' ? t.scale : 0)));
    const [scale] = scales;
    return scales.size === 1 && scale !== undefined ? { name: 'numeric', scale } : { name: 'numeric' };
  }
  // text, varchar and name cast to each other implicitly, so PostgreSQL's select_common_type keeps
  // the first one (COALESCE(varchar_col, text_col) is varchar), with a length only when all agree.
  if (known.every((t) => isText(t))) {
    // An untyped literal beside them has no length (select_common_typmod): VALUES ('ab'::varchar(2)),
    // ('abcdef') is varchar, and 'abcdef' is not cut.
    const untyped = known.length < types.length;
    if (!untyped && known.every((t) => t.name === first.name && t.length === first.length)) return first;
    // A UNION of varchar(2) and varchar(5) columns makes pg-mem cut to the first one's length
    // (22001): there it stays text, which the UNION analysis refuses as a mix of types.
    if (what === 'UNION') return T.text;
    return { name: first.name };
  }
  if (known.every((t) => sameType(t, first))) return first;
  // timestamp(p) beside another precision: the type without one (select_common_typmod), values as they are.
  if (isTimestamp(first) && known.every((t) => sameType(unmodified(t), unmodified(first))))
    return unmodified(first);
  throw refuse(`${what} mixing ${known.map((t) => t.name).join(' and ')}`);
}

/**
 * The type of a CASE or COALESCE result once its untyped arguments took the common type: a NULL
 * has no display scale, so CASE ... ELSE NULL keeps the scale of the numeric beside it.
 */
export function resultType(args: readonly Typed[], what: string): PgType {
  // A typed NULL still decides the type (coalesce(NULL::bigint, 5) is bigint), not the scale.
  const type = unify(
    args.map((arg) => arg.type),
    what,
  );
  const valued = args.filter((arg) => !isNullLiteral(arg.expr));
  if (type.name !== 'numeric' || valued.length === 0 || valued.length === args.length)
    return type.name === 'unknown' ? T.text : type;
  const scaled = unify(
    valued.map((arg) => arg.type),
    what,
  );
  return scaled.name === 'numeric'
    ? scaled
    : isInteger(scaled)
      ? { name: 'numeric', scale: 0 }
      : { name: 'numeric' };
}

/**
 * An argument of COALESCE, CASE or NULLIF as a value of their common type: pg-mem converts every
 * argument to the first one's own type, a varchar(5) included (min() of a varchar(5) column is
 * one there), so a longer text after it would fail. Text arguments meet as text.
 */
export function asCommonType(arg: Typed, type: PgType): Expr {
  if (isText(type) && isText(arg.type) && arg.expr.type !== 'string')
    return { type: 'cast', operand: arg.expr, to: { name: 'text' } };
  return arg.expr;
}

function sameType(a: PgType, b: PgType): boolean {
  return (
    a.name === b.name &&
    !!a.array === !!b.array &&
    a.enumName === b.enumName &&
    a.length === b.length &&
    a.precision === b.precision
  );
}

// Casts whose result pg-mem computes as PostgreSQL does (checked against the corpus).
function castAllowed(from: PgType, to: PgType): boolean {
  if (from.array || to.array) return false;
  if (
    isInteger(from) &&
    (isInteger(to) || to.name === 'numeric' || to.name === 'float8' || to.name === 'text')
  )
    return true;
  if (from.name === 'uuid' && isText(to)) return true;
  if (isText(from) && (to.name === 'text' || to.name === 'varchar')) return true;
  if (from.enumName !== undefined && isText(to)) return true;
  if (from.name === 'timestamptz' && to.name === 'date') return true;
  return false;
}

function arrayElements(expr: Expr): Expr[] | undefined {
  if (expr.type === 'array') return expr.expressions;
  if (expr.type === 'cast') return arrayElements(expr.operand);
  return undefined;
}

/** The text of a pattern made only of literals (and bound parameters) joined by ||. */
function constantText(expr: Expr): string | undefined {
  if (expr.type === 'string') return expr.value;
  if (expr.type === 'cast') return constantText(expr.operand);
  if (expr.type === 'binary' && expr.op === '||') {
    const left = constantText(expr.left);
    const right = constantText(expr.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

function typeName(def: ExprCast['to']): string {
  return def.kind === 'array' ? `${typeName(def.arrayOf)}[]` : def.name;
}

// PostgreSQL names a cast column after the target type's pg_type name.
const CAST_NAMES: Readonly<Record<string, string>> = {
  int: 'int4',
  integer: 'int4',
  smallint: 'int2',
  bigint: 'int8',
  boolean: 'bool',
  decimal: 'numeric',
  'double precision': 'float8',
  'character varying': 'varchar',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
};

function castName(def: ExprCast['to']): string {
  if (def.kind === 'array') return castName(def.arrayOf);
  return CAST_NAMES[def.name] ?? def.name;
}

function sqlName(type: PgType): string {
  const names: Partial<Record<PgType['name'], string>> = {
    int4: 'integer',
    int8: 'bigint',
    int2: 'smallint',
    text: 'text',
    varchar: 'character varying',
    bool: 'boolean',
    uuid: 'uuid',
  };
  return names[type.name] ?? type.name;
}

/**
 * A row comparison as the pairwise comparisons PostgreSQL's make_row_comparison_op builds, which
 * pg-mem lacks: `(a, b) = (x, y)` is `a = x AND b = y`, `<>` the OR of `<>`, and the orderings
 * compare the first pair that is not equal (`(a, b) > (x, y)` is `a > x OR (a = x AND b > y)`,
 * NULL exactly where PostgreSQL's is). `(a, b) IN ((x, y), ...)` is the OR of row equalities.
 */
function rowComparison(expr: ExprBinary, left: readonly Expr[]): Expr {
  const row = (right: Expr): readonly Expr[] => {
    if (right.type !== 'list') throw refuse(`a row ${expr.op} over something other than a row`);
    if (right.expressions.length !== left.length)
      throw pgError('42601', 'unequal number of entries in row expressions');
    return right.expressions;
  };
  const pairs = (op: string, right: readonly Expr[]): Expr[] =>
    left.map(
      (l, index): Expr => ({
        type: 'binary',
        op: op as ExprBinary['op'],
        left: l,
        right: right[index] as Expr,
      }),
    );
  const joined = (op: 'AND' | 'OR', parts: Expr[]): Expr =>
    parts.reduce((l, r) => ({ type: 'binary', op, left: l, right: r }));
  if (expr.op === 'IN' || expr.op === 'NOT IN') {
    if (expr.right.type !== 'list') throw refuse(`a row ${expr.op} over a subquery`);
    // `IN ((1, 2))` is the grammar's list of one row: its parentheses around a row read as one list.
    const items = expr.right.expressions.some((item) => item.type === 'list')
      ? expr.right.expressions
      : [expr.right];
    const rows = items.map((item) => joined('AND', pairs('=', row(item))));
    const any = joined('OR', rows);
    return expr.op === 'IN' ? any : { type: 'unary', op: 'NOT', operand: any };
  }
  const right = row(expr.right);
  if (expr.op === '=') return joined('AND', pairs('=', right));
  if (expr.op === '!=') return joined('OR', pairs('!=', right));
  if (!ORDERINGS.has(expr.op)) throw refuse(`the operator ${expr.op} on rows`);
  const strict = expr.op.charAt(0) as '<' | '>';
  // Built from the last pair back: the last compares with the operator itself (>= keeps equal rows).
  return left.reduceRight<Expr | undefined>((rest, l, index) => {
    const r = right[index] as Expr;
    if (!rest) return { type: 'binary', op: expr.op, left: l, right: r };
    const equal: Expr = { type: 'binary', op: '=', left: l, right: r };
    return {
      type: 'binary',
      op: 'OR',
      left: { type: 'binary', op: strict, left: l, right: r },
      right: { type: 'binary', op: 'AND', left: equal, right: rest },
    };
  }, undefined) as Expr;
}

/**
 * PostgreSQL's 42883 for grouping, DISTINCT or UNION over json (not jsonb), which has no equality
 * operator; pg-mem would compare its values (and, over no rows, answer without an error).
 */
export function checkEquality(type: PgType, at: object): void {
  if (type.name === 'json')
    throw markAt(
      pgError('42883', `could not identify an equality operator for type json${type.array ? '[]' : ''}`),
      at,
    );
}

/** The built-in aggregates an application calls with DISTINCT, whose arguments PostgreSQL compares. */
const DISTINCT_AGGREGATES = new Set([
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'array_agg',
  'string_agg',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'jsonb_object_agg',
  'bool_and',
  'bool_or',
  'every',
]);

/**
 * A scan's conditions in the order PostgreSQL's planner lists them before it sorts them by cost:
 * the equalities it puts in equivalence classes (`column = value`, `a = b`: a mergejoinable `=`
 * reading a column and nothing volatile) are taken out as the WHERE is read and given back after
 * the others, rebuilt from their classes (generate_base_implied_equalities), so `name = 'x' AND
 * id > 5` runs as `id > 5 AND name = 'x'`. Only in WHERE: an outer join's ON conditions and
 * HAVING's stay in no class.
 */
function equalitiesLast(
  operands: readonly Expr[],
  sources: readonly Expr[],
  classes: boolean,
): { operand: Expr; source: Expr | undefined }[] {
  const paired = operands.map((operand, index) => ({ operand, source: sources[index] }));
  if (!classes || operands.length !== sources.length) return paired;
  const isEquality = ({ source }: { source: Expr | undefined }) =>
    source !== undefined &&
    source.type === 'binary' &&
    source.op === '=' &&
    // `x = ANY (...)` compares with many values: no class member.
    !(source.right.type === 'call' && SUBLINK_CALLS.has(source.right.function.name)) &&
    (hasColumn(source.left) || hasColumn(source.right)) &&
    !callsVolatile(source);
  return [...paired.filter((pair) => !isEquality(pair)), ...paired.filter(isEquality)];
}

/**
 * True for an ON condition PostgreSQL can hash or merge the join by: `=` between an expression of
 * columns of one source and one of columns of another, nothing volatile and no subquery in it.
 */
function joinsTwoSources(source: Expr, scope: Scope): boolean {
  if (source.type !== 'binary' || source.op !== '=' || hasSubquery(source) || callsVolatile(source))
    return false;
  const sourcesOf = (side: Expr): Set<unknown> | undefined => {
    const found = new Set<unknown>();
    let known = true;
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      const ref = node as { type?: unknown; name?: unknown; table?: { name?: unknown } };
      if (ref.type === 'ref' && typeof ref.name === 'string') {
        const table = typeof ref.table?.name === 'string' ? ref.table.name : undefined;
        const resolved = scope.resolveOrUndefined(ref.name, table);
        if (resolved && scope.sources.includes(resolved.source)) found.add(resolved.source);
        else known = false;
        return;
      }
      Object.values(node).forEach(visit);
    };
    visit(side);
    return known && found.size === 1 ? found : undefined;
  };
  const left = sourcesOf(source.left);
  const right = sourcesOf(source.right);
  return left !== undefined && right !== undefined && [...left][0] !== [...right][0];
}

/** Functions PostgreSQL marks volatile that a condition may call: such an equality is no class member, such a HAVING condition stays in HAVING. */
const VOLATILE_CALLS = new Set([
  'random',
  'nextval',
  'setval',
  'currval',
  'lastval',
  'clock_timestamp',
  'timeofday',
  'gen_random_uuid',
  'uuid_generate_v4',
  'uuid_generate_v1',
  'txid_current',
  'pg_sleep',
]);

export function callsVolatile(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(callsVolatile);
  const call = node as { type?: unknown; function?: { name?: unknown } };
  if (
    call.type === 'call' &&
    typeof call.function?.name === 'string' &&
    VOLATILE_CALLS.has(call.function.name)
  )
    return true;
  return Object.values(node).some(callsVolatile);
}

/**
 * `||` with a NULL constant operand folds to NULL as a strict call does, unless it concatenates
 * arrays: textcat, textanycat, byteacat, jsonb_concat and the rest are strict in pg_proc, array_cat,
 * array_append and array_prepend are not (`NULL::int[] || 1` is {1}). Only the typed result tells.
 */
function concatFoldsToNull(source: Expr, type: PgType): boolean {
  return (
    source.type === 'binary' &&
    source.op === '||' &&
    !type.array &&
    (foldsToNull(source.left) || foldsToNull(source.right))
  );
}
