import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { tokenize } from '../sql-tokens.js';
import { dropNotNullEventGuard, reindexEventGuard, reindexTagError } from './pg15-event-triggers.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const tokens = (text: string) => ({ tokens: tokenize(text) });

describe('event triggers and REINDEX as PostgreSQL 15 has them', () => {
  it("refuses an event trigger's REINDEX tag as 15 does when it is the first tag", () => {
    const create = "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('reindex') EXECUTE FUNCTION f()";
    expect(reindexTagError(tokenize(create))).toEqual({
      code: '0A000',
      message: 'event triggers are not supported for reindex',
    });
    const later =
      "CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'REINDEX') EXECUTE FUNCTION f()";
    expect(reindexTagError(tokenize(later))?.code).toBe('0A000');
    expect(
      reindexTagError(
        tokenize("CREATE EVENT TRIGGER e ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION f()"),
      ),
    ).toBeUndefined();
    expect(reindexTagError(tokenize("SELECT 'REINDEX'"))).toBeUndefined();
  });

  it('guards a REINDEX of a table or an index, not one a transaction block cannot hold', () => {
    expect(reindexEventGuard(tokens('REINDEX TABLE t'))).toContain('event_trigger_guard');
    expect(reindexEventGuard(tokens('REINDEX (VERBOSE) INDEX ti'))).toContain('event_trigger_guard');
    expect(reindexEventGuard(tokens('REINDEX TABLE CONCURRENTLY t'))).toBeUndefined();
    expect(reindexEventGuard(tokens('REINDEX SCHEMA public'))).toBeUndefined();
    expect(reindexEventGuard(tokens('SELECT 1'))).toBeUndefined();
  });

  it('guards a DROP NOT NULL of a table or domain column', () => {
    expect(dropNotNullEventGuard(tokens('ALTER TABLE t ALTER COLUMN a DROP NOT NULL'))).toContain(
      "'sql_drop'",
    );
    expect(dropNotNullEventGuard(tokens('ALTER DOMAIN d DROP NOT NULL'))).toContain("'ALTER DOMAIN'");
    expect(dropNotNullEventGuard(tokens('ALTER TABLE t ALTER COLUMN a SET NOT NULL'))).toBeUndefined();
  });

  it(
    'reports dropped objects as 15 does: no not-null constraints, a view rule as normal',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE TABLE dropped (what text)');
      await pool.query(`CREATE FUNCTION drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO dropped SELECT object_type || ' ' || object_identity || ' ' || normal FROM pg_event_trigger_dropped_objects();
        END $$`);
      await pool.query('CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL)');
      await pool.query('CREATE VIEW v AS SELECT 1 AS a');
      await pool.query('CREATE TABLE kept (id int NOT NULL)');
      await pool.query('CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION drops()');
      await pool.query('DROP TABLE t');
      await pool.query('DROP VIEW v');
      await expect(pool.query('ALTER TABLE kept ALTER COLUMN id DROP NOT NULL')).rejects.toMatchObject({
        code: '0A000',
      });
      await pool.query('DROP EVENT TRIGGER d');
      const { rows } = await pool.query<{ what: string }>(
        "SELECT what FROM dropped WHERE what LIKE 'table constraint%' OR what LIKE 'rule%' ORDER BY 1",
      );
      expect(rows.map(({ what }) => what)).toEqual([
        'rule "_RETURN" on public.v true',
        'table constraint t_pkey on public.t false',
      ]);
      await pool.end();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses REINDEX while an event trigger would fire for it, and runs it otherwise',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE TABLE t (id int PRIMARY KEY)');
      await pool.query(
        'CREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE $q$fired$q$; END $$',
      );
      await expect(pool.query('REINDEX TABLE t')).resolves.toMatchObject({ command: 'REINDEX' });
      await pool.query('CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()');
      await expect(pool.query('REINDEX TABLE t')).rejects.toMatchObject({ code: '0A000' });
      await expect(
        pool.query(
          "CREATE EVENT TRIGGER r ON ddl_command_start WHEN TAG IN ('REINDEX') EXECUTE FUNCTION ev()",
        ),
      ).rejects.toMatchObject({ code: '0A000', message: 'event triggers are not supported for REINDEX' });
      await pool.query('ALTER EVENT TRIGGER e DISABLE');
      await expect(pool.query('REINDEX TABLE t')).resolves.toMatchObject({ command: 'REINDEX' });
      await pool.query('DROP EVENT TRIGGER e');
      await pool.end();
    },
    PGLITE_START_MS,
  );

  it(
    'reindexes a partitioned table alone, as 15 does, with its guard run apart; in a transaction it is 25001',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      await pool.query('CREATE TABLE m (id int, at date) PARTITION BY RANGE (at)');
      await pool.query("CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2030-01-01')");
      await pool.query('CREATE INDEX ON m (id)');
      await expect(pool.query('REINDEX TABLE m')).resolves.toMatchObject({ command: 'REINDEX' });
      await expect(pool.query({ text: 'REINDEX TABLE m', values: [] })).resolves.toMatchObject({
        command: 'REINDEX',
      });
      await expect(pool.query('SELECT 1; REINDEX TABLE m')).rejects.toMatchObject({ code: '25001' });
      await pool.query(
        'CREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE $q$fired$q$; END $$',
      );
      await pool.query('CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()');
      await expect(pool.query('REINDEX TABLE m')).rejects.toMatchObject({ code: '0A000' });
      await pool.query('DROP EVENT TRIGGER e');
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
