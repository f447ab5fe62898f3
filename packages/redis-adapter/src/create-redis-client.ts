import { redactUrl, SeamsError } from '@seams/ports';
import { Redis } from 'ioredis';

/** Settings of `createRedisClient`; every wait is bounded, so an outage errors within about a second. */
export interface RedisClientOptions {
  /** Give up a connection attempt after this. Default 1 s. */
  readonly connectTimeoutMs?: number;
  /** Reject a command not answered within this, queued ones included. Default 1 s. */
  readonly commandTimeoutMs?: number;
  /**
   * Replace a connection that got no byte back within this after a command was written: a link
   * that went silent (a partition, a dropped NAT entry) is closed and redialled instead of timing
   * out every command until the OS gives up on it. Default 5 s; `0` turns it off (needed for
   * blocking commands such as `BLPOP` that wait longer on purpose).
   */
  readonly socketTimeoutMs?: number;
  /** Longest pause between reconnection attempts. Default 2 s. */
  readonly maxReconnectDelayMs?: number;
  /**
   * Connection errors between commands (the server restarted, the network dropped). ioredis
   * reconnects by itself; without a listener it prints every one. Default: ignore (the next command
   * reports the outage).
   */
  readonly onError?: (error: Error) => void;
}

/** The URL was not a redis:// or rediss:// URL; its message shows it with the password hidden. */
export class RedisConfigError extends SeamsError {
  readonly code = 'REDIS_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'RedisConfigError';
  }
}

/**
 * An ioredis client that fails fast: a command fails after one reconnection attempt or its command
 * timeout, instead of waiting in the offline queue until Redis returns (ioredis' default retries
 * 20 times). Commands sent while it first connects still wait, so start-up has no race.
 *
 * @example
 * const redis = createRedisClient('redis://:s3cret@127.0.0.1:6379/0');
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  assertRedisUrl(url);
  const maxDelay = options.maxReconnectDelayMs ?? 2_000;
  const socketTimeout = options.socketTimeoutMs ?? 5_000;
  const client = new Redis(url, {
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    ...(socketTimeout > 0 ? { socketTimeout } : {}),
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, maxDelay),
  });
  client.on('error', (error: Error) => options.onError?.(error));
  return client;
}

function assertRedisUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new RedisConfigError(`not a redis:// or rediss:// URL: ${url === '' ? '(empty)' : redactUrl(url)}`);
  }
}
