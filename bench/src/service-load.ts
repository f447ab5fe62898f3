// Service load: autocannon drives POST /orders then POST /orders/:id/pay (each with its own
// Idempotency-Key, as a careful client sends) against the service run as a child process, on the
// embedded default (PGlite), on pg-mem, and on real PostgreSQL + RabbitMQ + Redis. Peak RSS is the child's VmHWM.
import {
  type BenchContext,
  cpuByPart,
  describeParts,
  type Figure,
  fmt,
  type LoadBackend,
  machineCpu,
  type Report,
  realEnv,
  type SectionWriter,
  summarise,
} from './harness.js';
import { cannon } from './order-flow-load.js';
import { startPaymentsServer } from './payments-server.js';
import { CLIENTS, withScratchDatabase } from './pgbench.js';
import { withRedisDb, withVhost } from './servers.js';
import { resetPeakRss, startService } from './service.js';

const REDIS_DB = 11;
/** The concurrency levels pg-mem runs at (see serviceLoad). */
const PG_MEM_LEVELS = [1, 16] as const;

const median = (samples: readonly number[]) => summarise(samples).median;
const ceiling16 = (context: BenchContext) => context.pgbench?.[16];

async function loadBackend(
  s: SectionWriter,
  label: string,
  env: Readonly<Record<string, string>>,
  { quick }: BenchContext,
  rows: string[],
  levels: readonly number[] = CLIENTS,
): Promise<Record<number, Figure>> {
  const duration = quick ? 2 : 3;
  const repeats = quick ? 1 : 2; // 9 levels, each a fresh service: 3 windows cost the bench 30 s more
  const figures: Record<number, Figure> = {};
  // One service process for all levels, lowest first (until 2026-12-05 a fresh one per level: a
  // PGlite start is 3 to 4 s of the section's time per level). Each level still warms up first, and
  // its peak RSS is its own: the kernel's high-water mark is reset as the level starts.
  // An embedded database starts inside the service: PGlite takes seconds on a busy machine.
  const service = await startService({ env, timeoutMs: 120_000 });
  try {
    for (const connections of levels) {
      resetPeakRss(service.pid);
      await cannon(service.url, { connections, duration: 1 }); // warm-up: JIT, pools, connections
      const rps: number[] = [];
      const p50: number[] = [];
      const p99: number[] = [];
      let bad = 0;
      let total = 0;
      const cpu: number[] = [];
      const mainCpu: number[] = [];
      const machine: number[] = [];
      const parts: Record<string, number[]> = {};
      for (let i = 0; i < repeats; i++) {
        const cpuBefore = service.cpuSeconds();
        const mainBefore = service.mainThreadCpuSeconds();
        const busy = machineCpu();
        const byPart = cpuByPart();
        const r = await cannon(service.url, { connections, duration });
        cpu.push(((service.cpuSeconds() - cpuBefore) / duration) * 100);
        mainCpu.push(((service.mainThreadCpuSeconds() - mainBefore) / duration) * 100);
        machine.push(busy());
        for (const [part, percent] of Object.entries(byPart()))
          parts[part] = [...(parts[part] ?? []), percent];
        rps.push(r.requests.average);
        p50.push(r.latency.p50);
        p99.push(r.latency.p99);
        bad += r.non2xx + r.errors + r.timeouts;
        total += r.requests.total;
      }
      const name = `${label}, concurrency ${connections}`;
      const reqs = s.figure(`${name}: requests/s (create + pay)`, 'req/s', rps);
      const pairs = s.figure(
        `${name}: create+pay pairs/s`,
        'pairs/s',
        rps.map((v) => v / 2),
      );
      s.figure(`${name}: p50 latency`, 'ms', p50);
      s.figure(`${name}: p99 latency`, 'ms', p99);
      s.figure(`${name}: peak RSS of the service`, 'MiB', [service.peakRssMiB()]);
      // One Node process: near 100% means the service's own event loop is the limit.
      s.figure(`${name}: service CPU (100% = one core)`, '%', cpu);
      // Its event loop alone: the limit when it nears 100% (the embedded PGlite runs on a thread of its own).
      s.figure(`${name}: service main thread CPU (100% = one core)`, '%', mainCpu);
      s.figure(
        `${name}: service main thread CPU per create+pay pair`,
        'ms',
        mainCpu.map((percent, i) => (percent * 10) / ((rps[i] ?? Number.NaN) / 2)),
      );
      s.figure(`${name}: whole machine CPU busy (incl. load generator, servers)`, '%', machine);
      if (bad > 0) s.note(`${name}: ${bad} of ${total} responses were errors, timeouts or non-2xx`);
      // Everything shares the machine's cores: this is where each pair's CPU goes.
      s.note(`${name}: CPU by part (100% = one core, medians): ${describeParts(parts)}`);
      rows.push(
        `| ${label} | ${connections} | ${fmt(reqs.median)} | ${fmt(pairs.median)} | ${fmt(median(p50))} | ${fmt(median(p99))} | ${fmt(service.peakRssMiB())} | ${fmt(median(cpu))} | ${fmt(median(mainCpu))} |`,
      );
      figures[connections] = pairs;
    }
  } finally {
    await service.stop();
  }
  return figures;
}

async function loadReal(
  s: SectionWriter,
  context: BenchContext,
  rows: string[],
): Promise<Record<number, Figure>> {
  const servers = realEnv();
  const payments = await startPaymentsServer();
  const paymentsEnv = { PAYMENTS_URL: payments.url, PAYMENTS_API_KEY: payments.apiKey };
  return withScratchDatabase(
    servers.TEST_POSTGRES_URL,
    'seams_bench_load',
    (databaseUrl) =>
      withVhost(servers.TEST_RABBITMQ_URL, 'seams-bench-load', (amqpUrl) =>
        withRedisDb(servers.TEST_REDIS_URL, REDIS_DB, (redisUrl) =>
          loadBackend(
            s,
            'real servers',
            { DATABASE_URL: databaseUrl, AMQP_URL: amqpUrl, REDIS_URL: redisUrl, ...paymentsEnv },
            context,
            rows,
          ),
        ),
      ),
    { migrated: false },
  ).finally(() => payments.stop());
}

export async function serviceLoad(report: Report, context: BenchContext): Promise<void> {
  const s = report.section(
    'Service load (HTTP: POST /orders then POST /orders/:id/pay)',
    'autocannon, one connection per concurrency slot, each connection alternating create and pay of its own order; one service process per backend, each level after a 1 s warm-up of its own (pg-mem at 1 and 16 only: its one event loop is full at 1). Embedded = PGlite (the default) or pg-mem (`EMBEDDED_DB_ENGINE=pg-mem`), in-memory broker and idempotency store, FakePaymentsProvider on loopback. Real = PostgreSQL (scratch database), RabbitMQ (scratch vhost, publisher confirms), Redis (idempotency keys), a FakePaymentsProvider in its own process on loopback (PAYMENTS_URL; there is no real payments server here). Peak RSS = VmHWM of the service process over warm-up and all runs of the level (reset as the level starts).',
  );
  const rows = [
    '| backend | concurrency | req/s | create+pay pairs/s | p50 ms | p99 ms | peak RSS MiB | service CPU % | main thread CPU % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const runs = (backend: LoadBackend) => context.loadBackends?.includes(backend) ?? true;
  const none: Record<number, Figure> = {};
  const embedded = runs('pglite')
    ? await loadBackend(s, 'embedded (PGlite, the default)', {}, context, rows)
    : none;
  // pg-mem runs on the service's one event loop, which one connection already fills: at 64 it only
  // queued (43 pairs/s against 58 at 1, a p99 of 2.7 s), so that level is left out.
  const pgMem = runs('pg-mem')
    ? await loadBackend(
        s,
        'embedded (pg-mem)',
        { EMBEDDED_DB_ENGINE: 'pg-mem' },
        context,
        rows,
        PG_MEM_LEVELS,
      )
    : none;
  if (runs('pglite')) {
    const best = Math.max(...CLIENTS.map((c) => embedded[c]?.median ?? 0));
    const bestPgMem = Math.max(...PG_MEM_LEVELS.map((c) => pgMem[c]?.median ?? 0));
    report.targets.push({
      section: 'embedded default >= 300 create+pay pairs/s',
      met: best >= 300,
      detail: `${best.toFixed(0)} pairs/s at best over concurrency ${CLIENTS.join('/')}${runs('pg-mem') ? ` (pg-mem: ${bestPgMem.toFixed(0)} over ${PG_MEM_LEVELS.join('/')})` : ''}`,
    });
  }
  const real = runs('real') ? await loadReal(s, context, rows) : none;
  const ceiling = ceiling16(context);
  if (ceiling) {
    rows.push(`| pgbench ceiling (no HTTP) | 16 | | ${fmt(ceiling.median)} | | | | | |`);
  }
  s.summary(rows.join('\n'));
  for (const c of CLIENTS) {
    const [r, e] = [real[c], embedded[c]];
    if (r && e) s.ratio(`concurrency ${c}: real / embedded pairs/s`, r, e);
    const m = pgMem[c];
    if (e && m) s.ratio(`concurrency ${c}: PGlite / pg-mem embedded pairs/s`, e, m);
  }
  const real16 = real[16];
  if (ceiling && real16) {
    // A ratio, not a target: it compares the whole stack with pgbench on the same cores, so it
    // measures the core count as much as the service (the layering section judges the service).
    s.ratio('concurrency 16: service on real servers / pgbench ceiling (pairs/s)', real16, ceiling);
  } else {
    s.note('pgbench section not run: no ceiling ratio (run without --only, or include pgbench)');
  }
}
