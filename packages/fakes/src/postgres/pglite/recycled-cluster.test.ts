import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createPglite } from './initdb-cache.js';
import { emptyCluster, type FreshCluster, readFreshCluster } from './recycled-cluster.js';
import { TableReset } from './table-reset.js';

const PGLITE_START_MS = 60_000;

async function started(): Promise<{ db: PGlite; fresh: FreshCluster }> {
  const db = await createPglite();
  onTestFinished(() => db.close());
  return { db, fresh: await readFreshCluster(db) };
}

const PUBLIC_SCHEMA = `SELECT nspowner::regrole::text AS owner, nspacl::text AS acl, obj_description(oid, 'pg_namespace') AS comment
  FROM pg_namespace WHERE nspname = 'public'`;

describe('a PGlite emptied for the next schema', () => {
  it(
    'is as new after tables, schemas, functions, types, extensions, a transaction left open and a table reset',
    async () => {
      const { db, fresh } = await started();
      const initdbPublic = (await db.query(PUBLIC_SCHEMA)).rows;
      await db.exec(`
        CREATE TABLE accounts (id serial PRIMARY KEY, owner text);
        INSERT INTO accounts (owner) VALUES ('ada');
        CREATE SCHEMA billing;
        CREATE TYPE billing.state AS ENUM ('open', 'paid');
        CREATE FUNCTION billing.total() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
        CREATE EXTENSION hstore;
        SET work_mem = '64MB';`);
      await TableReset.record(async (text) => {
        await db.exec(text);
        return { results: [], status: 'idle' };
      });
      await db.exec('BEGIN; INSERT INTO accounts (owner) VALUES ($$grace$$)');

      expect(await emptyCluster(db, fresh)).toBe(true);
      const { rows } = await db.query<{ name: string }>(
        `SELECT nspname || '.' || relname AS name FROM pg_class JOIN pg_namespace n ON n.oid = relnamespace
          WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') OR relname LIKE 'pglite18\\_s%'`,
      );
      expect(rows).toEqual([]);
      expect((await db.query(PUBLIC_SCHEMA)).rows).toEqual(initdbPublic);
      expect((await db.query('SHOW work_mem')).rows).toEqual([{ work_mem: '4MB' }]);

      // A temporary table's schema stays once made (as on a server): this PGlite is not taken again.
      await db.exec('CREATE TEMP TABLE scratch (id int)');
      expect(await emptyCluster(db, fresh)).toBe(false);
    },
    PGLITE_START_MS,
  );

  it(
    'is not taken for new while anything outlives the schemas: roles, comments and settings on what initdb made, grants',
    async () => {
      const { db, fresh } = await started();
      const clock = "SELECT obj_description('pg_catalog.now()'::regprocedure, 'pg_proc') AS comment";
      const [{ comment }] = (await db.query<{ comment: string }>(clock)).rows as [{ comment: string }];
      const outliving: [made: string, undone: string][] = [
        ['CREATE ROLE auditor', 'DROP ROLE auditor'],
        [
          "COMMENT ON FUNCTION pg_catalog.now() IS 'the clock'",
          `COMMENT ON FUNCTION pg_catalog.now() IS $$${comment}$$`,
        ],
        ["ALTER DATABASE template1 SET work_mem = '8MB'", 'ALTER DATABASE template1 RESET work_mem'],
        ['CREATE CAST (money AS int8) WITHOUT FUNCTION', 'DROP CAST (money AS int8)'],
      ];
      for (const [made, undone] of outliving) {
        await db.exec(made);
        expect(await emptyCluster(db, fresh), made).toBe(false);
        await db.exec(undone);
        expect(await emptyCluster(db, fresh), undone).toBe(true);
      }
      // A revoked default privilege is never the default again (GRANT writes it out): not taken again.
      await db.exec('REVOKE EXECUTE ON FUNCTION pg_catalog.now() FROM PUBLIC');
      await db.exec('GRANT EXECUTE ON FUNCTION pg_catalog.now() TO PUBLIC');
      expect(await emptyCluster(db, fresh)).toBe(false);
    },
    PGLITE_START_MS,
  );
});
