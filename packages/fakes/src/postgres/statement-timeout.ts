import { tokenize } from './sql-tokens.js';

/**
 * How the PGlite engine may time a statement against statement_timeout. It cannot interrupt one: it
 * runs the statement and then, when it overran, answers 57014 (session-per-connection.ts). That is
 * exact only when the statement's effects can still be undone: outside a transaction block the
 * statement runs inside BEGIN ... COMMIT the fake adds (`wrappable`) and an overrun rolls it back;
 * inside a block the overrun aborts the transaction. A statement that ends, splits or must begin a
 * transaction itself (`controlsTransaction`), or behaves otherwise inside a block than outside one
 * (LOCK and DECLARE are refused outside one, SET LOCAL is a no-op there, now() equals
 * statement_timestamp() there), cannot be so undone: its overrun is refused.
 */
export interface TimeoutPlan {
  readonly wrappable: boolean;
  readonly controlsTransaction: boolean;
}

// First words of a statement that ends, splits or cannot run in a transaction block.
const CONTROL_STARTS = new Set([
  'begin',
  'start',
  'end',
  'commit',
  'rollback',
  'abort',
  'savepoint',
  'release',
  'prepare',
  'vacuum',
  'call',
  'reindex',
  'cluster',
]);
// Words anywhere (outside literals) that make a statement one of those: CREATE/DROP DATABASE,
// ALTER SYSTEM, tablespaces, CONCURRENTLY.
const CONTROL_WORDS = new Set(['database', 'system', 'tablespace', 'concurrently']);
// First words of a statement that answers otherwise inside a block than outside one.
const BLOCK_ONLY_STARTS = new Set(['lock', 'declare']);
// Anywhere: a body (DO, a procedure) may COMMIT or ROLLBACK; the words may sit in its string.
const BODY_CONTROL = /\b(commit|rollback)\b/i;
const BLOCK_SENSITIVE = /\b(statement_timestamp|pg_stat_activity)\b/i;

export function timeoutPlan(text: string): TimeoutPlan {
  let controls = BODY_CONTROL.test(text);
  let blockOnly = BLOCK_SENSITIVE.test(text);
  let atStart = true;
  let previous = '';
  for (const token of tokenize(text)) {
    if (token.kind === 'punct' && token.value === ';') {
      atStart = true;
      previous = '';
      continue;
    }
    if (token.kind === 'word') {
      if (atStart && CONTROL_STARTS.has(token.value)) controls = true;
      if (atStart && BLOCK_ONLY_STARTS.has(token.value)) blockOnly = true;
      if (CONTROL_WORDS.has(token.value)) controls = true;
      // SET LOCAL, SET TRANSACTION and SET CONSTRAINTS take effect otherwise in a block.
      if (previous === 'set' && ['local', 'transaction', 'constraints'].includes(token.value))
        blockOnly = true;
      previous = atStart ? token.value : '';
    } else {
      previous = '';
    }
    atStart = false;
  }
  return { wrappable: !controls && !blockOnly, controlsTransaction: controls };
}
