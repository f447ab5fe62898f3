import type { Expr, ExprCall, Statement } from 'pgsql-ast-parser';
import type { Catalog } from './catalog.js';
import { callsSequence, DataChangeAnalyzer, planOrderedRows } from './data-change-analyzer.js';
import {
  alterTable,
  checkCommentTarget,
  createIndex,
  createTable,
  dropIndexes,
  dropTables,
} from './ddl-analyzer.js';
import { otherSchemaTable } from './other-schema-tables.js';
import { pgError, refuse } from './refusal.js';
import { Scope } from './scope.js';
import { type AnalyzedQuery, SelectAnalyzer } from './select-analyzer.js';
import { Sequences } from './sequences.js';
import { isCurrentSetting, withCheckedCurrentSetting } from './session-settings.js';
import type { AnalysisContext, Typed } from './typed.js';

/** A statement made ready for pg-mem, with what the engine needs to answer as PostgreSQL does. */
export interface AnalyzedStatement {
  /** What pg-mem runs; undefined when the engine answers by itself (`command` alone). */
  readonly statement?: Statement;
  /** The result columns, PostgreSQL's types and names; pg-mem's row keys are `outputKey(i)`. */
  readonly outputs?: readonly Typed[];
  /** The command tag when the engine answers without pg-mem, or when pg-mem's differs. */
  readonly command?: string;
  /** A data change: checked against a read-only transaction, named in constraint errors. */
  readonly changes?: string;
  /** Catalog changes, applied once pg-mem ran the statement. */
  readonly apply?: (catalog: Catalog) => void;
  /** PostgreSQL's order of the rows pg-mem returned (see AnalyzedQuery). */
  readonly reorder?: AnalyzedQuery['reorder'];
}

/** Where the statement runs, beyond what expression analysis needs. */
export interface StatementSituation {
  /** Inside BEGIN ... COMMIT, where CREATE/DROP INDEX CONCURRENTLY cannot run (25001). */
  readonly inTransactionBlock?: boolean;
}

/** Analyses one statement for the pg-mem engine (see SelectAnalyzer, DataChangeAnalyzer, ddl-analyzer). */
export function analyzeStatement(
  statement: Statement,
  context: AnalysisContext,
  situation: StatementSituation = {},
): AnalyzedStatement {
  const { callsCurrentSetting } = inspect(statement, context);
  const checked = callsCurrentSetting ? withCheckedCurrentSetting(statement) : statement;
  return analyzeInspected(checked, context, situation);
}

function analyzeInspected(
  statement: Statement,
  context: AnalysisContext,
  situation: StatementSituation,
): AnalyzedStatement {
  const { catalog } = context;
  if (
    situation.inTransactionBlock &&
    (statement.type === 'create index' || statement.type === 'drop index') &&
    statement.concurrently
  ) {
    const verb = statement.type === 'create index' ? 'CREATE' : 'DROP';
    throw pgError('25001', `${verb} INDEX CONCURRENTLY cannot run inside a transaction block`);
  }
  const otherSchema = otherSchemaTable(statement);
  if (otherSchema) throw refuse(`the schema-qualified table ${otherSchema}`);
  switch (statement.type) {
    case 'select':
    case 'union':
    case 'union all':
    case 'with':
    case 'with recursive':
    case 'values': {
      const reordered = callsSequence(statement) && planOrderedRows(statement, false);
      if (reordered)
        throw refuse(
          `nextval() or setval() in a query with ${reordered} (PostgreSQL's plan decides which row gets which value)`,
        );
      const query = new SelectAnalyzer(context).query(statement, undefined, new Map(), true);
      return {
        statement: query.statement,
        outputs: query.outputs,
        command: 'SELECT',
        ...(query.reorder && { reorder: query.reorder }),
      };
    }
    case 'insert':
    case 'update':
    case 'delete': {
      const analyzer = new DataChangeAnalyzer(context);
      const change =
        statement.type === 'insert'
          ? analyzer.insert(statement)
          : statement.type === 'update'
            ? analyzer.update(statement)
            : analyzer.delete(statement);
      return { statement: change.statement, outputs: change.outputs, changes: statement.type.toUpperCase() };
    }
    case 'create table': {
      refuseJsonKeys(statement);
      // Tables and sequences share one namespace of relations (pg-mem keeps sequences apart).
      if (context.sequences.has(statement.name.name) && !statement.name.schema) {
        if (statement.ifNotExists) return { command: 'CREATE TABLE' };
        throw pgError('42P07', `relation "${statement.name.name}" already exists`);
      }
      const ddl = createTable(
        statement,
        catalog,
        new Set(context.userFunctions.keys()),
        (expr, table, columns) => {
          const scope = new Scope();
          scope.add({ alias: table, columns: columns.map((c) => ({ name: c.name, type: c.type })), table });
          return new SelectAnalyzer(context).expressions.type(expr, scope).expr;
        },
      );
      const apply = (target: Catalog) => {
        ddl.apply(target);
        for (const { name, type } of ddl.sequences ?? []) context.sequences.create(name, { type });
      };
      return { statement: ddl.statement, apply, command: 'CREATE TABLE' };
    }
    case 'create index': {
      if (statement.unique) {
        const table = catalog.table(statement.table.name);
        for (const { expression } of statement.expressions) {
          const column =
            expression.type === 'ref' ? table?.columns.find((c) => c.name === expression.name) : undefined;
          if (column && isJson(column.type.name)) throw refuse(JSON_KEY);
        }
      }
      const ddl = createIndex(statement, catalog);
      return { statement: ddl.statement, apply: ddl.apply, command: 'CREATE INDEX' };
    }
    case 'alter table': {
      const altered = catalog.table(statement.table.name);
      // pg-mem keeps sequences apart from its tables: PostgreSQL alters a sequence by ALTER TABLE
      // (RENAME, OWNER...) or names it no table; pg-mem would report it missing.
      if (!altered && context.sequences.has(statement.table.name))
        throw refuse(`ALTER TABLE on the sequence ${statement.table.name}`);
      for (const change of statement.changes) {
        if (change.type !== 'add constraint') continue;
        const { constraint } = change;
        if (constraint.type !== 'unique' && constraint.type !== 'primary key') continue;
        const keyed = constraint.columns.map((c) =>
          altered?.columns.find((column) => column.name === c.name),
        );
        if (keyed.some((column) => column && isJson(column.type.name))) throw refuse(JSON_KEY);
      }
      const hasRows = (table: string, where?: Expr) =>
        context.evaluate({
          type: 'select',
          columns: [{ expr: { type: 'integer', value: 1 } }],
          from: [{ type: 'table', name: { name: table } }],
          ...(where && { where }),
          limit: { limit: { type: 'integer', value: 1 } },
        }).length > 0;
      const ddl = alterTable(statement, catalog, new Set(context.userFunctions.keys()), hasRows);
      return { statement: ddl.statement, apply: ddl.apply, command: 'ALTER TABLE' };
    }
    case 'drop table': {
      const ddl = dropTables(statement, catalog, (name) => context.sequences.has(name));
      return {
        statement,
        command: 'DROP TABLE',
        apply: (target) => {
          ddl.apply(target);
          // A serial or identity column's sequence goes with its table, as PostgreSQL's dependency does.
          for (const name of ddl.sequences) context.sequences.drop(name);
        },
      };
    }
    case 'drop index': {
      const ddl = dropIndexes(statement, catalog, (name) => context.sequences.has(name));
      return { statement, command: 'DROP INDEX', apply: ddl.apply };
    }
    case 'create enum': {
      const name = statement.name.name;
      const labels = statement.values.map((v) => v.value);
      if (catalog.enums.has(name)) throw pgError('42710', `type "${name}" already exists`);
      // A label is a name: NAMEDATALEN - 1 bytes of UTF-8 at most, checked before anything is made.
      const long = labels.find((label) => Buffer.byteLength(label, 'utf8') > 63);
      if (long !== undefined)
        throw pgError('42602', `invalid enum label "${long}"`, {
          detail: 'Labels must be 63 bytes or less.',
        });
      // PostgreSQL's unique index on pg_enum refuses a label given twice, naming the type's OID.
      if (labels.some((label, index) => labels.indexOf(label) !== index))
        throw refuse('CREATE TYPE ... AS ENUM with a label given twice');
      return { statement, command: 'CREATE TYPE', apply: (target) => target.addEnum(name, labels) };
    }
    case 'create sequence': {
      const { options, name, ifNotExists, temp } = statement;
      const unsupported = Object.keys(options).filter(
        (key) => key !== 'startWith' && key !== 'incrementBy' && key !== '_location',
      );
      if (temp || statement.name.schema || unsupported.length > 0)
        throw refuse(`CREATE SEQUENCE with ${unsupported.join(', ') || 'TEMP or a schema'}`);
      // Sequences, tables and indexes share one namespace of relations.
      const taken =
        context.sequences.has(name.name) ||
        [...catalog.tables].some((table) => table.name === name.name || table.indexes.includes(name.name));
      if (taken) {
        if (ifNotExists) return { command: 'CREATE SEQUENCE' };
        throw pgError('42P07', `relation "${name.name}" already exists`);
      }
      // The engine counts in doubles: past 2^53 a START or INCREMENT would be rounded.
      const unsafe = [options.startWith, options.incrementBy].find(
        (value) => value !== undefined && !Number.isSafeInteger(value),
      );
      if (unsafe !== undefined) throw refuse(`CREATE SEQUENCE with a value beyond 2^53 (${unsafe})`);
      const sequenceOptions = {
        ...(options.startWith !== undefined && { start: options.startWith }),
        ...(options.incrementBy !== undefined && { increment: options.incrementBy }),
      };
      // START and INCREMENT are checked against the bounds now, as PostgreSQL does (22023).
      Sequences.bounds(sequenceOptions);
      return {
        command: 'CREATE SEQUENCE',
        apply: () => context.sequences.create(name.name, sequenceOptions),
      };
    }
    case 'comment':
      checkCommentTarget(statement, catalog, context.sequences);
      return { command: 'COMMENT' };
    case 'truncate table': {
      if (statement.identity === 'restart') throw refuse('TRUNCATE ... RESTART IDENTITY');
      if (statement.cascade === 'cascade') throw refuse('TRUNCATE ... CASCADE');
      for (const { name } of statement.tables) {
        if (!catalog.table(name) && context.sequences.has(name))
          throw pgError('42809', `"${name}" is not a table`);
        if (!catalog.table(name)) throw pgError('42P01', `relation "${name}" does not exist`);
      }
      return { statement, command: 'TRUNCATE TABLE', changes: 'TRUNCATE TABLE' };
    }
    case 'create extension':
      // plpgsql is always installed; pgcrypto's gen_random_uuid() is built in since PostgreSQL 13.
      if (statement.ifNotExists && ['plpgsql', 'pgcrypto'].includes(statement.extension.name)) {
        return { command: 'CREATE EXTENSION' };
      }
      throw refuse(`CREATE EXTENSION ${statement.extension.name}`);
    default:
      throw refuse(statementName(statement));
  }
}

/**
 * One walk over the statement. A sequence read as a relation (`SELECT last_value FROM s`) is
 * refused: PostgreSQL answers its one row, pg-mem keeps sequences apart from its tables and reports
 * the relation missing (42P01). A current_setting() call is reported, to be checked and sent in
 * the two-argument form the engine registered (session-settings.ts).
 */
function inspect(statement: Statement, context: AnalysisContext): { readonly callsCurrentSetting: boolean } {
  let sequence: string | undefined;
  let callsCurrentSetting = false;
  JSON.stringify(statement, (_key, value: unknown) => {
    if (sequence !== undefined || typeof value !== 'object' || value === null) return value;
    const type: unknown = Reflect.get(value, 'type');
    if (type === 'call') {
      callsCurrentSetting ||= isCurrentSetting(value as ExprCall);
      return value;
    }
    if (type !== 'table') return value;
    const name: unknown = Reflect.get(value, 'name');
    const relation = typeof name === 'object' && name !== null ? Reflect.get(name, 'name') : undefined;
    if (typeof relation === 'string' && context.sequences.has(relation) && !context.catalog.table(relation))
      sequence = relation;
    return value;
  });
  if (sequence !== undefined) throw refuse(`reading the sequence ${sequence} as a relation`);
  return { callsCurrentSetting };
}

function statementName(statement: Statement): string {
  return statement.type.toUpperCase();
}

// pg-mem's unique check compares json values its own loose way (null equal to {}, 0 to false).
const JSON_KEY =
  'a unique or primary key on a json or jsonb column (pg-mem would compare its values loosely)';
const isJson = (name: string): boolean => name === 'jsonb' || name === 'json';

function refuseJsonKeys(statement: Extract<Statement, { type: 'create table' }>): void {
  const jsonColumns = new Set<string>();
  for (const column of statement.columns) {
    if (column.kind !== 'column' || !('name' in column.dataType) || !isJson(column.dataType.name)) continue;
    jsonColumns.add(column.name.name);
    if (column.constraints?.some((c) => c.type === 'unique' || c.type === 'primary key'))
      throw refuse(JSON_KEY);
  }
  for (const constraint of statement.constraints ?? []) {
    if (constraint.type !== 'unique' && constraint.type !== 'primary key') continue;
    if (constraint.columns.some((c) => jsonColumns.has(c.name))) throw refuse(JSON_KEY);
  }
}
