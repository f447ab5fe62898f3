// `pnpm --filter @seams/testenv bench`: how long a test waits for an isolated PostgreSQL database
// (pool hit to first query, beside a raw template clone in the same run), how long a run waits for
// its first one, cold (template built) and warm (template kept by an earlier run), and each
// container's start-up time when an engine and the images are there. Server: TEST_POSTGRES_URL,
// else a container (as in tests). Everything it makes is dropped at the end, templates included.
import { readFileSync } from 'node:fs';
import { redactUrl } from '@seams/ports';
import pg from 'pg';
import {
  type PostgresServer,
  startTestEnvironment,
  type TestDatabase,
  type TestDatabaseOptions,
} from '../src/index.js';
import { cloneStatement, cloneStrategy } from '../src/postgres/clone-statement.js';
import { cloneName, templateName } from '../src/postgres/database-names.js';
import { quoteDatabaseName, withDatabase } from '../src/postgres/sql-identifier.js';
import { sweepTemplates } from '../src/postgres/sweep-templates.js';
import { TestDatabaseFactory } from '../src/postgres/test-database-factory.js';
import { containerFigures } from './container-figures.js';
import { ratio, show, timed, timedResult } from './figures.js';

const RUNS = Number(process.env.SEAMS_BENCH_RUNS ?? 30);
const ROUNDS = Number(process.env.SEAMS_BENCH_ROUNDS ?? 5);
const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');
const benchKey = (label: string) => `testenv-bench-${label}-${SCHEMA}`;

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const schema = (templateKey: string): TestDatabaseOptions => ({
  templateKey,
  migrate: (url) => sql(url, SCHEMA),
});

/** A database and its first query: what a test waits for before its own work starts. */
async function firstQuery(server: PostgresServer, options: TestDatabaseOptions): Promise<TestDatabase> {
  const db = await server.createDatabase(options);
  await db.pool.query('SELECT 1');
  return db;
}

/** Takes from a full pool of warm databases: the test's wait to its first query. */
async function poolHits(factory: TestDatabaseFactory, options: TestDatabaseOptions) {
  const hits: number[] = [];
  const freshConnection: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await factory.prefill(options);
    const [hit, db] = await timedResult(() => firstQuery(factory, options));
    hits.push(hit);
    await db.release();
    await factory.prefill(options);
    // What a hit cost before the pool kept a connection open: the test connects for itself.
    const [connecting, other] = await timedResult(async () => {
      const db = await factory.createDatabase(options);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.query('SELECT 1');
      return { db, client };
    });
    freshConnection.push(connecting);
    await other.client.end();
    await other.db.release();
  }
  return { hits, freshConnection };
}

async function inRunFigures(serverUrl: string, runId: string): Promise<void> {
  const options = schema(benchKey('in-run'));
  const pooled = new TestDatabaseFactory({ serverUrl, runId, poolSize: 3 });
  const { hits, freshConnection } = await poolHits(pooled, options);
  // A pool of one, emptied before each timed take: the taker meets an empty pool with its refill under way.
  const single = new TestDatabaseFactory({ serverUrl, runId, poolSize: 1 });
  const misses: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await single.prefill(options);
    await (await single.createDatabase(options)).release();
    const [miss, db] = await timedResult(() => firstQuery(single, options));
    misses.push(miss);
    await db.release();
  }
  const admin = new pg.Pool({ connectionString: serverUrl, max: 1 });
  const strategy = await cloneStrategy(admin);
  const clones: number[] = [];
  const fresh: number[] = [];
  const template = templateName(options.templateKey);
  const drop = (name: string) => admin.query(`DROP DATABASE ${quoteDatabaseName(name)} WITH (FORCE)`);
  for (let i = 0; i < RUNS; i++) {
    const clone = cloneName(runId);
    clones.push(await timed(() => admin.query(cloneStatement(clone, template, strategy))));
    await drop(clone);
    const migrated = cloneName(runId);
    fresh.push(
      await timed(async () => {
        await admin.query(`CREATE DATABASE ${quoteDatabaseName(migrated)}`);
        await sql(withDatabase(serverUrl, migrated), SCHEMA);
      }),
    );
    await drop(migrated);
  }
  await admin.end();
  await Promise.all([pooled.close(), single.close()]);
  show('pool hit to first query (connection kept open)', hits, 5);
  show('pool hit, then a new connection to first query', freshConnection);
  show('pool miss to first query (empty pool, refill running)', misses);
  show('raw template clone (CREATE DATABASE ... TEMPLATE)', clones);
  show('migrate afresh (CREATE DATABASE + schema)', fresh);
  ratio('raw template clone / pool hit to first query', clones, hits);
  ratio('migrate afresh / pool hit to first query', fresh, hits);
}

/** A new run (environment) to its first query: cold builds the template, warm finds the one a run before it left. */
async function crossRunFigures(): Promise<string[]> {
  const samples = { start: [] as number[], cold: [] as number[], warm: [] as number[] };
  const keys: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const key = benchKey(`cross-run-${round}-${Date.now()}`);
    keys.push(key);
    for (const phase of ['cold', 'warm'] as const) {
      const [start, env] = await timedResult(() => startTestEnvironment({ services: ['postgres'] }));
      samples.start.push(start);
      const [first, db] = await timedResult(() => firstQuery(env.postgres, schema(key)));
      samples[phase].push(first);
      await db.release();
      await env.stop();
    }
  }
  show('run start (resolve, sweeps, lease)', samples.start);
  show('cold run: first database to first query (template built)', samples.cold);
  show('warm run: first database to first query (template reused)', samples.warm);
  ratio('cold / warm first database', samples.cold, samples.warm);
  return keys.map(templateName);
}

async function main(): Promise<void> {
  const env = await startTestEnvironment({ services: ['postgres'] });
  const serverUrl = env.postgres.url;
  // Later runs of this bench reuse the server (a container is started once, not per run).
  process.env.TEST_POSTGRES_URL = serverUrl;
  console.log(
    `testenv bench on ${redactUrl(serverUrl)}: ${RUNS} runs per in-run figure, ${ROUNDS} cold/warm rounds`,
  );
  const templates = [templateName(benchKey('in-run'))];
  try {
    await inRunFigures(serverUrl, env.runId);
    templates.push(...(await crossRunFigures()));
  } finally {
    await sweepTemplates(serverUrl, { maxIdleMs: 0, names: templates });
    await env.stop();
  }
  await containerFigures();
}

await main();
