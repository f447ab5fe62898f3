import type { SqlToken } from '../sql-tokens.js';
import { FK_CLONE_NAMES, PARTITION_IDENTITY } from './pg15-catalog.js';

/**
 * The engine puts 18's partitions and foreign-key clones back as 15 has them after each request
 * (pglite-engine.ts: `#namingFkClones`, `#partitionIdentity`): a partition's column without the
 * identity of its partitioned table's column, the clones under 15's names. Inside one simple query of
 * several statements (a pg_dump file loaded whole: partitions attached with ATTACH PARTITION, then
 * `INSERT INTO <partition> (id, ...)`) the statements after the one that made the partition saw 18's
 * state: an INSERT straight into the partition with its id failed 428C9 where 15 stores it. Here the
 * same functions run between the statements, as guards (pg15-dialect.ts): after a statement that may
 * have made a partition, a clone or an identity, before the next one; and before an ALTER of an
 * identity, the partitions get it back first, as the engine does before a request (18 carries the
 * change on to the partitions and expects them to have it).
 */

/** Statements that may clone a foreign key toward partitions or make a partition (as pglite-engine.ts). */
const FK_CLONING = /\b(?:references|partition\s+of|attach\s+partition)\b/i;
/** An ALTER TABLE that may change a partitioned table's identity column (as pglite-engine.ts). */
const IDENTITY_CHANGE = /\balter\s+table\b[\s\S]*\b(?:identity|generated|restart|increment|start)\b/i;

/** A text that may need a follow-up between its statements (part of the dialect's prefilter). */
export const PARTITION_FOLLOW_UP_PREFILTER =
  /\b(?:references|partition\s+of|attach\s+partition)\b|\balter\s+table\b[^;]*\b(?:identity|generated|restart|increment|start)\b/i;

/** A statement's words (not its strings, quoted names or comments), lower case, one space apart. */
const wordsOf = (tokens: readonly SqlToken[]): string =>
  tokens
    .filter((token) => token.kind === 'word')
    .map((token) => token.value)
    .join(' ');

/** Whether the statement may leave 18's partitions or clones behind (the engine's own tests). */
const leavesPartitionState = (words: string): boolean =>
  FK_CLONING.test(words) || IDENTITY_CHANGE.test(words);

/**
 * The guard to run before statement `index` of a simple query (each statement as its tokens), or
 * undefined: the catalog put back as 15 has it after the statement before, and the identities given
 * back to the partitions before an identity change that follows such a put-back.
 */
export function partitionFollowUpGuard(
  statements: readonly { readonly tokens: readonly SqlToken[] }[],
  index: number,
): string | undefined {
  if (index < 1 || index >= statements.length) return undefined;
  const words = statements.slice(0, index + 1).map(({ tokens }) => wordsOf(tokens));
  const previous = words[index - 1] ?? '';
  const cloning = FK_CLONING.test(previous);
  const restoring =
    IDENTITY_CHANGE.test(words[index] ?? '') && words.slice(0, index).some(leavesPartitionState);
  if (!cloning && !restoring && !IDENTITY_CHANGE.test(previous)) return undefined;
  const calls = [...(cloning ? [`${FK_CLONE_NAMES}()`] : []), `${PARTITION_IDENTITY}(${restoring})`];
  return `SELECT ${calls.join(', ')}`;
}
