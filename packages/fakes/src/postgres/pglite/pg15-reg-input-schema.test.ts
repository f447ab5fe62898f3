import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { regInputQualifier } from './pg15-reg-input-schema.js';

const PGLITE_START_MS = 60_000;

const error = (code: string, message: string, position?: string) => ({
  severity: 'ERROR',
  code,
  message,
  ...(position === undefined ? {} : { position }),
});

describe('regInputQualifier: a reg* input report PostgreSQL 15 gave as a missing schema', () => {
  it.each([
    ['42P01', 'relation "nos.t" does not exist', "SELECT 'nos.t'::regclass"],
    ['42883', 'function "nos.f" does not exist', "SELECT 'nos.f'::regproc"],
    ['42883', 'function "nos.f(int)" does not exist', "SELECT 'nos.f(int)'::regprocedure"],
    ['42883', 'operator does not exist: nos.+', "SELECT 'nos.+'::regoper"],
    ['42704', 'collation "nos.c" for encoding "UTF8" does not exist', "SELECT 'nos.c'::regcollation"],
    ['42704', 'text search configuration "nos.c" does not exist', "SELECT 'nos.c'::regconfig"],
    ['42704', 'text search dictionary "nos.c" does not exist', "SELECT 'nos.c'::regdictionary"],
  ])('finds the schema of %s %s', (code, message, text) => {
    expect(regInputQualifier(error(code, message, '8'), text, undefined)).toEqual({ schema: 'nos' });
  });

  it('takes a report without a position for a parameter', () => {
    expect(
      regInputQualifier(error('42P01', 'relation "nos.s" does not exist'), 'SELECT nextval($1)', ['nos.s']),
    ).toEqual({
      schema: 'nos',
    });
  });

  it.each([
    // A table in FROM or DDL: 15 and 18 both say 42P01, pointing at the name.
    ['relation "nos.t" does not exist', 'SELECT * FROM nos.t', '15', undefined],
    ['relation "nos.t" does not exist', 'DROP TABLE nos.t', undefined, undefined],
    // Unqualified, or in a schema every database has.
    ['relation "t" does not exist', "SELECT 't'::regclass", '8', undefined],
    ['relation "pg_catalog.nope" does not exist', "SELECT 'pg_catalog.nope'::regclass", '8', undefined],
    // The usual operator-resolution error is no reg* input's.
    ['operator does not exist: integer + text', "SELECT 1 + 'a'::text", '10', undefined],
  ])('leaves %s (%s) alone', (message, text, position, params) => {
    const code = message.startsWith('operator') ? '42883' : '42P01';
    expect(regInputQualifier(error(code, message, position), text, params)).toBeUndefined();
  });

  it.each([
    ['relation "No.s.t" does not exist', `SELECT '"No.s".t'::regclass`],
    ['relation "a.b" does not exist', `SELECT '"a.b"'::regclass`],
    ['relation "nos.t" does not exist', `CREATE SCHEMA nos; SELECT 'nos.t'::regclass`],
  ])('calls %s ambiguous in %s', (message, text) => {
    expect(
      regInputQualifier(error('42P01', message, String(text.indexOf("'") + 1)), text, undefined),
    ).toEqual({
      ambiguous: true,
    });
  });
});

// Each answer below is PostgreSQL 15's (checked against a 15 server).
describe('PgliteEngine and reg* input naming a missing schema, as PostgreSQL 15', () => {
  it(
    'reports the schema (3F000) where it is missing and the object (42P01) where it is not',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await expect(pool.query("SELECT 'nos.t'::regclass")).rejects.toMatchObject({
        code: '3F000',
        message: 'schema "nos" does not exist',
        position: '8',
      });
      await expect(pool.query('SELECT nextval($1)', ['nos.s'])).rejects.toMatchObject({ code: '3F000' });
      await expect(pool.query("SELECT 'nos.f'::regproc")).rejects.toMatchObject({ code: '3F000' });
      await expect(pool.query("SELECT 'public.nope'::regclass")).rejects.toMatchObject({ code: '42P01' });
      await expect(pool.query('SELECT * FROM nos.t')).rejects.toMatchObject({ code: '42P01' });
      // The look-up leaves the session as the failed statement left it: idle.
      await expect(pool.query('SELECT 1 AS one')).resolves.toMatchObject({ rows: [{ one: 1 }] });
      // Inside a failed transaction nothing can be looked up: refused loudly.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await expect(client.query("SELECT 'nos.t'::regclass")).rejects.toMatchObject({ code: '0A000' });
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
