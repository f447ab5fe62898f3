import { createDatabase, databaseName, SQLSTATE, sqlState } from '@seams/postgres-adapter';
import type { Logger } from 'pino';
import { ConfigError } from './config.js';

/** The real database's part of the configuration. */
export interface DatabaseTarget {
  readonly url: string;
  readonly createIfMissing: boolean;
}

/**
 * Runs `work` (the migrations: the first thing to connect) and, when the database it names does not
 * exist, either creates it and runs `work` again (`createIfMissing`) or throws a `ConfigError` that
 * says how to create it.
 */
export async function ensureDatabase<T>(
  target: DatabaseTarget,
  logger: Logger,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (sqlState(error) !== SQLSTATE.invalidCatalogName) throw error;
    if (!target.createIfMissing)
      throw new ConfigError([missingDatabaseProblem(target.url)], { cause: error });
  }
  // false: another instance starting at the same time created it first.
  if (await createDatabase(target.url)) {
    logger.info({ database: databaseName(target.url) }, 'database created (--create-database)');
  }
  return work();
}

/** The one line that names the missing database and how to create it (never the password). */
export function missingDatabaseProblem(url: string): string {
  const { hostname, port, username } = new URL(url);
  const name = databaseName(url);
  const user = username ? ` -U ${shellWord(decodeURIComponent(username))}` : '';
  const createdb = `createdb -h ${shellWord(hostname)} -p ${port || '5432'}${user} ${shellWord(name)}`;
  return `DATABASE_URL names database ${JSON.stringify(name)}, which does not exist on ${hostname}:${port || '5432'}: create it with \`${createdb}\`, or start with --create-database (CREATE_DATABASE=1) to have the service create it`;
}

/** A word safe to paste into a POSIX shell: single-quoted unless it is plainly safe. */
function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
