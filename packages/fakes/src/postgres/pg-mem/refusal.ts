import { FakePostgresError } from '../fake-postgres-error.js';
import type { PostgresErrorFields } from '../postgres-engine.js';

/** The report fields beyond SQLSTATE and message: `detail`, `table`, `constraint`, ... */
export type ErrorDetails = Omit<PostgresErrorFields, 'severity' | 'code' | 'message'>;

/**
 * The pg-mem engine's loud "no": SQLSTATE 0A000 naming what it cannot run the way PostgreSQL does,
 * and where to run it instead. Everything the engine is not sure to answer as PostgreSQL does ends
 * here, rather than in an answer that differs without a word.
 */
export function refuse(construct: string): FakePostgresError {
  return new FakePostgresError(
    '0A000',
    `pg-mem engine: ${construct} is not supported (pg-mem would not answer it as PostgreSQL does). ` +
      "Run this test on the PGlite engine: createFakePostgres({ engine: 'pglite' }).",
  );
}

/** A PostgreSQL error the engine raises itself, with PostgreSQL's SQLSTATE, message and fields. */
export function pgError(code: string, message: string, fields: ErrorDetails = {}): FakePostgresError {
  const hint = fields.hint ?? fixedHint(code, message);
  return new FakePostgresError(code, message, { fields: hint === undefined ? fields : { ...fields, hint } });
}

// An operator name is made of these characters only; a type name never starts with one.
const OPERATOR = /^[+\-*/<>=~!@#%^&|`?]+ /;

/**
 * The hint PostgreSQL 15 always attaches to an error of that form (parse_func.c, parse_oper.c), so
 * every call site that raises it carries it. A prefix operator (`operator does not exist: - text`)
 * has one argument type, and 15's hint then says so in the singular.
 */
export function fixedHint(code: string, message: string): string | undefined {
  if (code === '42883') {
    const operator = /^operator does not exist: (.+)$/.exec(message)?.[1];
    if (operator !== undefined)
      return OPERATOR.test(operator)
        ? 'No operator matches the given name and argument type. You might need to add an explicit type cast.'
        : 'No operator matches the given name and argument types. You might need to add explicit type casts.';
    if (/^function [^\s(]+\(.*\) does not exist$/.test(message))
      return 'No function matches the given name and argument types. You might need to add explicit type casts.';
  }
  if (code === '42725') {
    if (message.startsWith('operator is not unique: '))
      return 'Could not choose a best candidate operator. You might need to add explicit type casts.';
    if (/^function [^\s(]+\(.*\) is not unique$/.test(message))
      return 'Could not choose a best candidate function. You might need to add explicit type casts.';
  }
  return undefined;
}
