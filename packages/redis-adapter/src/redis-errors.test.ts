import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { IdempotencyRecordError, isRedisUnavailable, mapRedisError, redactSecrets } from './redis-errors.js';

const replyError = (message: string) => Object.assign(new Error(message), { name: 'ReplyError' });

describe('mapRedisError', () => {
  it.each([
    ['connection refused', new Error('connect ECONNREFUSED 127.0.0.1:6390')],
    ['command timeout', new Error('Command timed out')],
    ['offline queue flushed', new Error('Reached the max retries per request limit (which is 1).')],
    ['server loading', replyError('LOADING Redis is loading the dataset in memory')],
    ['replica', replyError("READONLY You can't write against a read only replica.")],
    ['bad password', replyError('WRONGPASS invalid username-password pair or user is disabled.')],
  ])('maps %s to DependencyUnavailableError', (_, cause) => {
    const mapped = mapRedisError(cause, 'begin', 'key-1');
    expect(mapped).toBeInstanceOf(DependencyUnavailableError);
    expect(mapped).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', dependency: 'idempotency-store', cause });
    expect((mapped as Error).message).toContain('Redis did not answer begin');
  });

  it('returns reply errors that are bugs, not outages, unchanged', () => {
    const wrongType = replyError('WRONGTYPE Operation against a key holding the wrong kind of value');
    expect(mapRedisError(wrongType, 'begin', 'key-1')).toBe(wrongType);
    expect(isRedisUnavailable('not an error')).toBe(false);
  });

  it('turns an unknown record version into IdempotencyRecordError naming the key', () => {
    const cause = replyError('SEAMS_RECORD_VERSION unsupported idempotency record version 2');
    const mapped = mapRedisError(cause, 'begin', 'key-1');
    expect(mapped).toBeInstanceOf(IdempotencyRecordError);
    expect(mapped).toMatchObject({ code: 'IDEMPOTENCY_RECORD_UNREADABLE', key: 'key-1', cause });
    expect((mapped as Error).message).toBe(
      'idempotency record key-1: unsupported idempotency record version 2',
    );
  });

  it('never puts a password from the cause into its message', () => {
    const cause = new Error('connect to redis://app:hunter2@10.0.0.1:6379 failed after AUTH hunter2');
    const mapped = mapRedisError(cause, 'complete', 'key-1') as Error;
    expect(mapped.message).not.toContain('hunter2');
    expect(mapped.message).toContain('redis://app:***@10.0.0.1:6379');
  });
});

describe('redactSecrets', () => {
  it('hides URL passwords and AUTH arguments, leaves other text alone', () => {
    expect(redactSecrets('rediss://:p%40ss@h:1/0 and redis://u:x@y')).toBe(
      'rediss://:***@h:1/0 and redis://u:***@y',
    );
    expect(redactSecrets('auth s3cret')).toBe('auth ***');
    expect(redactSecrets('Command timed out')).toBe('Command timed out');
  });
});
