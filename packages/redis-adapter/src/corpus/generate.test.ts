import type { JsonValue } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { HOUR } from './corpus-timing.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { describeScenario, generatedCase, generateScenario, modelAnswers, runScenario } from './generate.js';

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
});
