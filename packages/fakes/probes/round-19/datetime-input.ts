// Round 19 probe, datetime part 1: PostgreSQL 15 docs 8.5.1 (date/time input): every example of
// tables 8.10 (date), 8.11 (time), 8.12 (time zone), 8.13 (special values), timestamps with and
// without zones, precision p, BC years, and the out-of-range and bad-syntax errors (22008, 22007).
// Deterministic only: now/today/tomorrow/yesterday are compared by relations, never by value.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 datetime: input: ');
const UTC = "SET TimeZone = 'UTC'";

// --- table 8.10 date input, under each DateStyle order
const DATES = [
  '1999-01-08',
  'January 8, 1999',
  '1/8/1999',
  '1/18/1999',
  '01/02/03',
  '1999-Jan-08',
  'Jan-08-1999',
  '08-Jan-1999',
  '99-Jan-08',
  '08-Jan-99',
  'Jan-08-99',
  '19990108',
  '990108',
  '1999.008',
  'J2451187',
  'January 8, 99 BC',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-01-32',
  '0000-01-01',
  '0001-01-01 BC',
  '4714-11-24 BC',
  '4714-11-23 BC',
  '5874897-12-31',
  '5874898-01-01',
  ' 2024-01-02 ',
  '2024/01/02',
  '2024 01 02',
  'Jan 2 2024',
  '2 Jan 2024',
  'Tuesday, Jan 2 2024',
  '2024-01-02 10:00',
  '2024-01-02T10:00:00Z',
  '20240102T101112',
  'J0',
  'J2460000',
  '1.5.2024',
  '12.31.2024',
  '31.12.2024',
  'Feb 30 2024',
  '2024-Feb-30',
  'abc',
  '',
  '2024-01-01 AD',
  '99-01-08',
  '08-01-99',
  '08-01-1999',
  '1999-008',
  'y2024',
  '10000-01-01',
  '-2024-01-01',
  '2024-1-2',
  '2024-001',
  'allballs',
  'epoch',
  'infinity',
  '-infinity',
  '+infinity',
  'INFINITY',
  'Epoch',
];
const ORDERS = ['ISO, MDY', 'ISO, DMY', 'ISO, YMD'];
DATES.forEach((d, i) => {
  list.add(`date '${d}' under MDY #${i}`, [`SELECT '${d}'::date AS v`]);
});
const AMBIGUOUS = [
  '1/8/1999',
  '01/02/03',
  '08-Jan-99',
  'Jan-08-99',
  '99-Jan-08',
  '1.5.2024',
  '12.31.2024',
  '31.12.2024',
  '990108',
  '08-01-99',
  '1/18/1999',
  '2024-01-02',
];
for (const order of ORDERS.slice(1)) {
  AMBIGUOUS.forEach((d, i) => {
    list.add(`date '${d}' under ${order} #${i}`, [`SET DateStyle = '${order}'`, `SELECT '${d}'::date AS v`]);
  });
}

// --- table 8.11 time input
const TIMES = [
  '04:05:06.789',
  '04:05:06',
  '04:05',
  '040506',
  '04:05 AM',
  '04:05 PM',
  '12:00 AM',
  '12:00 PM',
  '13:00 PM',
  '04:05:06.789-8',
  '04:05:06-08:00',
  '04:05-08:00',
  '040506-08',
  '040506+0730',
  '040506+07:30:00',
  '04:05:06 PST',
  '2003-04-12 04:05:06 America/New_York',
  '24:00:00',
  '24:00:00.000001',
  '23:59:59.9999999',
  '23:59:60',
  '25:00',
  '04:60',
  '4:5:6',
  'allballs',
  '04:05:06.123456789',
  'T04:05:06',
  '04:05:06 zulu',
  '04:05:06z',
  '  04:05  ',
  'noon',
];
TIMES.forEach((t, i) => {
  list.add(`time '${t}' #${i}`, [`SELECT '${t}'::time AS v`]);
  list.add(`timetz '${t}' #${i}`, [UTC, `SELECT '${t}'::timetz AS v, '${t}'::timetz::text AS t`]);
});
list.add('time with time zone needs a date for a named zone', [
  UTC,
  "SELECT '04:05:06 America/New_York'::timetz AS v",
]);
list.add('timetz from a date with a DST zone takes that date offset', [
  UTC,
  "SELECT '2003-07-12 04:05:06 America/New_York'::timetz AS a, '2003-01-12 04:05:06 America/New_York'::timetz AS b",
]);
list.add('timetz offset range limit +15:59', [UTC, "SELECT '04:05+15:59'::timetz AS v"]);
list.add('timetz offset beyond +15:59 is an error', [UTC, "SELECT '04:05+16:00'::timetz AS v"]);
list.add('timetz default zone comes from TimeZone setting', [
  "SET TimeZone = 'America/New_York'",
  "SELECT '04:05'::timetz AS v",
]);
list.add('time 24:00:00 compares after 23:59:59', [
  "SELECT '24:00'::time > '23:59:59.999999'::time AS v, '24:00'::time = '00:00'::time AS w",
]);
list.add('timetz 24:00 with offset', [UTC, "SELECT '24:00:00+02'::timetz AS v"]);

// --- precision p on time types
const PRECISIONS = [0, 1, 3, 6];
for (const p of PRECISIONS) {
  list.add(`time(${p}) rounds 04:05:06.5555555`, [`SELECT '04:05:06.5555555'::time(${p}) AS v`]);
  list.add(`timestamp(${p}) rounds`, [`SELECT '2024-01-01 23:59:59.9999995'::timestamp(${p}) AS v`]);
  list.add(`timestamptz(${p}) rounds`, [
    UTC,
    `SELECT '2024-12-31 23:59:59.99951+00'::timestamptz(${p}) AS v`,
  ]);
  list.add(`timetz(${p}) rounds`, [UTC, `SELECT '10:00:00.123456+03'::timetz(${p}) AS v`]);
  list.add(`interval(${p}) rounds`, [`SELECT '1 day 00:00:01.987654'::interval(${p}) AS v`]);
}
list.add('time(7) precision is reduced to 6 with a warning', ["SELECT '04:05:06.1234567'::time(7) AS v"]);
list.add('timestamp(7) precision is reduced to 6', [
  "SELECT '2024-01-01 00:00:00.1234567'::timestamp(7) AS v",
]);
list.add('timestamp(-1) is an error', ["SELECT '2024-01-01'::timestamp(-1) AS v"]);
list.add('time(0) rounding 23:59:59.5 gives 24:00:00', ["SELECT '23:59:59.5'::time(0) AS v"]);
list.add('timestamp(0) rounding carries into the next day', [
  "SELECT '2024-12-31 23:59:59.5'::timestamp(0) AS v",
]);
list.add('precision of columns applies on insert', [
  'CREATE TABLE p (a time(2), b timestamp(1), c timestamptz(0), d interval(3))',
  UTC,
  "INSERT INTO p VALUES ('01:02:03.456789', '2024-01-01 01:02:03.456789', '2024-01-01 01:02:03.5+00', '1.23456 seconds')",
  'SELECT * FROM p',
]);
list.add('precision shows in format_type', [
  "SELECT format_type('time(2)'::regtype, 2) AS a, format_type('timestamptz'::regtype, 3) AS b, pg_typeof('x'::text::varchar) AS c",
]);
list.add('column precision in format_type from catalog', [
  'CREATE TABLE p (a time(2), b timestamp(1), c timestamptz(0), d interval(3), e timetz(4), f interval year to month, g interval day to second(2))',
  "SELECT attname, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'p'::regclass AND attnum > 0 ORDER BY attnum",
]);

// --- timestamps
const TIMESTAMPS = [
  '1999-01-08 04:05:06',
  '1999-01-08 04:05:06 -8:00',
  'January 8 04:05:06 1999 PST',
  '2004-10-19 10:23:54+02',
  '2004-10-19 10:23:54.123456789',
  '1999-01-08T04:05:06',
  '1999-01-08T04:05:06Z',
  '1999-01-08 04:05:06 Z',
  '1999-01-08 4:5:6',
  '1999-01-08 04:05:06.5 AM',
  '1999-01-08 12:05:06 AM',
  '1999-01-08 24:00:00',
  '1999-01-08 24:00:01',
  '19990108 040506',
  '19990108T040506',
  'J2451187 04:05:06',
  '1999-01-08 04:05:06 BC',
  '0044-03-15 12:00 BC',
  '294276-12-31 23:59:59.999999',
  '294277-01-01 00:00:00',
  '4713-01-01 BC',
  '4714-11-24 00:00:00 BC',
  '4714-11-23 23:59:59 BC',
  'Sat Jan 08 04:05:06 1999',
  'Sat Jan 08 04:05:06 1999 PST',
  'Fri Jan 08 04:05:06 1999',
  '08/01/1999 04:05',
  '1999-01-08 04:05:06 America/Los_Angeles',
  '1999-01-08 04:05:06 Europe/Nowhere',
  '1999-01-08 04:05:06 +25',
  '1999-01-08 04:05:06+05:30:15',
  '1999-01-08 04:05:06 UTC+3',
  '1999-01-08 04:05:06 GMT',
  '1999-01-08 04:05:06 CEST',
  '1999-01-08 04:05:06 EST5EDT',
  'epoch',
  'infinity',
  '-infinity',
  'now garbage',
  'today 10:00',
  '1999-01-08 04:05:06.',
  '1999-01-08 04:05:06,5',
  '2024-03-10 02:30:00 America/New_York',
  '2024-11-03 01:30:00 America/New_York',
  '2024-03-31 02:30:00 Europe/Berlin',
  '1999-01-08 04:05:06 AMBIGUOUS',
  '1999-01-08 04:05:06 +0530',
  '1999-01-08 04:05:06 -053',
  '1999-01-08 04:05:06 +5',
];
TIMESTAMPS.forEach((t, i) => {
  list.add(`timestamp '${t}' #${i}`, [`SELECT '${t}'::timestamp AS v`]);
  list.add(`timestamptz '${t}' #${i}`, [UTC, `SELECT '${t}'::timestamptz AS v`]);
  list.add(`timestamptz text '${t}' in Kolkata #${i}`, [
    "SET TimeZone = 'Asia/Kolkata'",
    `SELECT '${t}'::timestamptz::text AS v`,
  ]);
});
list.add('typed literal with a zone in timestamp ignores it', [
  "SELECT TIMESTAMP '2004-10-19 10:23:54+02' AS a, TIMESTAMP WITH TIME ZONE '2004-10-19 10:23:54+02' AS b",
]);
list.add('timestamptz literal in New York session', [
  "SET TimeZone = 'America/New_York'",
  "SELECT TIMESTAMPTZ '2004-10-19 10:23:54' AS a, TIMESTAMPTZ '2004-07-19 10:23:54' AS b",
]);
list.add('time literal typed with the SQL words', [
  "SELECT TIME '04:05:06' AS a, TIME WITHOUT TIME ZONE '04:05' AS b, TIME WITH TIME ZONE '04:05:06+03' AS c",
]);
list.add('date literal typed', ["SELECT DATE '1999-01-08' AS a, DATE 'epoch' AS b"]);

// --- special values (table 8.13), deterministic relations only
list.add('special epoch on each type', [
  UTC,
  "SELECT 'epoch'::date AS d, 'epoch'::timestamp AS t, 'epoch'::timestamptz AS tz",
]);
list.add('special infinity on each type', [
  UTC,
  "SELECT 'infinity'::date AS d, '-infinity'::timestamp AS t, 'infinity'::timestamptz AS tz",
]);
list.add('infinity is not an interval in 15', ["SELECT 'infinity'::interval AS v"]);
list.add('infinity is not a time', ["SELECT 'infinity'::time AS v"]);
list.add('allballs on time and timetz', [UTC, "SELECT 'allballs'::time AS a, 'allballs'::timetz AS b"]);
list.add('allballs is not a date', ["SELECT 'allballs'::date AS v"]);
list.add('today yesterday tomorrow relations', [
  "SELECT 'today'::date - 'yesterday'::date AS a, 'tomorrow'::date - 'today'::date AS b, 'today'::timestamp = 'today'::date::timestamp AS c",
]);
list.add('now equals current_timestamp in a transaction', [
  'BEGIN',
  "SELECT 'now'::timestamptz = now() AS a, 'now'::timestamptz = current_timestamp AS b, 'today'::date = current_date AS c",
  'COMMIT',
]);
list.add('now as a time is a time', ["SELECT pg_typeof('now'::time) AS a, pg_typeof('now'::timetz) AS b"]);
list.add('today as a time is an error', ["SELECT 'today'::time AS v"]);
list.add('epoch as time is an error', ["SELECT 'epoch'::time AS v"]);
list.add('infinity compares above all dates', [
  "SELECT 'infinity'::date > '5874897-12-31'::date AS a, '-infinity'::date < '4713-01-01 BC'::date AS b, 'infinity'::date = 'infinity'::date AS c",
]);
list.add('infinity timestamps order', [
  "SELECT v FROM (VALUES ('infinity'::timestamp), ('-infinity'), ('2000-01-01'), ('epoch')) t(v) ORDER BY v",
]);
list.add('now inside a default expression in a transaction', [
  "CREATE TABLE n (a timestamptz DEFAULT 'now', b timestamptz DEFAULT now())",
  'BEGIN',
  'INSERT INTO n DEFAULT VALUES',
  'SELECT a <= b AS v, b = now() AS same FROM n',
  'COMMIT',
]);

// --- BC dates
list.add('BC dates in arithmetic and extract', [
  "SELECT '0001-01-01 BC'::date + 366 AS a, extract(year FROM '0001-01-01 BC'::date) AS b, '0001-12-31 BC'::date + 1 AS c",
]);
list.add('year 0 is rejected', ["SELECT '0000-06-01'::date AS v"]);
list.add('BC timestamp output', ["SELECT '0100-02-28 13:00 BC'::timestamp AS v"]);
list.add('BC leap day (1 BC is leap)', ["SELECT '0001-02-29 BC'::date AS a, '0005-02-29 BC'::date AS b"]);
list.add('BC non leap day', ["SELECT '0002-02-29 BC'::date AS v"]);
list.add('negative year in make_date is BC', ['SELECT make_date(-44, 3, 15) AS v']);
list.add('date minus dates across BC', ["SELECT '0001-01-01'::date - '0001-12-31 BC'::date AS v"]);

// --- errors
const ERRORS: Array<[string, string]> = [
  ['date out of range', "SELECT '5874898-01-01'::date AS v"],
  ['date field out of range', "SELECT '2024-02-30'::date AS v"],
  ['date bad syntax', "SELECT 'garbage'::date AS v"],
  ['timestamp out of range high', "SELECT '294277-01-01'::timestamp AS v"],
  ['timestamp out of range low', "SELECT '4714-11-23 BC'::timestamp AS v"],
  ['timestamptz bad zone', "SELECT '2024-01-01 10:00 Mars/Olympus'::timestamptz AS v"],
  ['time out of range', "SELECT '24:00:01'::time AS v"],
  ['time minutes out of range', "SELECT '10:61'::time AS v"],
  ['interval bad syntax', "SELECT '1 fortnight'::interval AS v"],
  ['interval out of range', "SELECT '178956971 years'::interval AS v"],
  ['interval field overflow', "SELECT '2147483648 days'::interval AS v"],
  ['date from a number', 'SELECT 20240101::date AS v'],
  ['date from an int column', 'SELECT x::date AS v FROM (VALUES (1)) t(x)'],
  ['timestamp from an integer', 'SELECT 1::timestamp AS v'],
  ['date plus date', "SELECT '2024-01-01'::date + '2024-01-02'::date AS v"],
  ['timestamp plus timestamp', 'SELECT now() + now() AS v'],
  ['date field value out of range DateStyle hint', "SELECT '13/25/2024'::date AS v"],
  ['mm-dd swapped hint', "SELECT '25/12/2024'::date AS v"],
  ['time zone displacement out of range', "SELECT '2024-01-01 10:00+16'::timestamptz AS v"],
  ['parameter bad date', "SELECT '2024-1x-01'::date AS v"],
  ['error position in a later column', "SELECT 1 AS a, 'nope'::timestamp AS v"],
  ['inserting a bad date into a column', "INSERT INTO e VALUES ('2024-02-31')"],
  ['updating to a bad timestamp', "UPDATE e SET d = 'x'"],
  ['comparing date to a bad literal', "SELECT d FROM e WHERE d > 'yesterdayish'"],
];
ERRORS.forEach(([name, sql]) => {
  list.add(`error: ${name}`, [sql], "CREATE TABLE e (d date); INSERT INTO e VALUES ('2024-01-01')");
});

// --- values passed as parameters
const PARAM_CASES: Array<[string, string, unknown[]]> = [
  ['date param text', 'SELECT $1::date AS v', ['1999-01-08']],
  ['date param bad', 'SELECT $1::date AS v', ['1999-01-99']],
  ['timestamptz param with zone', 'SELECT $1::timestamptz AS v', ['2024-06-01 12:00:00+02']],
  ['timestamp param infinity', 'SELECT $1::timestamp AS v', ['infinity']],
  ['interval param iso', 'SELECT $1::interval AS v', ['P1Y2M3DT4H5M6S']],
  ['time param', 'SELECT $1::time AS v', ['04:05:06.789']],
  ['untyped param compared with date', "SELECT $1 = DATE '2024-01-01' AS v", ['2024-01-01']],
  ['date param infinity', 'SELECT $1::date AS v', ['-infinity']],
  ['timestamptz param BC', 'SELECT $1::timestamptz AS v', ['0044-03-15 12:00+00 BC']],
];
for (const [name, sql, params] of PARAM_CASES) list.add(`params: ${name}`, [UTC, { sql, params }]);

export default list.cases;
