import type {
  DeleteStatement,
  Expr,
  ExprCall,
  InsertStatement,
  SelectStatement,
  SetStatement,
  UpdateStatement,
  WithStatementBinding,
} from 'pgsql-ast-parser';
import { FakePostgresError } from '../fake-postgres-error.js';
import type { CatalogColumn, CatalogTable } from './catalog.js';
import { literalOf } from './literals.js';
import { NUMERIC_FIT } from './numeric-assignment.js';
import { formatType } from './parameters.js';
import { isInteger, isNumber, isText, type PgType } from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import { Scope } from './scope.js';
import { SelectAnalyzer } from './select-analyzer.js';
import { fitTimestamp } from './timestamp-assignment.js';
import type { AnalysisContext, Typed } from './typed.js';

/** A data change analysed: the statement for pg-mem, its RETURNING outputs, and its target table. */
export interface AnalyzedChange {
  readonly statement: InsertStatement | UpdateStatement | DeleteStatement;
  readonly outputs?: readonly Typed[];
  readonly table: CatalogTable;
}

/**
 * INSERT, UPDATE and DELETE as the pg-mem engine runs them: values typed and checked against
 * their columns as PostgreSQL assigns them; refused where pg-mem acts differently (subqueries that
 * see the statement's own changes, UPDATE ... FROM, ON CONFLICT ... WHERE).
 */
export class DataChangeAnalyzer {
  readonly #rows: SelectAnalyzer;
  readonly #reads: SelectAnalyzer;

  constructor(private readonly context: AnalysisContext) {
    this.#rows = new SelectAnalyzer({ ...context, inDataChange: true });
    this.#reads = new SelectAnalyzer(context, false);
  }

  insert(statement: InsertStatement): AnalyzedChange {
    const table = this.#table(statement.into.name, statement.into.schema);
    if (statement.overriding) throw refuse(`OVERRIDING ${statement.overriding.toUpperCase()} VALUE`);
    const named = this.#targetColumns(
      table,
      statement.columns?.map((c) => c.name),
    );
    // Without a column list, a VALUES row shorter than the table fills its leading columns and
    // leaves the rest to their defaults, as PostgreSQL does.
    const source = statement.insert;
    const width =
      source.type === 'values' ? Math.max(...source.values.map((row) => row.length)) : named.length;
    const columns = statement.columns || width >= named.length ? named : named.slice(0, width);
    const insert = this.#source(source, table, columns);
    const scope = this.#scope(table, statement.into.alias);
    let noArbiter: FakePostgresError | undefined;
    const onConflict = statement.onConflict
      ? this.#onConflict(statement, table, (error) => {
          noArbiter = error;
        })
      : undefined;
    const returning = statement.returning ? this.#rows.returning(statement.returning, scope) : undefined;
    // The planner infers the arbiter (infer_arbiter_indexes): its 42P10 follows every error of
    // analysis, and Bind's errors too (the values' count and input), as a folded constant's does.
    if (noArbiter) {
      const { holdPlanError } = this.context;
      if (!holdPlanError) throw noArbiter;
      holdPlanError(noArbiter);
    }
    return {
      statement: {
        ...statement,
        columns: columns.map((c) => ({ name: c.name })),
        insert,
        onConflict,
        returning: returning?.columns,
      },
      outputs: returning?.outputs,
      table,
    };
  }

  update(statement: UpdateStatement): AnalyzedChange {
    const table = this.#table(statement.table.name, statement.table.schema);
    if (statement.from) throw refuse('UPDATE ... FROM (pg-mem does not join it as PostgreSQL does)');
    const scope = this.#scope(table, statement.table.alias);
    // transformUpdateStmt's order: WHERE, then RETURNING, then the SET list. A parameter takes the
    // type its first use gives it (`SET label = $1 WHERE id = $1` makes $1 an integer, assigned to
    // label as text), and the first error reported is the one PostgreSQL meets first.
    const where = statement.where
      ? this.#rows.expressions.statementWhere(statement.where, scope).expr
      : undefined;
    const returning = statement.returning ? this.#rows.returning(statement.returning, scope) : undefined;
    const sets = this.#sets(statement.sets, table, scope, 'update');
    return {
      statement: { ...statement, sets, where, returning: returning?.columns },
      outputs: returning?.outputs,
      table,
    };
  }

  delete(statement: DeleteStatement): AnalyzedChange {
    const table = this.#table(statement.from.name, statement.from.schema);
    const scope = this.#scope(table, statement.from.alias);
    const where = statement.where
      ? this.#rows.expressions.statementWhere(statement.where, scope).expr
      : undefined;
    const returning = statement.returning ? this.#rows.returning(statement.returning, scope) : undefined;
    return {
      statement: { ...statement, where, returning: returning?.columns },
      outputs: returning?.outputs,
      table,
    };
  }

  #table(name: string, schema: string | undefined): CatalogTable {
    if (schema && schema !== 'public') throw refuse(`the schema-qualified table ${schema}.${name}`);
    const table = this.context.catalog.table(name);
    // PostgreSQL's catalogs exist in every database, and some take writes (pg_settings sets a setting).
    if (!table && name.startsWith('pg_')) throw refuse(`a write to the system catalog ${name}`);
    // pg-mem keeps sequences apart from its tables; PostgreSQL finds the relation and refuses the write.
    if (!table && this.context.sequences.has(name))
      throw pgError('42809', `cannot change sequence "${name}"`);
    if (!table) throw pgError('42P01', `relation "${name}" does not exist`);
    return table;
  }

  #scope(table: CatalogTable, alias: string | undefined): Scope {
    const scope = new Scope();
    scope.add({
      alias: alias ?? table.name,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type })),
      table: table.name,
    });
    return scope;
  }

  #targetColumns(table: CatalogTable, names: readonly string[] | undefined): CatalogColumn[] {
    if (!names) return [...table.columns];
    return names.map((name, index) => {
      if (names.indexOf(name) !== index) throw pgError('42701', `column "${name}" specified more than once`);
      const column = table.columns.find((c) => c.name === name);
      if (!column) throw pgError('42703', `column "${name}" of relation "${table.name}" does not exist`);
      return column;
    });
  }

  #source(source: SelectStatement, table: CatalogTable, columns: readonly CatalogColumn[]): SelectStatement {
    if (source.type === 'values') {
      return {
        type: 'values',
        values: source.values.map((row) => {
          // transformInsertStmt reads the row's expressions before it matches them to the columns.
          this.#readAll(row, new Scope());
          if (row.length > columns.length)
            throw pgError('42601', 'INSERT has more expressions than target columns');
          if (row.length < columns.length)
            throw pgError('42601', 'INSERT has more target columns than expressions');
          return row.map((expr, index) => {
            const column = columns[index] as CatalogColumn;
            // pg-mem fills a lone row's DEFAULT itself, but gives NULL for DEFAULT in a VALUES list
            // of several rows: the column's default expression is put in its place.
            if (expr.type === 'default' && source.values.length > 1) return this.#default(column);
            return this.#assigned(expr, column, table, new Scope(), 'insert');
          });
        }),
      };
    }
    if (JSON.stringify(source).includes(`"name":"${table.name}"`)) {
      throw refuse('INSERT ... SELECT reading its own target table');
    }
    const unordered = rowNumbering(table, columns, source);
    if (unordered)
      throw refuse(
        `INSERT ... SELECT with ${unordered} whose rows a sequence numbers in the order PostgreSQL's plan gives them`,
      );
    // Outputs named by position, as the engine names a top-level query's: pg-mem matches a source's
    // columns to the target's by name, and two outputs named alike (`SELECT 9, 'S1'`, both
    // `?column?`) would both write the second's value.
    const query = this.#reads.query(source, undefined, new Map(), true);
    // The source's ORDER BY decides which row a sequence numbers first: rows it leaves tied come
    // in PostgreSQL's sort order, which pg-mem (writing them itself) does not follow.
    if (query.reorder) {
      const numbered = table.columns.some(
        (column) =>
          !columns.includes(column) &&
          (column.serial || column.identity || callsSequence(column.default ?? {})),
      );
      if (numbered || callsSequence(source)) {
        try {
          query.reorder([]);
        } catch (error) {
          if (error instanceof FakePostgresError && error.code === '0A000')
            throw refuse('INSERT ... SELECT ... ORDER BY leaving rows tied that a sequence numbers');
          throw error;
        }
      }
    }
    if (query.outputs.length > columns.length)
      throw pgError('42601', 'INSERT has more expressions than target columns');
    let statement = query.statement;
    query.outputs.forEach((output, index) => {
      const column = columns[index] as CatalogColumn;
      this.#writable(column, table, 'insert');
      assignable(output, column);
      // numeric(p, s) and timestamp(p) fit the selected value to the column as it is assigned.
      const numeric = column.type.name === 'numeric' && column.type.precision !== undefined;
      if (numeric) checkScale(output.type, column);
      const narrowed = narrowedInteger(output, column);
      const fit = numeric
        ? (expr: Expr): Expr => fitted(expr, column)
        : narrowed
          ? (expr: Expr): Expr => narrowedInteger({ ...output, expr }, column) ?? expr
          : fitTimestamp(output.expr, column.type) !== output.expr
            ? (expr: Expr): Expr => fitTimestamp(expr, column.type)
            : undefined;
      if (!fit) return;
      const selected = statement.type === 'select' ? statement.columns?.[index] : undefined;
      if (
        statement.type !== 'select' ||
        !selected ||
        (selected.expr.type === 'ref' && selected.expr.name === '*')
      ) {
        if (narrowed)
          throw refuse(
            `INSERT ... ${statement.type.toUpperCase()} of a ${output.type.name} into the ${column.type.name} column ${column.name}`,
          );
        const precision = numeric
          ? `${column.type.precision},${column.type.scale ?? 0}`
          : String(column.type.precision);
        throw refuse(
          `INSERT ... ${statement.type.toUpperCase()} into the ${column.type.name}(${precision}) column ${column.name}`,
        );
      }
      const selectedColumns = [...(statement.columns ?? [])];
      selectedColumns[index] = { ...selected, expr: fit(selected.expr) };
      statement = { ...statement, columns: selectedColumns };
    });
    return statement;
  }

  /** A value assigned to a column: typed by it, checked as PostgreSQL's assignment would. */
  #assigned(
    expr: Expr,
    column: CatalogColumn,
    table: CatalogTable,
    scope: Scope,
    verb: 'insert' | 'update',
  ): Expr {
    if (expr.type === 'default') return expr;
    this.#writable(column, table, verb);
    return this.#value(expr, column, scope);
  }

  /**
   * Reads each value of a VALUES row or a SET list for its errors alone: PostgreSQL transforms the
   * whole list (transformExpressionList, transformTargetList) before it coerces any value to its
   * column, so `SET a = 'x', b = nosuch` is 42703 for nosuch, not 22P02 for 'x'. A value holding a
   * parameter is left to its column (its first use gives the parameter its type), and a bare
   * literal or DEFAULT has nothing to resolve.
   */
  #readAll(values: readonly Expr[], scope: Scope): void {
    for (const value of values) {
      if (value.type === 'default' || value.type === 'string' || value.type === 'null') continue;
      const placeholders = [...JSON.stringify(value).matchAll(/"type":"parameter","name":"(\$\d+)"/g)];
      if (placeholders.length > 0) {
        // Typed by its column later, but a placeholder without a value fails where analysis meets it.
        for (const [, name] of placeholders) if (name) this.context.requireParameter?.(name);
        continue;
      }
      this.#rows.expressions.type(value, scope);
    }
  }

  /** The column's DEFAULT (NULL without one), evaluated for each row as PostgreSQL does. */
  #default(column: CatalogColumn): Expr {
    const written = column.default;
    // A serial's or identity's own sequence is bounded by the column's type (2200H past it), so its
    // bigint nextval() always fits the column: it goes to pg-mem as the column's own default does.
    if (
      written?.type === 'call' &&
      written.function.name === 'nextval' &&
      (column.identity || column.serial)
    ) {
      return { ...written, function: { name: 'seams_nextval' } };
    }
    return this.#value(written ?? { type: 'null' }, column, new Scope());
  }

  #value(expr: Expr, column: CatalogColumn, scope: Scope): Expr {
    const read = this.#rows.expressions.type(expr, scope, column.type);
    const typed = expr.type === 'parameter' ? typedEarlier(read, column) : read;
    assignable(typed, column);
    const narrowed = narrowedInteger(typed, column);
    if (narrowed) return narrowed;
    if (column.type.name === 'numeric' && column.type.precision !== undefined) {
      // A constant is rounded to the column's scale and checked against its precision, as PostgreSQL assigns it.
      const constant = numericConstant(typed.expr);
      if (constant !== undefined) return literalOf(String(constant), column.type);
      if (!typed.untyped) {
        checkScale(typed.type, column);
        return fitted(typed.expr, column);
      }
    }
    if (
      !typed.untyped &&
      column.type.length !== undefined &&
      isText(typed.type) &&
      typed.type.length === undefined
    ) {
      throw refuse(
        `a computed value into ${column.name} varchar(${column.type.length}) (length checked at runtime differently)`,
      );
    }
    // A timestamp(p) value computed when the row is written (now(), a column) is rounded then; text was rounded as it was read.
    return typed.untyped ? typed.expr : fitTimestamp(typed.expr, column.type);
  }

  #writable(column: CatalogColumn, table: CatalogTable, verb: 'insert' | 'update'): void {
    if (column.generated) {
      throw pgError(
        '428C9',
        verb === 'insert'
          ? `cannot insert a non-DEFAULT value into column "${column.name}"`
          : `column "${column.name}" can only be updated to DEFAULT`,
        { detail: `Column "${column.name}" is a generated column.` },
      );
    }
    if (column.identity === 'always') {
      throw pgError(
        '428C9',
        verb === 'insert'
          ? `cannot insert a non-DEFAULT value into column "${column.name}"`
          : `column "${column.name}" can only be updated to DEFAULT`,
        {
          detail: `Column "${column.name}" is an identity column defined as GENERATED ALWAYS.`,
          // Only an INSERT can override; an UPDATE has no OVERRIDING clause, and 15 gives it no hint.
          ...(verb === 'insert' && { hint: 'Use OVERRIDING SYSTEM VALUE to override.' }),
        },
      );
    }
    if (!table.columns.includes(column)) throw pgError('42703', `column "${column.name}" does not exist`);
  }

  #sets(
    sets: readonly SetStatement[],
    table: CatalogTable,
    scope: Scope,
    verb: 'update' | 'insert',
  ): SetStatement[] {
    this.#readAll(
      sets.map((set) => set.value),
      scope,
    );
    const assigned = sets.map((set) => {
      const column = table.columns.find((c) => c.name === set.column.name);
      if (!column)
        throw pgError('42703', `column "${set.column.name}" of relation "${table.name}" does not exist`);
      return {
        column: set.column,
        value: this.#assigned(set.value, column, table, scope, verb === 'insert' ? 'update' : verb),
      };
    });
    // The rewriter's check (rewriteTargetListIU), after analysis and still before Bind reads a value.
    const twice = sets.find(
      (set, index) => sets.findIndex((s) => s.column.name === set.column.name) !== index,
    );
    if (twice) throw pgError('42601', `multiple assignments to same column "${twice.column.name}"`);
    return assigned;
  }

  #onConflict(
    statement: InsertStatement,
    table: CatalogTable,
    onNoArbiter: (error: FakePostgresError) => void,
  ): InsertStatement['onConflict'] {
    const onConflict = statement.onConflict;
    if (!onConflict) return undefined;
    if (onConflict.where)
      throw refuse(
        'ON CONFLICT ... DO UPDATE ... WHERE (pg-mem reports the row even when the WHERE is false)',
      );
    let key: readonly string[] | undefined;
    if (onConflict.on?.type === 'on expr') {
      const names = onConflict.on.exprs.map((expr) => {
        if (expr.type !== 'ref') throw refuse('ON CONFLICT on an expression');
        if (!table.columns.some((c) => c.name === expr.name))
          throw pgError('42703', `column "${expr.name}" does not exist`);
        return expr.name;
      });
      const arbiter = table.constraints.find(
        (c) =>
          (c.kind === 'unique' || c.kind === 'primary key') &&
          !c.keyText &&
          !c.partial &&
          sameSet(c.columns, names),
      );
      if (!arbiter)
        onNoArbiter(
          pgError(
            '42P10',
            'there is no unique or exclusion constraint matching the ON CONFLICT specification',
          ),
        );
      key = arbiter?.columns ?? names;
    } else if (onConflict.on?.type === 'on constraint') {
      const name = onConflict.on.constraint.name;
      // A unique index is no constraint, though the catalog keeps it with them.
      const arbiter = table.constraints.find((c) => c.name === name && !c.indexOnly);
      if (!arbiter) throw pgError('42704', `constraint "${name}" for table "${table.name}" does not exist`);
      if (arbiter.kind !== 'unique' && arbiter.kind !== 'primary key')
        throw refuse(`ON CONFLICT ON CONSTRAINT ${name} (not a unique constraint)`);
      key = arbiter.columns;
    }
    if (onConflict.do === 'do nothing') return onConflict;
    if (!key)
      throw pgError('42601', 'ON CONFLICT DO UPDATE requires inference specification or constraint name', {
        hint: 'For example, ON CONFLICT (column_name).',
      });
    const scope = this.#scope(table, statement.into.alias);
    scope.add({ alias: 'excluded', columns: table.columns.map((c) => ({ name: c.name, type: c.type })) });
    return { ...onConflict, do: { sets: this.#sets(onConflict.do.sets, table, scope, 'insert') } };
  }
}

/**
 * What makes a query's row order its plan's rather than its scan's, which the engine keeps: a join
 * (hash or merge join), GROUP BY or DISTINCT (a HashAggregate), a hashed UNION, INTERSECT or
 * EXCEPT, at its top or in a derived table or CTE it reads; undefined when nothing reorders the
 * rows or (`sorted`) an ORDER BY at the top fixes their order.
 */
export function planOrderedRows(source: SelectStatement, sorted = true): string | undefined {
  switch (source.type) {
    case 'select': {
      if (sorted && source.orderBy?.length) return undefined;
      if (source.groupBy?.length) return 'GROUP BY';
      if (source.distinct && source.distinct !== 'all') return 'DISTINCT';
      const from = source.from ?? [];
      if (from.length > 1 || from.some((item) => item.join)) return 'a join';
      const [item] = from;
      return item?.type === 'statement' ? planOrderedRows(item.statement) : undefined;
    }
    case 'union all':
      return planOrderedRows(source.left) ?? planOrderedRows(source.right);
    case 'with recursive':
      return 'WITH RECURSIVE';
    case 'with': {
      const queries = [...source.bind.map((binding) => binding.statement), source.in];
      for (const [index, query] of queries.entries()) {
        if (!isQuery(query)) return 'a data-modifying WITH';
        const reordered = planOrderedRows(query, index === queries.length - 1 && sorted);
        if (reordered) return reordered;
      }
      return undefined;
    }
    case 'values':
      return undefined;
    default:
      return source.type.toUpperCase();
  }
}

function isQuery(statement: WithStatementBinding): statement is SelectStatement {
  return statement.type !== 'insert' && statement.type !== 'update' && statement.type !== 'delete';
}

/** A sequence call in a query (nextval or setval), numbering its rows in the order it computes them. */
export function callsSequence(statement: object): boolean {
  return /"name":"(nextval|setval)"/i.test(JSON.stringify(statement));
}

/**
 * What orders the rows an INSERT ... SELECT numbers by a sequence (a DEFAULT nextval(), serial,
 * identity) in a way the engine cannot follow; a nextval() in the SELECT list runs before its
 * ORDER BY sorts, a DEFAULT after.
 */
function rowNumbering(
  table: CatalogTable,
  columns: readonly CatalogColumn[],
  source: SelectStatement,
): string | undefined {
  const numbered = table.columns.some(
    (column) =>
      !columns.includes(column) && (column.serial || column.identity || callsSequence(column.default ?? {})),
  );
  if (callsSequence(source)) return planOrderedRows(source, false);
  return numbered ? planOrderedRows(source) : undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** True when PostgreSQL has an assignment cast (or the same type) between two arrays' element types. */
function elementsConvert(from: PgType, to: PgType): boolean {
  const element = (type: PgType): PgType =>
    type.enumName === undefined ? { name: type.name } : { name: type.name, enumName: type.enumName };
  return (
    (isNumber(element(from)) && isNumber(element(to))) ||
    isText(element(to)) ||
    (from.name === to.name && from.enumName === to.enumName) ||
    ASSIGNMENT_CASTS.has(`${from.name}>${to.name}`) ||
    TIME_ASSIGNMENTS.has(`${from.name}>${to.name}`)
  );
}

/** Assignment compatibility as PostgreSQL checks it (42804 when the types cannot be assigned). */
function assignable(value: Typed, column: CatalogColumn): void {
  const from = value.type;
  const to = column.type;
  if (from.name === 'unknown' || value.untyped) return;
  const ok =
    (isNumber(from) && isNumber(to)) ||
    // An integer array widens element by element (int4[] into int8[]), as PostgreSQL's array coercion does.
    (from.array &&
      to.array &&
      isInteger({ name: from.name }) &&
      isInteger({ name: to.name }) &&
      widthOf(from) <= widthOf(to)) ||
    // Typed text goes into text columns only; an enum takes its own labels (an untyped literal or
    // parameter has taken the column's type by now), and text columns take an enum (assignment cast).
    (isText(from) &&
      isText(to) &&
      from.enumName === undefined &&
      to.enumName === undefined &&
      !from.array &&
      !to.array) ||
    (from.enumName !== undefined && from.enumName === to.enumName && !!from.array === !!to.array) ||
    // An enum into text or unbounded varchar: its label as is. Into varchar(n) PostgreSQL would cut
    // or raise 22001 by the label's length, which the engine does not check: refused below.
    (from.enumName !== undefined &&
      isText(to) &&
      to.enumName === undefined &&
      to.length === undefined &&
      !from.array &&
      !to.array) ||
    (from.name === to.name && from.enumName === to.enumName && !!from.array === !!to.array) ||
    // The session is always UTC (SET TIME ZONE is refused), so these convert as PostgreSQL's
    // assignment casts do: the same instant, its UTC wall-clock time, midnight UTC of a date.
    (!from.array && !to.array && TIME_ASSIGNMENTS.has(`${from.name}>${to.name}`));
  if (
    !ok &&
    !to.array &&
    ((isText(to) && (!from.array || to.enumName === undefined)) ||
      (!from.array && ASSIGNMENT_CASTS.has(`${from.name}>${to.name}`)))
  ) {
    // PostgreSQL converts on assignment (any type to text through its output, an array too; date/time
    // and json/jsonb between themselves): the engine cannot print every type as PostgreSQL does.
    throw refuse(
      `assigning a ${from.name} value to the ${to.name} column ${column.name} (PostgreSQL converts it)`,
    );
  }
  if (!ok && from.array && to.array && elementsConvert(from, to)) {
    // PostgreSQL coerces an array element by element through the elements' assignment cast
    // (numeric[] into int[] rounds each, int[] into text[] prints each): the engine does not.
    throw refuse(
      `assigning a ${from.name}[] value to the ${to.name}[] column ${column.name} (PostgreSQL converts each element)`,
    );
  }
  if (!ok) {
    throw pgError(
      '42804',
      `column "${column.name}" is of type ${formatType(to)} but expression is of type ${formatType(from)}`,
      { hint: 'You will need to rewrite or cast the expression.' },
    );
  }
  if (
    isNumber(from) &&
    isNumber(to) &&
    (to.name === 'int2' || to.name === 'int4' || to.name === 'int8') &&
    !(from.name === 'int2' || from.name === 'int4' || from.name === 'int8')
  ) {
    throw refuse(
      `assigning a ${from.name} value to the integer column ${column.name} (PostgreSQL rounds it)`,
    );
  }
  const toWidth = INTEGER_RANGES[to.name];
  const fromWidth = INTEGER_RANGES[from.name];
  if (toWidth && fromWidth && fromWidth.max > toWidth.max) {
    // PostgreSQL narrows the value when it assigns it and fails out of range (22003); pg-mem stores
    // any number. A constant is checked here; a computed value cannot be.
    // A computed value is checked as the row is written (see narrowedInteger).
    const constant = numericConstant(value.expr);
    if (constant !== undefined && (constant < toWidth.min || constant > toWidth.max))
      throw pgError('22003', `${toWidth.label} out of range`);
  }
}

/**
 * A computed integer assigned to a narrower integer column (`SET qty = qty + 1` into a smallint: the
 * sum is an integer), narrowed as PostgreSQL's assignment cast narrows it: 22003 past the column's
 * range, when the row is written. pg-mem would store any number.
 */
function narrowedInteger(value: Typed, column: CatalogColumn): ExprCall | undefined {
  const from = INTEGER_RANGES[value.type.name];
  const to = INTEGER_RANGES[column.type.name];
  if (value.untyped || value.type.array || column.type.array || !from || !to || from.max <= to.max)
    return undefined;
  if (numericConstant(value.expr) !== undefined) return undefined;
  return { type: 'call', function: { name: `seams_to_${column.type.name}` }, args: [value.expr] };
}

function widthOf(type: PgType): number {
  return type.name === 'int2' ? 2 : type.name === 'int4' ? 4 : 8;
}

/** Date/time assignments the engine stores exactly in its UTC session. */
const TIME_ASSIGNMENTS = new Set([
  'timestamptz>timestamp',
  'timestamp>timestamptz',
  'date>timestamp',
  'date>timestamptz',
]);

/** Other assignment casts of PostgreSQL's catalog (pg_cast, castcontext 'a' or 'i') the engine refuses. */
const ASSIGNMENT_CASTS = new Set(['timestamptz>date', 'timestamp>date', 'json>jsonb', 'jsonb>json']);

/** The integer types' ranges, and how PostgreSQL names them in 22003 messages. */
const INTEGER_RANGES: Readonly<Record<string, { min: number; max: number; label: string }>> = {
  int2: { min: -32_768, max: 32_767, label: 'smallint' },
  int4: { min: -2_147_483_648, max: 2_147_483_647, label: 'integer' },
  int8: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, label: 'bigint' },
};

/** A computed value checked against the numeric(p, s) column's precision when the row is written (22003). */
function fitted(expr: Expr, column: CatalogColumn): Expr {
  return {
    type: 'call',
    function: { name: NUMERIC_FIT },
    args: [
      expr,
      { type: 'integer', value: column.type.precision ?? 0 },
      { type: 'integer', value: column.type.scale ?? 0 },
    ],
  };
}

function checkScale(from: PgType, column: CatalogColumn): void {
  const scale =
    from.name === 'numeric' ? from.scale : isNumber(from) && from.name !== 'float8' ? 0 : undefined;
  if (scale === undefined || scale > (column.type.scale ?? 0)) {
    throw refuse(
      `a computed value into the numeric(${column.type.precision},${column.type.scale}) column ${column.name} (PostgreSQL rounds it, pg-mem keeps a float)`,
    );
  }
}

/**
 * A parameter an earlier clause gave another type than the column's (`SET label = $1 WHERE id = $1`:
 * PostgreSQL reads WHERE first, so $1 is an integer): what is assigned is a value of that type, not
 * a literal the column reads. A text goes into a text column as the literal would; an integer into
 * a text column as its output (checked against a varchar's length, 22001, as an assignment is);
 * anything else is checked as a typed value (`assignable`: 42804 where PostgreSQL has no assignment
 * cast, a refusal where it converts as pg-mem cannot).
 */
function typedEarlier(typed: Typed, column: CatalogColumn): Typed {
  const from = typed.type;
  const to = column.type;
  if (
    !typed.untyped ||
    (from.name === to.name && !!from.array === !!to.array && from.enumName === to.enumName)
  )
    return typed;
  if (isText(from) && isText(to)) return typed;
  if (isInteger(from) && isText(to)) {
    const constant =
      typed.expr.type === 'cast' && typed.expr.operand.type === 'null' ? null : numericConstant(typed.expr);
    if (constant === undefined || (constant !== null && !Number.isSafeInteger(constant)))
      throw refuse(`assigning the ${from.name} parameter to the ${to.name} column ${column.name}`);
    const text = constant === null ? null : String(constant);
    if (text !== null && to.length !== undefined && text.length > to.length)
      throw pgError('22001', `value too long for type character varying(${to.length})`);
    return { ...typed, expr: literalOf(text, to), type: to };
  }
  return { ...typed, untyped: false };
}

function numericConstant(expr: Expr): number | undefined {
  if (expr.type === 'integer' || expr.type === 'numeric') return expr.value;
  if (expr.type === 'unary' && expr.op === '-') {
    const inner = numericConstant(expr.operand);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}
