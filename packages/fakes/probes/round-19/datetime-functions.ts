// Round 19 probe, datetime part 3: PostgreSQL 15 docs 9.9 tables 9.31 (operators) and 9.32
// (functions): arithmetic with intervals, age, date_bin, date_part/extract of every field on every
// type, date_trunc (with a zone), justify_*, make_*, OVERLAPS, isfinite, to_timestamp(double), and
// the 16+ functions 15 does not have (date_add, date_subtract): their errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 datetime: functions: ');
const UTC = "SET TimeZone = 'UTC'";
const NY = "SET TimeZone = 'America/New_York'";

// --- table 9.31 operators, each example and its neighbours
const OPERATORS: Array<[string, string]> = [
  ['date + integer', "date '2001-09-28' + 7"],
  ['integer + date', "7 + date '2001-09-28'"],
  ['date + interval', "date '2001-09-28' + interval '1 hour'"],
  ['date + time', "date '2001-09-28' + time '03:00'"],
  ['time + date', "time '03:00' + date '2001-09-28'"],
  ['date + timetz', "date '2001-09-28' + time with time zone '03:00+02'"],
  ['interval + interval', "interval '1 day' + interval '1 hour'"],
  ['timestamp + interval', "timestamp '2001-09-28 01:00' + interval '23 hours'"],
  ['time + interval', "time '01:00' + interval '3 hours'"],
  ['time + interval wraps', "time '23:00' + interval '3 hours'"],
  ['timetz + interval', "time with time zone '23:00+03' + interval '3 hours'"],
  ['- interval', "- interval '23 hours'"],
  ['date - date', "date '2001-10-01' - date '2001-09-28'"],
  ['date - integer', "date '2001-10-01' - 7"],
  ['date - interval', "date '2001-09-28' - interval '1 hour'"],
  ['time - time', "time '05:00' - time '03:00'"],
  ['time - interval', "time '05:00' - interval '2 hours'"],
  ['time - interval wraps', "time '01:00' - interval '2 hours'"],
  ['timetz - interval', "time with time zone '01:00-04' - interval '2 hours'"],
  ['timestamp - interval', "timestamp '2001-09-28 23:00' - interval '23 hours'"],
  ['interval - interval', "interval '1 day' - interval '1 hour'"],
  ['timestamp - timestamp', "timestamp '2001-09-29 03:00' - timestamp '2001-07-27 12:00'"],
  ['interval * double', "interval '1 second' * 900"],
  ['double * interval', "21 * interval '1 day'"],
  ['interval * fraction', "interval '1 hour' * 3.5"],
  ['interval * fraction of months', "interval '1 month' * 1.5"],
  ['interval * negative', "interval '1 year 2 mons 3 days' * -0.5"],
  ['interval / double', "interval '1 hour' / 1.5"],
  ['interval / 3 of months', "interval '1 month' / 3"],
  ['interval / 0', "interval '1 hour' / 0"],
  ['interval * huge', "interval '1 year' * 1e10"],
  ['interval * NaN', "interval '1 day' * 'NaN'::float8"],
  ['interval * infinity float', "interval '1 day' * 'infinity'::float8"],
  ['interval / infinity float', "interval '1 day' / 'infinity'::float8"],
  ['date + integer overflow', "date '5874897-12-31' + 1"],
  ['date - integer underflow', "date '4714-11-24 BC' - 1"],
  ['timestamp + interval overflow', "timestamp '294276-12-31' + interval '1 year'"],
  ['infinity date + 1', "date 'infinity' + 1"],
  ['infinity timestamp + interval', "timestamp 'infinity' + interval '1 day'"],
  ['-infinity timestamp - interval', "timestamp '-infinity' - interval '1 day'"],
  ['infinity - infinity timestamps', "timestamp 'infinity' - timestamp 'infinity'"],
  ['infinity - finite timestamp', "timestamp 'infinity' - timestamp '2000-01-01'"],
  ['finite - infinity timestamp', "timestamp '2000-01-01' - timestamp '-infinity'"],
  ['infinity date - date', "date 'infinity' - date '2000-01-01'"],
  ['infinity date + interval', "date 'infinity' + interval '1 month'"],
  ['infinity date + time', "date 'infinity' + time '10:00'"],
  [
    'timestamptz - timestamptz',
    "timestamptz '2024-03-11 00:00 America/New_York' - timestamptz '2024-03-10 00:00 America/New_York'",
  ],
  ['timestamptz + 1 day across DST', "timestamptz '2024-03-09 12:00 America/New_York' + interval '1 day'"],
  [
    'timestamptz + 24 hours across DST',
    "timestamptz '2024-03-09 12:00 America/New_York' + interval '24 hours'",
  ],
  ['timestamptz + 1 month end of month', "timestamptz '2024-01-31 12:00+00' + interval '1 month'"],
  ['timestamp + 1 month end of month', "timestamp '2024-01-31' + interval '1 month'"],
  ['timestamp + 1 month leap', "timestamp '2023-01-31' + interval '1 month'"],
  ['timestamp - 1 month from March 31', "timestamp '2024-03-31' - interval '1 month'"],
  ['date + interval months from Jan 31', "date '2024-01-31' + interval '1 month 1 day'"],
  ['interval compare 30 days = 1 month', "interval '30 days' = interval '1 month'"],
  ['interval compare 24 hours = 1 day', "interval '24 hours' = interval '1 day'"],
  ['interval compare 360 days = 1 year', "interval '360 days' = interval '1 year'"],
  ['interval compare 365 days > 1 year', "interval '365 days' > interval '1 year'"],
  ['interval < negative', "interval '-1 day' < interval '1 second'"],
  ['time < time', "time '10:00' < time '10:00:00.000001'"],
  ['timetz = timetz across offsets', "time with time zone '10:00+02' = time with time zone '08:00+00'"],
  ['timetz < timetz across offsets', "time with time zone '10:00+02' < time with time zone '09:00+00'"],
  ['date = timestamp', "date '2024-01-01' = timestamp '2024-01-01 00:00'"],
  ['date < timestamp', "date '2024-01-01' < timestamp '2024-01-01 00:00:00.000001'"],
  ['date = timestamptz in UTC', "date '2024-01-01' = timestamptz '2024-01-01 00:00+00'"],
  ['timestamp = timestamptz in UTC', "timestamp '2024-01-01 10:00' = timestamptz '2024-01-01 10:00+00'"],
  ['timestamp > timestamptz', "timestamp '2024-01-01 10:00' > timestamptz '2024-01-01 10:00+01'"],
  ['infinity date = infinity timestamp', "date 'infinity' = timestamp 'infinity'"],
  ['infinity date < finite timestamptz', "date '-infinity' < timestamptz '2024-01-01'"],
  ['date <> date', "date '2024-01-01' <> date '2024-01-02'"],
  ['time <> timetz errors', "time '10:00' = time with time zone '10:00+00'"],
  ['date = text literal', "date '2024-01-01' = '2024-01-01'"],
  ['date = integer errors', "date '2024-01-01' = 20240101"],
  ['timestamp - date', "timestamp '2024-01-02 12:00' - date '2024-01-01'"],
  ['date - timestamp', "date '2024-01-02' - timestamp '2024-01-01 12:00'"],
  ['date * 2 errors', "date '2024-01-01' * 2"],
  ['time + time errors', "time '01:00' + time '02:00'"],
  ['interval + date', "interval '1 day' + date '2024-01-01'"],
  ['interval + time', "interval '1 hour' + time '10:00'"],
  ['interval + timestamp', "interval '1 day' + timestamp '2024-01-01'"],
  ['timetz - timetz errors', "time with time zone '10:00+00' - time with time zone '09:00+00'"],
  ['null date + 1', 'NULL::date + 1'],
  ['date + null interval', "date '2024-01-01' + NULL::interval"],
  ['interval * null', "interval '1 day' * NULL"],
  ['unknown - unknown', "'2024-01-02' - '2024-01-01'"],
  ['date - unknown', "date '2024-01-02' - '2024-01-01'"],
  ['timestamp - unknown', "timestamp '2024-01-02' - '1 day'"],
  ['timestamptz - unknown', "timestamptz '2024-01-02 00:00+00' - '2024-01-01 00:00+00'"],
];
OPERATORS.forEach(([name, expr]) => {
  list.add(`op: ${name}`, [UTC, `SELECT ${expr} AS v, (${expr})::text AS t`]);
});
list.add('op: type of each result', [
  UTC,
  "SELECT pg_typeof(date '2024-01-01' + 1) AS a, pg_typeof(date '2024-01-01' + interval '1 day') AS b, pg_typeof(date '2024-01-02' - date '2024-01-01') AS c, pg_typeof(time '10:00' - time '09:00') AS d, pg_typeof(date '2024-01-01' + time '10:00') AS e, pg_typeof(date '2024-01-01' + timetz '10:00+00') AS f, pg_typeof(timestamptz '2024-01-01' - timestamp '2024-01-01') AS g",
]);

// --- age
const AGES: Array<[string, string]> = [
  ['docs example', "age(timestamp '2001-04-10', timestamp '1957-06-13')"],
  ['reversed', "age(timestamp '1957-06-13', timestamp '2001-04-10')"],
  ['end of month', "age(timestamp '2024-03-31', timestamp '2024-02-29')"],
  ['end of month 2', "age(timestamp '2024-03-01', timestamp '2024-01-31')"],
  ['dates', "age(date '2024-03-01', date '2023-03-01')"],
  ['negative parts', "age(timestamp '2024-01-01 00:00', timestamp '2023-12-31 23:59:59.5')"],
  [
    'timestamptz in NY across DST',
    "age(timestamptz '2024-03-11 00:00 America/New_York', timestamptz '2024-03-10 00:00 America/New_York')",
  ],
  ['timestamptz month', "age(timestamptz '2024-02-15 00:00+00', timestamptz '2024-01-31 12:00+00')"],
  ['infinity', "age(timestamp 'infinity', timestamp '2000-01-01')"],
  ['minus infinity', "age(timestamp '2000-01-01', timestamp 'infinity')"],
  ['BC', "age(timestamp '0001-01-01', timestamp '0001-01-01 BC')"],
  ['null', "age(NULL::timestamp, timestamp '2000-01-01')"],
  ['same', "age(timestamp '2000-01-01', timestamp '2000-01-01')"],
  ['leap day birthdays', "age(timestamp '2025-02-28', timestamp '2024-02-29')"],
  ['leap day birthdays 2', "age(timestamp '2028-02-29', timestamp '2024-02-29')"],
  ['large', "age(timestamp '294276-01-01', timestamp '4713-01-01 BC')"],
  ['-infinity', "age(timestamp '-infinity', timestamp '2000-01-01')"],
  ['infinity and -infinity', "age(timestamp 'infinity', timestamp '-infinity')"],
  ['infinity and infinity', "age(timestamp 'infinity', timestamp 'infinity')"],
  ['infinity from BC', "age(timestamp 'infinity', timestamp '0044-03-15 BC')"],
  ['infinity from a leap day', "age(timestamp 'infinity', timestamp '2024-02-29 23:59:59.999999')"],
  ['infinity from its last year', "age(timestamp 'infinity', timestamp '294276-06-01')"],
  ['timestamptz infinity', "age(timestamptz 'infinity', timestamptz '2024-07-01 00:00+00')"],
  ['timestamptz before infinity', "age(timestamptz '1999-01-31 00:00+00', timestamptz 'infinity')"],
  ['timestamptz -infinity', "age(timestamptz '2000-01-01 00:00+00', timestamptz '-infinity')"],
  [
    'infinity from a column',
    "(SELECT string_agg(age(timestamp 'infinity', t)::text, ', ' ORDER BY t) FROM (VALUES (timestamp '2000-01-31'), (timestamp '1999-12-01 12:00')) x(t))",
  ],
];
for (const [name, expr] of AGES) {
  list.add(`age: ${name}`, [UTC, `SELECT ${expr} AS v`]);
  list.add(`age in New York: ${name}`, [NY, `SELECT (${expr})::text AS v`]);
}
list.add('age: of one argument is relative to current_date', [
  "SELECT age(current_date::timestamp) = interval '0' AS a, pg_typeof(age(timestamp '2000-01-01')) AS b",
]);
list.add('age: of one timestamptz argument', [
  UTC,
  "SELECT age(date_trunc('day', now())) = interval '0' AS a",
]);
list.add('age: of infinity alone', [
  "SELECT age(timestamp 'infinity') AS a, age(timestamptz 'infinity') AS b",
]);
list.add('age: null alone', ['SELECT age(NULL::timestamp) AS a, age(NULL::timestamptz) AS b']);
list.add('age: of a date picks timestamp', [
  "SELECT pg_typeof(age(date '2024-01-01', date '2023-01-01')) AS v",
]);
list.add('age: wrong types', ["SELECT age('x'::text, 'y'::text) AS v"]);
list.add('age: time argument errors', ["SELECT age(time '10:00', time '09:00') AS v"]);

// --- date_add / date_subtract: 16+, so 15 has no such function
const NEW_16: Array<[string, string]> = [
  ['date_add', "date_add(timestamptz '2021-10-31 00:00:00+02', interval '1 day', 'Europe/Warsaw')"],
  ['date_add two args', "date_add(timestamptz '2021-10-31 00:00:00+02', interval '1 day')"],
  ['date_subtract', "date_subtract(timestamptz '2021-11-01 00:00:00+01', interval '1 day', 'Europe/Warsaw')"],
  ['date_subtract two args', "date_subtract(timestamptz '2021-11-01 00:00:00+01', interval '1 day')"],
  ['date_add on timestamp', "date_add(timestamp '2021-01-01', interval '1 day')"],
  ['interval infinity arithmetic', "interval 'infinity' + interval '1 day'"],
  ['make_interval infinity', "make_interval(days => 'infinity'::float8::int)"],
  ['isfinite(interval) exists in 15', "isfinite(interval '1 day')"],
  ['random(min,max) is 17', 'random(1, 2)'],
  ['to_timestamp text with TZ spec', "to_char(timestamptz '2024-01-01 00:00+00', 'TZ')"],
];
for (const [name, expr] of NEW_16) list.add(`16+: ${name}`, [UTC, `SELECT ${expr} AS v`]);
list.add('16+: date_add in a view definition', [
  "CREATE VIEW v AS SELECT date_add(timestamptz '2021-01-01', interval '1 day') AS x",
]);
list.add('16+: date_add in a function body', [
  "CREATE FUNCTION f() RETURNS timestamptz LANGUAGE sql AS $$ SELECT date_add(now(), interval '1 day') $$",
]);
list.add('16+: date_add listed in pg_proc', [
  "SELECT count(*) AS n FROM pg_proc WHERE proname IN ('date_add', 'date_subtract')",
]);
list.add('16+: date_add quoted name', [
  UTC,
  `SELECT "date_add"(timestamptz '2021-01-01', interval '1 day') AS v`,
]);
list.add('16+: date_add schema qualified', [
  UTC,
  "SELECT pg_catalog.date_add(timestamptz '2021-01-01', interval '1 day') AS v",
]);
list.add('16+: date_add user function is fine', [
  'CREATE FUNCTION date_add(a timestamptz, b interval) RETURNS timestamptz LANGUAGE sql AS $$ SELECT a + b $$',
  UTC,
  "SELECT date_add(timestamptz '2021-01-01 00:00+00', interval '1 day') AS v",
]);

// --- date_bin
const BINS: Array<[string, string]> = [
  ['docs 15 minutes', "date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')"],
  [
    'docs origin offset',
    "date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01 00:02:30')",
  ],
  [
    'timestamptz',
    "date_bin('1 hour', timestamptz '2020-02-11 15:44:17+00', timestamptz '2001-01-01 00:30+00')",
  ],
  ['before origin', "date_bin('1 day', timestamp '1999-12-31 10:00', timestamp '2000-01-01')"],
  ['month stride errors', "date_bin('1 month', timestamp '2020-02-11', timestamp '2001-01-01')"],
  ['year stride errors', "date_bin('1 year', timestamp '2020-02-11', timestamp '2001-01-01')"],
  ['zero stride errors', "date_bin('0 minutes', timestamp '2020-02-11', timestamp '2001-01-01')"],
  ['negative stride errors', "date_bin('-1 minutes', timestamp '2020-02-11', timestamp '2001-01-01')"],
  ['day stride', "date_bin('2 days', timestamp '2020-02-11 10:00', timestamp '2020-01-01')"],
  ['infinity source', "date_bin('1 hour', timestamp 'infinity', timestamp '2001-01-01')"],
  ['infinity origin', "date_bin('1 hour', timestamp '2001-01-01', timestamp 'infinity')"],
  [
    'microsecond stride',
    "date_bin('1 microsecond', timestamp '2020-02-11 10:00:00.123456', timestamp '2001-01-01')",
  ],
  [
    'seconds stride with fraction',
    "date_bin('1.5 seconds', timestamp '2020-02-11 10:00:04', timestamp '2020-02-11')",
  ],
  ['null', "date_bin(NULL, timestamp '2020-02-11 10:00:04', timestamp '2020-02-11')"],
  ['date argument picks timestamp', "date_bin('1 day', date '2020-02-11', timestamp '2001-01-01')"],
  [
    'timestamptz in NY',
    "date_bin('1 day', timestamptz '2024-03-10 12:00 America/New_York', timestamptz '2024-01-01 00:00 America/New_York')",
  ],
  ['overflow stride', "date_bin('106751991 days', timestamp '2020-02-11', timestamp '4000-01-01 BC')"],
];
for (const [name, expr] of BINS)
  list.add(`date_bin: ${name}`, [NY, `SELECT ${expr} AS v, (${expr})::text AS t`]);

// --- extract / date_part for every field on every type
const FIELDS = [
  'century',
  'day',
  'decade',
  'dow',
  'doy',
  'epoch',
  'hour',
  'isodow',
  'isoyear',
  'julian',
  'microseconds',
  'millennium',
  'milliseconds',
  'minute',
  'month',
  'quarter',
  'second',
  'timezone',
  'timezone_hour',
  'timezone_minute',
  'week',
  'year',
];
const SOURCES: Array<[string, string]> = [
  ['timestamp', "timestamp '2001-02-16 20:38:40.5'"],
  ['timestamptz', "timestamptz '2001-02-16 20:38:40.5-05'"],
  ['date', "date '2001-02-16'"],
  ['time', "time '20:38:40.5'"],
  ['timetz', "time with time zone '20:38:40.5-05:30'"],
  ['interval', "interval '1 year 2 months 3 days 04:05:06.5'"],
  ['BC timestamp', "timestamp '0044-03-15 12:00:00 BC'"],
  ['infinity timestamp', "timestamp 'infinity'"],
  ['-infinity date', "date '-infinity'"],
  ['negative interval', "interval '-1 year -2 months -3 days -04:05:06.5'"],
];
for (const [sourceName, source] of SOURCES) {
  for (const field of FIELDS) {
    list.add(`extract ${field} from ${sourceName}`, [
      NY,
      `SELECT extract(${field} FROM ${source}) AS e, date_part('${field}', ${source}) AS p`,
    ]);
  }
}
list.add('extract: plural and abbreviated field names', [
  "SELECT extract('years' FROM timestamp '2001-02-16') AS a, date_part('mon', timestamp '2001-02-16') AS b, date_part('secs', time '10:00:05') AS c, date_part('msec', time '10:00:05.25') AS d, date_part('usec', time '10:00:05.25') AS e",
]);
list.add('extract: field in quotes and case', [
  "SELECT extract('YEAR' FROM date '2001-02-16') AS a, extract(\"year\" FROM date '2001-02-16') AS b",
]);
list.add('extract: unknown field', ["SELECT extract(fortnight FROM date '2001-02-16') AS v"]);
list.add('date_part: unknown field', ["SELECT date_part('fortnight', date '2001-02-16') AS v"]);
list.add('extract: result types', [
  "SELECT pg_typeof(extract(year FROM date '2001-02-16')) AS a, pg_typeof(date_part('year', date '2001-02-16')) AS b, pg_typeof(extract(epoch FROM interval '1 day')) AS c",
]);
list.add('extract: week of ISO year boundaries', [
  "SELECT d, extract(week FROM d) AS w, extract(isoyear FROM d) AS y, extract(dow FROM d) AS dow, extract(isodow FROM d) AS isodow FROM (VALUES (date '2005-01-01'), (date '2006-01-01'), (date '2008-12-29'), (date '2010-01-03'), (date '2020-12-31'), (date '2021-01-04')) t(d) ORDER BY d",
]);
list.add('extract: century and millennium at boundaries', [
  "SELECT d, extract(century FROM d) AS c, extract(millennium FROM d) AS m, extract(decade FROM d) AS dec FROM (VALUES (date '2000-12-31'), (date '2001-01-01'), (date '0001-01-01'), (date '0001-12-31 BC'), (date '0100-12-31 BC'), (date '0101-01-01 BC')) t(d) ORDER BY d",
]);
list.add('extract: epoch of timestamp without zone is nominal', [
  NY,
  "SELECT extract(epoch FROM timestamp '2001-02-16 20:38:40.12') AS a, extract(epoch FROM timestamptz '2001-02-16 20:38:40.12-08') AS b, extract(epoch FROM date '2001-02-16') AS c",
]);
list.add('extract: epoch of intervals with months and years', [
  "SELECT extract(epoch FROM interval '5 days 3 hours') AS a, extract(epoch FROM interval '1 year') AS b, extract(epoch FROM interval '1 month') AS c",
]);
list.add('extract: julian of timestamps with time', [
  "SELECT extract(julian FROM date '2006-01-01') AS a, extract(julian FROM timestamp '2006-01-01 12:00') AS b, extract(julian FROM timestamptz '2006-01-01 12:00+00') AS c",
]);
list.add('extract: julian under another zone', [
  NY,
  "SELECT extract(julian FROM timestamptz '2006-01-01 12:00+00') AS c",
]);
list.add('extract: interval months and quarter', [
  "SELECT extract(month FROM interval '2 years 3 months') AS a, extract(month FROM interval '-14 months') AS b, extract(quarter FROM interval '5 months') AS c, extract(year FROM interval '-14 months') AS d",
]);
list.add('extract: interval hours beyond a day', [
  "SELECT extract(hour FROM interval '50 hours') AS a, extract(day FROM interval '50 hours') AS b, extract(minute FROM interval '-90 minutes') AS c",
]);
list.add('extract: seconds with fractions', [
  "SELECT extract(second FROM time '17:12:28.5') AS a, extract(milliseconds FROM time '17:12:28.5') AS b, extract(microseconds FROM time '17:12:28.5') AS c",
]);
list.add('extract: from a text literal is ambiguous', ["SELECT extract(year FROM '2001-02-16') AS v"]);
list.add('extract: from null', ['SELECT extract(year FROM NULL::date) AS v']);
list.add('extract: from integer errors', ['SELECT extract(year FROM 2001) AS v']);
list.add('extract: timezone under POSIX zone', [
  "SET TimeZone = 'UTC+3'",
  "SELECT extract(timezone FROM timestamptz '2024-01-01 00:00+00') AS a, extract(timezone_hour FROM timestamptz '2024-01-01 00:00+00') AS b",
]);
list.add('extract: timezone_minute negative half hour', [
  "SET TimeZone = 'America/St_Johns'",
  "SELECT extract(timezone FROM timestamptz '2024-01-01 00:00+00') AS a, extract(timezone_minute FROM timestamptz '2024-01-01 00:00+00') AS b",
]);
list.add('extract: from column values and group', [
  'CREATE TABLE ev (at timestamp)',
  "INSERT INTO ev VALUES ('2024-01-15 10:00'), ('2024-02-20 11:00'), ('2024-02-21 12:00'), ('2023-02-01 00:00')",
  'SELECT extract(month FROM at) AS m, count(*) AS n FROM ev GROUP BY 1 ORDER BY 1',
]);

// --- date_trunc
const UNITS = [
  'microseconds',
  'milliseconds',
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
  'millennium',
];
for (const unit of UNITS) {
  list.add(`date_trunc ${unit}`, [
    NY,
    `SELECT date_trunc('${unit}', timestamp '2001-02-16 20:38:40.123456') AS a, date_trunc('${unit}', timestamptz '2001-02-16 20:38:40.123456+00') AS b, date_trunc('${unit}', interval '2 years 3 months 4 days 05:06:07.891234') AS c, date_trunc('${unit}', timestamp '0044-03-15 12:34 BC') AS d`,
  ]);
  list.add(`date_trunc ${unit} with zone argument`, [
    UTC,
    `SELECT date_trunc('${unit}', timestamptz '2001-02-16 20:38:40.123456+00', 'Australia/Sydney') AS a, date_trunc('${unit}', timestamptz '2024-03-10 12:00+00', 'America/New_York') AS b`,
  ]);
}
const TRUNCS: Array<[string, string]> = [
  ['week of a Sunday', "date_trunc('week', timestamp '2024-01-07 10:00')"],
  ['week at year start', "date_trunc('week', timestamp '2021-01-01')"],
  ['of a date is timestamptz', "pg_typeof(date_trunc('day', date '2024-01-01'))"],
  ['of a date in NY', "date_trunc('month', date '2024-01-15')"],
  ['unknown unit', "date_trunc('fortnight', timestamp '2024-01-01')"],
  ['unit timezone not supported', "date_trunc('timezone', timestamp '2024-01-01')"],
  ['unit dow not supported', "date_trunc('dow', timestamp '2024-01-01')"],
  ['unit plural', "date_trunc('hours', timestamp '2024-01-01 10:30')"],
  ['unit upper case', "date_trunc('HOUR', timestamp '2024-01-01 10:30')"],
  ['infinity', "date_trunc('day', timestamp 'infinity')"],
  ['interval week errors', "date_trunc('week', interval '20 days')"],
  ['interval negative', "date_trunc('hour', interval '-1 day -05:06:07')"],
  ['bad zone', "date_trunc('day', timestamptz '2024-01-01', 'Mars/Base')"],
  ['zone argument on timestamp errors', "date_trunc('day', timestamp '2024-01-01', 'UTC')"],
  ['zone as offset', "date_trunc('day', timestamptz '2024-01-01 03:00+00', '+05')"],
  ['zone as abbreviation', "date_trunc('day', timestamptz '2024-01-01 03:00+00', 'EST')"],
  [
    'day on DST day',
    "date_trunc('day', timestamptz '2024-11-03 12:00 America/New_York', 'America/New_York')",
  ],
  ['hour in a half hour zone', "date_trunc('hour', timestamptz '2024-01-01 03:50+00', 'Asia/Kolkata')"],
  ['null unit', "date_trunc(NULL, timestamp '2024-01-01')"],
];
for (const [name, expr] of TRUNCS)
  list.add(`date_trunc: ${name}`, [NY, `SELECT ${expr} AS v, (${expr})::text AS t`]);

// --- justify
const JUSTIFY: Array<[string, string]> = [
  ['justify_days', "justify_days(interval '35 days')"],
  ['justify_days negative', "justify_days(interval '-35 days')"],
  ['justify_days mixed', "justify_days(interval '1 month -35 days')"],
  ['justify_hours', "justify_hours(interval '27 hours')"],
  ['justify_hours negative', "justify_hours(interval '-27 hours')"],
  ['justify_hours mixed', "justify_hours(interval '1 day -27 hours')"],
  ['justify_interval', "justify_interval(interval '1 mon -1 hour')"],
  ['justify_interval big', "justify_interval(interval '400 days 50 hours')"],
  ['justify_interval negative', "justify_interval(interval '-1 mon 1 hour')"],
  ['justify_interval mixed', "justify_interval(interval '1 year -1 mon 35 days -1 second')"],
  ['justify_days months overflow', "justify_days(interval '2147483647 months 30 days')"],
  ['justify_hours days overflow', "justify_hours(interval '2147483647 days 24 hours')"],
  ['justify_interval overflow', "justify_interval(interval '2147483647 months 30 days')"],
  ['justify null', 'justify_days(NULL)'],
];
for (const [name, expr] of JUSTIFY) list.add(`justify: ${name}`, [`SELECT ${expr} AS v`]);

// --- make_*
const MAKES: Array<[string, string]> = [
  ['make_date', 'make_date(2013, 7, 15)'],
  ['make_date BC', 'make_date(-1, 7, 15)'],
  ['make_date year 0', 'make_date(0, 7, 15)'],
  ['make_date bad month', 'make_date(2013, 13, 15)'],
  ['make_date bad day', 'make_date(2013, 2, 29)'],
  ['make_date leap', 'make_date(2012, 2, 29)'],
  ['make_date out of range', 'make_date(5874898, 1, 1)'],
  ['make_date negative far', 'make_date(-4714, 11, 24)'],
  ['make_date negative too far', 'make_date(-4714, 11, 23)'],
  ['make_date null', 'make_date(NULL, 1, 1)'],
  ['make_date text args', "make_date('2013', '7', '15')"],
  ['make_time', 'make_time(8, 15, 23.5)'],
  ['make_time 24:00', 'make_time(24, 0, 0)'],
  ['make_time 24:00:01', 'make_time(24, 0, 1)'],
  ['make_time bad minute', 'make_time(8, 60, 0)'],
  ['make_time seconds 60', 'make_time(8, 15, 60)'],
  ['make_time negative', 'make_time(-1, 15, 0)'],
  ['make_time precise seconds', 'make_time(8, 15, 23.1234567)'],
  ['make_timestamp', 'make_timestamp(2013, 7, 15, 8, 15, 23.5)'],
  ['make_timestamp BC', 'make_timestamp(-44, 3, 15, 12, 0, 0)'],
  ['make_timestamp 24:00', 'make_timestamp(2013, 7, 15, 24, 0, 0)'],
  ['make_timestamp bad', 'make_timestamp(2013, 7, 15, 8, 15, -1)'],
  ['make_timestamp year 0', 'make_timestamp(0, 7, 15, 8, 15, 0)'],
  ['make_timestamp out of range', 'make_timestamp(294277, 1, 1, 0, 0, 0)'],
  ['make_timestamp NaN seconds', "make_timestamp(2013, 7, 15, 8, 15, 'NaN')"],
  ['make_timestamp infinity seconds', "make_timestamp(2013, 7, 15, 8, 15, 'infinity')"],
  ['make_timestamptz', 'make_timestamptz(2013, 7, 15, 8, 15, 23.5)'],
  ['make_timestamptz with zone', "make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'America/New_York')"],
  ['make_timestamptz with offset zone', "make_timestamptz(2013, 7, 15, 8, 15, 23.5, '+2')"],
  ['make_timestamptz with abbreviation', "make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'EST')"],
  ['make_timestamptz with POSIX zone', "make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'EST5EDT')"],
  ['make_timestamptz bad zone', "make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'Nowhere/City')"],
  ['make_timestamptz in DST gap', "make_timestamptz(2024, 3, 10, 2, 30, 0, 'America/New_York')"],
  ['make_timestamptz in DST overlap', "make_timestamptz(2024, 11, 3, 1, 30, 0, 'America/New_York')"],
  ['make_timestamptz BC', "make_timestamptz(-44, 3, 15, 12, 0, 0, 'UTC')"],
  ['make_interval', 'make_interval(days => 10)'],
  ['make_interval all', 'make_interval(1, 2, 3, 4, 5, 6, 7.5)'],
  ['make_interval negative', 'make_interval(years => -1, mins => -30)'],
  ['make_interval no args', 'make_interval()'],
  ['make_interval weeks', 'make_interval(weeks => 2, days => 1)'],
  ['make_interval secs fraction', 'make_interval(secs => 1.123456789)'],
  ['make_interval year overflow', 'make_interval(years => 178956971)'],
  ['make_interval days overflow', 'make_interval(weeks => 306783379)'],
  ['make_interval hours big', 'make_interval(hours => 2147483647)'],
  ['make_interval secs infinity', "make_interval(secs => 'infinity')"],
  ['make_interval secs NaN', "make_interval(secs => 'NaN')"],
  ['make_interval secs huge', 'make_interval(secs => 1e18)'],
  ['make_interval named mixed', 'make_interval(1, days => 2)'],
  ['make_interval unknown name', 'make_interval(fortnights => 2)'],
  ['make_interval null', 'make_interval(days => NULL)'],
];
for (const [name, expr] of MAKES) list.add(`make: ${name}`, [UTC, `SELECT ${expr} AS v`]);

// --- OVERLAPS
const OVERLAPS: Array<[string, string]> = [
  ['docs true', "(DATE '2001-02-16', DATE '2001-12-21') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30')"],
  ['docs false', "(DATE '2001-02-16', INTERVAL '100 days') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30')"],
  ['touching ends', "(DATE '2001-10-29', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31')"],
  ['point inside', "(DATE '2001-10-30', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31')"],
  ['reversed ends', "(DATE '2001-12-21', DATE '2001-02-16') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30')"],
  [
    'timestamps',
    "(TIMESTAMP '2001-02-16 10:00', TIMESTAMP '2001-02-16 12:00') OVERLAPS (TIMESTAMP '2001-02-16 11:00', INTERVAL '1 hour')",
  ],
  ['times', "(TIME '10:00', TIME '12:00') OVERLAPS (TIME '11:00', TIME '13:00')"],
  ['timetz', "(TIMETZ '10:00+00', TIMETZ '12:00+00') OVERLAPS (TIMETZ '13:00+02', TIMETZ '15:00+02')"],
  [
    'timestamptz',
    "(TIMESTAMPTZ '2001-02-16 10:00+00', TIMESTAMPTZ '2001-02-16 12:00+00') OVERLAPS (TIMESTAMPTZ '2001-02-16 13:00+02', INTERVAL '1 hour')",
  ],
  ['null end', "(DATE '2001-02-16', NULL::date) OVERLAPS (DATE '2001-02-16', DATE '2001-03-01')"],
  ['null end false', "(DATE '2001-02-16', NULL::date) OVERLAPS (DATE '2001-02-17', DATE '2001-03-01')"],
  [
    'mixed types',
    "(DATE '2001-02-16', TIMESTAMP '2001-02-17') OVERLAPS (TIMESTAMPTZ '2001-02-16 12:00+00', DATE '2001-02-18')",
  ],
  ['infinity', "(DATE '-infinity', DATE 'infinity') OVERLAPS (DATE '2001-02-16', DATE '2001-02-17')"],
  [
    'wrong arity',
    "(DATE '2001-02-16', DATE '2001-02-17', DATE '2001-02-18') OVERLAPS (DATE '2001-02-16', DATE '2001-02-17')",
  ],
  ['wrong types', '(1, 2) OVERLAPS (3, 4)'],
  [
    'overlaps as function',
    "overlaps(DATE '2001-02-16', DATE '2001-12-21', DATE '2001-10-30', DATE '2002-10-30')",
  ],
];
for (const [name, expr] of OVERLAPS) list.add(`overlaps: ${name}`, [UTC, `SELECT ${expr} AS v`]);

// --- isfinite, to_timestamp(double)
const MISC: Array<[string, string]> = [
  ['isfinite date', "isfinite(date '2001-02-16')"],
  ['isfinite infinity date', "isfinite(date 'infinity')"],
  ['isfinite timestamp', "isfinite(timestamp '-infinity')"],
  ['isfinite timestamptz', "isfinite(timestamptz '2001-02-16 00:00+00')"],
  ['isfinite interval', "isfinite(interval '4 hours')"],
  ['isfinite null', 'isfinite(NULL::date)'],
  ['isfinite unknown', "isfinite('infinity')"],
  ['to_timestamp docs', 'to_timestamp(1284352323)'],
  ['to_timestamp fraction', 'to_timestamp(1284352323.5)'],
  ['to_timestamp negative', 'to_timestamp(-1)'],
  ['to_timestamp zero', 'to_timestamp(0)'],
  ['to_timestamp infinity', "to_timestamp('infinity')"],
  ['to_timestamp -infinity', "to_timestamp('-infinity')"],
  ['to_timestamp NaN', "to_timestamp('NaN')"],
  ['to_timestamp out of range', 'to_timestamp(1e20)'],
  ['to_timestamp microseconds rounding', 'to_timestamp(1.0000005)'],
  ['to_timestamp null', 'to_timestamp(NULL::float8)'],
  ['to_timestamp integer type', 'pg_typeof(to_timestamp(0))'],
  ['to_timestamp numeric argument', 'to_timestamp(1284352323.123456789::numeric)'],
  ['to_timestamp just below range', 'to_timestamp(9224318015999)'],
  ['to_timestamp at range', 'to_timestamp(9224318016000)'],
  ['to_timestamp far negative', 'to_timestamp(-210866803200)'],
  ['to_timestamp below negative', 'to_timestamp(-210866803201)'],
];
for (const [name, expr] of MISC) list.add(`misc: ${name}`, [NY, `SELECT ${expr} AS v`]);

// --- current date/time inside a transaction: only deterministic relations
list.add('clock: transaction timestamps agree inside a transaction', [
  'BEGIN',
  'SELECT now() = transaction_timestamp() AS a, now() = current_timestamp AS b, statement_timestamp() >= now() AS c, clock_timestamp() >= statement_timestamp() AS d',
  "SELECT current_timestamp(2) >= date_trunc('second', now()) AS a, localtimestamp = now()::timestamp AS b, current_date = now()::date AS c, localtime = now()::time AS d, current_time = now()::timetz AS e",
  'COMMIT',
]);
list.add('clock: now stays the same across statements of a transaction', [
  'BEGIN',
  'CREATE TEMP TABLE t0 AS SELECT now() AS n',
  'SELECT pg_sleep(0.01)',
  'SELECT n = now() AS same, n < clock_timestamp() AS later FROM t0',
  'COMMIT',
]);
list.add('clock: result types of each function', [
  'SELECT pg_typeof(current_date) AS a, pg_typeof(current_time) AS b, pg_typeof(current_timestamp) AS c, pg_typeof(localtime) AS d, pg_typeof(localtimestamp) AS e, pg_typeof(now()) AS f, pg_typeof(timeofday()) AS g, pg_typeof(clock_timestamp()) AS h, pg_typeof(statement_timestamp()) AS i, pg_typeof(transaction_timestamp()) AS j',
]);
list.add('clock: column names of the SQL value functions', [
  'SELECT current_date IS NOT NULL, current_time IS NOT NULL, current_timestamp IS NOT NULL, localtime IS NOT NULL, localtimestamp IS NOT NULL',
  'SELECT current_date, current_time, current_timestamp, localtime, localtimestamp, now() FROM (SELECT 1) s WHERE false',
]);
list.add('clock: precision argument', [
  'SELECT current_time(0) IS NOT NULL AS a, current_timestamp(0) IS NOT NULL AS b, localtime(3) IS NOT NULL AS c, localtimestamp(6) IS NOT NULL AS d',
  'SELECT extract(microseconds FROM current_timestamp(0)) = extract(second FROM current_timestamp(0)) * 1000000 AS whole',
]);
list.add('clock: precision argument out of range', ['SELECT current_timestamp(7) IS NOT NULL AS a']);
list.add('clock: negative precision', ['SELECT current_timestamp(-1) AS a']);
list.add('clock: current_date with parentheses is an error', ['SELECT current_date() AS a']);
list.add('clock: timeofday is text in a fixed shape', [
  "SELECT timeofday() ~ '^[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]{2} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} \\d{4} \\S+$' AS v",
]);
list.add('clock: now as a default in a two-statement transaction', [
  'CREATE TABLE c (id int, at timestamptz DEFAULT now(), at2 timestamptz DEFAULT clock_timestamp())',
  'BEGIN',
  'INSERT INTO c (id) VALUES (1)',
  'INSERT INTO c (id) VALUES (2)',
  'SELECT count(DISTINCT at) AS n, count(DISTINCT at2) AS m FROM c',
  'COMMIT',
]);
list.add('clock: pg_sleep returns void', ['SELECT pg_sleep(0) AS v, pg_typeof(pg_sleep(0)) AS t']);
list.add('clock: pg_sleep_for and pg_sleep_until', [
  "SELECT pg_sleep_for('0 seconds') AS a, pg_sleep_until(now() - interval '1 day') AS b",
]);
list.add('clock: pg_sleep with a negative', ['SELECT pg_sleep(-1) AS v']);

// --- comparisons across types and ordering
list.add('cmp: date vs timestamptz under a zone', [
  NY,
  "SELECT date '2024-01-01' = timestamptz '2024-01-01 05:00+00' AS a, date '2024-01-01' < timestamptz '2024-01-01 04:00+00' AS b",
]);
list.add('cmp: timestamp vs timestamptz under a zone', [
  NY,
  "SELECT timestamp '2024-07-01 08:00' = timestamptz '2024-07-01 12:00+00' AS a",
]);
list.add('cmp: BETWEEN on dates', [
  "SELECT date '2024-02-29' BETWEEN date '2024-02-01' AND date '2024-03-01' AS a, timestamp '2024-03-01 00:00:01' BETWEEN date '2024-02-01' AND date '2024-03-01' AS b",
]);
list.add('cmp: IN list of mixed types', [
  UTC,
  "SELECT date '2024-01-01' IN (timestamp '2024-01-01', timestamptz '2024-01-02 00:00+00') AS v",
]);
list.add('cmp: GREATEST and LEAST of mixed types', [
  UTC,
  "SELECT GREATEST(date '2024-01-01', timestamp '2024-01-01 10:00') AS a, LEAST(date '2024-01-01', timestamptz '2023-12-31 23:00+00') AS b, pg_typeof(GREATEST(date '2024-01-01', timestamp '2024-01-01')) AS c",
]);
list.add('cmp: UNION of date and timestamp', [
  "SELECT date '2024-01-01' AS v UNION ALL SELECT timestamp '2024-01-01 10:00' ORDER BY 1",
]);
list.add('cmp: CASE of date and timestamptz', [
  UTC,
  "SELECT CASE WHEN true THEN date '2024-01-01' ELSE timestamptz '2024-01-01 10:00+00' END AS v",
]);
list.add('cmp: COALESCE of time and interval errors', [
  "SELECT COALESCE(time '10:00', interval '1 hour') AS v",
]);
list.add('cmp: ORDER BY intervals equal but different', [
  "SELECT v, v::text FROM (VALUES (interval '1 mon'), (interval '30 days'), (interval '720 hours'), (interval '29 days 24 hours')) t(v) ORDER BY v, 2",
]);
list.add('cmp: DISTINCT intervals collapse equal values', [
  "SELECT count(DISTINCT v) AS n FROM (VALUES (interval '1 mon'), (interval '30 days'), (interval '720 hours')) t(v)",
]);
list.add('cmp: min max avg sum of intervals', [
  "SELECT min(v) AS a, max(v) AS b, avg(v) AS c, sum(v) AS d FROM (VALUES (interval '1 mon'), (interval '31 days'), (interval '1 hour')) t(v)",
]);
list.add('cmp: min max of dates and timestamps', [
  "SELECT min(d) AS a, max(d) AS b FROM (VALUES (date '2024-01-01'), (date 'infinity'), (date '-infinity')) t(d)",
]);
list.add('cmp: avg of timestamps errors', ["SELECT avg(t) AS v FROM (VALUES (timestamp '2024-01-01')) x(t)"]);
list.add('cmp: sum of dates errors', ["SELECT sum(d) AS v FROM (VALUES (date '2024-01-01')) x(d)"]);
list.add('cmp: date range contains', [
  "SELECT daterange('2024-01-01', '2024-02-01') @> date '2024-01-15' AS a, tsrange('2024-01-01', '2024-01-02') @> timestamp '2024-01-01 12:00' AS b",
]);

// --- casts between types
const CASTS: Array<[string, string]> = [
  ['timestamp to date', "(timestamp '2024-01-01 23:59')::date"],
  ['timestamptz to date in NY', "(timestamptz '2024-01-02 03:00+00')::date"],
  ['timestamptz to time', "(timestamptz '2024-01-02 03:00+00')::time"],
  ['timestamptz to timetz', "(timestamptz '2024-07-02 03:00+00')::timetz"],
  ['timestamp to timestamptz in NY', "(timestamp '2024-07-02 03:00')::timestamptz"],
  ['timestamptz to timestamp in NY', "(timestamptz '2024-07-02 03:00+00')::timestamp"],
  ['date to timestamptz', "(date '2024-07-02')::timestamptz"],
  ['time to interval', "(time '10:30')::interval"],
  ['interval to time', "(interval '1 day 10:30')::time"],
  ['negative interval to time', "(interval '-10:30')::time"],
  ['time to timetz', "(time '10:30')::timetz"],
  ['timetz to time', "(timetz '10:30+05')::time"],
  ['date to time errors', "(date '2024-01-01')::time"],
  ['time to date errors', "(time '10:00')::date"],
  ['date to interval errors', "(date '2024-01-01')::interval"],
  ['timestamp to time', "(timestamp '2024-01-01 10:11:12.5')::time"],
  ['infinity timestamp to date', "(timestamp 'infinity')::date"],
  ['infinity timestamptz to time errors', "(timestamptz 'infinity')::time"],
  ['text to timestamp with AT', "('2024-01-01 10:00'::text)::timestamp"],
  [
    'date text in table',
    "(SELECT string_agg(d::text, ',') FROM (VALUES (date '2024-01-01'), (date '2024-01-02')) t(d))",
  ],
  ['varchar to date', "('2024-01-01'::varchar)::date"],
  ['timestamp to varchar(10)', "(timestamp '2024-01-01 10:00')::varchar(10)"],
  ['date to char(4)', "(date '2024-01-01')::char(4)"],
  ['interval to text', "(interval '1 day 2 hours')::text"],
  ['timestamptz(0) cast rounds', "(timestamptz '2024-01-01 10:00:00.6+00')::timestamptz(0)"],
  ['timestamp typmod on infinity', "(timestamp 'infinity')::timestamp(0)"],
  ['abstime is gone', "'2024-01-01'::abstime"],
  ['reltime is gone', "'1 day'::reltime"],
  ['smalldatetime is not a type', "'2024-01-01'::smalldatetime"],
  ['datetime is not a type', "'2024-01-01'::datetime"],
];
for (const [name, expr] of CASTS) list.add(`cast: ${name}`, [NY, `SELECT ${expr} AS v`]);

export default list.cases;
