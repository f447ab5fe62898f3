// Isolated corners of the machine's shared servers for one bench run: a RabbitMQ vhost and a
// Redis logical database, both removed afterwards. (PostgreSQL: withScratchDatabase in pgbench.ts.)
import { exec } from './harness.js';

const RABBITMQCTL = [
  '-u',
  'rabbitmq',
  '--',
  'env',
  'HOME=/var/lib/rabbitmq',
  '/usr/lib/rabbitmq/bin/rabbitmqctl',
];

async function rabbitmqctl(args: readonly string[]): Promise<string> {
  // Run as the broker's user so the CLI finds its Erlang cookie; root goes through runuser.
  const r =
    process.getuid?.() === 0
      ? await exec('runuser', [...RABBITMQCTL, ...args])
      : await exec('rabbitmqctl', args);
  if (r.code !== 0) throw new Error(`rabbitmqctl ${args.join(' ')}: ${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}

/** A fresh vhost on the machine's RabbitMQ for `work(amqpUrl)`; deleted afterwards with its queues. */
export async function withVhost<T>(
  baseUrl: string,
  prefix: string,
  work: (amqpUrl: string, vhost: string) => Promise<T>,
): Promise<T> {
  const vhost = `${prefix}-${process.pid}-${Date.now()}`;
  const user = decodeURIComponent(new URL(baseUrl).username || 'guest');
  await rabbitmqctl(['add_vhost', vhost]);
  try {
    await rabbitmqctl(['set_permissions', '-p', vhost, user, '.*', '.*', '.*']);
    const url = new URL(baseUrl);
    url.pathname = `/${encodeURIComponent(vhost)}`;
    return await work(url.toString(), vhost);
  } finally {
    await rabbitmqctl(['delete_vhost', vhost]).catch(() => undefined);
  }
}

/** Messages ready in a queue of a vhost (rabbitmqctl list_queues). */
export async function queueDepth(vhost: string, queue: string): Promise<number | undefined> {
  const out = await rabbitmqctl([
    'list_queues',
    '-p',
    vhost,
    '--no-table-headers',
    '--quiet',
    'name',
    'messages',
  ]);
  for (const line of out.split('\n')) {
    const [name, count] = line.trim().split(/\s+/);
    if (name === queue) return Number(count);
  }
  return undefined;
}

/** The service's idempotency keys go to Redis logical database `db`; its keys are deleted afterwards. */
export async function withRedisDb<T>(
  baseUrl: string,
  db: number,
  work: (redisUrl: string) => Promise<T>,
): Promise<T> {
  const url = new URL(baseUrl);
  url.pathname = `/${db}`;
  try {
    return await work(url.toString());
  } finally {
    await exec('sh', [
      '-c',
      `redis-cli -u "$1" --scan --pattern 'order-service:idempotency:*' | xargs -r -n 500 redis-cli -u "$1" del > /dev/null`,
      'sh',
      url.toString(),
    ]);
  }
}
