import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { datePart, truncate } from './date-parts.js';

const at = new Date('2021-01-03T20:38:40.123Z'); // a Sunday, in ISO week 53 of 2020

describe('date_trunc as PostgreSQL 15 computes it in UTC', () => {
  it.each([
    ['milliseconds', '2021-01-03T20:38:40.123Z'],
    ['second', '2021-01-03T20:38:40.000Z'],
    ['hour', '2021-01-03T20:00:00.000Z'],
    ['week', '2020-12-28T00:00:00.000Z'],
    ['quarter', '2021-01-01T00:00:00.000Z'],
    ['decade', '2020-01-01T00:00:00.000Z'],
    ['century', '2001-01-01T00:00:00.000Z'],
    ['millennium', '2001-01-01T00:00:00.000Z'],
  ])('%s', (unit, expected) => {
    expect(truncate(unit, at).toISOString()).toBe(expected);
  });

  it('starts a century and a millennium at year 1 of it (2000 is in the 20th century)', () => {
    const y2000 = new Date('2000-05-05T00:00:00Z');
    expect(truncate('century', y2000).toISOString()).toBe('1901-01-01T00:00:00.000Z');
    expect(truncate('millennium', y2000).toISOString()).toBe('1001-01-01T00:00:00.000Z');
  });
});

describe('extract as PostgreSQL 15 computes it', () => {
  it.each([
    ['second', 40.123],
    ['milliseconds', 40123],
    ['microseconds', 40123000],
    ['dow', 0],
    ['isodow', 7],
    ['week', 53],
    ['isoyear', 2020],
    ['doy', 3],
    ['century', 21],
    ['epoch', 1609706320.123],
  ])('%s', (unit, expected) => {
    expect(datePart(unit, at, false)).toBe(expected);
  });
});

describe('date_trunc, extract and date_part on the engine', () => {
  it('answers with PostgreSQL types and text: numeric at its scale for extract, float8 for date_part', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    const { rows, fields } = await pool.query(
      "SELECT date_trunc('month', timestamp '2001-02-16 20:38:40') AS t, date_trunc('day', date '2001-02-16') AS d, extract(second FROM timestamp '2001-02-16 20:38:40.5') AS s, extract(year FROM date '2001-02-16') AS y, date_part('hour', timestamp '2001-02-16 20:38:40') AS h",
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([1114, 1184, 1700, 1700, 701]);
    expect(rows[0]).toMatchObject({ s: '40.500000', y: '2001', h: 20 });
  });

  it('fails as PostgreSQL does on a time unit of a date, and refuses a unit it does not know', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    await expect(pool.query("SELECT extract(hour FROM date '2001-02-16')")).rejects.toMatchObject({
      code: '0A000',
      message: 'unit "hour" not supported for type date',
    });
    await expect(pool.query("SELECT date_trunc('fortnight', now())")).rejects.toMatchObject({
      code: '0A000',
      message: expect.stringContaining('PGlite'),
    });
  });
});

describe('date + integer and date - date on the engine', () => {
  it('answers a date and an integer count of days, as date_pli and date_mi do', async () => {
    const { pool } = await createFakePostgres({ engine: 'pg-mem' });
    const { rows, fields } = await pool.query(
      "SELECT date '2024-02-28' + 2 AS later, 1 + date '2024-12-31' AS next, date '2024-03-01' - 1 AS earlier, date '2024-03-01' - date '2024-02-01' AS days",
    );
    expect(fields.map((f) => f.dataTypeID)).toEqual([1082, 1082, 1082, 23]);
    // node-pg reads a date as local midnight.
    const day = (value: unknown) => {
      const d = value as Date;
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    };
    const [row] = rows as Array<Record<string, unknown>>;
    expect([day(row?.later), day(row?.next), day(row?.earlier), row?.days]).toEqual([
      [2024, 3, 1],
      [2025, 1, 1],
      [2024, 2, 29],
      29,
    ]);
  });
});

describe('the years 1 to 99 (which Date.UTC reads as 1900 to 1999)', () => {
  const ides = new Date('0044-03-15T10:00:00Z'); // a Tuesday, day 75 of a leap year, ISO week 11
  it('extracts doy, isoyear and week of the year itself', () => {
    expect(datePart('doy', ides, false)).toBe(75);
    expect(datePart('isoyear', ides, false)).toBe(44);
    expect(datePart('week', ides, false)).toBe(11);
  });

  it('truncates to a day, week and year of the year itself', () => {
    expect(truncate('day', ides).toISOString()).toBe('0044-03-15T00:00:00.000Z');
    expect(truncate('week', ides).toISOString()).toBe('0044-03-14T00:00:00.000Z');
    expect(truncate('year', ides).toISOString()).toBe('0044-01-01T00:00:00.000Z');
    expect(truncate('decade', ides).toISOString()).toBe('0040-01-01T00:00:00.000Z');
  });
});
