import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

// Each row below is PostgreSQL 15's (checked against a 15 server); PGlite (18) has newer ones.
describe('aggregate and set-returning function catalog rows as PostgreSQL 15', () => {
  it(
    'lists array_agg and string_agg without parallel support, sum(interval) over interval_pl',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const { rows } = await pool.query(
        `SELECT aggfnoid::regprocedure::text AS f, aggtransfn::text AS t, aggfinalfn::text AS fin,
            aggcombinefn::text AS c, aggserialfn::text AS s, aggdeserialfn::text AS d,
            aggmtransfn::text AS m, aggminvtransfn::text AS mi, aggtranstype::regtype::text AS tt,
            aggtransspace AS space
          FROM pg_aggregate
          WHERE aggfnoid IN (SELECT oid FROM pg_proc WHERE proname IN ('array_agg', 'string_agg'))
            OR aggfnoid = 'sum(interval)'::regprocedure
          ORDER BY 1`,
      );
      const none = { fin: '-', c: '-', s: '-', d: '-', m: '-', mi: '-', tt: 'internal', space: 0 };
      expect(rows).toEqual([
        { f: 'array_agg(anyarray)', t: 'array_agg_array_transfn', ...none, fin: 'array_agg_array_finalfn' },
        { f: 'array_agg(anynonarray)', t: 'array_agg_transfn', ...none, fin: 'array_agg_finalfn' },
        {
          f: 'string_agg(bytea,bytea)',
          t: 'bytea_string_agg_transfn',
          ...none,
          fin: 'bytea_string_agg_finalfn',
        },
        { f: 'string_agg(text,text)', t: 'string_agg_transfn', ...none, fin: 'string_agg_finalfn' },
        {
          f: 'sum(interval)',
          t: 'interval_pl',
          fin: '-',
          c: 'interval_pl',
          s: '-',
          d: '-',
          m: 'interval_pl',
          mi: 'interval_mi',
          tt: 'interval',
          space: 0,
        },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    'still sums intervals, over a moving frame too, and aggregates arrays and text',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const sums = await pool.query(
        `SELECT i, sum(x) OVER (ORDER BY i ROWS 1 PRECEDING)::text AS moving, sum(x) OVER ()::text AS total
          FROM (VALUES (1, interval '1 day'), (2, interval '3 hours'), (3, NULL), (4, interval '1 month')) v(i, x)
          ORDER BY i`,
      );
      expect(sums.rows).toEqual([
        { i: 1, moving: '1 day', total: '1 mon 1 day 03:00:00' },
        { i: 2, moving: '1 day 03:00:00', total: '1 mon 1 day 03:00:00' },
        { i: 3, moving: '03:00:00', total: '1 mon 1 day 03:00:00' },
        { i: 4, moving: '1 mon', total: '1 mon 1 day 03:00:00' },
      ]);
      const empty = await pool.query("SELECT sum(x) AS s FROM (VALUES (interval '1 day')) v(x) WHERE false");
      expect(empty.rows).toEqual([{ s: null }]);
      const aggs = await pool.query(
        "SELECT array_agg(x ORDER BY x) AS a, string_agg(x::text, ',' ORDER BY x) AS s FROM (VALUES (2), (1)) v(x)",
      );
      expect(aggs.rows).toEqual([{ a: [1, 2], s: '1,2' }]);
    },
    PGLITE_START_MS,
  );

  it(
    'reads pg_aggregate and pg_proc without the aggregates and support functions 16-18 added',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const kinds = await pool.query(
        'SELECT aggkind, count(*) AS n FROM pg_aggregate GROUP BY aggkind ORDER BY 1',
      );
      expect(kinds.rows).toEqual([
        { aggkind: 'h', n: '4' },
        { aggkind: 'n', n: '137' },
        { aggkind: 'o', n: '7' },
      ]);
      const support = await pool.query(
        "SELECT count(*) AS n FROM pg_catalog.pg_proc WHERE proname LIKE '%agg_unique%' OR proname LIKE '%agg_strict%' OR proname LIKE 'window\\_%\\_support'",
      );
      expect(support.rows).toEqual([{ n: '3' }]);
      await expect(pool.query('SELECT array_agg_serialize(1)')).rejects.toMatchObject({
        code: '42883',
      });
    },
    PGLITE_START_MS,
  );

  it(
    'gives ntile, cume_dist, percent_rank and generate_series no planner support function, as 15',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const { rows } = await pool.query(
        `SELECT oid::regprocedure::text AS f, prosupport::text AS s FROM pg_proc
          WHERE proname IN ('ntile', 'cume_dist', 'percent_rank', 'generate_series') AND prokind <> 'a'
          ORDER BY 1`,
      );
      expect(rows.filter((row) => row.s !== '-')).toEqual([
        { f: 'generate_series(bigint,bigint)', s: 'generate_series_int8_support' },
        { f: 'generate_series(bigint,bigint,bigint)', s: 'generate_series_int8_support' },
        { f: 'generate_series(integer,integer)', s: 'generate_series_int4_support' },
        { f: 'generate_series(integer,integer,integer)', s: 'generate_series_int4_support' },
      ]);
    },
    PGLITE_START_MS,
  );
});
