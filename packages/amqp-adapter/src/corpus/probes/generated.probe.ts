// Round 27's runner, run only when asked (a probe, not a test of the suite: SEAMS_PROBES=1 adds
// `*.probe.ts` files to the containers project): each generated scenario on RabbitMQ (twice per
// queue type, to tell its own nondeterminism apart) and on InMemoryBroker, classed as the corpus
// classes them; a SILENT one fails its test. SEAMS_GEN_SEEDS=FROM-TO (SEAMS_GEN_SHOW=1 prints SAME
// ones too):
//   SEAMS_PROBES=1 SEAMS_GEN_SEEDS=0-50 nice -n 19 pnpm exec vitest run --project containers src/corpus/probes
import type { QueueType } from '@seams/ports';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeCorpusBroker } from '../fake-corpus-broker.js';
import { realCorpusBroker } from '../real-corpus-broker.js';
import { runCase } from '../run-case.js';
import { classify } from '../snapshot.js';
import { scenarioCase } from './run-scenario.js';
import { generateScenario } from './scenario-gen.js';

const [from = 0, to = from] = (process.env.SEAMS_GEN_SEEDS ?? '').split('-').filter(Boolean).map(Number);
const show = process.env.SEAMS_GEN_SHOW === '1';
const profile = process.env.SEAMS_GEN_PROFILE === 'crowded' ? 'crowded' : 'spread';
const seeds = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const counts: Record<string, number> = {};

describe.skipIf(seeds.length === 0)('generated broker scenarios', () => {
  afterAll(() => console.log(JSON.stringify(counts)));
  for (const seed of seeds) {
    for (const type of ['classic', 'quorum'] as QueueType[]) {
      it(`gen ${seed} ${type}`, { timeout: 60_000 }, async () => {
        const scenario = generateScenario(seed, profile, {
          poisoned: process.env.SEAMS_GEN_POISON === '1',
          bursts: process.env.SEAMS_GEN_BURSTS === '1',
        });
        const c = scenarioCase(`gen ${seed}`, 'settlement', scenario);
        const answers = [];
        for (let run = 0; run < 2; run++) {
          const real = await realCorpusBroker(type);
          try {
            answers.push(await runCase(c, real, real.prefix));
          } finally {
            await real.teardown();
          }
        }
        const [first, second] = answers as [(typeof answers)[0], (typeof answers)[0]];
        let line: string;
        const twice = classify(first, second);
        if (twice.verdict !== 'same')
          line = `${seed} ${type} FLAKY\n${JSON.stringify(scenario)}\n${twice.diff}`;
        else {
          const fake = fakeCorpusBroker(type);
          try {
            const { verdict, diff } = classify(first, await runCase(c, fake, ''));
            line = `${seed} ${type} ${verdict.toUpperCase()}`;
            if (verdict !== 'same' || show) line += `\n${JSON.stringify(scenario)}\n${diff}`;
          } finally {
            fake.teardown();
          }
        }
        const verdict = line.split(/\s/)[2] ?? 'none';
        counts[verdict] = (counts[verdict] ?? 0) + 1;
        console.log(`### ${line}`);
        expect(verdict, line).not.toBe('SILENT');
      });
    }
  }
});

// One scenario (JSON in SEAMS_GEN_SCENARIO) run SEAMS_GEN_REPEAT times on RabbitMQ per queue type
// and once on the fake: how many answers RabbitMQ gives, and whether the fake's is one of them.
const single = process.env.SEAMS_GEN_SCENARIO;
describe.skipIf(!single)('one scenario, repeated', () => {
  for (const type of ['classic', 'quorum'] as QueueType[]) {
    it(`repeated ${type}`, { timeout: 120_000 }, async () => {
      const c = scenarioCase('repeated', 'settlement', JSON.parse(single ?? '{}'));
      const answers = new Map<string, number>();
      for (let run = 0; run < Number(process.env.SEAMS_GEN_REPEAT ?? 5); run++) {
        const real = await realCorpusBroker(type);
        try {
          const key = JSON.stringify(await runCase(c, real, real.prefix));
          answers.set(key, (answers.get(key) ?? 0) + 1);
        } finally {
          await real.teardown();
        }
      }
      const fake = fakeCorpusBroker(type);
      const mine = JSON.stringify(await runCase(c, fake, ''));
      fake.teardown();
      console.log(
        `### ${type}: ${answers.size} answers ${[...answers.values()]}; fake's among them: ${answers.has(mine)}`,
      );
      for (const key of answers.keys()) console.log(key);
      console.log(`fake: ${mine}`);
      expect(answers.size).toBeGreaterThan(0);
    });
  }
});
