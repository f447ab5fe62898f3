import { postgresUrl } from '@seams/testenv/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_CORPUS } from './cases/index.js';
import { classify } from './classify.js';
import { CorpusTally } from './corpus-tally.js';
import type { CaseOutcome } from './outcome.js';
import { PostgresCorpusTarget } from './postgres-target.js';
import { runCase } from './run-case.js';
import { readSnapshot, SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

const STARTUP_MS = 120_000;

/** Shards of the real pass: each its own test file, so the containers project runs them at once. */
export const POSTGRES_SHARDS = 3;

/**
 * The real pass: every corpus case on PostgreSQL itself, whose answers must still be the recorded
 * snapshot's (re-record with SEAMS_CORPUS_UPDATE=1 when a case changes on purpose). The embedded
 * engines are classified against that snapshot in the fast pass (`*.corpus.test.ts`); once this pass
 * holds the server to the same answers, classifying them here again against the live ones would
 * repeat the fast pass at twice its cost.
 */
export function replaySqlCorpusOnPostgres(shard: number): void {
  const cases = SQL_CORPUS.filter((_, index) => index % POSTGRES_SHARDS === shard - 1);
  describe(`SQL corpus on PostgreSQL, shard ${shard} of ${POSTGRES_SHARDS}`, () => {
    const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
    const recorded: Record<string, CaseOutcome> = {};
    let server: PostgresCorpusTarget;
    let snapshotTally: CorpusTally;
    let snapshot: Readonly<Record<string, CaseOutcome>> = {};

    beforeAll(async () => {
      server = new PostgresCorpusTarget(postgresUrl());
      await server.start();
      snapshotTally = new CorpusTally(server.name, 'the recorded snapshot', `shard ${shard}`);
      if (!updating) snapshot = readSnapshot().cases;
    }, STARTUP_MS);

    afterAll(async () => {
      await server?.stop();
      // Cases this shard did not answer (the other shards', or filtered with -t) keep their recorded
      // answer; removed cases go.
      if (updating && Object.keys(recorded).length > 0) {
        writeSnapshot({ server: server.version, keys: SQL_CORPUS.map(({ name }) => name), recorded });
        console.info(
          `SQL corpus: recorded ${Object.keys(recorded).length} answers of ${server.version} into ${SNAPSHOT_PATH}`,
        );
      }
      if (!updating) snapshotTally?.save();
    });

    it.each(cases.map((sqlCase) => [`${sqlCase.group}: ${sqlCase.name}`, sqlCase] as const))(
      '%s',
      async (_, sqlCase) => {
        const database = await server.open();
        const live = await runCase(database, sqlCase).finally(() => database.close());
        expect(live.setupError, `the set-up of "${sqlCase.name}" fails on PostgreSQL`).toBeUndefined();
        if (updating) {
          recorded[sqlCase.name] = live;
          return;
        }
        const expected = snapshot[sqlCase.name];
        if (!expected)
          expect.fail(`no recorded answer for "${sqlCase.name}": run with SEAMS_CORPUS_UPDATE=1`);
        const drift = classify(sqlCase, expected, live);
        snapshotTally.add(sqlCase, drift);
        expect(
          drift.verdict,
          `the snapshot no longer matches PostgreSQL (re-record with SEAMS_CORPUS_UPDATE=1)\n${drift.diff}`,
        ).toBe('same');
      },
    );
  });
}
