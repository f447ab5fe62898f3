import type {
  AlterTableStatement,
  ColumnConstraint,
  CommentStatement,
  CreateColumnDef,
  CreateIndexStatement,
  CreateTableStatement,
  DataTypeDef,
  DropStatement,
  Expr,
  TableConstraint,
} from 'pgsql-ast-parser';
import {
  type Catalog,
  type CatalogColumn,
  type CatalogConstraint,
  type CatalogTable,
  chooseName,
} from './catalog.js';
import { checkedCheckArithmetic } from './check-arithmetic.js';
import { inputText } from './input-text.js';
import { isConstant, isLiteral, isNullLiteral, literalOf } from './literals.js';
import { writtenNumeric } from './numeric-literals.js';
import { checkOperatorClass } from './operator-classes.js';
import { PRIMARY_KEY_COLUMNS } from './parser-rewrites.js';
import {
  fromDataType,
  isNumber,
  isSerialArray,
  isText,
  type PgType,
  type ScalarName,
  serialTypeError,
} from './pg-type.js';
import { pgError, refuse } from './refusal.js';
import { fitTimestamp } from './timestamp-assignment.js';
import { fitVarchar } from './varchar-length.js';

/** A DDL statement made ready for pg-mem (constraints named as PostgreSQL names them), and its catalog change. */
export interface AnalyzedDdl<S> {
  readonly statement: S;
  /** Applied to the catalog once pg-mem ran the statement. */
  readonly apply: (catalog: Catalog) => void;
  /** Sequences the engine creates for serial and identity columns, with the type bounding them. */
  readonly sequences?: readonly { readonly name: string; readonly type: 'int4' | 'int8' }[];
}

const DEFAULT_CALLS = new Set(['now', 'gen_random_uuid', 'current_timestamp']);
/** now() in a DEFAULT: the engine's transaction start (pg-mem's own now() reads the wall clock at the row). */
const TRANSACTION_START: Expr = { type: 'call', function: { name: 'seams_now' }, args: [] };

/** A column DEFAULT pg-mem evaluates as PostgreSQL does: constants, now(), gen_random_uuid(), the user's registered functions. */
function defaultExpr(expr: Expr, trusted: ReadonlySet<string>): Expr {
  if (isLiteral(expr)) return expr;
  switch (expr.type) {
    case 'unary':
      if (expr.op === '-') return { ...expr, operand: defaultExpr(expr.operand, trusted) };
      break;
    case 'cast':
      return { ...expr, operand: defaultExpr(expr.operand, trusted) };
    case 'array':
      return { ...expr, expressions: expr.expressions.map((item) => defaultExpr(item, trusted)) };
    case 'keyword':
      if (expr.keyword === 'current_timestamp') return TRANSACTION_START;
      break;
    case 'call': {
      const name = expr.function.name.toLowerCase();
      if (trusted.has(name)) return expr;
      if (expr.args.length === 0 && DEFAULT_CALLS.has(name)) {
        return name === 'gen_random_uuid'
          ? { ...expr, function: { name: 'seams_gen_random_uuid' } }
          : TRANSACTION_START;
      }
      break;
    }
  }
  throw refuse('a column DEFAULT other than a constant, now() or gen_random_uuid()');
}

/**
 * A constant DEFAULT coerced to its column's type as PostgreSQL does when the DDL runs (cookDefault):
 * a string literal read by the type's input function (22P02 then, not at the first INSERT), a
 * number or boolean of a type with no assignment cast to the column's refused (42804). pg-mem
 * stores either unchecked.
 */
/** A column's DEFAULT as pg-mem gets it: type-checked as PostgreSQL does, made runnable, rounded to the column's precision. */
function columnDefault(
  expr: Expr,
  column: CatalogColumn,
  catalog: Catalog,
  trusted: ReadonlySet<string>,
): Expr {
  return fitTimestamp(defaultExpr(checkDefaultType(expr, column, catalog), trusted), column.type);
}

/**
 * A number constant (optionally negated) as numeric's or an integer's text output prints it: the
 * digits as written (the parser keeps only a JavaScript number), without leading zeros or a
 * trailing point, and no sign on zero. Undefined for anything else.
 */
function numberText(expr: Expr): string | undefined {
  let negated = expr.type === 'unary' && expr.op === '-';
  const literal = expr.type === 'unary' && negated ? expr.operand : expr;
  let digits: string;
  if (literal.type === 'integer') {
    if (!Number.isSafeInteger(literal.value)) return undefined;
    digits = String(Math.abs(literal.value));
    negated = negated !== literal.value < 0;
  } else if (literal.type === 'numeric') {
    // The parser reads `-1.5` after an operator as one negative literal, its text signed.
    const written = writtenNumeric(literal);
    const match = written === undefined ? null : /^(-?)(\d*)(?:\.(\d*))?$/.exec(written);
    if (!match) return undefined;
    const [, sign, whole = '', fraction = ''] = match;
    if (sign) negated = !negated;
    digits = `${whole.replace(/^0+(?=\d)/, '') || '0'}${fraction === '' ? '' : `.${fraction}`}`;
  } else {
    return undefined;
  }
  return negated && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

/**
 * The text a DEFAULT of a string constant gives, before it is assigned to its column: the literal,
 * or the literal cast to text or varchar (an explicit varchar(m) cast cuts it to m characters).
 */
function constantText(expr: Expr): string | undefined {
  if (expr.type === 'string') return expr.value;
  if (expr.type !== 'cast' || expr.operand.type !== 'string') return undefined;
  const to = expr.to;
  if (to.kind === 'array' || (to.name !== 'text' && to.name !== 'varchar')) return undefined;
  const [length] = to.config ?? [];
  return length === undefined ? expr.operand.value : [...expr.operand.value].slice(0, length).join('');
}

function checkDefaultType(expr: Expr, column: CatalogColumn, catalog: Catalog): Expr {
  const type = column.type;
  if (isText(type)) {
    const length = type.name === 'varchar' ? type.length : undefined;
    // A number is assigned as numeric's (or an integer's) text output: `1.50` keeps its scale.
    const number = type.name === 'name' ? undefined : numberText(expr);
    const text = number ?? (length === undefined ? undefined : constantText(expr));
    if (text === undefined) return expr;
    if (length === undefined) return { type: 'string', value: text };
    // PostgreSQL keeps the default and fails each INSERT that uses it (22001); pg-mem stores it whole.
    if ([...text.replace(/ +$/, '')].length > length)
      throw refuse(`a DEFAULT longer than its column's ${type.name}(${length})`);
    // Each INSERT assigns the default as any text: the spaces past n are cut (pg-mem stored them),
    // after an explicit varchar(m) cast cut the text to m (pg-mem failed that cast with 22001).
    return { type: 'string', value: fitVarchar(text, length) };
  }
  const literal = expr.type === 'unary' && expr.op === '-' ? expr.operand : expr;
  let from: string | undefined =
    expr.type === 'cast' ? castWithoutAssignment(expr.to, type, catalog) : undefined;
  const returned = defaultCallType(expr);
  // A timestamp, date or uuid has an assignment cast to text and the time types only.
  if (
    returned !== undefined &&
    returned.type !== type.name &&
    !type.array &&
    (isNumber(type) || NO_ASSIGNMENT_FROM_CALLS.has(type.name))
  )
    from = returned.shown;
  switch (literal.type) {
    case 'string': {
      if (literal !== expr) return expr;
      // Read once, when the DDL runs: `DEFAULT 'now'` is that instant for every later row.
      if (!type.array && TIME_TYPES.has(type.name) && RELATIVE_TIMES.has(literal.value.trim().toLowerCase()))
        throw refuse(`DEFAULT '${literal.value}' (PostgreSQL reads it once, when the table is created)`);
      // pg-mem would keep the text as written ('yes' is no boolean to it, '{}' stays a JSON string).
      return literalOf(literal.value, type, type.enumName ? catalog.enumLabels(type.enumName) : undefined);
    }
    case 'boolean':
      if (type.name !== 'bool') from = 'boolean';
      break;
    case 'integer': {
      if (!isNumber(type)) from = Math.abs(literal.value) <= 2_147_483_647 ? 'integer' : 'bigint';
      // PostgreSQL keeps the default and fails each INSERT that uses it (22003); pg-mem stores it.
      const limit = INTEGER_LIMITS[type.name];
      const value = literal === expr ? literal.value : -literal.value;
      if (!type.array && limit !== undefined && (value > limit || value < -limit - 1))
        throw refuse(`a DEFAULT out of its ${type.name} column's range`);
      break;
    }
    case 'numeric': {
      if (!isNumber(type)) from = 'numeric';
      // Rounded half away from zero as it is assigned: past the range, each INSERT fails (22003).
      const limit = INTEGER_LIMITS[type.name];
      const value = literal === expr ? literal.value : -literal.value;
      const rounded = Math.sign(value) * Math.round(Math.abs(value));
      if (!type.array && limit !== undefined && (rounded > limit || rounded < -limit - 1))
        throw refuse(`a DEFAULT out of its ${type.name} column's range`);
      break;
    }
  }
  // PostgreSQL keeps the default and fails each INSERT that uses it (22003); pg-mem stores it past the precision.
  const number = numberText(expr);
  if (from === undefined && type.name === 'numeric' && type.precision !== undefined && number !== undefined) {
    try {
      inputText(number, type);
    } catch (error) {
      if ((error as { code?: unknown }).code === '22003')
        throw refuse(`a DEFAULT out of its numeric(${type.precision},${type.scale ?? 0}) column's range`);
      throw error;
    }
  }
  if (from === undefined) return expr;
  const shown = formatType(type);
  if (shown === undefined)
    throw refuse(`a DEFAULT of type ${from} for the ${type.name} column ${column.name}`);
  throw pgError(
    '42804',
    `column "${column.name}" is of type ${shown} but default expression is of type ${from}`,
    {
      hint: 'You will need to rewrite or cast the expression.',
    },
  );
}

/**
 * The type a DEFAULT's outer cast makes, as PostgreSQL names it, when no assignment cast takes it to
 * the column's type (`'abc'::text` for an integer column, `1::int` for a boolean one): the two are
 * of different families of `CAST_FAMILIES`. Undefined when they are of one, or either is unknown.
 */
function castWithoutAssignment(to: DataTypeDef, column: PgType, catalog: Catalog): string | undefined {
  const target = fromDataType(to, catalog.enums);
  if (target === undefined || target.array || column.array) return undefined;
  if (target.enumName !== undefined || column.enumName !== undefined) return undefined;
  const targetFamily = CAST_FAMILIES[target.name];
  const columnFamily = CAST_FAMILIES[column.name];
  if (targetFamily === undefined || columnFamily === undefined || targetFamily === columnFamily)
    return undefined;
  const shown = formatType(target);
  if (shown === undefined) throw refuse(`a DEFAULT cast to ${target.name} for the ${column.name} column`);
  return shown;
}

/**
 * Types grouped so that an assignment cast joins any two of a group and none joins two groups, but
 * that the text types take any value (they are left out: a text column takes every DEFAULT).
 */
const CAST_FAMILIES: Readonly<Partial<Record<ScalarName, string>>> = {
  int2: 'number',
  int4: 'number',
  int8: 'number',
  numeric: 'number',
  float8: 'number',
  bool: 'bool',
  json: 'json',
  jsonb: 'json',
  date: 'time',
  timestamp: 'time',
  timestamptz: 'time',
  uuid: 'uuid',
  bytea: 'bytea',
  text: 'text',
  varchar: 'text',
  name: 'text',
};

/** Column types no timestamp or uuid is assigned to (beside the numbers). */
const NO_ASSIGNMENT_FROM_CALLS = new Set(['bool', 'json', 'jsonb', 'uuid', 'bytea']);

/** The type of a default that is a call of the clocks or gen_random_uuid(): pg-mem's name and PostgreSQL's. */
function defaultCallType(expr: Expr): { readonly type: string; readonly shown: string } | undefined {
  const timestamptz = { type: 'timestamptz', shown: 'timestamp with time zone' };
  if (expr.type === 'keyword') {
    if (expr.keyword === 'current_timestamp') return timestamptz;
    return expr.keyword === 'current_date' ? { type: 'date', shown: 'date' } : undefined;
  }
  if (expr.type !== 'call' || expr.args.length > 0 || expr.function.schema !== undefined) return undefined;
  const name = expr.function.name;
  if (['now', 'clock_timestamp', 'statement_timestamp', 'transaction_timestamp'].includes(name))
    return timestamptz;
  return name === 'gen_random_uuid' ? { type: 'uuid', shown: 'uuid' } : undefined;
}

/** The largest value of each integer type (its minimum's magnitude is one more). */
const INTEGER_LIMITS: Readonly<Record<string, number>> = { int2: 32_767, int4: 2_147_483_647 };

const TIME_TYPES = new Set(['timestamptz', 'timestamp', 'date']);
const RELATIVE_TIMES = new Set(['now', 'today', 'tomorrow', 'yesterday']);

/** PostgreSQL's format_type for a column type, where the engine knows it. */
function formatType(type: PgType): string | undefined {
  if (type.enumName !== undefined) return type.enumName;
  if (type.name === 'numeric' && type.precision !== undefined)
    return `numeric(${type.precision},${type.scale ?? 0})`;
  if (type.name === 'varchar')
    return type.length === undefined ? 'character varying' : `character varying(${type.length})`;
  if ((type.name === 'timestamp' || type.name === 'timestamptz') && type.precision !== undefined)
    return `timestamp(${type.precision}) with${type.name === 'timestamp' ? 'out' : ''} time zone`;
  return FORMATTED_TYPES[type.name];
}

const FORMATTED_TYPES: Readonly<Record<string, string>> = {
  bool: 'boolean',
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  numeric: 'numeric',
  float8: 'double precision',
  uuid: 'uuid',
  json: 'json',
  jsonb: 'jsonb',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
  date: 'date',
  bytea: 'bytea',
  text: 'text',
  name: 'name',
};

/** Every table's system columns (ctid, xmin...): no user column may take their names. */
const SYSTEM_COLUMNS = new Set(['tableoid', 'cmax', 'xmax', 'cmin', 'xmin', 'ctid']);

/**
 * A column definition's clauses that PostgreSQL refuses together (42601), which pg-mem's parser
 * takes, keeping the first of each kind: two DEFAULTs, two identities or generation expressions or
 * one of each, NULL beside NOT NULL.
 */
function checkColumnClauses(constraints: readonly ColumnConstraint[], column: string, table: string): void {
  const of = `for column "${column}" of table "${table}"`;
  const defaults = constraints.filter((c) => c.type === 'default').length;
  if (defaults > 1) throw pgError('42601', `multiple default values specified ${of}`);
  const generated = constraints.filter(
    (c): c is Extract<ColumnConstraint, { type: 'add generated' }> => c.type === 'add generated',
  );
  if (generated.length > 1) {
    const expressions = generated.filter((c) => c.expression !== undefined).length;
    const message =
      expressions === 0
        ? `multiple identity specifications ${of}`
        : expressions === generated.length
          ? `multiple generation clauses specified ${of}`
          : `both identity and generation expression specified ${of}`;
    throw pgError('42601', message);
  }
  if (constraints.some((c) => c.type === 'not null') && constraints.some((c) => c.type === 'null'))
    throw pgError('42601', `conflicting NULL/NOT NULL declarations ${of}`);
}

/** A column as pg-mem gets it (serial and identity as a plain integer defaulting to the engine's sequence) and as the catalog keeps it. */
function columnOf(
  def: CreateColumnDef,
  table: string,
  catalog: Catalog,
): { column: CatalogColumn; def: CreateColumnDef; sequence?: { name: string; type: 'int4' | 'int8' } } {
  if (SYSTEM_COLUMNS.has(def.name.name))
    throw pgError('42701', `column name "${def.name.name}" conflicts with a system column name`);
  // transformColumnDefinition reads a serial spelling before the type exists: `serial[]` is its 0A000.
  if (isSerialArray(def.dataType)) throw pgError('0A000', 'array of serial is not implemented');
  // Only the bare name is the shorthand: `pg_catalog.serial` is a type name, and no type has it.
  const qualifiedSerial = def.dataType.kind !== 'array' && def.dataType.schema !== undefined;
  if (qualifiedSerial) {
    const error = serialTypeError(def.dataType);
    if (error) throw error;
  }
  const type = fromDataType(def.dataType, catalog.enums);
  if (!type)
    throw refuse(
      `the column type ${def.dataType.kind === 'array' ? 'array' : def.dataType.name} (${table}.${def.name.name})`,
    );
  if (def.collate) throw refuse('COLLATE on a column');
  const typeName = def.dataType.kind === 'array' ? '' : def.dataType.name.toLowerCase();
  const serial = typeName.includes('serial');
  const constraints = def.constraints ?? [];
  checkColumnClauses(constraints, def.name.name, table);
  const identity = constraints.find(
    (c): c is Extract<ColumnConstraint, { type: 'add generated' }> => c.type === 'add generated',
  );
  if (identity?.expression) throw refuse('a generated column (GENERATED ALWAYS AS (...) STORED)');
  if (identity && (identity.sequence || identity.constraintName))
    throw refuse('identity column sequence options');
  const written = constraints.find(
    (c): c is Extract<ColumnConstraint, { type: 'default' }> => c.type === 'default',
  );
  // PostgreSQL checks the column's clauses before its type: a DEFAULT beside an identity or serial fails first.
  if (written && identity)
    throw pgError(
      '42601',
      `both default and identity specified for column "${def.name.name}" of table "${table}"`,
    );
  if (written && serial)
    throw pgError(
      '42601',
      `multiple default values specified for column "${def.name.name}" of table "${table}"`,
    );
  const column: CatalogColumn = {
    name: def.name.name,
    type,
    notNull:
      serial || !!identity || constraints.some((c) => c.type === 'not null' || c.type === 'primary key'),
    hasDefault: serial || !!identity || !!written,
    ...(written && { default: written.default }),
    ...(identity && { identity: identity.always ?? 'always' }),
    ...(serial && { serial: true }),
  };
  if (!serial && !identity) return { column, def: { ...def, dataType: pgMemSpelling(def.dataType) } };
  // An array of integers is no integer: PostgreSQL refuses it where pg-mem would take its element type.
  if (identity && (type.array || !['int2', 'int4', 'int8'].includes(type.name)))
    throw pgError('22023', 'identity column type must be smallint, integer, or bigint');
  if (type.name !== 'int4' && type.name !== 'int8')
    throw refuse(`a serial or identity column of type ${type.name}`);
  const sequence = chooseName(table, [def.name.name], 'seq', catalog.constraintNames());
  // nextval() reads its text as a regclass: a name that case-folding would change goes quoted.
  const regclass = /^[a-z_][a-z0-9_$]*$/.test(sequence) ? sequence : `"${sequence.replaceAll('"', '""')}"`;
  const sequenceName: Expr = { type: 'string', value: regclass };
  const nextval: Expr = { type: 'call', function: { name: 'seams_nextval' }, args: [sequenceName] };
  column.default = { type: 'call', function: { name: 'nextval' }, args: [sequenceName] };
  return {
    column,
    sequence: { name: sequence, type: type.name },
    def: {
      ...def,
      dataType: { name: type.name === 'int8' ? 'bigint' : 'integer' },
      constraints: [
        ...constraints.filter((c) => c.type !== 'add generated'),
        { type: 'not null' },
        { type: 'default', default: nextval },
      ],
    },
  };
}

/** A CHECK expression typed as a statement's expressions are, over the table's columns. */
export type CheckTyper = (expr: Expr, table: string, columns: readonly CatalogColumn[]) => Expr;

/**
 * A CHECK expression as pg-mem runs it. pg-mem evaluates it as written, with its own functions and
 * operators (upper('ß') is 'SS', an ESCAPE in LIKE is a plain character, -a of -2147483648 does not
 * overflow): typed as a statement's expression, it runs the rewrites that give PostgreSQL's answers.
 * What the typing refuses keeps the narrower rewrite of integer arithmetic and NULL logic.
 */
function checkExpr(expr: Expr, table: string, columns: readonly CatalogColumn[], typed?: CheckTyper): Expr {
  if (typed) {
    try {
      return typed(expr, table, columns);
    } catch {
      // Refused or failed as a statement's expression: the narrower rewrite below.
    }
  }
  return checkedCheckArithmetic(expr, columns);
}

/**
 * CREATE TABLE, CREATE INDEX and ALTER TABLE as the pg-mem engine runs them: constraint names
 * chosen as PostgreSQL chooses them (pg-mem names them differently, and those names are what
 * errors report), and the engine's catalog kept in step.
 */
export function createTable(
  written: CreateTableStatement,
  catalog: Catalog,
  trusted: ReadonlySet<string>,
  typedCheck?: CheckTyper,
): AnalyzedDdl<CreateTableStatement> {
  const statement: CreateTableStatement = {
    ...written,
    columns: written.columns.map((def) =>
      def.kind === 'column' && def.constraints
        ? { ...def, constraints: def.constraints.map((c) => withPrimaryKeyColumns(c, catalog, 1)) }
        : def,
    ),
    ...(written.constraints && {
      constraints: written.constraints.map((c) =>
        c.type === 'foreign key' ? withPrimaryKeyColumns(c, catalog, c.localColumns.length) : c,
      ),
    }),
  };
  const name = statement.name.name;
  if (statement.name.schema && statement.name.schema !== 'public')
    throw refuse(`a table in the schema ${statement.name.schema}`);
  if (statement.temporary) throw refuse('CREATE TEMPORARY TABLE');
  // pg_catalog comes first in every search path: PostgreSQL reads an unqualified pg_class as the
  // catalog's even with a public.pg_class, where pg-mem finds the user's table.
  if (name.startsWith('pg_')) throw refuse(`a table named ${name} (pg_ names are the catalog's)`);
  // PostgreSQL cuts a longer name to 63 bytes (NOTICE 42622) and the table answers to the cut name only.
  const long = [name, ...statement.columns.flatMap((c) => (c.kind === 'column' ? [c.name.name] : []))].find(
    (n) => Buffer.byteLength(n) > 63,
  );
  if (long) throw refuse(`the identifier ${long}, longer than 63 bytes (PostgreSQL truncates it)`);
  if (statement.inherits) throw refuse('CREATE TABLE ... INHERITS');
  if (catalog.table(name)) {
    if (statement.ifNotExists) return { statement, apply: () => {} };
    throw pgError('42P07', `relation "${name}" already exists`);
  }
  const taken = catalog.constraintNames();
  const constraints: CatalogConstraint[] = [];
  const columns: CatalogColumn[] = [];
  const sequences: { name: string; type: 'int4' | 'int8' }[] = [];
  const columnDefs = statement.columns.map((original) => {
    if (original.kind === 'like table') throw refuse('CREATE TABLE ... LIKE another table');
    const { column, def, sequence } = columnOf(original, name, catalog);
    columns.push(column);
    if (sequence) sequences.push(sequence);
    const named = (def.constraints ?? []).map((c) =>
      nameColumnConstraint(c, name, def.name.name, taken, constraints),
    );
    return {
      ...def,
      constraints: named.map((c) =>
        c.type === 'default' && !sequence
          ? {
              ...c,
              default: columnDefault(c.default, column, catalog, trusted),
            }
          : c,
      ),
    };
  });
  const named = withoutPrimaryKeyRepeats(
    (statement.constraints ?? []).map((c) => nameTableConstraint(c, name, taken, constraints)),
    columnDefs,
    constraints,
    statement,
  );
  // PostgreSQL checks a row's CHECK constraints in name order, and reports the first that fails;
  // pg-mem checks them in the order they were created. So every CHECK (a column's too) goes to
  // pg-mem as a table constraint, sorted by name.
  const checks: TableConstraint[] = [
    ...columnDefs.flatMap((def) =>
      (def.constraints ?? []).flatMap((c): TableConstraint[] =>
        c.type === 'check' ? [{ type: 'check', expr: c.expr, constraintName: c.constraintName }] : [],
      ),
    ),
    ...named.filter((c) => c.type === 'check'),
  ]
    .sort((a, b) => byteOrder(a.constraintName?.name ?? '', b.constraintName?.name ?? ''))
    .map((c) => (c.type === 'check' ? { ...c, expr: checkExpr(c.expr, name, columns, typedCheck) } : c));
  for (const def of columnDefs) def.constraints = def.constraints?.filter((c) => c.type !== 'check');
  const tableConstraints = [...keyConstraintsInIndexOrder(columnDefs, named), ...checks];
  for (const constraint of constraints) {
    if (constraint.kind === 'foreign key' && constraint.foreignTable === name) throw selfReference(name);
    if (constraint.kind === 'primary key') {
      for (const column of columns) if (constraint.columns.includes(column.name)) column.notNull = true;
    }
    if (
      constraint.kind === 'foreign key' &&
      constraint.foreignTable !== name &&
      !catalog.table(constraint.foreignTable ?? '')
    ) {
      throw pgError('42P01', `relation "${constraint.foreignTable}" does not exist`);
    }
  }
  const table: CatalogTable = { name, columns, constraints, indexes: [], indexKeys: new Map() };
  return {
    statement: { ...statement, columns: columnDefs, constraints: tableConstraints },
    apply: (target) => target.addTable(table),
    sequences,
  };
}

function nameColumnConstraint(
  constraint: ColumnConstraint,
  table: string,
  column: string,
  taken: Set<string>,
  out: CatalogConstraint[],
): ColumnConstraint {
  switch (constraint.type) {
    case 'primary key':
    case 'unique': {
      const name =
        constraint.constraintName?.name ??
        chooseName(
          table,
          constraint.type === 'unique' ? [column] : [],
          constraint.type === 'unique' ? 'key' : 'pkey',
          taken,
        );
      out.push({ name, kind: constraint.type, columns: [column] });
      return { ...constraint, constraintName: { name } };
    }
    case 'reference': {
      if (constraint.match) throw refuse(`REFERENCES ... MATCH ${constraint.match}`);
      const name = constraint.constraintName?.name ?? chooseName(table, [column], 'fkey', taken);
      const foreignColumns = constraint.foreignColumns.map((c) => c.name);
      out.push({
        name,
        kind: 'foreign key',
        columns: [column],
        foreignTable: constraint.foreignTable.name,
        foreignColumns,
      });
      checkAction(constraint.onDelete);
      checkAction(constraint.onUpdate);
      return { ...constraint, constraintName: { name } };
    }
    case 'check': {
      refuseSubqueryInCheck(constraint.expr);
      // Named after the one column its expression reads, wherever it is written (none: `t_check`).
      const referenced = [...new Set(columnRefs(constraint.expr))];
      const name =
        constraint.constraintName?.name ??
        chooseName(table, referenced.length === 1 ? referenced : [], 'check', taken);
      out.push({ name, kind: 'check', columns: referenced });
      return { ...constraint, expr: threeValued(constraint.expr), constraintName: { name } };
    }
    default:
      return constraint;
  }
}

/**
 * A foreign key written without the referenced columns (`REFERENCES parent`) references the
 * table's primary key, as PostgreSQL's transformFkeyGetPrimaryKey reads it (42704 without one, 42830
 * with another number of columns). The parse left PRIMARY_KEY_COLUMNS in their place (parser-rewrites.ts).
 * A table not in the catalog (missing, or the one being created) keeps it: its own error follows.
 */
function withPrimaryKeyColumns<C extends ColumnConstraint | TableConstraint>(
  constraint: C,
  catalog: Catalog,
  localColumns: number,
): C {
  if (constraint.type !== 'reference' && constraint.type !== 'foreign key') return constraint;
  const [only, ...others] = constraint.foreignColumns;
  const referenced = catalog.table(constraint.foreignTable.name);
  if (!referenced) return constraint;
  if (only?.name !== PRIMARY_KEY_COLUMNS || others.length > 0) {
    refusePartialKeyOnly(referenced, constraint.foreignColumns);
    return constraint;
  }
  const key = referenced.constraints.find((c) => c.kind === 'primary key');
  if (!key) throw pgError('42704', `there is no primary key for referenced table "${referenced.name}"`);
  if (key.columns.length !== localColumns)
    throw pgError('42830', 'number of referencing and referenced columns for foreign key disagree');
  return { ...constraint, foreignColumns: key.columns.map((name) => ({ name })) };
}

/**
 * transformFkeyCheckAttrs takes only a unique index without a predicate as the referenced key;
 * pg-mem's lookup of a unique index on the columns ignores the predicate and takes a partial one.
 */
function refusePartialKeyOnly(referenced: CatalogTable, foreignColumns: readonly { name: string }[]): void {
  const wanted = foreignColumns.map((c) => c.name).sort();
  const keys = referenced.constraints.filter(
    (c) =>
      (c.kind === 'unique' || c.kind === 'primary key') &&
      c.columns.length === wanted.length &&
      [...c.columns].sort().every((name, i) => name === wanted[i]),
  );
  if (keys.length > 0 && keys.every((c) => c.partial))
    throw pgError(
      '42830',
      `there is no unique constraint matching given keys for referenced table "${referenced.name}"`,
    );
}

function checkAction(action: string | undefined): void {
  if (action === 'set default') throw refuse('ON DELETE/UPDATE SET DEFAULT');
}

function nameTableConstraint(
  constraint: TableConstraint,
  table: string,
  taken: Set<string>,
  out: CatalogConstraint[],
): TableConstraint {
  switch (constraint.type) {
    case 'primary key':
    case 'unique': {
      const columns = constraint.columns.map((c) => c.name);
      // pg-mem keeps `UNIQUE (a, a)` as a key on one column; PostgreSQL refuses it.
      const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
      if (repeated !== undefined)
        throw pgError('42701', `column "${repeated}" appears twice in ${constraint.type} constraint`);
      const existing = out.find((c) => c.kind === constraint.type && c.columns.join() === columns.join());
      const name =
        constraint.constraintName?.name ??
        existing?.name ??
        chooseName(
          table,
          constraint.type === 'unique' ? columns : [],
          constraint.type === 'unique' ? 'key' : 'pkey',
          taken,
        );
      if (!existing) out.push({ name, kind: constraint.type, columns });
      return { ...constraint, constraintName: { name } };
    }
    case 'foreign key': {
      if (constraint.match) throw refuse(`FOREIGN KEY ... MATCH ${constraint.match}`);
      const columns = constraint.localColumns.map((c) => c.name);
      const name = constraint.constraintName?.name ?? chooseName(table, columns, 'fkey', taken);
      out.push({
        name,
        kind: 'foreign key',
        columns,
        foreignTable: constraint.foreignTable.name,
        foreignColumns: constraint.foreignColumns.map((c) => c.name),
      });
      checkAction(constraint.onDelete);
      checkAction(constraint.onUpdate);
      return { ...constraint, constraintName: { name } };
    }
    case 'check': {
      refuseSubqueryInCheck(constraint.expr);
      const referenced = [...new Set(columnRefs(constraint.expr))];
      const name =
        constraint.constraintName?.name ??
        chooseName(table, referenced.length === 1 ? referenced : [], 'check', taken);
      out.push({ name, kind: 'check', columns: referenced });
      return { ...constraint, expr: threeValued(constraint.expr), constraintName: { name } };
    }
  }
}

/**
 * A row's unique indexes are checked in the order they were created, and the first violated one is
 * the 23505 reported. PostgreSQL creates a table's primary key index first, then the unique ones as
 * written (columns' before the table's); pg-mem creates them as written. With both kinds present,
 * every key goes to pg-mem as a table constraint, in PostgreSQL's order. The column definitions
 * lose their key constraints (keeping the primary key's NOT NULL) in place.
 */
/**
 * PostgreSQL builds one index for a UNIQUE that repeats the primary key's columns, in the same
 * order (`name varchar UNIQUE, PRIMARY KEY (name)`, as Sequelize writes its SequelizeMeta): the
 * key's, so a duplicate is reported against `<table>_pkey` and no `<table>_name_key` exists
 * (transformIndexConstraints). pg-mem built both and reported the UNIQUE's. A named UNIQUE under an
 * unnamed key would give the key its name: refused.
 */
function withoutPrimaryKeyRepeats(
  named: TableConstraint[],
  columnDefs: CreateColumnDef[],
  constraints: CatalogConstraint[],
  written: CreateTableStatement,
): TableConstraint[] {
  const primary = constraints.find((c) => c.kind === 'primary key');
  if (!primary) return named;
  const repeats = new Set(
    constraints
      .filter((c) => c.kind === 'unique' && c.columns.join('\0') === primary.columns.join('\0'))
      .map((c) => c.name),
  );
  if (repeats.size === 0) return named;
  const writtenNames = [
    ...written.columns.flatMap((def) => (def.kind === 'column' ? (def.constraints ?? []) : [])),
    ...(written.constraints ?? []),
  ].flatMap((c) =>
    'constraintName' in c && c.constraintName ? [{ type: c.type, name: c.constraintName.name }] : [],
  );
  const keyNamed = writtenNames.some((c) => c.type === 'primary key');
  if (!keyNamed && writtenNames.some((c) => c.type === 'unique' && repeats.has(c.name)))
    throw refuse(
      'a named UNIQUE repeating the columns of an unnamed PRIMARY KEY (PostgreSQL gives the key its name)',
    );
  const kept = constraints.filter((c) => !(c.kind === 'unique' && repeats.has(c.name)));
  constraints.splice(0, constraints.length, ...kept);
  const isRepeat = (c: { type: string; constraintName?: { name: string } }): boolean =>
    c.type === 'unique' && c.constraintName !== undefined && repeats.has(c.constraintName.name);
  for (const def of columnDefs)
    if (def.constraints) def.constraints = def.constraints.filter((c) => !isRepeat(c));
  return named.filter((c) => !isRepeat(c));
}

function keyConstraintsInIndexOrder(
  columnDefs: CreateColumnDef[],
  named: readonly TableConstraint[],
): TableConstraint[] {
  const others = named.filter((c) => c.type !== 'check');
  const columnKeys = columnDefs.flatMap((def) =>
    (def.constraints ?? []).flatMap((c): TableConstraint[] =>
      c.type === 'primary key' || c.type === 'unique'
        ? [
            {
              type: c.type,
              columns: [def.name],
              ...(c.constraintName && { constraintName: c.constraintName }),
            },
          ]
        : [],
    ),
  );
  const keys = [...columnKeys, ...others.filter((c) => c.type === 'primary key' || c.type === 'unique')];
  const primary = keys.find((c) => c.type === 'primary key');
  if (!primary || keys.indexOf(primary) === 0) return others;
  for (const def of columnDefs) {
    const own = def.constraints ?? [];
    const isPrimary = own.some((c) => c.type === 'primary key');
    def.constraints = [
      ...own.filter((c) => c.type !== 'primary key' && c.type !== 'unique'),
      ...(isPrimary && !own.some((c) => c.type === 'not null') ? [{ type: 'not null' as const }] : []),
    ];
  }
  return [primary, ...keys.filter((c) => c !== primary), ...others.filter((c) => !keys.includes(c))];
}

/** PostgreSQL sorts constraint names with strcmp: by bytes, not by locale. */
function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}

function selfReference(table: string): Error {
  // A row may reference a row of its own table written later in the same statement, and a cascade
  // follows the chain down any depth: PostgreSQL checks and cascades at the end of the statement,
  // pg-mem row by row and one level deep.
  return refuse(`a self-referencing foreign key (on ${table})`);
}

/**
 * A CHECK expression pg-mem evaluates with PostgreSQL's three-valued logic. A CHECK passes unless
 * its expression is false, so NULL must stay NULL; but pg-mem gives false for `NULL IN (...)`,
 * `NULL = ANY (...)` and `NULL OR false`. Those are rewritten with CASE (which pg-mem evaluates
 * right) where their operands are known; anything else holding them is refused.
 */
function threeValued(expr: Expr): Expr {
  if (expr.type === 'binary' && expr.op === 'AND')
    return { ...expr, left: threeValued(expr.left), right: threeValued(expr.right) };
  if (expr.type === 'unary' && expr.op === 'NOT') return { ...expr, operand: threeValued(expr.operand) };
  if (expr.type === 'binary' && expr.op === 'OR') {
    const left = threeValued(expr.left);
    const right = threeValued(expr.right);
    const isNull = (operand: Expr): Expr => ({ type: 'unary', op: 'IS NULL', operand });
    return {
      type: 'case',
      whens: [
        { when: left, value: { type: 'boolean', value: true } },
        { when: right, value: { type: 'boolean', value: true } },
        {
          when: { type: 'binary', op: 'OR', left: isNull(left), right: isNull(right) },
          value: { type: 'null' },
        },
      ],
      else: { type: 'boolean', value: false },
    };
  }
  if (expr.type === 'binary' && ((expr.op === 'IN' && expr.right.type === 'list') || isAny(expr.right))) {
    const items =
      expr.right.type === 'list'
        ? expr.right.expressions
        : expr.right.type === 'call' && expr.right.args[0]?.type === 'array'
          ? expr.right.args[0].expressions
          : undefined;
    // With no NULL among the items, the result is NULL exactly when the left operand is.
    if (!items?.every(isNonNullConstant) || hasThreeValuedTrap(expr.left))
      throw refuse('a CHECK with IN or ANY over values other than non-null constants');
    return {
      type: 'case',
      whens: [{ when: { type: 'unary', op: 'IS NULL', operand: expr.left }, value: { type: 'null' } }],
      else: expr,
    };
  }
  if (hasThreeValuedTrap(expr)) throw refuse('a CHECK with IN, ANY or OR inside another expression');
  return expr;
}

function isAny(expr: Expr): boolean {
  return expr.type === 'call' && ['any', 'some', 'all'].includes(expr.function.name.toLowerCase());
}

function isNonNullConstant(expr: Expr): boolean {
  return isConstant(expr) && !isNullLiteral(expr);
}

/** Whether an expression holds a node pg-mem evaluates to false where PostgreSQL gives NULL. */
function hasThreeValuedTrap(expr: Expr): boolean {
  let found = false;
  JSON.stringify(expr, (key, value: unknown) => {
    if (key === '' || typeof value !== 'object' || value === null) return value;
    if ('type' in value && value.type === 'binary' && 'op' in value && isTrap(value)) found = true;
    if ('type' in value && value.type === 'call' && 'function' in value) {
      const fn: unknown = value.function;
      const name = typeof fn === 'object' && fn !== null ? Reflect.get(fn, 'name') : undefined;
      if (typeof name === 'string' && ['any', 'some', 'all'].includes(name.toLowerCase())) found = true;
    }
    return value;
  });
  // JSON.stringify visits the root only as key ''; check it too.
  if (expr.type === 'binary' && isTrap(expr)) found = true;
  return found;
}

/** OR, or IN over a list (`position('@' in email)` is parsed as a binary IN over a column, not a list). */
function isTrap(node: object): boolean {
  const op: unknown = Reflect.get(node, 'op');
  const right: unknown = Reflect.get(node, 'right');
  return (
    op === 'OR' ||
    (op === 'IN' && typeof right === 'object' && right !== null && Reflect.get(right, 'type') === 'list')
  );
}

const QUERY_NODES = new Set(['select', 'union', 'union all', 'values', 'with', 'with recursive']);

/** PostgreSQL refuses a CHECK reading a subquery when the table is created; pg-mem keeps it. */
function refuseSubqueryInCheck(expr: Expr): void {
  let subquery = false;
  JSON.stringify(expr, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && QUERY_NODES.has(String(Reflect.get(value, 'type'))))
      subquery = true;
    return value;
  });
  if (subquery) throw pgError('0A000', 'cannot use subquery in check constraint');
}

/** The column names an expression reads, in order (for a CHECK constraint's name). */
function columnRefs(expr: Expr): string[] {
  const names: string[] = [];
  // The root counts too: `CHECK (ok)` over a boolean column is named `t_ok_check`.
  JSON.stringify(expr, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    if ('type' in value && value.type === 'ref' && 'name' in value && typeof value.name === 'string')
      names.push(value.name);
    return value;
  });
  return names;
}

/** PostgreSQL 15's index access methods (an extension's, like bloom, is not installed). */
const ACCESS_METHODS = new Set(['btree', 'hash', 'gist', 'gin', 'spgist', 'brin']);

/** PostgreSQL's INDEX_MAX_KEYS: the key and INCLUDE columns of one index together. */
const INDEX_MAX_KEYS = 32;

/**
 * Whether PostgreSQL 15 has a default operator class of the access method for the type (its
 * `pg_opclass`, with no extension such as btree_gin): without one, CREATE INDEX fails with 42704.
 */
function hasDefaultOperatorClass(method: string, type: PgType): boolean {
  if (type.array) return method === 'btree' || method === 'hash' || method === 'gin';
  if (type.enumName !== undefined) return method === 'btree' || method === 'hash';
  switch (method) {
    case 'btree':
    case 'hash':
      return type.name !== 'json';
    case 'gin':
      return type.name === 'jsonb';
    case 'brin':
      return !['bool', 'json', 'jsonb'].includes(type.name);
    case 'spgist':
      return type.name === 'text' || type.name === 'varchar';
    default:
      // gist: only geometric, range, text-search and network types, none of which the engine stores.
      return false;
  }
}

/**
 * A partial index's predicate must be immutable and may hold no subquery (PostgreSQL checks both
 * at CREATE INDEX). Functions whose volatility the engine cannot vouch for are refused rather than
 * accepted where PostgreSQL would raise 42P17.
 */
function checkIndexPredicate(predicate: Expr): void {
  JSON.stringify(predicate, (key, value: unknown) => {
    if (key === '' || typeof value !== 'object' || value === null || !('type' in value)) return value;
    const node = value as Expr;
    switch (node.type) {
      case 'select':
      case 'union':
      case 'union all':
      case 'with':
      case 'with recursive':
      case 'values':
      case 'array select':
        throw pgError('0A000', 'cannot use subquery in index predicate');
      case 'keyword':
        throw pgError('42P17', 'functions in index predicate must be marked IMMUTABLE');
      case 'call': {
        const name = node.function.name.toLowerCase();
        if (MUTABLE_FUNCTIONS.has(name))
          throw pgError('42P17', 'functions in index predicate must be marked IMMUTABLE');
        if (!IMMUTABLE_FUNCTIONS.has(name)) throw refuse(`an index predicate calling ${name}()`);
        return value;
      }
      case 'cast':
        // A cast of a column may be stable (text to timestamptz, timestamptz to date): PostgreSQL's rule is per cast.
        if (!isConstant(node.operand)) throw refuse('an index predicate casting a column');
        return value;
      default:
        return value;
    }
  });
}

/** Stable or volatile functions an index predicate may name by mistake: PostgreSQL refuses them with 42P17. */
const MUTABLE_FUNCTIONS = new Set([
  'now',
  'random',
  'clock_timestamp',
  'statement_timestamp',
  'transaction_timestamp',
  'timeofday',
  'nextval',
  'currval',
  'lastval',
  'gen_random_uuid',
  'current_setting',
  'to_char',
  'age',
  'txid_current',
]);

/** Immutable functions the engine lets into an index predicate. */
const IMMUTABLE_FUNCTIONS = new Set(['lower', 'upper', 'length', 'abs', 'coalesce', 'nullif', 'btrim']);

/** CREATE INDEX: a unique one becomes a constraint the engine reports violations of by name. */
export function createIndex(
  statement: CreateIndexStatement,
  catalog: Catalog,
): AnalyzedDdl<CreateIndexStatement> {
  if (statement.ifNotExists && statement.indexName === undefined)
    throw pgError('42601', 'syntax error at or near "ON"');
  const table = catalog.table(statement.table.name);
  if (!table) throw pgError('42P01', `relation "${statement.table.name}" does not exist`);
  if (statement.where) checkIndexPredicate(statement.where);
  if (statement.expressions.length > INDEX_MAX_KEYS)
    throw pgError('54011', `cannot use more than ${INDEX_MAX_KEYS} columns in an index`);
  const method = statement.using?.name.toLowerCase() ?? 'btree';
  if (!ACCESS_METHODS.has(method)) throw pgError('42704', `access method "${method}" does not exist`);
  if (statement.unique && method !== 'btree')
    throw pgError('0A000', `access method "${method}" does not support unique indexes`);
  const columns: string[] = [];
  let onExpression = false;
  for (const part of statement.expressions) {
    const expr = part.expression;
    if (part.opclass) checkOperatorClass(method, part.opclass);
    // pg-mem has no system columns: PostgreSQL refuses most of them here (0A000), xmin for want of an opclass.
    if (expr.type === 'ref' && SYSTEM_COLUMNS.has(expr.name))
      throw refuse(`an index on the system column ${expr.name}`);
    if (expr.type === 'ref') {
      const column = table.columns.find((c) => c.name === expr.name);
      if (!column) throw pgError('42703', `column "${expr.name}" does not exist`);
      if (part.opclass === undefined && !hasDefaultOperatorClass(method, column.type)) {
        const shown = formatType({ ...column.type, array: undefined }) ?? column.type.name;
        throw pgError(
          '42704',
          `data type ${shown}${column.type.array ? '[]' : ''} has no default operator class for access method "${method}"`,
          {
            hint: 'You must specify an operator class for the index or define a default operator class for the data type.',
          },
        );
      }
      columns.push(expr.name);
      continue;
    }
    const [arg] = expr.type === 'call' ? expr.args : [];
    if (
      !statement.unique &&
      expr.type === 'call' &&
      expr.function.name === 'lower' &&
      expr.args.length === 1 &&
      arg?.type === 'ref'
    ) {
      if (part.opclass === undefined && !hasDefaultOperatorClass(method, { name: 'text' }))
        throw pgError('42704', `data type text has no default operator class for access method "${method}"`);
      columns.push('lower');
      onExpression = true;
      continue;
    }
    throw refuse(
      statement.unique
        ? 'a unique index on an expression'
        : 'an index on an expression other than lower(column)',
    );
  }
  // A violation is put down to the first unique key on its columns; PostgreSQL reports the first
  // whose predicate the row meets, which the engine does not evaluate.
  if (
    statement.unique &&
    table.constraints.some(
      (c) =>
        (c.kind === 'unique' || c.kind === 'primary key') &&
        c.columns.join() === columns.join() &&
        (c.partial || statement.where),
    )
  )
    throw refuse(
      'a unique index on the columns of another unique index, one of them partial (violations are put down to the first)',
    );
  const existing = statement.indexName?.name;
  const taken = catalog.constraintNames();
  if (existing && taken.has(existing)) {
    if (statement.ifNotExists) return { statement, apply: () => {} };
    throw pgError('42P07', `relation "${existing}" already exists`);
  }
  const name = existing ?? chooseName(table.name, columns, 'idx', taken);
  const constraint: CatalogConstraint = {
    name,
    kind: 'unique',
    columns,
    indexOnly: true,
    ...(statement.where && { partial: statement.where }),
  };
  // CONCURRENTLY only spares other sessions a lock; pg-mem fails on the clause it does not read.
  const { concurrently: _concurrently, ...built } = statement;
  return {
    statement: { ...built, indexName: { name } },
    apply: (target) => {
      const current = target.table(table.name);
      if (statement.unique) current?.constraints.push(constraint);
      else if (current) {
        current.indexes.push(name);
        // A lower(column) key is no column a comparison of the column itself scans by, and a
        // partial index serves only queries that imply its predicate.
        if ((method === 'btree' || method === 'hash') && !onExpression && !statement.where)
          current.indexKeys.set(name, columns);
      }
    },
  };
}

/** ALTER TABLE: the changes pg-mem applies as PostgreSQL does, with the catalog following. */
export function alterTable(
  statement: AlterTableStatement,
  catalog: Catalog,
  trusted: ReadonlySet<string>,
  hasRows: (table: string, where?: Expr) => boolean = () => true,
): AnalyzedDdl<AlterTableStatement> {
  const name = statement.table.name;
  const table = catalog.table(name);
  if (!table) {
    if (statement.ifExists) return { statement, apply: () => {} };
    throw pgError('42P01', `relation "${name}" does not exist`);
  }
  refuseOrderedSubcommands(statement, new Set(table.columns.map((c) => c.name)));
  const taken = catalog.constraintNames();
  const updates: ((target: Catalog) => void)[] = [];
  // Checked and run in PostgreSQL's order of passes, and the NULLs SET NOT NULL finds reported
  // only after every other subcommand passed (PostgreSQL scans the rows last, ATRewriteTables).
  let nullsFound: Error | undefined;
  const changes = inPassOrder(statement.changes).map((change) => {
    switch (change.type) {
      case 'add column': {
        if (table.columns.some((c) => c.name === change.column.name.name)) {
          if (change.ifNotExists) return change;
          throw pgError('42701', `column "${change.column.name.name}" of relation "${name}" already exists`);
        }
        const { column, sequence } = columnOf(change.column, name, catalog);
        if (sequence) throw refuse('ADD COLUMN of a serial or identity column');
        const added: CatalogConstraint[] = [];
        const constraints = (change.column.constraints ?? [])
          .map((written) => withPrimaryKeyColumns(written, catalog, 1))
          .map((c) => nameColumnConstraint(c, name, column.name, taken, added));
        if (column.notNull && !column.hasDefault) throw refuse('ADD COLUMN ... NOT NULL without a DEFAULT');
        if (added.length > 0) throw refuse('ADD COLUMN with a constraint');
        updates.push((target) => target.table(name)?.columns.push(column));
        return {
          ...change,
          column: {
            ...change.column,
            dataType: pgMemSpelling(change.column.dataType),
            constraints: constraints.map((c) =>
              c.type === 'default'
                ? {
                    ...c,
                    default: columnDefault(c.default, column, catalog, trusted),
                  }
                : c,
            ),
          },
        };
      }
      case 'rename column':
        throw refuse('ALTER TABLE ... RENAME COLUMN (pg-mem loses the values on a later rename)');
      case 'rename':
        if (catalog.table(change.to.name) || isIndexName(catalog, change.to.name))
          throw pgError('42P07', `relation "${change.to.name}" already exists`);
        updates.push((target) => target.renameTable(name, change.to.name));
        return change;
      case 'drop constraint': {
        const dropped = change.constraint.name;
        const found = table.constraints.find((c) => c.name === dropped && !c.indexOnly);
        if (!found) {
          // IF EXISTS: PostgreSQL notices and skips it, as pg-mem does.
          if (change.ifExists) return change;
          throw pgError('42704', `constraint "${dropped}" of relation "${name}" does not exist`);
        }
        // A unique or primary key constraint takes its index along, and foreign keys may depend on it.
        if (found.kind !== 'check' && found.kind !== 'foreign key')
          throw refuse(`ALTER TABLE ... DROP CONSTRAINT of a ${found.kind} constraint`);
        updates.push((target) => {
          const constraints = target.table(name)?.constraints;
          const index = constraints?.findIndex((c) => c.name === dropped) ?? -1;
          if (index >= 0) constraints?.splice(index, 1);
        });
        return change;
      }
      case 'add constraint': {
        if (change.constraint.type === 'check') throw refuse('ADD CONSTRAINT ... CHECK on an existing table');
        const added: CatalogConstraint[] = [];
        const written =
          change.constraint.type === 'foreign key'
            ? withPrimaryKeyColumns(change.constraint, catalog, change.constraint.localColumns.length)
            : change.constraint;
        const constraint = nameTableConstraint(written, name, taken, added);
        if (added.some((c) => c.kind === 'foreign key' && c.foreignTable === name)) throw selfReference(name);
        const partialOnSameKey = added.some((c) =>
          table.constraints.some(
            (other) => other.partial && other.kind === 'unique' && other.columns.join() === c.columns.join(),
          ),
        );
        if (partialOnSameKey)
          throw refuse(
            'a unique constraint on the columns of a partial unique index (violations are put down to the index)',
          );
        // PostgreSQL checks the rows already there against a new foreign key (23503 naming the first
        // orphan); pg-mem adds it unchecked.
        if (added.some((c) => c.kind === 'foreign key') && hasRows(name))
          throw refuse('ADD CONSTRAINT ... FOREIGN KEY on a table that has rows');
        updates.push((target) => target.table(name)?.constraints.push(...added));
        return { ...change, constraint };
      }
      case 'alter column': {
        const column = table.columns.find((c) => c.name === change.column.name);
        // Every table has the system columns, which PostgreSQL finds and then refuses to change.
        if (!column && SYSTEM_COLUMNS.has(change.column.name))
          throw pgError('0A000', `cannot alter system column "${change.column.name}"`);
        if (!column)
          throw pgError('42703', `column "${change.column.name}" of relation "${name}" does not exist`);
        // An identity column's default is its sequence: PostgreSQL keeps both clauses off it.
        if ((change.alter.type === 'set default' || change.alter.type === 'drop default') && column.identity)
          throw pgError('42601', `column "${column.name}" of relation "${name}" is an identity column`, {
            ...(change.alter.type === 'drop default' && {
              hint: 'Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead.',
            }),
          });
        if (change.alter.type === 'set default') {
          const written = change.alter.default;
          updates.push(() => {
            column.default = written;
            column.hasDefault = true;
          });
          return {
            ...change,
            alter: {
              ...change.alter,
              default: columnDefault(written, column, catalog, trusted),
            },
          };
        }
        if (change.alter.type === 'drop default') {
          updates.push(() => {
            column.default = undefined;
            column.hasDefault = false;
          });
          return change;
        }
        if (change.alter.type === 'set not null') {
          // PostgreSQL scans the rows before it marks the column (pg-mem's own error has no SQLSTATE).
          const holdsNull = (columnName: string) =>
            hasRows(name, { type: 'unary', op: 'IS NULL', operand: { type: 'ref', name: columnName } });
          if (!column.notNull && holdsNull(column.name)) {
            // PostgreSQL reports the first NULL of one scan of the rows, in their storage order.
            const othersWithNulls = statement.changes.some(
              (other) =>
                other.type === 'alter column' &&
                other.alter.type === 'set not null' &&
                other.column.name !== column.name &&
                table.columns.some((c) => c.name === other.column.name && !c.notNull) &&
                holdsNull(other.column.name),
            );
            if (othersWithNulls) throw refuse('SET NOT NULL of several columns over rows holding NULLs');
            // PostgreSQL scans the rows for NULLs after every subcommand ran (ATRewriteTables), so a
            // unique index the same statement builds over duplicates fails first (23505).
            const buildsIndex = statement.changes.some(
              (other) =>
                other.type === 'add constraint' &&
                (other.constraint.type === 'unique' || other.constraint.type === 'primary key'),
            );
            if (buildsIndex)
              throw refuse(
                'SET NOT NULL over rows holding NULLs beside ADD CONSTRAINT ... UNIQUE or PRIMARY KEY',
              );
            nullsFound ??= pgError(
              '23502',
              `column "${column.name}" of relation "${name}" contains null values`,
              {
                schema: 'public',
                table: name,
                column: column.name,
              },
            );
            return change;
          }
          updates.push(() => {
            column.notNull = true;
          });
          return change;
        }
        if (change.alter.type === 'drop not null') {
          if (column.identity)
            throw pgError('42601', `column "${column.name}" of relation "${name}" is an identity column`);
          if (table.constraints.some((c) => c.kind === 'primary key' && c.columns.includes(column.name)))
            throw pgError('42P16', `column "${column.name}" is in a primary key`);
          updates.push(() => {
            column.notNull = false;
          });
          return change;
        }
        throw refuse(`ALTER COLUMN ... ${change.alter.type.toUpperCase()}`);
      }
      default:
        throw refuse(`ALTER TABLE ... ${change.type.toUpperCase()}`);
    }
  });
  if (nullsFound) throw nullsFound;
  return {
    statement: { ...statement, changes },
    apply: (target) => {
      for (const update of updates) update(target);
    },
  };
}

/**
 * PostgreSQL does not run an ALTER TABLE's subcommands in the order written but in passes (every
 * DROP first, then ADD COLUMN, then SET NOT NULL, then defaults and constraints: ATPrepCmd's
 * AT_PASS_*), each seeing what the passes before it did; pg-mem runs them in the order written,
 * and this analyzer checks each against the table as it was before the statement. So a subcommand
 * that names a column the same statement adds (found missing here, 42703, where PostgreSQL takes
 * it) is refused; the others are checked and run in the passes' order (`inPassOrder`).
 */
function refuseOrderedSubcommands(statement: AlterTableStatement, existing: ReadonlySet<string>): void {
  if (statement.changes.length < 2) return;
  const added = new Set<string>();
  for (const change of statement.changes) {
    if (change.type !== 'add column') continue;
    const column = change.column.name.name;
    // IF NOT EXISTS of a column the table has is skipped; of one an earlier subcommand adds, it is
    // skipped too on PostgreSQL (ADD COLUMN's pass sees that column), where pg-mem adds it twice.
    if (change.ifNotExists && added.has(column))
      throw refuse('ADD COLUMN IF NOT EXISTS of a column the same ALTER TABLE adds');
    if (!existing.has(column)) added.add(column);
  }
  for (const change of statement.changes) {
    if (change.type === 'alter column' && added.has(change.column.name))
      throw refuse(
        'ALTER COLUMN of a column the same ALTER TABLE adds (PostgreSQL runs its subcommands in passes)',
      );
  }
}

/**
 * ALTER TABLE's subcommands in the order PostgreSQL 15 runs them (ATPrepCmd's AT_PASS_*: every
 * DROP, then ALTER COLUMN TYPE, ADD COLUMN, SET NOT NULL, ADD CONSTRAINT, SET DEFAULT, the rest),
 * written order kept within a pass: `SET DEFAULT 5, DROP DEFAULT` leaves the default 5, and
 * `ADD CONSTRAINT u ..., DROP CONSTRAINT u` fails on the drop (42704).
 */
function inPassOrder(changes: AlterTableStatement['changes']): AlterTableStatement['changes'] {
  const passOf = (change: AlterTableStatement['changes'][number]): number => {
    switch (change.type) {
      case 'drop constraint':
      case 'drop column':
        return 0;
      case 'add column':
        return 4;
      case 'add constraint':
        return 7;
      case 'alter column':
        if (change.alter.type === 'drop default' || change.alter.type === 'drop not null') return 0;
        if (change.alter.type === 'set type') return 1;
        if (change.alter.type === 'set not null') return 6;
        if (change.alter.type === 'set default') return 9;
        return 10;
      default:
        return 10;
    }
  };
  return changes
    .map((change, index) => ({ change, index, pass: passOf(change) }))
    .sort((a, b) => a.pass - b.pass || a.index - b.index)
    .map(({ change }) => change);
}

/**
 * COMMENT ON's checks: the object must exist and be of the kind named (42P01, 42703, 42809, 42704).
 * The comment itself is kept nowhere (no catalog query can read it back on this engine).
 */
export function checkCommentTarget(
  statement: CommentStatement,
  catalog: Catalog,
  sequences: { has(name: string): boolean },
): void {
  const { on } = statement;
  const schemaOf = on.type === 'column' ? on.column.schema : on.name.schema;
  if (schemaOf && schemaOf !== 'public') throw refuse(`COMMENT ON an object of the schema ${schemaOf}`);
  if (on.type === 'column') {
    const tableName = on.column.table;
    const table = catalog.table(tableName);
    if (!table) {
      if (sequences.has(tableName) || isIndexName(catalog, tableName))
        throw refuse(`COMMENT ON COLUMN of the relation ${tableName}, which is no table`);
      throw pgError('42P01', `relation "${tableName}" does not exist`);
    }
    if (!table.columns.some((c) => c.name === on.column.column))
      throw pgError('42703', `column "${on.column.column}" of relation "${tableName}" does not exist`);
    return;
  }
  const name = on.name.name;
  switch (on.type) {
    case 'table':
      if (catalog.table(name)) return;
      if (sequences.has(name) || isIndexName(catalog, name))
        throw pgError('42809', `"${name}" is not a table`);
      throw pgError('42P01', `relation "${name}" does not exist`);
    case 'index': {
      if (isIndexName(catalog, name)) return;
      if (catalog.table(name) || sequences.has(name)) throw pgError('42809', `"${name}" is not an index`);
      throw pgError('42P01', `relation "${name}" does not exist`);
    }
    case 'type':
      if (catalog.enums.has(name)) return;
      throw refuse(`COMMENT ON TYPE ${name} (the engine knows its enums only)`);
    default:
      throw refuse(`COMMENT ON ${on.type.toUpperCase()}`);
  }
}

/**
 * DROP TABLE's checks and catalog change, for the statement analysis to call: 42809 for an index's
 * or a sequence's name, 42P01 for a missing table (skipped with IF EXISTS), 2BP01 when a table
 * outside the statement has a foreign key to one dropped. `sequences` are the serial and identity
 * sequences the dropped tables own, which PostgreSQL drops with them.
 */
export function dropTables(
  statement: DropStatement,
  catalog: Catalog,
  isSequence: (name: string) => boolean = () => false,
): { readonly apply: (catalog: Catalog) => void; readonly sequences: readonly string[] } {
  if (statement.cascade === 'cascade') throw refuse('DROP TABLE ... CASCADE');
  const dropped: string[] = [];
  for (const { name, schema } of statement.names) {
    if (schema && schema !== 'public') throw refuse(`DROP TABLE ${schema}.${name}`);
    if (catalog.table(name)) {
      dropped.push(name);
      continue;
    }
    if (isIndexName(catalog, name))
      throw pgError('42809', `"${name}" is not a table`, { hint: 'Use DROP INDEX to remove an index.' });
    // Even with IF EXISTS: the relation exists, it is just no table.
    if (isSequence(name))
      throw pgError('42809', `"${name}" is not a table`, { hint: 'Use DROP SEQUENCE to remove a sequence.' });
    if (!statement.ifExists) throw pgError('42P01', `table "${name}" does not exist`);
  }
  for (const name of dropped) {
    for (const other of catalog.tables) {
      if (dropped.includes(other.name)) continue;
      const fk = other.constraints.find((c) => c.kind === 'foreign key' && c.foreignTable === name);
      if (fk) {
        throw pgError('2BP01', `cannot drop table ${name} because other objects depend on it`, {
          detail: `constraint ${fk.name} on table ${other.name} depends on table ${name}`,
          hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
        });
      }
    }
  }
  return {
    sequences: dropped.flatMap((name) => catalog.ownedSequences(name)),
    apply: (target) => {
      for (const name of dropped) target.dropTable(name);
    },
  };
}

/**
 * DROP INDEX's checks and catalog change: an index a constraint owns cannot go (2BP01), a table or
 * a sequence is no index (42809), a missing one is 42P01 unless IF EXISTS. The name is freed for
 * later indexes, and a dropped unique index stops reporting violations.
 */
export function dropIndexes(
  statement: DropStatement,
  catalog: Catalog,
  isSequence: (name: string) => boolean = () => false,
): { readonly apply: (catalog: Catalog) => void } {
  if (statement.cascade === 'cascade') throw refuse('DROP INDEX ... CASCADE');
  if (statement.concurrently && statement.names.length > 1)
    throw pgError('0A000', 'DROP INDEX CONCURRENTLY does not support dropping multiple objects');
  const dropped: string[] = [];
  for (const { name, schema } of statement.names) {
    if (schema && schema !== 'public') throw refuse(`DROP INDEX ${schema}.${name}`);
    const owner = [...catalog.tables].find((t) =>
      t.constraints.some(
        (c) => c.name === name && !c.indexOnly && (c.kind === 'unique' || c.kind === 'primary key'),
      ),
    );
    if (owner)
      throw pgError(
        '2BP01',
        `cannot drop index ${name} because constraint ${name} on table ${owner.name} requires it`,
        {
          hint: `You can drop constraint ${name} on table ${owner.name} instead.`,
        },
      );
    if (isIndexName(catalog, name)) {
      dropped.push(name);
      continue;
    }
    if (catalog.table(name))
      throw pgError('42809', `"${name}" is not an index`, { hint: 'Use DROP TABLE to remove a table.' });
    if (isSequence(name))
      throw pgError('42809', `"${name}" is not an index`, {
        hint: 'Use DROP SEQUENCE to remove a sequence.',
      });
    if (!statement.ifExists) throw pgError('42704', `index "${name}" does not exist`);
  }
  return {
    apply: (target) => {
      for (const table of target.tables) {
        for (const name of dropped) {
          const index = table.indexes.indexOf(name);
          if (index >= 0) table.indexes.splice(index, 1);
          table.indexKeys.delete(name);
          const unique = table.constraints.findIndex((c) => c.name === name && c.indexOnly);
          if (unique >= 0) table.constraints.splice(unique, 1);
        }
      }
    },
  };
}

/** An index's name: a CREATE INDEX's, or a unique or primary key constraint's (its index has it). */
function isIndexName(catalog: Catalog, name: string): boolean {
  return [...catalog.tables].some(
    (table) =>
      table.indexes.includes(name) ||
      table.constraints.some((c) => c.name === name && (c.kind === 'unique' || c.kind === 'primary key')),
  );
}

/** PostgreSQL's other spellings of a type pg-mem knows under one name only. */
const PG_MEM_SPELLINGS: Readonly<Record<string, string>> = {
  float8: 'double precision',
  int2: 'smallint',
  decimal: 'numeric',
};

/** A column type as pg-mem's schema reads it: `float8` is its `double precision`, and so on. */
function pgMemSpelling(type: DataTypeDef): DataTypeDef {
  if (type.kind === 'array') return { ...type, arrayOf: pgMemSpelling(type.arrayOf) };
  // pg-mem's timestamp(p) is a type of its own it cannot cast timestamp to; the engine rounds (timestamp-assignment.ts).
  if (/^timestamp/i.test(type.name)) return { name: type.name };
  const name = PG_MEM_SPELLINGS[type.name.toLowerCase()];
  return name ? { ...type, name } : type;
}
