// One OutboxRelay in a process of its own, as a second service instance would run it, for the
// outbox throughput bench (bench/outbox.mjs at the repo root). Env: DATABASE_URL, AMQP_URL.
// Protocol on stdio: prints `ready` once connected; on each `go` line drains the outbox with the
// service's default relay settings and prints {"published","ms","cpuMs"} (the bench sends one `go`
// to warm the process up, then the measured one); closes and exits when stdin ends.
import { createInterface } from 'node:readline';
import { AmqpConnection, AmqpEventPublisher, AmqpTopology } from '@seams/amqp-adapter';
import { SystemClock } from '@seams/ports';
import { createPostgresPool, PostgresOutboxStore } from '@seams/postgres-adapter';
import { OutboxRelay, orderEventsTopology } from '../dist/index.js';

const clock = new SystemClock();
const pool = createPostgresPool({ connectionString: process.env.DATABASE_URL });
const connection = new AmqpConnection({ url: process.env.AMQP_URL });
await connection.connect();
const topology = orderEventsTopology();
await new AmqpTopology({ connection }).declare(topology);
const publisher = new AmqpEventPublisher({ connection, exchange: topology.exchanges[0].name });
const relay = new OutboxRelay({ outbox: new PostgresOutboxStore({ pool, clock }), publisher, clock });

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const published = await relay.drain(100_000);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ published, ms, cpuMs: (used.user + used.system) / 1000 })}\n`);
}
lines.close();
await publisher.close();
await connection.close();
await pool.end();
