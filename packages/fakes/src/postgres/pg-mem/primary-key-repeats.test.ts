import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fake(sql: string) {
  return createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'keys', sql }] });
}

describe('pg-mem engine: a UNIQUE repeating the primary key is the key', () => {
  it.each([
    // Sequelize's SequelizeMeta, as its queryInterface creates it.
    ['CREATE TABLE m ("name" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY ("name"))', 'm_pkey'],
    ['CREATE TABLE m (name text PRIMARY KEY UNIQUE)', 'm_pkey'],
    ['CREATE TABLE m (name text, k int, UNIQUE (name, k), PRIMARY KEY (name, k))', 'm_pkey'],
    ['CREATE TABLE m (name text CONSTRAINT u UNIQUE, CONSTRAINT k PRIMARY KEY (name))', 'k'],
  ])('reports a duplicate against the key: %s', async (sql, constraint) => {
    const { pool } = await fake(sql);
    const columns = sql.includes(' k int') ? '(name, k) VALUES ($1, 1)' : '(name) VALUES ($1)';
    await pool.query(`INSERT INTO m ${columns}`, ['a.js']);
    await expect(pool.query(`INSERT INTO m ${columns}`, ['a.js'])).rejects.toMatchObject({
      code: '23505',
      constraint,
    });
  });

  it('keeps a UNIQUE over the same columns in another order, checked after the key', async () => {
    const { pool } = await fake('CREATE TABLE m (a int, b int, UNIQUE (a, b), PRIMARY KEY (b, a))');
    await pool.query('INSERT INTO m VALUES (1, 2)');
    await expect(pool.query('INSERT INTO m VALUES (1, 2)')).rejects.toMatchObject({ constraint: 'm_pkey' });
  });

  it('refuses a named UNIQUE under an unnamed key, which PostgreSQL names after it', async () => {
    await expect(fake('CREATE TABLE m (name text CONSTRAINT u UNIQUE, PRIMARY KEY (name))')).rejects.toThrow(
      /named UNIQUE repeating/,
    );
  });
});
