import { uniqueName } from '../unique-names.js';
import { deleteAmqpNames } from './delete-amqp-names.js';

/** Exchange and queue names of one test's own. */
export interface AmqpNamespace {
  readonly url: string;
  /** Every name `name()` returns starts with it. */
  readonly prefix: string;
  /** `prefix + base`; each name handed out is deleted (as queue and as exchange) by `release()`. */
  name(base: string): string;
  /** Deletes every queue and exchange named by `name()`. Safe to call twice. */
  release(): Promise<void>;
}

/** A RabbitMQ server of the environment: where name prefixes come from. */
export interface RabbitmqServer {
  /** AMQP URL of the server. */
  readonly url: string;
  /** A unique prefix for one test's exchanges and queues; `release()` deletes them. */
  createNamespace(): Promise<AmqpNamespace>;
}

/** Hands out namespaces on one server and remembers the unreleased ones, for `close()`. */
export class AmqpNamespaces implements RabbitmqServer {
  private readonly open = new Set<AmqpNamespace>();

  constructor(
    readonly url: string,
    private readonly runId: string,
  ) {}

  async createNamespace(): Promise<AmqpNamespace> {
    const { url, open } = this;
    const prefix = `seams.${uniqueName(this.runId, '.')}.`;
    const names = new Set<string>();
    const namespace: AmqpNamespace = {
      url,
      prefix,
      name(base) {
        const name = prefix + base;
        names.add(name);
        return name;
      },
      async release() {
        if (!open.delete(namespace)) return;
        await deleteAmqpNames(url, [...names]);
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
