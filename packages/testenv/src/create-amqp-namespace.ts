import { onTestFinished } from 'vitest';
import { deleteAmqpNames } from './delete-amqp-names.js';
import { rabbitmqUrl, testenvContext } from './server-urls.js';
import { uniqueName } from './unique-names.js';

/** Exchange and queue names of one test's own. */
export interface AmqpNamespace {
  readonly url: string;
  /** Every name `name()` returns starts with it. */
  readonly prefix: string;
  /** `prefix + base`; each name handed out is deleted (as queue and as exchange) after the test. */
  name(base: string): string;
}

/** A unique name prefix for the current test's exchanges and queues; they are deleted after it. */
export async function createAmqpNamespace(): Promise<AmqpNamespace> {
  const url = rabbitmqUrl();
  const prefix = `seams.${uniqueName(testenvContext().runId, '.')}.`;
  const names = new Set<string>();
  onTestFinished(() => deleteAmqpNames(url, [...names]));
  return {
    url,
    prefix,
    name(base) {
      const name = prefix + base;
      names.add(name);
      return name;
    },
  };
}
