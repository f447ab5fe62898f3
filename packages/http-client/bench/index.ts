// `pnpm --filter @seams/http-client bench`: charges per second through HttpPaymentGateway over
// loopback HTTP (FakePaymentsProvider) vs through mockHttp interception (no socket), in one run,
// and the cost of a 429, 500, 201 retry sequence with zero backoff. Medians of repeated rounds.
import {
  FakeClock,
  FakePaymentsApi,
  FakePaymentsProvider,
  InMemoryPaymentGateway,
  mockHttp,
} from '@seams/fakes';
import type { PaymentGateway } from '@seams/ports';
import { HttpPaymentGateway } from '../src/index.js';

const ROUNDS = 7;
const CHARGES = 200;
const BASE_URL = 'https://payments.example';

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const rate = (label: string, samples: number[]) =>
  console.log(
    `${label.padEnd(58)} median ${Math.round(median(samples)).toLocaleString('en').padStart(8)} charges/s`,
  );
const perCharge = (label: string, samples: number[]) =>
  console.log(`${label.padEnd(58)} median ${(1_000 / median(samples)).toFixed(3).padStart(8)} ms/charge`);

interface Target {
  readonly gateway: PaymentGateway;
  /** Scripts the next charge's 429 (Retry-After: 0) and 500 before it succeeds. */
  readonly failTwice: () => void;
}

let keys = 0;

/** Charges per second over `CHARGES` sequential charges on fresh keys; `retry` scripts 429, 500 first. */
async function chargesPerSecond(target: Target, retry: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CHARGES; i++) {
      if (retry) target.failTwice();
      await target.gateway.charge({
        amount: { amount: 1250, currency: 'EUR' },
        paymentToken: 'tok_visa',
        idempotencyKey: `bench-${keys++}`,
      });
    }
    samples.push(CHARGES / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return samples;
}

async function figures(target: Target) {
  await chargesPerSecond(target, false); // warm-up: JIT, keep-alive connections
  return { plain: await chargesPerSecond(target, false), retry: await chargesPerSecond(target, true) };
}

// A FakeClock nobody advances: zero backoff passes at once, and no attempt can time out mid-bench.
const gatewayFor = (baseUrl: string, apiKey: string) =>
  new HttpPaymentGateway({ baseUrl, apiKey, clock: new FakeClock(), baseDelayMs: 0, maxAttempts: 4 });

async function main() {
  console.log(`http-client bench: ${CHARGES} sequential charges per round, ${ROUNDS} rounds, medians`);

  const provider = await FakePaymentsProvider.start();
  const loopback = await figures({
    gateway: gatewayFor(provider.url, provider.apiKey),
    failTwice: () => {
      provider.failNext(1, { status: 429, retryAfter: 0 });
      provider.failNext(1, { status: 500 });
    },
  });
  await provider.close();

  const api = new FakePaymentsApi();
  const http = mockHttp();
  http
    .post(`${BASE_URL}/v1/charges`)
    .persist()
    .replyWith((request) => api.handle(request));
  let intercepted: Awaited<ReturnType<typeof figures>>;
  try {
    intercepted = await figures({
      gateway: gatewayFor(BASE_URL, api.apiKey),
      failTwice: () => {
        api.failNext(1, { status: 429, retryAfter: 0 });
        api.failNext(1, { status: 500 });
      },
    });
  } finally {
    http.restore();
  }

  const memory = new InMemoryPaymentGateway();
  const inMemory = await chargesPerSecond({ gateway: memory, failTwice: () => {} }, false);

  rate('loopback HTTP (FakePaymentsProvider)', loopback.plain);
  rate('interception (mockHttp + FakePaymentsApi, no socket)', intercepted.plain);
  rate('InMemoryPaymentGateway (no HTTP at all)', inMemory);
  console.log(
    `${'interception / loopback'.padEnd(58)} ${(median(intercepted.plain) / median(loopback.plain)).toFixed(2).padStart(15)} x`,
  );
  perCharge('loopback: one request per charge', loopback.plain);
  perCharge('loopback: 429, 500, 201 (three requests, zero backoff)', loopback.retry);
  perCharge('interception: one request per charge', intercepted.plain);
  perCharge('interception: 429, 500, 201 (three requests, zero backoff)', intercepted.retry);
  const loopbackCost = median(loopback.plain) / median(loopback.retry);
  const interceptedCost = median(intercepted.plain) / median(intercepted.retry);
  console.log(
    `${'retry sequence / one request (loopback, interception)'.padEnd(58)} ${loopbackCost.toFixed(2).padStart(8)} x, ${interceptedCost.toFixed(2)} x`,
  );
}

await main();
