import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup =
  "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, u uuid, j jsonb); INSERT INTO t VALUES (1, 3, 42, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"a\": 1}'), (2, NULL, NULL, NULL, NULL)";

async function fake() {
  return createFakePostgres({ migrations: [{ name: 't', sql: setup }] });
}

describe('pg-mem engine: type resolution before values are read', () => {
  it('reports an operator error before a parameter value its type cannot read (Bind comes after analysis)', async () => {
    const { pool } = await fake();
    // unknown + uuid has no operator: 42883, though '2024-05-01' is no uuid either.
    await expect(pool.query('SELECT $1 + u AS v FROM t', ['2024-05-01'])).rejects.toMatchObject({
      code: '42883',
    });
    // WHERE of a bigint is 42804, though 2.5 is no bigint.
    await expect(pool.query('SELECT id FROM t WHERE abs(i + $1)', [2.5])).rejects.toMatchObject({
      code: '42804',
    });
    // With nothing wrong in the statement, the value's own error remains.
    await expect(pool.query('SELECT i + $1 AS v FROM t', ['x'])).rejects.toMatchObject({ code: '22P02' });
  });

  it('reports an operator error before an untyped literal its operand type cannot read', async () => {
    const { pool } = await fake();
    await expect(pool.query("SELECT 'abc' + u AS v FROM t")).rejects.toMatchObject({ code: '42883' });
    await expect(pool.query("SELECT 'x' - b AS v FROM (VALUES (true)) AS s(b)")).rejects.toMatchObject({
      code: '42883',
    });
    await expect(pool.query("SELECT 'abc' + i AS v FROM t")).rejects.toMatchObject({ code: '22P02' });
    await expect(pool.query("SELECT ('abc' + i) + u AS v FROM t")).rejects.toMatchObject({ code: '22P02' });
  });

  it('finds -> and #>> on an untyped value ambiguous (json and jsonb both have them)', async () => {
    const { pool } = await fake();
    for (const sql of ["SELECT $1 -> 'a' AS v", 'SELECT $1 -> 0 AS v', "SELECT $1 #>> '{a}' AS v"]) {
      await expect(pool.query(sql, ['{"a": 1}'])).rejects.toMatchObject({ code: '42725' });
    }
    await expect(pool.query(`SELECT '{"a": 1}' ->> 'a' AS v`)).rejects.toMatchObject({ code: '42725' });
  });

  it('types an untyped IN operand by the list items without a column, as transformAExprIn does', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      'SELECT id, $1 IN (NULL, NULL::int, 42) AS a, $2 NOT IN (1, si, 3) AS b FROM t ORDER BY id',
      [null, 0],
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([23, 16, 16]);
    expect(rows).toEqual([
      { id: 1, a: null, b: true },
      { id: 2, a: null, b: null },
    ]);
    // The items without a column meet as their common type: '2.5' is numeric beside 1.5.
    const numeric = await pool.query("SELECT i IN (1.5, '2.5') AS v FROM t ORDER BY id");
    expect(numeric.rows).toEqual([{ v: false }, { v: null }]);
    // '-5' is read as a uuid (the items' common type with u) before u meets i (no uuid = integer).
    await expect(pool.query("SELECT id FROM t WHERE NULL::uuid IN ('-5', i, NULL)")).rejects.toMatchObject({
      code: '22P02',
    });
    // Without the array, the items are met in order: uuid = integer (42883) before '' as a uuid.
    await expect(pool.query("SELECT id FROM t WHERE NULL::uuid IN (i, '')")).rejects.toMatchObject({
      code: '42883',
    });
    await expect(pool.query("SELECT id FROM t WHERE NULL::uuid IN ('', i)")).rejects.toMatchObject({
      code: '22P02',
    });
  });

  it('types a parameter in ARRAY[...] by the other items', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT ARRAY[si, $1] AS v FROM t', ['foo'])).rejects.toMatchObject({
      code: '22P02',
    });
    const { rows, fields } = await pool.query('SELECT ARRAY[si, $1] AS v FROM t ORDER BY id', ['7']);
    expect(fields[0]?.dataTypeID).toBe(1005);
    expect(rows).toEqual([{ v: [3, 7] }, { v: [null, 7] }]);
  });

  it('finds an operator between two untyped values ambiguous', async () => {
    const { pool } = await fake();
    await expect(pool.query('SELECT $1 - $2 AS v', ['2024-05-01', 0])).rejects.toMatchObject({
      code: '42725',
    });
    await expect(pool.query("SELECT '1' + '2' AS v")).rejects.toMatchObject({ code: '42725' });
    await expect(pool.query('SELECT $1 / NULL AS v', [3])).rejects.toMatchObject({ code: '42725' });
  });

  it('computes NOT BETWEEN with a NULL bound with three values', async () => {
    const { pool } = await fake();
    const { rows } = await pool.query(
      "SELECT id, id NOT BETWEEN '7'::smallint AND NULL AS a, id BETWEEN 2 AND NULL AS b, si NOT BETWEEN 1 AND 2 AS c FROM t ORDER BY id",
    );
    expect(rows).toEqual([
      { id: 1, a: true, b: false, c: true },
      { id: 2, a: true, b: null, c: null },
    ]);
    const where = await pool.query('SELECT id FROM t WHERE id NOT BETWEEN 7 AND NULL ORDER BY id');
    expect(where.rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('reads ARRAY[...] beside = ANY as an array of its own items, not of the left side', async () => {
    const { pool } = await fake();
    // PostgreSQL: ARRAY[$2, NULL] is text[], and integer = text is 42883; never 22003 for the value.
    const result = pool.query('SELECT id FROM t WHERE COALESCE(7, $1) = ANY(ARRAY[$2, NULL])', [
      3,
      '2147483648',
    ]);
    await expect(result).rejects.not.toMatchObject({ code: '22003' });
    const { rows } = await pool.query("SELECT id FROM t WHERE i = ANY('{42,1}') ORDER BY id");
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('refuses NULLIF over arrays (equal with NULL elements in PostgreSQL) and IN of an untyped value beside items of several types', async () => {
    const { pool } = await fake();
    await expect(
      pool.query("SELECT NULLIF('{4,NULL}'::int[], '{4,NULL}'::int[]) AS v"),
    ).rejects.toMatchObject({
      code: '0A000',
    });
    await expect(pool.query("SELECT ' 8 ' NOT IN ($1, si, NULL) AS v FROM t", [5])).rejects.toMatchObject({
      code: '0A000',
    });
    const { rows } = await pool.query("SELECT '43' IN (i, i + 1) AS v FROM t ORDER BY id");
    expect(rows).toEqual([{ v: true }, { v: null }]);
  });

  it('types an untyped parameter IN a list of columns afresh for each item, as PostgreSQL (42P08)', async () => {
    const { pool } = await fake();
    for (const [sql, detail] of [
      ['SELECT $1 IN (si, NULL) AS v FROM t', 'smallint versus text'],
      ['SELECT $1 IN (si, 3) AS v FROM t', 'smallint versus integer'],
      ['SELECT $1 IN (NULL, si) AS v FROM t', 'text versus smallint'],
    ] as const) {
      await expect(pool.query(sql, [5])).rejects.toMatchObject({ code: '42P08', detail });
    }
    const { rows } = await pool.query('SELECT $1 IN (si, si) AS v FROM t ORDER BY id', [3]);
    expect(rows).toEqual([{ v: true }, { v: null }]);
    // varchar meets an untyped value as text (there is no varchar = varchar).
    const texts = await pool.query('SELECT $1 IN (i::text::varchar, i::text) AS v FROM t ORDER BY id', [
      '42',
    ]);
    expect(texts.rows).toEqual([{ v: true }, { v: null }]);
    // An untyped literal meets a column as its type and another untyped item as text: refused.
    await expect(pool.query("SELECT '5' IN (si, '05') AS v FROM t")).rejects.toMatchObject({ code: '0A000' });
  });

  it('computes x IN (NULL) on every row, x raising where it overflows', async () => {
    const { pool } = await fake();
    await pool.query('UPDATE t SET si = 32767, i = 2147483647 WHERE id = 1');
    await expect(
      pool.query('SELECT id FROM t WHERE (i + si) NOT IN (NULL, $1)', [null]),
    ).rejects.toMatchObject({
      code: '22003',
    });
  });

  it('refuses an untyped value - text, which PostgreSQL reads as jsonb - text', async () => {
    const { pool } = await fake();
    await expect(pool.query("SELECT $1 - 'a'::text AS v", ['{"a": 1}'])).rejects.toMatchObject({
      code: '0A000',
    });
  });

  it('finds no @> between a text[] and a varchar[] (ARRAY[varchar, text] is varchar[])', async () => {
    const { pool } = await fake();
    await expect(
      pool.query("SELECT '{a}'::text[] @> ARRAY['a'::varchar, 'b'::text] AS v"),
    ).rejects.toMatchObject({ code: '42883' });
    const { rows } = await pool.query("SELECT '{a,b}'::text[] @> '{a}' AS v");
    expect(rows).toEqual([{ v: true }]);
  });

  it('cuts a value cast explicitly to varchar(n) to n characters', async () => {
    const { pool } = await fake();
    const { rows, fields } = await pool.query(
      "SELECT u::varchar(3) AS a, CAST(u::text AS varchar(5)) AS b, 'abcdef'::text::varchar(2) AS c FROM t ORDER BY id",
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([1043, 1043, 1043]);
    expect(rows).toEqual([
      { a: 'a0e', b: 'a0eeb', c: 'ab' },
      { a: null, b: null, c: 'ab' },
    ]);
  });
});
