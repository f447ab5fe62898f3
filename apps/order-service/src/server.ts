import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createOrderServiceRuntime } from './runtime.js';

// Long enough for in-flight payments (the gateway's own deadline is 20 s) and a relay drain.
const SHUTDOWN_TIMEOUT_MS = 25_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger().fatal({ problems: error.problems }, error.message);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger({ level: config.logLevel });
  const runtime = await createOrderServiceRuntime(config, { logger });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing in-flight ones, draining the outbox');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown timed out; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    runtime.close().then(
      () => {
        logger.info('stopped cleanly');
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);

  try {
    await runtime.listen();
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    await runtime.close().catch(() => undefined);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  createLogger().fatal({ err: error }, 'order-service failed to start');
  process.exitCode = 1;
});
