import { DependencyUnavailableError, DuplicateError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { isConnectionError, mapPostgresError } from './postgres-errors.js';
import { readInt8 } from './sql-values.js';

const subject = { entity: 'order', id: 'o-1' };
const withCode = (code: string, message = 'driver error') => Object.assign(new Error(message), { code });

describe('mapPostgresError', () => {
  it('maps 23505 to DuplicateError by SQLSTATE alone (pg-mem leaves the constraint empty)', () => {
    const cause = withCode('23505');
    const mapped = mapPostgresError(cause, subject);
    expect(mapped).toBeInstanceOf(DuplicateError);
    expect(mapped).toMatchObject({ code: 'DUPLICATE', entity: 'order', id: 'o-1', cause });
  });

  it.each([
    ['08006', 'connection failure'],
    ['57P01', 'terminating connection due to administrator command'],
    ['53300', 'too many clients'],
    ['57014', 'canceling statement due to statement timeout'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'],
  ])('maps %s to DependencyUnavailableError', (code, message) => {
    const mapped = mapPostgresError(withCode(code, message), subject);
    expect(mapped).toBeInstanceOf(DependencyUnavailableError);
    expect(mapped).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', dependency: 'postgres' });
  });

  it('maps pg connection messages that carry no code', () => {
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isConnectionError(new Error('Query read timeout'))).toBe(true);
    // A statement timeout is an outage to the caller, yet its connection is fine to reuse.
    expect(isConnectionError(withCode('57014', 'canceling statement due to statement timeout'))).toBe(false);
  });

  it.each(['23503', '42P01', '22P02', undefined])('returns %s errors unchanged', (code) => {
    const error = code ? withCode(code) : new Error('plain');
    expect(mapPostgresError(error, subject)).toBe(error);
  });
});

describe('readInt8', () => {
  it('reads pg strings and pg-mem numbers alike', () => {
    expect(readInt8('9007199254740991', 'c')).toBe(Number.MAX_SAFE_INTEGER);
    expect(readInt8(42, 'c')).toBe(42);
    expect(readInt8('-7', 'c')).toBe(-7);
  });

  it.each(['9007199254740993', '1.5', 'abc', 1.5, null, 2 ** 53])(
    'refuses %s rather than round it',
    (value) => {
      expect(() => readInt8(value, 'orders.total_minor')).toThrow(/orders\.total_minor/);
    },
  );
});
