// What the layering costs: the order service and a flat baseline (bench/src/baseline: node:http,
// pg, ioredis, amqplib and fetch issuing the same statements, scripts, payments call and publishes)
// driven at the same fixed rate at the same time against the real servers, each in a scratch
// database and vhost of its own. CPU per create+pay pair comes from /proc for each process over the
// same window, so contention from the rest of the machine falls on both alike; the ratio is what
// ports, adapters, Fastify, validation and logging add. Once on this Node, once on Node 24.
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

/**
 * Which contenders share a window: the service at each log level beside the baseline, never all
 * three at once. Three at 80 pairs/s saturated the 2 cores (54 of 80 pairs/s answered on 2026-12-03)
 * and the ratio then measured the contention (up to 1.59x) rather than the layering (1.08x alone).
 */
const PAIRINGS: readonly (readonly [service: number, baseline: number])[] = [
  [0, 2],
  [1, 2],
];

async function measureOn(
  s: SectionWriter,
  report: Report,
  runtime: { readonly label: string; readonly node: string },
  payments: PaymentsServer,
  { quick }: BenchContext,
): Promise<void> {
  const duration = quick ? 5 : 10;
  const repeats = quick ? 1 : 3;
  // Per pairing: the service's samples and the baseline's from the same windows.
  const samples = PAIRINGS.map(() => ({ service: [] as number[], flat: [] as number[] }));
  const rates = CONTENDERS.map((): number[] => []);
  const load = loadAverage();
  await withScratchStacks(
    payments,
    CONTENDERS.map((c) => c.migrated),
    async (envs) => {
      const running: RunningService[] = [];
      try {
        for (const [i, contender] of CONTENDERS.entries())
          running.push(await contender.start(envs[i] ?? {}, runtime.node));
        await sideBySide(running, quick ? 2 : 3); // warm-up: JIT, pools, connections, prepared plans
        // Pairings alternate window by window, so drift in the machine's load falls on each alike.
        for (let i = 0; i < repeats; i++) {
          for (const [p, [service, flat]] of PAIRINGS.entries()) {
            const pair = [running[service], running[flat]].filter((r) => r !== undefined);
            const { cpuMsPerPair, pairsPerSecond, failures } = await sideBySide(pair, duration);
            samples[p]?.service.push(cpuMsPerPair[0] ?? Number.NaN);
            samples[p]?.flat.push(cpuMsPerPair[1] ?? Number.NaN);
            rates[service]?.push(pairsPerSecond[0] ?? 0);
            rates[flat]?.push(pairsPerSecond[1] ?? 0);
            if (failures > 0) s.note(`${runtime.label}, window ${i + 1}: ${failures} failed requests`);
          }
        }
      } finally {
        await Promise.all(running.map((r) => r.stop()));
      }
    },
  );
  const [infoPair, warnPair] = samples;
  if (!infoPair || !warnPair) return;
  const info = s.figure(
    `${runtime.label}: ${CONTENDERS[0]?.label}, CPU per create+pay pair`,
    'ms',
    infoPair.service,
  );
  const flat = s.figure(
    `${runtime.label}: flat baseline beside it, CPU per create+pay pair`,
    'ms',
    infoPair.flat,
  );
  const warn = s.figure(
    `${runtime.label}: ${CONTENDERS[1]?.label}, CPU per create+pay pair`,
    'ms',
    warnPair.service,
  );
  const flatBesideWarn = s.figure(
    `${runtime.label}: flat baseline beside the warn service, CPU per create+pay pair`,
    'ms',
    warnPair.flat,
  );
  for (const [n, c] of CONTENDERS.entries())
    s.figure(`${runtime.label}: ${c.label}, pairs/s answered`, 'pairs/s', rates[n] ?? []);
  const answered = summarise(rates[0] ?? []).median;
  if (answered < PAIRS_PER_SECOND * 0.95)
    s.note(
      `${runtime.label}: the service answered ${answered.toFixed(0)} of the ${PAIRS_PER_SECOND} pairs/s asked: the machine could not serve the rate, so CPU per pair includes contention`,
    );
  s.note(`${runtime.label}: load average ${load.join(' / ')} when the windows started`);
  const ratio = s.ratio(`${runtime.label}: service (info) / flat baseline, CPU per pair`, info, flat);
  const warnRatio = s.ratio(
    `${runtime.label}: service (warn) / flat baseline, CPU per pair`,
    warn,
    flatBesideWarn,
  );
  s.note(
    `${runtime.label}: logging at info / at warn, each against the baseline in its own windows: ${(ratio / warnRatio).toFixed(3)} x`,
  );
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
    `The order service (\`dist/server.js\`) and the flat baseline (\`bench/src/baseline\`: node:http + pg + ioredis + amqplib + fetch, the service's statements, Redis scripts, payments call and relay, no ports, adapters or framework) run at the same time, each at ${PAIRS_PER_SECOND} create+pay pairs/s (autocannon, ${CONNECTIONS} connections, every request with an Idempotency-Key), each on its own scratch database and vhost of the machine's PostgreSQL, RabbitMQ and Redis, sharing one FakePaymentsProvider process. The service runs twice, at LOG_LEVEL=info (its default) and at warn; each window drives one of them beside the baseline (never all three at once: that saturated the 2 cores), alternating window by window, so the logging's share is the ratio of the two ratios. CPU per pair = the process's CPU (/proc, relay included) over the window / 2xx pairs. Then all again on Node 24.`,
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
