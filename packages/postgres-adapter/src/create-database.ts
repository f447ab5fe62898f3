import pg from 'pg';
import { PostgresConfigError } from './create-postgres-pool.js';
import { SQLSTATE, sqlState } from './postgres-errors.js';
import { redactConnectionString } from './redact-connection-string.js';

/** Options of `createDatabase`. */
export interface CreateDatabaseOptions {
  /** The database to connect to while creating (a database cannot create itself). Default `postgres`. */
  readonly maintenanceDatabase?: string;
  /** Give up connecting after this. Default 5 s. */
  readonly connectTimeoutMs?: number;
}

/**
 * Creates the database `connectionString` names, connecting as the same user to the same server's
 * maintenance database. The name is quoted as an identifier (`CREATE DATABASE` takes no
 * parameters), so any name PostgreSQL accepts works and none can inject SQL. Resolves `false`
 * when the database already exists (another instance created it first).
 *
 * @example
 * await createDatabase('postgres://postgres@127.0.0.1:5432/inventory'); // CREATE DATABASE "inventory"
 */
export async function createDatabase(
  connectionString: string,
  options: CreateDatabaseOptions = {},
): Promise<boolean> {
  const name = databaseName(connectionString);
  const maintenance = new URL(connectionString);
  maintenance.pathname = `/${encodeURIComponent(options.maintenanceDatabase ?? 'postgres')}`;
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    if (sqlState(error) === SQLSTATE.duplicateDatabase) return false;
    throw error;
  } finally {
    await client.end();
  }
}

/** The database a `postgres://` URL names: its path, decoded. */
export function databaseName(connectionString: string): string {
  let name = '';
  try {
    name = decodeURIComponent(new URL(connectionString).pathname.slice(1));
  } catch {
    name = '';
  }
  if (name === '') {
    throw new PostgresConfigError(
      `no database name in ${redactConnectionString(connectionString) || '(empty)'}: expected postgres://user@host:5432/name`,
    );
  }
  return name;
}
