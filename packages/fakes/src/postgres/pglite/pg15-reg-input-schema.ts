import type { PostgresErrorFields } from '../postgres-engine.js';

/**
 * A schema-qualified name in a reg* type's input whose schema does not exist: `'nos.t'::regclass`,
 * `nextval('nos.seq')`, `pg_relation_size('nos.t')`, a parameter bound as regclass. PostgreSQL 15's
 * regclassin (and regprocin, regprocedurein, regoperin, regcollationin, regconfigin,
 * regdictionaryin) looked the schema up first and failed with 3F000 `schema "nos" does not exist`;
 * 16 made them soft (for pg_input_is_valid) and they now report the object as missing (42P01
 * `relation "nos.t" does not exist`, 42883, 42704). Every other path (FROM, DDL, text::regclass)
 * still reports the schema in 18, so one of these reports whose qualifier names no schema can only
 * come from such an input function. Which it is needs the catalog: the engine asks it when the
 * session can still answer, and refuses loudly inside a failed transaction.
 */
const REG_INPUT_MISSING: readonly [code: string, pattern: RegExp][] = [
  ['42P01', /^relation "([^"]*)" does not exist$/s],
  ['42883', /^function "([^"(]*)(?:\(.*\))?" does not exist$/s],
  ['42883', /^operator does not exist: ([^\s(]+)$/s],
  ['42704', /^collation "([^"]*)" for encoding "[^"]*" does not exist$/s],
  ['42704', /^text search configuration "([^"]*)" does not exist$/s],
  ['42704', /^text search dictionary "([^"]*)" does not exist$/s],
];

/** A double-quoted identifier with a dot in it: the dot of the reported name may be its own. */
const QUOTED_WITH_DOT = /"[^"]*\.[^"]*"/;

/**
 * Schema DDL in the same request: the failed statement's implicit transaction is rolled back before
 * the engine can look, so the schema the statement saw cannot be told from the one left after.
 */
const SCHEMA_DDL = /\b(?:create|alter|drop)\s+schema\b/i;

/** Schemas every database has, which no statement can be missing (dropping them is refused). */
const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_toast']);

/** What the engine must learn before answering an error: whether `schema` exists. */
export type RegInputQualifier =
  | { readonly schema: string }
  /** The name's dots cannot be told apart (a quoted identifier with one, or three parts). */
  | { readonly ambiguous: true };

/** Where a literal starts: `'…'`, `E'…'`, `U&'…'`, `$$…$$`, or a typed literal's type (`regclass '…'`). */
const LITERAL_START = /^(?:[eE]?'|[uU]&'|\$(?:[A-Za-z_]\w*)?\$|[A-Za-z_]\w*\s+')/;

/**
 * Whether the error is an input function's: it points at a literal (of the statement, or of the
 * query a function ran), or, pointing nowhere, the statement had parameters. A missing table in
 * FROM or in DDL (which 15 and 18 both report as 42P01, schema or not) points at its name.
 */
function fromInput(error: PostgresErrorFields, text: string, hasParams: boolean): boolean {
  if (error.internalQuery !== undefined && error.internalPosition !== undefined)
    return LITERAL_START.test(error.internalQuery.slice(Number(error.internalPosition) - 1));
  if (error.position !== undefined) return LITERAL_START.test(text.slice(Number(error.position) - 1));
  return hasParams;
}

/**
 * The qualifier of the name an error from a reg* input function reports as missing, or undefined
 * when the error is no such report (or names an unqualified object, which 15 reports alike).
 * `text` is the statement as sent and `params` its string parameters (quoted identifiers with a
 * dot make the name ambiguous).
 */
export function regInputQualifier(
  error: PostgresErrorFields,
  text: string,
  params: readonly string[] | undefined,
): RegInputQualifier | undefined {
  if (!fromInput(error, text, params !== undefined)) return undefined;
  const sent = [text, ...(params ?? [])];
  let name: string | undefined;
  for (const [code, pattern] of REG_INPUT_MISSING) {
    if (error.code !== code) continue;
    name = pattern.exec(error.message)?.[1];
    if (name !== undefined) break;
  }
  if (name === undefined || !name.includes('.')) return undefined;
  const dot = name.indexOf('.');
  const schema = name.slice(0, dot);
  if (SYSTEM_SCHEMAS.has(schema) && !name.includes('.', dot + 1)) return undefined;
  if (name.includes('.', dot + 1) || sent.some((text) => QUOTED_WITH_DOT.test(text) || SCHEMA_DDL.test(text)))
    return { ambiguous: true };
  return { schema };
}

/** The query that tells whether the schema (its one parameter) exists. */
export const SCHEMA_EXISTS = 'SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1';

/** 15's report: the schema is missing (3F000), at the place PGlite pointed to. */
export function pg15MissingSchema(error: PostgresErrorFields, schema: string): PostgresErrorFields {
  return { ...error, code: '3F000', message: `schema "${schema}" does not exist` };
}

/** The loud refusal where the catalog cannot be asked (a failed transaction) or the name is ambiguous. */
export function regInputRefusal(error: PostgresErrorFields): PostgresErrorFields {
  const { severity, position, where } = error;
  return {
    severity,
    code: '0A000',
    message: `a schema-qualified name in regclass (or another reg* type's) input that PGlite reports as "${error.message}": PostgreSQL 15 reports 3F000 instead when the schema does not exist, PostgreSQL 18 does not, and the fake cannot look the schema up here (a failed transaction, or a name whose dots are ambiguous), so it cannot answer as 15 does: run this test on the real server`,
    ...(position === undefined ? {} : { position }),
    ...(where === undefined ? {} : { where }),
  };
}
