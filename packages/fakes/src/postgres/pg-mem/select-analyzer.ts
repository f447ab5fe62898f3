import type {
  Expr,
  ExprRef,
  From,
  OrderByStatement,
  SelectedColumn,
  SelectFromStatement,
  SelectStatement,
  Statement,
} from 'pgsql-ast-parser';
import { FakePostgresError } from '../fake-postgres-error.js';
import { type Catalog, type CatalogTable, clipIdentifier } from './catalog.js';
import { isConstantTree, mayRaise } from './constant-folding.js';
import { markAt } from './error-position.js';
import {
  callsVolatile,
  checkEquality,
  ExpressionTyper,
  type StatementJoin,
  unify,
  unmodified,
} from './expression-typer.js';
import { changesState, mustRunOnce } from './functions.js';
import { literalOf } from './literals.js';
import { isParenthesized } from './numeric-literals.js';
import { planOrderedAggregates } from './ordered-aggregates.js';
import { NO_GROUPS } from './parser-rewrites.js';
import { isInteger, isText, isTimestamp, type PgType, T } from './pg-type.js';
import { distributeQuals } from './planner-quals.js';
import { pgError, refuse } from './refusal.js';
import { Scope, type ScopeColumn, type ScopeSource } from './scope.js';
import { EXISTS_SOURCE, existsRows } from './semi-join.js';
import { postgresSortOrder, type Row } from './tie-order.js';
import type { AnalysisContext, Typed } from './typed.js';

/** A query analysed: the statement to give pg-mem and its output columns with PostgreSQL's types and names. */
export interface AnalyzedQuery {
  readonly statement: SelectStatement;
  readonly outputs: readonly Typed[];
  /** The rows pg-mem returned in the order (and LIMIT) PostgreSQL's Sort node gives them (tie-order.ts). */
  readonly reorder?: (rows: readonly Row[]) => readonly Row[];
}

// information_schema as pg-mem has it, for migration runners' existence checks: compared, never printed.
// Not table_catalog: pg-mem says 'pgmem' where PostgreSQL names the database.
const INFORMATION_SCHEMA: Readonly<Record<string, readonly string[]>> = {
  tables: ['table_schema', 'table_name', 'table_type'],
  columns: ['table_schema', 'table_name', 'column_name', 'is_nullable', 'data_type'],
};
// Their domains reach a client as the base types: sql_identifier as name, character_data and
// yes_or_no as varchar. Printing a value is still refused (pg-mem's catalog answers differ).
const IDENTIFIER: PgType = { name: 'name', opaque: true };
const CHARACTER_DATA: PgType = { name: 'varchar', opaque: true };
const CHARACTER_DATA_COLUMNS = new Set(['table_type', 'is_nullable', 'data_type']);

/** Common table expressions visible to a query, by name. */
export type CteColumns = ReadonlyMap<string, readonly ScopeColumn[]>;

/** The output key pg-mem gives column `index` of the top-level query: unique, so duplicates survive. */
export const outputKey = (index: number): string => `c${index}`;

/**
 * SELECT, VALUES, UNION and WITH as the pg-mem engine runs them: typed as PostgreSQL types them,
 * with the clauses pg-mem gets wrong refused (DISTINCT ON, RIGHT/FULL joins, USING, LATERAL,
 * set-returning functions in FROM but generate_series over integers and unnest of a known array,
 * recursive CTEs, window functions, correlated subqueries).
 */
export class SelectAnalyzer {
  readonly expressions: ExpressionTyper;
  /** The CTE names of the queries being analysed, for a subquery in an expression (which sees none of them). */
  readonly #enclosingCtes: string[] = [];
  /** The WITH queries around the query being analysed, for a statement run on its own to read them. */
  readonly #withQueries: { alias: { name: string }; statement: SelectStatement }[] = [];
  /** The CTEs in scope whose rows come in an order the plan chooses (see planOrdered). */
  readonly #planOrderedCtes: string[] = [];
  /** How many later branches of a UNION ALL below the top level are being analysed (see #union). */
  #laterBranches = 0;
  /** How many CTEs that no query reads are being analysed (see #withBody). */
  #unreadQueries = 0;

  /**
   * `reorders`: whether a top-level query's rows may be put in PostgreSQL's order after pg-mem ran
   * it (AnalyzedQuery.reorder); not for an INSERT's source, whose rows pg-mem writes itself.
   */
  constructor(
    private readonly context: AnalysisContext,
    private readonly reorders = true,
  ) {
    this.expressions = new ExpressionTyper(context, (select, scope) =>
      this.query(select, scope, new Map(), false),
    );
  }

  get catalog(): Catalog {
    return this.context.catalog;
  }

  /** A query at any level; `topLevel` renames its outputs to `outputKey(i)` for the engine to read. */
  query(
    select: SelectStatement,
    outer: Scope | undefined,
    ctes: CteColumns,
    topLevel: boolean,
  ): AnalyzedQuery {
    switch (select.type) {
      case 'select':
        return this.#select(select, outer, ctes, topLevel);
      case 'values':
        return this.#values(select.values, outer, topLevel);
      case 'union':
      case 'union all':
        return this.#union(select, outer, ctes, topLevel);
      case 'with':
        return this.#with(select, outer, ctes, topLevel);
      case 'with recursive':
        throw refuse('WITH RECURSIVE');
    }
  }

  #select(
    written: SelectFromStatement,
    outer: Scope | undefined,
    ctes: CteColumns,
    topLevel: boolean,
  ): AnalyzedQuery {
    const ungrouped = withoutNoGroups(written);
    if (Array.isArray(ungrouped.distinct)) throw refuse('SELECT DISTINCT ON (...)');
    const sets = groupingSets(ungrouped.groupBy ?? []);
    if (sets) return this.#groupingSets(ungrouped, sets, outer, ctes, topLevel);
    // Conditions where the planner runs them (HAVING's without aggregates in WHERE, an inner
    // join's constant ON conditions at the top); the HAVING as written is still what is checked.
    const select = distributeQuals(ungrouped, (ungrouped.groupBy?.length ?? 0) > 0, (name) => {
      const table = this.catalog.table(name);
      return (
        table && {
          columns: table.columns.map((column) => column.name),
          uniqueKeys: table.constraints
            .filter((c) => (c.kind === 'primary key' || c.kind === 'unique') && !c.partial && !c.keyText)
            .map((c) => c.columns),
        }
      );
    });
    const series = withSeriesInFrom(select);
    if (series) return this.#select(series, outer, ctes, topLevel);
    const scope = new Scope(outer);
    const from = (select.from ?? []).map((item, index) =>
      this.#from(lockedBy(item, select.for), index, scope, ctes),
    );
    // PostgreSQL reads the select list before WHERE: a parameter's first use decides its type.
    const columns = this.#columns(select.columns ?? [], scope);
    // LIMIT 0 stops the plan before its scan starts: no one-time filter or index key is computed.
    const where = select.where
      ? limitsToNoRow(select)
        ? this.expressions.condition(select.where, scope, 'WHERE')
        : topLevel
          ? this.expressions.statementWhere(select.where, scope, statementJoins(select))
          : this.expressions.subqueryWhere(select.where, scope, statementJoins(select), {
              lazy: this.#laterBranches > 0,
              unread: this.#unreadQueries > 0,
            })
      : undefined;
    for (const source of scope.sources)
      if (source.partialView && !namesOwnRelations(source.alias, where?.expr))
        throw refuse(
          `information_schema.${source.partialView} without a WHERE naming the schema or a table of yours (pg-mem lists only the database's own tables, PostgreSQL its catalogs' too)`,
        );
    // transformSelectStmt reads HAVING, then ORDER BY, then GROUP BY, and checks grouping after all
    // three: of two mistakes in those clauses, PostgreSQL reports the one it reads first.
    const having = ungrouped.having
      ? this.expressions.condition(ungrouped.having, scope, 'HAVING')
      : undefined;
    const kept =
      select.having === ungrouped.having
        ? having
        : select.having
          ? this.expressions.condition(select.having, scope, 'HAVING')
          : undefined;
    for (const order of select.orderBy ?? []) this.#resolveOrderBy(order, columns, scope);
    const groupBy = select.groupBy?.map((expr) => {
      const typed = this.#groupExpr(expr, columns, scope);
      checkEquality(typed.type, expr);
      return typed;
    });
    const aggregated = columns.some((c) => c.typed.aggregate) || (groupBy?.length ?? 0) > 0 || !!having;
    // One group of all the rows, which pg-mem makes only around an aggregate (else it keeps every row).
    if (having && !groupBy && !having.aggregate && !columns.some((c) => c.typed.aggregate))
      throw refuse('HAVING without GROUP BY or an aggregate');
    // Every column read outside an aggregate must be grouped, in the select list, ORDER BY and
    // HAVING: parseCheckAggregates checks them (in that order) after LIMIT and the locking clause
    // are read, so the expressions are gathered here and checked below.
    const toCheck: Expr[] = [];
    const checkGrouped = aggregated ? (expr: Expr) => void toCheck.push(expr) : () => undefined;
    for (const column of columns) checkGrouped(column.typed.expr);
    if (select.orderBy && groupBy?.some((g) => g.expr.type === 'case' && !g.expr.value))
      throw refuse('ORDER BY in a query grouped by a searched CASE (pg-mem computes the CASE wrong there)');
    const distinct = select.distinct === 'distinct';
    // PostgreSQL marks the select-list item as written (a `*` expands to several outputs).
    const items = select.columns ?? [];
    if (distinct)
      for (const [index, column] of columns.entries())
        checkEquality(
          column.typed.type,
          items.length === columns.length ? (items[index]?.expr ?? column.typed.expr) : column.typed.expr,
        );
    const orderBy = select.orderBy?.map((order) =>
      this.#orderBy(order, columns, scope, topLevel, distinct, checkGrouped),
    );
    let negativeBound: FakePostgresError | undefined;
    const limit = select.limit
      ? this.#limit(select.limit, scope, topLevel, (error) => {
          negativeBound ??= error;
        })
      : undefined;
    if (select.for) checkLocking(select, aggregated);
    if (having) checkGrouped(having.expr);
    for (const expr of toCheck) this.#checkGrouped(expr, groupBy ?? [], scope);
    // The planner folds the sort and group keys with the select list (they are its entries): a
    // constant key that fails (`ORDER BY 1 / 0`) fails the statement before any row is read,
    // where pg-mem computes it as it sorts, or never over no row.
    this.#foldKeys([...(orderBy ?? []).map((order) => order.by), ...(groupBy ?? []).map((g) => g.expr)]);
    // A negative LIMIT or OFFSET is the executor's error (ExecLimit), after every error of analysis.
    if (negativeBound) throw negativeBound;
    // OFFSET 0 (Prisma sends it) and LIMIT ALL keep every row: their order is then not compared.
    const cuts =
      limit !== undefined &&
      (limit.limit !== undefined || (limit.offset?.type === 'integer' && limit.offset.value > 0));
    // Which rows a LIMIT keeps is the plan's order: PostgreSQL reads an equality on a small table
    // by a Seq Scan (the heap's order, which pg-mem keeps when it reads no index), and an IN list, OR
    // or range by an Index Scan (key order) or not, as its costs decide.
    const unorderedCut =
      cuts && !orderBy && columns.some((c) => readsColumn(c.typed.expr)) && !this.#atMostOneRow(select);
    // Over a join, DISTINCT or GROUP BY the order is the join method's or the hash table's, which
    // the costs (and ANALYZE's statistics) choose: no order of pg-mem's is PostgreSQL's.
    if (
      unorderedCut &&
      ((select.from ?? []).length > 1 ||
        distinct ||
        (groupBy?.length ?? 0) > 0 ||
        (select.from ?? []).some((item) => this.#readsPlanOrdered(item)))
    )
      throw refuse(
        'LIMIT or OFFSET without ORDER BY over a join, DISTINCT or GROUP BY (PostgreSQL keeps the rows its plan yields first)',
      );
    if (unorderedCut && select.where && selectsSeveralKeys(select.where))
      throw refuse(
        'LIMIT or OFFSET without ORDER BY over rows a WHERE of IN, ANY, OR or a range selects (PostgreSQL reads them in index or heap order, as its plan decides)',
      );
    const sortKeys = topLevel && !distinct && orderBy ? withRaisingKeysComputed(orderBy) : undefined;
    const statement: SelectFromStatement = {
      ...select,
      from: from.length > 0 ? from : select.from,
      // LIMIT 0 reads no row: its WHERE is typed (its errors of analysis stand) but never run.
      where: limitsToNoRow(select)
        ? { type: 'boolean', value: false }
        : where && unorderedCut && select.where
          ? unindexed(where.expr)
          : where?.expr,
      columns: [
        ...columns.map((c, index) => ({
          expr: !topLevel && (distinct || limit) ? unindexed(c.typed.expr) : c.typed.expr,
          alias: { name: topLevel ? outputKey(index) : c.typed.name },
        })),
        ...(sortKeys?.columns ?? []),
      ],
      groupBy: groupBy?.map((g) => g.expr),
      having: kept?.expr,
      orderBy: sortKeys?.orderBy ?? orderBy,
      limit,
      // Row locks are what one-transaction-at-a-time already gives: no row is ever locked by someone else.
      for: undefined,
      skip: undefined,
    };
    if (select.columns?.length === 0 || (select.columns === undefined && select.from))
      throw refuse('SELECT with no columns');
    const outputs = columns.map((c) => c.typed);
    const ties =
      topLevel && this.reorders && orderBy && !kept && !distinct && !(groupBy?.length ?? 0) && !select.for
        ? this.#tieOrder(select, statement, orderBy, columns)
        : undefined;
    if (ties) return { statement: ties.statement, outputs, reorder: ties.reorder };
    // null: no sort at all (every key reads no column), the scan's order, which pg-mem keeps.
    const planOrdered =
      topLevel && orderBy && ties !== null
        ? this.#planOrderedTies(statement, orderBy, columns, kept?.expr)
        : undefined;
    // A GROUP BY feeds each group's ordered aggregate from a sort by the group key, a join in its own order.
    const [only, ...more] = select.from ?? [];
    const fed =
      (groupBy?.length ?? 0) > 0 || more.length > 0 || (only !== undefined && only.type !== 'table')
        ? planOrderedAggregates(statement)
        : statement;
    return {
      statement: kept ? withoutHaving(fed, kept.expr) : fed,
      outputs,
      ...(planOrdered && { reorder: planOrdered }),
    };
  }

  /** The sort keys of an ORDER BY, written over the query's FROM (an output's expression for its name). */
  #sortKeys(orderBy: readonly OrderByStatement[], columns: readonly { typed: Typed }[]): Expr[] {
    return orderBy.map(({ by }) => {
      const index =
        by.type === 'ref' && !by.table ? columns.findIndex((_, i) => outputKey(i) === by.name) : -1;
      return index >= 0 ? (columns[index]?.typed.expr as Expr) : by;
    });
  }

  /**
   * Over a join, GROUP BY, DISTINCT or a derived table, the rows PostgreSQL sorts come in the order
   * of its join method or hash table, which its costs choose: rows the ORDER BY leaves tied (among
   * those a LIMIT keeps, and the next one) come out in an order only its plan knows. Refused once
   * the query ran and its sort keys, read again, show such a tie.
   */
  #planOrderedTies(
    statement: SelectFromStatement,
    orderBy: readonly OrderByStatement[],
    columns: readonly { typed: Typed }[],
    having: Expr | undefined,
  ): ((rows: readonly Row[]) => readonly Row[]) | undefined {
    const keys = this.#sortKeys(orderBy, columns);
    if (keys.some((key) => mustRunOnce(key) || callsVolatile(key))) return undefined;
    const limit = statement.limit;
    const count = limit?.limit ? constantInteger(limit.limit) : undefined;
    const offset = limit?.offset ? (constantInteger(limit.offset) ?? 0) : 0;
    const keyName = (index: number) => `seams_tie_key_${index}`;
    // DISTINCT keeps the rows its select list tells apart: the keys alone would tell fewer. Run
    // again, the list must not call a sequence (or anything else computed once per row).
    const listed = statement.distinct ? (statement.columns ?? []) : [];
    if (listed.some(({ expr }) => mustRunOnce(expr) || callsVolatile(expr))) return undefined;
    const ordered: SelectFromStatement = {
      ...statement,
      columns: [...listed, ...keys.map((expr, index) => ({ expr, alias: { name: keyName(index) } }))],
      orderBy: orderBy.map((order, index) => ({ ...order, by: { type: 'ref', name: keyName(index) } })),
      limit: undefined,
    };
    // The groups HAVING keeps, filtered as the query itself is (the keys computed for those alone).
    const keyed = having ? withoutHaving(ordered, having) : ordered;
    const run = this.#evaluator();
    return (rows) => {
      const sorted = (run(keyed) ?? [])
        .slice(0, count === undefined ? undefined : offset + count + 1)
        .map((row) => JSON.stringify(keys.map((_, index) => row[keyName(index)])));
      if (count !== 0 && sorted.some((key, index) => index > 0 && key === sorted[index - 1]))
        throw refuse(
          "ORDER BY leaving rows tied whose order PostgreSQL's plan decides (a join, GROUP BY, DISTINCT, subquery or index scan feeds its sort: add a unique column to the ORDER BY)",
        );
      return rows;
    };
  }

  /**
   * PostgreSQL's order of the rows its ORDER BY leaves tied, where its plan is sure: a Seq Scan of
   * one table (no index its first sort key leads, no WHERE of IN, OR or a range an index could
   * serve), then a Sort. pg-mem runs the query without its LIMIT; its sort keys, read again in scan
   * order and sorted, say which rows tie; tie-order.ts replays PostgreSQL's sort over them.
   */
  #tieOrder(
    select: SelectFromStatement,
    statement: SelectFromStatement,
    written: readonly OrderByStatement[],
    columns: readonly { typed: Typed }[],
  ):
    | { statement: SelectFromStatement; reorder: (rows: readonly Row[]) => readonly Row[] }
    | null
    | undefined {
    const [item, ...others] = select.from ?? [];
    if (!item || others.length > 0 || item.type !== 'table' || item.join) return undefined;
    // Which rows come in, and in which order, is the scan's: a Seq Scan's heap order, or an Index
    // Scan's for an IN list or a range over an indexed column (a serial key's order is the heap's).
    const table = this.catalog.table(item.name.name);
    if (!table) return undefined;
    const indexed = this.catalog.scanKeyColumns(table.name);
    const [serial] = table.constraints.find((c) => c.kind === 'primary key')?.columns ?? [];
    const read = select.where ? columnNames(select.where) : new Set<string>();
    if (select.where && listsSeveralKeys(select.where) && [...read].some((name) => indexed.has(name)))
      return undefined;
    if (
      select.where &&
      selectsSeveralKeys(select.where) &&
      [...read].some((name) => indexed.has(name) && name !== serial)
    )
      return undefined;
    const limit = statement.limit;
    const count = limit?.limit ? constantInteger(limit.limit) : undefined;
    const offset = limit?.offset ? (constantInteger(limit.offset) ?? 0) : 0;
    if (
      (limit?.limit && count === undefined) ||
      Object.keys(limit ?? {}).some((k) => k !== 'limit' && k !== 'offset')
    )
      return undefined;
    // A key that reads no column (a constant, an uncorrelated subquery) is no sort key for the planner:
    // with no other key there is no Sort, and the scan's order stands, as pg-mem's stable sort keeps it.
    const writtenKeys = this.#sortKeys(written, columns);
    const sorted = written
      .map((order, index) => ({ order, key: writtenKeys[index] as Expr }))
      .filter(({ key }) => JSON.stringify(key).includes('"type":"ref"'));
    if (sorted.length === 0) return null;
    const orderBy = sorted.map(({ order }) => order);
    const keys = sorted.map(({ key }) => key);
    if ([...keys, select.where].some((expr) => expr && (mustRunOnce(expr) || callsVolatile(expr))))
      return undefined;
    // Under a LIMIT the planner reads an index its first key leads instead of sorting: ties in heap order.
    const [first] = keys;
    if (limit?.limit && first?.type === 'ref' && indexed.has(first.name)) return undefined;
    const keyName = (index: number) => `seams_tie_key_${index}`;
    const source: SelectFromStatement = {
      ...statement,
      columns: keys.map((expr, index) => ({ expr, alias: { name: keyName(index) } })),
      orderBy: undefined,
      limit: undefined,
    };
    const sortedKeys: SelectFromStatement = {
      ...source,
      orderBy: orderBy.map((order, index) => ({ ...order, by: { type: 'ref', name: keyName(index) } })),
    };
    const run = this.#evaluator();
    const evaluate = (query: SelectFromStatement) =>
      (run(query) ?? []).map((row) => keys.map((_, index) => row[keyName(index)]));
    return {
      statement: { ...statement, limit: undefined },
      reorder: (rows) =>
        postgresSortOrder(
          rows,
          () => evaluate(sortedKeys),
          () => evaluate(source),
          {
            ...(count !== undefined && { count }),
            offset,
          },
        ),
    };
  }

  /**
   * GROUP BY with ROLLUP or CUBE, which pg-mem lacks, as PostgreSQL defines it: one grouping per
   * grouping set, their rows together. Each set is a branch of a UNION ALL grouped by that set,
   * where a grouping expression outside the set reads, outside aggregates, as a NULL of its type
   * (so `coalesce(brand, 'all')` is 'all' on a total row). Every branch also counts its rows, which
   * makes the empty set one row even over no input, as PostgreSQL's grand total is. A query around
   * the branches keeps the written columns, ORDER BY (by output names and positions) and LIMIT.
   */
  #groupingSets(
    select: SelectFromStatement,
    sets: readonly (readonly Expr[])[],
    outer: Scope | undefined,
    ctes: CteColumns,
    topLevel: boolean,
  ): AnalyzedQuery {
    if (select.distinct === 'distinct') throw refuse('SELECT DISTINCT with ROLLUP or CUBE');
    if (select.for) checkLocking(select, true);
    const written = select.columns ?? [];
    if (written.some(({ expr }) => expr.type === 'ref' && expr.name === '*'))
      throw refuse('SELECT * with ROLLUP or CUBE');
    const grouping = uniqueExprs(sets.flat());
    // Positions and select-list aliases would name other expressions in the branches' own lists.
    if (grouping.some((expr) => expr.type === 'integer'))
      throw refuse('a select-list position in ROLLUP or CUBE');
    // The full grouping first, as a plain GROUP BY: its errors (an ungrouped column) are PostgreSQL's.
    const full = this.#select({ ...select, groupBy: grouping }, outer, ctes, false);
    const typed = this.#groupingTypes(select, grouping, outer, ctes);
    if (select.orderBy && this.#groupsNull(select, grouping, outer, ctes))
      throw refuse(
        'ORDER BY over ROLLUP or CUBE of a column holding NULL (PostgreSQL orders its NULL group and a total row by its plan)',
      );
    const key = (index: number) => `seams_grouping_${index}`;
    // PostgreSQL's MixedAggregate yields the empty set's row first, then the others in order: rows
    // an ORDER BY leaves tied come out in that order too.
    const ordered = [...sets.filter((set) => set.length === 0), ...sets.filter((set) => set.length > 0)];
    const branches = ordered.map((set): SelectStatement => {
      const kept = new Set(set.map((expr) => JSON.stringify(expr)));
      const nulls = new Map(
        grouping.flatMap((expr, index) => {
          const type = typed[index];
          return kept.has(JSON.stringify(expr)) || !type
            ? []
            : [[JSON.stringify(expr), nullOf(type)] as const];
        }),
      );
      const columns: SelectedColumn[] = written.map((column, index) => ({
        expr: withNulls(column.expr, nulls),
        alias: { name: key(index) },
      }));
      const rows: SelectedColumn = {
        expr: { type: 'call', function: { name: 'count' }, args: [{ type: 'integer', value: 1 }] },
        alias: { name: key(written.length) },
      };
      return {
        ...select,
        columns: [...columns, rows],
        groupBy: set.length > 0 ? uniqueExprs(set) : undefined,
        having: select.having ? withNulls(select.having, nulls) : undefined,
        orderBy: undefined,
        limit: undefined,
      };
    });
    const union = branches.reduceRight(
      (right, left): SelectStatement => ({
        type: 'union all',
        left,
        right,
      }),
    );
    const names = full.outputs.map((output) => output.name);
    const orderBy = select.orderBy?.map((order): OrderByStatement => {
      const by = negatedConstant(order.by);
      if (by.type === 'integer') return { ...order, by };
      if (by.type === 'ref' && !by.table && names.includes(by.name)) return order;
      const shown = JSON.stringify(by);
      const position = written.findIndex((column) => JSON.stringify(column.expr) === shown);
      if (position < 0) throw refuse('ORDER BY other than an output column in a query with ROLLUP or CUBE');
      return { ...order, by: { type: 'integer', value: position + 1 } };
    });
    const wrapper: SelectFromStatement = {
      type: 'select',
      columns: names.map((name, index) => ({
        expr: { type: 'ref', table: { name: GROUPING_SETS_SOURCE }, name: key(index) },
        alias: { name },
      })),
      from: [{ type: 'statement', statement: union, alias: GROUPING_SETS_SOURCE }],
      ...(orderBy && { orderBy }),
      ...(select.limit && { limit: select.limit }),
    };
    try {
      return this.query(wrapper, outer, ctes, topLevel);
    } catch (error) {
      // A column the full grouping accepts but a smaller set rejects: written otherwise than in
      // ROLLUP or CUBE (t.a beside a), which PostgreSQL matches and this rewrite does not.
      if (error instanceof FakePostgresError && error.code === '42803')
        throw refuse('a grouping column written two ways in a query with ROLLUP or CUBE');
      throw error;
    }
  }

  /** Whether a grouping expression is NULL on some row the query groups: a group its totals tie with. */
  #groupsNull(
    select: SelectFromStatement,
    grouping: readonly Expr[],
    outer: Scope | undefined,
    ctes: CteColumns,
  ): boolean {
    const isNull = grouping
      .map((operand): Expr => ({ type: 'unary', op: 'IS NULL', operand }))
      .reduce((either, next): Expr => ({ type: 'binary', op: 'OR', left: either, right: next }));
    const where: Expr = select.where
      ? { type: 'binary', op: 'AND', left: select.where, right: isNull }
      : isNull;
    const probe: SelectFromStatement = {
      type: 'select',
      columns: [{ expr: { type: 'integer', value: 1 } }],
      ...(select.from && { from: select.from }),
      where,
      limit: { limit: { type: 'integer', value: 1 } },
    };
    return this.context.evaluate(this.#select(probe, outer, ctes, false).statement).length > 0;
  }

  /** The types of the grouping expressions, read as a plain grouped query of them. */
  #groupingTypes(
    select: SelectFromStatement,
    grouping: readonly Expr[],
    outer: Scope | undefined,
    ctes: CteColumns,
  ): readonly PgType[] {
    const probe: SelectFromStatement = {
      type: 'select',
      columns: grouping.map((expr) => ({ expr })),
      ...(select.from && { from: select.from }),
      ...(select.where && { where: select.where }),
      groupBy: [...grouping],
    };
    try {
      return this.#select(probe, outer, ctes, false).outputs.map((output) => output.type);
    } catch (error) {
      // A select-list alias in ROLLUP or CUBE names no column of FROM.
      if (error instanceof FakePostgresError && error.code === '42703')
        throw refuse('a select-list alias in ROLLUP or CUBE');
      throw error;
    }
  }

  #from(item: From, index: number, scope: Scope, ctes: CteColumns): From {
    if (item.type === 'call') {
      const rows = this.#functionRows(item, scope);
      if (!rows) throw refuse(`the set-returning function ${item.function.name}() in FROM`);
      return this.#from(rows, index, scope, ctes);
    }
    if (item.lateral) throw refuse('LATERAL');
    const join = item.join;
    if (index > 0 && join?.type === 'CROSS JOIN') {
      // A CROSS JOIN is an inner join on true, which pg-mem runs as PostgreSQL does.
      return this.#from(
        { ...item, join: { type: 'INNER JOIN', on: { type: 'boolean', value: true } } },
        index,
        scope,
        ctes,
      );
    }
    if (index > 0 && join) {
      if (join.type === 'RIGHT JOIN' || join.type === 'FULL JOIN') throw refuse(join.type);
      if (join.using) throw refuse('JOIN ... USING');
    }
    if (item.type === 'table') {
      const name = item.name.name;
      const catalogView = item.name.schema === 'information_schema' ? INFORMATION_SCHEMA[name] : undefined;
      if (catalogView) {
        scope.add({
          alias: item.name.alias ?? name,
          columns: catalogView.map((column) => ({
            name: column,
            type: CHARACTER_DATA_COLUMNS.has(column) ? CHARACTER_DATA : IDENTIFIER,
          })),
          partialView: name,
        });
        return { ...item, join: this.#joinCondition(join, scope) };
      }
      if (item.name.schema && item.name.schema !== 'public')
        throw refuse(`the schema-qualified table ${item.name.schema}.${name}`);
      if (item.name.columnNames) throw refuse('column aliases on a table in FROM');
      const cte = item.name.schema ? undefined : ctes.get(name);
      const table = cte ? undefined : this.catalog.table(name);
      if (!cte && !table) {
        // A subquery in an expression runs on its own (once, before its statement): it cannot read
        // the CTEs around it, which PostgreSQL lets it.
        if (!item.name.schema && this.#enclosingCtes.includes(name))
          throw refuse(`a subquery in an expression reading the CTE ${name} of its outer query`);
        // PostgreSQL's catalogs (pg_tables, pg_indexes, pg_type, ...) exist in every database.
        if (
          name.startsWith('pg_') ||
          item.name.schema === 'pg_catalog' ||
          item.name.schema === 'information_schema'
        )
          throw refuse(`the system catalog ${item.name.schema ? `${item.name.schema}.` : ''}${name}`);
        // PostgreSQL points at the table's (qualified) name.
        throw markAt(markAt(pgError('42P01', `relation "${name}" does not exist`), item.name), item);
      }
      const source: ScopeSource = {
        alias: item.name.alias ?? name,
        columns: cte ?? table?.columns.map((c) => ({ name: c.name, type: c.type })) ?? [],
        ...(table && { table: table.name }),
      };
      scope.add(source);
      return { ...item, join: this.#joinCondition(join, scope) };
    }
    const written = this.query(item.statement, scope.parent, ctes, false);
    // The rows of an EXISTS subquery (semi-join.ts): analysed as written, run as PostgreSQL runs it.
    const analyzed =
      item.alias === EXISTS_SOURCE
        ? {
            ...written,
            statement: existsRows(
              item.statement,
              written.statement,
              written.outputs.some((output) => output.aggregate),
            ),
          }
        : written;
    const names = item.columnNames?.map((n) => n.name);
    if (names && names.length !== analyzed.outputs.length)
      throw refuse('a column alias list of another length than the subquery');
    const pulled = join?.type === 'LEFT JOIN' ? undefined : pulledUp(analyzed);
    const sub = pulled?.query ?? analyzed;
    scope.add({
      alias: item.alias,
      columns: sub.outputs.map((o, i) => {
        const constant = pulled?.constants[i];
        return { name: names?.[i] ?? o.name, type: o.type, ...(constant && { constant }) };
      }),
    });
    return { ...item, statement: sub.statement, join: this.#joinCondition(join, scope) };
  }

  /**
   * `generate_series(start, stop[, step])` over integers and `unnest(ARRAY[...])`, whose arguments
   * are known before the statement runs, as the derived table of their rows (a VALUES list, or a
   * query of no row), under PostgreSQL's names: the function's name, or the alias alone for its
   * one column, then `ordinality` for WITH ORDINALITY. pg-mem has neither in FROM. Anything else
   * (an argument read from another FROM item, timestamps, numerics, several arrays) is refused.
   */
  #functionRows(item: Extract<From, { type: 'call' }>, scope: Scope): From | undefined {
    const name = item.function.name.toLowerCase();
    if (item.function.schema && item.function.schema !== 'pg_catalog') return undefined;
    if (item.lateral || item.filter || item.over || item.orderBy || item.withinGroup || item.distinct)
      return undefined;
    // A function in FROM may read the FROM items before it, row by row: pg-mem cannot.
    if (JSON.stringify(item.args).includes('"type":"ref"'))
      throw refuse(`${name}() over a column (it would run once per row of what it reads)`);
    const args = item.args.map((arg) => this.expressions.type(arg, new Scope(scope)));
    const series =
      name === 'generate_series'
        ? integerSeries(args)
        : name === 'unnest'
          ? arrayElementsOf(args)
          : undefined;
    if (!series) return undefined;
    const columnCount = item.withOrdinality ? 2 : 1;
    const given = item.alias?.columns?.map((column) => column.name) ?? [];
    if (given.length > columnCount)
      throw pgError(
        '42P10',
        `table "${item.alias?.name ?? name}" has ${columnCount} columns available but ${given.length} columns specified`,
      );
    const names = [
      given[0] ?? item.alias?.name ?? name,
      ...(item.withOrdinality ? [given[1] ?? 'ordinality'] : []),
    ];
    const rows = series.values.map((value, position) => [
      asType(value, series.type),
      ...(item.withOrdinality ? [asType(literalOf(String(position + 1), T.int8), T.int8)] : []),
    ]);
    const types = [series.type, ...(item.withOrdinality ? [T.int8] : [])];
    const statement: SelectStatement =
      rows.length > 0
        ? { type: 'values', values: rows }
        : {
            type: 'select',
            columns: types.map((type, index) => ({
              expr: literalOf(null, type),
              alias: { name: names[index] ?? name },
            })),
            where: { type: 'boolean', value: false },
          };
    return {
      type: 'statement',
      statement,
      alias: item.alias?.name ?? name,
      columnNames: names.map((column) => ({ name: column })),
      ...(item.join && { join: item.join }),
    };
  }

  #foldKeys(keys: readonly Expr[]): void {
    for (const expr of keys) {
      if (!mayRaise(expr) || !isConstantTree(expr)) continue;
      try {
        this.context.evaluate({ type: 'select', columns: [{ expr, alias: { name: 'v' } }] });
      } catch (error) {
        const { holdPlanError } = this.context;
        if (!holdPlanError || !(error instanceof FakePostgresError) || error.code === '0A000') throw error;
        holdPlanError(error);
      }
    }
  }

  #joinCondition(join: From['join'], scope: Scope): From['join'] {
    if (!join?.on) return join;
    return { ...join, on: this.expressions.condition(join.on, scope, 'JOIN/ON').expr };
  }

  #columns(columns: readonly SelectedColumn[], scope: Scope): { typed: Typed }[] {
    const result: { typed: Typed }[] = [];
    for (const column of columns) {
      const { expr } = column;
      if (expr.type === 'ref' && expr.name === '*') {
        for (const source of scope.sources) {
          if (expr.table && source.alias !== expr.table.name) continue;
          if (source.partialView)
            throw refuse(
              `* over information_schema.${source.partialView} (the engine has a few of its columns)`,
            );
          for (const c of source.columns) {
            result.push({
              typed: {
                expr: c.constant ?? { type: 'ref', name: c.name, table: { name: source.alias } },
                type: c.type,
                name: c.name,
              },
            });
          }
        }
        if (expr.table && !scope.sources.some((s) => s.alias === expr.table?.name)) {
          throw pgError('42P01', `missing FROM-clause entry for table "${expr.table.name}"`);
        }
        continue;
      }
      const typed = this.expressions.type(expr, scope);
      const type = typed.type.name === 'unknown' ? T.text : typed.type;
      // The scanner cuts every identifier to NAMEDATALEN - 1 bytes, an alias too.
      const name = column.alias ? clipIdentifier(column.alias.name) : typed.name;
      result.push({ typed: { ...typed, type, name } });
    }
    return result;
  }

  #groupExpr(written: Expr, columns: readonly { typed: Typed }[], scope: Scope): Typed {
    const expr = negatedConstant(written);
    checkPositionConstant(expr, 'GROUP BY', written);
    if (expr.type === 'integer') {
      const column = columns[expr.value - 1];
      if (!column)
        throw markAt(pgError('42P10', `GROUP BY position ${expr.value} is not in select list`), written);
      return column.typed;
    }
    // A bare name no table in FROM has is a select-list alias (PostgreSQL tries FROM's columns first).
    if (
      expr.type === 'ref' &&
      !expr.table &&
      !scope.sources.some((s) => s.columns.some((c) => c.name === expr.name))
    ) {
      const aliased = columns.find((c) => c.typed.name === expr.name);
      const shape = aliased && computationOf(aliased.typed.expr, scope);
      if (columns.some((c) => c.typed.name === expr.name && computationOf(c.typed.expr, scope) !== shape))
        throw pgError('42702', `GROUP BY "${expr.name}" is ambiguous`);
      if (aliased) return aliased.typed;
    }
    return this.expressions.type(expr, scope);
  }

  /** PostgreSQL's 42803 for a column an aggregated query reads outside aggregates and its GROUP BY. */
  #checkGrouped(expr: Expr, groupBy: readonly Typed[], scope: Scope): void {
    const column = (ref: ExprRef): string | undefined => {
      const source = scope.sources.find(
        (s) => s.alias === ref.table?.name || (!ref.table && s.columns.some((c) => c.name === ref.name)),
      );
      return source && `${source.alias}.${ref.name}`;
    };
    const shapes = new Set(groupBy.map((g) => JSON.stringify(g.expr)));
    const columns = new Set(groupBy.flatMap((g) => (g.expr.type === 'ref' ? [column(g.expr)] : [])));
    const ref = ungroupedRef(
      expr,
      (e) => shapes.has(JSON.stringify(e)) || (e.type === 'ref' && columns.has(column(e))),
    );
    if (!ref) return;
    const source = scope.sources.find(
      (s) => s.alias === ref.table?.name || (!ref.table && s.columns.some((c) => c.name === ref.name)),
    );
    const primaryKey = source?.table
      ? this.catalog.table(source.table)?.constraints.find((c) => c.kind === 'primary key')
      : undefined;
    const byKey =
      groupBy.length > 0 &&
      primaryKey?.columns.every((name) => columns.has(source && `${source.alias}.${name}`));
    if (byKey) throw refuse('a column grouped through its primary key (functional dependency)');
    throw pgError(
      '42803',
      `column "${source?.alias ?? ''}.${ref.name}" must appear in the GROUP BY clause or be used in an aggregate function`,
    );
  }

  /**
   * The errors transformSortClause raises, before GROUP BY is read: a position past the select
   * list, a name or expression that reads nothing in scope. What an ORDER BY key sorts by is
   * worked out later (#orderBy), once grouping is known.
   */
  #resolveOrderBy(order: OrderByStatement, columns: readonly { typed: Typed }[], scope: Scope): void {
    const by = negatedConstant(order.by);
    checkPositionConstant(by, 'ORDER BY', order.by);
    if (by.type === 'integer') {
      if (!columns[by.value - 1])
        throw markAt(pgError('42P10', `ORDER BY position ${by.value} is not in select list`), order.by);
      return;
    }
    if (by.type === 'ref' && !by.table && columns.some((c) => c.typed.name === by.name)) return;
    this.expressions.type(by, scope);
  }

  #orderBy(
    order: OrderByStatement,
    columns: readonly { typed: Typed }[],
    scope: Scope,
    topLevel: boolean,
    distinct: boolean,
    checkGrouped: (expr: Expr) => void,
  ): OrderByStatement {
    const by = negatedConstant(order.by);
    checkPositionConstant(by, 'ORDER BY', order.by);
    let typed: Typed | undefined;
    let index = -1;
    if (by.type === 'integer') {
      index = by.value - 1;
      typed = columns[index]?.typed;
      if (!typed)
        throw markAt(pgError('42P10', `ORDER BY position ${by.value} is not in select list`), order.by);
    } else if (by.type === 'ref' && !by.table) {
      index = columns.findIndex((c) => c.typed.name === by.name);
      typed = columns[index]?.typed;
      // findTargetlistEntrySQL92: two output columns of that name computing different things.
      const shape = typed && computationOf(typed.expr, scope);
      if (columns.some((c) => c.typed.name === by.name && computationOf(c.typed.expr, scope) !== shape))
        throw pgError('42702', `ORDER BY "${by.name}" is ambiguous`);
    }
    // pg-mem computes a sort key again from the output's expression: a sequence call would run twice.
    if (typed && mustRunOnce(typed.expr))
      throw refuse('ORDER BY an output that calls nextval(), setval() or gen_random_uuid()');
    if (!typed) {
      const expression = this.expressions.type(by, scope);
      if (changesState(expression.expr)) throw refuse('ORDER BY nextval() or setval()');
      // pg-mem sorts by it anyway, before or after removing duplicates: PostgreSQL refuses.
      const shown = JSON.stringify(expression.expr);
      if (distinct && !columns.some((c) => JSON.stringify(c.typed.expr) === shown)) {
        const { expr } = expression;
        const sameName =
          expr.type === 'ref' &&
          columns.some((c) => c.typed.expr.type === 'ref' && c.typed.expr.name === expr.name);
        if (sameName)
          throw refuse('SELECT DISTINCT ordered by a column written otherwise than in its select list');
        const error = pgError(
          '42P10',
          'for SELECT DISTINCT, ORDER BY expressions must appear in select list',
        );
        // PostgreSQL points at the expression's leftmost token: a column's name is its only one.
        throw order.by.type === 'ref' ? markAt(error, order.by) : error;
      }
      checkSortable(expression.type);
      checkGrouped(expression.expr);
      return { ...order, by: sortKey(expression.type, expression.expr) ?? expression.expr };
    }
    checkSortable(typed.type);
    if (isBool(typed.type)) return { ...order, by: boolKey(typed.expr) };
    // A text output sorts by code point (C.UTF-8), not by pg-mem's UTF-16 units, through the key
    // of what it computes: pg-mem reads no output name inside an expression. After DISTINCT
    // (a function of the output, so the same once duplicates are gone) and over an aggregate too.
    if (isText(typed.type)) return { ...order, by: byCodePoints(typed.expr) };
    // Other outputs by name.
    return { ...order, by: { type: 'ref', name: topLevel ? outputKey(index) : typed.name } };
  }

  /**
   * True when the query yields at most one row whatever order a plan reads: each table's primary
   * key or a unique constraint is fixed by equalities (`id = $1`) of WHERE or an inner or left
   * join's ON, to values or to columns of tables already fixed (`b.id = 7 AND a.id = b.a_id`).
   */
  #atMostOneRow(select: SelectFromStatement): boolean {
    const items = select.from ?? [];
    if (items.length === 0) return false;
    const tables: { alias: string; table: CatalogTable }[] = [];
    // A LEFT JOIN's ON filters only its own table's rows: it fixes none of the tables before it.
    const conditions: { expr: Expr; fixes?: string }[] = select.where
      ? conjuncts(select.where).map((expr) => ({ expr }))
      : [];
    for (const item of items) {
      if (item.type !== 'table') return false;
      if (item.join && item.join.type !== 'INNER JOIN' && item.join.type !== 'LEFT JOIN') return false;
      if (item.join?.using) return false;
      const table = this.context.catalog.table(item.name.name);
      if (!table) return false;
      const alias = item.name.alias ?? item.name.name;
      tables.push({ alias, table });
      const fixes = item.join?.type === 'LEFT JOIN' ? alias : undefined;
      if (item.join?.on) conditions.push(...conjuncts(item.join.on).map((expr) => ({ expr, fixes })));
    }
    const owner = (ref: Expr): string | undefined => {
      if (ref.type !== 'ref' || ref.name === '*') return undefined;
      if (ref.table) return tables.some((t) => t.alias === ref.table?.name) ? ref.table.name : undefined;
      const owners = tables.filter((t) => t.table.columns.some((c) => c.name === ref.name));
      return owners.length === 1 ? owners[0]?.alias : undefined;
    };
    const fixedTables = new Set<string>();
    const fixedColumns = new Set<string>();
    // A value fixes a column when it is one value: no column, no ANY/ALL list; or columns of fixed tables only.
    const oneValue = (value: Expr): boolean => {
      if (value.type === 'ref') {
        const alias = owner(value);
        return alias !== undefined && fixedTables.has(alias);
      }
      return !readsColumn(value) && !quantifies(value);
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (const { expr: conjunct, fixes } of conditions) {
        if (conjunct.type !== 'binary' || conjunct.op !== '=') continue;
        for (const [column, value] of [
          [conjunct.left, conjunct.right],
          [conjunct.right, conjunct.left],
        ] as const) {
          const alias = owner(column);
          if (alias === undefined || column.type !== 'ref' || !oneValue(value)) continue;
          if (fixes !== undefined && alias !== fixes) continue;
          fixedColumns.add(`${alias}.${column.name}`);
        }
      }
      for (const { alias, table } of tables) {
        if (fixedTables.has(alias)) continue;
        const keyed = table.constraints.some(
          (c) =>
            (c.kind === 'primary key' || c.kind === 'unique') &&
            !c.partial &&
            !c.keyText &&
            c.columns.every((name) => fixedColumns.has(`${alias}.${name}`)),
        );
        if (keyed) {
          fixedTables.add(alias);
          changed = true;
        }
      }
    }
    return tables.every((t) => fixedTables.has(t.alias));
  }

  #limit(
    limit: NonNullable<SelectFromStatement['limit']>,
    scope: Scope,
    topLevel: boolean,
    onNegative: (error: FakePostgresError) => void,
  ): NonNullable<SelectFromStatement['limit']> {
    const bound = (expr: Expr | null | undefined, clause: string): Expr | undefined => {
      if (!expr) return undefined;
      const typed = this.expressions.type(expr, scope, T.int8);
      if (typed.type.name !== 'unknown' && !isInteger(typed.type))
        throw refuse(`${clause} of type ${typed.type.name}`);
      const value = constantInteger(typed.expr);
      if (value === undefined) {
        if (typed.expr.type === 'cast' && typed.expr.operand.type === 'null') return undefined;
        throw refuse(`${clause} that is not a constant`);
      }
      if (value < 0) {
        // The executor raises it when the query runs: a subquery's may never run (an unread CTE, a
        // CASE branch not taken), and runs only once the outer query is planned.
        if (!topLevel)
          throw refuse(
            `a negative ${clause} in a subquery (PostgreSQL raises it only when the subquery runs)`,
          );
        onNegative(pgError(clause === 'LIMIT' ? '2201W' : '2201X', `${clause} must not be negative`));
      }
      return { type: 'integer', value };
    };
    // pgsql-ast-parser reads `FETCH FIRST ROW ONLY` (no count, so one row) as a column named first
    // or next; a column cannot be a LIMIT in PostgreSQL, so nothing else reads that way.
    const count =
      limit.limit?.type === 'ref' &&
      !limit.limit.table &&
      (limit.limit.name === 'first' || limit.limit.name === 'next')
        ? { type: 'integer' as const, value: 1 }
        : limit.limit;
    // transformSelectStmt reads OFFSET before LIMIT (and ExecLimit computes it first): of a mistake,
    // a placeholder without a value or a negative value in both, OFFSET's is the one reported.
    const offset = bound(limit.offset, 'OFFSET');
    return { limit: bound(count, 'LIMIT'), offset };
  }

  #values(rows: readonly (readonly Expr[])[], outer: Scope | undefined, topLevel: boolean): AnalyzedQuery {
    const scope = new Scope(outer);
    const width = rows[0]?.length ?? 0;
    if (rows.some((row) => row.length !== width))
      throw pgError('42601', 'VALUES lists must all be the same length');
    // A parameter is typed by its column, as an untyped literal is: typing it alone first would bind it as text.
    const first = rows.map((row) =>
      row.map((expr) =>
        expr.type === 'parameter' ? { type: T.unknown } : this.expressions.type(expr, scope),
      ),
    );
    const types = Array.from({ length: width }, (_, column) => {
      const type = unify(
        first.map((row) => row[column]?.type ?? T.unknown),
        'VALUES',
      );
      return type.name === 'unknown' ? T.text : type;
    });
    // An untyped item (a literal, a parameter) takes the column's type without its modifiers, as
    // PostgreSQL's coercion of an unknown does: in VALUES (4.5), ('7') the 7 keeps its own scale
    // (prints "7"), not the 4.5's, so the column's scale is no longer one and its output refuses.
    // A NULL has no scale to keep, and takes the column's whole type.
    const untyped = (row: number, column: number) => {
      const item = rows[row]?.[column];
      if (item === undefined || item.type === 'null') return false;
      if (item.type === 'parameter') return true;
      const typed = first[row]?.[column];
      return typed !== undefined && 'untyped' in typed && typed.untyped === true;
    };
    // transformValuesClause coerces column by column, each down the rows: of two items no type can
    // read, the one in the leftmost column is reported, whatever its row.
    const typeRows = (columnTypes: readonly PgType[]) => {
      const byColumn = Array.from({ length: width }, (_, column) =>
        rows.map((row, index) => {
          const type = columnTypes[column];
          const expr = row[column] as Expr;
          return this.expressions.type(expr, scope, type && untyped(index, column) ? unmodified(type) : type);
        }),
      );
      return rows.map((_, index) => byColumn.map((column) => column[index] as Typed));
    };
    let typedRows = typeRows(types);
    // A parameter another use already typed keeps that type (VALUES ($1::int, $1) is two integers):
    // its column then takes it, and the other rows are read again as that type. An untyped item's
    // own modifiers (none) count too: the column keeps a scale or length only when every row has it.
    const resolved = types.map((type, column) => {
      const kept = typedRows.map((row) => row[column]?.type ?? type);
      return kept.some((t) => !sameModifiers(t, type)) ? unify(kept, 'VALUES') : type;
    });
    if (resolved.some((type, column) => type !== types[column])) typedRows = typeRows(resolved);
    const outputs = resolved.map((type, column) => ({
      expr: { type: 'null' } as Expr,
      type,
      name: `column${column + 1}`,
    }));
    if (topLevel) throw refuse('a VALUES statement on its own (pg-mem names its columns differently)');
    return { statement: { type: 'values', values: typedRows.map((row) => row.map((t) => t.expr)) }, outputs };
  }

  #union(
    select: Extract<SelectStatement, { type: 'union' | 'union all' }>,
    outer: Scope | undefined,
    ctes: CteColumns,
    topLevel: boolean,
  ): AnalyzedQuery {
    if (setBranches(select).some((branch) => branch !== select && ownsClauses(branch))) {
      return this.#union(withOwnClausesApart(select), outer, ctes, topLevel);
    }
    // The parser hangs a trailing ORDER BY, LIMIT or OFFSET on the last branch; PostgreSQL applies
    // it to the whole set operation. It becomes a query over the set operation, as PostgreSQL
    // reads it, taking result column names and positions only.
    const last = lastBranch(select);
    if (last.type === 'select' && last.for) {
      throw pgError('0A000', `FOR ${last.for.type.toUpperCase()} is not allowed with UNION/INTERSECT/EXCEPT`);
    }
    // The parser keeps no parentheses: `(A LIMIT 1) UNION (B LIMIT 1)` reads as a last branch
    // whose LIMIT looks trailing. A clause on an earlier branch shows the branches were parenthesized.
    if (
      last.type === 'select' &&
      (last.orderBy || last.limit) &&
      setBranches(select).some(
        (branch) => branch !== last && branch.type === 'select' && (branch.orderBy || branch.limit),
      )
    )
      throw refuse('ORDER BY or LIMIT on parenthesized branches of a set operation');
    if (last.type === 'select' && (last.orderBy || last.limit)) {
      // Its ORDER BY sees the result columns only, under no table name: PostgreSQL fails a
      // qualified column while reading the expressions, before it looks at their shape.
      for (const order of last.orderBy ?? []) {
        checkPositionConstant(order.by, 'ORDER BY', order.by);
        const qualified = qualifiedRef(order.by);
        if (qualified) {
          const error = pgError('42P01', `missing FROM-clause entry for table "${qualified}"`);
          throw order.by.type === 'ref' ? markAt(error, order.by) : error;
        }
      }
      for (const order of last.orderBy ?? []) {
        if (order.by.type !== 'integer' && !(order.by.type === 'ref' && !order.by.table)) {
          throw pgError('0A000', 'invalid UNION/INTERSECT/EXCEPT ORDER BY clause', {
            detail: 'Only result column names can be used, not expressions or functions.',
          });
        }
      }
      const inner = withoutTrailingClauses(select);
      const wrapped: SelectStatement = {
        type: 'select',
        columns: [{ expr: { type: 'ref', name: '*' } }],
        from: [{ type: 'statement', statement: inner, alias: 'seams_set_operation' }],
        ...(last.orderBy && { orderBy: last.orderBy }),
        ...(last.limit && { limit: last.limit }),
      };
      return this.query(wrapped, outer, ctes, topLevel);
    }
    // The parser nests a chain to the right (A UNION (B UNION C)); PostgreSQL's grammar nests it to
    // the left, and transformSetOperationTree matches the columns of (A UNION B) before it reads C.
    // For links of one kind the rows are the same either way, not which mistake is reported first
    // (A's text against B's integer, 42804, before C's column count, 42601).
    const chained = select.right;
    if (chained.type === select.type)
      return this.#union(
        { ...select, left: { ...chained, left: select.left, right: chained.left }, right: chained.right },
        outer,
        ctes,
        topLevel,
      );
    // PostgreSQL reads a chain left to right, so A UNION B UNION ALL C keeps C's duplicate of A;
    // pg-mem removes duplicates across the whole chain once any link is UNION.
    const kinds = new Set([select.type, select.left.type, select.right.type].filter(isSetOperation));
    if (kinds.size > 1) throw refuse('UNION and UNION ALL in one chain (pg-mem applies UNION to all of it)');
    const left = this.query(select.left, outer, ctes, topLevel);
    // Below the top level an Append may stop before a UNION ALL's later branch (LIMIT, EXISTS).
    const lazy = !topLevel && select.type === 'union all';
    if (lazy) this.#laterBranches += 1;
    let right: AnalyzedQuery;
    try {
      right = this.query(select.right, outer, ctes, topLevel);
    } finally {
      if (lazy) this.#laterBranches -= 1;
    }
    if (left.outputs.length !== right.outputs.length)
      throw pgError('42601', 'each UNION query must have the same number of columns');
    const outputs = left.outputs.map((output, index) => {
      const other = right.outputs[index];
      const type = unify([output.type, other?.type ?? output.type], 'UNION');
      if (type.name !== output.type.name || (other && type.name !== other.type.name))
        throw refuse('UNION of columns of different types');
      if (select.type === 'union') checkEquality(type, writtenOutput(select, index) ?? output.expr);
      return { ...output, type };
    });
    if (topLevel) return { statement: { ...select, left: left.statement, right: right.statement }, outputs };
    // Below the top level (a subquery, or under a trailing ORDER BY) pg-mem reads each branch's rows
    // by column name: two outputs of one name (`SELECT 2, 'y'`, both `?column?`) would both read the
    // first. PostgreSQL matches branches by position and names the result after the first branch:
    // every branch takes the first one's names, or distinct keys a query around restores them from.
    const names = left.outputs.map((output) => output.name);
    const distinct = new Set(names).size === names.length;
    const keys = distinct ? names : names.map((_, index) => `seams_column_${index}`);
    const statement: SelectStatement = {
      ...select,
      left: withOutputNames(left.statement, names, keys),
      right: withOutputNames(
        right.statement,
        right.outputs.map((output) => output.name),
        keys,
      ),
    };
    if (distinct) return { statement, outputs };
    return {
      statement: {
        type: 'select',
        columns: keys.map((key, index) => ({
          expr: { type: 'ref', table: { name: RENAMED_BRANCH }, name: key },
          alias: { name: names[index] ?? '' },
        })),
        from: [{ type: 'statement', statement, alias: RENAMED_BRANCH }],
      },
      outputs,
    };
  }

  #with(
    select: Extract<SelectStatement, { type: 'with' }>,
    outer: Scope | undefined,
    ctes: CteColumns,
    topLevel: boolean,
  ): AnalyzedQuery {
    const visible = new Map(ctes);
    const names = select.bind.map(({ alias }) => alias.name);
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice !== undefined) throw pgError('42712', `WITH query name "${twice}" specified more than once`);
    const enclosing = this.#enclosingCtes.length;
    this.#enclosingCtes.push(...select.bind.map(({ alias }) => alias.name));
    const ordered = this.#planOrderedCtes.length;
    for (const { alias, statement } of select.bind) {
      if (isSelect(statement) && this.#readsPlanOrdered({ type: 'statement', statement, alias: alias.name }))
        this.#planOrderedCtes.push(alias.name);
    }
    try {
      return this.#withBody(select, outer, visible, topLevel);
    } finally {
      this.#enclosingCtes.length = enclosing;
      this.#planOrderedCtes.length = ordered;
    }
  }

  /** Whether a FROM item yields rows in an order the plan chooses (a subquery or CTE over a join, DISTINCT, GROUP BY or UNION). */
  #readsPlanOrdered(item: From): boolean {
    const isPlanOrderedCte = (name: string) => this.#planOrderedCtes.includes(name);
    if (item.type === 'statement') return planOrdered(item.statement, isPlanOrderedCte);
    return item.type === 'table' && !item.name.schema && isPlanOrderedCte(item.name.name);
  }

  #withBody(
    select: Extract<SelectStatement, { type: 'with' }>,
    outer: Scope | undefined,
    visible: Map<string, readonly ScopeColumn[]>,
    topLevel: boolean,
  ): AnalyzedQuery {
    const bind = select.bind.map(({ alias, statement }, index) => {
      if (statement.type === 'insert' || statement.type === 'update' || statement.type === 'delete') {
        throw refuse(`WITH around ${statement.type.toUpperCase()} (a data-modifying CTE)`);
      }
      // A CTE no query reads is never planned: neither PostgreSQL nor pg-mem runs its filters.
      const unread = !readsTable([select.in, ...select.bind.slice(index + 1)], alias.name);
      if (unread) this.#unreadQueries += 1;
      let sub: AnalyzedQuery;
      try {
        sub = this.query(statement, outer, visible, false);
      } finally {
        if (unread) this.#unreadQueries -= 1;
      }
      visible.set(
        alias.name,
        sub.outputs.map((o) => ({ name: o.name, type: o.type })),
      );
      return { alias, statement: sub.statement };
    });
    if (select.in.type === 'insert' || select.in.type === 'update' || select.in.type === 'delete') {
      throw refuse(`WITH ... ${select.in.type.toUpperCase()}`);
    }
    const around = this.#withQueries.length;
    this.#withQueries.push(...bind);
    let body: AnalyzedQuery;
    try {
      body = this.query(select.in, outer, visible, topLevel);
    } finally {
      this.#withQueries.length = around;
    }
    // PostgreSQL never runs a SELECT CTE nothing reads (its errors included); pg-mem runs them all.
    const read = new Set<string>();
    const readBy = (node: unknown) => {
      for (const name of tableNames(node)) {
        const cte = bind.find((b) => b.alias.name === name);
        if (cte && !read.has(name)) {
          read.add(name);
          readBy(select.bind.find((b) => b.alias.name === name)?.statement);
        }
      }
    };
    readBy(select.in);
    const kept = bind.filter((b) => read.has(b.alias.name));
    if (kept.length === 0) return body;
    // PostgreSQL computes a WITH query once however often it is read; pg-mem runs it again for each
    // reference, so one whose values differ from run to run (nextval, gen_random_uuid) gave each
    // reference other values.
    const references = tableReferenceCounts([
      select.in,
      ...select.bind.filter((b) => read.has(b.alias.name)).map((b) => b.statement),
    ]);
    const rerun = kept.find((b) => (references.get(b.alias.name) ?? 0) > 1 && mustRunOnce(b.statement));
    if (rerun) {
      throw refuse(
        `a WITH query calling nextval(), setval() or gen_random_uuid() read more than once (${rerun.alias.name}: PostgreSQL computes it once)`,
      );
    }
    return {
      statement: { ...select, bind: kept, in: body.statement },
      outputs: body.outputs,
      ...(body.reorder && { reorder: body.reorder }),
    };
  }

  /**
   * Runs a statement over the database, inside the WITH queries around the query being analysed;
   * undefined when it fails (the query itself ran: what it reads cannot fail, short of a WITH query
   * PostgreSQL would not run).
   */
  #evaluator(): (query: SelectFromStatement) => readonly Row[] | undefined {
    const bind = [...this.#withQueries];
    return (query) => {
      try {
        return this.context.evaluate(bind.length > 0 ? { type: 'with', bind, in: query } : query);
      } catch {
        return undefined;
      }
    };
  }

  /** RETURNING: the output list of a data change, over the target table's row. */
  returning(
    columns: readonly SelectedColumn[],
    scope: Scope,
  ): { columns: SelectedColumn[]; outputs: Typed[] } {
    const typed = this.#columns(columns, scope).map((c) => c.typed);
    // PostgreSQL's parser rejects an aggregate here (pg-mem ran it over the changed rows).
    if (typed.some((t) => t.aggregate))
      throw pgError('42803', 'aggregate functions are not allowed in RETURNING');
    return {
      columns: typed.map((t, index) => ({ expr: t.expr, alias: { name: outputKey(index) } })),
      outputs: typed,
    };
  }

  /** A literal for a value typed by its target (INSERT column, SET column). */
  literal(text: string | null, type: PgType): Expr {
    return literalOf(text, type);
  }
}

/**
 * A row lock without OF covers every table of the query, those of a subquery in FROM too:
 * PostgreSQL pushes it down into the subquery (transformLockingClause), whose DISTINCT, GROUP BY,
 * aggregates, set operation or outer join then fail as the outer query's would. pg-mem analyses
 * the subquery on its own, so the lock goes with it (its own lock, if it has one, is kept).
 */
function lockedBy(item: From, lock: SelectFromStatement['for']): From {
  if (!lock || item.type !== 'statement' || item.alias === EXISTS_SOURCE) return item;
  const locked = (statement: SelectStatement): SelectStatement => {
    if (statement.type === 'select') return statement.for ? statement : { ...statement, for: lock };
    if (statement.type === 'union' || statement.type === 'union all')
      return { ...statement, right: locked(statement.right) };
    return statement;
  };
  return { ...item, statement: locked(item.statement) };
}

/**
 * CheckSelectLocking's 0A000s, in its order, and the planner's for a lock reaching the nullable side
 * of a LEFT JOIN (without OF, a lock covers every table): pg-mem drops the lock and runs the query.
 */
function checkLocking(select: SelectFromStatement, aggregated: boolean): void {
  if (!select.for) return;
  const lock = `FOR ${select.for.type.toUpperCase()}`;
  if (select.distinct && select.distinct !== 'all')
    throw pgError('0A000', `${lock} is not allowed with DISTINCT clause`);
  if ((select.groupBy?.length ?? 0) > 0)
    throw pgError('0A000', `${lock} is not allowed with GROUP BY clause`);
  if (select.having) throw pgError('0A000', `${lock} is not allowed with HAVING clause`);
  if (aggregated) throw pgError('0A000', `${lock} is not allowed with aggregate functions`);
  if ((select.from ?? []).some((item, index) => index > 0 && item.join?.type === 'LEFT JOIN'))
    throw pgError('0A000', `${lock} cannot be applied to the nullable side of an outer join`);
}

/**
 * A subquery in FROM that PostgreSQL's planner pulls up into its query (a one-row VALUES, a
 * SELECT of constants without FROM): each column's expression moves to where the query reads it,
 * is folded there, and is never computed where nothing reads it (`SELECT count(*) FROM (VALUES
 * (1/0)) v` is 1, `SELECT x FROM (VALUES (1/0)) v(x) WHERE false` divides by zero). pg-mem
 * computes the row itself: the columns that can raise leave it as constants for the references
 * to read, which pg-mem folds where they stand as PostgreSQL does.
 */
/**
 * pg-mem sorts nothing when one row is left, so a sort key that may raise (`ORDER BY id / x`) was
 * never computed there; PostgreSQL computes each row's keys (resjunk columns) before sorting. Such
 * a key becomes a column of its own, after the outputs the result reads, and is sorted by name.
 */
function withRaisingKeysComputed(orderBy: readonly OrderByStatement[]): {
  columns: { expr: Expr; alias: { name: string } }[];
  orderBy: OrderByStatement[];
} {
  const columns: { expr: Expr; alias: { name: string } }[] = [];
  const sorted = orderBy.map((order) => {
    if (!mayRaise(order.by) || isConstantTree(order.by)) return order;
    const name = `seams_sort_key_${columns.length}`;
    columns.push({ expr: order.by, alias: { name } });
    return { ...order, by: { type: 'ref' as const, name } };
  });
  return { columns, orderBy: sorted };
}

/** The query without the GROUP BY item a HAVING without GROUP BY was given to be parsed (parser-rewrites.ts). */
function withoutNoGroups(select: SelectFromStatement): SelectFromStatement {
  const [item, ...others] = select.groupBy ?? [];
  if (!item || others.length > 0 || item.type !== 'ref' || item.table || item.name !== NO_GROUPS)
    return select;
  return { ...select, groupBy: undefined };
}

/** The derived table a HAVING query becomes, and the column that carries its HAVING condition. */
const HAVING_SOURCE = 'seams_having';
const HAVING_KEY = 'seams_having_holds';

/**
 * pg-mem parses HAVING but never reads it (it refuses the statement). The grouped query computes
 * the condition as one more output instead, and a query around it keeps the groups where it holds:
 * the same rows, since HAVING is a filter on the grouped rows. ORDER BY stays inside (pg-mem keeps
 * a derived table's order through a WHERE), LIMIT and OFFSET go outside, after the filter, where
 * PostgreSQL applies them.
 */
function withoutHaving(statement: SelectFromStatement, having: Expr): SelectFromStatement {
  // DISTINCT and row locks would have to move outside too; neither is common with HAVING.
  if (statement.distinct) throw refuse('SELECT DISTINCT with HAVING');
  const columns = statement.columns ?? [];
  // The outer query reads each column by its name, which ORDER BY inside may also use.
  const names = columns.map((column) => column.alias?.name);
  if (names.some((name, index) => name === undefined || names.indexOf(name) !== index))
    throw refuse('HAVING in a query with two output columns of one name');
  // PostgreSQL filters the groups before it computes the select list: a column that can raise
  // (1 / (a - 1), a subquery's 21000) is computed only for a group HAVING keeps.
  const gated = mustRunOnce(having)
    ? columns
    : columns.map((column) =>
        mayRaise(column.expr)
          ? {
              ...column,
              expr: { type: 'case', whens: [{ when: having, value: column.expr }] } satisfies Expr,
            }
          : column,
      );
  const inner: SelectFromStatement = {
    ...statement,
    columns: [...gated, { expr: having, alias: { name: HAVING_KEY } }],
    having: undefined,
    limit: undefined,
  };
  const ref = (name: string): Expr => ({ type: 'ref', table: { name: HAVING_SOURCE }, name });
  return {
    type: 'select',
    columns: names.map((name) => ({ expr: ref(name ?? ''), alias: { name: name ?? '' } })),
    from: [{ type: 'statement', statement: inner, alias: HAVING_SOURCE }],
    where: ref(HAVING_KEY),
    ...(statement.limit && { limit: statement.limit }),
  };
}

function pulledUp(
  sub: AnalyzedQuery,
): { query: AnalyzedQuery; constants: readonly (Expr | undefined)[] } | undefined {
  const { statement } = sub;
  let row: readonly Expr[] | undefined;
  if (statement.type === 'values' && statement.values.length === 1) row = statement.values[0];
  const simple =
    statement.type === 'select' &&
    !statement.from &&
    !statement.where &&
    !statement.groupBy &&
    !statement.having &&
    !statement.distinct &&
    !statement.orderBy &&
    !statement.limit &&
    !sub.outputs.some((output) => output.aggregate);
  if (simple && statement.type === 'select') row = statement.columns?.map((c) => c.expr);
  if (!row) return undefined;
  // Every constant, not only those that raise alone: `a / b` over `(VALUES (1, 0)) v(a, b)` is `1 / 0`
  // once pulled up, and PostgreSQL folds it, raising while it plans, whatever drops the row.
  const constants = row.map((expr) => (isConstantTree(expr) ? expr : undefined));
  if (!constants.some((c) => c !== undefined)) return undefined;
  const kept = row.map((expr, index) => {
    const output = sub.outputs[index];
    return constants[index] && output ? literalOf(null, output.type) : expr;
  });
  const rewritten: SelectStatement =
    statement.type === 'select'
      ? {
          ...statement,
          columns: (statement.columns ?? []).map((c, index) => ({ ...c, expr: kept[index] ?? c.expr })),
        }
      : { type: 'values', values: [kept] };
  return { query: { ...sub, statement: rewritten }, constants };
}

/**
 * What an output computes, as text to compare: column references name their FROM item, so `t.x`
 * and `x` over one table are one computation (PostgreSQL compares the resolved columns, not the
 * spelling, before calling two outputs of one name ambiguous).
 */
function computationOf(expr: Expr, scope: Scope): string {
  return JSON.stringify(expr, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Reflect.get(value, 'type') !== 'ref') return value;
    const ref = value as ExprRef;
    if (ref.table) return value;
    const sources = scope.sources.filter((s) => s.columns.some((c) => c.name === ref.name));
    const [source] = sources;
    return sources.length === 1 && source ? { ...ref, table: { name: source.alias } } : value;
  });
}

/** The table name of the first qualified column reference in an expression, if any. */
function qualifiedRef(expr: Expr): string | undefined {
  if (expr.type === 'ref') return expr.table?.name;
  // A subquery's own FROM names its columns' tables.
  if (['select', 'union', 'union all', 'with', 'with recursive', 'values'].includes(expr.type))
    return undefined;
  return childExprs(expr)
    .map(qualifiedRef)
    .find((name) => name !== undefined);
}

/** The unqualified table names a statement reads anywhere in its tree. */
function tableNames(node: unknown): Set<string> {
  const names = new Set<string>();
  JSON.stringify(node, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && Reflect.get(value, 'type') === 'table') {
      const name: unknown = Reflect.get(value, 'name');
      if (typeof name === 'object' && name !== null && Reflect.get(name, 'schema') === undefined) {
        const text: unknown = Reflect.get(name, 'name');
        if (typeof text === 'string') names.add(text);
      }
    }
    return value;
  });
  return names;
}

/** How many times each unqualified table name is read in `nodes` (a CTE read twice counts 2). */
function tableReferenceCounts(nodes: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  JSON.stringify(nodes, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && Reflect.get(value, 'type') === 'table') {
      const name: unknown = Reflect.get(value, 'name');
      if (typeof name === 'object' && name !== null && Reflect.get(name, 'schema') === undefined) {
        const text: unknown = Reflect.get(name, 'name');
        if (typeof text === 'string') counts.set(text, (counts.get(text) ?? 0) + 1);
      }
    }
    return value;
  });
  return counts;
}

/** A parenthesized branch with its own ORDER BY or LIMIT: `A UNION ALL (B ORDER BY x LIMIT 1)`. */
function ownsClauses(branch: SelectStatement): boolean {
  return branch.type === 'select' && !!(branch.orderBy || branch.limit) && isParenthesized(branch);
}

/** The chain with each branch that owns its ORDER BY or LIMIT made a subquery that keeps them. */
function withOwnClausesApart(select: SetOperation): SetOperation {
  const apart = (branch: SelectStatement): SelectStatement => {
    if (isSetOperationNode(branch)) return withOwnClausesApart(branch);
    if (!ownsClauses(branch)) return branch;
    return {
      type: 'select',
      columns: [{ expr: { type: 'ref', name: '*' } }],
      from: [{ type: 'statement', statement: branch, alias: 'seams_branch' }],
    };
  };
  return { ...select, left: apart(select.left), right: apart(select.right) };
}

const RENAMED_BRANCH = 'seams_renamed_branch';

/** A set operation's analysed branch with its outputs named `names`, position by position. */
function withOutputNames(
  statement: SelectStatement,
  current: readonly string[],
  names: readonly string[],
): SelectStatement {
  if (current.every((name, index) => name === names[index])) return statement;
  const columns = statement.type === 'select' ? statement.columns : undefined;
  if (statement.type === 'select' && columns && !statement.orderBy && columns.length === names.length)
    return {
      ...statement,
      columns: columns.map((column, index) => ({ ...column, alias: { name: names[index] ?? '' } })),
    };
  // A VALUES list or a set operation: a query around it reads its (distinct) outputs by name.
  if (new Set(current).size !== current.length)
    throw refuse('a set operation branch that names two result columns alike, below the top level');
  return {
    type: 'select',
    columns: current.map((name, index) => ({
      expr: { type: 'ref', table: { name: RENAMED_BRANCH }, name },
      alias: { name: names[index] ?? '' },
    })),
    from: [{ type: 'statement', statement, alias: RENAMED_BRANCH }],
  };
}

/** The branches of a set operation chain, left to right. */
function setBranches(select: SelectStatement): SelectStatement[] {
  return isSetOperationNode(select) ? [...setBranches(select.left), ...setBranches(select.right)] : [select];
}

function isSetOperation(type: SelectStatement['type']): type is 'union' | 'union all' {
  return type === 'union' || type === 'union all';
}

/** The select-list item as written in the chain's first branch at `index`, which PostgreSQL marks. */
function writtenOutput(select: SelectStatement, index: number): Expr | undefined {
  if (isSetOperationNode(select)) return writtenOutput(select.left, index);
  return select.type === 'select' &&
    !select.columns?.some((c) => c.expr.type === 'ref' && c.expr.name === '*')
    ? select.columns?.[index]?.expr
    : undefined;
}

function checkSortable(type: PgType): void {
  if (type.enumName !== undefined) throw refuse('ORDER BY an enum (pg-mem sorts its labels alphabetically)');
  if (type.name === 'jsonb' || type.name === 'json' || type.array) {
    throw refuse(`ORDER BY a ${type.name}${type.array ? '[]' : ''} value`);
  }
}

function constantInteger(expr: Expr): number | undefined {
  if (expr.type === 'integer') return expr.value;
  if (expr.type === 'unary' && expr.op === '-') {
    const inner = constantInteger(expr.operand);
    return inner === undefined ? undefined : -inner;
  }
  if (expr.type === 'cast') return constantInteger(expr.operand);
  return undefined;
}

type SetOperation = Extract<SelectStatement, { type: 'union' | 'union all' }>;

/** The rightmost branch of a set operation chain (the parser nests the chain to the right). */
function lastBranch(select: SetOperation): SelectStatement {
  return isSetOperationNode(select.right) ? lastBranch(select.right) : select.right;
}

/** The chain with its last branch's ORDER BY, LIMIT and OFFSET taken off. */
function withoutTrailingClauses(select: SetOperation): SetOperation {
  const right = select.right;
  if (isSetOperationNode(right)) return { ...select, right: withoutTrailingClauses(right) };
  return right.type === 'select'
    ? { ...select, right: { ...right, orderBy: undefined, limit: undefined } }
    : select;
}

function isSetOperationNode(select: SelectStatement): select is SetOperation {
  return isSetOperation(select.type);
}

/** Whether two types are one, with the same scale, precision and length. */
function sameModifiers(a: PgType, b: PgType): boolean {
  return a.name === b.name && a.scale === b.scale && a.precision === b.precision && a.length === b.length;
}

/** A value cast to its type, which VALUES would otherwise take from the literal (1 as integer). */
function asType(value: Expr, type: PgType): Expr {
  return { type: 'cast', operand: value, to: { name: type.name } };
}

/** The most rows a set-returning function in FROM becomes a VALUES list of. */
const MOST_FUNCTION_ROWS = 10_000;

/** A set-returning function's rows, each a literal of its type. */
interface FunctionRows {
  readonly values: readonly Expr[];
  readonly type: PgType;
}

/** An integer constant the analysis left, or null for NULL; undefined for anything else. */
function integerConstant(typed: Typed): number | null | undefined {
  const { expr } = typed;
  if (expr.type === 'null' || (expr.type === 'cast' && expr.operand.type === 'null')) return null;
  if (expr.type === 'cast' && expr.operand.type === 'string' && /^-?\d+$/.test(expr.operand.value))
    return Number(expr.operand.value);
  return constantInteger(expr);
}

/**
 * generate_series over integers, as int_series_generator: NULL for any argument gives no row, a
 * step of zero raises, and the series stops at the last value not past `stop`.
 */
function integerSeries(args: readonly Typed[]): FunctionRows | undefined {
  if (args.length < 2 || args.length > 3) return undefined;
  if (!args.every((arg) => isInteger(arg.type) && !arg.type.array)) return undefined;
  const type = args.some((arg) => arg.type.name === 'int8') ? T.int8 : T.int4;
  const [start, stop, step = 1] = args.map(integerConstant);
  if (start === undefined || stop === undefined || step === undefined) return undefined;
  if (start === null || stop === null || step === null) return { values: [], type };
  if (![start, stop, step].every(Number.isSafeInteger)) return undefined;
  if (step === 0) throw pgError('22023', 'step size cannot equal zero');
  const count = (step > 0 ? stop >= start : stop <= start) ? Math.floor((stop - start) / step) + 1 : 0;
  if (count > MOST_FUNCTION_ROWS) return undefined;
  const values = Array.from({ length: count }, (_, index) => literalOf(String(start + index * step), type));
  return { values, type };
}

// Element types whose constants read back as the same values of the same type, typmod dropped as unnest drops it.
const UNNESTED_TYPES = new Set([
  'bool',
  'int2',
  'int4',
  'int8',
  'numeric',
  'float8',
  'text',
  'varchar',
  'uuid',
  'timestamptz',
  'timestamp',
  'date',
]);

/** unnest of one array whose elements are constants: its elements in order, NULLs included. */
function arrayElementsOf(args: readonly Typed[]): FunctionRows | undefined {
  const [arg, ...others] = args;
  if (!arg || others.length > 0 || !arg.type.array) return undefined;
  const { array: _array, length: _length, precision: _precision, scale: _scale, ...type } = arg.type;
  if (!UNNESTED_TYPES.has(type.name) || type.enumName !== undefined || type.opaque) return undefined;
  let { expr } = arg;
  if (expr.type === 'null' || (expr.type === 'cast' && expr.operand.type === 'null'))
    return { values: [], type };
  if (expr.type === 'cast' && expr.operand.type === 'array') expr = expr.operand;
  if (expr.type !== 'array') return undefined;
  const values = expr.expressions;
  // A nested array is a multidimensional one, which unnest flattens; an element that computes is left to refuse.
  if (values.some((value) => value.type === 'array' || !isConstantTree(value) || mayRaise(value)))
    return undefined;
  if (values.length > MOST_FUNCTION_ROWS) return undefined;
  return { values, type };
}

/** `-(1)` as the grammar's doNegate reads it: the constant -1, which ORDER BY takes for a position. */
function negatedConstant(expr: Expr): Expr {
  if (expr.type !== 'unary' || expr.op !== '-') return expr;
  const operand = negatedConstant(expr.operand);
  if (operand.type === 'integer' || operand.type === 'numeric') return { ...operand, value: -operand.value };
  return expr;
}

/**
 * findTargetlistEntrySQL92: a bare constant in ORDER BY or GROUP BY is a select-list position, so
 * one that is no integer ('a', 1.5, true, NULL) is an error. pg-mem sorts by it (or fails itself).
 */
function checkPositionConstant(expr: Expr, clause: string, written: Expr): void {
  // A literal past int4 is a Float constant to the grammar, negated or not (`-2147483648` too).
  const float = expr.type === 'integer' && Math.abs(expr.value) > 2_147_483_647;
  if (float || ['string', 'numeric', 'boolean', 'null'].includes(expr.type))
    throw markAt(pgError('42601', `non-integer constant in ${clause}`), written);
}

const SERIES_SOURCE = 'seams_series';

/**
 * `SELECT generate_series(1, 3)` or `SELECT id, unnest(ARRAY[...]) FROM t`: one set-returning
 * function in the select list gives each row of the query once per value it returns, which is
 * the query joined with the function in FROM (see #functionRows, which refuses what it cannot
 * run). Only when nothing groups or aggregates (PostgreSQL runs the function after grouping) and
 * the function stands alone in its column (two in one list run in lockstep).
 */
function withSeriesInFrom(select: SelectFromStatement): SelectFromStatement | undefined {
  const columns = select.columns ?? [];
  const isSeries = (expr: Expr) =>
    expr.type === 'call' &&
    !expr.function.schema &&
    !expr.over &&
    !expr.filter &&
    ['generate_series', 'unnest'].includes(expr.function.name.toLowerCase());
  const positions = columns.flatMap((column, index) => (isSeries(column.expr) ? [index] : []));
  const [position, ...others] = positions;
  if (position === undefined || others.length > 0) return undefined;
  if (select.groupBy || select.having || select.distinct || select.for) return undefined;
  if (columns.some(({ expr }) => expr.type === 'ref' && expr.name === '*' && !expr.table)) return undefined;
  const shown = JSON.stringify(columns);
  if ([...GROUPED_AGGREGATES].some((name) => shown.includes(`"name":"${name}"`))) return undefined;
  const call = columns[position]?.expr;
  if (call?.type !== 'call') return undefined;
  const from = select.from ?? [];
  if (from.some((item) => item.type === 'table' && (item.name.alias ?? item.name.name) === SERIES_SOURCE))
    return undefined;
  const source: From = {
    ...call,
    alias: { name: SERIES_SOURCE },
    ...(from.length > 0 && { join: { type: 'CROSS JOIN' } }),
  };
  return {
    ...select,
    from: [...from, source],
    columns: columns.map((column, index) =>
      index === position
        ? {
            expr: { type: 'ref', table: { name: SERIES_SOURCE }, name: SERIES_SOURCE },
            alias: column.alias ?? { name: call.function.name.toLowerCase() },
          }
        : column,
    ),
  };
}

/** The derived table the grouping sets' branches are read from. */
const GROUPING_SETS_SOURCE = 'seams_grouping_sets';

const MOST_GROUPING_SETS = 64;

/**
 * The grouping sets of a GROUP BY with ROLLUP or CUBE, undefined without them: plain items are in
 * every set, ROLLUP (a, b) gives (a, b), (a), (), CUBE every subset, and several of them their
 * product. An element in parentheses, (a, b), is grouped as one.
 */
function groupingSets(groupBy: readonly Expr[]): Expr[][] | undefined {
  const kind = (expr: Expr) =>
    expr.type === 'call' && !expr.function.schema ? expr.function.name.toLowerCase() : undefined;
  if (!groupBy.some((expr) => kind(expr) === 'rollup' || kind(expr) === 'cube')) return undefined;
  let sets: Expr[][] = [[]];
  for (const item of groupBy) {
    const name = kind(item);
    let choices: Expr[][];
    if (item.type === 'call' && (name === 'rollup' || name === 'cube')) {
      const elements = item.args.map((arg) => (arg.type === 'list' ? [...arg.expressions] : [arg]));
      if (elements.flat().some((expr) => kind(expr) === 'rollup' || kind(expr) === 'cube'))
        throw refuse('ROLLUP or CUBE inside ROLLUP or CUBE');
      choices =
        name === 'rollup'
          ? elements.map((_, index) => elements.slice(0, elements.length - index).flat()).concat([[]])
          : subsets(elements);
    } else {
      choices = [[item]];
    }
    sets = sets.flatMap((set) => choices.map((choice) => [...set, ...choice]));
    if (sets.length > MOST_GROUPING_SETS) throw refuse(`more than ${MOST_GROUPING_SETS} grouping sets`);
  }
  return sets;
}

/** CUBE's sets: every subset of the elements, the full one first. */
function subsets(elements: readonly Expr[][]): Expr[][] {
  if (elements.length > 6) throw refuse(`CUBE of more than 6 elements`);
  const count = 2 ** elements.length;
  return Array.from({ length: count }, (_, mask) =>
    elements.filter((_, index) => ((count - 1 - mask) >> (elements.length - 1 - index)) & 1).flat(),
  );
}

function uniqueExprs(exprs: readonly Expr[]): Expr[] {
  const seen = new Set<string>();
  return exprs.filter((expr) => {
    const shape = JSON.stringify(expr);
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

/** The expression with each grouping expression outside its set, read outside aggregates, as NULL. */
function withNulls(expr: Expr, nulls: ReadonlyMap<string, Expr>): Expr {
  if (nulls.size === 0) return expr;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    if (isExprNode(node)) {
      const replaced =
        nulls.get(JSON.stringify(node)) ?? (node.type === 'ref' ? sameColumn(node, nulls) : undefined);
      if (replaced) return replaced;
      if (node.type === 'call' && GROUPED_AGGREGATES.has(node.function.name.toLowerCase())) return node;
      // A subquery reads its own columns (and one of the outer query is refused where it is typed).
      if (['select', 'union', 'union all', 'with', 'with recursive', 'values'].includes(node.type))
        return node;
    }
    return Object.fromEntries(Object.entries(node).map(([name, value]) => [name, visit(value)]));
  };
  return visit(expr) as Expr;
}

/**
 * The NULL of a grouping column written with or without its table (`brand` beside `t.brand`): the
 * same column once the query's own analysis accepted both, which would otherwise have failed on
 * an unknown or ambiguous one.
 */
function sameColumn(ref: ExprRef, nulls: ReadonlyMap<string, Expr>): Expr | undefined {
  for (const [shape, replacement] of nulls) {
    const grouped: unknown = JSON.parse(shape);
    if (typeof grouped !== 'object' || grouped === null || Reflect.get(grouped, 'type') !== 'ref') continue;
    if (Reflect.get(grouped, 'name') !== ref.name) continue;
    const table: unknown = Reflect.get(grouped, 'table');
    const groupedTable = typeof table === 'object' && table !== null ? Reflect.get(table, 'name') : undefined;
    if (groupedTable === undefined || ref.table === undefined || groupedTable === ref.table.name)
      return replacement;
  }
  return undefined;
}

/**
 * Aggregates read the rows of their group whatever the set: nothing under one becomes NULL. Only
 * the aggregates pg-mem runs: 15's others (stddev_pop, regr_count, percentile_cont...) are refused
 * with 0A000 before a grouping set is built (checked beside PostgreSQL and PGlite, 2026-12-07), and
 * planner-quals.ts' AGGREGATE_NAMES, which finds aggregates in a condition, lists them all.
 */
const GROUPED_AGGREGATES = new Set([
  'count',
  'sum',
  'min',
  'max',
  'avg',
  'bool_and',
  'bool_or',
  'every',
  'string_agg',
  'array_agg',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'jsonb_object_agg',
  'bit_and',
  'bit_or',
  'bit_xor',
]);

/** NULL as a value of `type`, written as PostgreSQL names the type (its modifiers included). */
function nullOf(type: PgType): Expr {
  if (type.opaque) throw refuse(`ROLLUP or CUBE over a ${type.name} column`);
  const config =
    type.length !== undefined
      ? [type.length]
      : type.name === 'numeric' && type.precision !== undefined
        ? [type.precision, type.scale ?? 0]
        : isTimestamp(type) && type.precision !== undefined
          ? [type.precision]
          : undefined;
  const scalar = { name: type.enumName ?? type.name, ...(config && { config }) };
  return {
    type: 'cast',
    operand: { type: 'null' },
    to: type.array ? { kind: 'array', arrayOf: scalar } : scalar,
  };
}

/**
 * The aggregates the engine runs (functions.ts, and array_agg under an ordered aggregate, see
 * ordered-aggregates.ts); everything under one is read per group.
 */
const AGGREGATES = new Set(['count', 'sum', 'min', 'max', 'array_agg']);

/** The first column `expr` reads outside aggregates and outside what `grouped` accepts. */
function ungroupedRef(expr: Expr, grouped: (expr: Expr) => boolean): ExprRef | undefined {
  if (grouped(expr)) return undefined;
  if (expr.type === 'ref') return expr.name === '*' ? undefined : expr;
  if (expr.type === 'call' && AGGREGATES.has(expr.function.name.toLowerCase())) return undefined;
  return childExprs(expr)
    .map((child) => ungroupedRef(child, grouped))
    .find((ref) => ref !== undefined);
}

/** The names of the columns an expression reads (outside subqueries). */
function columnNames(expr: Expr, names = new Set<string>()): Set<string> {
  if (expr.type === 'ref') names.add(expr.name);
  else if (expr.type !== 'select' && expr.type !== 'union' && expr.type !== 'union all')
    for (const child of childExprs(expr)) columnNames(child, names);
  return names;
}

/**
 * True when a condition lists several keys (IN, = ANY, OR), which an Index Scan of PostgreSQL reads
 * in key order and pg-mem in its own: a range (in index order, or heap order, both the order of
 * rows inserted in key order) is read alike.
 */
function listsSeveralKeys(expr: Expr): boolean {
  if (expr.type === 'binary' && ['IN', 'NOT IN', 'OR'].includes(expr.op)) return true;
  if (expr.type === 'call' && ['any', 'some'].includes(expr.function.name.toLowerCase())) return true;
  if (expr.type === 'select' || expr.type === 'union' || expr.type === 'union all') return false;
  return childExprs(expr).some(listsSeveralKeys);
}

/**
 * True when a condition may select rows through several index keys (IN, = ANY, OR, a range or
 * BETWEEN), which PostgreSQL may read by an Index Scan in key order.
 */
function selectsSeveralKeys(expr: Expr): boolean {
  if (expr.type === 'binary' && ['IN', 'OR', '<', '<=', '>', '>='].includes(expr.op)) return true;
  if (expr.type === 'ternary') return true;
  if (expr.type === 'call' && ['any', 'some'].includes(expr.function.name.toLowerCase())) return true;
  if (expr.type === 'select' || expr.type === 'union' || expr.type === 'union all') return false;
  return childExprs(expr).some(selectsSeveralKeys);
}

// What information_schema lists besides the database's own tables: its own views and
// pg_catalog's relations (all named pg_*), in schemas pg-mem has no rows for.
const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_toast']);
const INFORMATION_SCHEMA_RELATIONS = new Set(
  (
    'administrable_role_authorizations applicable_roles attributes character_sets ' +
    'check_constraint_routine_usage check_constraints collation_character_set_applicability collations ' +
    'column_column_usage column_domain_usage column_options column_privileges column_udt_usage columns ' +
    'constraint_column_usage constraint_table_usage data_type_privileges domain_constraints ' +
    'domain_udt_usage domains element_types enabled_roles foreign_data_wrapper_options ' +
    'foreign_data_wrappers foreign_server_options foreign_servers foreign_table_options foreign_tables ' +
    'information_schema_catalog_name key_column_usage parameters referential_constraints ' +
    'role_column_grants role_routine_grants role_table_grants role_udt_grants role_usage_grants ' +
    'routine_column_usage routine_privileges routine_routine_usage routine_sequence_usage ' +
    'routine_table_usage routines schemata sequences sql_features sql_implementation_info sql_parts ' +
    'sql_sizing table_constraints table_privileges tables transforms triggered_update_columns triggers ' +
    'udt_privileges usage_privileges user_defined_types user_mapping_options user_mappings ' +
    'view_column_usage view_routine_usage view_table_usage views'
  ).split(' '),
);

/** A string constant, through the casts a bound parameter or a typed literal wears. */
function stringConstant(expr: Expr): string | undefined {
  if (expr.type === 'string') return expr.value;
  if (expr.type === 'cast') return stringConstant(expr.operand);
  return undefined;
}

/**
 * Whether a WHERE keeps the rows of information_schema view `alias` to the database's own tables:
 * pg-mem's view has no rows for the catalogs PostgreSQL also lists there (`table_name =
 * 'pg_class'`, `table_schema = 'information_schema'`), so a filter reaching those, or none, would
 * answer with fewer rows than PostgreSQL. An AND-ed `table_schema` equal to the current schema or to
 * a schema not the system's, or `table_name` equal to (or IN) names no catalog has, keeps them out.
 */
function namesOwnRelations(alias: string, where: Expr | undefined): boolean {
  const column = (expr: Expr): string | undefined =>
    expr.type === 'ref' && (!expr.table || expr.table.name === alias) ? expr.name : undefined;
  const ownSchema = (value: string): boolean => !SYSTEM_SCHEMAS.has(value) && !value.startsWith('pg_');
  const ownTable = (value: string): boolean =>
    !value.startsWith('pg_') && !value.startsWith('_pg_') && !INFORMATION_SCHEMA_RELATIONS.has(value);
  const keepsOwn = (condition: Expr): boolean => {
    if (condition.type !== 'binary') return false;
    // An IN list reaches here as the = tests it stands for, joined by OR.
    if (condition.op === 'OR') return keepsOwn(condition.left) && keepsOwn(condition.right);
    if (condition.op !== '=' && condition.op !== 'IN') return false;
    const [name, other] = column(condition.left)
      ? [column(condition.left), condition.right]
      : [column(condition.right), condition.left];
    const values =
      condition.op === 'IN'
        ? other.type === 'list'
          ? other.expressions.map(stringConstant)
          : [undefined]
        : [stringConstant(other)];
    if (name === 'table_schema') {
      if (other.type === 'call' && other.function.name.toLowerCase() === 'current_schema') return true;
      if (other.type === 'keyword' && other.keyword === 'current_schema') return true;
      return values.every((value) => value !== undefined && ownSchema(value));
    }
    return name === 'table_name' && values.every((value) => value !== undefined && ownTable(value));
  };
  const all = where ? conjuncts(where) : [];
  // Or the system schemas excluded by name (`table_schema NOT IN ('pg_catalog', 'information_schema')`,
  // as ORMs read a schema): past them PostgreSQL lists only the database's own relations (it never
  // lists pg_toast's), as pg-mem does.
  const excluded = new Set(all.flatMap((condition) => excludedSchemas(condition, column)));
  if (excluded.has('pg_catalog') && excluded.has('information_schema')) return true;
  return all.some(keepsOwn);
}

/** The schemas a condition excludes by name: `table_schema <> 'x'`, `NOT (table_schema = 'x')`, `NOT IN`. */
function excludedSchemas(condition: Expr, column: (expr: Expr) => string | undefined): string[] {
  const named = (expr: Expr, other: Expr): string[] => {
    const value = column(expr) === 'table_schema' ? stringConstant(other) : undefined;
    return value === undefined ? [] : [value];
  };
  const equal = (expr: Expr): string[] =>
    expr.type === 'binary' && expr.op === '='
      ? [...named(expr.left, expr.right), ...named(expr.right, expr.left)]
      : [];
  if (condition.type === 'unary' && condition.op === 'NOT') return equal(condition.operand);
  if (condition.type !== 'binary') return [];
  if (condition.op === '!=')
    return [...named(condition.left, condition.right), ...named(condition.right, condition.left)];
  if (
    condition.op === 'NOT IN' &&
    column(condition.left) === 'table_schema' &&
    condition.right.type === 'list'
  )
    return condition.right.expressions.flatMap((item) => {
      const value = stringConstant(item);
      return value === undefined ? [] : [value];
    });
  return [];
}

/** The conditions a WHERE ANDs together. */
/** True when a FROM in the nodes names the table `name` without a schema (a CTE's readers). */
function readsTable(nodes: unknown, name: string): boolean {
  if (typeof nodes !== 'object' || nodes === null) return false;
  if (Array.isArray(nodes)) return nodes.some((node) => readsTable(node, name));
  const item = nodes as { type?: unknown; name?: { name?: unknown; schema?: unknown } };
  if (item.type === 'table' && item.name?.name === name && item.name.schema === undefined) return true;
  return Object.values(nodes).some((value) => readsTable(value, name));
}

/** The ON conditions of a FROM's inner and left joins, for the WHERE's equivalence classes (see joinedColumns). */
function statementJoins(select: SelectFromStatement): StatementJoin[] {
  return (select.from ?? []).flatMap((item): StatementJoin[] => {
    const on = item.join?.on;
    if (!on || (item.join?.type !== 'INNER JOIN' && item.join?.type !== 'LEFT JOIN')) return [];
    if (item.join.type === 'INNER JOIN') return [{ on }];
    const written = item.type === 'table' ? (item.name.alias ?? item.name.name) : item.alias;
    const alias = typeof written === 'string' ? written : written?.name;
    return alias === undefined ? [] : [{ on, leftJoined: alias }];
  });
}

function conjuncts(expr: Expr): Expr[] {
  return expr.type === 'binary' && expr.op === 'AND'
    ? [...conjuncts(expr.left), ...conjuncts(expr.right)]
    : [expr];
}

/** The expressions directly under a node, wherever the AST keeps them (CASE's whens included). */
function childExprs(node: object): Expr[] {
  const found: Expr[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      if (isExprNode(value)) found.push(value);
      else Object.values(value).forEach(visit);
    }
  };
  Object.values(node).forEach(visit);
  return found;
}

function isExprNode(value: object): value is Expr {
  return typeof Reflect.get(value, 'type') === 'string';
}

/**
 * An output of a subquery with DISTINCT, LIMIT or OFFSET, as pg-mem finds no index for it. pg-mem
 * passes an index of a column through those clauses to the query around (a filter or a join on the
 * output then reads every row of the table's index, as if the subquery kept them all):
 * `(SELECT DISTINCT city FROM t) d WHERE city = 'x'` would give each duplicate, and
 * `(SELECT id FROM t ORDER BY id LIMIT 3) d JOIN u ON u.t_id = d.id` every id. The same value
 * behind a CASE is a computed one, which no index holds.
 */
function unindexed(expr: Expr): Expr {
  if (!readsColumn(expr)) return expr;
  return { type: 'case', whens: [{ when: { type: 'boolean', value: true }, value: expr }] };
}

/**
 * True when a query's rows come in an order its plan chooses: a UNION (hashed or sorted), or a
 * query without ORDER BY over a join, DISTINCT or GROUP BY (or over such a query).
 */
function planOrdered(select: SelectStatement, isPlanOrderedCte: (name: string) => boolean): boolean {
  const reads = (item: From): boolean =>
    item.type === 'statement'
      ? planOrdered(item.statement, isPlanOrderedCte)
      : item.type === 'table' && !item.name.schema && isPlanOrderedCte(item.name.name);
  switch (select.type) {
    case 'union':
      return true;
    case 'union all':
      return planOrdered(select.left, isPlanOrderedCte) || planOrdered(select.right, isPlanOrderedCte);
    case 'select':
      if (select.orderBy) return false;
      return (
        (select.from ?? []).length > 1 ||
        !!select.distinct ||
        (select.groupBy?.length ?? 0) > 0 ||
        (select.from ?? []).some(reads)
      );
    case 'with': {
      const inner = new Set(
        select.bind
          .filter(({ statement }) => isSelect(statement) && planOrdered(statement, isPlanOrderedCte))
          .map(({ alias }) => alias.name),
      );
      return (
        isSelect(select.in) && planOrdered(select.in, (name) => inner.has(name) || isPlanOrderedCte(name))
      );
    }
    default:
      return false;
  }
}

function isSelect(statement: Statement): statement is SelectStatement {
  return ['select', 'union', 'union all', 'with', 'values', 'with recursive'].includes(statement.type);
}

/** `ANY(...)`, `SOME(...)` or `ALL(...)`: several values where one is compared. */
function quantifies(expr: Expr): boolean {
  return expr.type === 'call' && ['any', 'some', 'all'].includes(expr.function.name.toLowerCase());
}

function readsColumn(expr: Expr): boolean {
  return expr.type === 'ref' || childExprs(expr).some(readsColumn);
}

/** Text in PostgreSQL's C.UTF-8 order: code points, where pg-mem compares UTF-16 units (an emoji before U+FFFD). */
function isBool(type: PgType): boolean {
  return type.name === 'bool' && !type.array;
}

/** A boolean sort key as an integer (false 0, true 1, NULL kept): pg-mem's own boolean order is not PostgreSQL's. */
function boolKey(expr: Expr): Expr {
  return { type: 'call', function: { name: 'seams_bool_key' }, args: [expr] };
}

/** The key pg-mem sorts by for an expression of this type, where its own comparison is not PostgreSQL's. */
function sortKey(type: PgType, expr: Expr): Expr | undefined {
  if (isText(type)) return byCodePoints(expr);
  if (isBool(type)) return boolKey(expr);
  return undefined;
}

function byCodePoints(expr: Expr): Expr {
  return { type: 'call', function: { name: 'seams_text_key' }, args: [expr] };
}

/** `LIMIT 0` or `FETCH FIRST 0 ROWS`, written as a constant: the query reads no row of its FROM. */
function limitsToNoRow(select: Extract<SelectStatement, { type: 'select' }>): boolean {
  const limit = select.limit?.limit;
  return limit?.type === 'integer' && limit.value === 0;
}
