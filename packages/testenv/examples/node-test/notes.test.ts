// testenv under node:test: one environment per file (node runs each file in its own process), a
// database per test. `pnpm --filter @seams/testenv test:node-runner` runs it (TEST_*_URL or Docker).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestEnvironment, type TestEnvironment } from '@seams/testenv';
import { notesSchema } from './migrate.js';

let env: TestEnvironment<'postgres'>;
before(async () => {
  env = await startTestEnvironment({ services: ['postgres'] });
});
after(() => env.stop());

test('a test gets a migrated database of its own, with a connection ready', async (t) => {
  const db = await env.postgres.createDatabase(notesSchema);
  t.after(() => db.release());
  await db.pool.query('INSERT INTO notes (body) VALUES ($1)', ['first']);
  const { rows } = await db.pool.query('SELECT body FROM notes');
  assert.deepEqual(rows, [{ body: 'first' }]);
});

test('the next test starts from the empty schema again', async (t) => {
  const db = await env.postgres.createDatabase(notesSchema);
  t.after(() => db.release());
  const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM notes');
  assert.deepEqual(rows, [{ n: 0 }]);
});

test('concurrent tests never share a database', async (t) => {
  const dbs = await Promise.all([1, 2, 3].map(() => env.postgres.createDatabase(notesSchema)));
  t.after(() => Promise.all(dbs.map((db) => db.release())));
  assert.equal(new Set(dbs.map((db) => db.name)).size, 3);
});
