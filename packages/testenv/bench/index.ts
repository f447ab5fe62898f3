// `pnpm --filter @seams/testenv bench`: how long a test waits for an isolated PostgreSQL database
// (pool hit, pool miss, plain clone, migrate afresh), and each container's start-up time when an
// engine and the images are there. Server: TEST_POSTGRES_URL, else a container (as in tests).
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { findContainerEngine } from '../src/global-setup/container-engine.js';
import { resolveServices } from '../src/global-setup/resolve-services.js';
import { assertImagePresent, imageExistsOn, startContainer } from '../src/global-setup/start-container.js';
import { sweepDatabases } from '../src/global-setup/sweep-leftovers.js';
import { quoteDatabaseName, withDatabase } from '../src/postgres/sql-identifier.js';
import { TestDatabaseFactory } from '../src/postgres/test-database-factory.js';
import { redactUrl } from '../src/redact-url.js';
import { SERVICE_NAMES } from '../src/services.js';
import { newRunId } from '../src/unique-names.js';

const RUNS = Number(process.env.SEAMS_BENCH_RUNS ?? 60);
const STARTS = Number(process.env.SEAMS_BENCH_STARTS ?? 3);
const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)] ?? 0;
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const show = (label: string, samples: number[], target = '') =>
  console.log(
    `${label.padEnd(44)} median ${median(samples).toFixed(2).padStart(8)} ms  p95 ${p95(samples).toFixed(2).padStart(8)} ms  (${samples.length} runs)${target}`,
  );
const verdict = (samples: number[], limit: number) =>
  `  target < ${limit} ms: ${median(samples) < limit ? 'met' : 'MISSED'}`;

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const options = { templateKey: 'bench-schema', migrate: (url: string) => sql(url, SCHEMA) };

async function timeTakes(factory: TestDatabaseFactory, before: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before();
    const start = process.hrtime.bigint();
    const { database } = await factory.create(options);
    samples.push(since(start));
    factory.release(database);
  }
  return samples;
}

async function databaseFigures(serverUrl: string, runId: string): Promise<void> {
  const pooled = new TestDatabaseFactory({ serverUrl, runId, poolSize: 3 });
  const hits = await timeTakes(pooled, () => pooled.prefill(options));
  // A pool of one, emptied before each timed take: the taker meets an empty pool with its refill under way.
  const single = new TestDatabaseFactory({ serverUrl, runId, poolSize: 1 });
  const emptied = async () => {
    await single.prefill(options);
    single.release((await single.create(options)).database);
  };
  const misses = await timeTakes(single, emptied);
  const unpooled = new TestDatabaseFactory({ serverUrl, runId, poolSize: 0 });
  await unpooled.prefill(options);
  const clones = await timeTakes(unpooled, async () => {});
  const fresh = await migrateAfresh(serverUrl, runId, unpooled);
  show('pool hit (warm pool)', hits, verdict(hits, 5));
  show('pool miss (empty pool, refill running)', misses, verdict(misses, 30));
  show('plain clone (CREATE DATABASE ... TEMPLATE)', clones);
  show('migrate afresh (CREATE DATABASE + schema)', fresh);
  console.log(
    `${'migrate afresh / pool hit'.padEnd(44)} ${(median(fresh) / median(hits)).toFixed(0).padStart(8)} x`,
  );
  console.log(
    `${'plain clone / pool hit'.padEnd(44)} ${(median(clones) / median(hits)).toFixed(0).padStart(8)} x`,
  );
  await Promise.all([pooled.close(), single.close(), unpooled.close()]);
}

async function migrateAfresh(serverUrl: string, runId: string, dropper: TestDatabaseFactory) {
  const samples: number[] = [];
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (let i = 0; i < RUNS; i++) {
    const name = `seams_${runId}_fresh_${i}`;
    const start = process.hrtime.bigint();
    await admin.query(`CREATE DATABASE ${quoteDatabaseName(name)}`);
    await sql(withDatabase(serverUrl, name), SCHEMA);
    samples.push(since(start));
    dropper.release(name);
  }
  await admin.end();
  return samples;
}

async function containerFigures(): Promise<void> {
  const engine = await findContainerEngine();
  if (!engine) return console.log('container start-up: skipped (no container engine reachable)');
  for (const service of SERVICE_NAMES) {
    const image = await assertImagePresent(imageExistsOn(engine), service).catch(() => undefined);
    if (!image) {
      console.log(`container start-up, ${service}: skipped (image not on the engine)`);
      continue;
    }
    const samples: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const start = process.hrtime.bigint();
      const { container } = await startContainer(engine, service);
      samples.push(since(start));
      await container.stop({ remove: true });
    }
    show(`container start-up, ${service} (${image})`, samples);
  }
}

async function main(): Promise<void> {
  const resolved = await resolveServices(['postgres']);
  const serverUrl = resolved.urls.postgres ?? '';
  const runId = newRunId();
  console.log(`testenv bench on ${redactUrl(serverUrl)}, ${RUNS} runs per figure`);
  try {
    await databaseFigures(serverUrl, runId);
  } finally {
    await sweepDatabases(serverUrl, runId);
    await resolved.stop();
  }
  await containerFigures();
}

await main();
