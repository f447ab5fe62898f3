import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe("the fake's stand-ins for built-ins, as a catalog reader sees them", () => {
  it(
    'are the built-ins again in information_schema.routines, pg_get_functiondef, descriptions and prosrc',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const routines = await pool.query(
        `SELECT routine_name, routine_body, routine_definition, external_language, is_null_call
           FROM information_schema.routines
          WHERE specific_schema = 'pg_catalog' AND routine_name IN ('upper', 'date_trunc') ORDER BY routine_definition`,
      );
      // PostgreSQL 15.20's rows.
      expect(
        routines.rows.map(
          (row: { routine_name: string; routine_definition: string }) =>
            `${row.routine_name}|${row.routine_definition}`,
        ),
      ).toEqual([
        'date_trunc|interval_trunc',
        'upper|multirange_upper',
        'upper|range_upper',
        'date_trunc|timestamp_trunc',
        'date_trunc|timestamptz_trunc',
        'date_trunc|timestamptz_trunc_zone',
        'upper|upper',
      ]);
      for (const row of routines.rows) {
        expect(row).toMatchObject({
          routine_body: 'EXTERNAL',
          external_language: 'INTERNAL',
          is_null_call: 'YES',
        });
      }
      const hidden = await pool.query(
        `SELECT (SELECT count(*)::int FROM information_schema.routines WHERE routine_name LIKE 'pglite18%') AS routines,
                (SELECT count(*)::int FROM information_schema.parameters WHERE specific_name LIKE 'pglite18%') AS parameters,
                (SELECT count(*)::int FROM information_schema.routine_privileges WHERE routine_name LIKE 'pglite18%') AS privileges`,
      );
      expect(hidden.rows).toEqual([{ routines: 0, parameters: 0, privileges: 0 }]);
      const texts = await pool.query(
        `SELECT pg_get_functiondef('extract(text,interval)'::regprocedure) AS def,
                obj_description('sin(double precision)'::regprocedure, 'pg_proc') AS sine,
                (SELECT prosrc FROM pg_proc WHERE oid = 'pg_read_file(text,bigint,bigint,boolean)'::regprocedure) AS src`,
      );
      expect(texts.rows[0]).toMatchObject({
        def: expect.stringMatching(/^CREATE OR REPLACE FUNCTION pg_catalog\."extract"\(text, interval\)\n/),
        sine: 'sine',
        src: 'pg_read_file_v2',
      });
    },
    PGLITE_START_MS,
  );
});

describe('age() of one timestamp', () => {
  it(
    'is defined as 15 defines it: a SQL-standard body, STRICT, COST 1',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const { rows } = await pool.query(
        `SELECT prosrc, proisstrict, procost, prosqlbody IS NOT NULL AS standard
           FROM pg_proc WHERE oid = 'age(timestamp)'::regprocedure`,
      );
      expect(rows).toEqual([{ prosrc: '', proisstrict: true, procost: 1, standard: true }]);
      const def = await pool.query("SELECT pg_get_functiondef('age(timestamptz)'::regprocedure) AS d");
      expect(def.rows[0]?.d).toMatch(/STABLE PARALLEL SAFE STRICT COST 1\nRETURN age\(/);
      // Inlined, as 15's: no frame of its own in an error (15 prints none).
      const error = await pool.query("SELECT age('-infinity'::timestamp)").then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toMatchObject({ code: '22008', where: undefined });
    },
    PGLITE_START_MS,
  );
});
