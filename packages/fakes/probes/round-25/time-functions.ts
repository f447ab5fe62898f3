// Round 25 probe (helper b), date/time part 4: chapter 9.9's functions and operators as repository
// code uses them: interval arithmetic across DST and month ends, justify_*, age(), OVERLAPS,
// generate_series over timestamps, date_bin, date_trunc with a zone, extract/date_part, make_*,
// AT TIME ZONE, to_char/to_date/to_timestamp patterns, and date ranges as booking systems write
// them (containment, &&, exclusion constraints).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r25 time functions: ');
const NY = "SET TimeZone = 'America/New_York'";

const exprs: (readonly [string, string])[] = [
  // Interval arithmetic across DST and month ends.
  [
    '1 day across spring forward',
    "('2024-03-09 12:00 America/New_York'::timestamptz + interval '1 day')::text",
  ],
  [
    '24 hours across spring forward',
    "('2024-03-09 12:00 America/New_York'::timestamptz + interval '24 hours')::text",
  ],
  ['1 day across fall back', "('2024-11-02 12:00 America/New_York'::timestamptz + interval '1 day')::text"],
  ['1 day into the gap', "('2024-03-09 02:30 America/New_York'::timestamptz + interval '1 day')::text"],
  ['1 month from Jan 31', "('2024-01-31'::date + interval '1 month')::text"],
  ['1 month from Jan 31 non-leap', "('2023-01-31'::date + interval '1 month')::text"],
  ['1 month minus from Mar 31', "('2024-03-31'::date - interval '1 month')::text"],
  ['1 year from Feb 29', "('2024-02-29'::timestamp + interval '1 year')::text"],
  ['month then day vs day then month', "('2024-01-31'::timestamp + interval '1 month 1 day')::text"],
  [
    'timestamptz minus across DST',
    "('2024-03-11 00:00 America/New_York'::timestamptz - '2024-03-10 00:00 America/New_York'::timestamptz)::text",
  ],
  ['timestamp minus', "('2024-03-11 00:00'::timestamp - '2024-01-10 12:00'::timestamp)::text"],
  ['date minus date', "('2024-03-01'::date - '2024-02-01'::date)::text"],
  ['date plus integer', "('2024-02-28'::date + 2)::text"],
  ['date plus time', "('2024-02-28'::date + '10:30'::time)::text"],
  ['date plus timetz', "('2024-02-28'::date + '10:30+02'::timetz)::text"],
  ['date minus interval', "('2024-03-01'::date - interval '1 hour')::text"],
  ['time plus interval wraps', "('23:30'::time + interval '1 hour')::text"],
  ['time minus time', "('10:00'::time - '23:00'::time)::text"],
  ['interval times float', "(interval '1 month' * 1.5)::text"],
  ['interval divided', "(interval '1 month' / 3)::text"],
  ['interval times 0.3 days', "(interval '1 day' * 0.3)::text"],
  ['interval divided by 7', "(interval '1 year' / 7)::text"],
  ['interval negate', "(- interval '1 year 2 days 03:00')::text"],
  ['interval comparison 30 days = 1 month', "interval '30 days' = interval '1 month'"],
  ['interval comparison 24h = 1 day', "interval '24 hours' = interval '1 day'"],
  ['interval ordering', "interval '1 month' > interval '29 days 23:59:59'"],
  [
    'interval sum',
    "(SELECT sum(i)::text FROM (VALUES (interval '1 month'), (interval '40 days'), (interval '25 hours')) x(i))",
  ],
  [
    'interval avg',
    "(SELECT avg(i)::text FROM (VALUES (interval '1 month'), (interval '40 days'), (interval '25 hours')) x(i))",
  ],
  [
    'interval max',
    "(SELECT max(i)::text FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '720 hours')) x(i))",
  ],
  ['interval overflow', "(interval '178000000 years' * 2)::text"],
  ['timestamp overflow', "('294276-12-31'::timestamp + interval '1 day')::text"],
  ['date overflow', "('5874897-12-31'::date + 1)::text"],
  // justify_*.
  ['justify_days 35', "justify_days(interval '35 days')::text"],
  ['justify_days -35', "justify_days(interval '-35 days')::text"],
  ['justify_days mixed', "justify_days(interval '1 month -35 days')::text"],
  ['justify_hours 27', "justify_hours(interval '27 hours')::text"],
  ['justify_hours -27', "justify_hours(interval '-27 hours')::text"],
  ['justify_hours mixed', "justify_hours(interval '1 day -27 hours')::text"],
  ['justify_interval', "justify_interval(interval '1 mon -1 hour')::text"],
  ['justify_interval neg', "justify_interval(interval '-1 mon 50 days 30 hours')::text"],
  ['justify_interval big', "justify_interval(interval '400 days 100 hours')::text"],
  // age().
  ['age month ends', "age('2024-03-31'::timestamp, '2024-02-29'::timestamp)::text"],
  ['age reversed', "age('2024-02-29'::timestamp, '2024-03-31'::timestamp)::text"],
  ['age across years', "age('2024-01-15', '1990-07-20')::text"],
  [
    'age timestamptz DST',
    "age('2024-03-11 00:00 America/New_York'::timestamptz, '2024-03-10 00:00 America/New_York'::timestamptz)::text",
  ],
  ['age with time', "age('2024-03-01 01:00'::timestamp, '2024-01-31 23:00'::timestamp)::text"],
  ['age negative days', "age('2024-03-01'::timestamp, '2024-01-31'::timestamp)::text"],
  ['age date', "age('2024-03-01'::date::timestamp, '2023-03-01'::date::timestamp)::text"],
  ['age infinite', "age('infinity'::timestamp, '2024-01-01'::timestamp)::text"],
  ['age BC', "age('0001-01-01'::timestamp, '0001-12-31 BC'::timestamp)::text"],
  // OVERLAPS.
  [
    'overlaps basic',
    "(DATE '2024-01-01', DATE '2024-01-10') OVERLAPS (DATE '2024-01-05', DATE '2024-01-15')",
  ],
  [
    'overlaps touching',
    "(DATE '2024-01-01', DATE '2024-01-10') OVERLAPS (DATE '2024-01-10', DATE '2024-01-15')",
  ],
  [
    'overlaps interval',
    "(DATE '2024-01-01', INTERVAL '10 days') OVERLAPS (DATE '2024-01-10', DATE '2024-01-15')",
  ],
  [
    'overlaps reversed ends',
    "(DATE '2024-01-10', DATE '2024-01-01') OVERLAPS (DATE '2024-01-05', DATE '2024-01-06')",
  ],
  [
    'overlaps zero length',
    "(DATE '2024-01-05', DATE '2024-01-05') OVERLAPS (DATE '2024-01-05', DATE '2024-01-06')",
  ],
  [
    'overlaps zero length inside',
    "(DATE '2024-01-05', DATE '2024-01-05') OVERLAPS (DATE '2024-01-01', DATE '2024-01-06')",
  ],
  ['overlaps null end', "(DATE '2024-01-01', NULL::date) OVERLAPS (DATE '2024-01-05', DATE '2024-01-06')"],
  ['overlaps null both', "(DATE '2024-01-01', NULL::date) OVERLAPS (DATE '2023-01-05', DATE '2023-01-06')"],
  ['overlaps times', "(TIME '10:00', TIME '12:00') OVERLAPS (TIME '11:00', TIME '13:00')"],
  [
    'overlaps timestamptz',
    "('2024-01-01 10:00+00'::timestamptz, '2024-01-01 12:00+00'::timestamptz) OVERLAPS ('2024-01-01 13:00+02'::timestamptz, '2024-01-01 14:00+02'::timestamptz)",
  ],
  // generate_series and date_bin.
  [
    'generate_series days',
    "(SELECT string_agg(d::text, ',') FROM generate_series('2024-01-30'::timestamp, '2024-02-02', '1 day') d)",
  ],
  [
    'generate_series months from 31',
    "(SELECT string_agg(d::text, ',') FROM generate_series('2024-01-31'::timestamp, '2024-06-30', '1 month') d)",
  ],
  [
    'generate_series tz DST',
    "(SELECT string_agg(d::text, ',') FROM generate_series('2024-03-09 00:00 America/New_York'::timestamptz, '2024-03-12 00:00 America/New_York', '1 day') d)",
  ],
  [
    'generate_series hours DST',
    "(SELECT count(*)::text FROM generate_series('2024-11-03 00:00 America/New_York'::timestamptz, '2024-11-04 00:00 America/New_York', '1 hour') d)",
  ],
  [
    'generate_series dates',
    "(SELECT string_agg(d::date::text, ',') FROM generate_series('2024-02-27'::date, '2024-03-02'::date, '1 day') d)",
  ],
  [
    'generate_series backwards',
    "(SELECT string_agg(d::text, ',') FROM generate_series('2024-01-03'::timestamp, '2024-01-01', '-1 day') d)",
  ],
  [
    'generate_series zero step',
    "(SELECT count(*) FROM generate_series('2024-01-03'::timestamp, '2024-01-01', '0 day') d)",
  ],
  [
    'generate_series with timezone arg',
    "(SELECT string_agg(d::text, ',') FROM generate_series('2024-03-09 00:00+00'::timestamptz, '2024-03-12 00:00+00', '1 day', 'America/New_York') d)",
  ],
  ['date_bin 15 min', "date_bin('15 minutes', '2024-01-01 10:37:12'::timestamp, '2000-01-01')::text"],
  [
    'date_bin origin after',
    "date_bin('15 minutes', '2024-01-01 10:37:12'::timestamp, '2030-01-01 00:05')::text",
  ],
  ['date_bin month refused', "date_bin('1 month', '2024-01-01 10:37:12'::timestamp, '2000-01-01')::text"],
  ['date_bin negative', "date_bin('-15 minutes', '2024-01-01 10:37:12'::timestamp, '2000-01-01')::text"],
  [
    'date_bin tz',
    "date_bin('1 day', '2024-03-10 10:37:12 America/New_York'::timestamptz, '2000-01-01 00:00 America/New_York')::text",
  ],
  ['date_bin before origin', "date_bin('1 hour', '1999-12-31 22:30'::timestamp, '2000-01-01')::text"],
  // date_trunc.
  ['date_trunc day tz NY', "date_trunc('day', '2024-03-10 12:00+00'::timestamptz, 'America/New_York')::text"],
  [
    'date_trunc hour tz Kolkata',
    "date_trunc('hour', '2024-03-10 12:45+00'::timestamptz, 'Asia/Kolkata')::text",
  ],
  ['date_trunc week', "date_trunc('week', '2024-03-10 12:00'::timestamp)::text"],
  ['date_trunc quarter', "date_trunc('quarter', '2024-05-10 12:00'::timestamp)::text"],
  ['date_trunc decade', "date_trunc('decade', '2024-05-10'::timestamp)::text"],
  ['date_trunc century', "date_trunc('century', '2000-05-10'::timestamp)::text"],
  ['date_trunc millennium', "date_trunc('millennium', '2000-05-10'::timestamp)::text"],
  ['date_trunc ms', "date_trunc('milliseconds', '2024-05-10 10:00:00.123456'::timestamp)::text"],
  ['date_trunc interval', "date_trunc('hour', interval '3 days 04:05:06')::text"],
  ['date_trunc interval month', "date_trunc('year', interval '3 years 14 months')::text"],
  ['date_trunc interval week refused', "date_trunc('week', interval '3 days')::text"],
  ['date_trunc bad unit', "date_trunc('fortnight', '2024-01-01'::timestamp)::text"],
  ['date_trunc day on date', "date_trunc('day', '2024-03-10'::date)::text"],
  ['date_trunc infinity', "date_trunc('day', 'infinity'::timestamptz)::text"],
  ['date_trunc tz with abbreviation', "date_trunc('day', '2024-03-10 12:00+00'::timestamptz, 'EST')::text"],
  ['date_trunc tz with offset', "date_trunc('day', '2024-03-10 12:00+00'::timestamptz, '+05')::text"],
  // extract/date_part.
  ['extract epoch timestamp', "extract(epoch FROM '2024-01-01 00:00'::timestamp)"],
  ['extract epoch timestamptz', "extract(epoch FROM '2024-01-01 00:00+05'::timestamptz)"],
  ['extract epoch interval', "extract(epoch FROM interval '1 month 1 day')"],
  ['extract epoch date', "extract(epoch FROM '2024-01-01'::date)"],
  ['date_part epoch', "date_part('epoch', '2024-01-01 00:00:00.5'::timestamp)"],
  [
    'extract dow isodow',
    "extract(dow FROM '2024-03-10'::date)::text || extract(isodow FROM '2024-03-10'::date)::text",
  ],
  [
    'extract week isoyear',
    "extract(week FROM '2024-12-30'::date)::text || '/' || extract(isoyear FROM '2024-12-30'::date)::text",
  ],
  ['extract week jan 1', "extract(week FROM '2021-01-01'::date)"],
  ['extract doy', "extract(doy FROM '2024-12-31'::date)"],
  ['extract julian', "extract(julian FROM '2024-01-01 12:00'::timestamp)"],
  ['extract julian date', "extract(julian FROM '2024-01-01'::date)"],
  ['extract century BC', "extract(century FROM '0044-03-15 BC'::date)"],
  ['extract millennium', "extract(millennium FROM '2001-01-01'::date)"],
  ['extract decade negative', "extract(decade FROM '0012-01-01 BC'::date)"],
  ['extract year BC', "extract(year FROM '0001-01-01 BC'::date)"],
  ['extract microseconds', "extract(microseconds FROM '10:00:12.345678'::time)"],
  ['extract milliseconds', "extract(milliseconds FROM '10:00:12.345678'::time)"],
  ['extract second', "extract(second FROM '10:00:12.345678'::time)"],
  ['date_part second', "date_part('second', '10:00:12.345678'::time)"],
  ['extract timezone', "extract(timezone FROM '2024-01-01 00:00+05:30'::timestamptz)"],
  ['extract timezone_hour NY', "extract(timezone_hour FROM '2024-07-01 00:00'::timestamptz)"],
  ['extract timezone_minute timetz', "extract(timezone_minute FROM '10:00-03:30'::timetz)"],
  ['extract hour interval', "extract(hour FROM interval '27 hours')"],
  ['extract day interval', "extract(day FROM interval '40 days 27 hours')"],
  ['extract month interval', "extract(month FROM interval '14 months')"],
  ['extract year interval negative', "extract(year FROM interval '-14 months')"],
  ['extract quarter', "extract(quarter FROM '2024-11-01'::date)"],
  ['extract from infinity', "extract(year FROM 'infinity'::timestamp)"],
  ['extract epoch from infinity', "extract(epoch FROM '-infinity'::date)"],
  ['extract hour from date refused', "extract(hour FROM '2024-01-01'::date)"],
  ['extract timezone from timestamp refused', "extract(timezone FROM '2024-01-01'::timestamp)"],
  [
    'extract type',
    "pg_typeof(extract(year FROM '2024-01-01'::date))::text || pg_typeof(date_part('year', '2024-01-01'::date))::text",
  ],
  ['extract scale', "extract(epoch FROM '2024-01-01 00:00:00.123'::timestamptz)::text"],
  // make_*.
  ['make_date', 'make_date(2024, 2, 29)::text'],
  ['make_date negative year', 'make_date(-44, 3, 15)::text'],
  ['make_date zero year', 'make_date(0, 3, 15)::text'],
  ['make_date bad', 'make_date(2023, 2, 29)::text'],
  ['make_time', 'make_time(23, 59, 59.999999)::text'],
  ['make_time 24', 'make_time(24, 0, 0)::text'],
  ['make_time bad', 'make_time(24, 0, 0.1)::text'],
  ['make_timestamp', 'make_timestamp(2024, 3, 10, 2, 30, 0.5)::text'],
  ['make_timestamp 60 seconds', 'make_timestamp(2024, 3, 10, 2, 30, 60)::text'],
  ['make_timestamptz gap', "make_timestamptz(2024, 3, 10, 2, 30, 0, 'America/New_York')::text"],
  ['make_timestamptz overlap', "make_timestamptz(2024, 11, 3, 1, 30, 0, 'America/New_York')::text"],
  ['make_timestamptz session', 'make_timestamptz(2024, 11, 3, 1, 30, 0)::text'],
  ['make_timestamptz abbreviation', "make_timestamptz(2024, 7, 1, 12, 0, 0, 'EST')::text"],
  ['make_timestamptz offset', "make_timestamptz(2024, 7, 1, 12, 0, 0, '+05:30')::text"],
  ['make_timestamptz posix', "make_timestamptz(2024, 7, 1, 12, 0, 0, 'UTC+3')::text"],
  ['make_interval', 'make_interval(1, 2, 3, 4, 5, 6, 7.5)::text'],
  ['make_interval named', 'make_interval(days => 10, secs => 1.25)::text'],
  ['make_interval weeks', 'make_interval(weeks => -2)::text'],
  // AT TIME ZONE.
  ['timestamp AT TIME ZONE name', "('2024-03-10 02:30'::timestamp AT TIME ZONE 'America/New_York')::text"],
  [
    'timestamptz AT TIME ZONE name',
    "('2024-03-10 07:30+00'::timestamptz AT TIME ZONE 'America/New_York')::text",
  ],
  ['AT TIME ZONE posix sign', "('2024-03-10 07:30+00'::timestamptz AT TIME ZONE 'UTC+3')::text"],
  ['AT TIME ZONE offset', "('2024-03-10 07:30+00'::timestamptz AT TIME ZONE '+03')::text"],
  ['AT TIME ZONE interval', "('2024-03-10 07:30+00'::timestamptz AT TIME ZONE INTERVAL '-05:00')::text"],
  [
    'AT TIME ZONE interval with days refused',
    "('2024-03-10 07:30+00'::timestamptz AT TIME ZONE INTERVAL '1 day')::text",
  ],
  ['AT TIME ZONE timetz', "('10:00+02'::timetz AT TIME ZONE 'Asia/Tokyo')::text"],
  ['AT TIME ZONE time', "('10:00'::time AT TIME ZONE 'Asia/Tokyo')::text"],
  [
    'AT TIME ZONE twice',
    "('2024-03-10 02:30'::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Kolkata')::text",
  ],
  ['AT TIME ZONE unknown', "('2024-03-10 02:30'::timestamp AT TIME ZONE 'Mars/Olympus')::text"],
  ['AT TIME ZONE lower case', "('2024-03-10 02:30'::timestamp AT TIME ZONE 'america/new_york')::text"],
  ['AT TIME ZONE abbreviation lower', "('2024-03-10 02:30'::timestamp AT TIME ZONE 'pst')::text"],
  ['AT TIME ZONE ambiguous overlap', "('2024-11-03 01:30'::timestamp AT TIME ZONE 'America/New_York')::text"],
  ['AT LOCAL refused', "('2024-11-03 01:30'::timestamp AT LOCAL)::text"],
  ['timezone() function', "timezone('Europe/Paris', '2024-07-01 00:00'::timestamp)::text"],
  // to_char.
  [
    'to_char full',
    "to_char('2024-03-05 14:07:09.123456'::timestamp, 'YYYY-MM-DD HH24:MI:SS.US AM Day Mon DDD IW ID Q WW J')",
  ],
  ['to_char FM', "to_char('2024-03-05 04:07:09'::timestamp, 'FMDD FMMonth FMHH12 FMDay')"],
  ['to_char TH', "to_char('2024-03-01'::date, 'DDth DDTH FMDDth Mth')"],
  ['to_char TZ ny', "to_char('2024-07-01 12:00+00'::timestamptz, 'TZ tz OF TZH:TZM')"],
  ['to_char TZ timestamp', "to_char('2024-07-01 12:00'::timestamp, 'TZ|OF|')"],
  ['to_char roman', "to_char('2024-09-01'::date, 'RM rm')"],
  ['to_char BC', "to_char('0044-03-15 BC'::date, 'YYYY BC B.C. yyyy')"],
  ['to_char IYYY', "to_char('2024-12-30'::date, 'IYYY-IW-ID IYY IY I')"],
  ['to_char Y,YYY', "to_char('2024-12-30'::date, 'Y,YYY YYY YY Y')"],
  ['to_char CC', "to_char('2000-12-30'::date, 'CC')"],
  ['to_char quoted', 'to_char(\'2024-12-30\'::date, \'"Year" YYYY "\\"q\\"" \\\\\')'],
  ['to_char FF', "to_char('2024-12-30 10:00:00.123456'::timestamp, 'FF1 FF2 FF3 FF4 FF5 FF6 MS US')"],
  ['to_char SSSS', "to_char('2024-12-30 10:00:01'::timestamp, 'SSSS SSSSS')"],
  ['to_char interval', "to_char(interval '27 hours 3 minutes', 'HH24:MI DD HH12')"],
  ['to_char interval months', "to_char(interval '14 months 3 days', 'YYYY MM DD Mon')"],
  ['to_char infinity', "to_char('infinity'::timestamp, 'YYYY')"],
  ['to_char TM', "to_char('2024-03-05'::date, 'TMDay TMMonth')"],
  ['to_char upper-lower', "to_char('2024-03-05'::date, 'DAY day Day MONTH month Month MON mon Mon')"],
  ['to_char AM forms', "to_char('2024-03-05 13:00'::timestamp, 'AM am A.M. a.m. PM pm P.M.')"],
  ['to_char W', "to_char('2024-03-15'::date, 'W')"],
  ['to_char empty', "to_char('2024-03-15'::date, '')"],
  // to_date / to_timestamp.
  ['to_date basic', "to_date('05 Dec 2000', 'DD Mon YYYY')::text"],
  ['to_date FX', "to_date('2000   JUN', 'FXYYYY MON')::text"],
  ['to_date extra spaces', "to_date('2000   JUN', 'YYYY MON')::text"],
  ['to_date bad day', "to_date('2024-02-30', 'YYYY-MM-DD')::text"],
  ['to_date day 0', "to_date('2024-02-00', 'YYYY-MM-DD')::text"],
  ['to_date month 13', "to_date('2024-13-01', 'YYYY-MM-DD')::text"],
  ['to_date YY', "to_date('69-01-01', 'YY-MM-DD')::text || ' ' || to_date('70-01-01', 'YY-MM-DD')::text"],
  ['to_date YYY', "to_date('099-01-01', 'YYY-MM-DD')::text"],
  ['to_date Y', "to_date('5-01-01', 'Y-MM-DD')::text"],
  ['to_date IYYY IW ID', "to_date('2024-01-1', 'IYYY-IW-ID')::text"],
  ['to_date mixing ISO refused', "to_date('2024-01-1', 'YYYY-IW-ID')::text"],
  ['to_date DDD', "to_date('2024 060', 'YYYY DDD')::text"],
  ['to_date J', "to_date('2460000', 'J')::text"],
  ['to_date BC', "to_date('44 BC 03 15', 'YYYY BC MM DD')::text"],
  ['to_date month name full', "to_date('March 5, 2024', 'Month DD, YYYY')::text"],
  ['to_date month name lower', "to_date('march 5, 2024', 'month DD, YYYY')::text"],
  ['to_date bad month name', "to_date('Mrch 5, 2024', 'Month DD, YYYY')::text"],
  ['to_date TH', "to_date('5th March 2024', 'DDth Month YYYY')::text"],
  ['to_date trailing text', "to_date('2024-03-05 garbage', 'YYYY-MM-DD')::text"],
  ['to_date short input', "to_date('2024', 'YYYY-MM-DD')::text"],
  ['to_date CC', "to_date('21 05', 'CC YY')::text"],
  ['to_date WW', "to_date('2024 10', 'YYYY WW')::text"],
  ['to_date RM', "to_date('2024 IX 01', 'YYYY RM DD')::text"],
  ['to_date conflicting', "to_date('2024-03-05 Tuesday', 'YYYY-MM-DD Day')::text"],
  ['to_date year 0', "to_date('0000-01-01', 'YYYY-MM-DD')::text"],
  ['to_date no separators', "to_date('20240305', 'YYYYMMDD')::text"],
  ['to_date 5 digit year', "to_date('120240305', 'YYYYMMDD')::text"],
  ['to_timestamp basic', "to_timestamp('2024-03-05 14:07:09.123', 'YYYY-MM-DD HH24:MI:SS.MS')::text"],
  ['to_timestamp HH12 no AM', "to_timestamp('2024-03-05 02:07', 'YYYY-MM-DD HH:MI')::text"],
  ['to_timestamp HH12 PM', "to_timestamp('2024-03-05 02:07 PM', 'YYYY-MM-DD HH:MI AM')::text"],
  ['to_timestamp HH 13 refused', "to_timestamp('2024-03-05 13:07', 'YYYY-MM-DD HH:MI')::text"],
  ['to_timestamp US', "to_timestamp('2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.US')::text"],
  ['to_timestamp FF3', "to_timestamp('2024-03-05 14:07:09.12', 'YYYY-MM-DD HH24:MI:SS.FF3')::text"],
  ['to_timestamp TZH', "to_timestamp('2024-03-05 14:07 +05:30', 'YYYY-MM-DD HH24:MI TZH:TZM')::text"],
  ['to_timestamp TZH negative', "to_timestamp('2024-03-05 14:07 -03', 'YYYY-MM-DD HH24:MI TZH')::text"],
  ['to_timestamp TZ', "to_timestamp('2024-03-05 14:07 EST', 'YYYY-MM-DD HH24:MI TZ')::text"],
  ['to_timestamp OF', "to_timestamp('2024-03-05 14:07 +0530', 'YYYY-MM-DD HH24:MI OF')::text"],
  ['to_timestamp SSSS', "to_timestamp('2024-03-05 3600', 'YYYY-MM-DD SSSS')::text"],
  ['to_timestamp epoch', 'to_timestamp(1709647629.5)::text'],
  ['to_timestamp epoch negative', 'to_timestamp(-1)::text'],
  ['to_timestamp epoch infinity', "to_timestamp('infinity'::float8)::text"],
  ['to_timestamp epoch NaN', "to_timestamp('NaN'::float8)::text"],
  ['to_timestamp epoch huge', 'to_timestamp(1e15)::text'],
  ['to_timestamp 24:00', "to_timestamp('2024-03-05 24:00:00', 'YYYY-MM-DD HH24:MI:SS')::text"],
  ['to_timestamp seconds 60', "to_timestamp('2024-03-05 10:00:60', 'YYYY-MM-DD HH24:MI:SS')::text"],
  ['to_timestamp separators skip', "to_timestamp('2024/03/05', 'YYYY-MM-DD')::text"],
  ['to_timestamp separators letters', "to_timestamp('2024x03x05', 'YYYY-MM-DD')::text"],
  ['to_timestamp X skip', "to_timestamp('2024 03 05', 'YYYYxMMxDD')::text"],
  ['to_timestamp FX spaces', "to_timestamp('2024 03  05', 'FXYYYY MM DD')::text"],
];
for (const [name, expr] of exprs) {
  list.add(name, [NY, `SELECT ${expr} AS v`]);
}

// Range types as booking systems write them.
const BOOKING = `CREATE EXTENSION IF NOT EXISTS btree_gist;
  CREATE TABLE booking (id serial PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&));
  INSERT INTO booking (room, during) VALUES
    (1, '[2024-03-10 09:00+00, 2024-03-10 11:00+00)'),
    (1, '[2024-03-10 11:00+00, 2024-03-10 12:00+00)'),
    (2, '[2024-03-10 09:00+00, 2024-03-10 18:00+00)')`;
const bookingSteps: (readonly [string, string])[] = [
  [
    'overlapping insert refused',
    "INSERT INTO booking (room, during) VALUES (1, '[2024-03-10 10:00+00, 2024-03-10 10:30+00)')",
  ],
  [
    'adjacent insert accepted',
    "INSERT INTO booking (room, during) VALUES (1, '[2024-03-10 12:00+00, 2024-03-10 13:00+00)') RETURNING during::text",
  ],
  [
    'other room accepted',
    "INSERT INTO booking (room, during) VALUES (3, '[2024-03-10 10:00+00, 2024-03-10 10:30+00)') RETURNING id",
  ],
  [
    'inclusive end overlaps',
    "INSERT INTO booking (room, during) VALUES (1, '[2024-03-10 08:00+00, 2024-03-10 09:00+00]')",
  ],
  ['empty range accepted', "INSERT INTO booking (room, during) VALUES (1, 'empty') RETURNING during::text"],
  ['unbounded overlaps', "INSERT INTO booking (room, during) VALUES (2, '[2024-03-10 17:00+00,)')"],
  [
    'update into conflict',
    "UPDATE booking SET during = '[2024-03-10 10:00+00, 2024-03-10 11:30+00)' WHERE id = 2",
  ],
  [
    'containment query',
    "SELECT id FROM booking WHERE during @> '2024-03-10 10:00+00'::timestamptz ORDER BY id",
  ],
  [
    'overlap query',
    "SELECT id FROM booking WHERE during && tstzrange('2024-03-10 10:30+00', '2024-03-10 11:30+00') ORDER BY id",
  ],
  [
    'lower upper',
    'SELECT lower(during)::text AS l, upper(during)::text AS u, upper(during) - lower(during) AS len FROM booking ORDER BY id',
  ],
  ['ranges in NY', 'SELECT during::text FROM booking ORDER BY id'],
  ['range_agg', 'SELECT range_agg(during)::text AS v FROM booking WHERE room = 1'],
  [
    'range merge',
    "SELECT range_merge(tstzrange('2024-03-10 09:00+00', '2024-03-10 10:00+00'), tstzrange('2024-03-10 11:00+00', '2024-03-10 12:00+00'))::text AS v",
  ],
  [
    'range difference split refused',
    "SELECT (tstzrange('2024-03-10 09:00+00', '2024-03-10 12:00+00') - tstzrange('2024-03-10 10:00+00', '2024-03-10 11:00+00'))::text AS v",
  ],
  [
    'multirange difference',
    "SELECT (tstzmultirange(tstzrange('2024-03-10 09:00+00', '2024-03-10 12:00+00')) - tstzmultirange(tstzrange('2024-03-10 10:00+00', '2024-03-10 11:00+00')))::text AS v",
  ],
  [
    'constraint violation detail',
    "INSERT INTO booking (room, during) VALUES (2, tstzrange('2024-03-10 10:00+00', '2024-03-10 10:30+00', '[]'))",
  ],
  [
    'ON CONFLICT DO NOTHING with exclusion',
    "INSERT INTO booking (room, during) VALUES (1, '[2024-03-10 10:00+00, 2024-03-10 10:30+00)') ON CONFLICT DO NOTHING RETURNING id",
  ],
  [
    'ON CONFLICT DO UPDATE with exclusion refused',
    "INSERT INTO booking (room, during) VALUES (1, '[2024-03-10 10:00+00, 2024-03-10 10:30+00)') ON CONFLICT ON CONSTRAINT booking_room_during_excl DO UPDATE SET room = 9",
  ],
  [
    'adjacent operator',
    'SELECT a.id, b.id FROM booking a JOIN booking b ON a.during -|- b.during AND a.id < b.id ORDER BY 1, 2',
  ],
  ['strictly left', "SELECT count(*) FROM booking WHERE during << tstzrange('2024-03-10 11:30+00', NULL)"],
];
for (const [name, sql] of bookingSteps) {
  list.add(`booking: ${name}`, [NY, sql], BOOKING);
}
const RANGES: (readonly [string, string])[] = [
  ['daterange canonical', "'[2024-01-01,2024-01-05]'::daterange::text"],
  ['daterange exclusive lower', "'(2024-01-01,2024-01-05]'::daterange::text"],
  ['daterange infinity', "'[2024-01-01,infinity]'::daterange::text"],
  ['daterange -infinity inclusive', "'[-infinity,2024-01-01]'::daterange::text"],
  ['daterange contains date', "'[2024-01-01,2024-02-01)'::daterange @> '2024-01-31'::date"],
  ['daterange contains timestamp', "'[2024-01-01,2024-02-01)'::daterange @> '2024-01-31 10:00'::timestamp"],
  ['tsrange contains date', "'[2024-01-01,2024-02-01)'::tsrange @> '2024-02-01'::date"],
  ['tstzrange from timestamps in NY', "tstzrange('2024-03-10 00:00', '2024-03-11 00:00')::text"],
  [
    'tstzrange length DST',
    "(SELECT (upper(r) - lower(r))::text FROM (SELECT tstzrange('2024-03-10 00:00', '2024-03-11 00:00') AS r) x)",
  ],
  ['tstzrange bad order', "tstzrange('2024-03-11', '2024-03-10')::text"],
  ['tstzrange equal bounds exclusive', "tstzrange('2024-03-10', '2024-03-10')::text"],
  [
    'daterange union gap',
    "('[2024-01-01,2024-01-05)'::daterange + '[2024-01-06,2024-01-08)'::daterange)::text",
  ],
  [
    'daterange union adjacent',
    "('[2024-01-01,2024-01-05)'::daterange + '[2024-01-05,2024-01-08)'::daterange)::text",
  ],
  [
    'daterange intersection',
    "('[2024-01-01,2024-01-05)'::daterange * '[2024-01-03,2024-01-08)'::daterange)::text",
  ],
  [
    'daterange ordering',
    "(SELECT string_agg(r::text, ' ' ORDER BY r) FROM (VALUES ('[2024-01-02,2024-01-03)'::daterange), ('empty'), ('[,2024-01-01)'), ('[2024-01-01,)')) x(r))",
  ],
  [
    'range isempty lower_inf',
    "isempty('empty'::daterange)::text || lower_inf('[,2024-01-01)'::daterange)::text || upper_inc('[2024-01-01,2024-01-02]'::daterange)::text",
  ],
  ['tstzrange text output in Kolkata', "tstzrange('2024-03-10 00:00+00', '2024-03-11 00:00+00', '(]')::text"],
  [
    'generate daterange days',
    "(SELECT count(*) FROM (SELECT '[2024-02-01,2024-03-01)'::daterange AS r) x, generate_series(lower(r), upper(r) - 1, '1 day') g)",
  ],
];
for (const [name, expr] of RANGES) {
  list.add(`range: ${name}`, [NY, `SELECT ${expr} AS v`]);
}

export default list.cases;
