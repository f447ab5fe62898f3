import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
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

// Unique per file run, so the template is built by this file whatever ran before.
const templateKey = `testenv-isolation-${process.pid}-${Date.now()}`;
const migrate = async (url: string) => {
  await query(url, 'CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
};

// The tests below run in order: the second checks what the first left behind.
let firstDatabase: string | undefined;

describe('createTestDatabase', () => {
  it('hands a test a migrated database of its own', async () => {
    const { connectionString, database } = await createTestDatabase({ templateKey, migrate });
    await query(connectionString, 'INSERT INTO notes (body) VALUES ($1)', ['from the first test']);
    expect(await query(connectionString, 'SELECT body FROM notes')).toEqual([
      { body: 'from the first test' },
    ]);
    expect(new URL(connectionString).pathname).toBe(`/${database}`);
    firstDatabase = database;
  });

  it('never hands the next test the same database, and drops the used one after its test', async () => {
    const { connectionString, database } = await createTestDatabase({ templateKey, migrate });
    expect(database).not.toBe(firstDatabase);
    expect(await query(connectionString, 'SELECT body FROM notes')).toEqual([]);
    const used = firstDatabase ?? '';
    await vi.waitFor(async () => expect(await databaseExists(used)).toBe(false), { timeout: 10_000 });
  });

  it('gives concurrent callers distinct databases', async () => {
    const created = await Promise.all(
      Array.from({ length: 5 }, () => createTestDatabase({ templateKey, migrate })),
    );
    expect(new Set(created.map((db) => db.database)).size).toBe(5);
  });

  it('leaves the template unconnectable, so no test can spoil what later tests clone', async () => {
    await createTestDatabase({ templateKey, migrate });
    const templates = await query<{ datname: string; datallowconn: boolean }>(
      postgresUrl(),
      `SELECT datname, datallowconn FROM pg_database WHERE datistemplate AND datname LIKE 'seams\\_%'`,
    );
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.every((template) => !template.datallowconn)).toBe(true);
  });
});
