import type {
  AlterTableStatement,
  ColumnConstraint,
  CreateColumnDef,
  CreateIndexStatement,
  CreateTableStatement,
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
import { fromDataType } from './pg-type.js';
import { pgError, refuse } from './refusal.js';

/** A DDL statement made ready for pg-mem (constraints named as PostgreSQL names them), and its catalog change. */
export interface AnalyzedDdl<S> {
  readonly statement: S;
  /** Applied to the catalog once pg-mem ran the statement. */
  readonly apply: (catalog: Catalog) => void;
  /** Sequences the engine creates for serial and identity columns. */
  readonly sequences?: readonly string[];
}

const DEFAULT_CALLS = new Set(['now', 'gen_random_uuid', 'current_timestamp']);

/** A column DEFAULT pg-mem evaluates as PostgreSQL does: constants, now(), gen_random_uuid(), the user's registered functions. */
function defaultExpr(expr: Expr, trusted: ReadonlySet<string>): Expr {
  switch (expr.type) {
    case 'integer':
    case 'numeric':
    case 'string':
    case 'boolean':
    case 'null':
      return expr;
    case 'unary':
      if (expr.op === '-') return { ...expr, operand: defaultExpr(expr.operand, trusted) };
      break;
    case 'cast':
      return { ...expr, operand: defaultExpr(expr.operand, trusted) };
    case 'keyword':
      if (expr.keyword === 'current_timestamp') return expr;
      break;
    case 'call': {
      const name = expr.function.name.toLowerCase();
      if (trusted.has(name)) return expr;
      if (expr.args.length === 0 && DEFAULT_CALLS.has(name)) {
        return name === 'gen_random_uuid' ? { ...expr, function: { name: 'seams_gen_random_uuid' } } : expr;
      }
      break;
    }
  }
  throw refuse('a column DEFAULT other than a constant, now() or gen_random_uuid()');
}

/** A column as pg-mem gets it (serial and identity as a plain integer defaulting to the engine's sequence) and as the catalog keeps it. */
function columnOf(
  def: CreateColumnDef,
  table: string,
  catalog: Catalog,
): { column: CatalogColumn; def: CreateColumnDef; sequence?: string } {
  const type = fromDataType(def.dataType, catalog.enums);
  if (!type)
    throw refuse(
      `the column type ${def.dataType.kind === 'array' ? 'array' : def.dataType.name} (${table}.${def.name.name})`,
    );
  if (def.collate) throw refuse('COLLATE on a column');
  const typeName = def.dataType.kind === 'array' ? '' : def.dataType.name.toLowerCase();
  const serial = typeName.includes('serial');
  const constraints = def.constraints ?? [];
  const identity = constraints.find(
    (c): c is Extract<ColumnConstraint, { type: 'add generated' }> => c.type === 'add generated',
  );
  if (identity?.expression) throw refuse('a generated column (GENERATED ALWAYS AS (...) STORED)');
  if (identity && (identity.sequence || identity.constraintName))
    throw refuse('identity column sequence options');
  const column: CatalogColumn = {
    name: def.name.name,
    type,
    notNull:
      serial || !!identity || constraints.some((c) => c.type === 'not null' || c.type === 'primary key'),
    hasDefault: serial || !!identity || constraints.some((c) => c.type === 'default'),
    ...(identity && { identity: identity.always ?? 'always' }),
  };
  if (!serial && !identity) return { column, def };
  if (type.name !== 'int4' && type.name !== 'int8')
    throw refuse(`a serial or identity column of type ${type.name}`);
  const sequence = chooseName(table, [def.name.name], 'seq', catalog.constraintNames());
  const nextval: Expr = {
    type: 'call',
    function: { name: 'seams_nextval' },
    args: [{ type: 'string', value: sequence }],
  };
  return {
    column,
    sequence,
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

/**
 * CREATE TABLE, CREATE INDEX and ALTER TABLE as the pg-mem engine runs them: constraint names
 * chosen as PostgreSQL chooses them (pg-mem names them differently, and those names are what
 * errors report), and the engine's catalog kept in step.
 */
export function createTable(
  statement: CreateTableStatement,
  catalog: Catalog,
  trusted: ReadonlySet<string>,
): AnalyzedDdl<CreateTableStatement> {
  const name = statement.name.name;
  if (statement.name.schema && statement.name.schema !== 'public')
    throw refuse(`a table in the schema ${statement.name.schema}`);
  if (statement.temporary) throw refuse('CREATE TEMPORARY TABLE');
  if (statement.inherits) throw refuse('CREATE TABLE ... INHERITS');
  if (catalog.table(name)) {
    if (statement.ifNotExists) return { statement, apply: () => {} };
    throw pgError('42P07', `relation "${name}" already exists`);
  }
  const taken = catalog.constraintNames();
  const constraints: CatalogConstraint[] = [];
  const columns: CatalogColumn[] = [];
  const sequences: string[] = [];
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
        c.type === 'default' && !sequence ? { ...c, default: defaultExpr(c.default, trusted) } : c,
      ),
    };
  });
  const tableConstraints = (statement.constraints ?? []).map((c) =>
    nameTableConstraint(c, name, taken, constraints),
  );
  for (const constraint of constraints) {
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
  const table: CatalogTable = { name, columns, constraints, indexes: [] };
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
      const name = constraint.constraintName?.name ?? chooseName(table, [column], 'check', taken);
      out.push({ name, kind: 'check', columns: [column] });
      return { ...constraint, constraintName: { name } };
    }
    default:
      return constraint;
  }
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
      const referenced = [...new Set(columnRefs(constraint.expr))];
      const name =
        constraint.constraintName?.name ??
        chooseName(table, referenced.length === 1 ? referenced : [], 'check', taken);
      out.push({ name, kind: 'check', columns: referenced });
      return { ...constraint, constraintName: { name } };
    }
  }
}

/** The column names an expression reads, in order (for a CHECK constraint's name). */
function columnRefs(expr: Expr): string[] {
  const names: string[] = [];
  JSON.stringify(expr, (key, value: unknown) => {
    if (key === '' || typeof value !== 'object' || value === null) return value;
    if ('type' in value && value.type === 'ref' && 'name' in value && typeof value.name === 'string')
      names.push(value.name);
    return value;
  });
  return names;
}

/** CREATE INDEX: a unique one becomes a constraint the engine reports violations of by name. */
export function createIndex(
  statement: CreateIndexStatement,
  catalog: Catalog,
): AnalyzedDdl<CreateIndexStatement> {
  const table = catalog.table(statement.table.name);
  if (!table) throw pgError('42P01', `relation "${statement.table.name}" does not exist`);
  const columns: string[] = [];
  for (const part of statement.expressions) {
    const expr = part.expression;
    if (expr.type === 'ref') {
      if (!table.columns.some((c) => c.name === expr.name))
        throw pgError('42703', `column "${expr.name}" does not exist`);
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
      columns.push('lower');
      continue;
    }
    throw refuse(
      statement.unique
        ? 'a unique index on an expression'
        : 'an index on an expression other than lower(column)',
    );
  }
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
    ...(statement.where && { partial: statement.where }),
  };
  return {
    statement: { ...statement, indexName: { name } },
    apply: (target) => {
      const current = target.table(table.name);
      if (statement.unique) current?.constraints.push(constraint);
      else current?.indexes.push(name);
    },
  };
}

/** ALTER TABLE: the changes pg-mem applies as PostgreSQL does, with the catalog following. */
export function alterTable(
  statement: AlterTableStatement,
  catalog: Catalog,
  trusted: ReadonlySet<string>,
): AnalyzedDdl<AlterTableStatement> {
  const name = statement.table.name;
  const table = catalog.table(name);
  if (!table) {
    if (statement.ifExists) return { statement, apply: () => {} };
    throw pgError('42P01', `relation "${name}" does not exist`);
  }
  const taken = catalog.constraintNames();
  const updates: ((target: Catalog) => void)[] = [];
  const changes = statement.changes.map((change) => {
    switch (change.type) {
      case 'add column': {
        if (table.columns.some((c) => c.name === change.column.name.name)) {
          if (change.ifNotExists) return change;
          throw pgError('42701', `column "${change.column.name.name}" of relation "${name}" already exists`);
        }
        const { column, sequence } = columnOf(change.column, name, catalog);
        if (sequence) throw refuse('ADD COLUMN of a serial or identity column');
        const added: CatalogConstraint[] = [];
        const constraints = (change.column.constraints ?? []).map((c) =>
          nameColumnConstraint(c, name, column.name, taken, added),
        );
        if (column.notNull && !column.hasDefault) throw refuse('ADD COLUMN ... NOT NULL without a DEFAULT');
        if (added.length > 0) throw refuse('ADD COLUMN with a constraint');
        updates.push((target) => target.table(name)?.columns.push(column));
        return {
          ...change,
          column: {
            ...change.column,
            constraints: constraints.map((c) =>
              c.type === 'default' ? { ...c, default: defaultExpr(c.default, trusted) } : c,
            ),
          },
        };
      }
      case 'rename column':
        throw refuse('ALTER TABLE ... RENAME COLUMN (pg-mem loses the values on a later rename)');
      case 'rename':
        updates.push((target) => target.renameTable(name, change.to.name));
        return change;
      case 'add constraint': {
        if (change.constraint.type === 'check') throw refuse('ADD CONSTRAINT ... CHECK on an existing table');
        const added: CatalogConstraint[] = [];
        const constraint = nameTableConstraint(change.constraint, name, taken, added);
        updates.push((target) => target.table(name)?.constraints.push(...added));
        return { ...change, constraint };
      }
      case 'alter column': {
        const column = table.columns.find((c) => c.name === change.column.name);
        if (!column)
          throw pgError('42703', `column "${change.column.name}" of relation "${name}" does not exist`);
        if (change.alter.type === 'set default')
          return {
            ...change,
            alter: { ...change.alter, default: defaultExpr(change.alter.default, trusted) },
          };
        if (change.alter.type === 'drop default') return change;
        if (change.alter.type === 'drop not null') {
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
  return {
    statement: { ...statement, changes },
    apply: (target) => {
      for (const update of updates) update(target);
    },
  };
}
