// Round 25 probe (helper b), date/time part 3: values bound as parameters the way node-pg sends them
// (JS Date objects, ISO strings with and without zones) into timestamp, timestamptz, date, time and
// timetz columns and expressions, under session TimeZone and DateStyle settings (PostgreSQL 15 manual
// 8.5.1, 8.5.2, 8.5.3, 19.11.2); what comes back, as text and as node-pg parses it.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r25 time params: ');

const STRINGS: readonly string[] = [
  '2024-03-10T02:30:00Z',
  '2024-03-10T02:30:00.123456Z',
  '2024-03-10T02:30:00.1234567Z',
  '2024-03-10T02:30:00.9999995Z',
  '2024-03-10 02:30:00',
  '2024-03-10T02:30:00+05:30',
  '2024-03-10T02:30:00-08',
  '2024-03-10T02:30:00+0530',
  '2024-03-10T02:30:00+05:30:15',
  '2024-03-10 02:30:00 America/New_York',
  '2024-03-10 02:30:00 Europe/Paris',
  '2024-03-10',
  '2024-03-10T00:00:00.000Z',
  '20240310T023000',
  '2024-03-10 02:30 PM',
  '1999-01-08 04:05:06 -8:00',
  'Sun Mar 10 2024 02:30:00 GMT+0000',
  '2024-02-30',
  '2024-13-01',
  '0000-01-01',
  '0001-01-01 BC',
  '10000-01-01',
  '294276-12-31 23:59:59',
  '294277-01-01',
  '5874897-12-31',
  '2024-03-10 25:00',
  '2024-03-10 24:00:00',
  '1900-01-01 00:00:00',
  '1883-11-18 12:00:00',
  '02:30',
  '02:30:00+03',
  '02:30:00-03:30',
  '2024-03-10T02:30',
  '2024-W10-7',
  '2024.070',
];
const TYPES = ['timestamp', 'timestamptz', 'date', 'time', 'timetz'] as const;
const ZONES = ['UTC', 'America/New_York', 'Asia/Kolkata'] as const;

for (const text of STRINGS) {
  for (const type of TYPES) {
    list.add(
      `"${text}" into ${type} column under New York`,
      [
        "SET TimeZone = 'America/New_York'",
        withParams('INSERT INTO t VALUES ($1) RETURNING v::text AS v', text),
      ],
      `CREATE TABLE t (v ${type})`,
    );
  }
  list.add(`"${text}" as $1::timestamptz under Kolkata`, [
    "SET TimeZone = 'Asia/Kolkata'",
    withParams('SELECT $1::timestamptz::text AS v', text),
  ]);
  list.add(
    `"${text}" compared with a timestamp column`,
    [withParams('SELECT count(*) AS v FROM t WHERE v >= $1', text)],
    "CREATE TABLE t (v timestamp); INSERT INTO t VALUES ('2024-03-10 02:30'), ('2024-01-01')",
  );
}

// JS Date objects, as node-pg writes them (local time with its offset; this machine runs UTC).
const DATES: readonly (readonly [string, Date])[] = [
  ['epoch', new Date(0)],
  ['2024-03-10T07:30:00.123Z', new Date('2024-03-10T07:30:00.123Z')],
  ['2024-11-03T05:30:00Z', new Date('2024-11-03T05:30:00Z')],
  ['1969-12-31T23:59:59.999Z', new Date(-1)],
  ['year 99', new Date('0099-06-01T00:00:00Z')],
  ['year 1', new Date('0001-01-01T00:00:00Z')],
  ['year 0 (1 BC)', new Date('0000-01-01T00:00:00Z')],
  ['year -44', new Date('-000044-03-15T12:00:00Z')],
  ['year 10000', new Date('+010000-01-01T00:00:00Z')],
  ['leap day', new Date('2024-02-29T23:59:59.999Z')],
];
for (const [label, date] of DATES) {
  for (const type of TYPES) {
    for (const zone of ZONES) {
      list.add(
        `Date ${label} into ${type} under ${zone}`,
        [`SET TimeZone = '${zone}'`, withParams('INSERT INTO t VALUES ($1) RETURNING v::text AS t, v', date)],
        `CREATE TABLE t (v ${type})`,
      );
    }
  }
  list.add(`Date ${label} as $1 with date arithmetic`, [
    withParams('SELECT ($1::date + 1)::text AS v', date),
  ]);
  list.add(`Date ${label} extract epoch`, [
    withParams('SELECT extract(epoch FROM $1::timestamptz) AS v', date),
  ]);
}

// DateStyle and the reading of ambiguous parameters.
const STYLES = [
  'ISO, MDY',
  'ISO, DMY',
  'ISO, YMD',
  'SQL, DMY',
  'SQL, MDY',
  'German',
  'Postgres, MDY',
  'Postgres, DMY',
  'European',
  'US',
] as const;
const AMBIGUOUS = [
  '01/02/2024',
  '01-02-2024',
  '01.02.2024',
  '2024/01/02',
  '01/02/24',
  '13/01/2024',
  '01/13/2024',
  '1/2/3',
  'Jan 2 2024',
  '2 Jan 2024',
  '24-01-02',
];
for (const style of STYLES) {
  for (const text of AMBIGUOUS) {
    list.add(`DateStyle ${style}: "${text}" as a date parameter`, [
      `SET DateStyle = '${style}'`,
      withParams('SELECT $1::date AS v', text),
    ]);
  }
  list.add(`DateStyle ${style}: timestamptz output`, [
    `SET DateStyle = '${style}'`,
    "SET TimeZone = 'America/New_York'",
    "SELECT '2024-07-04 12:34:56.789+00'::timestamptz::text AS a, '2024-07-04'::date::text AS b, '2024-07-04 12:34:56'::timestamp::text AS c, '12:34:56.5-07'::timetz::text AS d",
  ]);
  list.add(`DateStyle ${style}: BC and infinity output`, [
    `SET DateStyle = '${style}'`,
    "SELECT '0044-03-15 BC'::date::text AS a, 'infinity'::timestamp::text AS b, '0044-03-15 10:00 BC'::timestamptz::text AS c",
  ]);
  list.add(`DateStyle ${style}: to_char and node-pg parse`, [
    `SET DateStyle = '${style}'`,
    "SELECT '2024-07-04 12:34:56+00'::timestamptz AS a, '2024-07-04'::date AS b",
  ]);
}

// IntervalStyle output.
const INTERVAL_STYLES = ['postgres', 'postgres_verbose', 'sql_standard', 'iso_8601'] as const;
const INTERVALS = [
  '1 year 2 months 3 days 04:05:06.789',
  '-1 year -2 months +3 days -04:05:06',
  '0',
  '1 day -1 second',
  '-00:00:01.5',
  '3 mons',
  '1 year -1 month',
  '-3 days',
  '27:00:00',
  '0.5 microseconds',
  '100 years',
];
for (const style of INTERVAL_STYLES) {
  for (const value of INTERVALS) {
    list.add(`IntervalStyle ${style}: '${value}'`, [
      `SET IntervalStyle = '${style}'`,
      `SELECT '${value}'::interval::text AS v`,
    ]);
  }
  list.add(`IntervalStyle ${style}: age()`, [
    `SET IntervalStyle = '${style}'`,
    "SELECT age('2024-03-31', '2023-01-15 10:00')::text AS v",
  ]);
  list.add(`IntervalStyle ${style}: read back its own output`, [
    `SET IntervalStyle = '${style}'`,
    "SELECT ('-1 year -2 months +3 days -04:05:06'::interval)::text::interval = '-1 year -2 months +3 days -04:05:06'::interval AS v",
  ]);
  list.add(`IntervalStyle ${style}: input of sql_standard form`, [
    `SET IntervalStyle = '${style}'`,
    "SELECT '-1-2 +3 -4:05:06'::interval::text AS a, '1-2'::interval::text AS b",
  ]);
}

// TimeZone settings forms.
const SET_ZONES = [
  "'America/New_York'",
  "'EST5EDT'",
  "'UTC+3'",
  "'+03'",
  "'-03:30'",
  "INTERVAL '+03:30' HOUR TO MINUTE",
  'LOCAL',
  'DEFAULT',
  "'Europe/Kyiv'",
  "'Europe/Kiev'",
  "'posix/Asia/Tokyo'",
  "'GMT-5'",
  "'<+0330>-3:30'",
  "'XYZ'",
  "'Mars/Base'",
  '-7',
  '5.5',
  "'PST8PDT'",
  "'EST'",
  "'Etc/GMT+5'",
];
for (const zone of SET_ZONES) {
  list.add(`SET TIME ZONE ${zone}`, [
    `SET TIME ZONE ${zone}`,
    "SELECT current_setting('TimeZone') AS z, '2024-07-01 12:00:00+00'::timestamptz::text AS v, to_char('2024-07-01 12:00:00+00'::timestamptz, 'TZ OF') AS f",
  ]);
}

export default list.cases;
