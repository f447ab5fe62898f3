// Round 19 probe, datetime part 5: the corners of 8.5 and 9.9 the other parts leave: interval
// fields at their limits and in fractions, arithmetic near the ends of each type's range, infinite
// values in every function, DST arithmetic of timestamptz, ranges and arrays of date/time values,
// and the session settings read back through current_setting and pg_settings.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 datetime: more: ');
const UTC = "SET TimeZone = 'UTC'";
const NY = "SET TimeZone = 'America/New_York'";

const INTERVAL_LIMITS = [
  '2147483647 months',
  '-2147483648 months',
  '2147483647 days',
  '-2147483648 days',
  '2147483648 months',
  '9223372036854775807 microseconds',
  '-9223372036854775808 microseconds',
  '2562047788 hours 54.775807 seconds',
  '-2562047788 hours -54.775808 seconds',
  '178956970 years 7 months 2147483647 days 2562047788:00:54.775807',
  '-178956970 years -8 months -2147483648 days -2562047788:00:54.775808',
  '0.1 months',
  '0.01 years',
  '1.999999 days',
  '0.0000001 seconds',
  'PT1.5H',
  'PT0.000001S',
  'P0.1Y',
  'P1.1M',
  'P1Y0.5M',
  '1 year 1.5 months 1.5 days 1.5 hours',
  '-1.5 years',
  '1e3 seconds',
  '1.5e2 days',
  '10000000 weeks',
  '1000000000 days 1000000000 days 1000000000 days',
  '@ 1 minute ago ago',
];
INTERVAL_LIMITS.forEach((text, i) => {
  list.add(`interval limit '${text}' #${i}`, [`SELECT '${text}'::interval::text AS v`]);
});

const ARITH: Array<[string, string]> = [
  ['max interval plus a microsecond', "interval '2562047788:00:54.775807' + interval '1 microsecond'"],
  ['min months minus one', "interval '-2147483648 months' - interval '1 month'"],
  ['negate min months', "- interval '-2147483648 months'"],
  ['negate min microseconds', "- interval '-9223372036854775808 microseconds'"],
  ['interval times two overflow', "interval '178956970 years' * 2"],
  ['interval divided to a fraction of a microsecond', "interval '1 microsecond' / 3"],
  ['interval divided carries months into days', "interval '1 year 1 month' / 5"],
  ['interval times fraction carries into days', "interval '1 mon' * 0.3"],
  ['interval times fraction of days into time', "interval '1 day' * 0.3"],
  ['sum overflow', "(SELECT sum(v) FROM (VALUES (interval '2147483647 days'), (interval '1 day')) t(v))"],
  [
    'avg of many',
    "(SELECT avg(v) FROM (VALUES (interval '1 day'), (interval '2 days'), (interval '1 mon')) t(v))",
  ],
  ['timestamp max plus microsecond', "timestamp '294276-12-31 23:59:59.999999' + interval '1 microsecond'"],
  ['timestamp min minus microsecond', "timestamp '4714-11-24 00:00:00 BC' - interval '1 microsecond'"],
  ['date max plus interval', "date '5874897-12-31' + interval '1 day'"],
  ['date far plus interval stays in timestamp range', "date '294276-12-31' + interval '1 day'"],
  ['timestamptz max in zone', "timestamptz '294276-12-31 23:59:59.999999+00'"],
  ['timestamptz beyond max in zone', "timestamptz '294276-12-31 23:59:59.999999-01'"],
  ['timestamp minus timestamp huge', "timestamp '294276-12-31' - timestamp '4713-01-01 BC'"],
  ['date minus date huge', "date '5874897-12-31' - date '4713-01-01 BC'"],
  ['date plus integer max', "date '2000-01-01' + 2147483647"],
  ['time plus big interval wraps', "time '10:00' + interval '1000 hours 1 month'"],
  ['timetz minus big interval wraps', "timetz '10:00+03' - interval '49 hours'"],
  ['timestamptz plus day across fall DST', "timestamptz '2024-11-02 12:00' + interval '1 day'"],
  ['timestamptz plus hours across fall DST', "timestamptz '2024-11-03 00:30' + interval '2 hours'"],
  ['timestamptz minus month into DST', "timestamptz '2024-04-10 02:30' - interval '1 month'"],
  ['timestamptz plus day into the gap', "timestamptz '2024-03-09 02:30' + interval '1 day'"],
  ['timestamptz difference across DST', "timestamptz '2024-11-04 00:00' - timestamptz '2024-11-03 00:00'"],
  ['timestamptz difference of years', "timestamptz '2025-03-10 00:00' - timestamptz '2024-03-10 00:00'"],
  ['age across DST', "age(timestamptz '2024-11-04 00:00', timestamptz '2024-11-03 00:00')"],
  ['date_trunc day of a DST day', "date_trunc('day', timestamptz '2024-11-03 23:00')"],
  ['date_trunc hour in the repeated hour', "date_trunc('hour', timestamptz '2024-11-03 06:30+00')"],
  [
    'extract epoch across DST',
    "extract(epoch FROM timestamptz '2024-11-04 00:00' - timestamptz '2024-11-03 00:00')",
  ],
  ['date to timestamptz on DST day', "date '2024-03-10'::timestamptz"],
  ['date plus time in the gap to timestamptz', "(date '2024-03-10' + time '02:30')::timestamptz"],
  ['make_timestamptz in the gap', 'make_timestamptz(2024, 3, 10, 2, 30, 0)'],
  [
    'generate_series of dates by month text',
    "(SELECT string_agg(d::date::text, ',') FROM generate_series(date '2024-01-31', date '2024-12-31', interval '1 month') d)",
  ],
];
for (const [name, expr] of ARITH) list.add(`arith: ${name}`, [NY, `SELECT (${expr})::text AS v`]);

const INFINITE: Array<[string, string]> = [
  ['date_trunc of -infinity', "date_trunc('year', timestamptz '-infinity')"],
  ['date_trunc zone of infinity', "date_trunc('year', timestamptz 'infinity', 'UTC')"],
  ['date_bin of -infinity', "date_bin('1 day', timestamptz '-infinity', timestamptz '2000-01-01')"],
  ['extract epoch of infinity date', "extract(epoch FROM date 'infinity')"],
  ['extract julian of infinity', "extract(julian FROM timestamp 'infinity')"],
  ['extract year of -infinity timestamptz', "extract(year FROM timestamptz '-infinity')"],
  ['extract hour of infinity', "extract(hour FROM timestamp 'infinity')"],
  ['extract dow of infinity', "extract(dow FROM date 'infinity')"],
  ['date_part century of infinity', "date_part('century', timestamp 'infinity')"],
  ['date_part timezone of infinity', "date_part('timezone', timestamptz 'infinity')"],
  ['infinity to timestamptz', "(timestamp 'infinity')::timestamptz"],
  ['infinity timestamptz to date', "(timestamptz '-infinity')::date"],
  ['infinity at time zone', "timestamptz 'infinity' AT TIME ZONE 'Asia/Tokyo'"],
  ['infinity to_char', "to_char(timestamptz 'infinity', 'YYYY')"],
  ['infinity minus interval', "timestamptz 'infinity' - interval '1 year'"],
  ['infinity date minus integer', "date 'infinity' - 1"],
  ['infinity date minus infinity date', "date 'infinity' - date 'infinity'"],
  ['-infinity date minus date', "date '-infinity' - date '2000-01-01'"],
  ['infinity timestamptz minus timestamptz', "timestamptz 'infinity' - timestamptz '2000-01-01'"],
  [
    'infinity in overlaps',
    "(timestamp '-infinity', timestamp 'infinity') OVERLAPS (timestamp 'infinity', timestamp 'infinity')",
  ],
  ['infinity in a range', "tsrange('-infinity', 'infinity')"],
  ['infinity in daterange', "daterange('2024-01-01', 'infinity')"],
  ['infinity in daterange upper_inf', "upper_inf(daterange('2024-01-01', 'infinity'))"],
  ['infinity equality across types', "date 'infinity' = timestamptz 'infinity'"],
  ['infinity to json', "to_json(timestamp 'infinity')"],
  ['infinity jsonb', "to_jsonb(date '-infinity')"],
  ['infinity date to timestamp', "(date 'infinity')::timestamp"],
  ['make_date of a huge year', 'make_date(5874898, 1, 1)'],
  ['to_timestamp of the max', 'to_timestamp(9224318015999.999999)'],
];
for (const [name, expr] of INFINITE) list.add(`infinite: ${name}`, [UTC, `SELECT (${expr})::text AS v`]);

// --- ranges, arrays and records of date/time values
const RANGES: Array<[string, string]> = [
  ['daterange canonical', "daterange('2024-01-01', '2024-01-10', '(]')"],
  ['daterange empty', "daterange('2024-01-10', '2024-01-10')"],
  ['daterange wrong order', "daterange('2024-01-10', '2024-01-01')"],
  ['tstzrange input text', "'[2024-01-01 00:00+00, 2024-01-02 00:00+00)'::tstzrange"],
  ['tsrange contains', "tsrange('2024-01-01', '2024-01-02') @> timestamp '2024-01-01 12:00'"],
  ['tstzrange in NY output', "tstzrange('2024-01-01 00:00+00', '2024-07-01 00:00+00')"],
  ['daterange union', "daterange('2024-01-01', '2024-01-05') + daterange('2024-01-05', '2024-01-09')"],
  ['daterange minus', "daterange('2024-01-01', '2024-01-10') - daterange('2024-01-03', '2024-01-05')"],
  [
    'range_agg of dateranges',
    "(SELECT range_agg(r) FROM (VALUES (daterange('2024-01-01', '2024-01-03')), (daterange('2024-01-02', '2024-01-06'))) t(r))",
  ],
  [
    'datemultirange',
    "datemultirange(daterange('2024-01-01', '2024-01-03'), daterange('2024-02-01', '2024-02-03'))",
  ],
  ['lower of tstzrange', "lower(tstzrange('2024-01-01 00:00+00', '2024-01-02 00:00+00'))"],
  ['daterange with infinity text', "'[2024-01-01,infinity]'::daterange"],
  ['date array', "ARRAY[date '2024-01-01', date 'infinity', NULL]"],
  ['timestamptz array text', '\'{"2024-01-01 00:00+00","2024-07-01 12:00+02"}\'::timestamptz[]'],
  ['interval array sum via unnest', '(SELECT sum(i) FROM unnest(\'{1 day,2 hours,"1 mon"}\'::interval[]) i)'],
  ['time array order', "(SELECT array_agg(t ORDER BY t) FROM unnest('{23:00,01:00,12:00}'::time[]) t)"],
  ['row of date and interval', "ROW(date '2024-01-01', interval '1 day')"],
  ['timestamp in a composite literal', '(\'("2024-01-01 10:00")\'::record)'],
];
for (const [name, expr] of RANGES) list.add(`ranges: ${name}`, [NY, `SELECT (${expr})::text AS v`]);

// --- settings read back
list.add('settings: DateStyle and IntervalStyle in pg_settings', [
  "SET DateStyle = 'SQL, DMY'",
  "SET IntervalStyle = 'iso_8601'",
  "SELECT name, setting, source, context, vartype FROM pg_settings WHERE name IN ('DateStyle', 'IntervalStyle', 'TimeZone', 'timezone_abbreviations') ORDER BY name",
]);
list.add('settings: enumvals of IntervalStyle', [
  "SELECT enumvals FROM pg_settings WHERE name = 'IntervalStyle'",
]);
list.add('settings: current_setting of each', [
  "SELECT current_setting('DateStyle') AS a, current_setting('IntervalStyle') AS b, current_setting('TimeZone') AS c, current_setting('timezone_abbreviations') AS d",
]);
list.add('settings: DateStyle shows canonical text', ["SET DateStyle = 'sql,dmy'", 'SHOW DateStyle']);
list.add('settings: DateStyle with extra spaces', ["SET DateStyle = '  postgres ,  ymd '", 'SHOW DateStyle']);
list.add('settings: DateStyle default keyword', ["SET DateStyle = 'Default'", 'SHOW DateStyle']);
list.add('settings: DateStyle TO DEFAULT', [
  "SET DateStyle = 'German'",
  'SET DateStyle TO DEFAULT',
  'SHOW DateStyle',
]);
list.add('settings: TimeZone numeric show', [
  'SET TIME ZONE -3.5',
  'SHOW TimeZone',
  "SELECT '2024-01-01 12:00+00'::timestamptz::text AS v",
]);
list.add('settings: TimeZone interval show', [
  "SET TIME ZONE INTERVAL '+02:30' HOUR TO MINUTE",
  'SHOW TimeZone',
  "SELECT '2024-01-01 12:00+00'::timestamptz::text AS v",
]);
list.add('settings: TimeZone interval with seconds errors', ["SET TIME ZONE INTERVAL '02:30:15'"]);
list.add('settings: TimeZone interval without qualifier but hours', [
  "SET TIME ZONE INTERVAL '5 hours'",
  'SHOW TimeZone',
]);
list.add('settings: TimeZone via SET timezone TO', [
  "SET timezone TO 'UTC-5'",
  'SHOW TimeZone',
  "SELECT '2024-01-01 12:00+00'::timestamptz::text AS v",
]);
list.add('settings: TimeZone from ALTER ROLE not applied now', ['SHOW TimeZone']);
list.add('settings: pg_timezone_names contains the session zone', [
  "SET TIME ZONE 'Europe/Lisbon'",
  "SELECT count(*) AS n FROM pg_timezone_names WHERE name = current_setting('TimeZone')",
]);
list.add('settings: names listed with abbreviations under a winter date-independent query', [
  "SELECT name, utc_offset FROM pg_timezone_names WHERE name IN ('Etc/GMT+5', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC') ORDER BY name",
]);
list.add('settings: legacy zone names listed', [
  "SELECT name, utc_offset FROM pg_timezone_names WHERE name IN ('EST', 'MST', 'HST', 'EST5EDT', 'CET', 'WET', 'EET', 'MET', 'PST8PDT', 'posixrules', 'localtime', 'Factory') ORDER BY name",
]);
list.add('settings: posix directory zones', [
  "SELECT count(*) > 0 AS v FROM pg_timezone_names WHERE name LIKE 'posix/%'",
]);
list.add('settings: SET TIME ZONE posix/Europe/Paris', [
  "SET TIME ZONE 'posix/Europe/Paris'",
  "SELECT '2024-07-01 12:00+00'::timestamptz::text AS v",
]);
list.add('settings: SET TIME ZONE right/UTC refused', ["SET TIME ZONE 'right/UTC'"]);
list.add('settings: legacy zones in 1900 and now', [
  UTC,
  "SELECT z, (timestamptz '1900-06-01 12:00+00' AT TIME ZONE z)::text AS old, (timestamptz '2024-06-01 12:00+00' AT TIME ZONE z)::text AS now FROM (VALUES ('EST'), ('MST'), ('HST'), ('CET'), ('EET'), ('MET'), ('WET'), ('EST5EDT'), ('PST8PDT'), ('CST6CDT'), ('MST7MDT')) t(z) ORDER BY z",
]);
list.add('settings: merged zones before 1970', [
  UTC,
  "SELECT z, (timestamptz '1950-06-01 12:00+00' AT TIME ZONE z)::text AS v FROM (VALUES ('Europe/Amsterdam'), ('Europe/Oslo'), ('Europe/Stockholm'), ('Europe/Luxembourg'), ('Europe/Monaco'), ('Atlantic/Reykjavik'), ('Asia/Kuala_Lumpur'), ('America/Montreal'), ('Pacific/Enderbury'), ('Africa/Accra')) t(z) ORDER BY z",
]);

export default list.cases;
