import { createFakePostgres } from '@seams/fakes';
import { migrateOrderService } from '../postgres/order-migrations.js';

/**
 * Starting PGlite (the embedded default) takes seconds on a busy machine, once per test worker; a
 * service process started from its sources (tsx) took over 60 s to listen at a load average of 16
 * on 2 cores. A guard against a hang, not a time target.
 */
export const EMBEDDED_DATABASE_START_MS = 120_000;

/**
 * Starts and migrates this worker's PGlite for the service's schema, so the tests' own timeouts
 * begin after it: a runtime created later leases the same instance, reset.
 */
export async function warmEmbeddedDatabase(): Promise<void> {
  await createFakePostgres({ engine: 'pglite', migrations: migrateOrderService });
}
