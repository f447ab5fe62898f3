// What the layering costs: the order service and a flat baseline (bench/src/baseline: node:http,
// pg, ioredis, amqplib and fetch issuing the same statements, scripts, payments call and publishes)
// each driven alone at the same fixed rate against the real servers, in turn, round after round,
// each in a scratch database and vhost of its own. CPU per create+pay pair comes from /proc for the
// process over its window; the ratio is what ports, adapters, Fastify, validation and logging add.
// Once on this Node, once on Node 24.
import { fileURLToPath } from 'node:url';
import { type BenchContext, loadAverage, type Report, type SectionWriter, summarise } from './harness.js';
import { node24 } from './node24.js';
import { cannon, WARMUP_PAIRS, warmUp } from './order-flow-load.js';
import { startPaymentsServer } from './payments-server.js';
import { withScratchStacks } from './scratch-stacks.js';
import { type RunningService, startService } from './service.js';
import { TSX_IMPORT } from './typescript-child.js';

/** Pairs per second each contender gets: well under what either can do, so neither saturates. */
const PAIRS_PER_SECOND = 80;
const CONNECTIONS = 8;
/**
 * Rounds of one window per contender, and each window's seconds (see measureOn): whole seconds, as
 * autocannon runs a fractional duration to the next whole second. 2 s since 2026-12-05 (was 3): 160
 * pairs and about 0.25 CPU-seconds a window, read to the nanosecond (cpuSeconds), while the VM's
 * drift, which the rounds' median is there for, is tens of percent a minute: windows closer together
 * pair better. 7 rounds since 2026-12-06 (was 5, when /proc's 10 ms ticks still put up to 8% of noise
 * into each round's ratio): about 20 s more per runtime.
 */
const ROUNDS = 7;
const WINDOW_SECONDS = 2;
export const FLAT_SERVER = fileURLToPath(new URL('./baseline/flat-server.ts', import.meta.url));

/** One process measured in turn with the others. */
interface Contender {
  readonly label: string;
  /** Whether the scratch database gets the migrations from psql (the service migrates its own). */
  readonly migrated: boolean;
  start(env: Record<string, string>, node: string): Promise<RunningService>;
}

const WARN: Contender = {
  label: 'service, LOG_LEVEL=warn',
  migrated: false,
  start: (env, node) => startService({ env: { ...env, LOG_LEVEL: 'warn' }, node }),
};

const CONTENDERS: readonly Contender[] = [
  {
    label: 'service, LOG_LEVEL=info (the default)',
    migrated: false,
    start: (env, node) => startService({ env: { ...env, LOG_LEVEL: 'info' }, node }),
  },
  WARN,
  {
    label: 'flat baseline',
    migrated: true,
    start: (env, node) => startService({ env, node, script: FLAT_SERVER, nodeArgs: TSX_IMPORT }),
  },
  {
    // The baseline calls the payments API with fetch; the service's gateway has used
    // node:http since 2026-12-05. This one tells the layering's cost from the HTTP client's.
    label: 'flat baseline, payments over node:http',
    migrated: true,
    start: (env, node) =>
      startService({
        env: { ...env, FLAT_PAYMENTS_CLIENT: 'node:http' },
        node,
        script: FLAT_SERVER,
        nodeArgs: TSX_IMPORT,
      }),
  },
];

/** CPU per completed pair of one process over a window in which it alone runs at the fixed rate. */
async function measureWindow(
  running: RunningService,
  duration: number,
): Promise<{ cpuMsPerPair: number; pairsPerSecond: number; failures: number }> {
  const before = running.cpuSeconds();
  const result = await cannon(running.url, {
    connections: CONNECTIONS,
    duration,
    overallRate: PAIRS_PER_SECOND * 2,
  });
  const pairs = result['2xx'] / 2;
  return {
    cpuMsPerPair: ((running.cpuSeconds() - before) * 1000) / pairs,
    // autocannon's own elapsed seconds: its timer can run a window past the whole second asked.
    pairsPerSecond: pairs / (result.duration > 0 ? result.duration : duration),
    failures: result.non2xx + result.errors,
  };
}

/** One ratio per round, of two contenders' windows of that round (seconds apart): the target takes their median. */
function roundRatios(numerator: readonly number[], denominator: readonly number[]): number[] {
  return numerator.map((n, i) => n / (denominator[i] ?? Number.NaN)).filter(Number.isFinite);
}

async function measureOn(
  s: SectionWriter,
  report: Report,
  runtime: { readonly label: string; readonly node: string },
  envs: readonly Record<string, string>[],
  { quick }: BenchContext,
): Promise<void> {
  const duration = quick ? 3 : WINDOW_SECONDS;
  const rounds = quick ? 1 : ROUNDS;
  // Logging's cost is the code's, not the runtime's: measured on this Node only, and only with
  // --layering-warn. The service logs nothing per request at info: info / warn measured 0.89 to
  // 1.00x in the runs of 2026-12-06, inside the noise, for a fifth of the section's time.
  const measured = (c: Contender) =>
    c !== WARN || (runtime.node === process.execPath && process.argv.includes('--layering-warn'));
  const samples = CONTENDERS.map((): number[] => []);
  const rates = CONTENDERS.map((): number[] => []);
  const load = loadAverage();
  const running: (RunningService | undefined)[] = [];
  try {
    for (const [i, contender] of CONTENDERS.entries())
      running.push(measured(contender) ? await contender.start(envs[i] ?? {}, runtime.node) : undefined);
    // Warm-up: JIT, pools, connections, prepared plans (see WARMUP_PAIRS). All contenders at once:
    // V8 counts runs, not seconds, so sharing the cores costs the warm-up nothing but half its
    // wall time. Then one window each at the rate, unrecorded, so the first recorded one does not
    // begin with the warm-up's garbage still to collect.
    const warm = running.filter((r): r is RunningService => r !== undefined);
    const warmups = await Promise.all(warm.map((r) => warmUp(r.url, quick ? 200 : WARMUP_PAIRS)));
    const failed = warmups.reduce((sum, w) => sum + w.non2xx + w.errors, 0);
    if (failed > 0) s.note(`${runtime.label}: warm-up: ${failed} failed requests`);
    for (const r of warm) await measureWindow(r, 1);
    // Each alone at the fixed rate, one window each per round, the order rotating from round to
    // round: this VM's speed drifts by tens of percent over a minute, so the ratio is taken
    // within each round (windows seconds apart) and the rounds' ratios reduced to a median.
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < running.length; k++) {
        const n = (round + k) % running.length;
        const r = running[n];
        if (!r) continue;
        const { cpuMsPerPair, pairsPerSecond, failures } = await measureWindow(r, duration);
        samples[n]?.push(cpuMsPerPair);
        rates[n]?.push(pairsPerSecond);
        if (failures > 0)
          s.note(
            `${runtime.label}, ${CONTENDERS[n]?.label}, round ${round + 1}: ${failures} failed requests`,
          );
      }
    }
  } finally {
    await Promise.all(running.map((r) => r?.stop()));
  }
  const [info, warn, flat, flatNodeHttp] = CONTENDERS.map((c, n) =>
    measured(c)
      ? s.figure(`${runtime.label}: ${c.label}, CPU per create+pay pair`, 'ms', samples[n] ?? [])
      : undefined,
  );
  for (const [n, c] of CONTENDERS.entries())
    if (measured(c)) s.figure(`${runtime.label}: ${c.label}, pairs/s answered`, 'pairs/s', rates[n] ?? []);
  if (!info || !flat || !flatNodeHttp) return;
  const answered = summarise(rates[0] ?? []).median;
  if (answered < PAIRS_PER_SECOND * 0.95)
    s.note(
      `${runtime.label}: the service answered ${answered.toFixed(0)} of the ${PAIRS_PER_SECOND} pairs/s asked: the machine could not serve the rate, so CPU per pair includes contention`,
    );
  s.note(`${runtime.label}: load average ${load.join(' / ')} when the windows started`);
  const [infoSamples = [], warnSamples = [], flatSamples = [], flatNodeHttpSamples = []] = samples;
  const ratio = s.figure(
    `${runtime.label}: service (info) / flat baseline, CPU per pair, per round`,
    'x',
    roundRatios(infoSamples, flatSamples),
  ).median;
  if (warn)
    s.figure(
      `${runtime.label}: service (warn) / flat baseline, CPU per pair, per round`,
      'x',
      roundRatios(warnSamples, flatSamples),
    );
  const againstNodeHttp = s.figure(
    `${runtime.label}: service (info) / flat baseline with payments over node:http, CPU per pair, per round`,
    'x',
    roundRatios(infoSamples, flatNodeHttpSamples),
  ).median;
  if (warn)
    s.figure(
      `${runtime.label}: logging at info / at warn, service CPU per pair, per round`,
      'x',
      roundRatios(infoSamples, warnSamples),
    );
  s.ratio(`${runtime.label}: service (info) / flat baseline, medians of all windows`, info, flat);
  report.targets.push({
    section: `service / flat baseline CPU per pair <= 1.10 (${runtime.label})`,
    met: ratio <= 1.1,
    detail: `${ratio.toFixed(2)}x, median of ${rounds} rounds (${info.median.toFixed(2)} vs ${flat.median.toFixed(2)} ms; ${answered.toFixed(0)} of ${PAIRS_PER_SECOND} pairs/s answered; load ${load[0]}); against a baseline paying over node:http as the service does, ${againstNodeHttp.toFixed(2)}x (${flatNodeHttp.median.toFixed(2)} ms)`,
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
    `The order service (\`dist/server.js\`) and the flat baseline (\`bench/src/baseline\`: node:http + pg + ioredis + amqplib + fetch, the service's statements, payment reservation, Redis scripts, payments call and relay, no ports, adapters or framework), each on its own scratch database and vhost of the machine's PostgreSQL, RabbitMQ and Redis, sharing one FakePaymentsProvider process, each driven alone at ${PAIRS_PER_SECOND} create+pay pairs/s (autocannon, ${CONNECTIONS} connections, every request with an Idempotency-Key), each warmed up first with ${WARMUP_PAIRS} pairs as fast as it answers them (V8's code reaches its steady state after about 1,400 pairs; a 1 s warm-up left the medians inside the slope): ${ROUNDS} rounds of one ${WINDOW_SECONDS} s window each for the service at LOG_LEVEL=info (its default), at warn, the baseline, and the baseline with its payments call over node:http (the service's gateway's transport since 2026-12-05; the issue's baseline uses fetch, and the target reads that one), the order rotating from round to round (the service at warn only with \`--layering-warn\`, on the default runtime: logging's cost is the code's, and at info the service logs nothing per request: info / warn was 0.89 to 1.00x in the runs of 2026-12-06). CPU per pair = the process's CPU (every thread's, to the nanosecond from /proc/<pid>/task/*/schedstat, relay included) over its window / 2xx pairs. The ratio that counts is the median of the rounds' ratios: this VM's speed drifts by tens of percent within a minute (one contender's windows spread 3.3 to 5.2 ms in one run), and windows of one round are seconds apart. Alone, not side by side: two or three at once on 2 cores measured how each bears the other's contention (the service 1.6x the baseline at once where it was 1.03x alone in the same hour). Then again on Node 24, in the same scratch stacks.`,
  );
  const runtimes = [
    { label: `Node ${process.versions.node.split('.')[0]}`, node: process.execPath },
    { label: 'Node 24', node: await node24() },
  ];
  const payments = await startPaymentsServer();
  try {
    // One set of scratch stacks for both runtimes: making and removing four costs about ten seconds
    // of rabbitmqctl start-ups, and each contender keeps its own stack on both.
    await withScratchStacks(
      payments,
      CONTENDERS.map((c) => c.migrated),
      async (envs) => {
        for (const runtime of runtimes) await measureOn(s, report, runtime, envs, context);
      },
    );
  } finally {
    await payments.stop();
  }
}
