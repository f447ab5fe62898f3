import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15DatetimeText } from './pg15-catalog.js';
import { asPg15Error } from './pg15-errors.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const inputError = (type: string, text: string) => ({
  severity: 'ERROR',
  code: '22007',
  message: `invalid input syntax for type ${type}: "${text}"`,
});

describe('pg15DatetimeText: a special word beside other fields', () => {
  it('reads the word alone only beside a date before it, a time and a numeric offset', () => {
    expect(pg15DatetimeText('2024-01-15 10:30 +05 epoch')).toBe('epoch');
    expect(pg15DatetimeText('epoch 10:30 +05:30')).toBe('epoch');
    expect(pg15DatetimeText('infinity +02')).toBe('infinity');
    // 15 refuses these (22007): left to the input function's stand-in.
    expect(pg15DatetimeText('2024 AD 10:30 America/New_York epoch')).toBeUndefined();
    expect(pg15DatetimeText('epoch 99-01-15 10:30 zulu')).toBeUndefined();
    expect(pg15DatetimeText('bc 2024-02-30 infinity')).toBeUndefined();
    expect(pg15DatetimeText('10:30 epoch 10:30')).toBeUndefined();
  });
});

describe('asPg15Error: unit words in date/time text', () => {
  it('refuses loudly what 16 refuses and 15 reads past, and leaves a Julian day alone', () => {
    for (const [type, text] of [
      ['timestamp', '2024-01-15 10:30 s'],
      ['time', 'd29 10:30 EST'],
      ['date', '2024-01-15 julian'],
      ['time with time zone', '10:30:15+05 h'],
    ] as const) {
      expect(asPg15Error(inputError(type, text))).toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/unit word.*PGlite/),
      });
    }
    const julian = inputError('timestamp', 'j2460325 x');
    expect(asPg15Error(julian)).toBe(julian);
    const plain = inputError('date', '2024-13-45');
    expect(asPg15Error(plain)).toBe(plain);
  });
});

describe('PgliteEngine reads a special date word beside other fields as PostgreSQL 15', () => {
  it(
    'refuses with 22007 or loudly what 15 refuses, as a literal, a parameter and a column',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await pool.query("SET TimeZone = 'UTC'");
      expect((await pool.query("SELECT '2024-01-15 10:30 +05 epoch'::timestamp::text AS v")).rows).toEqual([
        { v: '1970-01-01 00:00:00' },
      ]);
      await expect(pool.query("SELECT 'epoch 99-01-15 10:30 zulu'::timestamptz")).rejects.toMatchObject({
        code: '22007',
      });
      const refused = { code: '0A000', message: expect.stringContaining('PGlite') };
      await expect(pool.query("SELECT '2024 AD 10:30 America/New_York epoch'::date")).rejects.toMatchObject(
        refused,
      );
      await expect(pool.query('SELECT $1::timestamp', ['bc 2024-02-30 infinity'])).rejects.toMatchObject(
        refused,
      );
      await pool.query('CREATE TEMP TABLE datetime_texts (t text)');
      await pool.query("INSERT INTO datetime_texts VALUES ('tue 01/15/2024 infinity')");
      await expect(pool.query('SELECT t::timestamp FROM datetime_texts')).rejects.toMatchObject(refused);
    },
    PGLITE_START_MS,
  );
});
