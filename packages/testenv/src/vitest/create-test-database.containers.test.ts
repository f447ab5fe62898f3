import pg from 'pg';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { templateName } from '../postgres/database-names.js';
import { createTestDatabase } from './create-test-database.js';
import { postgresUrl } from './server-urls.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const databaseExists = async (name: string) =>
  (await query(postgresUrl(), 'SELECT 1 FROM pg_database WHERE datname = $1', [name])).length === 1;

// A fixed key: the template is built by the first run that needs it and reused by every later one.
const SCHEMA = 'CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)';
const templateKey = `testenv-notes-${SCHEMA}`;
const migrate = async (url: string) => {
  await query(url, SCHEMA);
};

describe('createTestDatabase', () => {
  it('hands a test a migrated, empty database of its own, with a connection ready', async () => {
    const db = await createTestDatabase({ templateKey, migrate });
    expect(db.pool.idleCount).toBe(1);
    await db.pool.query('INSERT INTO notes (body) VALUES ($1)', ['mine']);
    expect((await db.pool.query('SELECT body FROM notes')).rows).toEqual([{ body: 'mine' }]);
    const other = await createTestDatabase({ templateKey, migrate });
    expect(await query(other.connectionString, 'SELECT body FROM notes')).toEqual([]);
    expect(new URL(db.connectionString).pathname).toBe(`/${db.database}`);
    expect([db.url, db.name]).toEqual([db.connectionString, db.database]);
  });

  it('drops the database once its test has finished', async () => {
    let used = '';
    // Registered first, so it runs last: after createTestDatabase's own release.
    onTestFinished(async () => {
      expect(used).not.toBe('');
      // The drop runs in the background, behind other drops on a server CI shares with the SQL
      // corpus: a generous bound, still failing if the database is never dropped.
      await vi.waitFor(async () => expect(await databaseExists(used)).toBe(false), {
        timeout: 60_000,
        interval: 200,
      });
    });
    used = (await createTestDatabase({ templateKey, migrate })).database;
    expect(await databaseExists(used)).toBe(true);
  }, 90_000);

  it('gives concurrent callers distinct databases', async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, () => createTestDatabase({ templateKey, migrate })),
    );
    expect(new Set(created.map((db) => db.database)).size).toBe(5);
  });

  it('leaves the template unconnectable, so no test can spoil what later tests clone', async () => {
    await createTestDatabase({ templateKey, migrate });
    const [template] = await query<{ datistemplate: boolean; datallowconn: boolean }>(
      postgresUrl(),
      'SELECT datistemplate, datallowconn FROM pg_database WHERE datname = $1',
      [templateName(templateKey)],
    );
    expect(template).toEqual({ datistemplate: true, datallowconn: false });
  });
});
