import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const setup = `
  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);
  CREATE INDEX ON customers (city);
  CREATE INDEX ON customers (lower(city));
  INSERT INTO customers VALUES
    (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
  INSERT INTO orders VALUES (1, 1), (2, 1), (3, 4), (4, 5), (5, 6);`;

async function fake() {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'subquery-index', sql: setup }] });
}

// pg-mem hands an index of a subquery's column to the query around it through DISTINCT, LIMIT and
// OFFSET, which then reads the table's every matching row, as if the subquery had kept them all.
describe('pg-mem engine subqueries with DISTINCT, LIMIT or OFFSET under a filter or a join', () => {
  it('keeps one row per distinct value when the outer query filters on an indexed column', async () => {
    const { pool } = await fake();
    const byEquality = await pool.query(
      "SELECT * FROM (SELECT DISTINCT city FROM customers) d WHERE d.city = 'Rome'",
    );
    expect(byEquality.rows).toEqual([{ city: 'Rome' }]);
    const byNull = await pool.query(
      'WITH d AS (SELECT DISTINCT email FROM customers) SELECT * FROM d WHERE email IS NULL',
    );
    expect(byNull.rows).toEqual([{ email: null }]);
    const byExpression = await pool.query(
      "SELECT * FROM (SELECT DISTINCT lower(city) AS c FROM customers) d WHERE d.c = 'rome'",
    );
    expect(byExpression.rows).toEqual([{ c: 'rome' }]);
  });

  it('keeps only the rows LIMIT and OFFSET keep, under a filter and under a join', async () => {
    const { pool } = await fake();
    const limited = await pool.query(
      'SELECT * FROM (SELECT id FROM customers ORDER BY id LIMIT 3) p WHERE p.id > 2',
    );
    expect(limited.rows).toEqual([{ id: 3 }]);
    const offset = await pool.query(
      "SELECT * FROM (SELECT id, city FROM customers ORDER BY id OFFSET 4) p WHERE p.city = 'Rome'",
    );
    expect(offset.rows).toEqual([{ id: 6, city: 'Rome' }]);
    const joined = await pool.query(
      'SELECT p.id, o.id AS order_id FROM (SELECT id FROM customers ORDER BY id LIMIT 2) p JOIN orders o ON o.customer_id = p.id ORDER BY o.id',
    );
    expect(joined.rows).toEqual([
      { id: 1, order_id: 1 },
      { id: 1, order_id: 2 },
    ]);
    const grouped = await pool.query(
      "SELECT * FROM (SELECT city, count(*)::int AS n FROM customers GROUP BY city ORDER BY city LIMIT 1) g WHERE g.city = 'Oslo'",
    );
    expect(grouped.rows).toEqual([{ city: 'Oslo', n: 1 }]);
  });
});
