import type { PostgresErrorFields } from '../postgres-engine.js';

/**
 * Errors of the contrib extensions PGlite installs (contrib-extensions.ts) that PostgreSQL 16-18
 * reworded or gave another SQLSTATE: each as a PostgreSQL 15 server's contrib package raises it, or
 * a loud refusal where 18's report does not say enough to know 15's. Undefined for any other error.
 */
export function pg15ContribError(error: PostgresErrorFields): PostgresErrorFields | undefined {
  return pg15HstoreError(error) ?? pg15TablefuncError(error) ?? pg15RefintError(error);
}

/**
 * An error raised while `CREATE EXTENSION` (or `ALTER EXTENSION UPDATE`) runs the extension's
 * script: 16 added a context frame naming the script's statement and its file and line; 15 gives
 * none for them. Frames inside the statement (a DO block's) stay, as 15 reports them.
 */
export function withoutExtensionScriptFrame(where: string | undefined): string | undefined {
  if (where === undefined) return undefined;
  const file = EXTENSION_SCRIPT_FRAME.exec(where);
  if (!file) return where;
  const statement = where.lastIndexOf('SQL statement "', file.index);
  const cut = statement === 0 || (statement > 0 && where[statement - 1] === '\n') ? statement : file.index;
  const kept = where.slice(0, cut).replace(/\n$/, '');
  return kept === '' ? undefined : kept;
}

const EXTENSION_SCRIPT_FRAME = /\n?extension script file "[^"\n]*", near line \d+$/;

// ---------------------------------------------------------------- hstore
// 15's hstore parser reported a malformed literal with elog(), so a client saw XX000 (internal
// error) and these texts; 16 made them syntax errors (42601) and reworded them.
const HSTORE_END_18 = 'syntax error in hstore: unexpected end of string';
const HSTORE_NEAR_18 = /^syntax error in hstore, near "(.*)" at position (\d+)$/s;

function pg15HstoreError(error: PostgresErrorFields): PostgresErrorFields | undefined {
  if (error.code !== '42601') return undefined;
  if (error.message === HSTORE_END_18)
    return { ...error, code: 'XX000', message: 'Unexpected end of string' };
  const near = HSTORE_NEAR_18.exec(error.message);
  return near
    ? { ...error, code: 'XX000', message: `Syntax error near "${near[1]}" at position ${near[2]}` }
    : undefined;
}

// ---------------------------------------------------------------- tablefunc
// 18 rewrote tablefunc's checks of crosstab's and connectby's queries and declared row types: new
// messages, details and SQLSTATEs. Each is put back as 15's tablefunc reports the same failure; the
// one 18's report cannot tell 15's answer for is refused loudly.

/** One rewrite: 18's (message, detail) pattern to 15's report of the same failure. */
interface TablefuncRewrite {
  readonly message: string;
  readonly detail?: RegExp;
  readonly to: (match: RegExpExecArray) => Pick<PostgresErrorFields, 'code' | 'message' | 'detail'>;
}

const CROSSTAB_RETURN = 'invalid crosstab return type';
const CONNECTBY_RETURN = 'invalid connectby return type';
const CROSSTAB_SOURCE = 'invalid crosstab source data query';
const CROSSTAB_CATEGORIES = 'invalid crosstab categories query';
const CATEGORIES_15 = 'provided "categories" SQL must return 1 column of at least one row';

const TABLEFUNC_REWRITES: readonly TablefuncRewrite[] = [
  {
    message: CROSSTAB_SOURCE,
    detail: /^The query must return 3 columns: row_name, category, and value\.$/,
    to: () => ({
      code: '22023',
      message: 'invalid source data SQL statement',
      detail: 'The provided SQL must return 3 columns: rowid, category, and values.',
    }),
  },
  {
    // crosstab(text, text) (crosstab_hash): 15's detail has the typo of its source (two spaces, ';').
    message: CROSSTAB_SOURCE,
    detail: /^The query must return at least 3 columns: row_name, category, and value\.$/,
    to: () => ({
      code: '22023',
      message: 'invalid source data SQL statement',
      detail: 'The provided SQL must return 3  columns; rowid, category, and values.',
    }),
  },
  {
    message: CROSSTAB_RETURN,
    detail: /^Source row_name datatype .* does not match return row_name datatype .*\.$/s,
    to: () => ({
      code: '42804',
      message: 'invalid return type',
      detail: 'SQL rowid datatype does not match return rowid datatype.',
    }),
  },
  {
    // 15 found the value columns incompatible without saying which.
    message: CROSSTAB_RETURN,
    detail:
      /^(?:Source value datatype .* does not match return value datatype .* in column \d+|Return row must have at least two columns)\.$/s,
    to: () => ({ code: '42601', message: 'return and sql tuple descriptions are incompatible' }),
  },
  {
    message: CROSSTAB_RETURN,
    detail: /^Return row must have (\d+) columns, not (\d+)\.$/,
    to: ([, expected, actual]) => ({
      code: '42601',
      message: 'invalid return type',
      detail: `Query-specified return tuple has ${actual} columns but crosstab returns ${expected}.`,
    }),
  },
  {
    message: CROSSTAB_CATEGORIES,
    detail: /^The query must return one column\.$/,
    to: () => ({ code: '42601', message: CATEGORIES_15 }),
  },
  {
    message: 'crosstab categories query must return at least one row',
    to: () => ({ code: '42601', message: CATEGORIES_15 }),
  },
  {
    message: 'crosstab category value must not be null',
    to: () => ({ code: '42601', message: 'provided "categories" SQL must not return NULL values' }),
  },
  {
    message: CONNECTBY_RETURN,
    detail: /^Return row must have \d+ columns, not \d+\.$/,
    to: () => ({
      code: '42804',
      message: 'invalid return type',
      detail: 'Query-specified return tuple has wrong number of columns.',
    }),
  },
  {
    message: CONNECTBY_RETURN,
    detail: /^(Third|Fourth) return column \((?:depth|branch)\) must be type (.*)\.$/s,
    to: ([, which, type]) => ({
      code: '42804',
      message: 'invalid return type',
      detail: `${which} column must be type ${type}.`,
    }),
  },
  {
    // 15 raised this one with elog(): the text is its message, with no detail.
    message: CONNECTBY_RETURN,
    detail: /^(Fourth|Fifth) return column \(serial\) must be type (.*)\.$/s,
    to: ([, which, type]) => ({
      code: '42804',
      message: `query-specified return tuple not valid for Connectby: ${which?.toLowerCase()} column must be type ${type}`,
    }),
  },
  {
    // 15 named the two types the other way round (the declared one first), as its source did.
    message: CONNECTBY_RETURN,
    detail: /^Source key type (.*) does not match return key type (.*)\.$/s,
    to: ([, source, declared]) => ({
      code: '42804',
      message: 'invalid return type',
      detail: `SQL key field type ${declared} does not match return key field type ${source}.`,
    }),
  },
];

/**
 * 18's other tablefunc reports (a parent key's type, which 15 checked as "the first two columns
 * must be the same type" before reading the table, so 18's report cannot tell which 15 gives).
 */
const TABLEFUNC_18_MESSAGES = new Set([
  CROSSTAB_RETURN,
  CONNECTBY_RETURN,
  CROSSTAB_SOURCE,
  CROSSTAB_CATEGORIES,
  'invalid connectby source data query',
]);

function pg15TablefuncError(error: PostgresErrorFields): PostgresErrorFields | undefined {
  for (const rewrite of TABLEFUNC_REWRITES) {
    if (error.message !== rewrite.message) continue;
    const match = rewrite.detail ? rewrite.detail.exec(error.detail ?? '') : /^/.exec('');
    if (!match) continue;
    const { detail: _detail, ...rest } = error;
    return { ...rest, ...rewrite.to(match) };
  }
  if (!TABLEFUNC_18_MESSAGES.has(error.message)) return undefined;
  return {
    severity: error.severity,
    code: '0A000',
    message: `tablefunc: ${error.message} (${error.detail ?? 'no detail'}): PostgreSQL 15's tablefunc checks this otherwise and PGlite's report does not tell how 15 answers, so the fake refuses it: run this test on the real server`,
  };
}

// ---------------------------------------------------------------- refint
// 18's refint insists its triggers fire AFTER the row change; 15's ran check_primary_key and
// check_foreign_key from BEFORE triggers too (its documentation's own example). Not an error 15
// raises, and not one the fake can run as 15 does: refused loudly.
const REFINT_AFTER_ONLY = /^(check_primary_key|check_foreign_key): must be fired by AFTER trigger$/;

function pg15RefintError(error: PostgresErrorFields): PostgresErrorFields | undefined {
  const name = REFINT_AFTER_ONLY.exec(error.message)?.[1];
  return name === undefined
    ? undefined
    : {
        severity: error.severity,
        code: '0A000',
        message: `refint's ${name}() in a BEFORE trigger: PostgreSQL 15 runs it there, PGlite (PostgreSQL 18) requires an AFTER trigger, so the fake refuses it: run this test on the real server`,
      };
}
