import pg from 'pg';
import { lastUsedOf, TEMPLATE_PREFIX } from './database-names.js';
import { dropDatabase } from './drop-database.js';
import { TEMPLATE_LOCK_KEY } from './template-locks.js';

/** How long a template may go unused before a sweep drops it: `SEAMS_TEMPLATE_MAX_IDLE_HOURS`, default 24. */
export function templateMaxIdleMs(): number {
  const hours = Number(process.env.SEAMS_TEMPLATE_MAX_IDLE_HOURS ?? 24);
  return (Number.isFinite(hours) && hours >= 0 ? hours : 24) * 3_600_000;
}

export interface SweepTemplatesOptions {
  readonly maxIdleMs: number;
  /** Only these templates (tests and benches clearing what they made); default every template. */
  readonly names?: readonly string[];
}

/**
 * Drops templates that no live run uses and none has used for `maxIdleMs` (the templates of
 * migrations since changed), and half-built ones whose builder died. A template in use is never
 * touched: its users hold its lock shared, and the sweep drops only what it can lock exclusively.
 * Safe with any number of runs sweeping and cloning on the same server at once.
 */
export async function sweepTemplates(serverUrl: string, options: SweepTemplatesOptions): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1',
      [TEMPLATE_PREFIX],
    );
    const candidates = rows.map((row) => row.datname).filter((name) => options.names?.includes(name) ?? true);
    const dropped: string[] = [];
    for (const name of candidates) {
      if (await dropIfIdle(client, name, options.maxIdleMs)) dropped.push(name);
    }
    return dropped;
  } finally {
    await client.end();
  }
}

async function dropIfIdle(client: pg.Client, name: string, maxIdleMs: number): Promise<boolean> {
  const { rows: lock } = await client.query<{ free: boolean }>(
    `SELECT pg_try_advisory_lock(${TEMPLATE_LOCK_KEY}) AS free`,
    [name],
  );
  if (!lock[0]?.free) return false;
  try {
    // Read again under the lock: a run may have used or rebuilt it since the listing.
    const { rows } = await client.query<{ datistemplate: boolean; comment: string | null }>(
      `SELECT datistemplate, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    const found = rows[0];
    if (!found) return false;
    const lastUsed = lastUsedOf(found.comment)?.getTime() ?? 0;
    // Not a template yet and nobody holding it: its builder died mid-migration.
    const stale = !found.datistemplate || Date.now() - lastUsed >= maxIdleMs;
    if (stale) await dropDatabase(client, name, found.datistemplate);
    return stale;
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${TEMPLATE_LOCK_KEY})`, [name]);
  }
}
