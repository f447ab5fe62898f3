import { postgresUrl } from '@seams/testenv/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_CORPUS } from './cases/index.js';
import { classify } from './classify.js';
import { CorpusTally } from './corpus-tally.js';
import type { CorpusTarget } from './corpus-target.js';
import { PgliteCorpusTarget, pgMemTarget } from './embedded-targets.js';
import type { CaseOutcome } from './outcome.js';
import { PostgresCorpusTarget } from './postgres-target.js';
import { runCase } from './run-case.js';
import { readSnapshot, SNAPSHOT_PATH, writeSnapshot } from './snapshot.js';

const STARTUP_MS = 120_000;

/**
 * The real pass: every corpus case on PostgreSQL itself. The recorded snapshot must still be what
 * the server answers (re-record with SEAMS_CORPUS_UPDATE=1 when a case changes on purpose), and
 * both embedded engines are classified against the live answers; a SILENT case fails here too.
 */
describe('SQL corpus on PostgreSQL', () => {
  const updating = process.env.SEAMS_CORPUS_UPDATE === '1';
  const recorded: Record<string, CaseOutcome> = {};
  let server: PostgresCorpusTarget;
  let pglite: PgliteCorpusTarget;
  let engines: { target: CorpusTarget; tally: CorpusTally }[];
  let snapshotTally: CorpusTally;
  let snapshot: Readonly<Record<string, CaseOutcome>> = {};

  beforeAll(async () => {
    server = new PostgresCorpusTarget(postgresUrl());
    await server.start();
    pglite = new PgliteCorpusTarget();
    await (await pglite.open()).close();
    const live = `${server.version.match(/^PostgreSQL [\d.]+/)?.[0] ?? 'PostgreSQL'} (live)`;
    engines = [pgMemTarget, pglite].map((target) => ({ target, tally: new CorpusTally(target.name, live) }));
    snapshotTally = new CorpusTally(server.name, 'the recorded snapshot');
    if (!updating) snapshot = readSnapshot().cases;
  }, STARTUP_MS);

  afterAll(async () => {
    await pglite?.stop();
    await server?.stop();
    if (updating && Object.keys(recorded).length === SQL_CORPUS.length) {
      writeSnapshot({ server: server.version, cases: recorded });
      console.info(
        `SQL corpus: recorded ${SQL_CORPUS.length} answers of ${server.version} into ${SNAPSHOT_PATH}`,
      );
    }
    for (const { tally } of engines ?? []) tally.save();
    if (!updating) snapshotTally?.save();
  });

  it.each(SQL_CORPUS.map((sqlCase) => [`${sqlCase.group}: ${sqlCase.name}`, sqlCase] as const))(
    '%s',
    async (_, sqlCase) => {
      const database = await server.open();
      const live = await runCase(database, sqlCase).finally(() => database.close());
      expect(live.setupError, `the set-up of "${sqlCase.name}" fails on PostgreSQL`).toBeUndefined();
      if (updating) {
        recorded[sqlCase.name] = live;
      } else {
        const expected = snapshot[sqlCase.name];
        if (!expected)
          expect.fail(`no recorded answer for "${sqlCase.name}": run with SEAMS_CORPUS_UPDATE=1`);
        const drift = classify(sqlCase, expected, live);
        snapshotTally.add(sqlCase, drift);
        if (drift.verdict !== 'same') {
          expect.fail(
            `the snapshot no longer matches PostgreSQL (re-record with SEAMS_CORPUS_UPDATE=1)\n${drift.diff}`,
          );
        }
      }
      const silent: string[] = [];
      for (const { target, tally } of engines) {
        const database = await target.open();
        const outcome = await runCase(database, sqlCase).finally(() => database.close());
        const classification = classify(sqlCase, live, outcome);
        tally.add(sqlCase, classification);
        if (classification.verdict === 'silent')
          silent.push(`SILENT on ${target.name}\n${classification.diff}`);
      }
      if (silent.length > 0) expect.fail(silent.join('\n\n'));
    },
  );
});
