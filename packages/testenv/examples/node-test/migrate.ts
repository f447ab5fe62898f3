// The example's own migration runner: every .sql file of ./migrations, in name order. Yours may be
// any tool; testenv only needs a function of the database URL, and a key that changes with the files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashFiles, type TestDatabaseOptions } from '@seams/testenv';
import pg from 'pg';

const dir = new URL('./migrations/', import.meta.url);

async function migrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const file of readdirSync(dir).sort()) await client.query(readFileSync(new URL(file, dir), 'utf8'));
  } finally {
    await client.end();
  }
}

/** What `createDatabase` takes: the template is rebuilt exactly when a migration file changes. */
export const notesSchema: TestDatabaseOptions = { templateKey: hashFiles(fileURLToPath(dir)), migrate };
