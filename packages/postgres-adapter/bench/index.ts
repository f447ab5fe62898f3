// `pnpm --filter @seams/postgres-adapter bench`: the fake against the real server, measured in one run.
// Real figures use TEST_POSTGRES_URL (default: the local server); without a server they are skipped.
import { createFakePostgres, FakeClock, SequentialIdGenerator } from '@seams/fakes';
import type { Order } from '@seams/ports';
import pg from 'pg';
import {
  createPostgresPool,
  migrate,
  PostgresOrderRepository,
  PostgresOutboxStore,
  type PostgresPool,
  PostgresUnitOfWork,
  redactConnectionString,
} from '../src/index.js';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CASES = 30;

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const show = (label: string, samples: number[], unit = 'ms') =>
  console.log(
    `${label.padEnd(58)} median ${median(samples).toFixed(3).padStart(9)} ${unit} (${samples.length} runs)`,
  );
const ratio = (label: string, a: number[], b: number[]) =>
  console.log(`${label.padEnd(58)} ${(median(a) / median(b)).toFixed(2).padStart(9)} x`);

/** One contract-case-sized piece of work: orders, a unit of work with an outbox row, a claim. */
async function workload(pool: PostgresPool): Promise<void> {
  const clock = new FakeClock();
  const ids = new SequentialIdGenerator();
  const orders = new PostgresOrderRepository({ pool });
  const outbox = new PostgresOutboxStore({ pool, clock });
  const uow = new PostgresUnitOfWork({ pool, clock });
  const now = clock.now();
  const order: Order = {
    id: ids.next(),
    customerId: 'c-1',
    currency: 'EUR',
    lines: [{ sku: 'a', quantity: 2, unitPrice: 500 }],
    total: 1_000,
    status: 'pending',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await orders.insert(order);
  await orders.insert({ ...order, id: ids.next() });
  const current = await orders.get(order.id);
  await uow.run(async (scope) => {
    await scope.orders.update({ ...current, status: 'paid' });
    await scope.outbox.add({
      id: ids.next(),
      type: 'order.paid',
      payload: { orderId: order.id },
      occurredAt: now,
    });
  });
  await orders.listByStatus('pending');
  const [event] = await outbox.claim(10);
  if (event) await outbox.markFailed(event.id, { error: 'bench', retryInMs: 0 });
  const [again] = await outbox.claim(10);
  if (again) await outbox.markPublished([again.id]);
}

async function queryCost(pool: PostgresPool, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await pool.query('SELECT id, status FROM orders WHERE id = $1', [`missing-${i}`]);
    samples.push(ms(start) * 1_000);
  }
  return samples;
}

async function fakeFigures() {
  const fake = await createFakePostgres({ migrations: (pool) => migrate(pool) });
  const cases: number[] = [];
  for (let i = 0; i < CASES; i++) {
    const start = process.hrtime.bigint();
    await fake.reset();
    await workload(fake.pool);
    cases.push(ms(start));
  }
  const resets: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const start = process.hrtime.bigint();
    await fake.reset();
    resets.push(ms(start));
  }
  const fresh: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    await createFakePostgres({ migrations: (pool) => migrate(pool) });
    fresh.push(ms(start));
  }
  await fake.reset();
  await queryCost(fake.pool, 200);
  return { cases, resets, fresh, queries: await queryCost(fake.pool, 2_000) };
}

/** The issue's unit of work: BEGIN, two inserts, COMMIT, then a select, on one client. */
async function unitOfWork(pool: PostgresPool, n: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const now = new Date();
    for (const id of [`u-${n}-a`, `u-${n}-b`]) {
      await client.query(
        'INSERT INTO outbox_events (id, type, payload, occurred_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)',
        [id, 't', { n }, now],
      );
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  await pool.query('SELECT id, payload FROM outbox_events WHERE id = $1', [`u-${n}-a`]);
}

const rssMiB = () => process.memoryUsage().rss / 2 ** 20;

/** Per engine: start (new engine + migrations), unit of work, reset, and the RSS it adds to the process. */
async function engineFigures(engine: 'pg-mem' | 'pglite') {
  const before = rssMiB();
  const start = process.hrtime.bigint();
  // A fresh schema key: the first lease of a worker, so `start` includes starting the engine.
  const fake = await createFakePostgres({ engine, migrations: (pool) => migrate(pool), schemaKey: 'bench' });
  const started = ms(start);
  const units: number[] = [];
  const resets: number[] = [];
  for (let i = 0; i < 300; i++) {
    const unit = process.hrtime.bigint();
    await unitOfWork(fake.pool, i);
    units.push(ms(unit));
    const reset = process.hrtime.bigint();
    await fake.reset();
    resets.push(ms(reset));
  }
  await fake.pool.end();
  return { started, units, resets, rss: rssMiB() - before };
}

async function realUnitOfWork() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const database = `seams_bench_uow_${process.pid}`;
  const base = new URL(ADMIN_URL);
  try {
    await admin.query(`CREATE DATABASE ${database}`);
    const pool = createPostgresPool({
      connectionString: Object.assign(new URL(base), { pathname: `/${database}` }).toString(),
      max: 4,
    });
    await migrate(pool);
    const units: number[] = [];
    for (let i = 0; i < 300; i++) {
      const unit = process.hrtime.bigint();
      await unitOfWork(pool, i);
      units.push(ms(unit));
    }
    await pool.end();
    return units;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  }
}

async function engineComparison() {
  console.log('\nengines: unit of work = BEGIN, 2 inserts, COMMIT, select (one run, ratios within it)');
  const pgMem = await engineFigures('pg-mem');
  const pglite = await engineFigures('pglite');
  for (const [name, figures] of [
    ['pg-mem', pgMem],
    ['pglite', pglite],
  ] as const) {
    show(`${name}: unit of work`, figures.units);
    show(`${name}: reset`, figures.resets);
    console.log(
      `${`${name}: reset, slowest of ${figures.resets.length}`.padEnd(58)} ${Math.max(...figures.resets).toFixed(3)} ms`,
    );
    console.log(`${`${name}: start (engine + migrations)`.padEnd(58)} ${figures.started.toFixed(0)} ms`);
    console.log(`${`${name}: RSS added`.padEnd(58)} ${figures.rss.toFixed(0)} MiB`);
  }
  ratio('pglite / pg-mem: unit of work', pglite.units, pgMem.units);
  ratio('pglite / pg-mem: reset', pglite.resets, pgMem.resets);
  let real: number[];
  try {
    real = await realUnitOfWork();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`real: unit of work skipped (${redactConnectionString(ADMIN_URL)}: ${reason})`);
    return;
  }
  show('PostgreSQL (loopback): unit of work', real);
  ratio('pg-mem / PostgreSQL: unit of work', pgMem.units, real);
  ratio('pglite / PostgreSQL: unit of work', pglite.units, real);
}

async function realFigures() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const template = `seams_bench_tpl_${process.pid}`;
  const base = new URL(ADMIN_URL);
  const urlOf = (database: string) => Object.assign(new URL(base), { pathname: `/${database}` }).toString();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
    const templatePool = createPostgresPool({ connectionString: urlOf(template), max: 1 });
    await migrate(templatePool);
    await templatePool.end();
    const cases: number[] = [];
    const clones: number[] = [];
    const workloads: number[] = [];
    let queries: number[] = [];
    for (let i = 0; i < CASES; i++) {
      const database = `${template}_${i}`;
      const start = process.hrtime.bigint();
      await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
      clones.push(ms(start));
      const pool = createPostgresPool({ connectionString: urlOf(database), max: 4 });
      const work = process.hrtime.bigint();
      await workload(pool);
      workloads.push(ms(work));
      if (i === CASES - 1) {
        await queryCost(pool, 200);
        queries = await queryCost(pool, 2_000);
      }
      await pool.end();
      cases.push(ms(start));
      await admin.query(`DROP DATABASE ${database}`);
    }
    return { cases, clones, workloads, queries };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.end();
  }
}

async function main() {
  if (process.argv.includes('--engines')) {
    await engineComparison();
    return;
  }
  console.log('postgres-adapter bench: pg-mem fake (@seams/fakes) vs PostgreSQL');
  const fake = await fakeFigures();
  show('fake: per-case reset', fake.resets);
  show('fake: new pg-mem + migrations (what reset replaces)', fake.fresh);
  ratio('fake: new pg-mem / reset', fake.fresh, fake.resets);
  show('fake: contract-like case (reset + workload)', fake.cases);
  show('fake: one SELECT by primary key', fake.queries, 'µs');
  let real: Awaited<ReturnType<typeof realFigures>> | undefined;
  try {
    real = await realFigures();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`real: skipped (${redactConnectionString(ADMIN_URL)}: ${reason})`);
    return;
  }
  show('real: CREATE DATABASE ... TEMPLATE (per-case isolation)', real.clones);
  show('real: workload only (no clone)', real.workloads);
  show('real: contract-like case (clone + pool + workload)', real.cases);
  show('real: one SELECT by primary key (loopback)', real.queries, 'µs');
  ratio('real / fake: contract-like case', real.cases, fake.cases);
  ratio('real workload only / fake case', real.workloads, fake.cases);
  ratio('real / fake: one SELECT', real.queries, fake.queries);
  console.log(
    `suite of ${CASES} cases: fake ${(fake.cases.reduce((a, b) => a + b, 0) / 1_000).toFixed(2)} s, ` +
      `real ${(real.cases.reduce((a, b) => a + b, 0) / 1_000).toFixed(2)} s`,
  );
  console.log(`target: fake reset median < 2 ms: ${median(fake.resets) < 2 ? 'met' : 'MISSED'}`);
  await engineComparison();
}

await main();
