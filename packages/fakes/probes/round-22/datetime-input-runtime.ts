// Round 22 differential probe (h129): date/time text read at run time (a column's, built by ||, a
// parameter's, json_to_record's, a composite's or array's) and zone abbreviations under session zones
// whose own data uses them otherwise (PostgreSQL 18 reads those first; 15 by the set alone).

import { ProbeCases, withParams } from '../probe-kit.js';

const tz = (zone: string) => `SET TimeZone = '${zone}'`;
const list = new ProbeCases('datetime input run time: ');

const ZONED: readonly (readonly [zone: string, text: string])[] = [
  ['Asia/Kolkata', '2024-01-01 10:00 IST'],
  ['Europe/Dublin', '2024-07-01 10:00 IST'],
  ['America/Havana', '2024-01-01 10:00 CST'],
  ['Asia/Shanghai', '2024-01-01 10:00 CST'],
  ['America/New_York', '1943-06-01 00:00 EWT'],
  ['America/New_York', '1800-01-01 00:00 LMT'],
  ['America/New_York', '2024-01-01 10:00 EST'],
  ['America/New_York', '2024-07-01 10:00 EDT'],
  ['America/Argentina/Buenos_Aires', '1900-01-01 00:00 CMT'],
  ['Europe/London', '1970-06-01 00:00 BST'],
  ['Europe/Moscow', '2024-01-01 10:00 MSK'],
  ['Asia/Kolkata', '1940-01-01 10:00 MMT'],
  ['Europe/Amsterdam', '1930-01-01 10:00 AMT'],
  ['America/Chicago', '2024-01-01 10:00 CST'],
];
for (const [zone, text] of ZONED) {
  const label = `${text.split(' ').at(-1)} under ${zone}`;
  list.add(`${label}: ||`, [
    tz(zone),
    `SELECT ('${text.slice(0, -4)} ' || '${text.slice(-3)}')::timestamptz::text AS v`,
  ]);
  list.add(`${label}: column`, [tz(zone), `SELECT t::timestamptz::text AS v FROM (VALUES ('${text}')) x(t)`]);
  list.add(`${label}: date column`, [tz(zone), `SELECT t::date::text AS v FROM (VALUES ('${text}')) x(t)`]);
  list.add(`${label}: timestamp column`, [
    tz(zone),
    `SELECT t::timestamp::text AS v FROM (VALUES ('${text}')) x(t)`,
  ]);
  list.add(`${label}: literal`, [tz(zone), `SELECT '${text}'::timestamptz::text AS v`]);
  list.add(`${label}: parameter`, [tz(zone), withParams('SELECT $1::timestamptz::text AS v', text)]);
}

// Special values and + infinity from run-time text.
for (const type of ['date', 'timestamp', 'timestamptz']) {
  list.add(`${type}: +infinity built by ||`, [
    "SET TimeZone = 'UTC'",
    `SELECT ('+' || 'infinity')::${type}::text AS v`,
  ]);
  list.add(`${type}: epoch with time from a column`, [
    "SET TimeZone = 'UTC'",
    `SELECT t::${type}::text AS v FROM (VALUES ('epoch 01:01:01')) x(t)`,
  ]);
  list.add(`${type}: month name from a column`, [
    "SET TimeZone = 'UTC'",
    `SELECT t::${type}::text AS v FROM (VALUES ('January 8, 1999')) x(t)`,
  ]);
  list.add(`${type}: BC from a column`, [
    "SET TimeZone = 'UTC'",
    `SELECT t::${type}::text AS v FROM (VALUES ('0044-03-15 BC')) x(t)`,
  ]);
  list.add(`${type}: Julian from a column`, [
    "SET TimeZone = 'UTC'",
    `SELECT t::${type}::text AS v FROM (VALUES ('J2451187')) x(t)`,
  ]);
  list.add(`${type}: garbage word from a column`, [
    "SET TimeZone = 'UTC'",
    `SELECT t::${type}::text AS v FROM (VALUES ('1999-01-08 blah')) x(t)`,
  ]);
  list.add(`${type}: +infinity as a parameter`, [
    "SET TimeZone = 'UTC'",
    withParams(`SELECT $1::${type}::text AS v`, '+infinity'),
  ]);
}
list.add('json_to_record date +infinity', [
  'SELECT * FROM json_to_record(\'{"d": "+infinity"}\') AS x(d date)',
]);
list.add('json_to_record timestamptz IST under Kolkata', [
  tz('Asia/Kolkata'),
  'SELECT d::text FROM json_to_record(\'{"d": "2024-01-01 10:00 IST"}\') AS x(d timestamptz)',
]);
list.add('array of timestamptz with IST under Kolkata', [
  tz('Asia/Kolkata'),
  'SELECT \'{"2024-01-01 10:00 IST"}\'::timestamptz[]::text AS v',
]);
list.add('DateStyle DMY from a column', [
  "SET DateStyle = 'ISO, DMY'",
  "SELECT t::date::text AS v FROM (VALUES ('1/8/1999')) x(t)",
]);
list.add('DateStyle YMD from a column', [
  "SET DateStyle = 'ISO, YMD'",
  "SELECT t::date::text AS v FROM (VALUES ('01/02/03')) x(t)",
]);
list.add('IntervalStyle postgres_verbose output', [
  "SET IntervalStyle = 'postgres_verbose'",
  "SELECT interval '1 day 2 hours ago'::text AS v",
]);
list.add('IntervalStyle sql_standard input', [
  "SET IntervalStyle = 'sql_standard'",
  "SELECT interval '-1 2:03:04'::text AS v",
]);
list.add('IntervalStyle iso_8601 output', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT interval 'P1Y2M3DT4H5M6S'::text AS v",
]);
list.add('insert column with EWT under New York', [
  tz('America/New_York'),
  'CREATE TEMP TABLE t (at timestamptz)',
  "INSERT INTO t VALUES ('1943-06-01 00:00 EWT')",
]);
list.add('insert parameter with IST under Kolkata', [
  tz('Asia/Kolkata'),
  'CREATE TEMP TABLE t (at timestamptz)',
  withParams('INSERT INTO t VALUES ($1) RETURNING at::text', '2024-01-01 10:00 IST'),
]);

export default list.cases;
