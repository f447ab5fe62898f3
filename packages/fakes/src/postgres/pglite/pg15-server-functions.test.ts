import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Each answer below is PostgreSQL 15's (checked against a 15 server started normally).
describe('PgliteEngine answers server-state and file functions as a PostgreSQL 15 server', () => {
  it(
    'reloads its configuration, has replayed no WAL, and refuses reading its own data directory',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'reader',
            sql: "CREATE FUNCTION version_file() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('PG_VERSION') $$",
          },
        ],
      });
      expect((await pool.query('SELECT pg_reload_conf() AS r, pg_last_wal_replay_lsn() AS l')).rows).toEqual([
        { r: true, l: null },
      ]);
      for (const sql of [
        "SELECT pg_read_file('PG_VERSION')",
        "SELECT pg_read_binary_file('PG_VERSION', 0, 2)",
        "SELECT count(*) FROM pg_ls_dir('.')",
        "SELECT * FROM pg_stat_file('PG_VERSION', true)",
        'SELECT * FROM pg_ls_waldir()',
        'SELECT version_file()',
      ])
        await expect(pool.query(sql), sql).rejects.toMatchObject({
          code: '0A000',
          message: expect.stringMatching(
            /^pg_(read|read_binary|ls|stat)_?\w*\(\) reads the fake's own data directory/,
          ),
        });
      // 15's signature, with an oid for the object (18 takes a bigint, and no oid reaches it).
      expect(
        (await pool.query("SELECT pg_stat_have_stats('relation', 0::oid, 'pg_class'::regclass::oid) AS s"))
          .rows,
      ).toEqual([{ s: false }]);
      // The built-ins are strict: NULL still answers NULL, as on the server.
      expect((await pool.query('SELECT pg_read_file(NULL) AS f')).rows).toEqual([{ f: null }]);
      // The stand-ins keep the built-ins' privileges: a role without the grant is refused first.
      const client = await pool.connect();
      await client.query('SET ROLE pg_monitor');
      for (const sql of ['SELECT pg_reload_conf()', "SELECT pg_read_file('PG_VERSION')"])
        await expect(client.query(sql), sql).rejects.toMatchObject({
          code: '42501',
          message: `permission denied for function ${sql.slice(7, sql.indexOf('('))}`,
        });
      await client.query('RESET ROLE');
      client.release();
      // pg_proc shows the built-ins, not the stand-ins.
      expect(
        (
          await pool.query(
            `SELECT count(*)::int AS n FROM pg_proc WHERE proname IN ('pg_read_file', 'pg_ls_waldir', 'pg_reload_conf')
               AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'internal')`,
          )
        ).rows,
      ).toEqual([{ n: 5 }]);
    },
    PGLITE_START_MS,
  );
});
