import { type CorpusOutcome, recordCorpusVerdict } from '@seams/contracts';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import { CORPUS_CASE_TIMEOUT_MS } from './corpus-timing.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { caseLeaseMs } from './idempotency-case.js';
import { realCorpusStores } from './real-corpus-store.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot, writeSnapshot } from './snapshot.js';

/** Shards of the real pass: each its own test file, so the containers project runs them at once. */
export const REDIS_SHARDS = 3;

/**
 * The real pass for one shard: Redis must still answer as the snapshot says (or, with
 * SEAMS_CORPUS_UPDATE=1, its answers become the snapshot), and the fake is classed against Redis'
 * live answer too. The cases mostly wait on leases and expiries (one file took about 86 s on
 * little CPU), so the shards run side by side; their recordings merge into the one snapshot.
 */
export function replayIdempotencyCorpusOnRedis(shard: number): void {
  const cases = IDEMPOTENCY_CORPUS.filter((_, index) => index % REDIS_SHARDS === shard - 1);
  describe(`idempotency corpus on Redis, shard ${shard} of ${REDIS_SHARDS}`, () => {
    const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
    const recorded: Record<string, CorpusOutcome> = {};
    let server = 'unknown';

    // Cases this run did not answer (the other files', or filtered with -t) keep their recorded
    // answer; removed cases go.
    afterAll(() => {
      if (updating) writeSnapshot({ server, keys: IDEMPOTENCY_CORPUS.map(({ name }) => name), recorded });
    });

    for (const idempotencyCase of cases) {
      it(`${idempotencyCase.group}: ${idempotencyCase.name}`, {
        timeout: CORPUS_CASE_TIMEOUT_MS,
      }, async () => {
        const real = await realCorpusStores(caseLeaseMs(idempotencyCase));
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
        const { verdict, diff } = classify(
          answer,
          await runCase(idempotencyCase, fakeCorpusStores(caseLeaseMs(idempotencyCase))),
        );
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
}
