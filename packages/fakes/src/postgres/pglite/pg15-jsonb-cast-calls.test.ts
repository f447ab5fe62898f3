import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { PG15_REPLACED_SIGNATURES } from './pg15-catalog.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const FUNCTIONS = ['int2', 'int4', 'int8', 'numeric', 'float4', 'float8', 'bool'];

describe('the cast functions from jsonb called by name', () => {
  it('are stand-ins whose SQL frames are dropped from errors, as 15 runs them in C', () => {
    for (const name of FUNCTIONS) expect(PG15_REPLACED_SIGNATURES).toContain(`${name}(jsonb)`);
  });

  it(
    "raise 15's 22023 for a jsonb null, with no frame, and read every other jsonb as before",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      for (const name of FUNCTIONS) {
        const error = await pool.query(`SELECT pg_catalog.${name}('null'::jsonb)`).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toMatchObject({
          code: '22023',
          message: expect.stringMatching(/^cannot cast jsonb null to type /),
          where: undefined,
        });
        await expect(pool.query(`SELECT pg_catalog.${name}($1::jsonb)`, ['null'])).rejects.toMatchObject({
          code: '22023',
        });
      }
      const { rows } = await pool.query(
        `SELECT int4('5'::jsonb) AS i, pg_catalog.numeric('-0'::jsonb) AS n, bool('true'::jsonb) AS b, float8(NULL::jsonb) AS absent`,
      );
      expect(rows).toEqual([{ i: 5, n: '0', b: true, absent: null }]);
      const casts = await pool.query(
        `SELECT castfunc::regprocedure::text AS f FROM pg_cast
          WHERE castsource = 'jsonb'::regtype AND casttarget = 'int4'::regtype`,
      );
      expect(casts.rows).toEqual([{ f: 'int4(jsonb)' }]);
    },
    PGLITE_START_MS,
  );
});
