import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = 'CREATE TABLE t (id int, v varchar(3), n numeric(4, 2), s smallint, g int)';

interface Failure {
  readonly code?: string;
  readonly position?: string;
  readonly hint?: string;
}

async function failure(sql: string): Promise<Failure> {
  const { pool } = await createFakePostgres({
    engine: 'pg-mem',
    migrations: [{ name: 'schema', sql: SCHEMA }],
  });
  return pool.query(sql).then(
    () => ({}),
    (error: unknown) => error as Failure,
  );
}

describe("pg-mem engine: an error's position is PostgreSQL 15's, in characters of the statement", () => {
  it.each([
    ["SELECT 'abc'::int AS v", '22P02', '8'],
    // Characters, not UTF-16 units or bytes: the emoji before the literal count once each.
    ["SELECT '😀😀', E'x'::int", '22P02', '14'],
    ["SELECT 'é'\n , 'z'::date", '22007', '15'],
    ["SELECT timestamp '2024-02-30 00:00'", '22008', '18'],
    ["INSERT INTO t (s) VALUES ('40000')", '22003', '27'],
    ["UPDATE t SET id = 'q'", '22P02', '19'],
    // Relative to the whole simple-protocol text, as PostgreSQL reports it.
    ["SELECT 1; SELECT 'x'::int", '22P02', '18'],
    ['SELECT id FROM t ORDER BY -(1)', '42P10', '27'],
    ['SELECT id FROM t ORDER BY (1.5)', '42601', '28'],
    ['SELECT g FROM t GROUP BY 3', '42P10', '26'],
    ['SELECT DISTINCT g FROM t ORDER BY id', '42P10', '35'],
    ['SELECT id FROM t UNION SELECT g FROM t ORDER BY t.id', '42P01', '49'],
    ["SELECT 'é', nope FROM t", '42703', '13'],
    ['SELECT x.id FROM t', '42P01', '8'],
    ['SELECT * FROM t JOIN nosuch n ON true', '42P01', '22'],
    ['SELECT 1 + avg(v::text) FROM t', '42883', '12'],
    // An operator's error points at the operator, past a closing parenthesis.
    ["SELECT 1 + ('a'::text + 1)", '42883', '23'],
    ["SELECT 'é' || 1, v = 5 FROM t", '42883', '20'],
    ["SELECT '1' + '2' AS v", '42725', '12'],
    ["SELECT ('{\"a\": 1}') -> 'a' AS v", '42725', '21'],
    ["SELECT 'é', '[1]' -> 0 AS v", '42725', '19'],
    // A placeholder with no value: at its only use.
    ["SELECT 'é', $2 , $1", '42P02', '13'],
  ])('%s: %s at %s', async (sql, code, position) => {
    expect(await failure(sql)).toMatchObject({ code, position });
  });

  it.each([
    // A modifier's check runs at assignment, outside parse analysis: PostgreSQL gives no position.
    "INSERT INTO t (v) VALUES ('abcd')",
    "INSERT INTO t (n) VALUES ('123.5')",
    // Used twice: which use PostgreSQL's analysis meets first is not sure, so no position is given.
    'SELECT $1::int + $1',
    // A comment between the operand and the operator: no token is sure to be the operator's.
    'SELECT v /* c */ = 5 FROM t',
  ])("leaves it out where it is not sure to be 15's: %s", async (sql) => {
    const error = await failure(sql);
    expect(error.code).toMatch(/^(22|42)/);
    expect(error.position).toBeUndefined();
  });
});

describe('pg-mem engine: the hints PostgreSQL 15 always gives with an error', () => {
  it.each([
    [
      "SELECT 'a'::text + 1",
      'No operator matches the given name and argument types. You might need to add explicit type casts.',
    ],
    [
      "SELECT '1' + '2'",
      'Could not choose a best candidate operator. You might need to add explicit type casts.',
    ],
    [
      'SELECT avg(v::text) FROM t',
      'No function matches the given name and argument types. You might need to add explicit type casts.',
    ],
    ["SET statement_timeout = '2147483648'", 'Value exceeds integer range.'],
    ["SET lock_timeout = '2147484s'", 'Value exceeds integer range.'],
  ])('%s: %s', async (sql, hint) => {
    expect(await failure(sql)).toMatchObject({ hint });
  });

  it('gives no hint for a timeout in range that the parameter refuses', async () => {
    const error = await failure("SET statement_timeout = '-5'");
    expect(error.code).toBe('22023');
    expect(error.hint).toBeUndefined();
  });
});
