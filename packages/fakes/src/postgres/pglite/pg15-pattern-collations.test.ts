import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const CI = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)";
const SCHEMA = [
  {
    name: 'ci',
    sql: `${CI};
      CREATE DOMAIN cit AS text COLLATE ci;
      CREATE TABLE users (id int PRIMARY KEY, email text COLLATE ci NOT NULL UNIQUE, name text NOT NULL, alias cit);
      CREATE TABLE plain (v text);`,
  },
];
const PGLITE_START_MS = 60_000;
const LIKE = { code: '0A000', message: 'nondeterministic collations are not supported for LIKE' };
const SEARCH = {
  code: '0A000',
  message: 'nondeterministic collations are not supported for substring searches',
};

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) answers LIKE and
// the substring searches under a nondeterministic collation, and drops ICU's -u- keywords.
describe('PgliteEngine: nondeterministic collations as PostgreSQL 15', () => {
  it(
    'compares case-insensitively and refuses LIKE and substring searches where 15 does',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await pool.query(
        "INSERT INTO users VALUES (1, 'Ann@Example.com', 'Ann', 'Al'), (2, 'bob@x.io', 'Bob', NULL)",
      );
      expect((await pool.query("SELECT id FROM users WHERE email = 'ann@example.com'")).rows).toEqual([
        { id: 1 },
      ]);
      await expect(pool.query("INSERT INTO users VALUES (3, 'BOB@X.IO', 'B', NULL)")).rejects.toMatchObject({
        code: '23505',
      });
      await expect(pool.query("SELECT id FROM users WHERE email LIKE 'ann%'")).rejects.toMatchObject(LIKE);
      await expect(pool.query('SELECT id FROM users WHERE email LIKE $1', ['a%'])).rejects.toMatchObject(
        LIKE,
      );
      await expect(pool.query("SELECT 'abc'::cit LIKE 'a%'")).rejects.toMatchObject(LIKE);
      await expect(pool.query("SELECT id FROM users WHERE alias NOT LIKE 'a%'")).rejects.toMatchObject(LIKE);
      const strpos = pool.query("SELECT strpos(email, '@') FROM users");
      await expect(strpos).rejects.toMatchObject(SEARCH);
      // Raised as 15 raises it, from C: no frame of the fake's wrapper in its context.
      expect(await strpos.catch((error: { where?: string }) => error.where)).toBeUndefined();
      await expect(pool.query("SELECT replace(email, '@', '#') FROM users")).rejects.toMatchObject(SEARCH);
      await expect(pool.query("SELECT split_part(email, '@', 2) FROM users")).rejects.toMatchObject(SEARCH);
      await expect(pool.query("SELECT string_to_array(email, '@') FROM users")).rejects.toMatchObject(SEARCH);
      // 15's own errors and its empty-input shortcuts come first.
      await expect(pool.query("SELECT split_part(email, '@', 0) FROM users")).rejects.toMatchObject({
        code: '22023',
      });
      const shortcuts = await pool.query(
        "SELECT strpos(email, '') AS p, replace(email, '', 'x') AS r, string_to_array(email, NULL) IS NOT NULL AS a FROM users WHERE id = 1",
      );
      expect(shortcuts.rows).toEqual([{ p: 1, r: 'Ann@Example.com', a: true }]);
      // The tag as written, though PGlite's ICU was handed its keyword form (pg15-icu-locale.ts).
      expect((await pool.query("SELECT colliculocale FROM pg_collation WHERE collname = 'ci'")).rows).toEqual(
        [{ colliculocale: 'und-u-ks-level2' }],
      );
      // Checked where the function runs, as 15 checks it: no row, no error.
      expect((await pool.query("SELECT id FROM users WHERE false AND email LIKE 'a%'")).rows).toEqual([]);
    },
    PGLITE_START_MS,
  );

  it(
    'leaves LIKE and substring searches under deterministic collations alone',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await pool.query("INSERT INTO users VALUES (1, 'Ann@Example.com', 'Ann', NULL)");
      await pool.query("INSERT INTO plain VALUES ('abc')");
      const rows = await pool.query(
        `SELECT name LIKE 'A%' AS l, strpos(name, 'n') AS p, email COLLATE "C" LIKE 'Ann%' AS c,
           replace(email COLLATE "C", '@', '#') AS r, split_part(name, 'n', 1) AS s, upper(email) AS u
         FROM users`,
      );
      expect(rows.rows).toEqual([
        { l: true, p: 2, c: true, r: 'Ann#Example.com', s: 'A', u: 'ANN@EXAMPLE.COM' },
      ]);
      expect((await pool.query("SELECT v FROM plain WHERE v LIKE 'a%' AND v NOT LIKE 'b%'")).rows).toEqual([
        { v: 'abc' },
      ]);
      const plan = await pool.query("EXPLAIN (COSTS OFF) SELECT v FROM plain WHERE v LIKE 'a%'");
      expect(plan.rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])).toEqual([
        'Seq Scan on plain',
        "  Filter: (v ~~ 'a%'::text)",
      ]);
      const catalog = await pool.query(
        "SELECT proname, prosrc FROM pg_proc WHERE proname IN ('textlike', 'strpos') ORDER BY 1",
      );
      expect(catalog.rows).toEqual([
        { proname: 'strpos', prosrc: 'textpos' },
        { proname: 'textlike', prosrc: 'textlike' },
      ]);
    },
    PGLITE_START_MS,
  );
});
