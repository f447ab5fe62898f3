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
    | { readonly kind: 'postgres'; readonly url: string };
  readonly broker: { readonly kind: 'embedded' } | { readonly kind: 'amqp'; readonly url: string };
  readonly idempotency: { readonly kind: 'embedded' } | { readonly kind: 'redis'; readonly url: string };
  readonly payments:
    | { readonly kind: 'embedded'; readonly apiKey?: string }
    | { readonly kind: 'http'; readonly url: string; readonly apiKey: string };
  readonly logLevel: string;
}

/** The environment was unusable; the message lists every problem, with passwords hidden. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads the configuration from the environment. Each variable replaces only its own part;
 * unset (or empty) ones keep the embedded default. Throws `ConfigError` listing every problem.
 *
 * | variable | part | default |
 * |---|---|---|
 * | `DATABASE_URL` | PostgreSQL (`postgres://`) | embedded, with the migrations |
 * | `EMBEDDED_DB_ENGINE` | the embedded database's engine: `pglite` or `pg-mem` | `pglite` |
 * | `AMQP_URL` | RabbitMQ (`amqp://`, `amqps://`) | in-memory broker |
 * | `REDIS_URL` | idempotency keys on Redis (`redis://`, `rediss://`) | in memory |
 * | `PAYMENTS_URL` + `PAYMENTS_API_KEY` | payments API (`http(s)://`) | `FakePaymentsProvider` on loopback |
 * | `PORT`, `HOST` | HTTP listener | 3000, 127.0.0.1 |
 * | `LOG_LEVEL` | pino level | info |
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
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
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    port,
    host: read('HOST') ?? '127.0.0.1',
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
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
  };
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

/** `scheme://user:***@host/path`: the URL with its password (and any query string) hidden. */
export function redactUrl(value: string): string {
  try {
    const parsed = new URL(value);
    if (parsed.password) parsed.password = '***';
    if (parsed.search) parsed.search = '?***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}
