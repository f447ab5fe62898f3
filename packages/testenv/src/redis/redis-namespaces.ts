import { uniqueName } from '../unique-names.js';
import { deleteRedisKeys } from './delete-redis-keys.js';

/** A key prefix of one test's own. */
export interface RedisNamespace {
  readonly url: string;
  /** Ends with `:`; every key under it is deleted by `release()`. */
  readonly prefix: string;
  /** Deletes every key under `prefix`. Safe to call twice. */
  release(): Promise<void>;
}

/** A Redis server of the environment: where key prefixes come from. */
export interface RedisServer {
  /** URL of the server. */
  readonly url: string;
  /** A unique key prefix for one test; `release()` deletes its keys. */
  createNamespace(): Promise<RedisNamespace>;
}

/** Every key of a run starts with this, so the run's end can delete what its tests left. */
export const redisRunPrefix = (runId: string): string => `seams:${runId}:`;

/** Hands out key prefixes on one server and remembers the unreleased ones, for `close()`. */
export class RedisNamespaces implements RedisServer {
  private readonly open = new Set<RedisNamespace>();

  constructor(
    readonly url: string,
    private readonly runId: string,
  ) {}

  async createNamespace(): Promise<RedisNamespace> {
    const { url, open } = this;
    const namespace: RedisNamespace = {
      url,
      prefix: `seams:${uniqueName(this.runId, ':')}:`,
      async release() {
        if (!open.delete(namespace)) return;
        await deleteRedisKeys(url, namespace.prefix);
      },
    };
    open.add(namespace);
    return namespace;
  }

  /** Releases the namespaces nobody released. */
  async close(): Promise<void> {
    await Promise.all([...this.open].map((namespace) => namespace.release()));
  }
}
