import { refuse } from './pg-mem/refusal.js';

/** What a statement does to the transaction, if anything. */
export type TransactionControl = 'begin' | 'commit' | 'rollback' | 'savepoint' | undefined;

const PATTERNS: ReadonlyArray<readonly [RegExp, Exclude<TransactionControl, undefined>]> = [
  [/^(ROLLBACK\s+TO|RELEASE|SAVEPOINT)\b/i, 'savepoint'],
  [/^(BEGIN|START\s+TRANSACTION)\b/i, 'begin'],
  [/^(COMMIT|END)\b/i, 'commit'],
  [/^(ROLLBACK|ABORT)\b/i, 'rollback'],
];

/** Classifies a statement sent on its own (as pg sends `BEGIN` / `COMMIT` / `ROLLBACK`). */
export function transactionControl(text: string): TransactionControl {
  const statement = text.replace(/^\s+|[\s;]+$/g, '');
  if (statement.includes(';')) return undefined;
  // AND CHAIN starts a new transaction at once, with the same characteristics; the engine's
  // transaction state has no such step, and treating it as a plain COMMIT/ROLLBACK would leave
  // the following statements in autocommit. AND NO CHAIN is the plain form.
  if (/^(COMMIT|END|ROLLBACK|ABORT)(\s+(WORK|TRANSACTION))?\s+AND\s+CHAIN$/i.test(statement))
    throw refuse(`${statement.split(/\s+/)[0]?.toUpperCase() ?? 'COMMIT'} AND CHAIN`);
  return PATTERNS.find(([pattern]) => pattern.test(statement))?.[1];
}
