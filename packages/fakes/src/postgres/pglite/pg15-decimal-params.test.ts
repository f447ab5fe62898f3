import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { decimalParamBinary, hasDecimalParam, withDecimalParamsBinary } from './pg15-decimal-params.js';

/** numeric_send's words: ndigits, weight, sign, dscale, digits. */
const words = (buffer: Buffer | undefined): number[] | undefined =>
  buffer && Array.from({ length: buffer.length / 2 }, (_, index) => buffer.readUInt16BE(2 * index));

describe('plain decimal parameters bound in binary', () => {
  it('encodes integers in range and leaves the rest to the text input', () => {
    expect(decimalParamBinary('-2147483648', 23)?.readInt32BE()).toBe(-2147483648);
    expect(decimalParamBinary('+00012', 21)?.readInt16BE()).toBe(12);
    expect(decimalParamBinary('9223372036854775807', 20)?.readBigInt64BE()).toBe(9223372036854775807n);
    for (const [text, oid] of [
      ['2147483648', 23],
      ['32768', 21],
      [' 1', 23],
      ['1_000', 23],
      ['0x1F', 20],
      ['1e3', 23],
      ['', 23],
      ['12', 25],
    ] as const)
      expect(decimalParamBinary(text, oid), text).toBeUndefined();
  });

  it('encodes numerics as numeric_send does, scale kept and zero digits left out', () => {
    expect(words(decimalParamBinary('1.25', 1700))).toEqual([2, 0, 0, 2, 1, 2500]);
    expect(words(decimalParamBinary('-12345678.9', 1700))).toEqual([3, 1, 0x4000, 1, 1234, 5678, 9000]);
    expect(words(decimalParamBinary('.0001', 1700))).toEqual([1, 0xffff, 0, 4, 1]);
    expect(words(decimalParamBinary('100000000', 1700))).toEqual([1, 2, 0, 0, 1]);
    expect(words(decimalParamBinary('-0.00', 1700))).toEqual([0, 0, 0, 2]);
    for (const text of ['.', '-', '1_0', '1e5', 'NaN', ' 1', '0x1F', '1.2.3'])
      expect(decimalParamBinary(text, 1700), text).toBeUndefined();
  });

  it('encodes plain ISO dates and timestamps as microseconds (days) since 2000, an offset only for timestamptz', () => {
    expect(decimalParamBinary('2000-01-02', 1082)?.readInt32BE()).toBe(1);
    expect(decimalParamBinary('1999-12-31', 1082)?.readInt32BE()).toBe(-1);
    expect(decimalParamBinary('2000-01-01T00:00:01.5+00:00', 1184)?.readBigInt64BE()).toBe(1_500_000n);
    expect(decimalParamBinary('2000-01-01T05:30:00+05:30', 1184)?.readBigInt64BE()).toBe(0n);
    expect(decimalParamBinary('2000-01-01 00:00:00.000001-01', 1184)?.readBigInt64BE()).toBe(3_600_000_001n);
    // timestamp's input ignores a zone written after it.
    expect(decimalParamBinary('2000-01-01T00:00:00Z', 1114)?.readBigInt64BE()).toBe(0n);
    expect(decimalParamBinary('2000-01-01 00:00:00+05', 1114)?.readBigInt64BE()).toBe(0n);
    for (const [text, oid] of [
      ['2000-01-01 00:00:00', 1184],
      ['2024-02-30', 1082],
      ['2024-02-30T00:00:00Z', 1184],
      ['0099-01-01', 1082],
      ['2024-01-01 BC', 1082],
      ['2024-01-01 24:00:00', 1114],
      ['2024-01-01 23:59:60', 1114],
      ['2024-01-01 00:00:00.1234567', 1114],
      ['2024-01-01T00:00:00+16:00', 1184],
      [' 2024-01-01', 1082],
      ['+infinity', 1082],
      ['2024-01-01', 1083],
    ] as const)
      expect(decimalParamBinary(text, oid), text).toBeUndefined();
  });

  it('keeps what the client sent in binary, and tests cheaply for candidates', () => {
    const sent = Buffer.from([0, 0, 0, 7]);
    expect(withDecimalParamsBinary([sent, '7', 'x'], [23, 23, 23], [true, false, false])).toEqual([
      sent,
      Buffer.from([0, 0, 0, 7]),
      'x',
    ]);
    expect(hasDecimalParam(['abc', null])).toBe(false);
    expect(hasDecimalParam(['abc', '-.5'])).toBe(true);
  });

  // Every expected answer below is PostgreSQL 15's (checked against a 15 server).
  it('answers as the text input does on the PGlite engine, from the second run of a statement on', async () => {
    const fake = await createFakePostgres({
      engine: 'pglite',
      migrations: [
        { name: 'counts', sql: 'CREATE TABLE counts (a int2, b int4, c int8, d numeric(6, 2), e numeric)' },
      ],
    });
    const sql =
      'SELECT $1::int2 AS a, $2::int4 AS b, $3::int8 AS c, $4::numeric(6,2)::text AS d, $5::numeric::text AS e';
    const cases: readonly (readonly [readonly string[], Record<string, unknown>])[] = [
      [['1', '2', '3', '4', '5'], { a: 1, b: 2, c: '3', d: '4.00', e: '5' }],
      [
        ['-32768', '+007', '-9223372036854775808', '1234.567', '-0.00'],
        { a: -32768, b: 7, c: '-9223372036854775808', d: '1234.57', e: '0.00' },
      ],
      [['0', '-0', '00', '.5', '5.'], { a: 0, b: 0, c: '0', d: '0.50', e: '5' }],
      [['1', '1', '1', '1', '100000000.000100'], { a: 1, b: 1, c: '1', d: '1.00', e: '100000000.000100' }],
    ];
    for (let run = 0; run < 2; run++)
      for (const [values, row] of cases)
        expect((await fake.pool.query(sql, [...values])).rows[0]).toEqual(row);
    const refusals: readonly (readonly [readonly string[], string, string])[] = [
      [['32768', '1', '1', '1', '1'], '22003', 'value "32768" is out of range for type smallint'],
      [['1', '1_000', '1', '1', '1'], '22P02', 'invalid input syntax for type integer: "1_000"'],
      [['1', '1', '1', '12345.6', '1'], '22003', 'numeric field overflow'],
      [['1', '1', '1', '1', '1_0'], '22P02', 'invalid input syntax for type numeric: "1_0"'],
    ];
    for (const [values, code, message] of refusals)
      await expect(fake.pool.query(sql, [...values])).rejects.toMatchObject({ code, message });
    await fake.close();
  }, 60_000);
});
