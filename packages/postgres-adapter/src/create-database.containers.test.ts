import { randomUUID } from 'node:crypto';
import { postgresUrl } from '@seams/testenv/vitest';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createDatabase } from './create-database.js';

/** The server's admin URL pointed at `name` (encoded, so quotes and spaces survive the URL). */
function urlFor(name: string): string {
  const url = new URL(postgresUrl());
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('createDatabase (real PostgreSQL)', () => {
  it('creates a database whose name needs quoting, and answers false when it already exists', async () => {
    // Upper case, a space, a hyphen and a double quote: each breaks an unquoted or naively quoted name.
    const name = `Seams create-"${randomUUID().slice(0, 8)}"`;
    onTestFinished(async () => {
      await onAdmin((admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`),
      );
    });

    expect(await createDatabase(urlFor(name))).toBe(true);
    expect(await createDatabase(urlFor(name))).toBe(false);

    const created = new pg.Client({ connectionString: urlFor(name) });
    await created.connect();
    const { rows } = await created.query<{ name: string }>('SELECT current_database() AS name');
    await created.end();
    expect(rows[0]?.name).toBe(name);
  });
});
