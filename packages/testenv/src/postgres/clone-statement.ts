import type pg from 'pg';
import { quoteDatabaseName } from './sql-identifier.js';

/**
 * How to clone on this server. PostgreSQL 15+ offers two strategies: WAL_LOG (the default) writes
 * every page through the WAL, FILE_COPY copies files between two checkpoints. With fsync off (a
 * throw-away test server) checkpoints cost nothing and FILE_COPY is about twice as fast; with
 * fsync on they can cost hundreds of ms, so the default stays. `SEAMS_CLONE_STRATEGY` overrides.
 */
export async function cloneStrategy(admin: pg.Pool): Promise<string> {
  const { rows } = await admin.query<{ version: number; fsync: string }>(
    "SELECT current_setting('server_version_num')::int AS version, current_setting('fsync') AS fsync",
  );
  const [{ version, fsync } = { version: 0, fsync: 'on' }] = rows;
  if (version < 150_000) return '';
  const wanted = process.env.SEAMS_CLONE_STRATEGY?.toUpperCase();
  if (wanted === 'WAL_LOG' || wanted === 'FILE_COPY') return ` STRATEGY = ${wanted}`;
  return fsync === 'off' ? ' STRATEGY = FILE_COPY' : '';
}

/** `CREATE DATABASE clone TEMPLATE template [STRATEGY ...]`. */
export const cloneStatement = (name: string, template: string, strategy: string): string =>
  `CREATE DATABASE ${quoteDatabaseName(name)} TEMPLATE ${quoteDatabaseName(template)}${strategy}`;
