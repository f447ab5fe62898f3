import type pg from 'pg';
import { TestenvError } from '../testenv-error.js';
import { lastUsedOf, templateComment } from './database-names.js';
import { commentStatement, quoteDatabaseName, withDatabase } from './sql-identifier.js';

/** Fills a fresh database with the schema every test of one `templateKey` starts from. */
export type Migrate = (connectionString: string) => Promise<void>;

/** Whether this call built the template or found it built (by this run or an earlier one). */
export type TemplateOrigin = 'built' | 'reused';

// A template's "last used" mark is rewritten at most this often: it only has to outlast the sweep's idle limit.
const TOUCH_EVERY_MS = 10 * 60_000;

/**
 * Builds the template once for every worker and run: the first takes a session advisory lock and
 * migrates; the others wait on the lock, then find it built. A template is marked `IS_TEMPLATE`
 * only once migrated, so a half-built one (its builder killed) is recognised and rebuilt. The
 * caller holds the template's use lock (`TemplateLocks`), so no sweep drops it meanwhile.
 */
export async function ensureTemplate(
  admin: pg.Pool,
  serverUrl: string,
  name: string,
  migrate: Migrate,
): Promise<TemplateOrigin> {
  const client = await admin.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await buildUnlessBuilt(client, serverUrl, name, migrate);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    client.release();
  }
}

async function buildUnlessBuilt(
  client: pg.PoolClient,
  serverUrl: string,
  name: string,
  migrate: Migrate,
): Promise<TemplateOrigin> {
  const quoted = quoteDatabaseName(name);
  const { rows } = await client.query<{ datistemplate: boolean; comment: string | null }>(
    `SELECT datistemplate, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  const found = rows[0];
  if (found?.datistemplate) {
    const lastUsed = lastUsedOf(found.comment)?.getTime() ?? 0;
    if (Date.now() - lastUsed > TOUCH_EVERY_MS) await touch(client, name);
    return 'reused';
  }
  if (found) await client.query(`DROP DATABASE ${quoted} WITH (FORCE)`);
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
  await touch(client, name);
  return 'built';
}

const touch = (client: pg.PoolClient, name: string) =>
  client.query(commentStatement(name, templateComment(new Date())));
