import { createHash } from 'node:crypto';

/** The slice of an ioredis client the store uses: scripts by hash, with the source as fallback. */
export interface RedisScriptClient {
  evalsha(sha1: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

/** A Lua script sent by its SHA-1, and by its source only when the server does not know it yet. */
export class RedisScript {
  readonly #source: string;
  readonly #sha1: string;

  constructor(source: string) {
    this.#source = source;
    this.#sha1 = createHash('sha1').update(source).digest('hex');
  }

  async run(client: RedisScriptClient, keys: readonly string[], args: readonly (string | number)[]) {
    try {
      return await client.evalsha(this.#sha1, keys.length, ...keys, ...args);
    } catch (error) {
      // After a restart or SCRIPT FLUSH the cache is empty: EVAL loads the script again.
      if (!isNoScript(error)) throw error;
      return client.eval(this.#source, keys.length, ...keys, ...args);
    }
  }
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}
