import { type CorpusOutcome, recordCorpusVerdict } from '@seams/contracts';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { IDEMPOTENCY_CORPUS } from './cases/index.js';
import { CORPUS_CASE_TIMEOUT_MS } from './corpus-timing.js';
import { fakeCorpusStores } from './fake-corpus-store.js';
import { caseLeaseMs, type IdempotencyCase } from './idempotency-case.js';
import { realCorpusStores } from './real-corpus-store.js';
import { runCase } from './run-case.js';
import { classify, readSnapshot, writeSnapshot } from './snapshot.js';
import { describeLateness, fellBehind, MAX_RUNS, runUntilTimely, type TimedRun } from './timely-run.js';

/** Shards of the real pass: each its own test file, so the containers project runs them at once. */
export const REDIS_SHARDS = 3;

/**
 * One run of `idempotencyCase` on Redis, on connections closed when the test finishes. Only the
 * cases that wait can fall behind: the others run on leases of an hour, however long a step takes.
 */
async function runOnRedis(idempotencyCase: IdempotencyCase): Promise<TimedRun & { serverVersion: string }> {
  const real = await realCorpusStores(caseLeaseMs(idempotencyCase));
  onTestFinished(() => real.teardown());
  const answer = await runCase(idempotencyCase, real);
  return { answer, lateMs: idempotencyCase.waits ? real.lateMs() : 0, serverVersion: real.serverVersion };
}

/**
 * The real pass for one shard: Redis must still answer as the snapshot says (or, with
 * SEAMS_CORPUS_UPDATE=1, its answers become the snapshot), and the fake is classed against Redis'
 * live answer too. The cases mostly wait on leases and expiries (one file took about 86 s on
 * little CPU), so the shards run side by side; their recordings merge into the one snapshot.
 *
 * A run that fell further behind its timeline than the cases tolerate has not tested what the case
 * says: when it answers otherwise than recorded (or while recording) the case runs again
 * (`runUntilTimely`), and a disagreement counts only from a run that kept time.
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
        const expected = updating ? undefined : readSnapshot().cases[idempotencyCase.name];
        if (!updating && !expected) {
          throw new Error(
            `${idempotencyCase.name} is not in the snapshot: record it with SEAMS_CORPUS_UPDATE=1`,
          );
        }
        const run = await runUntilTimely(
          () => runOnRedis(idempotencyCase),
          expected,
          (late, runs) =>
            console.warn(`${idempotencyCase.name}: run ${runs} ${describeLateness(late)}; running it again`),
        );
        const { answer } = run;
        server = run.serverVersion;
        const lateNote = fellBehind(run) ? ` (each of ${MAX_RUNS} runs ${describeLateness(run)})` : '';
        if (updating) {
          if (lateNote) throw new Error(`${idempotencyCase.name}: not recorded${lateNote}`);
          recorded[idempotencyCase.name] = answer;
        } else if (expected) {
          const { verdict, diff } = classify(expected, answer, 'Redis as recorded');
          recordCorpusVerdict('idempotency', 'Redis against its snapshot', idempotencyCase.name, verdict);
          expect(verdict, `Redis no longer answers as recorded${lateNote}:\n${diff}`).toBe('same');
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
