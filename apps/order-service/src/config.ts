import { redactUrl } from '@seams/ports';
import { ServiceError } from './service-errors.js';

/** The SQL engine of the embedded database (`EMBEDDED_DB_ENGINE`): PostgreSQL in WASM, or pg-mem. */
export type EmbeddedDatabaseEngine = 'pglite' | 'pg-mem';

const EMBEDDED_DB_ENGINES: readonly EmbeddedDatabaseEngine[] = ['pglite', 'pg-mem'];

/** Where each part of the service runs: embedded (in process, the default) or a real server. */
export interface OrderServiceConfig {
  /** HTTP port; 0 picks a free one. */
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'embedded'; readonly engine: EmbeddedDatabaseEngine }
    | {
        readonly kind: 'postgres';
        readonly url: string;
        /** Create the database when it does not exist (`--create-database`, `CREATE_DATABASE=1`). */
        readonly createIfMissing: boolean;
      };
  readonly broker: { readonly kind: 'embedded' } | { readonly kind: 'amqp'; readonly url: string };
  readonly idempotency: { readonly kind: 'embedded' } | { readonly kind: 'redis'; readonly url: string };
  readonly payments:
    | { readonly kind: 'embedded'; readonly apiKey?: string }
    | { readonly kind: 'http'; readonly url: string; readonly apiKey: string };
  readonly logLevel: string;
  /**
   * The longest the service waits on PostgreSQL, Redis or RabbitMQ for one operation (a query, a
   * command, a connection): past it the request answers 503 rather than hang through an outage.
   */
  readonly dependencyTimeoutMs: number;
  /** How start-up failures print: `text` lines on stderr (default) or one pino line (`json`). */
  readonly logFormat: LogFormat;
}

/** `LOG_FORMAT`: running logs are JSON lines either way; this picks how start-up failures print. */
export type LogFormat = 'text' | 'json';

/**
 * The configuration cannot work as given (a variable is invalid, the database it names does not
 * exist, an embedded part is not installed); the message lists every problem, passwords hidden.
 */
export class ConfigError extends ServiceError {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`, options);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];
const FLAGS: Readonly<Record<string, boolean>> = { '1': true, true: true, '0': false, false: false };

/**
 * Reads the configuration from the environment (and the command line's `args`, where
 * `--create-database` is `CREATE_DATABASE=1`). Each variable replaces only its own part;
 * unset (or empty) ones keep the embedded default. Throws `ConfigError` listing every problem.
 *
 * | variable | part | default |
 * |---|---|---|
 * | `DATABASE_URL` | PostgreSQL (`postgres://`) | embedded, with the migrations |
 * | `EMBEDDED_DB_ENGINE` | the embedded database's engine: `pglite` or `pg-mem` | `pglite` |
 * | `CREATE_DATABASE` | `1`: create `DATABASE_URL`'s database when it does not exist | `0` |
 * | `AMQP_URL` | RabbitMQ (`amqp://`, `amqps://`) | in-memory broker |
 * | `REDIS_URL` | idempotency keys on Redis (`redis://`, `rediss://`) | in memory |
 * | `PAYMENTS_URL` + `PAYMENTS_API_KEY` | payments API (`http(s)://`) | `FakePaymentsProvider` on loopback |
 * | `PORT`, `HOST` | HTTP listener | 3000, 127.0.0.1 |
 * | `LOG_LEVEL` | pino level | info |
 * | `DEPENDENCY_TIMEOUT_MS` | longest wait on PostgreSQL, Redis or RabbitMQ per operation | 5000 |
 * | `LOG_FORMAT` | start-up failures as `text` on stderr or one `json` log line | text |
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  args: readonly string[] = [],
): OrderServiceConfig {
  const problems: string[] = [];
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const url = (name: string, protocols: readonly string[], example: string) => {
    const value = read(name);
    if (value === undefined) return undefined;
    if (!protocols.includes(protocolOf(value))) {
      problems.push(
        `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')} (like ${example}), got ${redactUrl(value)}`,
      );
      return undefined;
    }
    return value;
  };

  const port = readPort(read('PORT'), problems);
  const databaseUrl = url(
    'DATABASE_URL',
    ['postgres:', 'postgresql:'],
    'postgres://user:password@host:5432/db',
  );
  const amqpUrl = url('AMQP_URL', ['amqp:', 'amqps:'], 'amqp://user:password@host:5672');
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:'], 'redis://host:6379');
  const paymentsUrl = url('PAYMENTS_URL', ['http:', 'https:'], 'https://payments.example');
  const apiKey = read('PAYMENTS_API_KEY');
  if (read('PAYMENTS_URL') !== undefined && apiKey === undefined) {
    problems.push('PAYMENTS_API_KEY must be set when PAYMENTS_URL is');
  }
  // PGlite by default: real PostgreSQL, and 2 to 6 times the pairs/s of pg-mem here (bench/results.md).
  const engine = read('EMBEDDED_DB_ENGINE') ?? 'pglite';
  const embeddedEngine = EMBEDDED_DB_ENGINES.find((known) => known === engine);
  if (!embeddedEngine) problems.push(`EMBEDDED_DB_ENGINE must be one of ${EMBEDDED_DB_ENGINES.join(', ')}`);
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const dependencyTimeoutMs = readTimeout(read('DEPENDENCY_TIMEOUT_MS'), problems);
  const logFormat = LOG_FORMATS.find((format) => format === (read('LOG_FORMAT') ?? 'text'));
  if (logFormat === undefined) problems.push(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}`);
  const createFlag = readCreateDatabaseFlag(args, problems);
  const createEnv = FLAGS[read('CREATE_DATABASE')?.toLowerCase() ?? '0'];
  if (createEnv === undefined) problems.push('CREATE_DATABASE must be 1 or 0 (true or false)');
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host: read('HOST') ?? '127.0.0.1',
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl, createIfMissing: createFlag || createEnv === true }
      : { kind: 'embedded', engine: embeddedEngine ?? 'pglite' },
    broker: amqpUrl ? { kind: 'amqp', url: amqpUrl } : { kind: 'embedded' },
    idempotency: redisUrl ? { kind: 'redis', url: redisUrl } : { kind: 'embedded' },
    payments:
      paymentsUrl && apiKey
        ? { kind: 'http', url: paymentsUrl, apiKey }
        : apiKey
          ? { kind: 'embedded', apiKey }
          : { kind: 'embedded' },
    logLevel,
    dependencyTimeoutMs,
    logFormat: logFormat ?? 'text',
  };
}

function readTimeout(value: string | undefined, problems: string[]): number {
  if (value === undefined) return 5_000;
  const ms = Number(value);
  if (!/^\d+$/.test(value) || ms < 100 || ms > 600_000) {
    problems.push(
      `DEPENDENCY_TIMEOUT_MS must be milliseconds from 100 to 600000, got ${JSON.stringify(value)}`,
    );
    return 5_000;
  }
  return ms;
}

/** `LOG_FORMAT` as the process was given it, for reporting a configuration that did not load. */
export function logFormatOf(env: Readonly<Record<string, string | undefined>>): LogFormat {
  return env.LOG_FORMAT?.trim() === 'json' ? 'json' : 'text';
}

function readCreateDatabaseFlag(args: readonly string[], problems: string[]): boolean {
  for (const arg of args) {
    if (arg !== '--create-database') {
      problems.push(`unknown argument ${JSON.stringify(arg)}: the one option is --create-database`);
    }
  }
  return args.includes('--create-database');
}

function readPort(value: string | undefined, problems: string[]): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    problems.push(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
    return 3000;
  }
  return port;
}

function protocolOf(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}
