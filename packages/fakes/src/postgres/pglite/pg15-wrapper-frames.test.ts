import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { asPg15Error } from './pg15-errors.js';
import { isWrapperFrame } from './pg15-wrapper-frames.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('isWrapperFrame', () => {
  it("takes the frames of the fake's stand-ins for built-ins", () => {
    expect(isWrapperFrame('SQL function "to_date" statement 1')).toBe(true);
    expect(isWrapperFrame('SQL function "textregexeq" statement 1')).toBe(true);
    expect(isWrapperFrame('SQL function "jsonb_path_query" during inlining')).toBe(true);
    expect(isWrapperFrame('PL/pgSQL function power(numeric,numeric) line 10 at RETURN')).toBe(true);
    expect(
      isWrapperFrame(
        'PL/pgSQL function timestamp_mi(timestamp without time zone,timestamp without time zone) line 3 at RETURN',
      ),
    ).toBe(true);
  });

  it("leaves an application's own functions' frames, and a PL/pgSQL one of another signature", () => {
    expect(isWrapperFrame('SQL function "add_order" statement 1')).toBe(false);
    expect(isWrapperFrame('PL/pgSQL function check_total() line 4 at RAISE')).toBe(false);
    expect(isWrapperFrame('PL/pgSQL function power(integer) line 2 at RETURN')).toBe(false);
    expect(isWrapperFrame("unnamed portal parameter $1 = '...'")).toBe(false);
    // 15's substring(text,text,text) (SIMILAR) is a SQL function of its own: its frame is 15's too.
    expect(isWrapperFrame('SQL function "substring" statement 1')).toBe(false);
  });

  it("takes a stand-in's frame whose name is a keyword, quoted", () => {
    expect(isWrapperFrame('PL/pgSQL function "extract"(text,interval) line 4 at RAISE')).toBe(true);
    expect(isWrapperFrame('PL/pgSQL function date_part(text,interval) line 4 at RAISE')).toBe(true);
    expect(isWrapperFrame('PL/pgSQL function "extract"(integer) line 4 at RAISE')).toBe(false);
  });
});

describe("asPg15Error: a SQL function's frame", () => {
  const failing = (code: string, where: string) =>
    asPg15Error({ severity: 'ERROR', code, message: 'failed', where }).where;

  it('says "during startup" for what 15 raised while parsing the body before running it', () => {
    expect(failing('42P13', 'SQL function "rs" statement 1')).toBe('SQL function "rs" during startup');
    expect(failing('0A000', 'SQL function "bad" statement 1')).toBe('SQL function "bad" during startup');
  });

  it("keeps the statement number of what the executor raised, and an outer function's frame", () => {
    expect(failing('22012', 'SQL function "f" statement 2')).toBe('SQL function "f" statement 2');
    expect(failing('42501', 'SQL function "f" statement 1')).toBe('SQL function "f" statement 1');
    expect(failing('42703', 'PL/pgSQL function g() line 2 at RETURN\nSQL function "f" statement 1')).toBe(
      'PL/pgSQL function g() line 2 at RETURN\nSQL function "f" statement 1',
    );
  });
});

describe('asPg15Error: hints and positions as 15 gives them', () => {
  it("gives the datestyle hint in 15's spelling, whatever else is rewritten", () => {
    const error = asPg15Error({
      severity: 'ERROR',
      code: '22008',
      message: 'date/time field value out of range: "2024-13-01"',
      hint: 'Perhaps you need a different "DateStyle" setting.',
    });
    expect(error.hint).toBe('Perhaps you need a different "datestyle" setting.');
    const prepared = asPg15Error({
      severity: 'ERROR',
      code: '55000',
      message: 'prepared transactions are disabled',
      hint: 'Set "max_prepared_transactions" to a nonzero value.',
    });
    expect(prepared.hint).toBe('Set max_prepared_transactions to a nonzero value.');
    const size = asPg15Error({
      severity: 'ERROR',
      code: '22023',
      message: 'invalid size: "12 parsecs"',
      hint: 'Valid units are "bytes", "B", "kB", "MB", "GB", "TB", and "PB".',
    });
    expect(size.hint).toBe('Valid units are "bytes", "kB", "MB", "GB", "TB", and "PB".');
  });

  it("names a PL/pgSQL expression's frame as 15 does", () => {
    const error = asPg15Error({
      severity: 'ERROR',
      code: '22012',
      message: 'division by zero',
      where:
        'SQL function "h" during inlining\nPL/pgSQL expression "h(0)"\nPL/pgSQL function g() line 2 at RETURN',
    });
    expect(error.where).toBe(
      'SQL function "h" during inlining\nSQL expression "h(0)"\nPL/pgSQL function g() line 2 at RETURN',
    );
  });

  it('reports WITH TIES without ORDER BY with no position, as 15 does', () => {
    const error = asPg15Error({
      severity: 'ERROR',
      code: '42601',
      message: 'WITH TIES cannot be specified without ORDER BY clause',
      position: '55',
    });
    expect(error).toEqual({
      severity: 'ERROR',
      code: '42601',
      message: 'WITH TIES cannot be specified without ORDER BY clause',
    });
  });
});

describe('the PGlite engine: errors of built-ins the fake stands in for', () => {
  it(
    'reports them with no context, as 15 raises them from C',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      for (const sql of [
        "SELECT to_date('2024-02-31', 'YYYY-MM-DD')",
        "SELECT 'a' ~ '('",
        'SELECT power(0::numeric, -1)',
        `SELECT jsonb_path_query('{"a":1}', 'strict $.b')`,
      ]) {
        const error: unknown = await pool.query(sql).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, sql).toMatchObject({ code: expect.any(String) });
        expect((error as { where?: string }).where, sql).toBeUndefined();
      }
      const error: unknown = await pool
        .query(
          "CREATE FUNCTION f() RETURNS date LANGUAGE plpgsql AS $$ BEGIN RETURN to_date('2024-02-31', 'YYYY-MM-DD'); END $$; SELECT f()",
        )
        .then(
          () => undefined,
          (caught: unknown) => caught,
        );
      expect((error as { where?: string }).where).toBe('PL/pgSQL function f() line 1 at RETURN');
      // A parameter 15 refuses and 16+ reads (hex, underscores) is shown as 15 shows any: '...'.
      for (const [value, shown] of [
        ['0x10', "'...'"],
        ['1_000', "'...'"],
      ]) {
        await expect(pool.query('SELECT $1::int AS v', [value])).rejects.toMatchObject({
          code: '22P02',
          where: `unnamed portal parameter $1 = ${shown}`,
        });
      }
      // A stand-in's statement goes with its frame; a position inside a rewritten body is the
      // body's own; a parameter too deep for PGlite fails with the parameter's context, as on 15.
      await expect(pool.query("SELECT to_regclass('bad name(')")).rejects.toSatisfy(
        (caught: { where?: string }) => caught.where === undefined,
      );
      const body =
        'CREATE FUNCTION isj(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN t IS JSON; END $$';
      await expect(pool.query(body)).rejects.toMatchObject({
        code: '42601',
        position: String(body.indexOf('JSON') + 1),
      });
      const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
      await expect(pool.query('SELECT $1::jsonb AS v', [deep])).rejects.toMatchObject({
        code: '54001',
        where: "unnamed portal parameter $1 = '...'",
      });
      // A query a function ran reaches the client with its own text and position, as 15 sends them.
      await pool.query('CREATE TABLE users (id int)');
      await expect(pool.query('DO $$ BEGIN PERFORM nope FROM users; END $$')).rejects.toMatchObject({
        code: '42703',
        internalQuery: 'SELECT nope FROM users',
        internalPosition: '8',
        where: 'PL/pgSQL function inline_code_block line 1 at PERFORM',
      });
    },
    PGLITE_START_MS,
  );
});
