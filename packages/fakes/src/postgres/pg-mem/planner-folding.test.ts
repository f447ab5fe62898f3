import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { arrayTextLength } from './constant-folding.js';

const SCHEMA =
  "CREATE TABLE q (id int, y int, name text, dt date, ts timestamp); INSERT INTO q VALUES (1, 0, 'a', '2020-01-02', '2020-01-02 03:04:05'), (2, 1, NULL, NULL, NULL); CREATE TABLE e (id int, dt date)";

async function pool() {
  return (await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql: SCHEMA }] })).pool;
}

// PostgreSQL folds constant and strict-NULL conditions before the first row, and runs the rest of
// a WHERE cheapest first: a condition that divides by zero on row 1 is never reached in these.
describe('pg-mem engine: WHERE conditions the planner folds or runs first', () => {
  it.each([
    ["starts_with('abcabc', reverse('%')) AND 1 / y > 0", 'an immutable text function over constants'],
    [
      "starts_with(name || name, rtrim(NULL::text, ' ')) AND 10 / y > 0",
      'a strict call with a NULL argument',
    ],
    ["upper(NULL) = 'A' AND 1 / y > 0", 'a comparison of a strict call of NULL'],
  ])('%s (%s) reads no row', async (where) => {
    const { rows } = await (await pool()).query(`SELECT id FROM q WHERE ${where}`);
    expect(rows).toEqual([]);
  });

  it('tests a condition of stable calls and constants first, as a one-time filter', async () => {
    const { rows } = await (await pool()).query(
      "SELECT id FROM q WHERE strpos(concat('a', NULL), 'abc') > 0 AND 1 / y > 0",
    );
    expect(rows).toEqual([]);
  });

  it("folds the constants after a subquery's value that is false: the subquery is no constant to the planner", async () => {
    await expect(
      (await pool()).query(
        'SELECT id FROM q WHERE (SELECT id FROM e WHERE id = 5) IS NOT NULL AND (SELECT 1 / 0) = 1',
      ),
    ).rejects.toMatchObject({ code: '22012' });
    await expect(
      (await pool()).query(
        'SELECT id FROM q WHERE (SELECT id FROM e WHERE id = 5) IS NOT NULL AND 1 / 0 = 1',
      ),
    ).rejects.toMatchObject({ code: '22012' });
  });

  it('still divides by zero where the folded condition holds, and beside concat (not strict)', async () => {
    const db = await pool();
    await expect(
      db.query("SELECT id FROM q WHERE starts_with('abc', 'a') AND 1 / y > 0"),
    ).rejects.toMatchObject({
      code: '22012',
    });
    await expect(
      db.query("SELECT id FROM q WHERE concat('a', NULL) = 'a' AND 1 / y > 0"),
    ).rejects.toMatchObject({
      code: '22012',
    });
  });

  it('costs = ANY ($1) by the bound array: a short one runs before a division', async () => {
    const db = await pool();
    const short = await db.query('SELECT id FROM q WHERE id = ANY ($1) AND 10 / y > 0', [[99]]);
    expect(short.rows).toEqual([]);
    // Nine or more elements are hashed (one comparison): still first, as written before the division.
    const hashed = await db.query('SELECT id FROM q WHERE id = ANY ($1::int[]) AND 10 / y > 0', [
      [91, 92, 93, 94, 95, 96, 97, 98, 99],
    ]);
    expect(hashed.rows).toEqual([]);
    // Eight elements cost four comparisons, more than the division's two: the division runs first.
    await expect(
      db.query('SELECT id FROM q WHERE id = ANY ($1::int[]) AND 10 / y > 0', [
        [91, 92, 93, 94, 95, 96, 97, 98],
      ]),
    ).rejects.toMatchObject({ code: '22012' });
  });

  it('counts the elements of array text in every dimension', () => {
    expect(arrayTextLength('{}')).toBe(0);
    expect(arrayTextLength('{1,2,3}')).toBe(3);
    expect(arrayTextLength('{"a,b","c\\"}",NULL}')).toBe(3);
    expect(arrayTextLength('{{1,2},{3,4}}')).toBe(4);
    expect(arrayTextLength('[0:1]={7,8}')).toBe(2);
    expect(arrayTextLength('7')).toBeUndefined();
  });
});

describe('pg-mem engine: a function error PostgreSQL raises as the call runs', () => {
  it('raises extract(minute FROM date) only on a row that reaches it with a value', async () => {
    const db = await pool();
    expect((await db.query('SELECT extract(minute FROM dt) AS m FROM e')).rows).toEqual([]);
    expect((await db.query('SELECT extract(minute FROM dt) AS m FROM q WHERE id = 2')).rows).toEqual([
      { m: null },
    ]);
    await expect(db.query('SELECT extract(minute FROM dt) AS m FROM q')).rejects.toMatchObject({
      code: '0A000',
      message: 'unit "minute" not supported for type date',
    });
  });

  it('reports a later parse-analysis error first, and folds a constant one before any row', async () => {
    const db = await pool();
    await expect(
      db.query('SELECT extract(minute FROM dt) + mod(1.5, round(3)) FROM e'),
    ).rejects.toMatchObject({
      // PostgreSQL's 42883 (mod(numeric, double precision)); the engine refuses that mod() clearly.
      code: '0A000',
      message: expect.stringContaining('the function mod()'),
    });
    await expect(db.query("SELECT extract(minute FROM date '2020-01-01') FROM e")).rejects.toMatchObject({
      code: '0A000',
      message: 'unit "minute" not supported for type date',
    });
    expect((await db.query('SELECT extract(minute FROM NULL::date) AS m')).rows).toEqual([{ m: null }]);
  });

  it("raises date_trunc's unsupported unit only where a row reaches it", async () => {
    const db = await pool();
    expect((await db.query("SELECT date_trunc('dow', ts) AS d FROM q WHERE id = 5")).rows).toEqual([]);
    await expect(db.query("SELECT date_trunc('dow', ts) AS d FROM q")).rejects.toMatchObject({
      code: '22023',
    });
  });
});
