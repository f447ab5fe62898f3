import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import type { FakePostgresError } from '../fake-postgres-error.js';
import { inputText, roundMicros } from './input-text.js';
import { fromDataType, type PgType, typeModifier } from './pg-type.js';
import { fitTimestamp, roundTimestamp } from './timestamp-assignment.js';

const ts = (precision?: number): PgType =>
  precision === undefined ? { name: 'timestamp' } : { name: 'timestamp', precision };
const tstz = (precision: number): PgType => ({ name: 'timestamptz', precision });

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    const { code, message } = error as FakePostgresError;
    return { code, message };
  }
  throw new Error('no error');
}

describe('timestamp(p) declared as PostgreSQL 15 reads it', () => {
  it.each([
    [
      { name: 'timestamp', config: [3] },
      { name: 'timestamp', precision: 3 },
    ],
    [
      { name: 'timestamp with time zone', config: [0] },
      { name: 'timestamptz', precision: 0 },
    ],
    [
      { name: 'timestamptz', config: [6] },
      { name: 'timestamptz', precision: 6 },
    ],
    // Above 6 PostgreSQL warns and keeps 6.
    [
      { name: 'timestamp', config: [9] },
      { name: 'timestamp', precision: 6 },
    ],
    [{ name: 'timestamp' }, { name: 'timestamp' }],
  ])('reads %j', (def, type) => {
    expect(fromDataType(def, new Set())).toEqual(type);
  });

  it('fails a negative precision or a second modifier as the grammar or the typmod input does', () => {
    expect(failure(() => fromDataType({ name: 'timestamp', config: [-1] }, new Set()))).toMatchObject({
      code: '42601',
    });
    expect(failure(() => fromDataType({ name: 'timestamptz', config: [-3] }, new Set()))).toEqual({
      code: '22023',
      message: 'TIMESTAMP(-3) WITH TIME ZONE precision must not be negative',
    });
    expect(failure(() => fromDataType({ name: 'timestamptz', config: [3, 1] }, new Set()))).toEqual({
      code: '22023',
      message: 'invalid type modifier',
    });
  });

  it('describes the precision as the type modifier, without a header size', () => {
    expect(typeModifier(ts(3))).toBe(3);
    expect(typeModifier(tstz(0))).toBe(0);
    expect(typeModifier(ts())).toBe(-1);
    expect(typeModifier({ name: 'timestamp', precision: 3, array: true })).toBe(3);
    expect(typeModifier({ name: 'numeric', precision: 12, scale: 2 })).toBe((12 << 16) + 2 + 4);
  });
});

describe('text input rounded to the precision (AdjustTimestampForTypmod)', () => {
  it.each([
    ['2024-03-15 10:20:30.5', 0, '2024-03-15T10:20:31.000'],
    ['2024-03-15 10:20:30.4999', 0, '2024-03-15T10:20:30.000'],
    ['2024-03-15 10:20:30.125', 2, '2024-03-15T10:20:30.130'],
    ['2024-03-15 10:20:30.123456', 3, '2024-03-15T10:20:30.123'],
    ['2024-03-15 10:20:30.1235', 3, '2024-03-15T10:20:30.124'],
    // Half away from zero from 2000-01-01: a tie before it rounds to the earlier value.
    ['1999-12-31 23:59:59.5', 0, '1999-12-31T23:59:59.000'],
    ['1999-12-31 23:59:58.25', 1, '1999-12-31T23:59:58.200'],
    ['2000-01-01 00:00:00.5', 0, '2000-01-01T00:00:01.000'],
    ['2024-12-31 23:59:59.9995', 3, '2025-01-01T00:00:00.000'],
    // rint() to microseconds first: .1234564999 is 123456 microseconds.
    ['2024-01-01 12:00:00.1234564999', 3, '2024-01-01T12:00:00.123'],
    // :60 and 24:00:00 carry, a fraction after :60 too.
    ['2024-01-01 10:11:60.5', undefined, '2024-01-01T10:12:00.500'],
    ['2024-01-01 24:00:00.0000001', undefined, '2024-01-02T00:00:00.000'],
  ])('reads %s as timestamp(%s)', (text, precision, written) => {
    expect(inputText(text, ts(precision))).toBe(written);
  });

  it('rounds a timestamptz in UTC, after its zone', () => {
    expect(inputText('2024-01-01 12:00:00.7-05:30', tstz(0))).toBe('2024-01-01T17:30:01.000Z');
  });

  it('refuses what keeps microseconds, and fails past 24:00:00 as PostgreSQL does', () => {
    expect(failure(() => inputText('2024-01-01 00:00:00.1234', ts(4))).code).toBe('0A000');
    expect(failure(() => inputText('2024-01-01 00:00:00.1234', ts())).code).toBe('0A000');
    expect(failure(() => inputText('2024-01-01 24:00:00.5', ts(0))).code).toBe('22008');
    expect(failure(() => inputText('2024-01-01 23:59:60.999999', ts(0))).code).toBe('22008');
  });

  it('rounds microseconds away from zero around 2000-01-01', () => {
    const epoch = Date.UTC(2000, 0, 1);
    expect(roundMicros(epoch, 500_000, 0)).toBe(1_000_000);
    expect(roundMicros(epoch - 1000, 500_000, 0)).toBe(0);
    expect(roundMicros(epoch - 1000, 500_001, 0)).toBe(1_000_000);
    expect(roundMicros(epoch, 123_456, 6)).toBe(123_456);
  });
});

describe('a computed value assigned to timestamp(p)', () => {
  it('is rounded by a function only below milliseconds', () => {
    const value = { type: 'ref', name: 'v' } as const;
    expect(fitTimestamp(value, ts(3))).toBe(value);
    expect(fitTimestamp(value, ts())).toBe(value);
    expect(fitTimestamp(value, { name: 'numeric', precision: 1 })).toBe(value);
    expect(fitTimestamp(value, tstz(0))).toMatchObject({
      type: 'call',
      function: { name: 'seams_timestamptz_fit' },
    });
  });

  it('rounds a pg-mem Date', () => {
    expect(roundTimestamp(new Date('2024-01-01T00:00:00.500Z'), 0).toISOString()).toBe(
      '2024-01-01T00:00:01.000Z',
    );
    expect(roundTimestamp(new Date('1999-12-31T23:59:59.500Z'), 0).toISOString()).toBe(
      '1999-12-31T23:59:59.000Z',
    );
    expect(roundTimestamp(new Date('2024-01-01T00:00:00.125Z'), 2).toISOString()).toBe(
      '2024-01-01T00:00:00.130Z',
    );
    expect(roundTimestamp(new Date('1960-01-01T00:00:00.125Z'), 2).toISOString()).toBe(
      '1960-01-01T00:00:00.120Z',
    );
  });

  it('rounds defaults, computed values and casts through the engine', async () => {
    const { pool } = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'schema',
          sql: 'CREATE TABLE t (id int, a timestamp(3), b timestamp(0), c timestamptz(1) DEFAULT now(), d timestamptz DEFAULT now())',
        },
      ],
    });
    await pool.query(
      "INSERT INTO t (id, a) VALUES (1, '2024-01-01 00:00:00.5'), (2, '1999-12-31 23:59:59.5')",
    );
    await pool.query('UPDATE t SET b = a');
    const { rows } = await pool.query<{ b: Date; c_ok: boolean; rounded: Date }>(
      'SELECT b, c = d::timestamptz(1) AS c_ok, a::timestamp(0) AS rounded FROM t ORDER BY id',
    );
    expect(rows.map((row) => [row.b.getTime(), row.c_ok, row.rounded.getTime()])).toEqual([
      [new Date(2024, 0, 1, 0, 0, 1).getTime(), true, new Date(2024, 0, 1, 0, 0, 1).getTime()],
      [new Date(1999, 11, 31, 23, 59, 59).getTime(), true, new Date(1999, 11, 31, 23, 59, 59).getTime()],
    ]);
    await pool.end();
  });
});
