// Round trips per create+pay pair, counted on the wire: the service (dist/server.js) and the flat
// baseline talk to the real PostgreSQL and Redis through counting proxies (wire-tally.ts), and the
// section divides what crossed them while sequential pairs ran by the number of pairs. Each
// PostgreSQL round trip is sorted by its SQL: the request path, the outbox relay (claims and marks),
// payment recovery and health checks; a transaction's BEGIN and COMMIT go with its statements.
import { randomUUID } from 'node:crypto';
import type { BenchContext, Report } from './harness.js';
import { FLAT_SERVER } from './layering.js';
import { startPaymentsServer } from './payments-server.js';
import { withScratchStacks } from './scratch-stacks.js';
import { ORDER_BODY, type RunningService, sleep, startService } from './service.js';
import { TSX_IMPORT } from './typescript-child.js';
import { type SqlRoundTrip, tallyPostgres, tallyRedis } from './wire-tally.js';

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

/** A process measured: how it starts on its stack's env, and the variants it is driven in. */
interface Contender {
  readonly label: string;
  /** Whether psql applies the migrations first (the service applies its own). */
  readonly migrated: boolean;
  readonly keys: readonly boolean[];
  start(env: Record<string, string>): Promise<RunningService>;
}

const CONTENDERS: readonly Contender[] = [
  { label: 'service', migrated: false, keys: [true, false], start: (env) => startService({ env }) },
  {
    label: 'flat baseline',
    migrated: true,
    keys: [true],
    start: (env) => startService({ env, script: FLAT_SERVER, nodeArgs: TSX_IMPORT }),
  },
];

/** What one contender sent per pair in one variant. */
interface Counted {
  readonly sql: Record<string, number>;
  readonly commands: readonly string[];
}

async function countPairs(
  contender: Contender,
  env: Record<string, string>,
  pairs: number,
): Promise<Map<boolean, Counted>> {
  const postgres = await tallyPostgres(env.DATABASE_URL ?? '');
  const redis = await tallyRedis(env.REDIS_URL ?? '');
  const running = await contender.start({ ...env, DATABASE_URL: postgres.url, REDIS_URL: redis.url });
  const counted = new Map<boolean, Counted>();
  try {
    for (const withKey of contender.keys) {
      const run = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const order = await post(`${running.url}/orders`, ORDER_BODY, withKey ? randomUUID() : undefined);
          await post(`${running.url}/orders/${order.id}/pay`, PAY_BODY, withKey ? randomUUID() : undefined);
        }
      };
      await run(3);
      // Let the relay publish the warm-up's events, so the window starts quiet.
      await sleep(1_000);
      postgres.take();
      redis.take();
      await run(pairs);
      counted.set(withKey, { sql: bySender(postgres.take()), commands: redis.take() });
    }
  } finally {
    await running.stop();
    await postgres.close();
    await redis.close();
  }
  return counted;
}

/** Counts SQL round trips and Redis commands per create+pay pair, with and without Idempotency-Key. */
export async function roundTrips(report: Report, context: BenchContext): Promise<void> {
  const section = report.section(
    'Round trips per create+pay pair (counted)',
    'The service (`node dist/server.js`) and the flat baseline on the real PostgreSQL, Redis and RabbitMQ ' +
      '(a scratch database and vhost each), PostgreSQL and Redis each behind a loopback proxy that counts ' +
      'what the process sends: every Sync or simple Query to PostgreSQL is one round trip, every RESP array ' +
      'to Redis one command. Pairs run one after another (create, then pay), each variant after a warm-up; ' +
      'a round trip counts for the request path, or for the outbox relay, by its SQL.',
  );
  const pairs = context.quick ? QUICK_PAIRS : PAIRS;
  const payments = await startPaymentsServer();
  const rows: string[] = [];
  try {
    await withScratchStacks(
      payments,
      CONTENDERS.map((c) => c.migrated),
      async (envs) => {
        for (const [n, contender] of CONTENDERS.entries()) {
          const counted = await countPairs(contender, envs[n] ?? {}, pairs);
          for (const [withKey, { sql, commands }] of counted) {
            const label = `${contender.label}, ${withKey ? 'with' : 'without'} Idempotency-Key`;
            const perPair = (sql.request ?? 0) / pairs;
            const redisPerPair = commands.length / pairs;
            const relayPerEvent = (sql.relay ?? 0) / (2 * pairs);
            const names = [...new Set(commands)].sort();
            section.reported(`SQL round trips per pair, request path, ${label}`, 'round trips', perPair);
            section.reported(`Redis commands per pair, ${label}`, 'commands', redisPerPair, {
              commands: names,
            });
            section.reported(
              `SQL round trips per event of the outbox relay while the pairs ran, ${label}`,
              'round trips',
              relayPerEvent,
            );
            const row = `| ${label} | ${perPair.toFixed(2)} | ${redisPerPair.toFixed(2)} (${names.join(', ') || 'none'}) | ${relayPerEvent.toFixed(2)} |`;
            rows.push(row);
            console.log(`  ${row} (by sender: ${JSON.stringify(sql)})`);
            if (contender.label !== 'service') continue;
            if (withKey)
              section.target(
                'at most 5 SQL round trips per create+pay pair (request path, counted)',
                perPair <= 5,
                `${perPair.toFixed(2)} over ${pairs} pairs`,
              );
            else
              section.target(
                'no Redis command without an Idempotency-Key',
                commands.length === 0,
                `${commands.length} commands over ${pairs} pairs`,
              );
          }
        }
      },
    );
  } finally {
    await payments.stop();
  }
  section.note(
    "the flat baseline makes the service's payment reservation too (the lease that keeps a cancel or another " +
      'card off an order while its charge is in flight), so both send the same statements',
  );
  section.summary(
    [
      `${pairs} sequential pairs per row, counted on the wire.`,
      '',
      '| process and pair | SQL round trips per pair (request path) | Redis commands per pair | relay SQL round trips per event |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
}
