/** The slice of an ioredis client the store uses: a script sent with its source. */
export interface RedisScriptClient {
  eval(script: string, numKeys: number, ...keysAndArgs: (string | Buffer | number)[]): Promise<unknown>;
}

/**
 * The longest text a key or argument is sent as: a longer one goes as its UTF-8 bytes. ioredis writes
 * a command of strings as one JavaScript string, which V8 cannot build past 2^29 - 24 code units:
 * a `begin` with a key and a fingerprint of 300 MB each, both within the port's limit, threw
 * `RangeError: Invalid string length` as ioredis wrote it (uncaught, and fatal, when the command had
 * waited in the offline queue). One `Buffer` argument puts ioredis in its buffer mode, which has no
 * such limit; Redis reads the same bytes (measured on 7.0: 2 × 512 MiB in one EVAL was taken).
 */
export const LONGEST_STRING_ARGUMENT = 1024 * 1024;

function asArgument(value: string | number): string | Buffer | number {
  return typeof value === 'string' && value.length > LONGEST_STRING_ARGUMENT
    ? Buffer.from(value, 'utf8')
    : value;
}

/**
 * A Lua script, sent with its source every time (`EVAL`; the server caches it compiled by its SHA-1).
 * Not `EVALSHA` with an `EVAL` fallback: after a restart, a failover or `SCRIPT FLUSH`, calls in flight
 * on one connection would run out of order, a `NOSCRIPT`ed call resent only after the calls behind
 * it whose script the server still had (measured: `begin, complete, begin` answered `in_progress`
 * last, the complete having run first on a key not yet begun). The source costs a few hundred bytes
 * per call and nothing measurable on loopback.
 */
export class RedisScript {
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  run(client: RedisScriptClient, keys: readonly string[], args: readonly (string | number)[]) {
    return client.eval(this.#source, keys.length, ...[...keys, ...args].map(asArgument));
  }
}
