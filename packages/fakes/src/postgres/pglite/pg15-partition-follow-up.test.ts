import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { tokenize } from '../sql-tokens.js';
import { FK_CLONE_NAMES, PARTITION_IDENTITY } from './pg15-catalog.js';
import { partitionFollowUpGuard } from './pg15-partition-follow-up.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const statements = (...texts: string[]) => texts.map((text) => ({ tokens: tokenize(text) }));

describe('partitionFollowUpGuard', () => {
  it('puts 15 back after a statement that made a partition, clone or identity, before the next', () => {
    const list = statements(
      'CREATE TABLE p (id int NOT NULL, k int) PARTITION BY RANGE (k)',
      'ALTER TABLE p ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
      'ALTER TABLE ONLY p ATTACH PARTITION p1 FOR VALUES FROM (0) TO (10)',
      'INSERT INTO p1 VALUES (5, 1)',
      'SELECT 1',
    );
    expect(partitionFollowUpGuard(list, 0)).toBeUndefined();
    expect(partitionFollowUpGuard(list, 1)).toBeUndefined();
    expect(partitionFollowUpGuard(list, 2)).toBe(`SELECT ${PARTITION_IDENTITY}(false)`);
    expect(partitionFollowUpGuard(list, 3)).toBe(`SELECT ${FK_CLONE_NAMES}(), ${PARTITION_IDENTITY}(false)`);
    expect(partitionFollowUpGuard(list, 4)).toBeUndefined();
    expect(partitionFollowUpGuard(list, 5)).toBeUndefined();
  });

  it('gives the partitions their identity back before an identity change that follows one', () => {
    const list = statements(
      'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10)',
      'ALTER TABLE p ALTER COLUMN id RESTART WITH 50',
    );
    expect(partitionFollowUpGuard(list, 1)).toBe(`SELECT ${FK_CLONE_NAMES}(), ${PARTITION_IDENTITY}(true)`);
    expect(
      partitionFollowUpGuard(statements('SELECT 1', 'ALTER TABLE p ALTER id RESTART'), 1),
    ).toBeUndefined();
  });

  it("reads words only: a string or a quoted name saying 'references' is no reason", () => {
    expect(
      partitionFollowUpGuard(statements('SELECT \'x references y\', "partition of"', 'SELECT 2'), 1),
    ).toBeUndefined();
  });
});

// Each answer below is PostgreSQL 15's (checked against a 15 server).
describe('PgliteEngine and a pg_dump file of partitions loaded as one query, as PostgreSQL 15', () => {
  it(
    'stores the ids the dump gives the partitions, whose columns have no identity in 15',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const dump = `CREATE TABLE public.ev (id bigint NOT NULL, k int NOT NULL) PARTITION BY RANGE (k);
        CREATE TABLE public.ev1 (id bigint NOT NULL, k int NOT NULL);
        ALTER TABLE public.ev ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.ev_id_seq START WITH 1);
        ALTER TABLE ONLY public.ev ATTACH PARTITION public.ev1 FOR VALUES FROM (0) TO (10);
        INSERT INTO public.ev1 (id, k) VALUES (5, 1);
        SELECT pg_catalog.setval('public.ev_id_seq', 5, true);
        SELECT a.attrelid::regclass::text AS rel, a.attidentity FROM pg_attribute a
          WHERE a.attname = 'id' AND a.attrelid IN ('ev'::regclass, 'ev1'::regclass) ORDER BY 1;
        ALTER TABLE public.ev ALTER COLUMN id RESTART WITH 50;
        CREATE TABLE public.ev2 PARTITION OF public.ev FOR VALUES FROM (10) TO (20);
        INSERT INTO public.ev2 (id, k) VALUES (7, 12);
        INSERT INTO public.ev (k) VALUES (2) RETURNING id`;
      const results = (await pool.query(dump)) as unknown as { command: string; rows: unknown[] }[];
      expect(results.map(({ command }) => command)).toEqual([
        'CREATE',
        'CREATE',
        'ALTER',
        'ALTER',
        'INSERT',
        'SELECT',
        'SELECT',
        'ALTER',
        'CREATE',
        'INSERT',
        'INSERT',
      ]);
      expect(results[6]?.rows).toEqual([
        { rel: 'ev', attidentity: 'a' },
        { rel: 'ev1', attidentity: '' },
      ]);
      expect(results[10]?.rows).toEqual([{ id: '50' }]);
      // A partition's own INSERT without the id fails as on 15: its column is a plain NOT NULL one.
      await expect(pool.query('INSERT INTO ev2 (k) VALUES (13)')).rejects.toMatchObject({ code: '23502' });
    },
    PGLITE_START_MS,
  );
});
