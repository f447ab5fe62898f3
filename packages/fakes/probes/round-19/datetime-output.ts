// Round 19 probe, datetime part 2: PostgreSQL 15 docs 8.5.2 (output under every DateStyle and
// its DMY/MDY/YMD order) and 8.5.4 (interval input forms and output under every IntervalStyle).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 datetime: output: ');

const STYLES = ['ISO', 'SQL', 'Postgres', 'German'];
const ORDERS = ['MDY', 'DMY', 'YMD'];
const VALUES = [
  "'1997-12-17'::date",
  "'1997-12-17 07:37:16'::timestamp",
  "'1997-12-17 07:37:16.25-08'::timestamptz",
  "'0044-03-15 BC'::date",
  "'0044-03-15 12:00 BC'::timestamptz",
  "'infinity'::timestamp",
  "'-infinity'::date",
  "'04:05:06.5'::time",
  "'04:05:06-05:30'::timetz",
  "'2024-07-04 12:00:00+00'::timestamptz",
  "'10000-01-01'::date",
];
for (const style of STYLES) {
  for (const order of ORDERS) {
    list.add(`DateStyle ${style}, ${order}`, [
      "SET TimeZone = 'America/Los_Angeles'",
      `SET DateStyle = '${style}, ${order}'`,
      `SELECT ${VALUES.map((v, i) => `${v} AS c${i}, (${v})::text AS t${i}`).join(', ')}`,
    ]);
  }
  list.add(`DateStyle ${style} alone keeps order`, [`SET DateStyle = '${style}'`, 'SHOW DateStyle']);
  list.add(`DateStyle ${style} in UTC and odd zones`, [
    `SET DateStyle = '${style}'`,
    "SET TimeZone = 'Asia/Kolkata'",
    "SELECT '2024-01-15 10:00+00'::timestamptz::text AS a",
    "SET TimeZone = 'UTC+3'",
    "SELECT '2024-01-15 10:00+00'::timestamptz::text AS a",
    "SET TimeZone = '+02:30'",
    "SELECT '2024-01-15 10:00+00'::timestamptz::text AS a",
    "SET TimeZone = 'Europe/Moscow'",
    "SELECT '1900-01-15 10:00+00'::timestamptz::text AS a",
  ]);
}
list.add('DateStyle European and US and NonEuropean', [
  "SET DateStyle = 'European'",
  'SHOW DateStyle',
  "SELECT '1/2/2024'::date AS v",
  "SET DateStyle = 'US'",
  'SHOW DateStyle',
  "SET DateStyle = 'NonEuropean'",
  'SHOW DateStyle',
  "SET DateStyle = 'Euro'",
  'SHOW DateStyle',
]);
list.add('DateStyle order only', ["SET DateStyle = 'DMY'", 'SHOW DateStyle']);
list.add('DateStyle conflicting', ["SET DateStyle = 'ISO, German'"]);
list.add('DateStyle conflicting orders', ["SET DateStyle = 'DMY, MDY'"]);
list.add('DateStyle unknown', ["SET DateStyle = 'Klingon'"]);
list.add('DateStyle with SET TO and list syntax', ['SET DateStyle TO SQL, DMY', 'SHOW DateStyle']);
list.add('DateStyle via set_config', [
  "SELECT set_config('datestyle', 'Postgres, YMD', false) AS v",
  "SELECT '2024-03-04'::date AS d",
]);
list.add('DateStyle RESET', ["SET DateStyle = 'German'", 'RESET DateStyle', 'SHOW DateStyle']);
list.add('DateStyle LOCAL inside a transaction', [
  'BEGIN',
  "SET LOCAL DateStyle = 'SQL, DMY'",
  "SELECT '2024-03-04'::date AS d",
  'COMMIT',
  "SELECT '2024-03-04'::date AS d",
]);
list.add('DateStyle German input reads day first', [
  "SET DateStyle = 'German'",
  "SELECT '04.03.2024'::date AS v",
]);
list.add('DateStyle affects text casts and concatenation', [
  "SET DateStyle = 'SQL, DMY'",
  "SELECT '2024-03-04'::date::text AS a, 'd=' || '2024-03-04 05:06'::timestamp AS b, format('%s', '2024-03-04'::date) AS c",
]);
list.add('DateStyle does not change to_char', [
  "SET DateStyle = 'German'",
  "SELECT to_char('2024-03-04'::date, 'YYYY-MM-DD') AS v",
]);
list.add('DateStyle in arrays and records', [
  "SET DateStyle = 'Postgres, DMY'",
  "SELECT ARRAY['2024-03-04'::date, '2024-03-05'] AS a, ROW('2024-03-04 01:02:03'::timestamp) AS r",
]);
list.add('DateStyle in json output stays ISO', [
  "SET DateStyle = 'SQL, DMY'",
  "SELECT to_json('2024-03-04 01:02:03'::timestamp) AS a, json_build_object('d', '2024-03-04'::date) AS b",
]);

// --- intervals: input forms (8.5.4) under each IntervalStyle
const INTERVALS = [
  '1 12:59:10',
  '1-2',
  '3 4:05:06',
  '1 year 2 months 3 days 4 hours 5 minutes 6 seconds',
  '@ 1 year 2 mons -3 days 4 hours 5 mins 6 secs ago',
  '-1 year -2 mons +3 days -04:05:06',
  '1 day -1 second',
  '-1 day +1 second',
  'P1Y2M3DT4H5M6S',
  'P0001-02-03T04:05:06',
  'P1.5Y',
  'P1W',
  'P1Y2M',
  'PT36H',
  'PT0.5S',
  'P-1Y-2M3DT-4H',
  'P1DT2H',
  '1.5 years',
  '1.5 months',
  '1.5 weeks',
  '0.5 days',
  '1 millennium 2 centuries 3 decades',
  '1000 microseconds 1 millisecond',
  '100:00:00',
  '-100:00:00',
  '00:00:00.000001',
  '1 mon 2 days -1 hours',
  '4541 years 4 months 4 days 17 minutes 31.3 seconds',
  '0',
  '00:00',
  '1 d 2 h 3 m 4 s',
  '1y 2mon',
  '1 hour ago',
  '2 weeks 3 days',
  '10:00 -3 days',
  '1 week 1 week',
  '-1-2',
  '+1-2 +3 +4:05:06',
  '1-2 3',
  '.5',
  '12',
  '12:34',
  '12:34:56.789',
  '-00:00:00.5',
  'P0D',
  'PT',
  '',
  'P1Y2M3DT',
];
const ISTYLES = ['postgres', 'postgres_verbose', 'sql_standard', 'iso_8601'];
INTERVALS.forEach((iv, i) => {
  list.add(
    `interval input '${iv}' #${i}`,
    ISTYLES.flatMap((s) => [`SET IntervalStyle = '${s}'`, `SELECT '${iv}'::interval AS v`]),
  );
});
const SHOWN = [
  "'1 year 2 months 3 days 04:05:06.789'",
  "'-1 year -2 months'",
  "'1 year -2 months'",
  "'-3 days -04:05:06'",
  "'3 days -04:05:06'",
  "'-1 year 2 months -3 days 04:05:06'",
  "'0'",
  "'00:00:00.5'",
  "'-00:00:00.5'",
  "'100 hours'",
  "'1 mon'",
  "'-1 mon -1 day'",
  "'1 day'",
  "'-1 day'",
  "'1 year'",
  "'1 year 1 day'",
  "'1 hour'",
  "'-1 hour -1 minute'",
  "'59 seconds'",
  "'1.5 seconds'",
  "'-1 year -2 mons 3 days 04:05:06'",
  "'12 years 11 months'",
];
for (const style of ISTYLES) {
  list.add(`IntervalStyle ${style} output`, [
    `SET IntervalStyle = '${style}'`,
    `SELECT ${SHOWN.map((v, i) => `${v}::interval AS c${i}`).join(', ')}`,
  ]);
  list.add(`IntervalStyle ${style} reads its own output back`, [
    `SET IntervalStyle = '${style}'`,
    `SELECT ${SHOWN.map((v, i) => `(${v}::interval)::text::interval = ${v}::interval AS c${i}`).join(', ')}`,
  ]);
  list.add(`IntervalStyle ${style} sql-standard input`, [
    `SET IntervalStyle = '${style}'`,
    "SELECT '-1 2:03:04'::interval AS a, '-1-2'::interval AS b, '1-2 -3 4:05:06'::interval AS c, '-1 -2:03:04'::interval AS d",
  ]);
  list.add(`IntervalStyle ${style} with DateStyle SQL`, [
    `SET IntervalStyle = '${style}'`,
    "SET DateStyle = 'SQL, DMY'",
    "SELECT '1 day 2 hours'::interval AS a, interval '-2 days' AS b",
  ]);
  list.add(`IntervalStyle ${style} of arithmetic results`, [
    `SET IntervalStyle = '${style}'`,
    "SELECT '2024-03-01'::timestamp - '2023-01-15 10:00'::timestamp AS a, age('2024-03-01'::timestamp, '2023-01-15 10:00') AS b, '10:00'::time - '12:30'::time AS c",
  ]);
}
list.add('IntervalStyle unknown value', ["SET IntervalStyle = 'iso'"]);
list.add('IntervalStyle show and reset', [
  "SET IntervalStyle = 'iso_8601'",
  'SHOW IntervalStyle',
  'RESET IntervalStyle',
  'SHOW IntervalStyle',
]);
list.add('IntervalStyle case-insensitive value', [
  "SET IntervalStyle = 'SQL_STANDARD'",
  'SHOW IntervalStyle',
]);

// --- interval field qualifiers (8.5.4)
const QUALIFIED: Array<[string, string]> = [
  ['1 2:03:04', 'YEAR'],
  ['1 2:03:04', 'MONTH'],
  ['1 2:03:04', 'DAY'],
  ['1 2:03:04', 'HOUR'],
  ['1 2:03:04', 'MINUTE'],
  ['1 2:03:04', 'SECOND'],
  ['1-2', 'YEAR TO MONTH'],
  ['1 2', 'DAY TO HOUR'],
  ['1 2:03', 'DAY TO MINUTE'],
  ['1 2:03:04.5678', 'DAY TO SECOND'],
  ['2:03', 'HOUR TO MINUTE'],
  ['2:03:04', 'HOUR TO SECOND'],
  ['03:04.5', 'MINUTE TO SECOND'],
  ['1', 'DAY'],
  ['1', 'HOUR'],
  ['1', 'MINUTE'],
  ['1', 'SECOND'],
  ['1', 'YEAR'],
  ['1', 'MONTH'],
  ['1:02', 'MINUTE TO SECOND'],
  ['1:02', 'HOUR TO MINUTE'],
  ['1 year 2 months 3 days', 'YEAR TO MONTH'],
  ['1 year 2 months 3 days 04:05:06', 'DAY TO MINUTE'],
  ['P1Y2M3DT4H5M6S', 'MONTH'],
  ['P1Y2M3DT4H5M6S', 'HOUR TO SECOND'],
  ['1 2:03:04.5678', 'DAY TO SECOND(2)'],
  ['1.5', 'YEAR'],
  ['1.5', 'DAY'],
];
QUALIFIED.forEach(([text, q], i) => {
  list.add(`interval '${text}' ${q} #${i}`, [`SELECT INTERVAL '${text}' ${q} AS v`]);
  list.add(`cast to interval ${q} #${i}`, [`SELECT CAST('${text}' AS INTERVAL ${q}) AS v`]);
});
list.add('interval SECOND(3) typmod', ["SELECT INTERVAL '1.23456' SECOND(3) AS v"]);
list.add('interval(2) typmod on literal', ["SELECT INTERVAL(2) '1.23456 seconds' AS v"]);
list.add('interval qualifier bad order', ["SELECT INTERVAL '1' MONTH TO YEAR AS v"]);
list.add('interval qualifier on column', [
  'CREATE TABLE iq (a interval year, b interval hour to minute, c interval minute to second(1))',
  "INSERT INTO iq VALUES ('1 year 5 months', '1 day 2:03:04.5', '2:03:04.56')",
  'SELECT * FROM iq',
]);
list.add('interval out of range', ["SELECT '2147483647 months 1 month'::interval AS v"]);
list.add('interval max values', [
  "SELECT '178956970 years 7 months'::interval AS a, '-178956970 years -8 months'::interval AS b",
]);
list.add('interval huge hours', [
  "SELECT '2562047788:00:54.775807'::interval AS a",
  "SELECT '2562047789:00:00'::interval AS b",
]);
list.add('interval seconds fraction overflow', [
  "SELECT '0.99999999 seconds'::interval AS v, '-0.0000005 seconds'::interval AS w",
]);
list.add('interval microsecond rounding', [
  "SELECT '1.0000005 seconds'::interval AS v, '1.0000015 s'::interval AS w",
]);
list.add('interval mixing ISO and plain fails', ["SELECT 'P1D 2 hours'::interval AS v"]);
list.add('interval ISO with bad letter', ["SELECT 'P1X'::interval AS v"]);
list.add('interval ISO T without time', ["SELECT 'PT1D'::interval AS v"]);
list.add('interval ISO fractional weeks and days', [
  "SELECT 'P1.5W'::interval AS a, 'P0.5D'::interval AS b, 'P0.5M'::interval AS c",
]);
list.add('interval ISO alternative with fractions', ["SELECT 'P0001-02-03T04:05:06.5'::interval AS v"]);
list.add('interval verbose ago with negative', ["SELECT '@ -1 day ago'::interval AS v"]);
list.add('interval plural and abbreviations', [
  "SELECT '2 yrs 3 mons 4 d 5 hrs 6 mins 7 secs 8 msecs 9 usecs'::interval AS v",
]);
list.add('interval centuries and millennia', [
  "SELECT '2 centuries'::interval AS a, '1 mil'::interval AS b, '3 decade'::interval AS c",
]);
list.add('interval fractional decades and centuries', [
  "SELECT '1.5 decades'::interval AS a, '0.01 centuries'::interval AS b, '0.001 millennium'::interval AS c",
]);
list.add('interval negative fractional days', [
  "SELECT '-1.5 days'::interval AS a, '-1.25 months'::interval AS b",
]);
list.add('interval text array', ["SELECT ARRAY['1 day', '2 hours']::interval[] AS v"]);
list.add('interval sql_standard mixed signs output', [
  "SET IntervalStyle = 'sql_standard'",
  "SELECT '1 year -1 day'::interval AS a, '-1 year 1 day 1 hour'::interval AS b, '1 day -1 hour'::interval AS c",
]);
list.add('interval iso_8601 negatives and fractions', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT '-0.5 seconds'::interval AS a, '1 year -1 mon'::interval AS b, '-1 day 1 second'::interval AS c, '0'::interval AS d",
]);

export default list.cases;
