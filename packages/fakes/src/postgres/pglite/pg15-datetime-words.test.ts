import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { ZONE_DATA_ABBREVIATION } from './pg15-datetime-words.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) reads these
// abbreviations by the session zone's own data first.
describe('PgliteEngine reads zone abbreviations in run-time date/time text as PostgreSQL 15', () => {
  it(
    'reads an abbreviation by timezone_abbreviations alone, whatever the session zone uses',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        await client.query("SET TimeZone = 'Asia/Kolkata'");
        const ist = await client.query(
          "SELECT ('2024-01-01 10:00 ' || 'IST')::timestamptz::text AS v, t::timestamptz::text AS w FROM (VALUES ('2024-01-01 10:00 IST')) x(t)",
        );
        expect(ist.rows).toEqual([{ v: '2024-01-01 13:30:00+05:30', w: '2024-01-01 13:30:00+05:30' }]);
        await client.query("SET TimeZone = 'America/New_York'");
        await expect(
          client.query("SELECT ('1943-06-01 00:00 ' || 'EWT')::timestamptz"),
        ).rejects.toMatchObject({
          code: '22007',
          message: 'invalid input syntax for type timestamp with time zone: "1943-06-01 00:00 EWT"',
        });
        await expect(client.query("SELECT ('1800-01-01 ' || 'LMT')::date")).rejects.toMatchObject({
          code: '22007',
          message: 'invalid input syntax for type date: "1800-01-01 LMT"',
        });
        const kept = await client.query(
          "SELECT ('January 8, 1999 ' || '10:00')::timestamptz::text AS a, ('2024-07-01 10:00 ' || 'EST')::timestamptz::text AS b",
        );
        expect(kept.rows).toEqual([{ a: '1999-01-08 10:00:00-05', b: '2024-07-01 11:00:00-04' }]);
        await expect(client.query("SELECT ('today ' || 'EST')::timestamptz")).rejects.toMatchObject({
          code: '0A000',
        });
      } finally {
        await client.query('RESET TimeZone');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});

describe('ZONE_DATA_ABBREVIATION', () => {
  it('finds a zone-data-only abbreviation as a word, not inside a zone name or another word', () => {
    expect(ZONE_DATA_ABBREVIATION.test('1800-01-01 00:00 LMT')).toBe(true);
    expect(ZONE_DATA_ABBREVIATION.test('1943-06-01 ewt')).toBe(true);
    expect(ZONE_DATA_ABBREVIATION.test('2024-01-01 10:00 America/Lmt')).toBe(false);
    expect(ZONE_DATA_ABBREVIATION.test('2024-01-01 10:00 EST')).toBe(false);
    expect(ZONE_DATA_ABBREVIATION.test('Wednesday 2024-01-03')).toBe(false);
  });
});

describe('PgliteEngine refuses zone-data-only abbreviations in literals and parameters as 15', () => {
  it(
    "raises 15's 22007 for LMT or EWT under a zone whose data has them",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        await client.query("SET TimeZone = 'America/New_York'");
        await expect(client.query("SELECT '1800-01-01 00:00 LMT'::timestamptz")).rejects.toMatchObject({
          code: '22007',
          position: '8',
          message: 'invalid input syntax for type timestamp with time zone: "1800-01-01 00:00 LMT"',
        });
        await expect(client.query('SELECT $1::date', ['1943-06-01 EWT'])).rejects.toMatchObject({
          code: '22007',
          message: 'invalid input syntax for type date: "1943-06-01 EWT"',
        });
      } finally {
        await client.query('RESET TimeZone');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
