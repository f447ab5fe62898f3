// `pnpm --filter @seams/redis-adapter bench`: begin + complete per second, the fake against real Redis.
// Real figures use TEST_REDIS_URL (default: the local server); without a server they are skipped.
import { FakeClock, InMemoryIdempotencyStore } from '@seams/fakes';
import { type IdempotencyStore, redactUrl } from '@seams/ports';
import { createRedisClient, RedisIdempotencyStore } from '../src/index.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROUNDS = 7;
const PAIRS = 2_000;
const TTL_MS = 60_000; // bench keys vanish on their own a minute later

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const show = (label: string, samples: number[]) =>
  console.log(
    `${label.padEnd(52)} median ${Math.round(median(samples)).toLocaleString('en').padStart(10)} /s`,
  );
const ratio = (label: string, a: number[], b: number[]) =>
  console.log(`${label.padEnd(52)} ${(median(a) / median(b)).toFixed(1).padStart(17)} x`);

let round = 0;

/** Pairs per second over `PAIRS` begin + complete on fresh keys, `concurrency` requests in flight. */
async function pairsPerSecond(store: IdempotencyStore, concurrency: number): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const prefix = `r${round++}-`;
    let next = 0;
    const worker = async () => {
      while (next < PAIRS) {
        const key = `${prefix}${next++}`;
        await store.begin(key, 'fp', TTL_MS);
        await store.complete(key, { status: 201, body: '{"id":"o-1","total":4997}' });
      }
    };
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, worker));
    samples.push(PAIRS / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return samples;
}

async function figures(store: IdempotencyStore) {
  await pairsPerSecond(store, 1); // warm-up: JIT, script cache, connection
  return { serial: await pairsPerSecond(store, 1), parallel: await pairsPerSecond(store, 50) };
}

async function main() {
  console.log(`redis-adapter bench: ${PAIRS} begin + complete pairs per round, ${ROUNDS} rounds`);
  const fake = await figures(new InMemoryIdempotencyStore({ clock: new FakeClock() }));
  show('fake: one request at a time', fake.serial);
  show('fake: 50 in flight', fake.parallel);
  const redis = createRedisClient(REDIS_URL);
  try {
    const store = new RedisIdempotencyStore({ redis, keyPrefix: `seams:bench:${process.pid}:` });
    const real = await figures(store);
    show('real: one request at a time (loopback)', real.serial);
    show('real: 50 in flight (one connection, pipelined)', real.parallel);
    ratio('fake / real: one at a time', fake.serial, real.serial);
    ratio('fake / real: 50 in flight', fake.parallel, real.parallel);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`real: skipped (${redactUrl(REDIS_URL)}: ${reason})`);
  } finally {
    redis.disconnect();
  }
}

await main();
