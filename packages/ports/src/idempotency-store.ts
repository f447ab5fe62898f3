/** The response stored for a completed request, replayed byte for byte. */
export interface StoredResponse {
  /** An integer HTTP status, 100-599. */
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What `IdempotencyStore.begin` found. */
export type BeginResult =
  | {
      readonly kind: 'started';
      /** This holder's lease on the key: pass it to `complete` and `abandon` (see `IdempotencyHolder`). */
      readonly lease: string;
    }
  | { readonly kind: 'in_progress' }
  | { readonly kind: 'completed'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' };

/**
 * Who completes or abandons a key: the `lease` its `begin` answered. With it, the call acts only
 * while the key is still started under that lease, so a worker whose lease ran out and whose key
 * another `begin` took over can neither store its late response as the other's nor free the other's
 * key (the call is then a no-op). Without it the call acts on whoever holds the key.
 */
export interface IdempotencyHolder {
  readonly lease?: string;
}

/**
 * Remembers requests by their `Idempotency-Key`. `begin` is atomic: of many concurrent calls
 * with one key exactly one gets `started`. A started key left alone (its worker crashed) is
 * freed when the store's lease runs out. Keys and fingerprints are well-formed strings (no
 * unpaired UTF-16 surrogate) and responses valid `StoredResponse`s: every store refuses
 * anything else with `ValidationError` (`validateIdempotencyKey`, `validateStoredResponse`).
 * A key, fingerprint, lease or stored response takes at most `MAX_IDEMPOTENCY_TEXT_BYTES` of
 * UTF-8 (Redis' 512 MiB argument, less room for a key prefix); a longer one is refused (`too_long`).
 */
export interface IdempotencyStore {
  /**
   * Claims `key` for a request whose body hashes to `fingerprint`, keeping its record for `ttlMs`.
   * Answers `in_progress` while another holder works, `completed` with the stored response after,
   * and `mismatch` when the key was used with another fingerprint.
   */
  begin(key: string, fingerprint: string, ttlMs: number): Promise<BeginResult>;
  /** Stores the response of a started key (held under `holder.lease`, when given) for the TTL given to `begin`. */
  complete(key: string, response: StoredResponse, holder?: IdempotencyHolder): Promise<void>;
  /** Frees a started key (held under `holder.lease`, when given) after a failure worth retrying. */
  abandon(key: string, holder?: IdempotencyHolder): Promise<void>;
}
