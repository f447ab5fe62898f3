import { describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgresEngine } from '../create-fake-postgres.js';
import { statementCount } from './protocol-session.js';

const SCHEMA = [{ name: 'notes', sql: 'CREATE TABLE notes (id int PRIMARY KEY)' }];
const PGLITE_START_MS = 60_000;

describe('statementCount', () => {
  it('splits at semicolons outside parentheses and strings, without empty statements', () => {
    expect(statementCount('SELECT 1')).toBe(1);
    expect(statementCount('SELECT 1;')).toBe(1);
    expect(statementCount(';; SELECT 1 ; ;')).toBe(1);
    expect(statementCount("SELECT ';' AS a, $$;$$ AS b -- ;\n")).toBe(1);
    expect(statementCount('SELECT 1; SELECT 2')).toBe(2);
    expect(statementCount('')).toBe(0);
    expect(statementCount('CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2; END')).toBe(1);
  });
});

// PostgreSQL's parser refuses several statements in one Parse before any runs: nothing is written.
describe.each<FakePostgresEngine>(['pg-mem', 'pglite'])(
  'several statements with parameters on %s',
  (engine) => {
    it(
      'fail with 42601 and run none of them',
      async () => {
        const db = await createFakePostgres({ engine, migrations: SCHEMA });
        try {
          await expect(
            db.pool.query('INSERT INTO notes VALUES (1); INSERT INTO notes VALUES ($1)', [2]),
          ).rejects.toMatchObject({
            code: '42601',
            message: 'cannot insert multiple commands into a prepared statement',
          });
          const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM notes');
          expect(rows).toEqual([{ n: 0 }]);
          expect((await db.pool.query('SELECT $1::int AS v;', [3])).rows).toEqual([{ v: 3 }]);
        } finally {
          await db.close();
        }
      },
      PGLITE_START_MS,
    );
  },
);
