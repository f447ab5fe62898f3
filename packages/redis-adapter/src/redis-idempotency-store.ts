import { randomUUID } from 'node:crypto';
import {
  type BeginResult,
  decodeStoredResponse,
  encodeStoredResponse,
  type IdempotencyHolder,
  type IdempotencyStore,
  idempotencyKeyValidator,
  readIdempotencyLease,
  readStoredResponse,
  type StoredResponse,
  validateIdempotencyDuration,
  type validateIdempotencyKey,
} from '@seams/ports';
import { ABANDON_SCRIPT, BEGIN_SCRIPT, COMPLETE_SCRIPT } from './idempotency-scripts.js';
import { IdempotencyRecordError, mapRedisError } from './redis-errors.js';
import { RedisScript, type RedisScriptClient } from './redis-script.js';

/** Settings of `RedisIdempotencyStore`. */
export interface RedisIdempotencyStoreConfig {
  /** An ioredis client (see `createRedisClient`); only `eval` is used. */
  readonly redis: RedisScriptClient;
  /**
   * Prepended to every key, e.g. `invoices:idempotency:`. Default `idempotency:`. The two are one
   * Redis key of at most `MAX_IDEMPOTENCY_FULL_KEY_BYTES`: past 1,000 bytes, the prefix shortens the
   * longest key taken. A prefix with an unpaired surrogate is refused (Redis would write it as U+FFFD).
   */
  readonly keyPrefix?: string;
  /**
   * How long a started key stays locked when its worker never completes nor abandons it (it
   * crashed). Longer than the slowest request, shorter than a client's patience. Default 30 s.
   */
  readonly leaseMs?: number;
}

const begin = new RedisScript(BEGIN_SCRIPT);
const complete = new RedisScript(COMPLETE_SCRIPT);
const abandon = new RedisScript(ABANDON_SCRIPT);

/**
 * An `IdempotencyStore` on Redis: one Lua script per operation, so `begin` is atomic across any
 * number of workers; a Redis outage rejects with `DependencyUnavailableError('idempotency-store')`.
 *
 * @example
 * const redis = createRedisClient(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
 * const store = new RedisIdempotencyStore({ redis, keyPrefix: 'invoices:idem:', leaseMs: 10_000 });
 * const found = await store.begin(key, sha256(body), 24 * 3_600_000);
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #redis: RedisScriptClient;
  readonly #prefix: string;
  readonly #leaseMs: number;
  /** `validateIdempotencyKey` counting the prefix too: Redis refuses a full key past 512 MiB uncoded. */
  readonly #validateKey: typeof validateIdempotencyKey;

  constructor(config: RedisIdempotencyStoreConfig) {
    this.#redis = config.redis;
    this.#prefix = config.keyPrefix ?? 'idempotency:';
    this.#validateKey = idempotencyKeyValidator(this.#prefix);
    this.#leaseMs = config.leaseMs ?? 30_000;
    validateIdempotencyDuration('leaseMs', this.#leaseMs);
  }

  async begin(key: string, fingerprint: string, ttlMs: number): Promise<BeginResult> {
    this.#validateKey(key, fingerprint);
    validateIdempotencyDuration('ttlMs', ttlMs);
    const lease = randomUUID();
    const reply = await this.#run(begin, 'begin', key, [fingerprint, ttlMs, this.#leaseMs, lease]);
    const [kind, response] = Array.isArray(reply) ? reply : [];
    if (kind === 'started') return { kind, lease };
    if (kind === 'in_progress' || kind === 'mismatch') return { kind };
    if (kind !== 'completed' || typeof response !== 'string') {
      throw new IdempotencyRecordError(key, `unexpected reply to begin: ${JSON.stringify(reply)}`);
    }
    const decoded = decodeStoredResponse(response);
    if (typeof decoded === 'string') throw new IdempotencyRecordError(key, decoded);
    return { kind: 'completed', response: decoded };
  }

  /**
   * Stores the response of a started key (under `holder.lease`, when given); a key not started
   * (never begun, abandoned, completed, taken over by another lease) is left as it is.
   */
  async complete(key: string, response: StoredResponse, holder?: IdempotencyHolder): Promise<void> {
    // Refused here, not on the retry that would find it unreadable (NaN) or changed (a dropped header).
    // Each input is read once, into the copy that is validated and then sent: a getter answering
    // otherwise on a second read would store what was never validated (an unreadable record).
    this.#validateKey(key);
    const plain = readStoredResponse(response);
    const lease = readIdempotencyLease(holder);
    await this.#run(complete, 'complete', key, [encodeStoredResponse(plain), lease ?? '']);
  }

  /** Frees a started key (under `holder.lease`, when given); a completed or unknown key is left as it is. */
  async abandon(key: string, holder?: IdempotencyHolder): Promise<void> {
    this.#validateKey(key);
    const lease = readIdempotencyLease(holder);
    await this.#run(abandon, 'abandon', key, [lease ?? '']);
  }

  async #run(script: RedisScript, operation: string, key: string, args: (string | number)[]) {
    try {
      return await script.run(this.#redis, [this.#prefix + key], args);
    } catch (error) {
      throw mapRedisError(error, operation, key);
    }
  }
}
