import type { IdempotencyStore, JsonValue } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { round27Cases } from './cases/round-27.js';
import type { CorpusStores } from './corpus-store.js';
import { HOUR } from './corpus-timing.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { describeScenario, generatedCase, generateScenario, modelAnswers, runScenario } from './generate.js';
import { caseLeaseMs } from './idempotency-case.js';

/** A refusal as the model writes it (`refused`): the model knows a call is refused, not its issues. */
function refusalsAsModel(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(refusalsAsModel);
  if (value === null || typeof value !== 'object') return value;
  if ('code' in value) return 'refused';
  const entries = Object.entries(value).map(([key, inner]): [string, JsonValue] => [
    key.startsWith('{"code"') ? 'refused' : key,
    refusalsAsModel(inner),
  ]);
  // A tally of two refusals with different issues is two entries on the store, one in the model.
  const merged: Record<string, JsonValue> = {};
  for (const [key, inner] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = merged[key];
    merged[key] = typeof before === 'number' && typeof inner === 'number' ? before + inner : inner;
  }
  return merged;
}

/**
 * The fake's stores with calls from different workers made in the same tick run in an order drawn
 * from `seed` (each worker's own calls keep theirs, as on one Redis connection): the orders Redis
 * may run a `Promise.all` group in.
 */
function shuffledStores(seed: number, leaseMs: number): CorpusStores {
  const base = fakeCorpusStores(leaseMs);
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const queue: { readonly worker: number; readonly run: () => void }[] = [];
  const flush = () => {
    const pending = queue.splice(0);
    while (pending.length > 0) {
      const heads = pending.filter((call, i) => pending.findIndex((c) => c.worker === call.worker) === i);
      const chosen = heads[Math.floor(next() * heads.length)];
      if (!chosen) break;
      pending.splice(pending.indexOf(chosen), 1);
      chosen.run();
    }
  };
  const enqueue = <T>(worker: number, call: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ worker, run: () => void call().then(resolve, reject) });
    });
  let workers = 0;
  const shuffled = (store: IdempotencyStore): IdempotencyStore => {
    const worker = workers;
    workers += 1;
    return {
      begin: (...args) => enqueue(worker, () => store.begin(...args)),
      complete: (...args) => enqueue(worker, () => store.complete(...args)),
      abandon: (...args) => enqueue(worker, () => store.abandon(...args)),
    };
  };
  return {
    ...base,
    store: shuffled(base.store),
    worker: async (options) => shuffled(await base.worker(options)),
    prefixed: async (prefix, options) => shuffled(await base.prefixed(prefix, options)),
  };
}

describe('the round-27 scenario generator', () => {
  it('makes the same scenario from the same seed', () => {
    expect(generateScenario(27)).toEqual(generateScenario(27));
    expect(generatedCase(27).name).toBe(generatedCase(27).name);
    expect(generateScenario(27)).not.toEqual(generateScenario(28));
  });

  it('keeps its scenarios within the shapes it promises', () => {
    const scenarios = Array.from({ length: 400 }, (_, i) => generateScenario(i + 1));
    for (const scenario of scenarios) {
      expect(scenario.workers.length).toBeGreaterThanOrEqual(1);
      expect(scenario.workers.length).toBeLessThanOrEqual(3);
      expect(scenario.keys.length).toBeLessThanOrEqual(3);
      const waits = scenario.steps.filter((s) => s.step === 'wait');
      expect(waits.length).toBeLessThanOrEqual(2);
      expect(scenario.waits).toBe(waits.length > 0);
    }
    const waiting = scenarios.filter((s) => s.waits).length;
    // A minority: each wait costs real seconds on Redis.
    expect(waiting).toBeGreaterThan(20);
    expect(waiting).toBeLessThan(100);
    expect(scenarios.filter((s) => s.steps.some((step) => step.step === 'all')).length).toBeGreaterThan(100);
  });

  it('answers on the fake as its reference model of the port says, for 600 seeds', async () => {
    for (let seed = 1; seed <= 600; seed += 1) {
      const scenario = generateScenario(seed);
      const fake = await runScenario(scenario, fakeCorpusStores(scenario.waits ? 1_000 : HOUR));
      expect(refusalsAsModel(fake), describeScenario(scenario).join('\n')).toEqual(
        refusalsAsModel(modelAnswers(scenario)),
      );
    }
  });

  it('answers on the fake as the model says with its wide pools too (bare-lease holders, 1 MiB fingerprints, byte keys), for 50 seeds', async () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const scenario = generateScenario(seed, { wide: true });
      const fake = await runScenario(scenario, fakeCorpusStores(scenario.waits ? 1_000 : HOUR));
      expect(refusalsAsModel(fake), describeScenario(scenario).join('\n')).toEqual(
        refusalsAsModel(modelAnswers(scenario)),
      );
    }
  });

  it('records answers that do not depend on the order Redis runs a group in (300 seeds, five orders each)', async () => {
    let reordered = 0;
    for (let seed = 401; seed <= 700; seed += 1) {
      const scenario = generateScenario(seed);
      const leaseMs = scenario.waits ? 1_000 : HOUR;
      const inOrder = await runScenario(scenario, fakeCorpusStores(leaseMs));
      for (let order = 1; order <= 5; order += 1) {
        const shuffled = await runScenario(scenario, shuffledStores(seed * 10 + order, leaseMs));
        expect(shuffled, describeScenario(scenario).join('\n')).toEqual(inOrder);
      }
      if (scenario.steps.some((s) => s.step === 'all' && new Set(s.ops.map((op) => op.w)).size > 1))
        reordered += 1;
    }
    // Enough groups over several workers for the shuffles to mean something.
    expect(reordered).toBeGreaterThan(50);
  });

  it('keeps every round-27 corpus case to one answer whatever order Redis runs its groups in', async () => {
    for (const [index, idempotencyCase] of round27Cases.entries()) {
      const leaseMs = caseLeaseMs(idempotencyCase);
      const inOrder = await idempotencyCase.run(fakeCorpusStores(leaseMs));
      for (let order = 1; order <= 5; order += 1) {
        const shuffled = await idempotencyCase.run(shuffledStores(index * 10 + order, leaseMs));
        expect(shuffled, idempotencyCase.name).toEqual(inOrder);
      }
    }
  });
});
