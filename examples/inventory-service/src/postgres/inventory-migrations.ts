import { fileURLToPath } from 'node:url';
import { loadMigrations, type Migration, migrate, type PostgresPool } from '@seams/postgres-adapter';

/**
 * The service's own `.sql` migrations, versions 1000 and up (below 1000 belong to
 * @seams/postgres-adapter). Two levels up from this file both in src/ and in dist/.
 */
export const inventoryMigrationsDir: string = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Every migration the service's database needs: the adapter's outbox table, then the stock tables. */
export function inventoryMigrations(): Migration[] {
  return [...loadMigrations(), ...loadMigrations(inventoryMigrationsDir)];
}

/** Applies `inventoryMigrations()` to `pool`; returns the versions it applied. */
export async function migrateInventory(pool: PostgresPool): Promise<readonly number[]> {
  const { applied } = await migrate(pool, { migrations: inventoryMigrations() });
  return applied;
}
