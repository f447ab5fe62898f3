import type { SqlToken } from '../sql-tokens.js';

/**
 * `CONSTRAINT c1 CONSTRAINT c2 NOT NULL`: 15's grammar names a constraint once (ColConstraint and
 * TableConstraint are `CONSTRAINT name` then the constraint itself), so a second CONSTRAINT right
 * after the name is a syntax error there; PGlite (PostgreSQL 18) takes it and makes the column.
 * Returns the second CONSTRAINT, where 15 reports the error; undefined when there is none.
 */
export function repeatedConstraintName(tokens: readonly SqlToken[]): SqlToken | undefined {
  return tokens.find(
    (token, index) =>
      index >= 2 &&
      isConstraint(token) &&
      isConstraint(tokens[index - 2]) &&
      (tokens[index - 1]?.kind === 'word' || tokens[index - 1]?.kind === 'quoted'),
  );
}

const isConstraint = (token: SqlToken | undefined): boolean =>
  token?.kind === 'word' && token.value === 'constraint';
