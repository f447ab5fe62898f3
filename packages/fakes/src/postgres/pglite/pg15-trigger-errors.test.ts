import { describe, expect, it } from 'vitest';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { pg15TriggerError } from './pg15-trigger-errors.js';

const error = (
  code: string,
  message: string,
  more: Partial<PostgresErrorFields> = {},
): PostgresErrorFields => ({ severity: 'ERROR', code, message, ...more });

describe('trigger DDL errors as PostgreSQL 15 reports them', () => {
  it('drops the position 16 gives CREATE OR REPLACE CONSTRAINT TRIGGER', () => {
    const message = 'CREATE OR REPLACE CONSTRAINT TRIGGER is not supported';
    expect(pg15TriggerError(error('0A000', message, { position: '1' }))).toEqual(error('0A000', message));
  });

  it("reports renaming a partition's cloned trigger as 15's internal error (XX000)", () => {
    const hint = 'Rename the trigger on the partitioned table "p" instead.';
    const message = 'cannot rename trigger "r" on table "p1"';
    expect(pg15TriggerError(error('0A000', message, { hint }))).toEqual(error('XX000', message, { hint }));
  });

  it('leaves other trigger errors alone', () => {
    expect(pg15TriggerError(error('42710', 'trigger "a" for relation "t" already exists'))).toBeUndefined();
    expect(pg15TriggerError(error('0A000', 'cannot rename trigger "r" on table "p1"'))).toBeUndefined();
  });
});
