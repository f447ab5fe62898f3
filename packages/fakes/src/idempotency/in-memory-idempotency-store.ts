import { randomUUID } from 'node:crypto';
import {
  type BeginResult,
  type Clock,
  decodeStoredResponse,
  encodeStoredResponse,
  type IdempotencyHolder,
  type IdempotencyStore,
  idempotencyKeyValidator,
  readIdempotencyLease,
  readStoredResponse,
  SeamsError,
  type StoredResponse,
  validateIdempotencyDuration,
  type validateIdempotencyKey,
} from '@seams/ports';

/** Settings of `InMemoryIdempotencyStore`. */
export interface InMemoryIdempotencyStoreConfig {
  /** Drives TTL and lease expiry: a `FakeClock` lets a test expire keys without waiting. */
  readonly clock: Clock;
  /** How long a started key stays locked when its worker never completes nor abandons it. Default 30 s. */
  readonly leaseMs?: number;
  /**
   * The key prefix of the `RedisIdempotencyStore` this one stands in for (default `idempotency:`,
   * as there). Records are kept under prefix and key as one text, as Redis keeps them: a `peer`
   * on the prefix `x:` reads this store's key `x:k` as its `k`. That text may take at most
   * `MAX_IDEMPOTENCY_FULL_KEY_BYTES`: a key that a prefix over 1,000 bytes takes past it is refused
   * (`too_long`), as the Redis adapter refuses it.
   */
  readonly keyPrefix?: string;
}

type IdempotencyRecord =
  | {
      readonly state: 'started';
      readonly fingerprint: string;
      readonly ttlMs: number;
      readonly expiresAt: number;
      readonly leaseUntil: number;
      /** The holder's lease, as `begin` answered it. */
      readonly lease: string;
    }
  | {
      readonly state: 'completed';
      readonly fingerprint: string;
      readonly expiresAt: number;
      /** `encodeStoredResponse`'s JSON, as Redis keeps it, decoded afresh for every replay. */
      readonly response: string;
    };

/**
 * An `IdempotencyStore` in a `Map`, with the Redis adapter's semantics: `begin` is atomic
 * (it never awaits between its read and its write), and TTLs and leases expire on the injected clock.
 *
 * @example
 * const clock = new FakeClock();
 * const store = new InMemoryIdempotencyStore({ clock, leaseMs: 5_000 });
 * await store.begin('key-1', 'sha256-of-body', 86_400_000); // { kind: 'started' }
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  // Not readonly: `peer()` points a new store at this one's records. Keyed by prefix and key.
  #records = new Map<string, IdempotencyRecord>();
  readonly #clock: Clock;
  readonly #leaseMs: number;
  readonly #keyPrefix: string;
  readonly #validateKey: typeof validateIdempotencyKey;

  constructor(config: InMemoryIdempotencyStoreConfig) {
    this.#clock = config.clock;
    this.#leaseMs = config.leaseMs ?? 30_000;
    this.#keyPrefix = config.keyPrefix ?? 'idempotency:';
    this.#validateKey = idempotencyKeyValidator(this.#keyPrefix);
    validateIdempotencyDuration('leaseMs', this.#leaseMs);
  }

  /**
   * Another store on the same records and clock, as a second worker's `RedisIdempotencyStore` on
   * the same Redis: a key one of them began is `in_progress` for the other. By default on this
   * store's key prefix; on another, its keys are that prefix and the key as one text, as in Redis
   * (a peer on this store's prefix followed by `x:` reads this store's `x:k` as its `k`). Stores built with
   * `new` share nothing, as two Redis servers would not. The lease is the peer's own (in Redis,
   * whichever store begins a key writes its lease); by default this store's.
   */
  peer(config: { readonly leaseMs?: number; readonly keyPrefix?: string } = {}): InMemoryIdempotencyStore {
    const peer = new InMemoryIdempotencyStore({
      clock: this.#clock,
      leaseMs: config.leaseMs ?? this.#leaseMs,
      keyPrefix: config.keyPrefix ?? this.#keyPrefix,
    });
    peer.#records = this.#records;
    return peer;
  }

  async begin(key: string, fingerprint: string, ttlMs: number): Promise<BeginResult> {
    this.#validateKey(key, fingerprint);
    validateIdempotencyDuration('ttlMs', ttlMs);
    const now = this.#now();
    const record = this.#live(key, now);
    if (!record || (record.state === 'started' && record.leaseUntil <= now)) {
      const leaseUntil = now + this.#leaseMs;
      const lease = randomUUID();
      this.#records.set(this.#keyPrefix + key, {
        state: 'started',
        fingerprint,
        ttlMs,
        expiresAt: now + ttlMs,
        leaseUntil,
        lease,
      });
      return { kind: 'started', lease };
    }
    if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (record.state === 'started') return { kind: 'in_progress' };
    const response = decodeStoredResponse(record.response);
    // `complete` stores only the validated copy it read, so this never happens; were it to, the
    // Redis adapter's code is the answer a caller handles.
    if (typeof response === 'string') throw new IdempotencyRecordError(key, response);
    return { kind: 'completed', response };
  }

  async complete(key: string, response: StoredResponse, holder?: IdempotencyHolder): Promise<void> {
    this.#validateKey(key);
    // Each input read once, as the Redis adapter reads it before its script runs: the copy that was
    // validated is the one stored, whatever a getter would answer on another read.
    const plain = readStoredResponse(response);
    const lease = readIdempotencyLease(holder);
    const encoded = encodeStoredResponse(plain);
    const now = this.#now();
    const record = this.#live(key, now);
    // A key that is not started (never begun, abandoned, expired, already completed, taken over
    // under another lease) keeps its state, as the Redis script does: the first response recorded
    // is the one replayed.
    if (record?.state !== 'started' || !heldBy(record, lease)) return;
    const { fingerprint, ttlMs } = record;
    this.#records.set(this.#keyPrefix + key, {
      state: 'completed',
      fingerprint,
      expiresAt: now + ttlMs,
      response: encoded,
    });
  }

  async abandon(key: string, holder?: IdempotencyHolder): Promise<void> {
    this.#validateKey(key);
    const lease = readIdempotencyLease(holder);
    const record = this.#live(key, this.#now());
    if (record?.state === 'started' && heldBy(record, lease)) this.#records.delete(this.#keyPrefix + key);
  }

  /** Number of keys held, expired ones included until touched (as Redis counts them until evicted). */
  get size(): number {
    return this.#records.size;
  }

  /** The record of `key` under this store's prefix, unless its TTL has elapsed. */
  #live(key: string, now: number): IdempotencyRecord | undefined {
    const recordKey = this.#keyPrefix + key;
    const record = this.#records.get(recordKey);
    // Gone once its TTL has elapsed on the clock, as a lease ends in the begin script
    // (`lease_until <= now`). Redis itself keeps a key through the millisecond its expiry names
    // (PTTL reads 0), but no caller can ask then: waiting the TTL after `complete` resolved finds
    // it gone on Redis nearly always (measured: 51 of 60), the reply's round trip having passed it.
    if (record && record.expiresAt <= now) {
      this.#records.delete(recordKey);
      return undefined;
    }
    return record;
  }

  #now(): number {
    return this.#clock.now().getTime();
  }
}

/** Whether the holder of `lease` may complete or abandon the started `record`: any holder without one. */
function heldBy(record: { readonly lease: string }, lease: string | undefined): boolean {
  return lease === undefined || lease === record.lease;
}

/**
 * A completed record whose response cannot be read back, as `@seams/redis-adapter`'s error of the
 * same name and code (`IDEMPOTENCY_RECORD_UNREADABLE`), so a caller handles both stores alike.
 */
class IdempotencyRecordError extends SeamsError {
  readonly code = 'IDEMPOTENCY_RECORD_UNREADABLE';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(`idempotency record ${key}: ${message}`);
    this.name = 'IdempotencyRecordError';
  }
}
