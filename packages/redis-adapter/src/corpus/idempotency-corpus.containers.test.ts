import { existsSync } from 'node:fs';
import { recordCorpusVerdict } from '@seams/contracts';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import { classify } from './classify.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { realCorpusStores } from './real-corpus-store.js';
import { type CaseOutcome, runCase } from './run-case.js';
import { readSnapshot, SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

// The real pass: Redis must still answer as the snapshot says (or, with SEAMS_CORPUS_UPDATE=1, its
// answers become the snapshot), and the fake is classed against Redis' live answer too.
describe('idempotency corpus on Redis', () => {
  const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
  const recorded: Record<string, CaseOutcome> = {};
  let server = 'unknown';

  // Cases this run did not answer (filtered with -t) keep their recorded answer; removed cases go.
  afterAll(() => {
    if (!updating) return;
    const previous = existsSync(SNAPSHOT_PATH) ? readSnapshot().cases : {};
    const cases: Record<string, CaseOutcome> = {};
    for (const { name } of IDEMPOTENCY_CORPUS) {
      const answer = recorded[name] ?? previous[name];
      if (answer) cases[name] = answer;
    }
    writeSnapshot({ server, cases });
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
        const { verdict, diff } = classify(expected, answer);
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
