import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const SCHEMA = [
  {
    name: 'plans',
    sql: `CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, n int);
      CREATE INDEX a_k ON a (k);
      CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a, w int NOT NULL);
      CREATE TABLE empty (id int PRIMARY KEY);
      INSERT INTO a SELECT g, g % 10, CASE WHEN g % 3 = 0 THEN NULL ELSE g END FROM generate_series(1, 200) g;
      INSERT INTO b SELECT g, g % 200 + 1, g FROM generate_series(1, 400) g;
      ANALYZE a; ANALYZE b;`,
  },
];

describe('PgliteEngine EXPLAIN of what 16-18 plan otherwise', () => {
  it(
    'refuses plans 15 would print with the NULL tests, ORs, contradictions and joins 18 plans away',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      for (const text of [
        // 17 drops a NOT NULL column's IS NOT NULL and reads its IS NULL as false (15: a Filter).
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE k IS NOT NULL',
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE k IS NOT NULL AND n > 5',
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE k IS NULL',
        // 15 keeps the scan under the One-Time Filter of a contradiction it finds late.
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE k = 1 AND k = 2',
        'EXPLAIN (COSTS OFF, FORMAT JSON) SELECT * FROM a WHERE k = 1 AND k = 2',
        // 18 reads ORs of one column as = ANY (15: a BitmapOr).
        'EXPLAIN (COSTS OFF) SELECT * FROM empty WHERE id = 1 OR id = 2',
        // 18's Hash Right Semi Join (15: Hash Semi Join).
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE id IN (SELECT a_id FROM b WHERE w > 100)',
        // One of two NULL tests planned away.
        'EXPLAIN (COSTS OFF) SELECT * FROM a WHERE n IS NOT NULL AND k IS NOT NULL LIMIT 1',
        // The fake's stand-in for date_trunc, inlined by the planner (15 prints date_trunc's call).
        "EXPLAIN (COSTS OFF) SELECT date_trunc('week', now() + n * interval '1 day'), count(*) FROM a GROUP BY 1",
      ])
        await expect(pool.query(text), text).rejects.toMatchObject({
          code: '0A000',
          message: expect.stringContaining('PGlite'),
        });
      const lines = async (text: string) =>
        (await pool.query(text)).rows.map((row: Record<string, string>) => row['QUERY PLAN']);
      // What 15 prints alike: a literal false, a nullable column's test, an IN list.
      expect(await lines('EXPLAIN (COSTS OFF) SELECT * FROM a WHERE false')).toEqual([
        'Result',
        '  One-Time Filter: false',
      ]);
      expect(await lines('EXPLAIN (COSTS OFF) SELECT * FROM a WHERE n IS NULL')).toEqual([
        'Seq Scan on a',
        '  Filter: (n IS NULL)',
      ]);
      expect((await lines('EXPLAIN (COSTS OFF) SELECT * FROM a WHERE k IN (1, 2)')).join('\n')).toMatch(
        /k = ANY \('\{1,2\}'::integer\[\]\)/,
      );
    },
    PGLITE_START_MS,
  );
});
