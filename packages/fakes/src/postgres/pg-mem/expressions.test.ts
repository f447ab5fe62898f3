import type { Expr } from 'pgsql-ast-parser';
import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { isConstantTree, mayRaise, qualCost } from './constant-folding.js';
import { codePointKey, compareCodePoints, fromCodePointKey, lowerEach } from './pg-mem-functions.js';

const setup =
  "CREATE TABLE g (id int PRIMARY KEY, qty int, total int, v varchar(3), x text); INSERT INTO g VALUES (1, 0, 10, 'ab', 'long text'), (2, 2, 4, NULL, NULL)";

async function fake() {
  return createFakePostgres({ migrations: [{ name: 'g', sql: setup }] });
}

describe('pg-mem engine expressions', () => {
  it('types an ARRAY[...] by its elements, not by the other operand or the target column', async () => {
    const { pool } = await createFakePostgres({
      migrations: [
        {
          name: 'xa',
          sql: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}')",
        },
      ],
    });
    for (const [text, params, code, message] of [
      ["SELECT ARRAY[1] @> ARRAY['1']", [], '42883', 'operator does not exist: integer[] @> text[]'],
      [
        "SELECT id FROM xa WHERE a && ARRAY['1']",
        [],
        '42883',
        'operator does not exist: integer[] && text[]',
      ],
      [
        'SELECT id FROM xa WHERE b @> ARRAY[5]',
        [],
        '42883',
        'operator does not exist: bigint[] @> integer[]',
      ],
      [
        "INSERT INTO xa (id, a) VALUES (3, ARRAY['1'])",
        [],
        '42804',
        'column "a" is of type integer[] but expression is of type text[]',
      ],
      [
        'UPDATE xa SET a = ARRAY[NULL]',
        [],
        '42804',
        'column "a" is of type integer[] but expression is of type text[]',
      ],
      [
        'INSERT INTO xa (id, a) VALUES (3, ARRAY[$1, $2])',
        [1, 2],
        '42804',
        'column "a" is of type integer[] but expression is of type text[]',
      ],
    ] as const) {
      await expect(pool.query(text, [...params])).rejects.toMatchObject({ code, message });
    }
    await expect(pool.query('INSERT INTO xa (id, a) VALUES (3, ARRAY[])')).rejects.toMatchObject({
      code: '42P18',
      message: 'cannot determine type of empty array',
      position: '35',
    });
    // A cast hands its type to the constructor: empty, or read element by element.
    expect((await pool.query("SELECT ARRAY[]::int[] AS e, ARRAY['1', '2']::int[] AS n")).rows).toEqual([
      { e: [], n: [1, 2] },
    ]);
    // An untyped literal still takes the column's type, and typed elements keep theirs.
    expect((await pool.query("SELECT id FROM xa WHERE a @> '{2}'")).rows).toEqual([{ id: 1 }]);
    expect((await pool.query('SELECT id FROM xa WHERE a @> ARRAY[$1::int]', [1])).rows).toEqual([{ id: 1 }]);
    expect((await pool.query('INSERT INTO xa (id, a) VALUES (4, ARRAY[7]) RETURNING a')).rows).toEqual([
      { a: [7] },
    ]);
  });

  it('gives an enum to text functions and || only as PostgreSQL does: no implicit cast to text', async () => {
    const { pool } = await createFakePostgres({
      migrations: [
        {
          name: 'moods',
          sql: "CREATE TYPE mood AS ENUM ('calm'); CREATE TABLE m (v mood, n int, s text); INSERT INTO m VALUES ('calm', 5, 'x')",
        },
      ],
    });
    const joined = await pool.query("SELECT v || '!' AS a, v || s AS b, s || v AS c, v || $1 AS d FROM m", [
      '?',
    ]);
    expect(joined.rows).toEqual([{ a: 'calm!', b: 'calmx', c: 'xcalm', d: 'calm?' }]);
    expect((await pool.query('SELECT upper(v::text) AS u FROM m')).rows).toEqual([{ u: 'CALM' }]);
    for (const [text, message] of [
      ['SELECT lower(v) FROM m', 'function lower(mood) does not exist'],
      ['SELECT length(v) FROM m', 'function length(mood) does not exist'],
      ['SELECT md5(v) FROM m', 'function md5(mood) does not exist'],
      ['SELECT v || v FROM m', 'operator does not exist: mood || mood'],
      ['SELECT v || n FROM m', 'operator does not exist: mood || integer'],
    ] as const) {
      await expect(pool.query(text)).rejects.toMatchObject({ code: '42883', message });
    }
  });

  it('refuses a clock or gen_random_uuid() DEFAULT a column cannot be assigned (42804)', async () => {
    const { pool } = await createFakePostgres({ migrations: [] });
    await expect(pool.query('CREATE TABLE s (a int DEFAULT now())')).rejects.toMatchObject({
      code: '42804',
      message: 'column "a" is of type integer but default expression is of type timestamp with time zone',
    });
    await expect(pool.query('CREATE TABLE s (a boolean DEFAULT CURRENT_DATE)')).rejects.toMatchObject({
      code: '42804',
    });
    await pool.query(
      'CREATE TABLE s (id uuid DEFAULT gen_random_uuid(), at timestamptz DEFAULT now(), d date DEFAULT current_timestamp, t text DEFAULT now())',
    );
  });

  it("refuses a DEFAULT out of its integer column's range, which PostgreSQL fails each INSERT with", async () => {
    const { pool } = await createFakePostgres({ migrations: [] });
    await expect(pool.query('CREATE TABLE s (a smallint DEFAULT 100000)')).rejects.toMatchObject({
      code: '0A000',
    });
    // A fraction is rounded half away from zero first: 2147483647.5 is 2147483648, past an integer.
    for (const written of ['2147483647.5', '-2147483648.5'])
      await expect(pool.query(`CREATE TABLE f (a int DEFAULT ${written})`)).rejects.toMatchObject({
        code: '0A000',
      });
    await pool.query('CREATE TABLE s (a smallint DEFAULT -32768, b int DEFAULT 2147483647)');
    expect((await pool.query('INSERT INTO s DEFAULT VALUES RETURNING a, b')).rows).toEqual([
      { a: -32768, b: 2147483647 },
    ]);
  });

  it("refuses a DEFAULT past its numeric(p,s) column's precision once rounded, which PostgreSQL fails each INSERT with", async () => {
    const { pool } = await createFakePostgres({ migrations: [] });
    for (const written of ['99.96', '100', '-100.0'])
      await expect(pool.query(`CREATE TABLE s (a numeric(3,1) DEFAULT ${written})`)).rejects.toMatchObject({
        code: '0A000',
      });
    await pool.query('CREATE TABLE s (a numeric(3,1) DEFAULT 99.94, b numeric(3,1) DEFAULT -0.04)');
    expect((await pool.query('INSERT INTO s DEFAULT VALUES RETURNING a, b')).rows).toEqual([
      { a: '99.9', b: '0.0' },
    ]);
  });

  it('assigns a number DEFAULT to a text column as its text output, and to varchar(n) checked against n', async () => {
    const { pool } = await createFakePostgres({ migrations: [] });
    await pool.query(
      'CREATE TABLE s (id int, a text DEFAULT 1.50, b text DEFAULT -0.0, c varchar(4) DEFAULT 007, d text DEFAULT 1e3)',
    );
    expect((await pool.query('INSERT INTO s (id) VALUES (1) RETURNING a, b, c, d')).rows).toEqual([
      { a: '1.50', b: '0.0', c: '7', d: '1000' },
    ]);
    await expect(pool.query('CREATE TABLE l (a varchar(2) DEFAULT 123)')).rejects.toMatchObject({
      code: '0A000',
    });
  });

  it('runs a condition that divides only where PostgreSQL does, cheapest first', async () => {
    const { pool } = await fake();
    for (const where of [
      'qty <> 0 AND total / qty = 2',
      'total / qty = 2 AND qty <> 0',
      'qty = 0 OR total / qty = 2',
    ]) {
      const { rows } = await pool.query(`SELECT id FROM g WHERE ${where} ORDER BY id`);
      expect(rows.length).toBeGreaterThan(0);
    }
    await expect(pool.query('SELECT id FROM g WHERE 1/0 = 1 AND false')).rejects.toMatchObject({
      code: '22012',
    });
    await expect(pool.query('SELECT id FROM g WHERE false AND 1/0 = 1')).resolves.toMatchObject({
      rowCount: 0,
    });
  });

  it('prunes CASE arms and COALESCE arguments the planner folds away, and folds the rest', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      'SELECT CASE WHEN 1 = 1 THEN 1 ELSE 1/0 END AS a, coalesce(1, 1/0) AS b, false AND 1/0 = 1 AS c',
    );
    expect(rows).toEqual([{ a: 1, b: 1, c: false }]);
    await expect(pool.query('SELECT CASE WHEN qty > 0 THEN 1 ELSE 1/0 END FROM g')).rejects.toMatchObject({
      code: '22012',
    });
  });

  it('types -2147483648 as an integer, and checks the quotient and negation that overflow it', async () => {
    const { pool } = await fake();
    const { fields } = await pool.query('SELECT -2147483648 AS a');
    expect(fields[0]?.dataTypeID).toBe(23);
    await expect(pool.query('SELECT (-2147483648) / (-1)')).rejects.toMatchObject({ code: '22003' });
    await expect(pool.query('SELECT -(-2147483648)::int')).rejects.toMatchObject({ code: '22003' });
  });

  it('resolves COALESCE, CASE and NULLIF types as PostgreSQL does', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      "SELECT coalesce(v, x) AS a, CASE WHEN true THEN v ELSE x END AS b, nullif(2, 1.5) AS c, coalesce(min(v), 'longer') AS d FROM g WHERE id = 2 GROUP BY v, x",
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([1043, 25, 1700, 25]);
    expect(rows).toEqual([{ a: null, b: null, c: '2', d: 'longer' }]);
    await expect(pool.query("SELECT CASE '1' WHEN 1 THEN 'one' END")).rejects.toMatchObject({
      code: '42883',
    });
    const param = await pool.query('SELECT coalesce($1, 5) AS a, CASE WHEN true THEN $2 ELSE 0 END AS b', [
      null,
      '9',
    ]);
    expect(param.rows).toEqual([{ a: 5, b: 9 }]);
  });

  it('cuts a literal or parameter cast to varchar(n), and reads an untyped array as text[]', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT 'abcdef'::varchar(3) AS a, $1::varchar(2) AS b, 'b' = ANY($2) AS c",
      ['xyz', ['a', 'b']],
    );
    expect(rows).toEqual([{ a: 'abc', b: 'xy', c: true }]);
  });

  it('refuses numeric scales PostgreSQL 15 rounds by, below zero or past the precision', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT 12345::numeric(5,-2)')).rejects.toMatchObject({ code: '0A000' });
  });

  it('orders texts by code point, as the C.UTF-8 collation does, not by UTF-16 units', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT '😀' < 'ﬀ' AS a, 'b' BETWEEN 'a' AND '😀' AS b, $1 > 'z' AS c",
      ['\uFFFD'],
    );
    expect(rows).toEqual([{ a: false, b: true, c: true }]);
  });

  it('keys texts so that UTF-16 order is code point order, and back (min and max over text)', async () => {
    const texts = ['a', 'z', '\uFB00', '\uFFFD', '😀', '😀a', 'a😀'];
    const sorted = [...texts].sort(compareCodePoints);
    expect([...texts].map(codePointKey).sort().map(fromCodePointKey)).toEqual(sorted);
    expect(sorted.indexOf('\uFFFD')).toBeLessThan(sorted.indexOf('😀'));
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT max(x) AS a, min(x) AS b FROM (VALUES ('😀'), ('\uFFFD'), ('a')) v(x)",
    );
    expect(rows).toEqual([{ a: '😀', b: 'a' }]);
  });

  it('keeps the Unicode 16 capitals the server’s glibc does not lower, in ILIKE too', async () => {
    expect(lowerEach('\u1C89\uA7CB\uA7DC\u{10D50}\u{16EA0}\u{16EB8}Ä')).toBe(
      '\u1C89\uA7CB\uA7DC\u{10D50}\u{16EA0}\u{16EB8}ä',
    );
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT '\uA7CD' ILIKE '\uA7CC' AS a, '\u{10D70}' ILIKE '\u{10D50}' AS b, '\u0180' ILIKE '\u0243' AS c",
    );
    expect(rows).toEqual([{ a: false, b: false, c: true }]);
  });

  it('lowers ILIKE operands as lower() does, not by a regular expression’s case folding', async () => {
    expect(lowerEach('ΣſİǅK')).toBe('σſiǆk');
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT 'ς' ILIKE 'Σ' AS a, 'ſ' ILIKE 's' AS b, 'ÉCOLE' ILIKE 'école' AS c",
    );
    expect(rows).toEqual([{ a: false, b: false, c: true }]);
  });

  it('knows which rewritten expressions are constants, can raise, and cost more', () => {
    const div: Expr = {
      type: 'call',
      function: { name: 'seams_int_div' },
      args: [
        { type: 'integer', value: 1 },
        { type: 'integer', value: 0 },
      ],
    };
    expect(isConstantTree(div)).toBe(true);
    expect(mayRaise({ type: 'unary', op: 'NOT', operand: div })).toBe(true);
    expect(isConstantTree({ type: 'ref', name: 'qty' })).toBe(false);
    const cheap: Expr = {
      type: 'binary',
      op: '!=',
      left: { type: 'ref', name: 'qty' },
      right: { type: 'integer', value: 0 },
    };
    expect(qualCost(cheap)).toBeLessThan(qualCost({ type: 'binary', op: '=', left: cheap, right: cheap }));
  });
});
