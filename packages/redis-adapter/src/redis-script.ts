/** The slice of an ioredis client the store uses: a script sent with its source. */
export interface RedisScriptClient {
  eval(script: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
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
    return client.eval(this.#source, keys.length, ...keys, ...args);
  }
}
