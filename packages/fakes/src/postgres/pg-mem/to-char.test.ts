import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { formatTimestamp } from './to-char.js';

const at = (text: string) => new Date(`${text}Z`);

describe('to_char of a timestamp, as PostgreSQL 15 formats it in the C locale', () => {
  it.each([
    ['2024-03-05T14:07:09.123', 'YYYY-MM-DD HH24:MI:SS.MS', '2024-03-05 14:07:09.123'],
    ['2024-03-05T14:07:09.123', 'HH12:MI AM a.m. US FF2', '02:07 PM p.m. 123000 12'],
    ['2024-03-05T14:07:09', 'Day|Month|Mon|DY', 'Tuesday  |March    |Mar|TUE'],
    ['2024-03-05T14:07:09', 'FMDay FMMonth FMDDth FMMM', 'Tuesday March 5th 3'],
    ['2024-03-11T00:00:00', 'DDth DDTH RM rm|', '11th 11TH III  iii |'],
    ['2021-01-01T00:00:00', 'IYYY-IW-ID IDDD WW W Q CC J', '2020-53-5 369 01 1 1 21 2459216'],
    ['2024-03-05T00:00:00', '"YYYY "YYYY\\"x Hh', 'YYYY 2024"x Hh'],
    ['0001-01-01T00:00:00', 'YYYY Y,YYY BC', '0001 0,001 AD'],
    ['2024-03-05T00:00:00', 'FMTMDay|TMFMDay|FM', 'TMTuesday  |FMTuesday  |'],
  ])('%s as %s', (value, format, expected) => {
    expect(formatTimestamp(at(value), format)).toBe(expected);
  });

  it('answers NULL for an empty format and refuses time zone patterns and SP', () => {
    expect(formatTimestamp(at('2024-01-01T00:00:00'), '')).toBeNull();
    expect(() => formatTimestamp(at('2024-01-01T00:00:00'), 'TZ')).toThrow(/PGlite/);
    expect(() => formatTimestamp(at('2024-01-01T00:00:00'), 'DDSP')).toThrow(/PGlite/);
  });

  it('runs through the engine on columns and parameters, and still refuses to_char of a number', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      migrations: [
        {
          name: 'ev',
          sql: "CREATE TABLE ev (at timestamptz); INSERT INTO ev VALUES ('2024-01-02 03:04:05+00'), (NULL)",
        },
      ],
    });
    const { rows } = await fake.pool.query('SELECT to_char(at, $1) AS d FROM ev ORDER BY at', ['DD.MM.YYYY']);
    expect(rows).toEqual([{ d: '02.01.2024' }, { d: null }]);
    await expect(fake.pool.query("SELECT to_char(12.5, '99.9')")).rejects.toMatchObject({ code: '0A000' });
  });
});
