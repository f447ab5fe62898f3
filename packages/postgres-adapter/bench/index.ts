// `pnpm --filter @seams/postgres-adapter bench`: the fake against the real server, measured in one run.
// Real figures use TEST_POSTGRES_URL (default: the local server); without a server they are skipped.
import { createFakePostgres, FakeClock, SequentialIdGenerator } from '@seams/fakes';
import pg from 'pg';
import {
  createPostgresPool,
  migrate,
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

/** One contract-case-sized piece of work: outbox rows added alone and in a unit of work, claims, marks. */
async function workload(pool: PostgresPool): Promise<void> {
  const clock = new FakeClock();
  const ids = new SequentialIdGenerator();
  const outbox = new PostgresOutboxStore({ pool, clock });
  const uow = new PostgresUnitOfWork({ pool, scope: () => ({ outbox }) });
  const event = (type: string) => ({ id: ids.next(), type, payload: { n: 1 }, occurredAt: clock.now() });
  await outbox.add(event('item.created'));
  await outbox.add(event('item.created'));
  await uow.run(async (scope) => {
    await scope.outbox.add(event('item.updated'));
    await scope.outbox.claim(1);
  });
  const [first] = await outbox.claim(10);
  if (first) await outbox.markFailed(first.id, { error: 'bench', retryInMs: 0 });
  const claimed = await outbox.claim(10);
  await outbox.markPublished(claimed.map((claim) => claim.id));
}

async function queryCost(pool: PostgresPool, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await pool.query('SELECT id, type FROM outbox_events WHERE id = $1', [`missing-${i}`]);
    samples.push(ms(start) * 1_000);
  }
  return samples;
}

async function fakeFigures() {
  const fake = await createFakePostgres({ migrations: (pool) => migrate(pool) });
  const cases: number[] = [];
  for (let i = 0; i < CASES; i++) {
    const start = process.hrtime.bigint();
    fake.reset();
    await workload(fake.pool);
    cases.push(ms(start));
  }
  const resets: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const start = process.hrtime.bigint();
    fake.reset();
    resets.push(ms(start));
  }
  const fresh: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    await createFakePostgres({ migrations: (pool) => migrate(pool) });
    fresh.push(ms(start));
  }
  fake.reset();
  await queryCost(fake.pool, 200);
  return { cases, resets, fresh, queries: await queryCost(fake.pool, 2_000) };
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
}

await main();
