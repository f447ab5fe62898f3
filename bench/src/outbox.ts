// Outbox throughput: events per second from committed outbox rows to confirmed publishes marked
// published, with one OutboxRelay process and with two, on real PostgreSQL and RabbitMQ. The
// events are committed up front; the clock runs from `go` until every relay has drained.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type BenchContext,
  cpuByPart,
  describeParts,
  exec,
  machineCpu,
  type Report,
  realEnv,
  root,
} from './harness.js';
import { withScratchDatabase } from './pgbench.js';
import { withVhost } from './servers.js';

/** What a relay worker prints once it has drained. */
interface WorkerResult {
  readonly published: number;
  readonly ms: number;
  readonly cpuMs: number;
}

/** What the relay workers need: the scratch database and vhost. */
interface RelayEnv {
  readonly DATABASE_URL: string;
  readonly AMQP_URL: string;
}

const WORKER = join(root, 'apps/order-service/bench/relay-worker.mjs');

async function psql(url: string, sql: string): Promise<string> {
  const r = await exec('psql', ['-X', '-q', '-t', '-A', '-v', 'ON_ERROR_STOP=1', url, '-c', sql]);
  if (r.code !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/**
 * `count` due order.paid events, shaped as the service writes them, then ANALYZE: a service's
 * outbox has statistics from autovacuum long before it has a backlog. Without them the planner
 * takes the freshly filled table for empty and sorts the whole backlog on every claim instead of
 * walking the (occurred_at, position) index: 13 ms per claim at 20,000 rows, and PostgreSQL
 * rather than the relays becomes what is measured.
 */
function fill(url: string, count: number): Promise<string> {
  return psql(
    url,
    `TRUNCATE outbox_events;
     INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, next_attempt_at)
     SELECT 'evt-' || g, 'order.paid',
            jsonb_build_object('orderId', 'ord-' || g, 'customerId', 'cus-bench', 'status', 'paid',
                               'currency', 'EUR', 'total', 2499, 'version', 2, 'chargeId', 'ch_' || g),
            now(), 'ord-' || g, now()
     FROM generate_series(1, ${count}) AS g;
     ANALYZE outbox_events;`,
  );
}

function startWorker(env: RelayEnv) {
  const child = spawn(process.execPath, [WORKER], {
    cwd: join(root, 'apps/order-service'),
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`relay worker exited ${code}`)));
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, next, exited };
}

/** Seconds for `relays` worker processes to drain `count` committed events. */
async function drainOnce(env: RelayEnv, relays: number, count: number) {
  await fill(env.DATABASE_URL, count);
  const workers = Array.from({ length: relays }, () => startWorker(env));
  try {
    await Promise.all(workers.map((w) => w.next()));
    const done = workers.map((w) => w.next());
    const started = process.hrtime.bigint();
    const busy = machineCpu();
    const byPart = cpuByPart();
    for (const w of workers) w.child.stdin.write('go\n');
    const results = (await Promise.all(done)).map((line) => JSON.parse(line) as WorkerResult);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const machine = busy();
    const parts = byPart(); // the workers are still alive: they exit when stdin ends
    const published = results.reduce((sum, r) => sum + r.published, 0);
    const left = Number(
      await psql(env.DATABASE_URL, 'SELECT count(*) FROM outbox_events WHERE published_at IS NULL'),
    );
    if (published !== count || left !== 0) {
      throw new Error(`${relays} relay(s) published ${published} of ${count}; ${left} left unpublished`);
    }
    const cpuPercent = results.map((r) => (r.cpuMs / 1000 / seconds) * 100);
    return { seconds, split: results.map((r) => r.published), cpuPercent, machine, parts };
  } finally {
    for (const w of workers) w.child.stdin.end();
    await Promise.all(workers.map((w) => w.exited));
  }
}

export async function outboxThroughput(report: Report, { quick }: BenchContext): Promise<void> {
  // Long enough for steady state: a drain of 3,000 is over in under a second, most of it the
  // fresh relay processes warming up (their CPU per event was twice the steady figure).
  const count = quick ? 4_000 : 20_000;
  const repeats = quick ? 1 : 3;
  const s = report.section(
    'Outbox throughput (commit to confirmed publish)',
    `${count.toLocaleString('en')} committed order.paid events in a scratch database; OutboxRelay processes started before the clock (apps/order-service/bench/relay-worker.mjs, the service's default settings: batches of 50 claimed with FOR UPDATE SKIP LOCKED and a lease, pipelined publishes on a confirm channel, then marked published) each with its own pool and AMQP connection, publishing to the \`orders\` exchange of a scratch vhost (quorum queue orders.all). Time from go to the last relay finding nothing due. One and two relays alternate within the run. The table is ANALYZEd after each fill, as autovacuum would have done in a running service. CPU per part of the stack is read from /proc over the same window.`,
  );
  const servers = realEnv();
  await withScratchDatabase(servers.TEST_POSTGRES_URL, 'seams_bench_outbox', (databaseUrl) =>
    withVhost(servers.TEST_RABBITMQ_URL, 'seams-bench-outbox', async (amqpUrl) => {
      const env = { DATABASE_URL: databaseUrl, AMQP_URL: amqpUrl };
      const perRelays = <T>(make: () => T): Record<1 | 2, T> => ({ 1: make(), 2: make() });
      const rates = perRelays((): number[] => []);
      const cpu = perRelays((): number[] => []);
      const machineBusy = perRelays((): number[] => []);
      const splits: string[] = [];
      const parts = perRelays((): Record<string, number[]> => ({}));
      // CPU of relays + RabbitMQ + PostgreSQL per event: what each event costs the whole stack.
      const stackPerEvent = perRelays((): number[] => []);
      await drainOnce(env, 1, Math.min(count, 500)); // warm-up: queue, exchange, server caches
      for (let i = 0; i < repeats; i++) {
        for (const relays of [1, 2] as const) {
          const { seconds, split, cpuPercent, machine, parts: used } = await drainOnce(env, relays, count);
          for (const [part, percent] of Object.entries(used)) {
            parts[relays][part] = [...(parts[relays][part] ?? []), percent];
          }
          machineBusy[relays].push(machine);
          rates[relays].push(count / seconds);
          const stack = ['relays', 'RabbitMQ', 'PostgreSQL'].reduce(
            (sum, part) => sum + (used[part] ?? 0),
            0,
          );
          stackPerEvent[relays].push(((stack / 100) * seconds * 1e6) / count);
          cpu[relays].push(cpuPercent.reduce((a, b) => a + b, 0));
          if (relays === 2) splits.push(split.join(' + '));
        }
      }
      const one = s.figure('one relay: events/s', 'events/s', rates[1]);
      const two = s.figure('two relays: events/s', 'events/s', rates[2]);
      s.figure('one relay: relay CPU (100% = one core)', '%', cpu[1]);
      s.figure('two relays: relay CPU, both processes (100% = one core)', '%', cpu[2]);
      // Relays, PostgreSQL and RabbitMQ share the cores: a second relay only helps if some are idle.
      s.figure('one relay: whole machine CPU busy', '%', machineBusy[1]);
      s.figure('two relays: whole machine CPU busy', '%', machineBusy[2]);
      const costOne = s.figure(
        'one relay: CPU per event, relays + RabbitMQ + PostgreSQL',
        'µs',
        stackPerEvent[1],
      );
      const costTwo = s.figure(
        'two relays: CPU per event, relays + RabbitMQ + PostgreSQL',
        'µs',
        stackPerEvent[2],
      );
      s.note(`events per relay with two relays: ${splits.join('; ')} (SKIP LOCKED shares the backlog)`);
      s.note(`CPU by part, one relay (100% = one core, medians): ${describeParts(parts[1])}`);
      s.note(`CPU by part, two relays: ${describeParts(parts[2])}`);
      // Near 1: a second relay adds no work per event, so it scales wherever the cores are free.
      s.ratio('CPU per event, two relays / one relay', costTwo, costOne);
      const ratio = s.ratio('two relays / one relay', two, one);
      report.targets.push({
        section: 'two relays >= 1.5x one relay',
        met: ratio >= 1.5,
        detail: `${ratio.toFixed(2)}x (${two.median.toFixed(0)} vs ${one.median.toFixed(0)} events/s)`,
      });
    }),
  );
}
