import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15JsonpathError } from './pg15-dialect.js';
import { pg15RefusedNumber, pg15RefusedParam } from './pglite-engine.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;
const JSONPATH = 4072;

describe('jsonpath text in 16-17 syntax, as a parameter', () => {
  it("is 15's syntax error, whatever the strings inside it say", () => {
    expect(pg15JsonpathError('$.a.integer()')).toEqual({
      code: '42601',
      message: 'syntax error at or near "(" of jsonpath input',
    });
    expect(pg15JsonpathError('$[0x0]')).toEqual({
      code: '42601',
      message: 'syntax error at end of jsonpath input',
    });
    expect(pg15JsonpathError('$ ? (@ == ".integer()")')).toBeUndefined();
    expect(pg15RefusedParam('$ ? (@ > 1_000)', JSONPATH)).toMatchObject({ code: '42601' });
    expect(pg15RefusedParam('$.a[*] ? (@ > 10)', JSONPATH)).toBeUndefined();
    expect(pg15RefusedParam('$.a.integer()', 25)).toBeUndefined();
  });

  it(
    'fails as on 15 when bound to a jsonpath, and reads 15 syntax as before',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(pool.query('SELECT $1::jsonpath', ['$.a.integer()'])).rejects.toMatchObject({
        code: '42601',
      });
      await expect(pool.query(`SELECT jsonb_path_exists('[1]', $1)`, ['$[0x0]'])).rejects.toMatchObject({
        code: '42601',
      });
      const { rows } = await pool.query(`SELECT jsonb_path_query_array('[5, 20]', $1) AS v`, [
        '$[*] ? (@ > 10)',
      ]);
      expect(rows).toEqual([{ v: [20] }]);
    },
    PGLITE_START_MS,
  );
});

describe('an array parameter that is no array literal', () => {
  it('is left to the server, which calls it malformed before reading an element, as 15 does', () => {
    expect(pg15RefusedNumber('0x1', 1007)).toBeUndefined();
    expect(pg15RefusedNumber('{0x1}', 1007)).toEqual({ type: 'integer', text: '0x1' });
  });

  it(
    'fails with 15 malformed array literal error and its detail',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(pool.query('SELECT $1::int4[]', ['0x1'])).rejects.toMatchObject({
        code: '22P02',
        message: 'malformed array literal: "0x1"',
      });
    },
    PGLITE_START_MS,
  );
});
