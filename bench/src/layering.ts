// What the layering costs: the order service and a flat baseline (bench/src/baseline: node:http,
// pg, ioredis, amqplib and fetch issuing the same statements, scripts, payments call and publishes)
// each driven alone at the same fixed rate against the real servers, in turn, window after window,
// each in a scratch database and vhost of its own. CPU per create+pay pair comes from /proc for the
// process over its window; the ratio is what ports, adapters, Fastify, validation and logging add.
// One window of both at once shows how each bears the other's contention. Once on this Node, once
// on Node 24.
import { fileURLToPath } from 'node:url';
import { type BenchContext, loadAverage, type Report, type SectionWriter, summarise } from './harness.js';
import { node24 } from './node24.js';
import { cannon } from './order-flow-load.js';
import { type PaymentsServer, startPaymentsServer } from './payments-server.js';
import { withScratchStacks } from './scratch-stacks.js';
import { type RunningService, startService } from './service.js';
import { TSX_IMPORT } from './typescript-child.js';

/** Pairs per second each contender gets: well under what either can do, so neither saturates. */
const PAIRS_PER_SECOND = 80;
const CONNECTIONS = 8;
export const FLAT_SERVER = fileURLToPath(new URL('./baseline/flat-server.ts', import.meta.url));

/** One process measured side by side with the others. */
interface Contender {
  readonly label: string;
  /** Whether the scratch database gets the migrations from psql (the service migrates its own). */
  readonly migrated: boolean;
  start(env: Record<string, string>, node: string): Promise<RunningService>;
}

const CONTENDERS: readonly Contender[] = [
  {
    label: 'service, LOG_LEVEL=info (the default)',
    migrated: false,
    start: (env, node) => startService({ env: { ...env, LOG_LEVEL: 'info' }, node }),
  },
  {
    label: 'service, LOG_LEVEL=warn',
    migrated: false,
    start: (env, node) => startService({ env: { ...env, LOG_LEVEL: 'warn' }, node }),
  },
  {
    label: 'flat baseline',
    migrated: true,
    start: (env, node) => startService({ env, node, script: FLAT_SERVER, nodeArgs: TSX_IMPORT }),
  },
];

/** CPU per completed pair of each process over one window in which all run at the fixed rate. */
export async function sideBySide(
  running: readonly RunningService[],
  duration: number,
): Promise<{ cpuMsPerPair: number[]; pairsPerSecond: number[]; failures: number }> {
  const before = running.map((r) => r.cpuSeconds());
  const results = await Promise.all(
    running.map((r) =>
      cannon(r.url, { connections: CONNECTIONS, duration, overallRate: PAIRS_PER_SECOND * 2 }),
    ),
  );
  const cpuMsPerPair = running.map((r, i) => {
    const pairs = (results[i]?.['2xx'] ?? 0) / 2;
    return ((r.cpuSeconds() - (before[i] ?? 0)) * 1000) / pairs;
  });
  const pairsPerSecond = results.map((r) => r['2xx'] / 2 / duration);
  const failures = results.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  return { cpuMsPerPair, pairsPerSecond, failures };
}

async function measureOn(
  s: SectionWriter,
  report: Report,
  runtime: { readonly label: string; readonly node: string },
  payments: PaymentsServer,
  { quick }: BenchContext,
): Promise<void> {
  const duration = quick ? 4 : 6;
  const repeats = quick ? 1 : 3;
  const samples = CONTENDERS.map((): number[] => []);
  const rates = CONTENDERS.map((): number[] => []);
  let together: { cpuMsPerPair: number[]; pairsPerSecond: number[] } | undefined;
  const load = loadAverage();
  await withScratchStacks(
    payments,
    CONTENDERS.map((c) => c.migrated),
    async (envs) => {
      const running: RunningService[] = [];
      try {
        for (const [i, contender] of CONTENDERS.entries())
          running.push(await contender.start(envs[i] ?? {}, runtime.node));
        // Warm-up: JIT, pools, connections, prepared plans.
        for (const r of running) await sideBySide([r], 1);
        // Each alone at the fixed rate, in turn, window after window: the ratio is of the work each
        // does per pair, and drift in the machine's load falls on each alike.
        for (let i = 0; i < repeats; i++) {
          for (const [n, r] of running.entries()) {
            const { cpuMsPerPair, pairsPerSecond, failures } = await sideBySide([r], duration);
            samples[n]?.push(cpuMsPerPair[0] ?? Number.NaN);
            rates[n]?.push(pairsPerSecond[0] ?? 0);
            if (failures > 0)
              s.note(
                `${runtime.label}, ${CONTENDERS[n]?.label}, window ${i + 1}: ${failures} failed requests`,
              );
          }
        }
        // Once both at the same time: how each bears the other's contention on these cores.
        const [info, , flat] = running;
        if (info && flat) together = await sideBySide([info, flat], duration);
      } finally {
        await Promise.all(running.map((r) => r.stop()));
      }
    },
  );
  const [info, warn, flat] = CONTENDERS.map((c, n) =>
    s.figure(`${runtime.label}: ${c.label}, CPU per create+pay pair`, 'ms', samples[n] ?? []),
  );
  for (const [n, c] of CONTENDERS.entries())
    s.figure(`${runtime.label}: ${c.label}, pairs/s answered`, 'pairs/s', rates[n] ?? []);
  if (!info || !warn || !flat) return;
  const answered = summarise(rates[0] ?? []).median;
  if (answered < PAIRS_PER_SECOND * 0.95)
    s.note(
      `${runtime.label}: the service answered ${answered.toFixed(0)} of the ${PAIRS_PER_SECOND} pairs/s asked: the machine could not serve the rate, so CPU per pair includes contention`,
    );
  s.note(`${runtime.label}: load average ${load.join(' / ')} when the windows started`);
  const ratio = s.ratio(`${runtime.label}: service (info) / flat baseline, CPU per pair`, info, flat);
  s.ratio(`${runtime.label}: service (warn) / flat baseline, CPU per pair`, warn, flat);
  s.ratio(`${runtime.label}: logging at info / at warn, service CPU per pair`, info, warn);
  if (together) {
    const [mine = Number.NaN, theirs = Number.NaN] = together.cpuMsPerPair;
    const [mineRate = 0, theirRate = 0] = together.pairsPerSecond;
    s.note(
      `${runtime.label}: both at the same time, one ${duration} s window: service ${mine.toFixed(2)} ms per pair (${mineRate.toFixed(0)} pairs/s answered), baseline ${theirs.toFixed(2)} ms (${theirRate.toFixed(0)}), ${(mine / theirs).toFixed(2)}x`,
    );
  }
  report.targets.push({
    section: `service / flat baseline CPU per pair <= 1.10 (${runtime.label})`,
    met: ratio <= 1.1,
    detail: `${ratio.toFixed(2)}x (${info.median.toFixed(2)} vs ${flat.median.toFixed(2)} ms; ${answered.toFixed(0)} of ${PAIRS_PER_SECOND} pairs/s answered; load ${load[0]})`,
  });
  if (runtime.node === process.execPath) {
    report.targets.push({
      section: `service CPU per create+pay pair on real servers <= 2.0 ms (${runtime.label})`,
      met: info.median <= 2,
      detail: `${info.median.toFixed(2)} ms, ${PAIRS_PER_SECOND} pairs/s asked, ${answered.toFixed(0)} answered (the flat baseline: ${flat.median.toFixed(2)} ms; load ${load[0]})`,
    });
  }
}

export async function layeringCost(report: Report, context: BenchContext): Promise<void> {
  const s = report.section(
    'Layering: the service beside a flat baseline',
    `The order service (\`dist/server.js\`) and the flat baseline (\`bench/src/baseline\`: node:http + pg + ioredis + amqplib + fetch, the service's statements, payment reservation, Redis scripts, payments call and relay, no ports, adapters or framework), each on its own scratch database and vhost of the machine's PostgreSQL, RabbitMQ and Redis, sharing one FakePaymentsProvider process, each driven alone at ${PAIRS_PER_SECOND} create+pay pairs/s (autocannon, ${CONNECTIONS} connections, every request with an Idempotency-Key) in turn, window after window: the service at LOG_LEVEL=info (its default), at warn, then the baseline, 3 windows each. CPU per pair = the process's CPU (/proc, relay included) over its window / 2xx pairs. Alone, not side by side: two or three at once on 2 cores measured how each bears the other's contention (the service 1.6x the baseline at once where it was 1.03x alone in the same hour); one window of both at once is still reported as a note. Then all again on Node 24.`,
  );
  const runtimes = [
    { label: `Node ${process.versions.node.split('.')[0]}`, node: process.execPath },
    { label: 'Node 24', node: await node24() },
  ];
  const payments = await startPaymentsServer();
  try {
    for (const runtime of runtimes) await measureOn(s, report, runtime, payments, context);
  } finally {
    await payments.stop();
  }
}
