import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const SCHEMA = [
  {
    name: 'explained',
    sql: `CREATE TABLE m (id int PRIMARY KEY, k int NOT NULL, g int);
      CREATE INDEX m_k_g ON m (k, g);
      INSERT INTO m SELECT x, x % 7, x % 11 FROM generate_series(1, 300) x;
      ANALYZE m;`,
  },
];

describe('PgliteEngine EXPLAIN output in every format as PostgreSQL 15 prints it', () => {
  it(
    "lists under SETTINGS only what the session changed, not the fake's own settings",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const plan = async (text: string) =>
        (await pool.query(text)).rows.map((row: Record<string, unknown>) => row['QUERY PLAN']);
      expect(await plan('EXPLAIN (COSTS OFF, SETTINGS) SELECT 1')).toEqual(['Result']);
      expect(await plan('EXPLAIN (COSTS OFF, SETTINGS, FORMAT YAML) SELECT 1')).toEqual([
        '- Plan: \n    Node Type: "Result"\n    Parallel Aware: false\n    Async Capable: false\n  Settings: ',
      ]);
      await pool.query("SET work_mem = '8MB'");
      expect(await plan('EXPLAIN (COSTS OFF, SETTINGS) SELECT 1')).toEqual([
        'Result',
        "Settings: work_mem = '8MB'",
      ]);
      expect(await plan('EXPLAIN (COSTS OFF, SETTINGS, FORMAT JSON) SELECT 1')).toEqual([
        [
          {
            Plan: { 'Node Type': 'Result', 'Parallel Aware': false, 'Async Capable': false },
            Settings: { work_mem: '8MB' },
          },
        ],
      ]);
      const [xml] = await plan('EXPLAIN (COSTS OFF, SETTINGS, FORMAT XML) SELECT 1');
      expect(xml).toContain('<Settings>\n      <work_mem>8MB</work_mem>\n    </Settings>');
      expect(xml).not.toMatch(/max_parallel_workers|enable_presorted_aggregate|<Disabled>/);
    },
    PGLITE_START_MS,
  );

  it(
    "prints the window as OVER (?) in JSON too, and refuses an IN (VALUES) 18 plans as = ANY and XML's InitPlan",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const { rows } = await pool.query(
        'EXPLAIN (COSTS OFF, VERBOSE, FORMAT JSON) SELECT * FROM (SELECT id, rank() OVER (ORDER BY k) r FROM m) x WHERE r < 3',
      );
      expect(JSON.stringify(rows)).toContain('rank() OVER (?)');
      expect(JSON.stringify(rows)).not.toContain('OVER w1');
      for (const text of [
        'EXPLAIN (COSTS OFF) SELECT * FROM m WHERE id IN (VALUES (1), (2), (3))',
        'EXPLAIN (COSTS OFF, FORMAT XML) SELECT max(g) FROM m WHERE k = 4',
      ])
        await expect(pool.query(text), text).rejects.toMatchObject({ code: '0A000' });
    },
    PGLITE_START_MS,
  );
});
