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
  return PATTERNS.find(([pattern]) => pattern.test(statement))?.[1];
}
