import { ConfigError, type LogFormat, loadConfig, logFormatOf, type OrderServiceConfig } from './config.js';
import { createLogger } from './logger.js';
import { createOrderServiceRuntime, type OrderServiceRuntime } from './runtime.js';

// Long enough for in-flight payments (the gateway's own deadline is 20 s) and a relay drain.
const SHUTDOWN_TIMEOUT_MS = 25_000;
// sysexits.h EX_CONFIG: the configuration cannot work as given, so restarting unchanged will not
// help; a crash or an unreachable server exits 1.
const EXIT_CONFIG = 78;

async function main(): Promise<void> {
  let config: OrderServiceConfig;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return reportConfigError(error, logFormatOf(process.env));
  }
  const logger = createLogger({ level: config.logLevel });
  let runtime: OrderServiceRuntime;
  try {
    runtime = await createOrderServiceRuntime(config, { logger });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return reportConfigError(error, config.logFormat);
  }

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
    await runtime.close().catch(() => undefined);
    if (!isAddressInUse(error)) {
      logger.fatal({ err: error }, 'could not start');
      process.exitCode = 1;
      return;
    }
    const problem = `PORT ${config.port} is already in use on ${config.host}: stop the process using it, or set PORT to a free port`;
    reportConfigError(new ConfigError([problem], { cause: error }), config.logFormat);
  }
}

/** Readable lines on stderr, or one structured log line for a log collector (`LOG_FORMAT=json`). */
function reportConfigError(error: ConfigError, format: LogFormat): void {
  if (format === 'json') {
    createLogger().fatal(
      { code: error.code, problems: error.problems },
      `invalid configuration: ${error.problems.join('; ')}`,
    );
  } else {
    process.stderr.write(`${error.message}\n`);
  }
  process.exitCode = EXIT_CONFIG;
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}

main().catch((error: unknown) => {
  createLogger().fatal({ err: error }, 'order-service failed to start');
  process.exitCode = 1;
});
