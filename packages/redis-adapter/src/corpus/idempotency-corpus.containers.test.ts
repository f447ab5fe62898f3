import { type CorpusOutcome, recordCorpusVerdict } from '@seams/contracts';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { realCorpusStores } from './real-corpus-store.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot, writeSnapshot } from './snapshot.js';

// The real pass: Redis must still answer as the snapshot says (or, with SEAMS_CORPUS_UPDATE=1, its
// answers become the snapshot), and the fake is classed against Redis' live answer too.
describe('idempotency corpus on Redis', () => {
  const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
  const recorded: Record<string, CorpusOutcome> = {};
  let server = 'unknown';

  // Cases this run did not answer (filtered with -t) keep their recorded answer; removed cases go.
  afterAll(() => {
    if (updating) writeSnapshot({ server, keys: IDEMPOTENCY_CORPUS.map(({ name }) => name), recorded });
  });

  for (const idempotencyCase of IDEMPOTENCY_CORPUS) {
    it(`${idempotencyCase.group}: ${idempotencyCase.name}`, { timeout: 30_000 }, async () => {
      const real = await realCorpusStores();
      onTestFinished(() => real.teardown());
      server = real.serverVersion;
      const answer = await runCase(idempotencyCase, real);
      if (updating) recorded[idempotencyCase.name] = answer;
      else {
        const expected = readSnapshot().cases[idempotencyCase.name];
        if (!expected) {
          throw new Error(
            `${idempotencyCase.name} is not in the snapshot: record it with SEAMS_CORPUS_UPDATE=1`,
          );
        }
        const { verdict, diff } = classify(expected, answer, 'Redis as recorded');
        recordCorpusVerdict('idempotency', 'Redis against its snapshot', idempotencyCase.name, verdict);
        expect(verdict, `Redis no longer answers as recorded:\n${diff}`).toBe('same');
      }
      const { verdict, diff } = classify(answer, await runCase(idempotencyCase, fakeCorpusStores()));
      recordCorpusVerdict(
        'idempotency',
        'InMemoryIdempotencyStore (@seams/fakes) against Redis live',
        idempotencyCase.name,
        verdict,
      );
      expect(verdict, diff).not.toBe('silent');
    });
  }
});
