import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { INTERVAL_UNIT_RUN, pg15IntervalText } from './pg15-catalog.js';
import { asPg15Error } from './pg15-errors.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('pg15IntervalText: unit words with no number between them', () => {
  it("keeps the leftmost word of a run, the one 15's right-to-left reading gives the number", () => {
    expect(pg15IntervalText('1 day hour')).toBe('1 day');
    expect(pg15IntervalText('+3 mon w')).toBe('+3 mon');
    expect(pg15IntervalText('999999 hour hours -0-6')).toBe('999999 hour -0-6');
    expect(pg15IntervalText('12.345678 minute microseconds')).toBe('12.345678 minute');
    expect(pg15IntervalText('1.5hr minute')).toBe('1.5 hr');
    expect(pg15IntervalText('15:19 hour min')).toBe('15:19 hour');
  });

  it('drops a run before any number, which 15 reads for nothing, and skips punctuation as 15 does', () => {
    expect(pg15IntervalText('day 5')).toBe('5');
    expect(pg15IntervalText('@ day hours 5 min')).toBe('5 min');
    expect(pg15IntervalText(', 007 sec -1-7 0 millennium days')).toBe('007 sec -1-7 0 millennium');
    expect(pg15IntervalText('1_000 hour minute')).toBe('1 000 hour');
  });

  it("moves `ago` to the end as before, and leaves 16's own readings and unknown forms alone", () => {
    expect(pg15IntervalText('1 day ago hour')).toBe('1 day ago');
    expect(pg15IntervalText('1 day ago 2 hours')).toBe('1 day 2 hours ago');
    expect(pg15IntervalText('1 day 2 hours')).toBe(undefined);
    expect(pg15IntervalText('1 day')).toBe(undefined);
    expect(pg15IntervalText('day')).toBe(undefined);
    expect(pg15IntervalText('day hour')).toBe(undefined);
    expect(pg15IntervalText('1e2 dec hours')).toBe(undefined);
    expect(pg15IntervalText('1 dayz hour')).toBe(undefined);
    // Under sql_standard a leading `-` negates every field: dropping the word before it would change that.
    expect(pg15IntervalText('day -1 2:00')).toBe(undefined);
  });

  it('is looked for by the statement and parameter prefilters', () => {
    expect(INTERVAL_UNIT_RUN.test("SELECT '1 day hour'::interval")).toBe(true);
    expect(INTERVAL_UNIT_RUN.test('1.5h minute')).toBe(true);
    expect(INTERVAL_UNIT_RUN.test("SELECT 'day 5'::interval")).toBe(true);
    expect(INTERVAL_UNIT_RUN.test("SELECT '1 day 2 hours'::interval")).toBe(false);
  });

  it('refuses loudly the text cast at run time, which cannot be rewritten', () => {
    const error = {
      severity: 'ERROR',
      code: '22007',
      message: 'invalid input syntax for type interval: "3 mon w"',
    };
    expect(asPg15Error(error)).toMatchObject({
      code: '0A000',
      message: expect.stringMatching(/unit words.*PGlite/),
    });
  });
});

describe('PgliteEngine reads interval text as PostgreSQL 15', () => {
  it(
    'reads unit words with no number between them as 15, as a literal and as a parameter',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const literal = await pool.query(
        "SELECT '1 day hour'::interval::text AS a, '+3 mon w'::interval::text AS b, 'day 5'::interval::text AS c",
      );
      expect(literal.rows).toEqual([{ a: '1 day', b: '3 mons', c: '00:00:05' }]);
      const param = await pool.query('SELECT $1::interval::text AS v', ['999999 hour hours -0-6']);
      expect(param.rows).toEqual([{ v: '-6 mons +999999:00:00' }]);
      await pool.query('CREATE TEMP TABLE interval_texts (t text)');
      await pool.query("INSERT INTO interval_texts VALUES ('1 day hour')");
      await expect(pool.query('SELECT t::interval FROM interval_texts')).rejects.toMatchObject({
        code: '0A000',
      });
    },
    PGLITE_START_MS,
  );

  it(
    'refuses infinity beside other fields with 15 error, wherever the text comes from',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      // A field out of range to the word's right fails first, as 15 reads from the right (PostgreSQL 15.20's codes).
      await expect(pool.query("SELECT '-infinity 26:83'::interval")).rejects.toMatchObject({ code: '22015' });
      await expect(pool.query('SELECT $1::interval', ['infinity 26:83'])).rejects.toMatchObject({
        code: '22015',
      });
      await expect(pool.query('SELECT $1::interval', ['26:83 infinity'])).rejects.toMatchObject({
        code: '22007',
      });
      await expect(pool.query("SELECT '14:95 1. secs +infinity 1.5 m'::interval")).rejects.toMatchObject({
        code: '22007',
      });
      for (const text of ['1 week infinity', '2 centuries -infinity', '@ 1 decade +Infinity']) {
        await expect(pool.query(`SELECT '${text}'::interval`)).rejects.toMatchObject({ code: '22007' });
        await expect(pool.query('SELECT $1::interval', [text])).rejects.toMatchObject({ code: '22007' });
        await expect(pool.query(`SELECT ARRAY['${text}']::interval[]`)).rejects.toMatchObject({
          code: '22007',
        });
      }
    },
    PGLITE_START_MS,
  );
});
