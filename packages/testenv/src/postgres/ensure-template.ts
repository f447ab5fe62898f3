import type pg from 'pg';
import { TestenvError } from '../testenv-error.js';
import { quoteDatabaseName, withDatabase } from './sql-identifier.js';

/** Fills a fresh database with the schema every test of one `templateKey` starts from. */
export type Migrate = (connectionString: string) => Promise<void>;

/**
 * Builds the template once for all workers: the first takes a session advisory lock and migrates;
 * the others wait on the lock, then find it built. A template is marked `IS_TEMPLATE` only once
 * migrated, so a half-built one (its builder killed) is recognised and rebuilt.
 */
export async function ensureTemplate(admin: pg.Pool, serverUrl: string, name: string, migrate: Migrate) {
  const client = await admin.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      await buildUnlessBuilt(client, serverUrl, name, migrate);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    client.release();
  }
}

async function buildUnlessBuilt(client: pg.PoolClient, serverUrl: string, name: string, migrate: Migrate) {
  const quoted = quoteDatabaseName(name);
  const { rows } = await client.query<{ datistemplate: boolean }>(
    'SELECT datistemplate FROM pg_database WHERE datname = $1',
    [name],
  );
  if (rows[0]?.datistemplate) return;
  if (rows[0]) await client.query(`DROP DATABASE ${quoted} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${quoted}`);
  try {
    await migrate(withDatabase(serverUrl, name));
  } catch (error) {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    throw new TestenvError('TEMPLATE_FAILED', `migrating template database ${name} failed`, { cause: error });
  }
  // A connection the migration left open would make every clone fail; nobody may connect later.
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
  await client.query(`ALTER DATABASE ${quoted} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
}
