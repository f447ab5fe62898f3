import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int);
  CREATE TABLE archive (id int PRIMARY KEY, customer_id int, qty int);
  INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
  INSERT INTO orders VALUES (10, 1, 2), (11, 2, 1), (14, 9, 0);
`;

describe('pg-mem engine: conditions where the planner puts them (planner-quals.ts)', () => {
  it('tests a HAVING condition without an aggregate, and an inner join ON reading no column, before any row', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      'SELECT customer_id FROM archive GROUP BY customer_id HAVING count(*) > 100 AND (SELECT id FROM customers) > 0',
      'SELECT a.id FROM customers c JOIN archive a ON a.customer_id = c.id AND (SELECT id FROM customers) > 0',
    ])
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    // A false constant in HAVING empties the input before the aggregates divide.
    const { rows } = await pool.query(
      'SELECT customer_id FROM orders GROUP BY customer_id HAVING sum(qty) / min(qty) > 0 AND 1 = 2',
    );
    expect(rows).toEqual([]);
  });

  it("filters a joined table's scan by its own conditions, and removes a LEFT JOIN nothing reads", async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      'SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 10 / o.qty > 1',
      'SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id IS NOT NULL AND 10 / o.qty > 1',
    ])
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '22012' });
    const { rows } = await pool.query(
      'SELECT o.customer_id, count(*)::int AS n FROM orders o LEFT JOIN customers c ON c.id = o.customer_id AND 10 / o.qty > 1 GROUP BY o.customer_id ORDER BY 1',
    );
    expect(rows).toEqual([
      { customer_id: 1, n: 1 },
      { customer_id: 2, n: 1 },
      { customer_id: 9, n: 1 },
    ]);
  });

  it('reports a mistake of analysis before folding, and folding before one-time filters; now() is not folded', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    const cases: [string, string][] = [
      ["SELECT o.id FROM orders o WHERE (SELECT id FROM customers) > 0 ORDER BY 'abc'::int", '22P02'],
      ['SELECT o.id FROM orders o WHERE 1 / 0 = 1 ORDER BY o.nosuch', '42703'],
      ['SELECT o.id FROM orders o WHERE (SELECT id FROM customers) > 0 ORDER BY 1 / 0', '22012'],
      ["SELECT id FROM orders WHERE now() < '2000-01-01' AND 1 / 0 = 1", '22012'],
    ];
    for (const [text, code] of cases) await expect(pool.query(text), text).rejects.toMatchObject({ code });
  });

  it("folds no parameter from a named statement's sixth execution (a generic plan may run)", async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    const client = await pool.connect();
    try {
      const text = 'SELECT CASE WHEN $1::int > 0 THEN 1 ELSE 1 / 0 END AS v';
      for (let i = 0; i < 5; i++)
        expect((await client.query({ name: 's', text, values: [1] })).rows).toEqual([{ v: 1 }]);
      await expect(client.query({ name: 's', text, values: [1] })).rejects.toMatchObject({ code: '22012' });
      const any = 'SELECT id FROM orders WHERE 10 / qty > 1 AND customer_id = ANY($1::int[])';
      for (let i = 0; i < 5; i++) await client.query({ name: 'a', text: any, values: [[7]] });
      await expect(client.query({ name: 'a', text: any, values: [[7]] })).rejects.toMatchObject({
        code: '0A000',
      });
    } finally {
      client.release();
    }
  });
});
