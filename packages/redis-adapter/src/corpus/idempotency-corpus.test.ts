import { recordCorpusVerdict } from '@seams/contracts';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import { CORPUS_CASE_TIMEOUT_MS } from './corpus-timing.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { caseLeaseMs } from './idempotency-case.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot } from './snapshot.js';

const TARGET = 'InMemoryIdempotencyStore (@seams/fakes)';

// The fast pass: the fake against Redis' recorded answers, no server needed. A SILENT verdict
// (another answer with no error) fails; CLEAR (a refusal with a code) is counted.
describe('idempotency corpus', () => {
  it('has at least 80 cases, each recorded from Redis, and nothing stale', () => {
    const snapshot = readSnapshot();
    const names = IDEMPOTENCY_CORPUS.map((c) => c.name);
    expect(IDEMPOTENCY_CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(snapshot.cases).sort()).toEqual([...names].sort());
  });

  describe(`on ${TARGET}, against Redis' snapshot`, () => {
    for (const idempotencyCase of IDEMPOTENCY_CORPUS) {
      it(`${idempotencyCase.group}: ${idempotencyCase.name}`, {
        timeout: CORPUS_CASE_TIMEOUT_MS,
      }, async () => {
        const expected = readSnapshot().cases[idempotencyCase.name];
        if (!expected)
          throw new Error('not in the snapshot: record it (SEAMS_CORPUS_UPDATE=1 pnpm test:containers)');
        const { verdict, diff } = classify(
          expected,
          await runCase(idempotencyCase, fakeCorpusStores(caseLeaseMs(idempotencyCase))),
        );
        recordCorpusVerdict('idempotency', TARGET, idempotencyCase.name, verdict);
        expect(verdict, diff).not.toBe('silent');
      });
    }
  });
});
