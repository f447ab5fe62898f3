import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15JsonpathError } from './pg15-dialect.js';
import { pg15RefusedParam } from './pglite-engine.js';

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
