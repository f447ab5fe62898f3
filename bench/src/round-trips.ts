// Round trips per create+pay pair, counted on the wire: the service (dist/server.js) talks to the
// real PostgreSQL and Redis through counting proxies (wire-tally.ts), and the section divides what
// crossed them while sequential pairs ran by the number of pairs. Each PostgreSQL round trip is
// sorted by its SQL: the request path, the outbox relay (claims and marks), payment recovery and
// health checks; a transaction's BEGIN and COMMIT go with the statements between them.
import { randomUUID } from 'node:crypto';
import { type BenchContext, type Report, realEnv } from './harness.js';
import { withScratchDatabase } from './pgbench.js';
import { withRedisDb } from './servers.js';
import { ORDER_BODY, sleep, startService } from './service.js';
import { type SqlRoundTrip, tallyPostgres, tallyRedis } from './wire-tally.js';

const REDIS_DB = 13;
const PAIRS = 50;
const QUICK_PAIRS = 10;
const PAY_BODY = JSON.stringify({ paymentToken: 'tok_visa' });

/** Who sent a round trip, read from its SQL. */
type Sender = 'request' | 'relay' | 'recovery' | 'health';

function senderOf(sql: string): Sender {
  if (/SKIP LOCKED|published_at = |locked_until = NULL/.test(sql)) return 'relay';
  if (/payment_lease_until <=/.test(sql)) return 'recovery';
  if (/^\s*SELECT 1\s*$/i.test(sql)) return 'health';
  return 'request';
}

/** Round trips by sender; a transaction counts whole for the sender of its statements. */
export function bySender(trips: readonly SqlRoundTrip[]): Record<Sender, number> {
  const counts: Record<Sender, number> = { request: 0, relay: 0, recovery: 0, health: 0 };
  const open = new Map<number, SqlRoundTrip[]>();
  const settle = (group: readonly SqlRoundTrip[]) => {
    const statement = group.find((trip) => !/^(BEGIN|COMMIT|ROLLBACK)$/i.test(trip.sql.trim()));
    counts[senderOf(statement?.sql ?? '')] += group.length;
  };
  for (const trip of trips) {
    const command = trip.sql.trim().toUpperCase();
    const group = open.get(trip.connection);
    if (command === 'BEGIN') {
      open.set(trip.connection, [trip]);
    } else if (group && (command === 'COMMIT' || command === 'ROLLBACK')) {
      open.delete(trip.connection);
      settle([...group, trip]);
    } else if (group) {
      group.push(trip);
    } else {
      settle([trip]);
    }
  }
  for (const group of open.values()) settle(group);
  return counts;
}

async function post(url: string, body: string, key: string | undefined): Promise<{ id: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers['idempotency-key'] = key;
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as { id: string };
}

/** Counts SQL round trips and Redis commands per create+pay pair, with and without Idempotency-Key. */
export async function roundTrips(report: Report, context: BenchContext): Promise<void> {
  const section = report.section(
    'Round trips per create+pay pair (counted)',
    'The service (`node dist/server.js`) on the real PostgreSQL and Redis, each behind a loopback proxy ' +
      'that counts what the service sends: every Sync or simple Query to PostgreSQL is one round trip, ' +
      'every RESP array to Redis one command. Pairs run one after another (create, then pay), each ' +
      'variant after a warm-up; payments on the embedded fake provider, events on the in-memory broker.',
  );
  const servers = realEnv();
  const pairs = context.quick ? QUICK_PAIRS : PAIRS;
  await withScratchDatabase(
    servers.TEST_POSTGRES_URL,
    'seams_bench_trips',
    (databaseUrl) =>
      withRedisDb(servers.TEST_REDIS_URL, REDIS_DB, async (redisUrl) => {
        const postgres = await tallyPostgres(databaseUrl);
        const redis = await tallyRedis(redisUrl);
        const service = await startService({ env: { DATABASE_URL: postgres.url, REDIS_URL: redis.url } });
        try {
          const rows: string[] = [];
          for (const withKey of [true, false]) {
            const run = async (count: number) => {
              for (let i = 0; i < count; i++) {
                const order = await post(
                  `${service.url}/orders`,
                  ORDER_BODY,
                  withKey ? randomUUID() : undefined,
                );
                await post(
                  `${service.url}/orders/${order.id}/pay`,
                  PAY_BODY,
                  withKey ? randomUUID() : undefined,
                );
              }
            };
            await run(3);
            // Let the relay publish the warm-up's events, so the window starts quiet.
            await sleep(1_000);
            postgres.take();
            redis.take();
            await run(pairs);
            const sql = bySender(postgres.take());
            const commands = redis.take();
            const label = withKey ? 'with Idempotency-Key' : 'without Idempotency-Key';
            const perPair = sql.request / pairs;
            const redisPerPair = commands.length / pairs;
            section.reported(`SQL round trips per pair, request path, ${label}`, 'round trips', perPair);
            section.reported(`Redis commands per pair, ${label}`, 'commands', redisPerPair, {
              commands: [...new Set(commands)].sort(),
            });
            section.reported(
              `SQL round trips per event of the outbox relay while the pairs ran, ${label}`,
              'round trips',
              sql.relay / (2 * pairs),
            );
            const row = `| ${label} | ${perPair.toFixed(2)} | ${redisPerPair.toFixed(2)} (${[...new Set(commands)].sort().join(', ') || 'none'}) | ${(sql.relay / (2 * pairs)).toFixed(2)} |`;
            rows.push(row);
            console.log(`  ${row} (other: ${JSON.stringify(sql)})`);
            if (withKey)
              section.target(
                'at most 5 SQL round trips per create+pay pair (request path, counted)',
                perPair <= 5,
                `${perPair.toFixed(2)} over ${pairs} pairs`,
              );
            if (!withKey)
              section.target(
                'no Redis command without an Idempotency-Key',
                commands.length === 0,
                `${commands.length} commands over ${pairs} pairs`,
              );
          }
          section.summary(
            [
              `${pairs} sequential pairs per row, counted on the wire.`,
              '',
              '| pair | SQL round trips per pair (request path) | Redis commands per pair | relay SQL round trips per event |',
              '| --- | ---: | ---: | ---: |',
              ...rows,
            ].join('\n'),
          );
        } finally {
          await service.stop();
          await postgres.close();
          await redis.close();
        }
      }),
    // The service applies its own migrations, through the proxy like everything else.
    { migrated: false },
  );
}
