const c = (name, steps, setup) => ({ name, steps, ...(setup ? { setup } : {}) });
export default [
  c('dt: date plus int and minus date', [
    "SELECT date '2001-09-28' + 7 AS a, date '2001-10-01' - date '2001-09-28' AS b, date '2001-10-01' - 7 AS c",
    "SELECT date '2001-09-28' + integer '7' AS a, pg_typeof(date '2001-09-28' + 7)",
  ]),
  c('dt: date plus interval and time', [
    "SELECT date '2001-09-28' + interval '1 hour' AS a, date '2001-09-28' + time '03:00' AS b, pg_typeof(date '2001-09-28' + interval '1 hour')",
    "SELECT date '2001-09-28' - interval '1 hour' AS a",
  ]),
  c('dt: timestamp minus timestamp', [
    "SELECT timestamp '2001-09-29 03:00' - timestamp '2001-07-27 12:00' AS a",
    "SELECT (timestamp '2001-09-29 03:00' - timestamp '2001-07-27 12:00')::text AS a",
    "SELECT timestamptz '2001-09-29 03:00+00' - timestamptz '2001-09-28 03:00+02' AS a",
  ]),
  c('dt: interval arithmetic', [
    "SELECT (interval '1 day' + interval '1 hour')::text a, (interval '1 hour' * 3.5)::text b, (interval '1 hour' / 1.5)::text c, (- interval '23 hours')::text d, (time '05:00' - time '03:00')::text e, (time '01:00' + interval '3 hours')::text f",
  ]),
  c('dt: interval output', [
    "SELECT interval '1 year 2 months 3 days 04:05:06.789'::text a, interval '-1 day +2 hours'::text b, interval '1.5 years'::text c, interval 'P1Y2M3DT4H5M6S'::text d, interval '3 4:05:06'::text e, interval '1-2'::text f",
  ]),
  c('dt: interval style iso', [
    "SET intervalstyle = 'iso_8601'",
    "SELECT interval '1 year 2 months 3 days 04:05:06.789'::text a, interval '-1 day +2 hours'::text b, interval '0'::text z",
    "SET intervalstyle = 'sql_standard'",
    "SELECT interval '1 year 2 months 3 days 04:05:06.789'::text a, interval '-1 day +2 hours'::text b",
    "SET intervalstyle = 'postgres_verbose'",
    "SELECT interval '1 year 2 months 3 days 04:05:06.789'::text a, interval '-1 day -2 hours'::text b",
  ]),
  c('dt: justify', [
    "SELECT justify_days(interval '35 days')::text a, justify_hours(interval '27 hours')::text b, justify_interval(interval '1 mon -1 hour')::text c, justify_days(interval '-35 days')::text d, justify_hours(interval '-27 hours 30 minutes')::text e",
  ]),
  c('dt: age', [
    "SELECT age(timestamp '2001-04-10', timestamp '1957-06-13')::text a, age(timestamp '2001-04-10 12:00', timestamp '2001-04-11')::text b, age(date '2020-03-01', date '2020-01-31')::text c, pg_typeof(age(timestamp '2001-04-10'))",
  ]),
  c('dt: date_trunc', [
    "SELECT date_trunc('hour', timestamp '2001-02-16 20:38:40') a, date_trunc('year', timestamp '2001-02-16 20:38:40') b, date_trunc('week', timestamp '2001-02-16 20:38:40') c, date_trunc('quarter', timestamp '2001-05-16') d, date_trunc('millennium', timestamp '2001-02-16') e, date_trunc('century', timestamp '2000-02-16') f, date_trunc('decade', timestamp '2009-02-16') g",
    "SELECT date_trunc('day', timestamptz '2001-02-16 20:38:40+00')::text a, date_trunc('day', timestamptz '2001-02-16 20:38:40+00', 'Australia/Sydney')::text b",
    "SELECT date_trunc('hour', interval '3 days 02:47:33')::text a, date_trunc('month', interval '1 year 5 months 3 days')::text b",
    "SELECT date_trunc('fortnight', timestamp '2001-02-16')",
    "SELECT pg_typeof(date_trunc('day', date '2001-02-16')), date_trunc('day', date '2001-02-16')::text",
  ]),
  c('dt: date_trunc with zone setting', [
    "SET TimeZone = 'America/New_York'",
    "SELECT date_trunc('day', timestamptz '2001-02-16 20:38:40+00')::text a, date_trunc('month', timestamptz '2001-03-16 02:00+00')::text b, date_trunc('day', timestamptz '2001-02-16 20:38:40+00', 'UTC')::text c",
  ]),
  c('dt: extract numeric scale', [
    "SELECT extract(second from timestamp '2001-02-16 20:38:40.5') a, extract(epoch from timestamp '2001-02-16 20:38:40.12') b, extract(year from date '2001-02-16') c, extract(dow from date '2001-02-18') d, extract(isodow from date '2001-02-18') e, extract(doy from date '2001-02-16') f, extract(week from date '2001-02-16') g, extract(quarter from date '2001-02-16') h",
    "SELECT pg_typeof(extract(year from date '2001-02-16')), pg_typeof(date_part('year', date '2001-02-16')), date_part('second', timestamp '2001-02-16 20:38:40.5') a, date_part('epoch', timestamp '2001-02-16 20:38:40') b",
  ]),
  c('dt: extract more fields', [
    "SELECT extract(century from timestamp '2000-12-16') a, extract(millennium from timestamp '2001-02-16') b, extract(decade from timestamp '2001-02-16') c, extract(microseconds from timestamp '2001-02-16 20:38:40.5') d, extract(milliseconds from timestamp '2001-02-16 20:38:40.5') e, extract(julian from date '2006-01-01') f, extract(isoyear from date '2006-01-01') g",
    "SELECT extract(epoch from interval '5 days 3 hours') a, extract(hour from interval '5 days 3 hours') b, extract(month from interval '2 years 3 months') c, extract(epoch from date '2001-02-16') d",
    "SELECT extract(timezone from timestamptz '2001-02-16 20:38:40+05:30') a, extract(timezone_hour from timestamptz '2001-02-16 20:38:40+05:30') b",
    "SELECT extract(epoch from timestamptz '2001-02-16 20:38:40.12-08') a",
  ]),
  c('dt: extract errors', [
    "SELECT extract(foo from date '2001-02-16')",
    "SELECT extract(hour from date '2001-02-16')",
    "SELECT extract(dow from interval '1 day')",
    "SELECT extract(timezone from timestamp '2001-02-16')",
  ]),
  c('dt: date_bin', [
    "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01') a, date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01 00:02:30') b",
    "SELECT date_bin('1 month', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')",
    "SELECT date_bin('0 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')",
    "SELECT date_bin('1 hour', timestamptz '2020-02-11 15:44:17+00', timestamptz '2001-01-01 00:00+00')::text",
  ]),
  c('dt: make_*', [
    'SELECT make_date(2013, 7, 15) a, make_date(-44, 3, 15)::text b, make_time(8, 15, 23.5)::text c, make_timestamp(2013, 7, 15, 8, 15, 23.5)::text d, make_interval(days => 10)::text e, make_interval(1, 2, 3, 4, 5, 6, 7.5)::text f',
    'SELECT make_date(2013, 2, 30)',
    'SELECT make_date(0, 7, 15)',
    'SELECT make_time(25, 0, 0)',
    'SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5)::text',
    "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'America/New_York')::text",
    'SELECT make_interval(hours => 1.5)',
    'SELECT make_interval(secs => 1.5)::text',
  ]),
  c('dt: at time zone', [
    "SELECT (timestamp '2001-02-16 20:38:40' AT TIME ZONE 'America/Denver')::text a, (timestamptz '2001-02-16 20:38:40-05' AT TIME ZONE 'America/Denver')::text b, (timestamp '2001-02-16 20:38:40' AT TIME ZONE 'Asia/Tokyo' AT TIME ZONE 'America/Chicago')::text c",
    "SELECT pg_typeof(timestamp '2001-02-16 20:38:40' AT TIME ZONE 'UTC'), pg_typeof(timestamptz '2001-02-16 20:38:40+00' AT TIME ZONE 'UTC')",
    "SELECT (timestamptz '2001-02-16 20:38:40+00' AT TIME ZONE '+05')::text a, (timestamptz '2001-02-16 20:38:40+00' AT TIME ZONE interval '+05:00')::text b, timezone('UTC', timestamptz '2001-02-16 20:38:40+03')::text c",
    "SELECT timestamp '2001-02-16 20:38:40' AT TIME ZONE 'Nowhere/Land'",
  ]),
  c('dt: SET TimeZone output', [
    "SET TimeZone = 'Asia/Kolkata'",
    "SELECT timestamptz '2001-02-16 20:38:40+00' AS a, (timestamptz '2001-02-16 20:38:40+00')::text b, now()::timestamp = localtimestamp AS c",
    "SET TIME ZONE 'Europe/Berlin'",
    "SELECT timestamptz '2001-07-16 20:38:40+00'::text a, timestamptz '2001-01-16 20:38:40+00'::text b, current_setting('TimeZone')",
    'SET TIME ZONE -7',
    "SELECT timestamptz '2001-07-16 20:38:40+00'::text a, current_setting('TimeZone')",
    'SET TIME ZONE LOCAL',
    'SHOW TimeZone',
  ]),
  c('dt: to_timestamp epoch', [
    "SELECT to_timestamp(1284352323)::text a, to_timestamp(1284352323.5)::text b, to_timestamp(0) c, to_timestamp('Infinity'::float8)::text d, to_timestamp(-1)::text e",
    "SELECT to_timestamp('NaN'::float8)",
    'SELECT to_timestamp(1e20)',
    'SELECT pg_typeof(to_timestamp(0))',
  ]),
  c('dt: infinity', [
    "SELECT 'infinity'::timestamp::text a, '-infinity'::timestamptz::text b, 'infinity'::date::text c, isfinite(date 'infinity') d, isfinite(timestamp '2001-01-01') e, isfinite(interval '1 day') f, 'infinity'::date > '2999-01-01'::date g",
    "SELECT 'infinity'::date + 1 AS a",
    "SELECT extract(year from timestamp 'infinity') a, date_part('year', timestamp 'infinity') b, extract(epoch from timestamp 'infinity') c",
    "SELECT 'infinity'::timestamp + interval '1 day' a",
    "SELECT date_trunc('day', timestamp 'infinity')::text",
    "SELECT 'infinity'::date - '2001-01-01'::date",
  ]),
  c('dt: overlaps', [
    "SELECT (DATE '2001-02-16', DATE '2001-12-21') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') a, (DATE '2001-02-16', INTERVAL '100 days') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') b, (DATE '2001-10-29', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') c, (DATE '2001-10-30', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') d, (DATE '2001-10-31', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') e",
    "SELECT (DATE '2001-02-16', NULL::date) OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') a",
  ]),
  c('dt: generate_series timestamps', [
    "SELECT * FROM generate_series('2008-03-01 00:00'::timestamp, '2008-03-04 12:00', '10 hours')",
    "SELECT g::date::text FROM generate_series(date '2024-01-31', date '2024-05-01', interval '1 month') g",
    "SELECT count(*) FROM generate_series(timestamptz '2024-03-30 00:00+00', timestamptz '2024-04-02 00:00+00', interval '1 day')",
    "SELECT * FROM generate_series(timestamp '2008-03-01', timestamp '2008-03-04', interval '0 days')",
    "SELECT * FROM generate_series(timestamp '2008-03-04', timestamp '2008-03-01', interval '-1 day')",
  ]),
  c('dt: now types', [
    'SELECT pg_typeof(now()) a, pg_typeof(current_date) b, pg_typeof(current_time) c, pg_typeof(localtimestamp) d, pg_typeof(current_timestamp) e, pg_typeof(localtime) f, pg_typeof(transaction_timestamp()) g, pg_typeof(clock_timestamp()) h, pg_typeof(statement_timestamp()) i, pg_typeof(timeofday()) j',
    'SELECT now() = current_timestamp AS a, current_date = now()::date AS b, pg_typeof(current_timestamp(2)) c',
  ]),
  c('dt: timestamp precision', [
    "SELECT timestamp(0) '2001-02-16 20:38:40.5' ::text a, '2001-02-16 20:38:40.5'::timestamp(0)::text b, '2001-02-16 20:38:40.49'::timestamp(1)::text c, '2001-02-16 23:59:59.9'::timestamp(0)::text d, '12:34:56.789'::time(1)::text e, interval(0) '1.5 seconds'::text f, '1.56 seconds'::interval(1)::text g",
  ]),
  c(
    'dt: timestamp precision columns',
    [
      "INSERT INTO t VALUES ('2001-02-16 20:38:40.5', '2001-02-16 20:38:40.4999+00', '1 day 1.5 seconds', '10:00:00.75') RETURNING a::text, b::text, c::text, d::text",
      'SELECT a::text, b::text, c::text, d::text FROM t',
    ],
    'CREATE TABLE t (a timestamp(0), b timestamptz(2), c interval(0), d time(0))',
  ),
  c('dt: interval field restrictions', [
    "SELECT interval '1 year 2 months 3 days 4 hours' year::text a, interval '1 year 2 months 3 days 4 hours' month::text b, interval '1 day 4:05:06' hour::text c, interval '1 day 4:05:06' day to minute::text d, interval '4:05:06.7' minute to second::text e, interval '4:05:06.78' second(1)::text f",
    "SELECT '5'::interval hour::text a, '5'::interval day::text b, '5'::interval::text c, '1:2'::interval minute to second::text d, '1:2'::interval::text e",
  ]),
  c(
    'dt: interval columns with fields',
    [
      "INSERT INTO t VALUES ('1 year 2 months 3 days', '3 days 04:05:06.7', '90') RETURNING a::text, b::text, c::text",
    ],
    'CREATE TABLE t (a interval year to month, b interval day to second(0), c interval minute)',
  ),
  c('dt: input errors', [
    "SELECT date '2001-02-30'",
    "SELECT date 'garbage'",
    "SELECT timestamp '2001-02-16 25:00'",
    "SELECT '2001-13-01'::date",
    "SELECT '13:60:01'::time",
    "SELECT 'abc'::interval",
    "SELECT '1 fortnight'::interval",
    "SELECT '2001-02-16 20:38:40 Mars/Base'::timestamptz",
    "SELECT '20010216'::date::text a, '16-Feb-2001'::date::text b, 'February 16, 2001'::date::text c, '2001.047'::date::text d, 'J2451957'::date::text e, '01/02/03'::date::text f",
  ]),
  c('dt: datestyle', [
    "SET datestyle = 'DMY'",
    "SELECT '01/02/03'::date::text",
    "SET datestyle = 'ISO, YMD'",
    "SELECT '01/02/03'::date::text",
    "SET datestyle = 'SQL, DMY'",
    "SELECT date '2001-02-16'::text a, timestamp '2001-02-16 20:38:40'::text b, timestamptz '2001-02-16 20:38:40+00'::text c",
    "SET datestyle = 'German'",
    "SELECT date '2001-02-16'::text a, timestamp '2001-02-16 20:38:40'::text b",
    "SET datestyle = 'Postgres, MDY'",
    "SELECT date '2001-02-16'::text a, timestamp '2001-02-16 20:38:40'::text b, timestamptz '2001-02-16 20:38:40+00'::text c",
  ]),
  c('dt: special values', [
    "SELECT 'epoch'::timestamp::text a, 'allballs'::time::text b, 'today'::date = current_date c, 'tomorrow'::date - 'yesterday'::date d, 'now'::timestamptz <= now() e",
  ]),
  c('dt: date params node-pg', [
    {
      sql: 'SELECT $1::date + 1 AS a, $1::date - 1 AS b, $2::timestamptz AS c, $3::interval AS d',
      params: ['2024-02-28', '2024-03-10T12:00:00Z', '1 day 2 hours'],
    },
    { sql: 'SELECT $1::timestamp - $2::timestamp AS d', params: ['2024-03-10 12:00', '2024-03-01'] },
  ]),
  c(
    'dt: column arithmetic',
    [
      "INSERT INTO ev(at, d) VALUES ('2024-01-31 10:00', '2024-01-31'), ('2024-02-29 23:59:59.999999', '2024-02-29')",
      "SELECT at + interval '1 month' AS a, d + interval '1 month' AS b, d + 1 AS c, (at - d)::text AS e FROM ev ORDER BY at",
      "SELECT date_trunc('month', at)::text, extract(day from at), to_char(at, 'YYYY-MM-DD HH24:MI:SS.US') FROM ev ORDER BY at",
      "SELECT * FROM ev WHERE at BETWEEN '2024-01-01' AND '2024-02-01'",
      'SELECT max(at)::text, min(d)::text, max(at) - min(at) AS span FROM ev',
    ],
    'CREATE TABLE ev (id serial, at timestamp, d date)',
  ),
  c('dt: interval comparison and sum', [
    "SELECT interval '1 month' = interval '30 days' a, interval '1 day' = interval '24 hours' b, interval '1 day' > interval '23 hours' c",
    "SELECT sum(x)::text, avg(x)::text FROM (VALUES (interval '1 hour'), (interval '90 minutes'), (NULL)) v(x)",
  ]),
  c('dt: timestamp vs timestamptz comparison', [
    "SET TimeZone = 'America/New_York'",
    "SELECT timestamp '2024-01-01 00:00' = timestamptz '2024-01-01 05:00+00' a, timestamp '2024-01-01'::timestamptz::text b, timestamptz '2024-01-01 05:00+00'::timestamp::text c, timestamptz '2024-01-01 05:00+00'::date::text d",
  ]),
  c('dt: dst arithmetic', [
    "SET TimeZone = 'America/Chicago'",
    "SELECT (timestamptz '2005-04-02 12:00-07' + interval '1 day')::text a, (timestamptz '2005-04-02 12:00-07' + interval '24 hours')::text b, (timestamptz '2005-04-03 12:00-06' - timestamptz '2005-04-02 12:00-07')::text c",
  ]),
  c('dt: time with time zone', [
    "SELECT '04:05:06-08:00'::timetz::text a, time with time zone '04:05:06 PST'::text b, ('04:05:06+00'::timetz AT TIME ZONE '+03')::text c, pg_typeof(current_time)",
  ]),
  c('dt: to_char to_date', [
    "SELECT to_date('05 Dec 2000', 'DD Mon YYYY')::text a, to_timestamp('05 Dec 2000 10:11', 'DD Mon YYYY HH24:MI')::text b, to_char(interval '15h 2m 12s', 'HH24:MI:SS') c, to_char(date '2001-02-16', 'Day, DDth Month YYYY') d",
    "SELECT to_date('2000-13-01', 'YYYY-MM-DD')",
    "SELECT to_date('2000-02-30', 'YYYY-MM-DD')",
  ]),
  c('dt: extract from time and timetz', [
    "SELECT extract(hour from time '13:45:30.25') a, extract(second from time '13:45:30.25') b, extract(epoch from time '01:00') c, extract(epoch from interval '1 month') d, extract(epoch from interval '1 year') e",
  ]),
  c('dt: date_part numeric types', [
    "SELECT date_part('day', timestamp '2001-02-16') + 1 AS a, extract(day from timestamp '2001-02-16') + 1 AS b, extract(epoch from timestamptz '2024-01-01 00:00:00+00')::bigint AS c, floor(extract(epoch from timestamp '2024-01-01 00:00:00.5')) d",
  ]),
  c('dt: isodow week edge', [
    "SELECT extract(week from date '2005-01-01') a, extract(isoyear from date '2005-01-01') b, extract(week from date '2008-12-29') c, extract(isoyear from date '2008-12-29') d, to_char(date '2005-01-01', 'IYYY-IW') e",
  ]),
];
