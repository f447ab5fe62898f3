import type { PostgresErrorFields } from '../postgres-engine.js';

/**
 * Trigger DDL errors PostgreSQL 16-18 report otherwise than 15: the report as 15 gives it, or
 * undefined when the error is none of them.
 */
export function pg15TriggerError(error: PostgresErrorFields): PostgresErrorFields | undefined {
  // 15's grammar refused CREATE OR REPLACE CONSTRAINT TRIGGER without a location; 16 points at it.
  if (error.code === '0A000' && error.position !== undefined && error.message === OR_REPLACE_CONSTRAINT) {
    const { position: _position, ...without } = error;
    return without;
  }
  // 15's renametrig() raised this with no SQLSTATE of its own, so a client saw XX000 (internal
  // error); 16 gave it 0A000.
  if (
    error.code === '0A000' &&
    CLONED_TRIGGER_RENAME.test(error.message) &&
    error.hint?.startsWith(RENAME_PARENT)
  ) {
    return { ...error, code: 'XX000' };
  }
  return undefined;
}

const OR_REPLACE_CONSTRAINT = 'CREATE OR REPLACE CONSTRAINT TRIGGER is not supported';

/** ALTER TRIGGER ... RENAME on a partition's clone of its partitioned table's trigger. */
const CLONED_TRIGGER_RENAME = /^cannot rename trigger ".*" on table ".*"$/s;
const RENAME_PARENT = 'Rename the trigger on the partitioned table ';
