import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { bracket } from './pg15-ctype.js';
import { SERVER_LOWER, SERVER_UPPER } from './pg15-ctype-data.js';

// The expression index needs upper, lower and initcap IMMUTABLE, as the server's are.
const SCHEMA = [
  {
    name: 'words',
    sql: 'CREATE TABLE words (w text, c char(3), n name); CREATE INDEX words_case ON words (lower(w), upper(w), initcap(w))',
  },
];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('bracket', () => {
  it('writes code points and ranges as ASCII escapes a regex reads back', () => {
    expect(bracket([0xdf, [0x24b6, 0x24cf]])).toBe('[\\U000000df\\U000024b6-\\U000024cf]');
  });
});

describe('the measured tables', () => {
  it('map each character once, ß to itself under upper() as glibc does', () => {
    for (const table of [SERVER_UPPER, SERVER_LOWER]) {
      expect(new Set(table.map(([from]) => from)).size).toBe(table.length);
    }
    expect(SERVER_UPPER).toContainEqual([0xdf, 0xdf]);
    expect(SERVER_LOWER).toContainEqual([0x24b6, 0x24d0]);
  });
});

// Every expected answer below is PostgreSQL 15's on glibc C.UTF-8 (checked against a 15 server).
describe('PgliteEngine maps case and classifies characters as PostgreSQL 15 on glibc', () => {
  it(
    'answers upper, lower, initcap and ILIKE with the server mapping, and leaves C collations to ASCII',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const row = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows[0];
      expect(
        await row("SELECT upper('straße') AS u, lower('ⒶⒷ') AS l, initcap('ⓐbc ßx') AS i, upper('ꟁ𐖗') AS n"),
      ).toEqual({ u: 'STRAßE', l: 'ⓐⓑ', i: 'Ⓐbc ßx', n: 'Ꟁ𐕰' });
      expect(await row("SELECT initcap('ªb ɐb') AS i, upper('abc') AS a, lower(NULL) AS z")).toEqual({
        i: 'ªb Ɐb',
        a: 'ABC',
        z: null,
      });
      expect(await row("SELECT upper('ⓐß' COLLATE \"C\") AS c, lower('Ⓐ' COLLATE ucs_basic) AS b")).toEqual({
        c: 'ⓐß',
        b: 'Ⓐ',
      });
      expect(
        await row(
          "SELECT 'ⓐ' ILIKE 'Ⓐ' AS a, 'ß' ILIKE 'ẞ' AS b, 'Ⓐx' NOT ILIKE 'ⓐ%' AS c, 'ⓐ'::char(3) ILIKE 'Ⓐ' AS d",
        ),
      ).toEqual({ a: true, b: true, c: false, d: false });
      expect(await row('SELECT upper($1) AS u', ['ⓐß'])).toEqual({ u: 'Ⓐß' });
      await pool.query("INSERT INTO words VALUES ('Ⓐlpha', 'ⓑ', 'ⓒ')");
      expect(await row("SELECT w ILIKE 'ⓐ%' AS a, c ILIKE 'Ⓑ' AS b, n ILIKE 'Ⓒ' AS n FROM words")).toEqual({
        a: true,
        b: false,
        n: false,
      });
      await pool.end();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses a regex whose answer depends on a character musl classifies or case-maps otherwise',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const refused = { code: '0A000', message: expect.stringContaining('PGlite') };
      await expect(pool.query("SELECT 'ⓐ' ~* 'Ⓐ'")).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT regexp_replace('x', 'ß', 'y', 'gi')")).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT 'Ⓐ' ~ '[[:upper:]]'")).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT 'ª' ~ '[[:lower:]]'")).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT regexp_matches('a\u0085b', '\\s')")).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT 'ẞ' ~* '[À-ÿ]'")).rejects.toMatchObject(refused);
      // The same shapes where every character agrees are answered.
      expect(
        (
          await pool.query(
            "SELECT 'Abc' ~* 'aBC' AS a, 'café' ~ '^[[:alpha:]]+$' AS b, regexp_replace('naïve', '\\w', '_', 'g') AS c, 'x' ~* '[а-я]' AS d",
          )
        ).rows,
      ).toEqual([{ a: true, b: true, c: '_____', d: false }]);
      // jsonpath's like_regex and text search go through the same checks.
      await expect(
        pool.query(`SELECT jsonb_path_query('"Ⓐbc"', '$ like_regex "ⓐ" flag "i"')`),
      ).rejects.toMatchObject(refused);
      await expect(
        pool.query(`SELECT '{"a":"ª"}'::jsonb @? '$.a ? (@ like_regex "[[:lower:]]")'`),
      ).rejects.toMatchObject(refused);
      await expect(pool.query("SELECT to_tsvector('simple', 'Ⓐbc')")).rejects.toMatchObject(refused);
      expect(
        (
          await pool.query(
            `SELECT jsonb_path_exists('"ABC"', '$ like_regex "abc" flag "i"') AS a, to_tsvector('simple', 'ÉLAN café')::text AS b`,
          )
        ).rows,
      ).toEqual([{ a: true, b: "'café':2 'élan':1" }]);
      expect((await pool.query("SELECT regexp_split_to_table('a1b', '\\d') AS p")).rows).toEqual([
        { p: 'a' },
        { p: 'b' },
      ]);
      // substring(text,text) is C in 15: its regex error has no SQL function frame, while the
      // SIMILAR form (a SQL function in 15) keeps its own.
      const errorOf = (sql: string) =>
        pool.query(sql).then(
          () => undefined,
          (error: { code?: string; where?: string }) => ({ code: error.code, where: error.where }),
        );
      expect(await errorOf("SELECT substring('abc' from '(')")).toEqual({ code: '2201B', where: undefined });
      expect(await errorOf("SELECT substring('abc' similar '(' escape '#')")).toEqual({
        code: '2201B',
        where: 'SQL function "substring" statement 1',
      });
      expect((await pool.query("SELECT substring('héllo' from 'é(.)') AS s")).rows).toEqual([{ s: 'l' }]);
      // Under an ICU collation 15 maps case with ICU (ß to SS), not with glibc's table; initcap
      // there needs word-break data PGlite's ICU lacks: refused.
      expect(
        (await pool.query(`SELECT upper('straße' COLLATE "und-x-icu") AS u, upper('straße') AS l`)).rows,
      ).toEqual([{ u: 'STRASSE', l: 'STRAßE' }]);
      // The ICU collator version is the server's ICU's (72), in the catalog and from the function.
      expect(
        (
          await pool.query(
            `SELECT collversion AS c, pg_collation_actual_version(oid) AS a FROM pg_collation WHERE collname = 'und-x-icu'`,
          )
        ).rows,
      ).toEqual([{ c: '153.120', a: '153.120' }]);
      await expect(pool.query(`SELECT initcap('hello world' COLLATE "und-x-icu")`)).rejects.toMatchObject(
        refused,
      );
      await pool.end();
    },
    PGLITE_START_MS,
  );
});

// 15 tests a WHERE's ANDed conditions cheapest first by the planner's estimate, in their written
// order among equals: the wrappers (inlined SQL) and the text casts' checks must not move a
// condition behind another, or a cast the first condition guards fails where 15 answers.
describe('PgliteEngine orders wrapped conditions as PostgreSQL 15 costs them', () => {
  it(
    'tests lower(), ILIKE, regexes, text search and jsonb type checks before the casts they guard',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'rows',
            sql: `CREATE TABLE t (id int, tx text, j jsonb);
              INSERT INTO t VALUES (1, '12', '{"a": 1}'), (2, 'abc', '{"a": "x"}'), (3, NULL, NULL)`,
          },
        ],
      });
      const ids = async (where: string) =>
        (await pool.query(`SELECT id FROM t WHERE ${where} ORDER BY id`)).rows.map((row) => row.id);
      expect(await ids(`lower(tx) = '12' AND tx::int > 5`)).toEqual([1]);
      expect(await ids(`upper(tx) = '12' AND tx::int > 5`)).toEqual([1]);
      expect(await ids(`tx ILIKE '1%' AND tx::int > 5`)).toEqual([1]);
      expect(await ids(`tx ~ '^[0-9]+$' AND tx::numeric > 5`)).toEqual([1]);
      expect(await ids(`jsonb_typeof(j -> 'a') = 'number' AND (j -> 'a')::int = 1`)).toEqual([1]);
      // A cast of an expression costs the expression once (4 here), less than an ANY over an array
      // column (5): 15 casts first, and fails on 'x'.
      await expect(ids(`(j ->> 'a')::int > 0 AND tx <> ANY (ARRAY[tx, id::text])`)).rejects.toMatchObject({
        code: '22P02',
      });
      // to_tsvector costs 100 on 15: the cast (3) goes first and fails there as here.
      await expect(
        ids(`to_tsvector('simple', tx) @@ to_tsquery('simple', '12') AND tx::int > 5`),
      ).rejects.toMatchObject({ code: '22P02' });
      // A cast's checks cost nothing: the date cast costs 15's output and input functions, less
      // than text search, so it goes first and fails on '12' (the words path's checks cost 1,900).
      await expect(
        ids(`to_tsvector('simple', tx) @@ to_tsquery('simple', 'zzz') AND tx::date > '2000-01-01'`),
      ).rejects.toMatchObject({ code: '22007' });
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
