import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations, type Migration, migrate, type PostgresPool } from '@seams/postgres-adapter';

// src/postgres/migrations when run from source; the build copies the folder to dist/migrations,
// beside the bundle this file ends up in, so the same line finds it from both.
/** The service's own `.sql` migrations: versions 1000 and up (below 1000 belongs to @seams/postgres-adapter). */
export const orderMigrationsDir: string = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Every migration the service's database needs: the adapter's outbox table, then the orders table. */
export function orderServiceMigrations(): Migration[] {
  return [...loadMigrations(), ...loadMigrations(orderMigrationsDir)];
}

/** Applies `orderServiceMigrations()` to `pool`; returns the versions it applied. */
export async function migrateOrderService(pool: PostgresPool): Promise<readonly number[]> {
  const { applied } = await migrate(pool, { migrations: orderServiceMigrations() });
  return applied;
}
