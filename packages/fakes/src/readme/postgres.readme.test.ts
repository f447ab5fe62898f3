import { createFakePostgres, type FakeMigration } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: createFakePostgres with plain-SQL migrations', async () => {
  // #region fake-postgres
  const migrations: FakeMigration[] = [
    { name: '001_orders', sql: 'CREATE TABLE orders (id text PRIMARY KEY, total integer NOT NULL)' },
    { name: '002_status', sql: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new'" },
  ];
  const fake = await createFakePostgres({ migrations }); // applied once, in order, then snapshotted
  await fake.pool.query('INSERT INTO orders (id, total) VALUES ($1, $2)', ['o-1', 1250]);

  const client = await fake.pool.connect();
  await client.query('BEGIN');
  await client.query('UPDATE orders SET status = $2 WHERE id = $1', ['o-1', 'paid']);
  await client.query('ROLLBACK'); // undone, as PostgreSQL would
  client.release();
  expect((await fake.pool.query('SELECT status FROM orders')).rows).toEqual([{ status: 'new' }]);

  const duplicate = fake.pool.query('INSERT INTO orders (id, total) VALUES ($1, $2)', ['o-1', 1]);
  await expect(duplicate).rejects.toMatchObject({ code: '23505' });

  fake.reset(); // back to the migrated, empty schema in O(1): call it in beforeEach
  expect((await fake.pool.query('SELECT id FROM orders')).rows).toEqual([]);
  // #endregion
});
