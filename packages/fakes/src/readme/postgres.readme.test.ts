import { createFakePostgres, type FakeMigration } from '@seams/fakes';
import { expect, it } from 'vitest';

it('README: createFakePostgres with plain-SQL migrations', async () => {
  // #region fake-postgres
  const migrations: FakeMigration[] = [
    { name: '001_invoices', sql: 'CREATE TABLE invoices (id text PRIMARY KEY, total integer NOT NULL)' },
    { name: '002_status', sql: "ALTER TABLE invoices ADD COLUMN status text NOT NULL DEFAULT 'draft'" },
  ];
  const fake = await createFakePostgres({ migrations }); // applied once, in order, then snapshotted
  await fake.pool.query('INSERT INTO invoices (id, total) VALUES ($1, $2)', ['inv-1', 1250]);

  const client = await fake.pool.connect();
  await client.query('BEGIN');
  await client.query('UPDATE invoices SET status = $2 WHERE id = $1', ['inv-1', 'issued']);
  await client.query('ROLLBACK'); // undone, as PostgreSQL would
  client.release();
  expect((await fake.pool.query('SELECT status FROM invoices')).rows).toEqual([{ status: 'draft' }]);

  const duplicate = fake.pool.query('INSERT INTO invoices (id, total) VALUES ($1, $2)', ['inv-1', 1]);
  await expect(duplicate).rejects.toMatchObject({ code: '23505' });

  await fake.reset(); // back to the migrated, empty schema: call it in beforeEach
  expect((await fake.pool.query('SELECT id FROM invoices')).rows).toEqual([]);
  // #endregion
});
