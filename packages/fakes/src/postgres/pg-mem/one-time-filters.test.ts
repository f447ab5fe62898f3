import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, name text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
  CREATE TABLE archive (id int);
  INSERT INTO customers VALUES (1, 'Ann'), (2, 'Ben');
  INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);
`;

describe('pg-mem engine: WHERE conditions that read no column (one-time filters)', () => {
  it('fails with 21000 on a scalar subquery of several rows that no row reaches, as PostgreSQL tests it first', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      // Another condition false on every row: PostgreSQL still tests the one-time filter first.
      'SELECT id FROM customers WHERE id < 0 AND (SELECT customer_id FROM orders) > 0',
      // An empty table: PostgreSQL tests the filter before it reads (no) rows.
      'SELECT id FROM archive WHERE (SELECT customer_id FROM orders) IS NULL',
      // In the order written, a filter that holds lets the next run.
      'SELECT id FROM customers WHERE (SELECT true) AND (SELECT customer_id FROM orders) > 0 AND id < 0',
      'SELECT id FROM customers WHERE id < 0 AND ((SELECT customer_id FROM orders) > 0 OR (SELECT true))',
      'UPDATE customers SET name = NULL WHERE id < 0 AND (SELECT customer_id FROM orders) > 0',
      'DELETE FROM archive WHERE (SELECT customer_id FROM orders) = 1',
      'WITH t AS (SELECT 1) SELECT id FROM customers WHERE id < 0 AND (SELECT customer_id FROM orders) > 0',
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
  });

  it('runs no filter where the planner drops or short-circuits it', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      // A constant false or NULL condition drops the whole WHERE, wherever it is written.
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) > 0 AND false',
      'SELECT id FROM customers WHERE NULL AND (SELECT customer_id FROM orders) > 0',
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) > 0 AND id = NULL',
      // A filter that does not hold stops the ones after it.
      'SELECT id FROM customers WHERE (SELECT false) AND (SELECT customer_id FROM orders) > 0',
      // `... OR true` folds to true: no InitPlan is left to read.
      'SELECT id FROM customers WHERE id < 0 AND ((SELECT customer_id FROM orders) > 0 OR true)',
      // A condition reading a column stays per row (a scan filter), read on no row here.
      "SELECT id FROM customers WHERE name = 'nobody' AND id + 0 = (SELECT customer_id FROM orders)",
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
    expect(
      (await pool.query('SELECT id FROM customers WHERE (SELECT count(*) FROM orders) > 0 AND id = 1')).rows,
    ).toEqual([{ id: 1 }]);
    // A CTE the statement never reads is never run, nor its filters.
    expect(
      (
        await pool.query(
          'WITH t AS (SELECT * FROM archive WHERE (SELECT customer_id FROM orders) > 0) SELECT 1 AS v',
        )
      ).rows,
    ).toEqual([{ v: 1 }]);
  });
});

describe('pg-mem engine: an uncorrelated EXISTS among the one-time filters', () => {
  it('is tested in its turn, so a false EXISTS written first stops the filters after it', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      'SELECT id FROM customers WHERE EXISTS (SELECT 1 FROM archive) AND (SELECT customer_id FROM orders) > 0',
      'SELECT id FROM archive WHERE NOT EXISTS (SELECT 1 FROM orders) AND (SELECT customer_id FROM orders) > 0',
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
    for (const text of [
      // Written after the scalar subquery, or true: the several rows are read and fail.
      'SELECT id FROM archive WHERE (SELECT customer_id FROM orders) > 0 AND EXISTS (SELECT 1 FROM archive)',
      'SELECT id FROM archive WHERE EXISTS (SELECT 1 FROM orders) AND (SELECT customer_id FROM orders) > 0',
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
  });
});

describe('pg-mem engine: a condition reading the row is no one-time filter, however it folds', () => {
  it('tests the scalar subquery first where the other condition reads a column', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    for (const text of [
      // The subquery's rows are read before the statement: no row matches, the IN is FALSE here,
      // but to PostgreSQL a semi-join per row, after the one-time filter.
      'SELECT id FROM customers WHERE id IN (SELECT id FROM archive) AND (SELECT customer_id FROM orders) > 0',
      // A correlated EXISTS, run as such a semi-join.
      'SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM archive a WHERE a.id = c.id) AND (SELECT customer_id FROM orders) > 0',
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
  });
});

describe('pg-mem engine: a one-time filter beside a condition the planner folds', () => {
  it('refuses where a failing filter meets subqueries with a boolean constant (EXISTS (...) OR false)', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 's', sql: SCHEMA }] });
    // PostgreSQL folds the first to a false EXISTS, tested first: no row, no error.
    const text =
      'SELECT id FROM archive WHERE (EXISTS (SELECT 1 FROM archive) OR false) AND (SELECT customer_id FROM orders) > 0';
    await expect(pool.query(text)).rejects.toMatchObject({ code: '0A000' });
    // Nothing fails: answered.
    expect(
      (
        await pool.query(
          'SELECT id FROM customers WHERE (EXISTS (SELECT 1 FROM orders) OR false) AND (SELECT count(*) FROM orders) > 0 ORDER BY id',
        )
      ).rows,
    ).toEqual([{ id: 1 }, { id: 2 }]);
  });
});

describe("pg-mem engine: a scalar subquery of several rows as an index scan's key", () => {
  const KEYS = `
    CREATE TABLE customers (id int PRIMARY KEY, name text, email text UNIQUE, city text);
    CREATE INDEX customers_city ON customers (city);
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
    CREATE TABLE empty_keys (id int PRIMARY KEY);
    INSERT INTO customers VALUES (1, 'Ann', 'a@x', 'P'), (2, 'Ben', 'b@x', 'Q');
    INSERT INTO orders VALUES (10, 1), (11, 1), (12, 2);
  `;

  it('fails with 21000 before any row where PostgreSQL scans an index from the value (a table without statistics)', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    for (const text of [
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)",
      "SELECT id FROM customers WHERE name = 'nobody' AND (SELECT customer_id FROM orders) <= id",
      "SELECT id FROM customers WHERE name = 'nobody' AND email = (SELECT 'a@x' FROM orders)",
      "SELECT c.id FROM customers c WHERE c.name = 'nobody' AND c.city = (SELECT 'P' FROM orders)",
      'DELETE FROM empty_keys WHERE id = (SELECT customer_id FROM orders)',
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
  });

  it('reads the value per row where no index scans by the column, the index is gone, or a one-time filter stops the scan', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    await pool.query('DROP INDEX customers_city');
    for (const text of [
      "SELECT id FROM customers WHERE name = 'nobody' AND city = (SELECT 'P' FROM orders)",
      'SELECT id FROM customers WHERE (SELECT false) AND id = (SELECT customer_id FROM orders)',
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
    // No index condition, but `name = 'nobody'` is an equality of the planner's classes: it is
    // listed after the other conditions, so the subquery is read first (PostgreSQL 15: 21000).
    await expect(
      pool.query("SELECT id FROM customers WHERE name = 'nobody' AND id <> (SELECT customer_id FROM orders)"),
    ).rejects.toMatchObject({ code: '21000' });
  });

  it("compares a class's constant with its other members once, before any row (the planner's equivalence classes)", async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    for (const text of [
      // `id`, 3 and the subquery's value are one class: `(SELECT ...) = 3` is tested before the scan.
      'SELECT id FROM customers WHERE id = 3 AND id = (SELECT customer_id FROM orders)',
      'SELECT id FROM empty_keys WHERE (SELECT customer_id FROM orders) = id AND 3 = id',
      "SELECT id FROM customers WHERE name = 'x' AND name = (SELECT 'y' FROM orders)",
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
    for (const text of [
      // Two constants that differ: the relation is empty as planned, nothing is read.
      'SELECT id FROM customers WHERE id = 3 AND id = 4 AND id = (SELECT customer_id FROM orders)',
      // A comparison with NULL folds the WHERE to NULL first.
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) > 0 AND id = NULL',
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
    expect(
      (
        await pool.query(
          'SELECT id FROM customers WHERE id = 1 AND id = (SELECT customer_id FROM orders WHERE id = 10)',
        )
      ).rows,
    ).toEqual([{ id: 1 }]);
  });

  it('fails with 21000 where an index condition holds the value: an OR of them on one table (a bitmap OR), BETWEEN, an IN list', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    for (const text of [
      "SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR email = 'x')",
      'SELECT id FROM empty_keys WHERE id = (SELECT customer_id FROM orders) OR id = 5',
      "SELECT id FROM customers WHERE name = 'nobody' AND id BETWEEN (SELECT customer_id FROM orders) AND 10",
      "SELECT id FROM customers WHERE name = 'nobody' AND id IN ((SELECT customer_id FROM orders), 5)",
      "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders) + 1",
    ]) {
      await expect(pool.query(text), text).rejects.toMatchObject({ code: '21000' });
    }
    // An OR arm no index takes leaves the table to a scan that reads the value per row.
    expect(
      (
        await pool.query(
          "SELECT id FROM customers WHERE name = 'nobody' AND (id = (SELECT customer_id FROM orders) OR name = 'x')",
        )
      ).rows,
    ).toEqual([]);
  });

  it('reads nothing under LIMIT 0: the plan stops before its scan starts', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    for (const text of [
      'SELECT id FROM customers WHERE id = (SELECT customer_id FROM orders) LIMIT 0',
      'SELECT id FROM customers WHERE (SELECT customer_id FROM orders) = 1 FETCH FIRST 0 ROWS ONLY',
    ]) {
      expect((await pool.query(text)).rows, text).toEqual([]);
    }
  });

  it('refuses once ANALYZE ran on the table, even rolled back: PostgreSQL may then scan the table and read no value', async () => {
    const { pool } = await createFakePostgres({ migrations: [{ name: 'k', sql: KEYS }] });
    const text = "SELECT id FROM customers WHERE name = 'nobody' AND id = (SELECT customer_id FROM orders)";
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('ANALYZE customers');
    await client.query('ROLLBACK');
    client.release();
    await expect(pool.query(text)).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('ANALYZE'),
    });
  });
});
