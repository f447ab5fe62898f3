import { setTimeout as sleep } from 'node:timers/promises';
import type { CorpusClient, CorpusDatabase } from './corpus-target.js';
import { type CaseOutcome, errorOutcome, resultOutcome, type StepOutcome } from './outcome.js';
import type { SqlCase, SqlStep, StatementStep } from './sql-case.js';

function statement(step: Exclude<SqlStep, { pauseMs: number }>): StatementStep {
  return typeof step === 'string' ? { sql: step } : step;
}

/**
 * Runs one case on a fresh database: the set-up as one simple-protocol query, then each step on the
 * case's first connection (or its second), every statement's outcome kept, errors included, so a
 * case can show what follows an error (25P02, a savepoint's recovery).
 */
export async function runCase(database: CorpusDatabase, sqlCase: SqlCase): Promise<CaseOutcome> {
  if (sqlCase.setup !== undefined) {
    try {
      await database.pool.query(sqlCase.setup);
    } catch (error) {
      return { setupError: errorOutcome(error), steps: [] };
    }
  }
  const first = await database.pool.connect();
  let second: CorpusClient | undefined;
  const steps: StepOutcome[] = [];
  try {
    for (const step of sqlCase.steps) {
      if (typeof step !== 'string' && 'pauseMs' in step) {
        // A wall-clock pause on purpose: the cases about now() need time to pass between statements.
        await sleep(step.pauseMs);
        continue;
      }
      const { sql, params, rowMode, name, client } = statement(step);
      if (client === 'second' && !second) second = await database.pool.connect();
      const target = client === 'second' && second ? second : first;
      const config = {
        text: sql,
        ...(params && { values: [...params] }),
        ...(rowMode && { rowMode }),
        ...(name !== undefined && { name }),
      };
      steps.push(await target.query(config).then(resultOutcome, errorOutcome));
    }
  } finally {
    // Released as broken: a case may leave a transaction open or a session setting behind.
    second?.release(true);
    first.release(true);
  }
  return { steps };
}
