import type { PostgresErrorFields } from '../postgres-engine.js';
import { type SqlToken, tokenize } from '../sql-tokens.js';
import { domainTableConstraintError } from './pg15-domain-table-constraints.js';
import { isParameterListError } from './pg15-function-parameter-errors.js';

/**
 * DDL errors 16-18 locate (a `position`) or give a hint for, where 15 reports them bare: the report
 * as 15 gives it, or undefined when the error is none of them.
 */
export function pg15DdlError(error: PostgresErrorFields, text: string): PostgresErrorFields | undefined {
  if (error.hint === SET_EXPRESSION_HINT && error.code === '42601') {
    const { hint: _hint, ...without } = error;
    return without;
  }
  if (error.code === '0A000' && error.detail?.startsWith('EXCLUDE constraint on table ')) {
    // 17 takes an exclusion constraint on a partitioned table that holds the partition key (and says
    // which column one lacks); 15 takes none. 15 locates it, which the report cannot: left out.
    const { detail: _detail, position: _position, ...without } = error;
    return { ...without, message: 'exclusion constraints are not supported on partitioned tables' };
  }
  const validated = VALIDATE_UNSUPPORTED.exec(error.message);
  if (error.code === '42809' && validated && error.detail === VALIDATE_UNSUPPORTED_DETAIL) {
    // 18 validates NOT NULL constraints too, and words the refusal of other kinds anew.
    const { detail: _detail, ...without } = error;
    const [, constraint, relation] = validated;
    return {
      ...without,
      message: `constraint "${constraint}" of relation "${relation}" is not a foreign key or check constraint`,
    };
  }
  if (error.code === '42809' && error.message === PARTITIONED_STORAGE_PARAMETERS)
    return unrecognizedParameter(error, text);
  if (error.code === '55000' && error.detail === IDENTITY_PARTITION_DETAIL) {
    // 17 gave partitions their partitioned table's identity and so refuses to attach a table that
    // has one of its own; 15 attached it, the identity staying the partition's own (its sequence
    // serving inserts straight into the partition). The engine cannot hold that state: a loud refusal.
    return {
      severity: error.severity,
      code: '0A000',
      message:
        "ALTER TABLE ... ATTACH PARTITION of a table with an identity column: PostgreSQL 15 attaches it and the identity stays the partition's own, PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server",
    };
  }
  const domainKey = domainTableConstraintError(error, text);
  if (domainKey) return domainKey;
  const partitionCommand = partitionCommandOnPlainTable(error);
  if (partitionCommand) return partitionCommand;
  if (error.position === undefined || !unlocatedIn15(error, text)) return undefined;
  const { position: _position, ...without } = error;
  return without;
}

/**
 * ATTACH/DETACH PARTITION naming a plain table as the partitioned one: 18 refuses the table's kind
 * (42809, "not supported for tables"); 15 let the kind pass and refused while transforming the
 * command, that the table is not partitioned (42P17). Other kinds (a view, an index) are refused
 * alike by both. DETACH ... FINALIZE 15 instead treated as removing an inheritance child, whose
 * report names the partition, which this report lacks: a loud refusal.
 */
function partitionCommandOnPlainTable(error: PostgresErrorFields): PostgresErrorFields | undefined {
  if (error.code !== '42809' || error.detail !== 'This operation is not supported for tables.')
    return undefined;
  const command = PARTITION_COMMAND.exec(error.message);
  if (!command) return undefined;
  const [, action, table] = command;
  if (action === 'DETACH PARTITION ... FINALIZE') {
    return {
      severity: error.severity,
      code: '0A000',
      message:
        'ALTER TABLE ... DETACH PARTITION ... FINALIZE on a table that is not partitioned: PostgreSQL 15 reports the partition as no inheritance child of it, PGlite (PostgreSQL 18) refuses the table without naming the partition, so the fake cannot answer as 15 does: run this test on the real server',
    };
  }
  return { severity: error.severity, code: '42P17', message: `table "${table}" is not partitioned` };
}

const PARTITION_COMMAND =
  /^ALTER action (ATTACH PARTITION|DETACH PARTITION|DETACH PARTITION \.\.\. FINALIZE) cannot be performed on relation "(.*)"$/s;

const IDENTITY_PARTITION_DETAIL = 'The new partition may not contain an identity column.';

const PARTITIONED_STORAGE_PARAMETERS = 'cannot specify storage parameters for a partitioned table';

/**
 * Storage parameters on a partitioned table: 18 refuses any (42809); 15's partitioned tables had
 * none to recognize, so it refused the first the statement names that is no toast.* one (those it
 * left to the toast table, and took). That name is read from the statement's SET (...) or WITH
 * (...): when the text holds more than one such statement, the report cannot tell which failed.
 */
function unrecognizedParameter(error: PostgresErrorFields, text: string): PostgresErrorFields {
  const names = statementTokensOf(text)
    .map(firstStorageParameter)
    .filter((name): name is string => name !== undefined);
  const [name] = names;
  if (name === undefined || names.length > 1)
    return {
      severity: error.severity,
      code: '0A000',
      message:
        'storage parameters on a partitioned table: PostgreSQL 15 names the first it does not recognize, which the fake cannot find in this text: run this test on the real server',
    };
  return { severity: error.severity, code: '22023', message: `unrecognized parameter "${name}"` };
}

/** The first option of `ALTER TABLE ... SET (...)` or of a CREATE TABLE's last `WITH (...)` that has no namespace. */
function firstStorageParameter(statement: readonly SqlToken[]): string | undefined {
  const [first, second] = statement.map((token) => token.value);
  if (second !== 'table' || (first !== 'alter' && first !== 'create')) return undefined;
  const opener = first === 'alter' ? 'set' : 'with';
  let at = -1;
  for (let index = 0; index < statement.length - 1; index += 1) {
    const token = statement[index];
    if (token?.kind === 'word' && token.value === opener && statement[index + 1]?.value === '(') {
      at = index + 2;
      if (first === 'alter') break;
    }
  }
  if (at < 0) return undefined;
  for (let index = at; index < statement.length; index += 1) {
    const token = statement[index];
    const previous = statement[index - 1]?.value;
    if (previous !== '(' && previous !== ',') continue;
    if (token === undefined || (token.kind !== 'word' && token.kind !== 'quoted')) return undefined;
    if (statement[index + 1]?.value === '.') continue;
    return token.value;
  }
  return undefined;
}

/** The text's statements, each as its tokens. */
function statementTokensOf(text: string): SqlToken[][] {
  const statements: SqlToken[][] = [[]];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' && token.value === ';') statements.push([]);
    else statements[statements.length - 1]?.push(token);
  }
  return statements;
}

/** 18's refusal of VALIDATE CONSTRAINT on a unique, primary key or exclusion constraint. */
const VALIDATE_UNSUPPORTED = /^cannot validate constraint "(.*)" of relation "(.*)"$/s;
const VALIDATE_UNSUPPORTED_DETAIL = 'This operation is not supported for this type of constraint.';

/** 17's hint for SET/DROP DEFAULT on a generated column; 15 gives none. */
const SET_EXPRESSION_HINT = 'Use ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION instead.';

/**
 * A constraint attribute its kind cannot take (`UNIQUE ... NOT VALID`, `CHECK ... DEFERRABLE`): 15's
 * grammar located it at the attribute list, whose empty first production has no location.
 */
const CONSTRAINT_ATTRIBUTE = /^.+ constraints cannot be marked (?:NOT VALID|DEFERRABLE|NO INHERIT)$/s;

/** A function's (procedure's, aggregate's) argument or column type not found: 15 looked it up with no parse state. */
const ROUTINE_TYPE_MISSING = /^type [^"].* does not exist$/s;

/** The scanner's and grammar's own errors, which 15 locates in every statement. */
const SYNTAX =
  /^(?:syntax error|unterminated |zero-length delimited identifier|invalid Unicode|trailing junk)/;

/** A hash partition bound lacking MODULUS or REMAINDER: 18's grammar locates it at FOR VALUES, 15's did not. */
const HASH_BOUND_INCOMPLETE = /^(?:modulus|remainder) for hash partition must be specified$/;

/** `PARTITION BY <word>`: 16's grammar reads the strategy and locates a wrong one; 15 read it in CREATE TABLE, unlocated. */
const PARTITION_STRATEGY_UNKNOWN = /^unrecognized partitioning strategy ".*"$/s;

/**
 * ALTER COLUMN ... TYPE on a column that cannot change type (or not with USING, a generated one):
 * 17 locates these at the column's name, 15's ATPrepAlterColumnType had no parse state for them.
 */
const COLUMN_NOT_ALTERABLE =
  /^(?:cannot alter (?:system column ".*"|inherited column ".*"|column ".*" because it is part of the partition key of relation ".*")|cannot specify USING when altering type of generated column)$/s;

function unlocatedIn15(error: PostgresErrorFields, text: string): boolean {
  if (error.code === '0A000' && CONSTRAINT_ATTRIBUTE.test(error.message)) return true;
  if (error.code === '42601' && HASH_BOUND_INCOMPLETE.test(error.message)) return true;
  if (error.code === '22023' && PARTITION_STRATEGY_UNKNOWN.test(error.message)) return true;
  if (COLUMN_NOT_ALTERABLE.test(error.message)) return true;
  if (error.code === '42704' && ROUTINE_TYPE_MISSING.test(error.message)) return true;
  if (isParameterListError(error)) return true;
  if (error.code === '42601' && SYNTAX.test(error.message)) return false;
  const located = tokenAt(text, Number(error.position) - 1);
  if (!located) return false;
  const [first, second] = located.statement.map((token) => token.value);
  // 15's DefineDomain had no parse state: none of CREATE DOMAIN's errors (its base type, a clause,
  // the DEFAULT's coercion) carried a position; 17 locates them.
  if (first === 'create' && second === 'domain') return true;
  // The type of ALTER COLUMN ... TYPE and of CREATE TABLE ... OF, looked up (with its typmod and
  // collation) without a parse state in 15; its USING expression is located in both.
  const { statement, index } = located;
  if (first === 'alter' && second === 'table') return inTypeClause(statement, index);
  return (
    first === 'create' && statement[index - 1]?.value === 'of' && statement.some((t) => t.value === 'table')
  );
}

/** Whether the token at `index` is in an ALTER COLUMN's TYPE clause (the type, its typmod, COLLATE), not its USING. */
function inTypeClause(statement: readonly SqlToken[], index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = statement[at];
    if (token?.kind === 'word' && token.value === 'type') return true;
    if (token?.value === ',' || (token?.kind === 'word' && token.value === 'using')) return false;
  }
  return false;
}

/** The statement holding the offset `at` of the text, and the index there of the token at `at`. */
function tokenAt(text: string, at: number): { statement: readonly SqlToken[]; index: number } | undefined {
  let statement: SqlToken[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' && token.value === ';') {
      if (token.start >= at) break;
      statement = [];
      continue;
    }
    statement.push(token);
  }
  const index = statement.findIndex((token) => token.start <= at && at < token.end);
  return index < 0 ? undefined : { statement, index };
}
