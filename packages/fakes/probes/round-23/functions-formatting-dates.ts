const q = (name: string, ...steps: string[]) => ({ name, steps });
export default [
  // to_char numbers
  q(
    'to_char 9 and 0',
    "SELECT to_char(123.45, '999.99') AS a, to_char(123.45, '0000.000') AS b, to_char(-5, '999') AS c, to_char(5, '000') AS d, to_char(12345, '999') AS e",
  ),
  q(
    'to_char FM',
    "SELECT to_char(123.4, 'FM999.99') AS a, to_char(0.5, 'FM0.00') AS b, to_char(10, 'FM9999') AS c, to_char(1.0, 'FM9.9') AS d",
  ),
  q(
    'to_char PR S MI',
    "SELECT to_char(-12, '999PR') AS a, to_char(12, '999PR') AS b, to_char(-12, 'S999') AS c, to_char(12, 'S999') AS d, to_char(-12, '999MI') AS e, to_char(12, '999S') AS f, to_char(-12, 'SG999') AS g, to_char(12, 'PL999') AS h",
  ),
  q(
    'to_char L D G',
    "SELECT to_char(1234.5, 'L9,999.99') AS a, to_char(1234.5, '9G999D99') AS b, to_char(1234567.891, '9,999,999.99') AS c",
  ),
  q(
    'to_char V',
    "SELECT to_char(12.4, '99V9') AS a, to_char(12.45, '99V99') AS b, to_char(0.1, '9V999') AS c",
  ),
  q(
    'to_char EEEE',
    "SELECT to_char(12345.678, '9.99EEEE') AS a, to_char(0.000123, '9.9EEEE') AS b, to_char(0, '9.99EEEE') AS c",
  ),
  q(
    'to_char RN',
    "SELECT to_char(1987, 'RN') AS a, to_char(4, 'FMRN') AS b, to_char(3999, 'rn') AS c, to_char(0, 'RN') AS d",
  ),
  q('to_char TH', "SELECT to_char(1, '9th') AS a, to_char(22, '99TH') AS b, to_char(13, '99th') AS c"),
  q(
    'to_char float and bigint',
    "SELECT to_char(3.14159::float8, '9.999') AS a, to_char(1e10::bigint, '99,999,999,999') AS b, to_char(2.5::real, '9.9') AS c",
  ),
  q(
    'to_char rounding',
    "SELECT to_char(2.5, '9') AS a, to_char(-2.5, '9') AS b, to_char(0.05, '9.9') AS c, to_char(999.99, '999.9') AS d",
  ),
  q('to_char overflow hashes', "SELECT to_char(1000, '99') AS a, to_char(123.456, '99.9') AS b"),
  q(
    'to_char numeric leading dot',
    "SELECT to_char(0.5, '.99') AS a, to_char(0.5, '9.99') AS b, to_char(-0.5, '0.99') AS c",
  ),
  q(
    'to_char literal text in number',
    "SELECT to_char(485, '\"Total:\" 999') AS a, to_char(485, '9 9 9') AS b",
  ),
  q(
    'to_char interval',
    "SELECT to_char(interval '15h 2m 12s', 'HH24:MI:SS') AS a, to_char(interval '3 days 4 hours', 'DD HH24') AS b",
  ),
  // to_char timestamps
  q(
    'to_char timestamp basics',
    "SELECT to_char(timestamp '2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.US') AS a, to_char(timestamp '2024-03-05 14:07:09.123', 'HH12:MI:SS AM MS') AS b",
  ),
  q(
    'to_char iso year week',
    "SELECT to_char(date '2021-01-01', 'IYYY-IW-ID') AS a, to_char(date '2020-12-31', 'IYYY IW') AS b, to_char(date '2024-12-30', 'IYYY-IW') AS c",
  ),
  q(
    'to_char month day names',
    "SELECT to_char(date '2024-03-05', 'MON Mon mon MONTH Month month') AS a, to_char(date '2024-03-05', 'DAY Day day DY Dy dy') AS b",
  ),
  q(
    'to_char FM names',
    "SELECT to_char(date '2024-03-05', 'FMMonth FMDay FMDD') AS a, to_char(date '2024-05-05', 'FMMM/FMDD') AS b",
  ),
  q(
    'to_char DDD WW W Q',
    "SELECT to_char(date '2024-12-31', 'DDD WW W Q D') AS a, to_char(date '2024-01-01', 'DDD WW IDDD') AS b",
  ),
  q(
    'to_char TH suffix dates',
    "SELECT to_char(date '2024-03-01', 'DDth') AS a, to_char(date '2024-03-02', 'DDTH') AS b, to_char(date '2024-03-03', 'FMDDth') AS c, to_char(date '2024-03-11', 'DDth') AS d, to_char(date '2024-03-22', 'DDth') AS e",
  ),
  q(
    'to_char TZ OF',
    "SET TIME ZONE 'America/New_York'",
    "SELECT to_char(timestamptz '2024-07-01 12:00+00', 'YYYY-MM-DD HH24:MI TZ OF') AS a, to_char(timestamptz '2024-01-01 12:00+00', 'TZ OF tz') AS b",
  ),
  q('to_char TZ on timestamp without', "SELECT to_char(timestamp '2024-07-01 12:00', 'TZ') AS a"),
  q(
    'to_char TZH TZM',
    "SET TIME ZONE 'Asia/Kolkata'",
    "SELECT to_char(timestamptz '2024-07-01 12:00+00', 'TZH:TZM') AS a",
  ),
  q(
    'to_char AM PM variants',
    "SELECT to_char(timestamp '2024-01-01 00:30', 'HH12 AM a.m. pm P.M.') AS a, to_char(timestamp '2024-01-01 12:30', 'HH12 PM') AS b, to_char(timestamp '2024-01-01 23:30', 'HH HH12 HH24') AS c",
  ),
  q(
    'to_char century julian',
    "SELECT to_char(date '2024-03-05', 'CC J') AS a, to_char(date '2000-01-01', 'CC') AS b, to_char(date '2001-01-01', 'CC') AS c",
  ),
  q('to_char Y,YYY YY Y', "SELECT to_char(date '2024-03-05', 'Y,YYY YYY YY Y') AS a"),
  q(
    'to_char escape quotes and backslash',
    'SELECT to_char(date \'2024-03-05\', \'"Year" YYYY "Day\\"" DD\') AS a',
  ),
  q(
    'to_char SSSS and FF',
    "SELECT to_char(timestamp '2024-01-01 01:02:03.456789', 'SSSS SSSSS FF1 FF3 FF6') AS a",
  ),
  q(
    'to_char BC',
    "SELECT to_char(date '0044-03-15 BC', 'YYYY BC') AS a, to_char(date '2024-01-01', 'YYYY AD') AS b",
  ),
  q('to_char of date NULL', "SELECT to_char(NULL::date, 'YYYY') AS a, to_char(date '2024-01-01', '') AS b"),
  q(
    'to_char timestamptz in zone',
    "SET TIME ZONE 'Europe/Paris'",
    "SELECT to_char(timestamptz '2024-03-31 00:59:59+00', 'YYYY-MM-DD HH24:MI:SS') AS a, to_char(timestamptz '2024-03-31 01:00:00+00', 'HH24') AS b",
  ),
  // to_number
  q(
    'to_number',
    "SELECT to_number('12,454.8-', '99G999D9S') AS a, to_number('$1,234.50', 'L9,999.99') AS b, to_number('  42', '999') AS c, to_number('-5', '9') AS d, to_number('1.5e3', '9.9EEEE') AS e",
  ),
  q('to_number no digits', "SELECT to_number('abc', '999')"),
  q('to_number fewer digits', "SELECT to_number('12345', '99') AS a, to_number('12.345', '99.9') AS b"),
  q('to_number PR', "SELECT to_number('<123>', '999PR') AS a"),
  // to_date to_timestamp
  q(
    'to_date formats',
    "SELECT to_date('05 Dec 2000', 'DD Mon YYYY') AS a, to_date('2000-12-05', 'YYYY-MM-DD') AS b, to_date('20001205', 'YYYYMMDD') AS c, to_date('2024 060', 'YYYY DDD') AS d",
  ),
  q('to_date iso week', "SELECT to_date('2021-01-1', 'IYYY-IW-ID') AS a"),
  q('to_date out of range month', "SELECT to_date('2024-13-01', 'YYYY-MM-DD')"),
  q('to_date out of range day', "SELECT to_date('2024-02-30', 'YYYY-MM-DD')"),
  q('to_timestamp out of range hour', "SELECT to_timestamp('2024-01-01 25:00', 'YYYY-MM-DD HH24:MI')"),
  q('to_timestamp hh12 out of range', "SELECT to_timestamp('13:00', 'HH12:MI')"),
  q(
    'to_timestamp AM PM',
    "SELECT to_timestamp('2024-01-01 07:30 PM', 'YYYY-MM-DD HH12:MI AM')::timestamp AS a",
  ),
  q(
    'to_timestamp fraction',
    "SELECT to_timestamp('2024-01-01 10:00:00.123456', 'YYYY-MM-DD HH24:MI:SS.US')::timestamp AS a, to_timestamp('1.5', 'SS.MS')::timestamp AS b",
  ),
  q(
    'to_timestamp TZH',
    "SET TIME ZONE 'UTC'",
    "SELECT to_timestamp('2024-01-01 10:00 +05:30', 'YYYY-MM-DD HH24:MI TZH:TZM') AS a",
  ),
  q(
    'to_timestamp month name',
    "SET TIME ZONE 'UTC'",
    "SELECT to_timestamp('15 March 2024', 'DD Month YYYY') AS a, to_timestamp('Mar-15-2024', 'Mon-DD-YYYY') AS b",
  ),
  q(
    'to_timestamp extra spaces and FX',
    "SET TIME ZONE 'UTC'",
    "SELECT to_timestamp('2000    JUN', 'YYYY MON') AS a, to_timestamp('2000 - JUN', 'YYYY-MON') AS b",
  ),
  q('to_timestamp FX strict', "SELECT to_timestamp('2000    JUN', 'FXYYYY MON')"),
  q('to_timestamp bad month name', "SELECT to_timestamp('2000 XYZ', 'YYYY MON')"),
  q(
    'to_timestamp double',
    "SET TIME ZONE 'UTC'",
    'SELECT to_timestamp(1284352323) AS a, to_timestamp(1.5) AS b, to_timestamp(-1) AS c, pg_typeof(to_timestamp(0))::text AS d',
  ),
  q(
    'to_timestamp infinity double',
    "SELECT to_timestamp('Infinity'::float8) AS a, to_timestamp('-Infinity'::float8) AS b",
  ),
  q('to_timestamp NaN errors', "SELECT to_timestamp('NaN'::float8)"),
  q(
    'to_date year zero and short year',
    "SELECT to_date('24-03-05', 'YY-MM-DD') AS a, to_date('70-01-01', 'YY-MM-DD') AS b, to_date('0001-01-01', 'YYYY-MM-DD') AS c",
  ),
  q('to_date with time parts ignored', "SELECT to_date('2024-01-02 23:00', 'YYYY-MM-DD HH24:MI') AS a"),
  q('to_date day name', "SELECT to_date('Tuesday 2024-03-05', 'Day YYYY-MM-DD') AS a"),
  q('to_date conflicting fields', "SELECT to_date('2024 060 03', 'YYYY DDD MM')"),
  q('to_char of timestamp infinity', "SELECT to_char('infinity'::timestamp, 'YYYY') AS a"),
  // extract/date_part
  q(
    'extract all fields timestamp',
    "SELECT extract(century FROM ts) AS cen, extract(day FROM ts) AS d, extract(decade FROM ts) AS dec, extract(dow FROM ts) AS dow, extract(doy FROM ts) AS doy, extract(epoch FROM ts) AS ep, extract(hour FROM ts) AS h, extract(isodow FROM ts) AS idow, extract(isoyear FROM ts) AS iy, extract(julian FROM ts) AS j, extract(microseconds FROM ts) AS us, extract(millennium FROM ts) AS mil, extract(milliseconds FROM ts) AS ms, extract(minute FROM ts) AS mi, extract(month FROM ts) AS mo, extract(quarter FROM ts) AS qu, extract(second FROM ts) AS s, extract(week FROM ts) AS w, extract(year FROM ts) AS y FROM (SELECT timestamp '2021-01-03 04:05:06.789' AS ts) x",
  ),
  q(
    'extract timezone fields',
    "SET TIME ZONE 'Asia/Kolkata'",
    'SELECT extract(timezone FROM now()) AS tz, extract(timezone_hour FROM now()) AS th, extract(timezone_minute FROM now()) AS tm',
  ),
  q('extract timezone of timestamp errors', "SELECT extract(timezone FROM timestamp '2024-01-01')"),
  q(
    'extract from date',
    "SELECT extract(epoch FROM date '2024-01-02') AS e, extract(dow FROM date '2024-01-07') AS dow, extract(isodow FROM date '2024-01-07') AS idow, extract(century FROM date '0001-01-01') AS c, extract(century FROM date '0001-01-01 BC') AS cbc, extract(year FROM date '0010-01-01 BC') AS ybc",
  ),
  q('extract hour from date errors', "SELECT extract(hour FROM date '2024-01-01')"),
  q(
    'extract from interval',
    "SELECT extract(epoch FROM interval '1 day 2 hours') AS e, extract(day FROM interval '40 days') AS d, extract(month FROM interval '14 months') AS m, extract(year FROM interval '14 months') AS y, extract(hour FROM interval '25 hours') AS h, extract(epoch FROM interval '1 month') AS em, extract(century FROM interval '250 years') AS c",
  ),
  q(
    'extract from time',
    "SELECT extract(hour FROM time '13:45:30.5') AS h, extract(second FROM time '13:45:30.5') AS s, extract(epoch FROM time '01:00') AS e",
  ),
  q(
    'extract typing numeric',
    "SELECT pg_typeof(extract(year FROM now()))::text AS a, pg_typeof(date_part('year', now()))::text AS b, extract(second FROM timestamp '2024-01-01 00:00:01.5') AS c, date_part('second', timestamp '2024-01-01 00:00:01.5') AS d",
  ),
  q(
    'date_part all kinds',
    "SELECT date_part('epoch', timestamp '2024-01-01 00:00:00.5') AS a, date_part('julian', date '2024-01-01') AS b, date_part('microseconds', time '00:00:01.25') AS c, date_part('dow', timestamptz '2024-01-01 00:00+00') AS d",
  ),
  q('extract julian with time', "SELECT extract(julian FROM timestamp '2024-01-01 12:00') AS a"),
  q('extract unknown field errors', 'SELECT extract(fortnight FROM now())'),
  q('date_part unknown errors', "SELECT date_part('fortnight', now())"),
  q(
    'extract epoch timestamptz',
    "SET TIME ZONE 'America/New_York'",
    "SELECT extract(epoch FROM timestamptz '2024-01-01 00:00:00+00') AS a, extract(epoch FROM timestamp '2024-01-01 00:00:00') AS b, extract(hour FROM timestamptz '2024-01-01 00:00:00+00') AS c",
  ),
  q(
    'extract from infinity',
    "SELECT extract(year FROM 'infinity'::timestamp) AS a, extract(epoch FROM '-infinity'::timestamp) AS b, extract(dow FROM 'infinity'::date) AS c",
  ),
  q(
    'extract week boundaries',
    "SELECT extract(week FROM date '2005-01-01') AS a, extract(isoyear FROM date '2005-01-01') AS b, extract(week FROM date '2008-12-29') AS c",
  ),
  // date_trunc
  q(
    'date_trunc fields',
    "SELECT date_trunc('millennium', ts) AS a, date_trunc('century', ts) AS b, date_trunc('decade', ts) AS c, date_trunc('quarter', ts) AS d, date_trunc('week', ts) AS e, date_trunc('second', ts) AS f, date_trunc('milliseconds', ts) AS g FROM (SELECT timestamp '2021-08-17 13:14:15.678' ts) x",
  ),
  q(
    'date_trunc with time zone arg',
    "SET TIME ZONE 'UTC'",
    "SELECT date_trunc('day', timestamptz '2001-02-16 20:38:40+00', 'Australia/Sydney') AS a, date_trunc('month', timestamptz '2024-03-01 03:00+00', 'America/New_York') AS b",
  ),
  q(
    'date_trunc timestamptz session zone',
    "SET TIME ZONE 'Europe/Berlin'",
    "SELECT date_trunc('day', timestamptz '2024-03-31 12:00+00') AS a, date_trunc('hour', timestamptz '2024-03-31 01:30+00') AS b",
  ),
  q(
    'date_trunc interval',
    "SELECT date_trunc('hour', interval '3 days 02:47:33') AS a, date_trunc('year', interval '15 months') AS b",
  ),
  q(
    'date_trunc date input typing',
    "SELECT date_trunc('month', date '2024-03-15') AS a, pg_typeof(date_trunc('month', date '2024-03-15'))::text AS b",
  ),
  q('date_trunc bad unit', "SELECT date_trunc('fortnight', now())"),
  q('date_trunc timestamp with zone arg errors', "SELECT date_trunc('day', timestamp '2024-01-01', 'UTC')"),
  // date_bin
  q(
    'date_bin',
    "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01') AS a, date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01 00:02:30') AS b, date_bin('1 day', timestamp '2020-02-11 15:44:17', timestamp '2020-02-12') AS c",
  ),
  q('date_bin month errors', "SELECT date_bin('1 month', timestamp '2020-02-11', timestamp '2001-01-01')"),
  q(
    'date_bin zero stride errors',
    "SELECT date_bin('0 minutes', timestamp '2020-02-11', timestamp '2001-01-01')",
  ),
  q(
    'date_bin timestamptz',
    "SET TIME ZONE 'UTC'",
    "SELECT date_bin('1 hour', timestamptz '2024-01-01 10:30+02', timestamptz '2024-01-01 00:00+00') AS a",
  ),
  // age
  q(
    'age two args',
    "SELECT age(timestamp '2001-04-10', timestamp '1957-06-13') AS a, age(timestamp '2024-01-31', timestamp '2024-02-29') AS b, age(date '2024-03-01', date '2024-01-31') AS c",
  ),
  q(
    'age one arg type',
    "SELECT pg_typeof(age(timestamp '2000-01-01'))::text AS a, age(current_date::timestamp, current_date::timestamp) AS b",
  ),
  q(
    'age timestamptz across dst',
    "SET TIME ZONE 'America/New_York'",
    "SELECT age(timestamptz '2024-03-11 12:00-04', timestamptz '2024-03-09 12:00-05') AS a",
  ),
  // make_*
  q(
    'make functions',
    "SET TIME ZONE 'UTC'",
    "SELECT make_date(2013, 7, 15) AS a, make_time(8, 15, 23.5) AS b, make_timestamp(2013, 7, 15, 8, 15, 23.5) AS c, make_timestamptz(2013, 7, 15, 8, 15, 23.5) AS d, make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'America/New_York') AS e",
  ),
  q('make_date negative year', 'SELECT make_date(-44, 3, 15) AS a'),
  q('make_date invalid', 'SELECT make_date(2023, 2, 29)'),
  q('make_date year zero', 'SELECT make_date(0, 1, 1)'),
  q('make_time invalid', 'SELECT make_time(24, 0, 1)'),
  q('make_time 24', 'SELECT make_time(24, 0, 0) AS a'),
  q(
    'make_interval args',
    'SELECT make_interval(1, 2, 3, 4, 5, 6, 7.5) AS a, make_interval(weeks => 2) AS b, make_interval(secs => 90.25) AS c, make_interval() AS d, make_interval(mins => -5) AS e',
  ),
  // justify
  q(
    'justify',
    "SELECT justify_days(interval '35 days') AS a, justify_hours(interval '27 hours') AS b, justify_interval(interval '1 mon -1 hour') AS c, justify_days(interval '-35 days') AS d, justify_interval(interval '-1 mon 40 days 30 hours') AS e",
  ),
  // AT TIME ZONE
  q(
    'at time zone both directions',
    "SET TIME ZONE 'UTC'",
    "SELECT timestamp '2001-02-16 20:38:40' AT TIME ZONE 'America/Denver' AS a, timestamptz '2001-02-16 20:38:40-05' AT TIME ZONE 'America/Denver' AS b, timestamp '2001-02-16 20:38:40' AT TIME ZONE 'Asia/Tokyo' AT TIME ZONE 'America/Chicago' AS c",
  ),
  q(
    'at time zone offsets and intervals',
    "SET TIME ZONE 'UTC'",
    "SELECT timestamp '2024-01-01 12:00' AT TIME ZONE '+05' AS a, timestamp '2024-01-01 12:00' AT TIME ZONE INTERVAL '-02:00' AS b, timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'UTC+3' AS c",
  ),
  q(
    'at time zone typing',
    "SELECT pg_typeof(now() AT TIME ZONE 'UTC')::text AS a, pg_typeof(localtimestamp AT TIME ZONE 'UTC')::text AS b",
  ),
  q('at time zone bad zone', "SELECT now() AT TIME ZONE 'Mars/Olympus'"),
  q(
    'timezone function',
    "SET TIME ZONE 'UTC'",
    "SELECT timezone('Europe/London', timestamp '2024-07-01 12:00') AS a, timezone('Europe/London', timestamptz '2024-07-01 12:00+00') AS b",
  ),
  q('at time zone time with time zone', "SELECT time with time zone '05:34:17-05' AT TIME ZONE 'UTC' AS a"),
  // overlaps
  q(
    'overlaps',
    "SELECT (DATE '2001-02-16', DATE '2001-12-21') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS a, (DATE '2001-02-16', INTERVAL '100 days') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS b, (DATE '2001-10-29', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') AS c, (DATE '2001-10-30', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') AS d",
  ),
  q(
    'overlaps reversed and null',
    "SELECT (DATE '2001-12-21', DATE '2001-02-16') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS a, (DATE '2001-01-01', NULL::date) OVERLAPS (DATE '2000-01-01', DATE '2002-01-01') AS b",
  ),
  // arithmetic
  q(
    'date arithmetic',
    "SELECT date '2001-09-28' + 7 AS a, date '2001-10-01' - date '2001-09-28' AS b, date '2001-10-01' - 7 AS c, date '2001-09-28' + interval '1 hour' AS d, date '2001-09-28' + time '03:00' AS e, pg_typeof(date '2001-10-01' - date '2001-09-28')::text AS f",
  ),
  q(
    'timestamp arithmetic',
    "SELECT timestamp '2001-09-29 03:00' - timestamp '2001-07-27 12:00' AS a, timestamp '2001-09-28 23:00' - interval '23 hours' AS b, interval '1 hour' * 3.5 AS c, interval '1 hour' / 1.5 AS d, 900 * interval '1 second' AS e, interval '1 day' - interval '1 hour' AS f",
  ),
  q(
    'interval times float',
    "SELECT interval '1 month' * 1.5 AS a, interval '1 day' * 0.3 AS b, interval '1 mon 1 day' / 3 AS c, - interval '23 hours' AS d",
  ),
  q('interval division by zero', "SELECT interval '1 day' / 0"),
  q(
    'timestamptz minus timestamptz',
    "SET TIME ZONE 'America/New_York'",
    "SELECT timestamptz '2024-03-11 00:00' - timestamptz '2024-03-10 00:00' AS a, timestamptz '2024-03-10 00:00' + interval '1 day' AS b, timestamptz '2024-03-10 00:00' + interval '24 hours' AS c",
  ),
  q('date plus int overflow', "SELECT date '5874897-12-31' + 1"),
  q(
    'month end arithmetic',
    "SELECT date '2024-01-31' + interval '1 month' AS a, timestamp '2024-03-31' - interval '1 month' AS b, date '2023-02-28' + interval '1 year' AS c",
  ),
  q(
    'now typing',
    'SELECT pg_typeof(now())::text AS a, pg_typeof(current_date)::text AS b, pg_typeof(current_time)::text AS c, pg_typeof(current_timestamp)::text AS d, pg_typeof(localtime)::text AS e, pg_typeof(localtimestamp)::text AS f, pg_typeof(clock_timestamp())::text AS g, pg_typeof(statement_timestamp())::text AS h, pg_typeof(transaction_timestamp())::text AS i, pg_typeof(timeofday())::text AS j',
  ),
  q(
    'now equals transaction timestamp',
    "SELECT now() = transaction_timestamp() AS a, now() = current_timestamp AS b, current_timestamp(0) <= now() + interval '1 second' AS c",
  ),
  q(
    'current_time precision',
    'SELECT pg_typeof(current_time(2))::text AS a, pg_typeof(localtimestamp(3))::text AS b',
  ),
  // generate_series timestamps
  q(
    'generate_series timestamps',
    "SELECT * FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-02', interval '6 hours') AS g",
  ),
  q(
    'generate_series dates implicit',
    "SELECT g::date AS d FROM generate_series(date '2024-01-30', date '2024-03-01', interval '1 month') AS g",
  ),
  q(
    'generate_series timestamptz dst',
    "SET TIME ZONE 'Europe/Paris'",
    "SELECT g FROM generate_series(timestamptz '2024-03-30 12:00', timestamptz '2024-04-01 12:00', interval '1 day') AS g",
  ),
  q(
    'generate_series timestamps negative step',
    "SELECT * FROM generate_series(timestamp '2024-01-02', timestamp '2024-01-01', interval '-12 hours') AS g",
  ),
  q(
    'generate_series zero interval errors',
    "SELECT * FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-02', interval '0')",
  ),
  q(
    'generate_series timestamp typing',
    "SELECT pg_typeof(g)::text AS t FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-01', interval '1 day') g",
  ),
  // isfinite
  q(
    'isfinite',
    "SELECT isfinite(date '2001-02-16') AS a, isfinite(timestamp 'infinity') AS b, isfinite(interval '4 hours') AS c, isfinite('-infinity'::date) AS d",
  ),
  q(
    'infinity arithmetic',
    "SELECT 'infinity'::timestamp + interval '1 day' AS a, 'infinity'::date - 1 AS b, 'infinity'::timestamp > now()::timestamp AS c",
  ),
  q('infinity minus infinity', "SELECT 'infinity'::timestamp - 'infinity'::timestamp"),
  q('date minus date infinity errors', "SELECT 'infinity'::date - date '2024-01-01'"),
  q(
    'interval output and comparison',
    "SELECT interval '1 day' = interval '24 hours' AS a, interval '1 month' = interval '30 days' AS b, interval '1 year 2 mons 3 days 04:05:06.7' AS c, interval 'P1Y2M3DT4H5M6S' AS d",
  ),
  q(
    'interval arithmetic on time',
    "SELECT time '23:00' + interval '2 hours' AS a, time '01:00' - time '03:00' AS b, time '05:00' - interval '6 hours' AS c",
  ),
  q(
    'date subtraction in where',
    'CREATE TABLE ev (id int, d date)',
    "INSERT INTO ev VALUES (1, '2024-01-01'), (2, '2024-02-15')",
    "SELECT id, date '2024-03-01' - d AS days FROM ev WHERE d > date '2024-03-01' - 30 ORDER BY id",
  ),
  q(
    'timestamp precision rounding',
    "SELECT '2024-01-01 00:00:00.1234567'::timestamp AS a, '2024-01-01 00:00:00.5'::timestamp(0) AS b, '23:59:59.9999999'::time AS c",
  ),
  q(
    'date_part on time with time zone',
    "SELECT date_part('timezone', timetz '12:00+05:30') AS a, extract(timezone_hour FROM timetz '12:00-03') AS b",
  ),
  q(
    'extract from timestamptz isoyear',
    "SET TIME ZONE 'UTC'",
    "SELECT extract(isoyear FROM timestamptz '2006-01-01 00:00+00') AS a, extract(week FROM timestamptz '2006-01-01 00:00+00') AS b",
  ),
  q('age with one arg midnight', 'SELECT age(current_date::timestamp) AS a'),
  q('make_timestamptz invalid zone', "SELECT make_timestamptz(2024, 1, 1, 0, 0, 0, 'Nowhere/City')"),
  q('make_timestamp fractional second overflow', 'SELECT make_timestamp(2024, 1, 1, 0, 0, 60)'),
  q('make_timestamp 59.9999999', 'SELECT make_timestamp(2024, 1, 1, 0, 0, 59.9999999) AS a'),
  q(
    'date_trunc week on sunday',
    "SELECT date_trunc('week', date '2024-03-10') AS a, date_trunc('week', timestamp '2024-03-11 00:00') AS b",
  ),
  q(
    'interval extract negative',
    "SELECT extract(hour FROM interval '-3 hours 20 minutes') AS a, extract(minute FROM interval '-3 hours 20 minutes') AS b, extract(epoch FROM interval '-1 year') AS c",
  ),
  q(
    'to_char interval weird',
    "SELECT to_char(interval '-1 day 2 hours', 'DD HH24') AS a, to_char(interval '100 hours', 'HH24') AS b, to_char(interval '1 year 2 months', 'YYYY MM') AS c",
  ),
];
