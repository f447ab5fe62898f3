import type { PostgresErrorFields } from '../postgres-engine.js';
import { type SqlToken, tokenize } from '../sql-tokens.js';

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
  const domainKey = domainKeyIn15(error, text);
  if (domainKey) return domainKey;
  if (error.position === undefined || !unlocatedIn15(error, text)) return undefined;
  const { position: _position, ...without } = error;
  return without;
}

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

function unlocatedIn15(error: PostgresErrorFields, text: string): boolean {
  if (error.code === '0A000' && CONSTRAINT_ATTRIBUTE.test(error.message)) return true;
  if (error.code === '42704' && ROUTINE_TYPE_MISSING.test(error.message)) return true;
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

/**
 * `ALTER DOMAIN d ADD [CONSTRAINT c] UNIQUE (...)` (or PRIMARY KEY): 17's grammar takes only CHECK
 * and NOT NULL there (a syntax error at the keyword); 15's took any table constraint and refused a
 * key when adding it, with no position. Other shapes are left as they are.
 */
function domainKeyIn15(error: PostgresErrorFields, text: string): PostgresErrorFields | undefined {
  const keyword = error.code === '42601' ? DOMAIN_KEY_SYNTAX.exec(error.message)?.[1] : undefined;
  if (keyword === undefined) return undefined;
  // Found by its shape, not the position: that points into the text PGlite ran, which the dialect
  // may have rewritten.
  const kind = keyword === 'UNIQUE' ? 'unique' : 'primary key';
  if (!statementsOf(text).some((words) => addsDomainKey(words, kind))) return undefined;
  const { position: _position, ...without } = error;
  return { ...without, message: `${kind} constraints not possible for domains` };
}

const DOMAIN_KEY_SYNTAX = /^syntax error at or near "(UNIQUE|PRIMARY)"$/i;

/** `alter domain <name> add [constraint <name>] unique|primary key ( <names> )`, as folded words. */
function addsDomainKey(words: readonly string[], kind: 'unique' | 'primary key'): boolean {
  if (words[0] !== 'alter' || words[1] !== 'domain' || words[3] !== 'add') return false;
  const key = words[4] === 'constraint' ? 6 : 4;
  const rest = words.slice(key);
  const list =
    kind === 'unique'
      ? rest[0] === 'unique'
        ? rest.slice(1)
        : []
      : rest[0] === 'primary' && rest[1] === 'key'
        ? rest.slice(2)
        : [];
  return (
    list.length >= 3 &&
    list[0] === '(' &&
    list[list.length - 1] === ')' &&
    list.slice(1, -1).every((word, at) => (at % 2 === 1 ? word === ',' : /^[a-z_]\w*$/.test(word)))
  );
}

/** The text's statements, each as its tokens' folded values. */
function statementsOf(text: string): string[][] {
  const statements: string[][] = [[]];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' && token.value === ';') statements.push([]);
    else statements[statements.length - 1]?.push(token.value);
  }
  return statements;
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
