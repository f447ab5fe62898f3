import { SeamsError } from '@seams/ports';
import pg from 'pg';
import { redactConnectionString } from './redact-connection-string.js';

/** Settings of `createPostgresPool`; every timeout has a default, so nothing waits forever. */
export interface PostgresPoolConfig {
  /** `postgres://user:password@host:port/database`; it never appears in errors or logs unredacted. */
  readonly connectionString: string;
  /** Most connections open at once. Default 10. */
  readonly max?: number;
  /** Give up connecting (or waiting for a free pooled client) after this. Default 5 s. */
  readonly connectTimeoutMs?: number;
  /** Server-side `statement_timeout`: a query running longer is cancelled. Default 30 s. */
  readonly statementTimeoutMs?: number;
  /**
   * Client-side `query_timeout`: a query with no answer within this rejects, even when the server
   * or the link is gone and nothing would ever cancel it (a partition). Default: the statement
   * timeout plus 1 s, so a live server's own cancel (57014) comes first.
   */
  readonly queryTimeoutMs?: number;
  /** TCP keepalive on every connection, first probe after this much idleness. Default 10 s. */
  readonly keepAliveInitialDelayMs?: number;
  /** Server-side `idle_in_transaction_session_timeout`: a transaction left idle is ended. Default 60 s. */
  readonly idleInTransactionTimeoutMs?: number;
  /** Close a pooled connection idle for this long. Default 10 s. */
  readonly idleTimeoutMs?: number;
  /** Shown in `pg_stat_activity`. Default `seams`. */
  readonly applicationName?: string;
  /**
   * Errors of idle pooled connections (the server restarted, the network dropped). pg drops the
   * connection itself; without a listener Node would crash on the 'error' event. Default: ignore
   * (the next query reports the outage).
   */
  readonly onIdleError?: (error: Error) => void;
}

/** The pool configuration was unusable; its message shows the connection string redacted. */
export class PostgresConfigError extends SeamsError {
  readonly code = 'POSTGRES_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'PostgresConfigError';
  }
}

/**
 * A `pg.Pool` with Seams' defaults: bounded connect, statement, query and idle-in-transaction
 * timeouts, TCP keepalive, and an idle-error listener so a dropped connection never crashes the process.
 *
 * @example
 * const pool = createPostgresPool({ connectionString: process.env.DATABASE_URL ?? '' });
 */
export function createPostgresPool(config: PostgresPoolConfig): pg.Pool {
  assertConnectionString(config.connectionString);
  const statementTimeoutMs = config.statementTimeoutMs ?? 30_000;
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: config.max ?? 10,
    connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: config.idleTimeoutMs ?? 10_000,
    statement_timeout: statementTimeoutMs,
    query_timeout: config.queryTimeoutMs ?? statementTimeoutMs + 1_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: config.keepAliveInitialDelayMs ?? 10_000,
    idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs ?? 60_000,
    application_name: config.applicationName ?? 'seams',
  });
  pool.on('error', (error) => config.onIdleError?.(error));
  return pool;
}

function assertConnectionString(connectionString: string): void {
  let valid = false;
  try {
    valid = ['postgres:', 'postgresql:'].includes(new URL(connectionString).protocol);
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new PostgresConfigError(
      `not a postgres:// connection string: ${redactConnectionString(connectionString) || '(empty)'}`,
    );
  }
}
