// The database's own ceiling for the service's transactions: pgbench runs bench/pgbench/order-pay.sql
// (create order + outbox row, then read + reserve for payment + mark paid + outbox row) against a scratch database it
// creates from the service's migrations and drops afterwards. Never touches another database's tables.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exec, type Figure, machineCpu, type Report, realEnv, root } from './harness.js';

const SCRIPT = join(root, 'bench/pgbench/order-pay.sql');
// The service's schema, as its `migrate` builds it: the adapter's outbox table (versions below
// 1000), then the service's own (1000 and up), in version order across both folders.
const MIGRATION_DIRS = [
  join(root, 'packages/postgres-adapter/migrations'),
  join(root, 'apps/order-service/src/postgres/migrations'),
];

function migrationFiles(): { file: string; path: string }[] {
  const version = (file: string) => Number(/^(\d+)_/.exec(file)?.[1]);
  return MIGRATION_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => ({ file, path: join(dir, file) })),
  ).sort((a, b) => version(a.file) - version(b.file));
}
export const CLIENTS = [1, 16, 64];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function psql(url: string, args: readonly string[]): Promise<string> {
  const r = await exec('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, ...args]);
  if (r.code !== 0) throw new Error(`psql ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

/**
 * Creates a scratch database (with the service's migrations applied by psql when `migrated`;
 * leave them to the service's own `migrate` otherwise), hands its URL to `work`, always drops it.
 */
export async function withScratchDatabase<T>(
  adminUrl: string,
  prefix: string,
  work: (url: string) => Promise<T>,
  { migrated = true }: { readonly migrated?: boolean } = {},
): Promise<T> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  await psql(adminUrl, ['-c', `CREATE DATABASE ${name}`]);
  try {
    const url = withDatabase(adminUrl, name);
    if (migrated) {
      for (const { path } of migrationFiles()) await psql(url, ['-f', path]);
    }
    return await work(url);
  } finally {
    await psql(adminUrl, ['-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  }
}

function parse(output: string): { tps: number; latencyMs: number; failed: number } {
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output);
  const latency = /latency average = ([\d.]+) ms/.exec(output);
  const failed = /number of failed transactions: (\d+)/.exec(output);
  if (!tps) throw new Error(`pgbench printed no tps:\n${output}`);
  return {
    tps: Number(tps[1]),
    latencyMs: Number(latency?.[1] ?? Number.NaN),
    failed: Number(failed?.[1] ?? 0),
  };
}

/** Runs the ceiling and returns the pair-rate figure per client count (for the load section's ratio). */
export async function pgbenchCeiling(
  report: Report,
  { quick }: { readonly quick: boolean },
): Promise<Record<number, Figure>> {
  const s = report.section(
    'pgbench ceiling (the service transactions, no HTTP)',
    'pgbench -M extended, bench/pgbench/order-pay.sql: one script run = the create transaction (order + order.created outbox row), the read, the version-checked UPDATE reserving the order for its payment (autocommit, before the charge), and the pay transaction (version-checked UPDATE to paid, order.paid outbox row), i.e. one create+pay pair. Scratch database from the service migrations (the adapter outbox table, then the orders table of the service), dropped afterwards. fsync and synchronous_commit as the server has them.',
  );
  const adminUrl = realEnv().TEST_POSTGRES_URL;
  const seconds = quick ? 3 : 4;
  // Two windows per client count: the ceiling feeds ratios only, and the bench must stay under 10 minutes.
  const repeats = quick ? 1 : 2;
  const figures: Record<number, Figure> = {};
  await withScratchDatabase(adminUrl, 'seams_bench_pgbench', async (url) => {
    for (const clients of CLIENTS) {
      const pairs: number[] = [];
      const latency: number[] = [];
      const busy: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const machine = machineCpu();
        const r = await exec('pgbench', [
          '-n',
          '-M',
          'extended',
          '-c',
          String(clients),
          '-j',
          String(Math.min(clients, 2)),
          '-T',
          String(seconds),
          '-f',
          SCRIPT,
          url,
        ]);
        if (r.code !== 0) throw new Error(`pgbench -c ${clients} exited ${r.code}: ${r.stderr.slice(-800)}`);
        busy.push(machine());
        const parsed = parse(r.stdout);
        if (parsed.failed > 0) s.note(`-c ${clients}: ${parsed.failed} failed transactions`);
        pairs.push(parsed.tps);
        latency.push(parsed.latencyMs);
      }
      figures[clients] = s.figure(
        `${clients} client${clients > 1 ? 's' : ''}: create+pay pairs/s`,
        'pairs/s',
        pairs,
      );
      s.figure(`${clients} client${clients > 1 ? 's' : ''}: latency average per pair`, 'ms', latency);
      // pgbench and PostgreSQL alone: how much of the machine the ceiling itself takes.
      s.figure(`${clients} client${clients > 1 ? 's' : ''}: whole machine CPU busy`, '%', busy);
    }
  });
  return figures;
}
