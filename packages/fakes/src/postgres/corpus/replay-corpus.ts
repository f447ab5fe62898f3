import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_CORPUS } from './cases/index.js';
import { classify } from './classify.js';
import { CorpusTally } from './corpus-tally.js';
import type { CorpusTarget } from './corpus-target.js';
import { PgliteCorpusTarget, pgMemTarget } from './embedded-targets.js';
import { runCase } from './run-case.js';
import { readSnapshot } from './snapshot.js';
import type { CorpusGroup, SqlCase } from './sql-case.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

/**
 * The groups whose answers carry most of what crosses to a worker thread and back (error and
 * notice fields, column descriptions, transaction status, text): the corpus on PGlite on a worker
 * thread runs these only, and every third of their cases, since the engine behind the thread is
 * the main-thread PGlite the two shards replay in full: what this replay adds is the crossing,
 * which each kind of message makes alike (all four groups took 42 CPU-seconds on a slow 2-core
 * machine, a tenth of the fast suite's corpus work, for 1,109 cases of the same four shapes).
 */
const WORKER_SAMPLE = 3;
const WORKER_GROUPS: ReadonlySet<CorpusGroup> = new Set<CorpusGroup>([
  'errors',
  'result-metadata',
  'transactions',
  'text-encoding',
]);

/** One engine's replay: what `replaySqlCorpus` runs and how its counts are kept. */
interface EngineReplay {
  readonly name: string;
  readonly target: () => CorpusTarget;
  readonly cases: readonly SqlCase[];
  /** Whether its counts go to the fidelity table (one row per engine). */
  readonly counted: boolean;
}

const ENGINES = {
  'pg-mem': { name: 'pg-mem', target: (): CorpusTarget => pgMemTarget, cases: SQL_CORPUS, counted: true },
  pglite: {
    name: 'PGlite',
    target: (): CorpusTarget => new PgliteCorpusTarget(),
    cases: SQL_CORPUS,
    counted: true,
  },
  'pglite-worker': {
    name: 'PGlite on a worker thread',
    target: (): CorpusTarget => new PgliteCorpusTarget({ thread: 'worker' }),
    cases: SQL_CORPUS.filter(({ group }) => WORKER_GROUPS.has(group)).filter(
      (_, index) => index % WORKER_SAMPLE === 0,
    ),
    // Its counts are PGlite's: the fidelity table has one row per engine.
    counted: false,
  },
} satisfies Record<string, EngineReplay>;

/**
 * The fast pass: every corpus case on one embedded engine, classified against PostgreSQL 15's
 * recorded answers. A SILENT case (an answer PostgreSQL would not give, without an error saying
 * so) fails with a diff; SAME and CLEAR (a 0A000 refusal naming the construct) pass. The counts
 * go to SEAMS_FIDELITY_DIR for the README's fidelity section. One test file per engine (PGlite's,
 * the longest, in two shards), so a run with two workers replays two at once.
 */
export function replaySqlCorpus(engine: keyof typeof ENGINES, shard?: { index: number; of: number }): void {
  const { name, target: makeTarget, cases: all, counted }: EngineReplay = ENGINES[engine];
  // A shard is every `of`-th case from its index: its own file, so two workers share one engine's replay.
  const cases = shard ? all.filter((_, position) => position % shard.of === shard.index - 1) : all;
  const part = shard ? `shard ${shard.index} of ${shard.of}` : undefined;
  describe(`SQL corpus on ${name}${part ? `, ${part}` : ''}`, () => {
    const snapshot = readSnapshot();
    let target: CorpusTarget;
    let tally: CorpusTally;

    beforeAll(async () => {
      target = makeTarget();
      tally = new CorpusTally(
        name,
        `${snapshot.server.match(/^PostgreSQL [\d.]+/)?.[0] ?? 'PostgreSQL'} (recorded)`,
        part,
      );
      await (await target.open()).close(); // started once, before the first case's clock runs
    }, PGLITE_START_MS);

    afterAll(async () => {
      if (counted) tally.save();
      if (target instanceof PgliteCorpusTarget) await target.stop();
    });

    it.each(cases.map((sqlCase) => [`${sqlCase.group}: ${sqlCase.name}`, sqlCase] as const))(
      '%s',
      async (_, sqlCase) => {
        const expected = snapshot.cases[sqlCase.name];
        if (!expected) {
          expect.fail(
            `no PostgreSQL answer recorded for "${sqlCase.name}": re-record (SEAMS_CORPUS_UPDATE=1, real pass)`,
          );
        }
        const database = await target.open();
        const outcome = await runCase(database, sqlCase).finally(() => database.close());
        const classification = classify(sqlCase, expected, outcome);
        tally.add(sqlCase, classification);
        expect(
          classification.verdict,
          `SILENT on ${name}: an answer PostgreSQL would not give, with no error saying so\n${classification.diff ?? ''}`,
        ).not.toBe('silent');
      },
    );
  });
}
