import type pg from 'pg';
import { quoteDatabaseName } from './sql-identifier.js';

/** Drops a database of ours even when a test left connections open or it is a template. */
export async function dropDatabase(client: pg.ClientBase, name: string, isTemplate: boolean): Promise<void> {
  const quoted = quoteDatabaseName(name);
  if (isTemplate) await client.query(`ALTER DATABASE ${quoted} WITH IS_TEMPLATE false`);
  await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
}
