import { ConfigError, type OrderServiceConfig } from './config.js';

/** `@seams/fakes`: the embedded parts (PGlite or pg-mem, in-memory broker and store, fake payments API). */
export type Fakes = typeof import('@seams/fakes');

const importFakes = (): Promise<Fakes> => import('@seams/fakes');

/**
 * Loads `@seams/fakes` for the parts that run embedded, only when one does. It is an optional peer
 * of the service, so a production install (`pnpm install --prod`) leaves it and pg-mem out; there
 * a missing URL is a `ConfigError` naming each variable to set, not a crash on a missing module.
 */
export async function loadFakes(config: OrderServiceConfig, load: () => Promise<Fakes> = importFakes) {
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, '@seams/fakes')) throw error;
    throw new ConfigError(
      embeddedParts(config).map(
        ([variable, part]) =>
          `${variable} must be set: the embedded ${part} comes from @seams/fakes, which this install leaves out`,
      ),
      { cause: error },
    );
  }
}

/**
 * Loads the fakes up front when any part runs embedded, so that a production install missing them
 * fails before anything connects (a real database would otherwise be migrated first).
 */
export async function preloadFakes(config: OrderServiceConfig, load: () => Promise<Fakes> = importFakes) {
  if (embeddedParts(config).length > 0) await loadFakes(config, load);
}

function embeddedParts(config: OrderServiceConfig): Array<[variable: string, part: string]> {
  const parts: Array<[string, string]> = [];
  if (config.database.kind === 'embedded') parts.push(['DATABASE_URL', 'database (PGlite or pg-mem)']);
  if (config.broker.kind === 'embedded') parts.push(['AMQP_URL', 'broker']);
  if (config.idempotency.kind === 'embedded') parts.push(['REDIS_URL', 'idempotency store']);
  if (config.payments.kind === 'embedded') parts.push(['PAYMENTS_URL and PAYMENTS_API_KEY', 'payments API']);
  return parts;
}

function isMissingPackage(error: unknown, name: string): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    error.message.includes(`'${name}'`)
  );
}
