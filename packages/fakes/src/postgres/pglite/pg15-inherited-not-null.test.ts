import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const FAMILY = [
  {
    name: 'inherited-not-null',
    sql: `CREATE TABLE own_p (a int NOT NULL); CREATE TABLE own_c (a int NOT NULL) INHERITS (own_p);
      CREATE TABLE plain_p (a int NOT NULL, b int); CREATE TABLE plain_c () INHERITS (plain_p);
      CREATE TABLE pk_p (a int NOT NULL); CREATE TABLE pk_c (a int PRIMARY KEY) INHERITS (pk_p);
      CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k);
      CREATE TABLE pp1 PARTITION OF pp (a NOT NULL) FOR VALUES IN (1);`,
  },
];

// Each answer below is PostgreSQL 15's (checked against a 15 server): 15 clears the column's NOT NULL
// on every descendant; PGlite (18) kept a child's own NOT NULL and refused NULLs 15 stores.
describe('PgliteEngine and DROP NOT NULL on a table with children, as PostgreSQL 15', () => {
  it(
    "refuses it clearly where a child keeps a NOT NULL of its own, in any protocol, and leaves the table's NOT NULL",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: FAMILY });
      const dropped = 'ALTER TABLE own_p ALTER COLUMN a DROP NOT NULL';
      const refusal = { code: '0A000', message: expect.stringContaining('DROP NOT NULL on column "a"') };
      await expect(pool.query(dropped)).rejects.toMatchObject(refusal);
      await expect(pool.query({ text: dropped, values: [] })).rejects.toMatchObject(refusal);
      await expect(pool.query('ALTER TABLE pp ALTER a DROP NOT NULL')).rejects.toMatchObject(refusal);
      await expect(pool.query('INSERT INTO own_p VALUES (NULL)')).rejects.toMatchObject({ code: '23502' });
      // ONLY drops it on the table alone, in 15 as in 18: the child keeps its own.
      await pool.query('ALTER TABLE ONLY own_p ALTER COLUMN a DROP NOT NULL');
      await expect(pool.query('INSERT INTO own_c VALUES (NULL)')).rejects.toMatchObject({ code: '23502' });
    },
    PGLITE_START_MS,
  );

  it(
    'fails as 15 does on a child whose primary key holds the column, and drops an inherited NOT NULL everywhere',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: FAMILY });
      await expect(pool.query('ALTER TABLE pk_p ALTER COLUMN a DROP NOT NULL')).rejects.toMatchObject({
        code: '42P16',
        message: 'column "a" is in a primary key',
      });
      await pool.query('ALTER TABLE plain_p ALTER COLUMN a DROP NOT NULL, ALTER COLUMN b SET DEFAULT 1');
      const { rows } = await pool.query('INSERT INTO plain_c (a) VALUES (NULL) RETURNING a, b');
      expect(rows).toEqual([{ a: null, b: 1 }]);
    },
    PGLITE_START_MS,
  );

  it(
    'refuses ONLY on a partitioned table as 15 does: DROP NOT NULL always, SET NOT NULL unless every partition has it',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: FAMILY });
      await pool.query('ALTER TABLE pp ADD COLUMN b int');
      const hint = 'Do not specify the ONLY keyword.';
      await expect(pool.query('ALTER TABLE ONLY pp ALTER COLUMN b DROP NOT NULL')).rejects.toMatchObject({
        code: '42P16',
        message: 'cannot remove constraint from only the partitioned table when partitions exist',
        hint,
      });
      await expect(pool.query('ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL')).rejects.toMatchObject({
        code: '42P16',
        message: 'constraint must be added to child tables too',
        detail: 'Column "b" of relation "pp1" is not already NOT NULL.',
        hint,
      });
      await pool.query('ALTER TABLE pp1 ALTER COLUMN b SET NOT NULL');
      await pool.query({ text: 'ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL', values: [] });
      await expect(pool.query('INSERT INTO pp (a, b, k) VALUES (1, NULL, 1)')).rejects.toMatchObject({
        code: '23502',
      });
    },
    PGLITE_START_MS,
  );

  it(
    "refuses ONLY's DROP CONSTRAINT of a partitioned table's CHECK as 15 does, and its primary key on partitions without NOT NULL",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: FAMILY });
      await pool.query('ALTER TABLE pp ADD COLUMN b int CONSTRAINT b_pos CHECK (b > 0)');
      await expect(pool.query('ALTER TABLE ONLY pp DROP CONSTRAINT b_pos')).rejects.toMatchObject({
        code: '42P16',
        message: 'cannot remove constraint from only the partitioned table when partitions exist',
      });
      await expect(pool.query('ALTER TABLE ONLY pp ADD PRIMARY KEY (a, k)')).rejects.toMatchObject({
        code: '42P16',
        message: 'constraint must be added to child tables too',
        detail: 'Column "k" of relation "pp1" is not already NOT NULL.',
      });
    },
    PGLITE_START_MS,
  );
});
