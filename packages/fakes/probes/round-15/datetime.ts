// Round 15 differential probe: PostgreSQL 15 docs 9.8 (formatting functions), 9.9 (date/time
// functions and operators) and 8.5 (date/time types: input, output styles, intervals).
// Deterministic only: no now()/current_*/today; TimeZone is set explicitly where a timestamptz shows.

import { ProbeCases, withParams } from '../probe-kit.js';

const UTC = "SET TimeZone = 'UTC'";
const tz = (zone: string) => `SET TimeZone = '${zone}'`;

const TS = "timestamp '2024-02-29 13:05:09.123456'";

const list = new ProbeCases();
// ───────────────────────── 9.8 to_char on timestamps ─────────────────────────
list.add('to_char ts: YYYY-MM-DD HH24:MI:SS.US', [`SELECT to_char(${TS}, 'YYYY-MM-DD HH24:MI:SS.US') AS v`]);
list.add('to_char ts: HH HH12 AM am P.M. p.m.', [
  `SELECT to_char(${TS}, 'HH HH12 AM am P.M. p.m. PM pm A.M.') AS v`,
]);
list.add('to_char ts: midnight and noon in HH12', [
  "SELECT to_char(timestamp '2024-01-01 00:30', 'HH12 AM') AS a, to_char(timestamp '2024-01-01 12:30', 'HH12 AM') AS b",
]);
list.add('to_char ts: Y,YYY YYY YY Y', [`SELECT to_char(${TS}, 'Y,YYY YYY YY Y') AS v`]);
list.add('to_char ts: ISO year week day (IYYY IYY IY I IW IDDD ID)', [
  "SELECT to_char(date '2021-01-01', 'IYYY IYY IY I IW IDDD ID') AS a, to_char(date '2024-12-30', 'IYYY-IW-ID') AS b",
]);
list.add('to_char ts: Q WW W J', [`SELECT to_char(${TS}, 'Q WW W J') AS v`]);
list.add('to_char ts: DDD DD D', [
  `SELECT to_char(${TS}, 'DDD DD D') AS v, to_char(timestamp '2023-12-31', 'DDD D') AS w`,
]);
list.add('to_char ts: Month names blank-padded', [
  "SELECT to_char(timestamp '2024-05-01', 'Month|Mon|MONTH|month|mon|MON') AS v",
]);
list.add('to_char ts: FM suppresses padding of Month and Day', [
  "SELECT to_char(timestamp '2024-05-01', 'FMMonth FMDay FMDD FMMM') AS v",
]);
list.add('to_char ts: Day DY dy day', ["SELECT to_char(timestamp '2024-05-01', 'Day|DY|dy|day|Dy') AS v"]);
list.add('to_char ts: DDTH and DDth ordinal suffixes', [
  "SELECT d, to_char(date '2024-01-01' + (d - 1), 'DDTH FMDDth') AS v FROM (VALUES (1),(2),(3),(4),(11),(12),(13),(21),(22),(23),(31)) t(d) ORDER BY d",
]);
list.add('to_char ts: CC for 2000 2001 and BC', [
  "SELECT to_char(date '2000-06-01', 'CC') AS a, to_char(date '2001-06-01', 'CC') AS b, to_char(date '0044-03-15 BC', 'CC YYYY BC') AS c",
]);
list.add('to_char ts: era markers BC AD B.C. a.d.', [
  "SELECT to_char(date '0044-03-15 BC', 'YYYY BC B.C. ad a.d.') AS a, to_char(date '2024-01-01', 'YYYY AD A.D. bc') AS b",
]);
list.add('to_char ts: MS US FF1..FF6', [`SELECT to_char(${TS}, 'MS US FF1 FF2 FF3 FF4 FF5 FF6') AS v`]);
list.add('to_char ts: SSSS and SSSSS seconds past midnight', [`SELECT to_char(${TS}, 'SSSS SSSSS') AS v`]);
list.add('to_char ts: RM rm roman month', ["SELECT to_char(date '2024-09-01', 'RM|rm|FMRM') AS v"]);
list.add('to_char ts: quoted literal text and backslash', [
  `SELECT to_char(${TS}, '"Year" YYYY "is" \\"Q\\" Q') AS v`,
]);
list.add('to_char ts: unknown letters copied', [`SELECT to_char(${TS}, 'xyz YYYY! at HH24h') AS v`]);
list.add('to_char ts: text that looks like patterns', [`SELECT to_char(${TS}, 'Hello World DAY') AS v`]);
list.add('to_char ts: YYYY of year 10000 and year 5', [
  "SELECT to_char(timestamp '10000-01-01', 'YYYY') AS a, to_char(date '0005-01-01', 'YYYY YY Y') AS b",
]);
list.add('to_char ts: infinity gives null', [
  "SELECT to_char(timestamp 'infinity', 'YYYY') AS a, to_char(date '-infinity', 'YYYY') AS b",
]);
list.add('to_char ts: TM prefix month name', [
  "SELECT to_char(date '2024-03-01', 'TMMonth TMDay TMmon') AS v",
]);
list.add('to_char ts: FX prefix is ignored on output', [`SELECT to_char(${TS}, 'FXYYYY-MM') AS v`]);
list.add('to_char ts: empty format', [`SELECT to_char(${TS}, '') AS v`]);
list.add('to_char ts: null format', [`SELECT to_char(${TS}, NULL) AS v`]);
list.add('to_char timestamptz: TZ tz OF TZH:TZM in New York', [
  tz('America/New_York'),
  "SELECT to_char(timestamptz '2024-07-04 12:00:00+00', 'YYYY-MM-DD HH24:MI TZ tz OF TZH:TZM') AS v",
]);
list.add('to_char timestamptz: OF with half-hour zone', [
  tz('Asia/Kolkata'),
  "SELECT to_char(timestamptz '2024-01-01 00:00:00+00', 'HH24:MI OF TZ TZH TZM') AS v",
]);
list.add('to_char timestamptz: OF negative with minutes', [
  tz('America/St_Johns'),
  "SELECT to_char(timestamptz '2024-01-01 00:00:00+00', 'YYYY-MM-DD HH24:MI OF TZ') AS v",
]);
list.add('to_char timestamptz: POSIX zone shows numeric TZ', [
  tz('UTC+3'),
  "SELECT to_char(timestamptz '2024-01-01 12:00:00+00', 'HH24:MI TZ OF') AS v",
]);
list.add('to_char timestamp: TZ is empty for timestamp', [
  UTC,
  "SELECT to_char(timestamp '2024-01-01 12:00', 'HH24:MI [TZ] [OF]') AS v",
]);
list.add('to_char of a date resolves to timestamptz', [
  tz('Europe/Paris'),
  "SELECT to_char(date '2024-07-01', 'YYYY-MM-DD HH24:MI TZ') AS v",
]);
list.add('to_char timestamptz: day boundary in zone', [
  tz('Pacific/Auckland'),
  "SELECT to_char(timestamptz '2024-06-30 20:00:00+00', 'YYYY-MM-DD Day HH24') AS v",
]);
list.add('to_char ts: param timestamp', [
  withParams("SELECT to_char($1::timestamp, 'FMDay, FMMonth FMDDth YYYY') AS v", '2024-02-29 08:00'),
]);
list.add('to_char ts: param format text', [
  withParams("SELECT to_char(timestamp '2024-02-29 08:07:06', $1) AS v", 'HH12:MI:SS pm'),
]);

// ───────────────────────── 9.8 to_char on intervals ─────────────────────────
list.add('to_char interval: fields', [
  "SELECT to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'YYYY MM DD HH24 MI SS MS') AS v",
]);
list.add('to_char interval: hours beyond a day', [
  "SELECT to_char(interval '50 hours 7 minutes', 'HH HH12 HH24:MI') AS v",
]);
list.add('to_char interval: negative', ["SELECT to_char(interval '-1 day -02:03:04', 'DD HH24:MI:SS') AS v"]);
list.add('to_char interval: month text and day names', [
  "SELECT to_char(interval '14 months', 'YYYY MM Mon Month') AS v",
]);
list.add('to_char interval: SSSS total seconds', ["SELECT to_char(interval '1 day 01:00:01', 'SSSS') AS v"]);

// ───────────────────────── 9.8 to_char on numbers ─────────────────────────
list.add('to_char num: 999.99 positive and negative', [
  "SELECT to_char(123.456, '999.99') AS a, to_char(-123.456, '999.99') AS b, to_char(0.5, '9.99') AS c, to_char(0.5, '0.99') AS d",
]);
list.add('to_char num: overflow gives hashes', [
  "SELECT to_char(12345, '9,999') AS a, to_char(12345.6, '999.9') AS b",
]);
list.add('to_char num: FM trims and keeps 0 digits', [
  "SELECT to_char(12.5, 'FM999.990') AS a, to_char(12, 'FM999.99') AS b, to_char(-0.1, 'FM9.9') AS c, to_char(0, 'FM9') AS d",
]);
list.add('to_char num: leading zeros', [
  "SELECT to_char(12, '0000') AS a, to_char(-12, '0000') AS b, to_char(1.5, '00000.00') AS c, to_char(12, 'FM0999') AS d",
]);
list.add('to_char num: S at start and end', [
  "SELECT to_char(-12, 'S999') AS a, to_char(12, 'S999') AS b, to_char(-12, '999S') AS c, to_char(12, 'FMS999') AS d",
]);
list.add('to_char num: MI PL SG', [
  "SELECT to_char(-12, 'MI999') AS a, to_char(12, 'MI999') AS b, to_char(-12, '999MI') AS c, to_char(12, 'PL999') AS d, to_char(-12, 'SG999') AS e, to_char(12, 'SG999') AS f",
]);
list.add('to_char num: PR angle brackets', [
  "SELECT to_char(-12, '999PR') AS a, to_char(12, '999PR') AS b, to_char(-12.5, 'FM999.9PR') AS c",
]);
list.add('to_char num: RN roman numerals', [
  "SELECT to_char(485, 'RN') AS a, to_char(485, 'FMRN') AS b, to_char(1994, 'rn') AS c, to_char(3999, 'FMRN') AS d",
]);
list.add('to_char num: RN out of range', [
  "SELECT to_char(4000, 'RN') AS a, to_char(0, 'RN') AS b, to_char(-5, 'RN') AS c",
]);
list.add('to_char num: RN rounds fractions', [
  "SELECT to_char(3.5, 'FMRN') AS a, to_char(float8 '2.4', 'FMRN') AS b",
]);
list.add('to_char num: EEEE scientific', [
  "SELECT to_char(123456, '9.99EEEE') AS a, to_char(0.000123, '9.99EEEE') AS b, to_char(-5.5, '9.9EEEE') AS c, to_char(0, '9.99EEEE') AS d",
]);
list.add('to_char float8: EEEE of 1e100 and tiny', [
  "SELECT to_char(float8 '1e100', '9.9EEEE') AS a, to_char(float8 '1.5e-200', '9.99EEEE') AS b",
]);
list.add('to_char num: V multiplies by 10^n', [
  "SELECT to_char(12.4, '99V9') AS a, to_char(12.45, '99V999') AS b, to_char(-3, '9V99') AS c",
]);
list.add('to_char num: TH ordinal on numbers', [
  "SELECT to_char(21, '999TH') AS a, to_char(3, 'FM9th') AS b, to_char(12, 'FM99TH') AS c, to_char(-1, 'FM9TH') AS d",
]);
list.add('to_char num: D and G locale separators', [
  "SELECT to_char(1234567.891, '9G999G999D99') AS a, to_char(1234.5, 'FM9G999D00') AS b",
]);
list.add('to_char num: comma and period as literals', ["SELECT to_char(1234567.891, '9,999,999.999') AS a"]);
list.add('to_char num: L currency symbol', [
  "SELECT to_char(12.34, 'L99.99') AS a, to_char(12.34, 'FML99.99') AS b",
]);
list.add('to_char num: literal text in number format', [
  'SELECT to_char(1.5, \'"Total: "9.9\') AS a, to_char(485, \'"Price" 999\') AS b',
]);
list.add('to_char num: rounding half away from zero for numeric', [
  "SELECT to_char(2.5, '9') AS a, to_char(-2.5, '9') AS b, to_char(0.125, '0.99') AS c",
]);
list.add('to_char float8: rounding', [
  "SELECT to_char(float8 '2.5', '9') AS a, to_char(float8 '3.5', '9') AS b, to_char(float8 '0.125', '0.99') AS c",
]);
list.add('to_char float4 and float8 precision', [
  "SELECT to_char(float4 '1.1', '9.99999999') AS a, to_char(float8 '0.1', '0.99999999999999999') AS b",
]);
list.add('to_char integer and bigint', [
  "SELECT to_char(1234567, '9,999,999') AS a, to_char(9223372036854775807, '9999999999999999999') AS b, to_char(-42::smallint, '999') AS c",
]);
list.add('to_char integer with decimal point', [
  "SELECT to_char(42, '999.99') AS a, to_char(42, '99V99') AS b",
]);
list.add('to_char numeric NaN and float Infinity', [
  "SELECT to_char('NaN'::numeric, '999') AS a, to_char(float8 'Infinity', '999') AS b, to_char(float8 '-Infinity', '9.9') AS c, to_char(float8 'NaN', '9.9') AS d",
]);
list.add('to_char num: format without digits', ["SELECT to_char(123, 'abc') AS a, to_char(123, '') AS b"]);
list.add('to_char num: more digits than format with decimals', [
  "SELECT to_char(123.456, '9.9') AS a, to_char(-0.001, '0.99') AS b, to_char(-0.001, 'FM0.99') AS c",
]);
list.add('to_char num: B blank and EEEE with FM', ["SELECT to_char(0.000123, 'FM9.99EEEE') AS a"]);
list.add('to_char num: param value as numeric', [
  withParams("SELECT to_char($1::numeric, 'FM999G999D00') AS v", '1234.5'),
]);
list.add('to_char num: param value untyped', [withParams("SELECT to_char($1, '999') AS v", '12')]);

// ───────────────────────── 9.8 to_number ─────────────────────────
list.add('to_number: docs example with trailing S', ["SELECT to_number('12,454.8-', '99G999D9S') AS v"]);
list.add('to_number: L and dollar', ["SELECT to_number('$1,234.56', 'L9,999.99') AS a"]);
list.add('to_number: leading spaces and short input', [
  "SELECT to_number('  123', '999') AS a, to_number('5', '999') AS b",
]);
list.add('to_number: group separators', ["SELECT to_number('-34,338,492', '99G999G999') AS v"]);
list.add('to_number: FM and MI', [
  "SELECT to_number('5.01-', 'FM9.99MI') AS a, to_number('-5.01', 'MI9.99') AS b",
]);
list.add('to_number: PR angle brackets', ["SELECT to_number('<123>', '999PR') AS v"]);
list.add('to_number: more digits than format', [
  "SELECT to_number('12345', '99') AS a, to_number('12.345', '99.9') AS b",
]);
list.add('to_number: V divides', ["SELECT to_number('1234', '99V99') AS v"]);
list.add('to_number: RN unsupported in 15', ["SELECT to_number('XIV', 'RN') AS v"]);
list.add('to_number: EEEE input', ["SELECT to_number('1.5e3', '9.9EEEE') AS v"]);
list.add('to_number: letters ignored', [
  "SELECT to_number('abc123', '999999') AS a, to_number('12abc', '99999') AS b",
]);
list.add('to_number: result type is numeric', [
  "SELECT pg_typeof(to_number('1', '9')) AS t, to_number('1', '9') AS v",
]);
list.add('to_number: empty string', ["SELECT to_number('', '999') AS v"]);
list.add('to_number: param input', [withParams('SELECT to_number($1, $2) AS v', '1,234.50', '9G999D99')]);

// ───────────────────────── 9.8 to_date ─────────────────────────
list.add('to_date: docs example DD Mon YYYY', ["SELECT to_date('05 Dec 2000', 'DD Mon YYYY')::text AS v"]);
list.add('to_date: Feb 30 is rejected', ["SELECT to_date('2000-02-30', 'YYYY-MM-DD') AS v"]);
list.add('to_date: month 13 is rejected', ["SELECT to_date('2024-13-01', 'YYYY-MM-DD') AS v"]);
list.add('to_date: compact YYYYMMDD', ["SELECT to_date('20240229', 'YYYYMMDD')::text AS v"]);
list.add('to_date: day of year DDD', [
  "SELECT to_date('2024 060', 'YYYY DDD')::text AS a, to_date('2023 365', 'YYYY DDD')::text AS b",
]);
list.add('to_date: ISO week date IYYY-IW-ID', [
  "SELECT to_date('2021-53-5', 'IYYY-IW-ID')::text AS a, to_date('2020-53-5', 'IYYY-IW-ID')::text AS b",
]);
list.add('to_date: Julian day J', [
  "SELECT to_date('2451545', 'J')::text AS a, to_date('0', 'J')::text AS b",
]);
list.add('to_date: Y,YYY input', ["SELECT to_date('1,999 12 31', 'Y,YYY MM DD')::text AS v"]);
list.add('to_date: two-digit years YY', [
  "SELECT to_date('99 1 1', 'YY MM DD')::text AS a, to_date('49 1 1', 'YY MM DD')::text AS b, to_date('70 1 1', 'YY MM DD')::text AS c, to_date('69 1 1', 'YY MM DD')::text AS d",
]);
list.add('to_date: one and three digit years', [
  "SELECT to_date('4 1 1', 'Y MM DD')::text AS a, to_date('024 1 1', 'YYY MM DD')::text AS b, to_date('999 1 1', 'YYY MM DD')::text AS c",
]);
list.add('to_date: extra spaces', ["SELECT to_date('  2024  03  05', 'YYYY MM DD')::text AS v"]);
list.add('to_date: other separators', [
  "SELECT to_date('2024/03/05', 'YYYY-MM-DD')::text AS a, to_date('2024.3.5', 'YYYY-MM-DD')::text AS b",
]);
list.add('to_date: month name and ordinal day', [
  "SELECT to_date('March 5 2024', 'Month DD YYYY')::text AS a, to_date('5th March 2024', 'DDth Month YYYY')::text AS b",
]);
list.add('to_date: lowercase and abbreviated month', [
  "SELECT to_date('05-mar-2024', 'DD-mon-YYYY')::text AS a, to_date('05-MAR-2024', 'DD-Mon-YYYY')::text AS b",
]);
list.add('to_date: WW week of year', ["SELECT to_date('2024 10', 'YYYY WW')::text AS v"]);
list.add('to_date: CC alone and with YY', [
  "SELECT to_date('21', 'CC')::text AS a, to_date('20 05', 'CC YY')::text AS b, to_date('20 2024', 'CC YYYY')::text AS c",
]);
list.add('to_date: BC year', [
  "SELECT to_date('44 BC', 'YYYY BC')::text AS a, to_date('0044-03-15 BC', 'YYYY-MM-DD BC')::text AS b",
]);
list.add('to_date: FX exact spacing rejects', ["SELECT to_date('2024  03 05', 'FXYYYY MM DD') AS v"]);
list.add('to_date: FX exact spacing accepts', ["SELECT to_date('2024 03 05', 'FXYYYY MM DD')::text AS v"]);
list.add('to_date: Q is ignored', ["SELECT to_date('2024 2', 'YYYY Q')::text AS v"]);
list.add('to_date: day name input', ["SELECT to_date('Friday 2024-03-01', 'Day YYYY-MM-DD')::text AS v"]);
list.add('to_date: conflicting fields', ["SELECT to_date('2024-03-05 100', 'YYYY-MM-DD DDD') AS v"]);
list.add('to_date: year zero', ["SELECT to_date('0000-01-01', 'YYYY-MM-DD')::text AS v"]);
list.add('to_date: trailing input ignored', ["SELECT to_date('2024-03-05 junk', 'YYYY-MM-DD')::text AS v"]);
list.add('to_date: input too short', ["SELECT to_date('2024', 'YYYY-MM-DD')::text AS v"]);
list.add('to_date: invalid digits', ["SELECT to_date('20x4-03-05', 'YYYY-MM-DD') AS v"]);
list.add('to_date: result as date value', ["SELECT to_date('2024-02-29', 'YYYY-MM-DD') AS v"]);
list.add('to_date: param input and format', [
  withParams('SELECT to_date($1, $2)::text AS v', '29.02.2024', 'DD.MM.YYYY'),
]);

// ───────────────────────── 9.8 to_timestamp ─────────────────────────
list.add('to_timestamp: full with MS', [
  UTC,
  "SELECT to_timestamp('2024-02-29 13:05:09.123', 'YYYY-MM-DD HH24:MI:SS.MS')::text AS v",
]);
list.add('to_timestamp: in a non-UTC zone', [
  tz('America/New_York'),
  "SELECT to_timestamp('2024-07-04 12:00', 'YYYY-MM-DD HH24:MI')::text AS a, to_timestamp('2024-01-04 12:00', 'YYYY-MM-DD HH24:MI')::text AS b",
]);
list.add('to_timestamp(double): epoch seconds', [
  UTC,
  'SELECT to_timestamp(1700000000)::text AS a, to_timestamp(0)::text AS b, to_timestamp(-1.5)::text AS c, to_timestamp(1.000001)::text AS d',
]);
list.add('to_timestamp(double): infinity and out of range', [
  UTC,
  "SELECT to_timestamp('Infinity'::float8)::text AS a, to_timestamp('-Infinity'::float8)::text AS b",
  'SELECT to_timestamp(1e20) AS c',
  "SELECT to_timestamp('NaN'::float8) AS d",
]);
list.add('to_timestamp: 12-hour clock with PM', [
  UTC,
  "SELECT to_timestamp('2024-01-01 12:30 PM', 'YYYY-MM-DD HH12:MI AM')::text AS a, to_timestamp('2024-01-01 12:30 AM', 'YYYY-MM-DD HH12:MI AM')::text AS b, to_timestamp('2024-01-01 01:30 p.m.', 'YYYY-MM-DD HH:MI a.m.')::text AS c",
]);
list.add('to_timestamp: hour 15 with HH is rejected', [
  UTC,
  "SELECT to_timestamp('2024-01-01 15:30', 'YYYY-MM-DD HH:MI') AS v",
]);
list.add('to_timestamp: TZH:TZM input', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 +05:30', 'YYYY-MM-DD HH24:MI TZH:TZM')::text AS a, to_timestamp('2024-01-01 10:00 -03', 'YYYY-MM-DD HH24:MI TZH')::text AS b",
]);
list.add('to_timestamp: TZ input not supported in 15', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 EST', 'YYYY-MM-DD HH24:MI TZ') AS v",
]);
list.add('to_timestamp: docs YYYYMON', [UTC, "SELECT to_timestamp('2000JUN', 'YYYYMON')::text AS v"]);
list.add('to_timestamp: docs FM fields', [
  UTC,
  "SELECT to_timestamp('97/2/16 8:14:30', 'FMYYYY/FMMM/FMDD FMHH:FMMI:FMSS')::text AS v",
]);
list.add('to_timestamp: docs extra space in format', [
  UTC,
  "SELECT to_timestamp('2011-12-18 23:38:15', 'YYYY-MM-DD  HH24:MI:SS')::text AS v",
]);
list.add('to_timestamp: docs spaces between fields', [
  UTC,
  "SELECT to_timestamp('2000    JUN', 'YYYY MON')::text AS a, to_timestamp('2000    JUN', 'FXYYYY MON') AS b",
]);
list.add('to_timestamp: docs separator in input', [
  UTC,
  "SELECT to_timestamp('2000+   JUN', 'YYYY MON')::text AS a, to_timestamp('2000 + JUN', 'YYYY MON')::text AS b",
]);
list.add('to_timestamp: docs FX with one space accepted', [
  UTC,
  "SELECT to_timestamp('2000 JUN', 'FXYYYY MON')::text AS v",
]);
list.add('to_timestamp: docs leading spaces', [
  UTC,
  "SELECT to_timestamp('  2000 JUN', 'YYYY MON')::text AS v",
]);
list.add('to_timestamp: docs MS digits', [
  UTC,
  "SELECT to_timestamp('12.3', 'SS.MS')::text AS a, to_timestamp('12:3', 'SS:MS')::text AS b, to_timestamp('12:003', 'SS:MS')::text AS c, to_timestamp('10.015', 'SS.US')::text AS d",
]);
list.add('to_timestamp: docs day-of-year', [
  UTC,
  "SELECT to_timestamp('2000 123 14:00', 'YYYY DDD HH24:MI')::text AS v",
]);
list.add('to_timestamp: SSSS seconds past midnight', [
  UTC,
  "SELECT to_timestamp('2024-01-01 3661', 'YYYY-MM-DD SSSS')::text AS v",
]);
list.add('to_timestamp: FF fractions', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00:00.123456', 'YYYY-MM-DD HH24:MI:SS.FF6')::text AS a, to_timestamp('2024-01-01 10:00:00.5', 'YYYY-MM-DD HH24:MI:SS.FF1')::text AS b",
]);
list.add('to_timestamp: seconds 60 rejected', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00:60', 'YYYY-MM-DD HH24:MI:SS') AS v",
]);
list.add('to_timestamp: HH24 24 rolls', [
  UTC,
  "SELECT to_timestamp('2024-01-01 24:00', 'YYYY-MM-DD HH24:MI')::text AS v",
]);
list.add('to_timestamp: only time fields gives year 1', [
  UTC,
  "SELECT to_timestamp('10:20', 'HH24:MI')::text AS v",
]);
list.add('to_timestamp: J plus time', [UTC, "SELECT to_timestamp('2451545 12:00', 'J HH24:MI')::text AS v"]);
list.add('to_timestamp: result type', [
  UTC,
  "SELECT pg_typeof(to_timestamp('2024', 'YYYY')) AS a, pg_typeof(to_timestamp(0)) AS b",
]);
list.add('to_timestamp: node-pg receives a Date', [
  UTC,
  "SELECT to_timestamp('2024-02-29 13:05:09', 'YYYY-MM-DD HH24:MI:SS') AS v",
]);
list.add('to_timestamp: param epoch as text', [
  UTC,
  withParams('SELECT to_timestamp($1)::text AS v', '1700000000.5'),
]);
list.add('to_timestamp: param with format', [
  UTC,
  withParams('SELECT to_timestamp($1, $2)::text AS v', '2024-02-29 08:00', 'YYYY-MM-DD HH24:MI'),
]);

// ───────────────────────── 9.9 age ─────────────────────────
list.add('age: docs example', ["SELECT age(timestamp '2001-04-10', timestamp '1957-06-13')::text AS v"]);
list.add('age: negative result', ["SELECT age(timestamp '2001-01-01', timestamp '2001-03-15')::text AS v"]);
list.add('age: end of month', [
  "SELECT age(timestamp '2024-03-31', timestamp '2024-02-29')::text AS a, age(timestamp '2024-03-01', timestamp '2024-01-31')::text AS b, age(timestamp '2023-03-01', timestamp '2023-01-31')::text AS c",
]);
list.add('age: with time of day', [
  "SELECT age(timestamp '2024-01-02 01:00', timestamp '2024-01-01 23:00')::text AS a, age(timestamp '2024-03-01 00:00', timestamp '2024-02-28 12:00')::text AS b",
]);
list.add('age: of dates', ["SELECT age(date '2024-02-29', date '2000-02-29')::text AS v"]);
list.add('age: timestamptz depends on zone', [
  tz('America/New_York'),
  "SELECT age(timestamptz '2024-03-11 00:00-04', timestamptz '2024-03-10 00:00-05')::text AS a",
]);
list.add('age: infinity', ["SELECT age(timestamp 'infinity', timestamp '2000-01-01') AS v"]);
list.add('age: result as interval object', [
  "SELECT age(timestamp '2001-04-10 12:00', timestamp '1957-06-13') AS v",
]);
list.add('age: params', [
  withParams('SELECT age($1::timestamp, $2::timestamp)::text AS v', '2024-02-29', '2023-03-01'),
]);

// ───────────────────────── 9.9 date_bin ─────────────────────────
list.add('date_bin: docs 15 minutes', [
  "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')::text AS v",
]);
list.add('date_bin: docs offset origin', [
  "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01 00:02:30')::text AS v",
]);
list.add('date_bin: months rejected', [
  "SELECT date_bin('1 month', timestamp '2020-02-11', timestamp '2001-01-01') AS v",
]);
list.add('date_bin: zero stride rejected', [
  "SELECT date_bin('0 minutes', timestamp '2020-02-11', timestamp '2001-01-01') AS v",
]);
list.add('date_bin: before origin', [
  "SELECT date_bin('1 hour', timestamp '2000-12-31 22:30', timestamp '2001-01-01')::text AS v",
]);
list.add('date_bin: timestamptz', [
  UTC,
  "SELECT date_bin('1 day', timestamptz '2024-03-10 12:00+05', timestamptz '2024-01-01 00:00+00')::text AS v",
]);
list.add('date_bin: days stride', [
  "SELECT date_bin('7 days', timestamp '2024-03-10 12:00', timestamp '2024-01-01')::text AS v",
]);
list.add('date_bin: params', [
  withParams(
    'SELECT date_bin($1::interval, $2::timestamp, $3::timestamp)::text AS v',
    '10 minutes',
    '2024-02-29 13:07:00',
    '2024-01-01',
  ),
]);

// ───────────────────────── 9.9 extract / date_part ─────────────────────────
list.add('extract: result type numeric vs date_part double', [
  "SELECT extract(year from timestamp '2024-02-29') AS e, date_part('year', timestamp '2024-02-29') AS d, pg_typeof(extract(year from timestamp '2024-02-29')) AS te",
]);
list.add('extract: all simple fields of a timestamp', [
  `SELECT extract(year from ${TS}) AS y, extract(month from ${TS}) AS mo, extract(day from ${TS}) AS d, extract(hour from ${TS}) AS h, extract(minute from ${TS}) AS mi, extract(second from ${TS}) AS s`,
]);
list.add('extract: millisecond microsecond', [
  `SELECT extract(milliseconds from ${TS}) AS ms, extract(microseconds from ${TS}) AS us, date_part('milliseconds', ${TS}) AS dms`,
]);
list.add('extract: doy week quarter', [
  "SELECT extract(doy from date '2024-12-31') AS doy, extract(week from date '2024-12-30') AS w, extract(quarter from date '2024-08-15') AS q, extract(week from date '2021-01-03') AS w2",
]);
list.add('extract: dow and isodow on Sunday', [
  "SELECT extract(dow from date '2024-03-03') AS dow, extract(isodow from date '2024-03-03') AS isodow, extract(dow from date '2024-03-04') AS mon",
]);
list.add('extract: isoyear', [
  "SELECT extract(isoyear from date '2021-01-01') AS a, extract(isoyear from date '2024-12-30') AS b, extract(isoyear from date '2006-01-01') AS c",
]);
list.add('extract: decade century millennium', [
  "SELECT extract(decade from date '2024-01-01') AS dec, extract(century from date '2000-12-31') AS c2000, extract(century from date '2001-01-01') AS c2001, extract(millennium from date '2000-12-31') AS m2000, extract(millennium from date '2001-01-01') AS m2001",
]);
list.add('extract: BC years', [
  "SELECT extract(year from date '0001-01-01 BC') AS y, extract(century from date '0001-01-01 BC') AS c, extract(decade from date '0012-01-01 BC') AS d, extract(millennium from date '0001-01-01 BC') AS m",
]);
list.add('extract: epoch of timestamp and date', [
  "SELECT extract(epoch from timestamp '2001-02-16 20:38:40.12') AS a, extract(epoch from date '2001-02-16') AS b, date_part('epoch', timestamp '2001-02-16 20:38:40.12') AS c",
]);
list.add('extract: epoch of timestamptz', [
  tz('America/Los_Angeles'),
  "SELECT extract(epoch from timestamptz '2001-02-16 20:38:40.12-08') AS a, extract(epoch from timestamptz '1969-12-31 23:59:59Z') AS b",
]);
list.add('extract: epoch of interval', [
  "SELECT extract(epoch from interval '5 days 3 hours') AS a, extract(epoch from interval '1 month') AS b, extract(epoch from interval '1 year') AS c, extract(epoch from interval '-1 day 1 second') AS d",
]);
list.add('extract: epoch of time', [
  "SELECT extract(epoch from time '13:05:09.5') AS a, extract(epoch from timetz '13:05:09+02') AS b",
]);
list.add('extract: julian', [
  "SELECT extract(julian from date '2006-01-01') AS a, extract(julian from timestamp '2006-01-01 12:00') AS b, date_part('julian', date '2000-01-01') AS c",
]);
list.add('extract: julian of timestamptz uses local time', [
  tz('Asia/Tokyo'),
  "SELECT extract(julian from timestamptz '2006-01-01 00:00+00') AS v",
]);
list.add('extract: fields of time', [
  "SELECT extract(hour from time '13:05:09.123456') AS h, extract(minute from time '13:05:09.123456') AS m, extract(second from time '13:05:09.123456') AS s, extract(microseconds from time '13:05:09.123456') AS us",
]);
list.add('extract: day from time rejected', ["SELECT extract(day from time '13:05') AS v"]);
list.add('extract: hour from date rejected but date_part works', [
  "SELECT date_part('hour', date '2024-01-01') AS a",
  "SELECT extract(hour from date '2024-01-01') AS b",
]);
list.add('extract: fields of interval', [
  "SELECT extract(year from i) AS y, extract(month from i) AS mo, extract(day from i) AS d, extract(hour from i) AS h, extract(minute from i) AS mi, extract(second from i) AS s FROM (SELECT interval '1 year 14 months 40 days 26:05:06.5' AS i) t",
]);
list.add('extract: negative interval fields', [
  "SELECT extract(month from interval '-14 months') AS mo, extract(year from interval '-14 months') AS y, extract(hour from interval '-1 day -03:00') AS h",
]);
list.add('extract: century decade of interval', [
  "SELECT extract(century from interval '250 years') AS c, extract(decade from interval '25 years') AS d, extract(millennium from interval '2500 years') AS m, extract(quarter from interval '7 months') AS q",
]);
list.add('extract: dow from interval rejected', ["SELECT extract(dow from interval '3 days') AS v"]);
list.add('extract: timezone fields', [
  tz('Asia/Kolkata'),
  "SELECT extract(timezone from timestamptz '2024-01-01 00:00+00') AS tz, extract(timezone_hour from timestamptz '2024-01-01 00:00+00') AS h, extract(timezone_minute from timestamptz '2024-01-01 00:00+00') AS m",
]);
list.add('extract: timezone fields negative zone', [
  tz('America/St_Johns'),
  "SELECT extract(timezone from timestamptz '2024-01-01 00:00+00') AS tz, extract(timezone_hour from timestamptz '2024-01-01 00:00+00') AS h, extract(timezone_minute from timestamptz '2024-01-01 00:00+00') AS m",
]);
list.add('extract: timezone of timestamp rejected', [
  "SELECT extract(timezone from timestamp '2024-01-01') AS v",
]);
list.add('extract: fields of timestamptz in zone', [
  tz('Pacific/Auckland'),
  "SELECT extract(day from timestamptz '2024-06-30 20:00+00') AS d, extract(hour from timestamptz '2024-06-30 20:00+00') AS h, extract(dow from timestamptz '2024-06-30 20:00+00') AS dow",
]);
list.add('extract: infinity', [
  "SELECT extract(epoch from timestamp 'infinity') AS a, extract(year from timestamp '-infinity') AS b, extract(month from date 'infinity') AS c, date_part('year', timestamp 'infinity') AS d",
]);
list.add('extract: unknown field', ["SELECT extract(fortnight from timestamp '2024-01-01') AS v"]);
list.add('extract: field given as string', [
  "SELECT extract('year' from timestamp '2024-01-01') AS a, date_part('YEAR', timestamp '2024-01-01') AS b",
]);
list.add('extract: plural and abbreviated units', [
  "SELECT date_part('years', timestamp '2024-01-01') AS a, date_part('mon', timestamp '2024-03-01') AS b, date_part('hrs', timestamp '2024-03-01 05:00') AS c, date_part('secs', timestamp '2024-03-01 05:00:07') AS d",
]);
list.add('extract: from date returns integral numeric', [
  "SELECT extract(day from date '2024-02-29') AS d, extract(epoch from date '1970-01-02') AS e",
]);
list.add('extract: param date', [
  withParams('SELECT extract(doy from $1::date) AS v, extract(isodow from $1::date) AS w', '2024-02-29'),
]);
list.add('date_part: param field and timestamp', [
  withParams('SELECT date_part($1, $2::timestamp) AS v', 'week', '2024-12-30'),
]);

// ───────────────────────── 9.9 date_trunc ─────────────────────────
list.add('date_trunc: units on timestamp', [
  `SELECT date_trunc('millennium', ${TS})::text AS mil, date_trunc('century', ${TS})::text AS c, date_trunc('decade', ${TS})::text AS dec, date_trunc('quarter', ${TS})::text AS q, date_trunc('week', ${TS})::text AS w`,
]);
list.add('date_trunc: small units', [
  `SELECT date_trunc('second', ${TS})::text AS s, date_trunc('milliseconds', ${TS})::text AS ms, date_trunc('microseconds', ${TS})::text AS us, date_trunc('minute', ${TS})::text AS mi`,
]);
list.add('date_trunc: century and millennium edges', [
  "SELECT date_trunc('century', timestamp '2000-06-01')::text AS a, date_trunc('millennium', timestamp '2000-06-01')::text AS b, date_trunc('decade', timestamp '2009-06-01')::text AS c",
]);
list.add('date_trunc: BC century', [
  "SELECT date_trunc('century', timestamp '0050-06-01 BC')::text AS a, date_trunc('decade', timestamp '0015-06-01 BC')::text AS b",
]);
list.add('date_trunc: week crossing year', ["SELECT date_trunc('week', timestamp '2021-01-01')::text AS v"]);
list.add('date_trunc: timestamptz with zone argument', [
  UTC,
  "SELECT date_trunc('day', timestamptz '2001-02-16 20:38:40+00', 'Australia/Sydney')::text AS v",
]);
list.add('date_trunc: timestamptz in session zone', [
  tz('America/New_York'),
  "SELECT date_trunc('day', timestamptz '2024-03-10 12:00:00+00')::text AS d, date_trunc('hour', timestamptz '2024-03-10 07:30:00+00')::text AS h, date_trunc('month', timestamptz '2024-03-10 12:00:00+00')::text AS m",
]);
list.add('date_trunc: timestamptz zone argument abbreviation', [
  UTC,
  "SELECT date_trunc('day', timestamptz '2024-07-01 02:00+00', 'PST')::text AS a, date_trunc('day', timestamptz '2024-07-01 02:00+00', '+05')::text AS b",
]);
list.add('date_trunc: invalid zone argument', [
  UTC,
  "SELECT date_trunc('day', timestamptz '2024-07-01 02:00+00', 'Mars/Olympus') AS v",
]);
list.add('date_trunc: of a date gives timestamptz', [
  tz('Europe/Berlin'),
  "SELECT date_trunc('month', date '2024-07-15')::text AS v, pg_typeof(date_trunc('month', date '2024-07-15')) AS t",
]);
list.add('date_trunc: interval', [
  "SELECT date_trunc('hour', interval '3 days 04:05:06')::text AS a, date_trunc('year', interval '1 year 5 months')::text AS b, date_trunc('day', interval '1 year 2 mons 3 days 4 hours')::text AS c",
]);
list.add('date_trunc: interval by week rejected', ["SELECT date_trunc('week', interval '10 days') AS v"]);
list.add('date_trunc: unknown unit', ["SELECT date_trunc('fortnight', timestamp '2024-01-01') AS v"]);
list.add('date_trunc: infinity', ["SELECT date_trunc('day', timestamp 'infinity')::text AS v"]);
list.add('date_trunc: timestamp node-pg value', [
  "SELECT date_trunc('hour', timestamp '2024-02-29 13:05:09') AS v",
]);
list.add('date_trunc: params', [
  UTC,
  withParams('SELECT date_trunc($1, $2::timestamptz)::text AS v', 'month', '2024-02-29 13:05:09+05'),
]);
list.add('date_trunc: params with zone', [
  UTC,
  withParams(
    'SELECT date_trunc($1, $2::timestamptz, $3)::text AS v',
    'day',
    '2024-02-29 23:05:09+00',
    'Asia/Tokyo',
  ),
]);

// ───────────────────────── 9.9 justify_* ─────────────────────────
list.add('justify_days', [
  "SELECT justify_days(interval '35 days')::text AS a, justify_days(interval '-35 days')::text AS b, justify_days(interval '1 mon 65 days')::text AS c",
]);
list.add('justify_hours', [
  "SELECT justify_hours(interval '27 hours')::text AS a, justify_hours(interval '-27 hours')::text AS b, justify_hours(interval '1 day 50:00:01')::text AS c",
]);
list.add('justify_interval', [
  "SELECT justify_interval(interval '1 mon -1 hour')::text AS a, justify_interval(interval '-1 mon 1 day')::text AS b, justify_interval(interval '35 days 27 hours')::text AS c",
]);
list.add('justify_interval mixed signs', [
  "SELECT justify_interval(interval '1 year -1 day')::text AS a, justify_hours(interval '1 day -25 hours')::text AS b",
]);

// ───────────────────────── 9.9 make_* ─────────────────────────
list.add('make_date: basic and BC', [
  'SELECT make_date(2013, 7, 15)::text AS a, make_date(-44, 3, 15)::text AS b',
]);
list.add('make_date: invalid day', ['SELECT make_date(2023, 2, 29) AS v']);
list.add('make_date: year zero', ['SELECT make_date(0, 1, 1) AS v']);
list.add('make_time: fractional seconds', [
  'SELECT make_time(8, 15, 23.5)::text AS a, make_time(24, 0, 0)::text AS b',
]);
list.add('make_time: out of range', ['SELECT make_time(25, 0, 0) AS v']);
list.add('make_time: 60 seconds', ['SELECT make_time(10, 0, 60) AS v']);
list.add('make_timestamp: basic and BC', [
  'SELECT make_timestamp(2013, 7, 15, 8, 15, 23.5)::text AS a, make_timestamp(-1, 1, 1, 0, 0, 0)::text AS b',
]);
list.add('make_timestamp: invalid', ['SELECT make_timestamp(2013, 2, 30, 0, 0, 0) AS v']);
list.add('make_timestamptz: session zone', [
  tz('America/New_York'),
  'SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5)::text AS v',
]);
list.add('make_timestamptz: named zone argument', [
  UTC,
  "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'America/New_York')::text AS a, make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'Asia/Kathmandu')::text AS b",
]);
list.add('make_timestamptz: POSIX offset zone argument', [
  UTC,
  "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, '+2')::text AS a, make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'UTC-3')::text AS b",
]);
list.add('make_timestamptz: abbreviation zone argument', [
  UTC,
  "SELECT make_timestamptz(2013, 7, 15, 8, 0, 0, 'EST')::text AS a, make_timestamptz(2013, 7, 15, 8, 0, 0, 'CEST')::text AS b",
]);
list.add('make_interval: named args', [
  'SELECT make_interval(days => 10)::text AS a, make_interval(secs => 1.5)::text AS b, make_interval(weeks => -1)::text AS c, make_interval(mins => 90)::text AS d',
]);
list.add('make_interval: all positional', ['SELECT make_interval(1, 2, 3, 4, 5, 6, 7.5)::text AS v']);
list.add('make_interval: no args', ['SELECT make_interval()::text AS v']);
list.add('make_date: params', [withParams('SELECT make_date($1, $2, $3)::text AS v', '2024', '2', '29')]);
list.add('make_interval: params', [
  withParams('SELECT make_interval(hours => $1, secs => $2)::text AS v', '36', '0.25'),
]);

// ───────────────────────── 9.9 AT TIME ZONE ─────────────────────────
list.add('AT TIME ZONE: docs timestamp to timestamptz', [
  tz('America/Los_Angeles'),
  "SELECT (timestamp '2001-02-16 20:38:40' AT TIME ZONE 'America/Denver')::text AS v",
]);
list.add('AT TIME ZONE: docs timestamptz to timestamp', [
  tz('America/Los_Angeles'),
  "SELECT (timestamptz '2001-02-16 20:38:40-05' AT TIME ZONE 'America/Denver')::text AS v",
]);
list.add('AT TIME ZONE: docs chained', [
  tz('America/Los_Angeles'),
  "SELECT (timestamp '2001-02-16 20:38:40' AT TIME ZONE 'Asia/Tokyo' AT TIME ZONE 'America/Chicago')::text AS v",
]);
list.add('AT TIME ZONE: abbreviation', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'MST')::text AS a, (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'PDT')::text AS b",
]);
list.add('AT TIME ZONE: POSIX offsets are inverted', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE '+05')::text AS a, (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'UTC+3')::text AS b, (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'Etc/GMT+5')::text AS c",
]);
list.add('AT TIME ZONE: ISO offset with colon', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE '+05:30')::text AS a, (timestamptz '2024-07-01 12:00+00' AT TIME ZONE '-08:00')::text AS b",
]);
list.add('AT TIME ZONE: interval zone', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE INTERVAL '-08:00')::text AS a, (timestamp '2024-07-01 12:00' AT TIME ZONE INTERVAL '+02:00')::text AS b",
]);
list.add('AT TIME ZONE: EST5EDT style zone', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'EST5EDT')::text AS a, (timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'EST5EDT')::text AS b",
]);
list.add('AT TIME ZONE: quarter-hour zone', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'Asia/Kathmandu')::text AS v",
]);
list.add('AT TIME ZONE: invalid zone', [
  UTC,
  "SELECT timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'Nowhere/Land' AS v",
]);
list.add('AT TIME ZONE: DST gap local time', [
  UTC,
  "SELECT (timestamp '2024-03-10 02:30' AT TIME ZONE 'America/New_York')::text AS gap, (timestamp '2024-11-03 01:30' AT TIME ZONE 'America/New_York')::text AS overlap",
]);
list.add('AT TIME ZONE: timezone() function form', [
  UTC,
  "SELECT timezone('Asia/Tokyo', timestamptz '2024-07-01 20:00+00')::text AS a, timezone('Asia/Tokyo', timestamp '2024-07-01 20:00')::text AS b",
]);
list.add('AT TIME ZONE: case-insensitive zone names', [
  UTC,
  "SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'europe/paris')::text AS a, (timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'utc')::text AS b",
]);
list.add('AT TIME ZONE: time with time zone', [
  UTC,
  "SELECT (timetz '10:00+02' AT TIME ZONE 'Asia/Tokyo')::text AS a, (time '10:00' AT TIME ZONE 'UTC')::text AS b",
]);
list.add('AT TIME ZONE: result type of timestamptz is timestamp', [
  UTC,
  "SELECT pg_typeof(timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'UTC') AS a, pg_typeof(timestamp '2024-07-01 12:00' AT TIME ZONE 'UTC') AS b",
]);
list.add('AT TIME ZONE: node-pg values', [
  UTC,
  "SELECT timestamptz '2024-07-01 12:00+00' AT TIME ZONE 'Asia/Tokyo' AS a, timestamp '2024-07-01 12:00' AT TIME ZONE 'Asia/Tokyo' AS b",
]);
list.add('AT TIME ZONE: param zone', [
  UTC,
  withParams("SELECT (timestamptz '2024-07-01 12:00+00' AT TIME ZONE $1)::text AS v", 'America/Sao_Paulo'),
]);
list.add('AT TIME ZONE: param timestamp and zone', [
  UTC,
  withParams('SELECT ($1::timestamp AT TIME ZONE $2)::text AS v', '2024-07-01 12:00', 'Australia/Adelaide'),
]);

// ───────────────────────── 9.9 OVERLAPS ─────────────────────────
list.add('OVERLAPS: docs examples', [
  "SELECT (DATE '2001-02-16', DATE '2001-12-21') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS a, (DATE '2001-02-16', INTERVAL '100 days') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS b, (DATE '2001-10-29', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') AS c, (DATE '2001-10-30', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-31') AS d",
]);
list.add('OVERLAPS: reversed endpoints', [
  "SELECT (DATE '2001-12-21', DATE '2001-02-16') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS v",
]);
list.add('OVERLAPS: touching intervals', [
  "SELECT (timestamp '2024-01-01 10:00', timestamp '2024-01-01 11:00') OVERLAPS (timestamp '2024-01-01 11:00', timestamp '2024-01-01 12:00') AS v",
]);
list.add('OVERLAPS: null endpoint', [
  "SELECT (DATE '2001-02-16', NULL::date) OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS a, (DATE '2001-02-16', NULL::date) OVERLAPS (DATE '2001-01-30', DATE '2001-03-30') AS b",
]);
list.add('OVERLAPS: time values', [
  "SELECT (time '10:00', time '12:00') OVERLAPS (time '11:00', interval '2 hours') AS v",
]);
list.add('OVERLAPS: instants', [
  "SELECT (DATE '2001-10-30', DATE '2001-10-30') OVERLAPS (DATE '2001-10-30', DATE '2001-10-30') AS v",
]);
list.add('OVERLAPS: params', [
  withParams(
    'SELECT ($1::date, $2::date) OVERLAPS ($3::date, $4::date) AS v',
    '2024-01-01',
    '2024-02-01',
    '2024-01-31',
    '2024-03-01',
  ),
]);

// ───────────────────────── 9.9 operators ─────────────────────────
list.add('op: date plus and minus integer', [
  "SELECT (date '2001-09-28' + 7)::text AS a, (date '2001-10-01' - 7)::text AS b, (7 + date '2001-09-28')::text AS c",
]);
list.add('op: date minus date is integer', [
  "SELECT date '2001-10-01' - date '2001-09-28' AS v, pg_typeof(date '2001-10-01' - date '2001-09-28') AS t",
]);
list.add('op: date plus interval is timestamp', [
  "SELECT (date '2001-09-28' + interval '1 hour')::text AS a, pg_typeof(date '2001-09-28' + interval '1 hour') AS t",
]);
list.add('op: date plus time', [
  "SELECT (date '2001-09-28' + time '03:00')::text AS a, (date '2001-09-28' + timetz '03:00+02')::text AS b",
  UTC,
  "SELECT (date '2001-09-28' + timetz '03:00+02')::text AS c",
]);
list.add('op: timestamp minus timestamp', [
  "SELECT (timestamp '2001-09-29 03:00' - timestamp '2001-07-27 12:00')::text AS a, (timestamp '2024-01-01' - timestamp '2025-03-01 06:00')::text AS b",
]);
list.add('op: timestamptz difference across DST', [
  tz('America/New_York'),
  "SELECT (timestamptz '2024-03-11 00:00' - timestamptz '2024-03-10 00:00')::text AS v",
]);
list.add('op: timestamptz plus day vs 24 hours across DST', [
  tz('America/New_York'),
  "SELECT (timestamptz '2024-03-09 12:00' + interval '1 day')::text AS a, (timestamptz '2024-03-09 12:00' + interval '24 hours')::text AS b",
]);
list.add('op: timestamp plus month from Jan 31', [
  "SELECT (timestamp '2024-01-31' + interval '1 month')::text AS a, (date '2024-02-29' + interval '1 year')::text AS b, (timestamp '2024-03-31' - interval '1 month')::text AS c",
]);
list.add('op: interval times float', [
  "SELECT (interval '1 hour' * 3.5)::text AS a, (interval '1 month' * 1.5)::text AS b, (21 * interval '1 day')::text AS c, (interval '1 day' * 0.3)::text AS d",
]);
list.add('op: interval divided by float', [
  "SELECT (interval '1 hour' / 1.5)::text AS a, (interval '1 month' / 7)::text AS b, (interval '3 days' / 2)::text AS c",
]);
list.add('op: interval divided by zero', ["SELECT interval '1 hour' / 0 AS v"]);
list.add('op: interval plus and minus', [
  "SELECT (interval '1 day' + interval '1 hour')::text AS a, (interval '1 day' - interval '1 hour')::text AS b, (- interval '23 hours')::text AS c",
]);
list.add('op: time arithmetic wraps', [
  "SELECT (time '23:00' + interval '3 hours')::text AS a, (time '05:00' - time '03:00')::text AS b, (time '01:00' - interval '2 hours')::text AS c",
]);
list.add('op: timestamp plus interval with fraction of month', [
  "SELECT (timestamp '2024-01-31' + interval '1.5 months')::text AS v",
]);
list.add('op: date minus interval', ["SELECT (date '2024-03-01' - interval '1 day')::text AS v"]);
list.add('op: interval equality normalises', [
  "SELECT interval '1 mon' = interval '30 days' AS a, interval '1 day' = interval '24 hours' AS b, interval '1 year' = interval '360 days' AS c, interval '1 mon' > interval '29 days 23:59' AS d",
]);
list.add('op: sum and avg of intervals', [
  "SELECT sum(i)::text AS s, avg(i)::text AS a FROM (VALUES (interval '1 day 2 hours'), (interval '1 mon'), (interval '30 minutes')) t(i)",
]);
list.add('op: timestamp compared with timestamptz', [
  tz('Asia/Tokyo'),
  "SELECT timestamp '2024-01-01 09:00' = timestamptz '2024-01-01 00:00+00' AS v",
]);
list.add('op: date compared with timestamp', [
  "SELECT date '2024-01-01' = timestamp '2024-01-01 00:00' AS a, date '2024-01-01' < timestamp '2024-01-01 00:00:01' AS b",
]);
list.add('op: date plus integer overflow', ["SELECT date '5874897-12-31' + 1 AS v"]);
list.add('op: param date plus integer', [withParams('SELECT ($1::date + 1)::text AS v', '2024-02-29')]);
list.add('op: untyped param plus interval', [
  withParams("SELECT ($1 + interval '1 day')::text AS v", '2024-02-29 10:00'),
]);
list.add('op: date minus untyped param', [withParams("SELECT date '2024-03-01' - $1 AS v", '2024-02-01')]);
list.add('op: interval times param', [withParams("SELECT (interval '1 hour' * $1)::text AS v", '2.5')]);

// ───────────────────────── 9.9 isfinite / infinity ─────────────────────────
list.add('isfinite: date timestamp interval', [
  "SELECT isfinite(date 'infinity') AS a, isfinite(date '2001-02-16') AS b, isfinite(timestamp '-infinity') AS c, isfinite(interval '4 hours') AS d, isfinite(timestamptz 'infinity') AS e",
]);
list.add('infinity: comparisons', [
  "SELECT 'infinity'::date > '5874897-12-31'::date AS a, '-infinity'::timestamp < '4713-01-01 BC'::timestamp AS b, 'infinity'::timestamp = 'infinity'::timestamp AS c",
]);
list.add('infinity: arithmetic', [
  "SELECT (date 'infinity' + 1)::text AS a, (timestamp 'infinity' + interval '1 day')::text AS b, (date '-infinity' - 10)::text AS c",
]);
list.add('infinity: subtracting infinities', ["SELECT timestamp 'infinity' - timestamp '2000-01-01' AS v"]);
list.add('infinity: date minus infinite date', ["SELECT date 'infinity' - date '2000-01-01' AS v"]);
list.add('infinity: casts between types', [
  UTC,
  "SELECT (date 'infinity')::timestamp::text AS a, (timestamp '-infinity')::timestamptz::text AS b, (timestamptz 'infinity')::date::text AS c",
]);
list.add('infinity: node-pg values', [
  UTC,
  "SELECT date 'infinity' AS a, timestamp '-infinity' AS b, timestamptz 'infinity' AS c",
]);
list.add('infinity: ordering with finite values', [
  "SELECT d::text FROM (VALUES (date '2024-01-01'), (date 'infinity'), (date '-infinity'), (date 'epoch')) t(d) ORDER BY d",
]);

// ───────────────────────── 8.5 date input ─────────────────────────
list.add('input date: docs forms in MDY', [
  "SELECT '1999-01-08'::date::text AS a, 'January 8, 1999'::date::text AS b, '1/8/1999'::date::text AS c, '1999-Jan-08'::date::text AS d, 'Jan-08-1999'::date::text AS e, '08-Jan-1999'::date::text AS f",
]);
list.add('input date: compact and day-of-year forms', [
  "SELECT '19990108'::date::text AS a, '990108'::date::text AS b, '1999.008'::date::text AS c, 'J2451187'::date::text AS d",
]);
list.add('input date: BC suffix', ["SELECT 'January 8, 99 BC'::date::text AS a"]);
list.add('input date: 99-Jan-08 ambiguous in MDY', ["SELECT '99-Jan-08'::date AS v"]);
list.add('input date: 1/18/1999 in MDY and DMY', [
  "SELECT '1/18/1999'::date::text AS a",
  "SET DateStyle = 'ISO, DMY'",
  "SELECT '1/18/1999'::date AS b",
]);
list.add('input date: DMY reads day first', [
  "SET DateStyle = 'ISO, DMY'",
  "SELECT '1/8/1999'::date::text AS a, '08-01-99'::date::text AS b",
]);
list.add('input date: YMD reads year first', [
  "SET DateStyle = 'ISO, YMD'",
  "SELECT '99-01-08'::date::text AS a, '01/02/03'::date::text AS b",
]);
list.add('input date: two-digit year in MDY', [
  "SELECT '01/02/03'::date::text AS a, '1/8/69'::date::text AS b, '1/8/70'::date::text AS c",
]);
list.add('input date: epoch infinity', [
  "SELECT 'epoch'::date::text AS a, 'infinity'::date::text AS b, '-infinity'::date::text AS c",
]);
list.add('input date: Feb 29 non-leap rejected', ["SELECT '2023-02-29'::date AS v"]);
list.add('input date: year zero rejected', ["SELECT '0000-01-01'::date AS v"]);
list.add('input date: timestamp text truncated to date', [
  "SELECT '2024-02-29 23:59:59'::date::text AS a, '2024-02-29T10:00:00Z'::date::text AS b",
]);
list.add('input date: garbage', ["SELECT 'not a date'::date AS v"]);
list.add('input date: whitespace and case', [
  "SELECT '  2024-02-29  '::date::text AS a, 'FEB 29 2024'::date::text AS b",
]);
list.add('input date: day name allowed', ["SELECT 'Thursday, February 29, 2024'::date::text AS v"]);
list.add('input date: year beyond 9999 and min date', [
  "SELECT '12345-01-01'::date::text AS a, '4714-11-24 BC'::date::text AS b",
  "SELECT '4714-11-23 BC'::date AS c",
]);
list.add('input date: param text', [withParams('SELECT $1::date::text AS v', 'February 29, 2024')]);
list.add('input date: param to untyped comparison', [
  withParams("SELECT date '2024-02-29' = $1 AS v", '2024-02-29'),
]);

// ───────────────────────── 8.5 time input ─────────────────────────
list.add('input time: docs forms', [
  "SELECT '04:05:06.789'::time::text AS a, '04:05'::time::text AS b, '040506'::time::text AS c, '04:05 AM'::time::text AS d, '04:05 PM'::time::text AS e",
]);
list.add('input time: zone ignored for time', [
  "SELECT '04:05:06 PST'::time::text AS a, '04:05:06-08:00'::time::text AS b, '2003-04-12 04:05:06 America/New_York'::time::text AS c",
]);
list.add('input time: allballs and 24:00', [
  "SELECT 'allballs'::time::text AS a, '24:00:00'::time::text AS b, '24:00:01'::time AS c",
]);
list.add('input time: 60 seconds', ["SELECT '23:59:60'::time::text AS v"]);
list.add('input timetz: docs forms', [
  UTC,
  "SELECT '04:05:06-08:00'::timetz::text AS a, '04:05:06 PST'::timetz::text AS b, '040506+0730'::timetz::text AS c, '04:05:06'::timetz::text AS d",
]);
list.add('input time: precision', [
  "SELECT '04:05:06.789'::time(1)::text AS a, '04:05:06.75'::time(0)::text AS b, '23:59:59.9999999'::time::text AS c",
]);

// ───────────────────────── 8.5 timestamp input ─────────────────────────
list.add('input timestamp: zone ignored', [
  "SELECT timestamp '2004-10-19 10:23:54+02'::text AS a, timestamp with time zone '2004-10-19 10:23:54+02' = timestamptz '2004-10-19 08:23:54Z' AS b",
]);
list.add('input timestamptz: named zone inline', [
  UTC,
  "SELECT timestamptz '2004-10-19 10:23:54 America/New_York'::text AS a, timestamptz '2004-10-19 10:23:54 Europe/London'::text AS b",
]);
list.add('input timestamptz: ISO 8601 T and Z', [
  UTC,
  "SELECT '1999-01-08T04:05:06Z'::timestamptz::text AS a, '1999-01-08 04:05:06 +0530'::timestamptz::text AS b, '1999-01-08T04:05:06.5-03:30'::timestamptz::text AS c",
]);
list.add('input timestamptz: abbreviations', [
  UTC,
  "SELECT '2024-07-01 12:00 PDT'::timestamptz::text AS a, '2024-07-01 12:00 CEST'::timestamptz::text AS b, '2024-07-01 12:00 IST'::timestamptz::text AS c, '2024-07-01 12:00 JST'::timestamptz::text AS d",
]);
list.add('input timestamptz: POSIX zone inline', [
  UTC,
  "SELECT '2024-07-01 12:00 UTC+3'::timestamptz::text AS a, '2024-07-01 12:00 EST5EDT'::timestamptz::text AS b",
]);
list.add('input timestamptz: interpreted in session zone', [
  tz('Europe/Paris'),
  "SELECT '2024-07-01 12:00'::timestamptz::text AS a, '2024-01-01 12:00'::timestamptz::text AS b",
]);
list.add('input timestamptz: DST gap in session zone', [
  tz('America/New_York'),
  "SELECT '2024-03-10 02:30'::timestamptz::text AS gap, '2024-11-03 01:30'::timestamptz::text AS overlap",
]);
list.add('input timestamp: epoch and infinity', [
  UTC,
  "SELECT 'epoch'::timestamp::text AS a, 'epoch'::timestamptz::text AS b, 'infinity'::timestamp::text AS c, '-infinity'::timestamptz::text AS d",
]);
list.add('input timestamp: allballs time in timestamp', [
  "SELECT '2024-01-01 allballs'::timestamp::text AS v",
]);
list.add('input timestamp: 24:00 rolls to next day', ["SELECT '2024-01-01 24:00:00'::timestamp::text AS v"]);
list.add('input timestamp: leap second rolls', ["SELECT '2024-12-31 23:59:60'::timestamp::text AS v"]);
list.add('input timestamp: Feb 30 rejected', ["SELECT '2024-02-30 10:00'::timestamp AS v"]);
list.add('input timestamp: BC timestamp', [
  "SELECT '0044-03-15 12:00 BC'::timestamp::text AS a, timestamp '0001-01-01 BC' < timestamp '0001-01-01' AS b",
]);
list.add('input timestamp: Postgres style text', [
  UTC,
  "SELECT 'Wed Dec 17 07:37:16 1997'::timestamp::text AS a, 'Wed Dec 17 07:37:16 1997 PST'::timestamptz::text AS b",
]);
list.add('input timestamp: SQL style text', ["SELECT '12/17/1997 07:37:16.00'::timestamp::text AS v"]);
list.add('input timestamp: German style text', ["SELECT '17.12.1997 07:37:16.00'::timestamp::text AS v"]);
list.add('input timestamp: precision rounding', [
  "SELECT '2024-01-01 10:00:00.1234567'::timestamp::text AS a, '2024-01-01 10:00:00.5'::timestamp(0)::text AS b, '2024-01-01 23:59:59.999'::timestamp(2)::text AS c",
]);
list.add('input timestamp: julian date with time', ["SELECT 'J2451187 04:05'::timestamp::text AS v"]);
list.add('input timestamp: ISO week not supported in literal', ["SELECT '2024-W09-4'::date AS v"]);
list.add('input timestamptz: param with offset', [
  UTC,
  withParams('SELECT $1::timestamptz::text AS v', '2024-02-29 10:00:00+02'),
]);
list.add('input timestamptz: param ISO Z into value', [
  tz('Asia/Tokyo'),
  withParams('SELECT $1::timestamptz AS v, $1::timestamptz::text AS t', '2024-02-29T23:30:00Z'),
]);
list.add('input timestamp: param with zone ignored', [
  withParams('SELECT $1::timestamp::text AS v', '2024-02-29 10:00:00+02'),
]);

// ───────────────────────── 8.5 DateStyle output ─────────────────────────
list.add('DateStyle: SQL DMY', [
  UTC,
  "SET DateStyle = 'SQL, DMY'",
  "SELECT date '2024-02-09'::text AS d, timestamp '2024-02-09 13:05:09.5'::text AS ts, timestamptz '2024-02-09 13:05:09+00'::text AS tstz",
]);
list.add('DateStyle: SQL MDY', [
  UTC,
  "SET DateStyle = 'SQL, MDY'",
  "SELECT date '2024-02-09'::text AS d, timestamp '2024-02-09 13:05:09'::text AS ts, timestamptz '2024-02-09 13:05:09+00'::text AS tstz",
]);
list.add('DateStyle: Postgres MDY', [
  tz('America/New_York'),
  "SET DateStyle = 'Postgres, MDY'",
  "SELECT date '2024-02-09'::text AS d, timestamp '2024-02-09 13:05:09'::text AS ts, timestamptz '2024-02-09 13:05:09+00'::text AS tstz",
]);
list.add('DateStyle: Postgres DMY', [
  UTC,
  "SET DateStyle = 'Postgres, DMY'",
  "SELECT date '2024-02-09'::text AS d, timestamp '2024-02-09 13:05:09'::text AS ts",
]);
list.add('DateStyle: German', [
  tz('Europe/Berlin'),
  "SET DateStyle = 'German'",
  "SELECT date '2024-02-09'::text AS d, timestamp '2024-02-09 13:05:09'::text AS ts, timestamptz '2024-02-09 13:05:09+00'::text AS tstz",
]);
list.add('DateStyle: ISO with half-hour zone offset', [
  tz('Asia/Kolkata'),
  "SELECT timestamptz '2024-02-09 13:05:09+00'::text AS v",
]);
list.add('DateStyle: ISO with seconds offset zone', [
  tz('Europe/Amsterdam'),
  "SELECT timestamptz '1900-01-01 00:00:00+00'::text AS v",
]);
list.add('DateStyle: SHOW after SET', [
  "SET DateStyle = 'German'",
  'SHOW DateStyle',
  "SET DateStyle = 'DMY'",
  'SHOW DateStyle',
  "SET DateStyle = 'SQL'",
  'SHOW DateStyle',
]);
list.add('DateStyle: BC dates in styles', [
  "SET DateStyle = 'SQL, DMY'",
  "SELECT date '0044-03-15 BC'::text AS a",
  "SET DateStyle = 'Postgres'",
  "SELECT timestamp '0044-03-15 12:00 BC'::text AS b",
]);
list.add('DateStyle: input follows setting', [
  "SET DateStyle = 'German'",
  "SELECT '09.02.2024'::date::text AS a",
]);
list.add('DateStyle: invalid value', ["SET DateStyle = 'Klingon'"]);
list.add('DateStyle: node-pg parsing under SQL style', [
  UTC,
  "SET DateStyle = 'SQL, DMY'",
  "SELECT date '2024-02-09' AS d, timestamptz '2024-02-09 13:05:09+00' AS tstz",
]);
list.add('TimeZone: SHOW after SET of several forms', [
  "SET TimeZone = 'Europe/Paris'",
  'SHOW TimeZone',
  "SET TIME ZONE 'UTC'",
  'SHOW TimeZone',
  "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE",
  'SHOW TimeZone',
  "SET TimeZone = '-3'",
  'SHOW TimeZone',
]);
list.add('TimeZone: numeric SET TIME ZONE is ISO sign', [
  'SET TIME ZONE -3',
  "SELECT timestamptz '2024-01-01 12:00+00'::text AS v",
]);
list.add('TimeZone: invalid zone rejected', ["SET TimeZone = 'Not/AZone'"]);
list.add('TimeZone: output in POSIX zone', [
  tz('<+0330>-3:30'),
  "SELECT timestamptz '2024-01-01 12:00+00'::text AS v",
]);

// ───────────────────────── 8.5 interval input ─────────────────────────
list.add('input interval: verbose units', [
  "SELECT interval '1 year 2 mons'::text AS a, interval '1 year 2 months 3 days 4 hours 5 minutes 6 seconds'::text AS b, interval '2 weeks'::text AS c",
]);
list.add('input interval: ISO 8601 designators', [
  "SELECT interval 'P1Y2M3DT4H5M6S'::text AS a, interval 'P1W'::text AS b, interval 'PT1.5S'::text AS c, interval 'P1.5D'::text AS d",
]);
list.add('input interval: ISO 8601 alternative format', [
  "SELECT interval 'P0001-02-03T04:05:06'::text AS v",
]);
list.add('input interval: @ and ago', [
  "SELECT interval '@ 1 day ago'::text AS a, interval '@ 1 year 2 mons -3 days 4 hours ago'::text AS b",
]);
list.add('input interval: SQL standard year-month and day-time', [
  "SELECT interval '1-2'::text AS a, interval '3 4:05:06'::text AS b, interval '-1 2:03:04'::text AS c, interval '1-2 3 4:05:06'::text AS d",
]);
list.add('input interval: fractional units spill down', [
  "SELECT interval '1.5 years'::text AS a, interval '1.5 months'::text AS b, interval '1.5 days'::text AS c, interval '0.1 months'::text AS d",
]);
list.add('input interval: field restrictions', [
  "SELECT interval '1 2:03:04' HOUR TO MINUTE AS a, interval '2' YEAR AS b, interval '1 day 2 hours' MINUTE TO SECOND AS c",
]);
list.add('input interval: bare number with field', [
  "SELECT interval '2' HOUR AS a, interval '90' MINUTE AS b, interval '1.5' DAY AS c, interval '3'::text AS d",
]);
list.add('input interval: centuries millennia decades', [
  "SELECT interval '10 centuries'::text AS a, interval '1 millennium'::text AS b, interval '2 decades'::text AS c",
]);
list.add('input interval: micro and milliseconds', [
  "SELECT interval '100 microseconds'::text AS a, interval '1500 milliseconds'::text AS b, interval '1 ms 1 us'::text AS c",
]);
list.add('input interval: abbreviations', [
  "SELECT interval '1 yr 2 mon 3 d 4 h 5 min 6 sec'::text AS a, interval '3 hrs'::text AS b",
]);
list.add('input interval: signs on each field', [
  "SELECT interval '+1 -2 days'::text AS a, interval '1 day -1 hour'::text AS b, interval '-1 year +2 mons'::text AS c",
]);
list.add('input interval: time only and hours over 24', [
  "SELECT interval '25:00'::text AS a, interval '100:30:15.5'::text AS b, interval '-00:00:01'::text AS c",
]);
list.add('input interval: invalid', ["SELECT interval '1 fortnight' AS v"]);
list.add('input interval: empty and zero', [
  "SELECT interval '0'::text AS a, interval '0 days'::text AS b",
  "SELECT ''::interval AS c",
]);
list.add('input interval: precision', [
  "SELECT interval '1.123456789 seconds'::text AS a, interval(2) '1.126 seconds'::text AS b",
]);
list.add('input interval: node-pg value', [
  "SELECT interval '1 year 2 mons 3 days 04:05:06.5' AS a, interval '-1 day 2 hours' AS b",
]);
list.add('input interval: param verbose', [withParams('SELECT $1::interval::text AS v', '1 year 2 mons')]);
list.add('input interval: param ISO', [withParams('SELECT $1::interval::text AS v', 'P1Y2M3DT4H5M6.5S')]);
list.add('input interval: param ago', [
  withParams('SELECT $1::interval::text AS v', '@ 3 hours 30 mins ago'),
]);

// ───────────────────────── 8.5 IntervalStyle output ─────────────────────────
list.add('IntervalStyle: postgres default', [
  "SELECT interval '1 year 2 mons 3 days 04:05:06'::text AS a, interval '-1 year -2 mons +3 days -04:05:06'::text AS b, interval '1 day -1 second'::text AS c",
]);
list.add('IntervalStyle: postgres_verbose', [
  "SET IntervalStyle = 'postgres_verbose'",
  "SELECT interval '1 year 2 mons 3 days 04:05:06'::text AS a, interval '-1 year -2 mons +3 days -04:05:06'::text AS b, interval '1.5 seconds'::text AS c, interval '0'::text AS d",
]);
list.add('IntervalStyle: sql_standard', [
  "SET IntervalStyle = 'sql_standard'",
  "SELECT interval '1 year 2 mons'::text AS a, interval '3 days 04:05:06'::text AS b, interval '1 year 2 mons 3 days 04:05:06'::text AS c, interval '-1 year -2 mons +3 days -04:05:06'::text AS d",
]);
list.add('IntervalStyle: iso_8601', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT interval '1 year 2 mons 3 days 04:05:06'::text AS a, interval '-1 year -2 mons +3 days -04:05:06.5'::text AS b, interval '0'::text AS c, interval '2 weeks'::text AS d",
]);
list.add('IntervalStyle: sql_standard input reading', [
  "SET IntervalStyle = 'sql_standard'",
  "SELECT interval '-1 2:03:04'::text AS a, interval '-1-2'::text AS b",
]);
list.add('IntervalStyle: node-pg parsing of iso_8601 output', [
  "SET IntervalStyle = 'iso_8601'",
  "SELECT interval '1 day 2 hours' AS v",
]);
list.add('IntervalStyle: SHOW and invalid', [
  "SET IntervalStyle = 'iso_8601'",
  'SHOW IntervalStyle',
  "SET IntervalStyle = 'fancy'",
]);

// ───────────────────────── casts and misc ─────────────────────────
list.add('cast: timestamptz to date in zone', [
  tz('Pacific/Kiritimati'),
  "SELECT (timestamptz '2024-02-29 12:00+00')::date::text AS v",
]);
list.add('cast: timestamp to time and date', [
  "SELECT (timestamp '2024-02-29 13:05:09.5')::time::text AS a, (timestamp '2024-02-29 13:05:09.5')::date::text AS b",
]);
list.add('cast: timestamptz to timetz', [
  tz('Asia/Kolkata'),
  "SELECT (timestamptz '2024-02-29 12:00+00')::timetz::text AS v",
]);
list.add('cast: interval to time and time to interval', [
  "SELECT (interval '26 hours')::time::text AS a, (time '10:30')::interval::text AS b",
]);
list.add('cast: text of typmod timestamp(0) rounding', [
  "SELECT (timestamp '2024-12-31 23:59:59.5')::timestamp(0)::text AS v",
]);
list.add('cast: date to timestamptz in zone', [
  tz('Australia/Lord_Howe'),
  "SELECT (date '2024-01-01')::timestamptz::text AS v",
]);
list.add('cast: numeric epoch via interval', [
  UTC,
  "SELECT (timestamptz 'epoch' + 1700000000 * interval '1 second')::text AS v",
]);
list.add('func: timeofday-free overlaps of generate_series dates', [
  "SELECT d::date::text FROM generate_series(date '2024-02-27', date '2024-03-02', interval '1 day') AS g(d) ORDER BY d",
]);
list.add('func: generate_series of timestamptz across DST', [
  tz('Europe/London'),
  "SELECT g::text FROM generate_series(timestamptz '2024-03-30 12:00', timestamptz '2024-04-01 12:00', interval '1 day') AS g ORDER BY g",
]);
list.add('func: generate_series timestamp by month from Jan 31', [
  "SELECT g::text FROM generate_series(timestamp '2024-01-31', timestamp '2024-05-31', interval '1 month') AS g ORDER BY g",
]);
list.add('func: isoyear week of Dec 31 in a 53-week year', [
  "SELECT to_char(date '2020-12-31', 'IYYY-IW') AS a, extract(week from date '2020-12-31') AS b, to_char(date '2020-12-31', 'WW') AS c",
]);
list.add('func: pg_typeof of date_part and extract on interval', [
  "SELECT pg_typeof(date_part('epoch', interval '1 day')) AS a, pg_typeof(extract(epoch from interval '1 day')) AS b, extract(epoch from interval '1 day') AS c",
]);

// ───────────────────────── round 15 extras: zone data and abbreviations ─────────────────────────
list.add('zone abbreviation IST under Asia/Kolkata in AT TIME ZONE', [
  tz('Asia/Kolkata'),
  "SELECT (timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'IST')::text AS v",
]);
list.add('zone abbreviation IST under Asia/Kolkata in timestamptz literal', [
  tz('Asia/Kolkata'),
  "SELECT '2024-01-01 10:00 IST'::timestamptz::text AS v",
]);
list.add('zone abbreviation IST built at run time', [
  tz('Asia/Kolkata'),
  "SELECT ('2024-01-01 10:00 ' || 'IST')::timestamptz::text AS v",
]);
list.add('zone abbreviation CST under America/Havana from a table', [
  tz('America/Havana'),
  "SELECT t::timestamptz::text AS v FROM (VALUES ('2024-01-01 10:00 CST')) x(t)",
]);
list.add('zone abbreviation in make_timestamptz under its own zone', [
  tz('Asia/Kolkata'),
  "SELECT make_timestamptz(2024, 1, 1, 10, 0, 0, 'IST')::text AS v",
]);
list.add('zone abbreviation in date_trunc under its own zone', [
  tz('Asia/Kolkata'),
  "SELECT date_trunc('day', timestamptz '2024-01-01 20:00+00', 'IST')::text AS v",
]);
list.add('zone abbreviation LMT of the session zone', [
  tz('America/New_York'),
  "SELECT '1800-01-01 00:00 LMT'::timestamptz::text AS v",
]);
list.add('zone abbreviation EWT of the session zone', [
  tz('America/New_York'),
  "SELECT '1943-06-01 00:00 EWT'::timestamptz::text AS v",
]);
list.add('zone abbreviation LMT in AT TIME ZONE', [
  tz('Europe/Paris'),
  "SELECT (timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'LMT')::text AS v",
]);
list.add('zone abbreviation LMT in a parameter', [
  tz('America/New_York'),
  withParams('SELECT $1::timestamptz::text AS v', '1800-01-01 00:00 LMT'),
]);
list.add('zone abbreviation IST in a parameter', [
  tz('Asia/Kolkata'),
  withParams('SELECT $1::timestamptz::text AS v', '2024-01-01 10:00 IST'),
]);
list.add('tzdata: merged zone Europe/Oslo before 1970', [
  tz('Europe/Oslo'),
  "SELECT timestamptz '1930-06-01 12:00+00'::text AS a, timestamptz '1900-01-01 00:00+00'::text AS b",
]);
list.add('tzdata: merged zone Atlantic/Reykjavik in 1950', [
  tz('Atlantic/Reykjavik'),
  "SELECT timestamptz '1950-01-01 12:00+00'::text AS v",
]);
list.add('tzdata: merged zone Asia/Kuala_Lumpur in 1960', [
  tz('Asia/Kuala_Lumpur'),
  "SELECT timestamptz '1960-01-01 12:00+00'::text AS v",
]);
list.add('tzdata: merged zone America/Montreal in 1920', [
  tz('America/Montreal'),
  "SELECT timestamptz '1920-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: PST8PDT before 1883', [
  tz('PST8PDT'),
  "SELECT timestamptz '1880-01-01 12:00+00'::text AS a, timestamptz '1943-07-01 12:00+00'::text AS b",
]);
list.add('tzdata: EST5EDT during 1943', [
  tz('EST5EDT'),
  "SELECT timestamptz '1943-01-01 12:00+00'::text AS a, timestamptz '1870-01-01 12:00+00'::text AS b",
]);
list.add('tzdata: Kazakhstan unified offset 2024', [
  tz('Asia/Almaty'),
  "SELECT timestamptz '2024-06-01 12:00+00'::text AS v",
]);
list.add('tzdata: Paraguay permanent offset 2025', [
  tz('America/Asuncion'),
  "SELECT timestamptz '2025-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: Greenland Nuuk DST 2024', [
  tz('America/Nuuk'),
  "SELECT timestamptz '2024-07-01 12:00+00'::text AS a, timestamptz '2023-01-01 12:00+00'::text AS b",
]);
list.add('tzdata: Mexico City without DST 2023', [
  tz('America/Mexico_City'),
  "SELECT timestamptz '2023-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: Europe/Kyiv zone name', [
  tz('Europe/Kyiv'),
  "SELECT timestamptz '2024-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: America/Ciudad_Juarez zone name', [
  tz('America/Ciudad_Juarez'),
  "SELECT timestamptz '2024-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: Egypt DST 2024', [
  tz('Africa/Cairo'),
  "SELECT timestamptz '2024-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: Europe/Amsterdam in 1930', [
  tz('Europe/Amsterdam'),
  "SELECT timestamptz '1930-07-01 12:00+00'::text AS v",
]);
list.add('tzdata: pg_timezone_names count of a few zones', [
  "SELECT name, utc_offset::text, is_dst FROM pg_timezone_names WHERE name IN ('Asia/Kolkata', 'UTC', 'Europe/Kyiv', 'America/Ciudad_Juarez') ORDER BY name",
]);
list.add('tzdata: pg_timezone_abbrevs a few rows', [
  "SELECT abbrev, utc_offset::text, is_dst FROM pg_timezone_abbrevs WHERE abbrev IN ('IST', 'CST', 'EST', 'LMT', 'MSK') ORDER BY abbrev",
]);
list.add('TimeZone: SET TIME ZONE DEFAULT and LOCAL', [
  "SET TimeZone = 'Asia/Tokyo'",
  'SET TIME ZONE DEFAULT',
  'SHOW TimeZone',
  "SET TimeZone = 'Asia/Tokyo'",
  'SET TIME ZONE LOCAL',
  'SHOW TimeZone',
]);

// ───────────────────────── round 15 extras: run-time text and 16+ inputs ─────────────────────────
list.add('run-time text: epoch with time', ["SELECT ('epoch' || ' 01:01:01')::timestamp::text AS v"]);
list.add('run-time text: +infinity date', ["SELECT ('+' || 'infinity')::date::text AS v"]);
list.add('run-time text: infinity interval', ["SELECT ('infin' || 'ity')::interval::text AS v"]);
list.add('run-time text: ago in the middle', ["SELECT ('1 day ago' || ' 2 hours')::interval::text AS v"]);
list.add('run-time text: from a VALUES column', [
  "SELECT t::timestamp::text AS v FROM (VALUES ('epoch 01:01:01'), ('2024-01-01 infinity')) x(t)",
]);
list.add('run-time text: +infinity from a table column', [
  'CREATE TABLE t (s text)',
  "INSERT INTO t VALUES ('+infinity')",
  'SELECT s::date::text AS d, s::timestamptz::text AS ts FROM t',
]);
list.add('run-time text: json to record with +infinity', [
  'SELECT * FROM json_to_record(\'{"d": "+infinity"}\') AS x(d date)',
]);
list.add('input interval: ago twice', ["SELECT interval '1 day ago ago'::text AS v"]);
list.add('input interval: ago in the middle', ["SELECT interval '1 day ago 2 hours'::text AS v"]);
list.add('input interval: ISO with ago', ["SELECT interval 'P1D ago'::text AS v"]);
list.add('input interval: fractional ISO years and months', [
  "SELECT interval 'P1.5Y'::text AS a, interval 'P0.5M'::text AS b, interval 'PT-1.5S'::text AS c, interval 'P-1Y-2M'::text AS d",
]);
list.add('input interval: fractional weeks centuries', [
  "SELECT interval '1.5 weeks'::text AS a, interval '0.5 centuries'::text AS b, interval '0.001 millennium'::text AS c",
]);
list.add('input interval: huge values', [
  "SELECT interval '178000000 years'::text AS a",
  "SELECT interval '2147483647 days 24 hours'::text AS b",
  "SELECT interval '9223372036854775807 microseconds'::text AS c",
]);
list.add('input interval: repeated unit', ["SELECT interval '1 day 1 day' AS v"]);
list.add('input date: YyearMmonthDday form', ["SELECT '1997Y12M25D'::date AS v"]);
list.add('input date: y m d letter form lowercase', ["SELECT 'y2024m02d29'::date AS v"]);
list.add('input date: plus infinity literal', ["SELECT date '+infinity' AS v"]);
list.add('input timestamp: infinity with a time', ["SELECT 'infinity 10:00'::timestamp::text AS v"]);
list.add('input timestamp: epoch with zone', [UTC, "SELECT 'epoch +05'::timestamptz::text AS v"]);

// ───────────────────────── round 15 extras: infinite and overflow arithmetic ─────────────────────────
list.add('infinity: interval divided by infinity and NaN', [
  "SELECT (interval '1 day' / 'Infinity'::float8)::text AS a",
  "SELECT interval '1 day' / 'NaN'::float8 AS b",
]);
list.add('infinity: date plus time', [
  "SELECT (date 'infinity' + time '10:00')::text AS a, (date '-infinity' + interval '1 day')::text AS b",
]);
list.add('infinity: date_bin of infinity', [
  "SELECT date_bin('1 day', timestamp 'infinity', timestamp '2001-01-01') AS v",
]);
list.add('infinity: timestamp infinity to time', ["SELECT (timestamp 'infinity')::time AS v"]);
list.add('infinity: extract fields of infinite date', [
  "SELECT extract(dow from date 'infinity') AS a, extract(epoch from date '-infinity') AS b, extract(julian from date 'infinity') AS c",
]);
list.add('infinity: make_timestamp with infinity seconds', [
  "SELECT make_timestamp(2024, 1, 1, 0, 0, 'Infinity') AS v",
]);
list.add('infinity: to_timestamp of huge float', [UTC, 'SELECT to_timestamp(9224318016000) AS v']);
list.add('infinity: timestamp minus infinite timestamp in a table', [
  'CREATE TABLE t (a timestamp, b timestamp)',
  "INSERT INTO t VALUES ('infinity', '2024-01-01')",
  'SELECT (a - b)::text AS v FROM t',
]);
list.add('infinity: generate_series to infinity with limit', [
  "SELECT g::text FROM generate_series(timestamp '2024-01-01', timestamp 'infinity', interval '1 day') g LIMIT 2",
]);
list.add('overflow: interval sum overflow', [
  "SELECT sum(i) AS v FROM (VALUES (interval '2147483647 days'), (interval '1 day')) t(i)",
]);
list.add('overflow: interval avg of large values', [
  "SELECT avg(i)::text AS v FROM (VALUES (interval '2000000000 days'), (interval '2000000000 days')) t(i)",
]);
list.add('overflow: interval plus overflow', ["SELECT interval '2147483647 days' + interval '1 day' AS v"]);
list.add('overflow: negating minimum interval', ["SELECT - interval '-2147483648 days' AS v"]);
list.add('overflow: timestamp plus huge interval', [
  "SELECT timestamp '2024-01-01' + interval '200000 years' AS v",
]);
list.add('overflow: date_bin with huge stride', [
  "SELECT date_bin('100000 years', timestamp '2024-01-01', timestamp '2001-01-01')::text AS v",
]);
list.add('overflow: justify_interval', ["SELECT justify_interval(interval '2147483647 mons 30 days') AS v"]);
list.add('overflow: interval times large factor', ["SELECT interval '1 day' * 1e10 AS v"]);

// ───────────────────────── round 15 extras: more formatting edges ─────────────────────────
list.add('to_char num: negative zero and rounding to zero', [
  "SELECT to_char(float8 '-0', '9.9') AS a, to_char(-0.4, 'S9') AS b, to_char(-0.04, 'FM9.9') AS c",
]);
list.add('to_char num: numeric Infinity', [
  "SELECT to_char('Infinity'::numeric, '999') AS a, to_char('-Infinity'::numeric, '9.99EEEE') AS b",
]);
list.add('to_char float8: large value into short format', [
  "SELECT to_char(float8 '1e300', '9999') AS a, to_char(float4 '3.4e38', '9999') AS b",
]);
list.add('to_char num: EEEE with V rejected', ["SELECT to_char(12, '9V9EEEE') AS v"]);
list.add('to_char num: multiple decimal points rejected', ["SELECT to_char(12, '9.9.9') AS v"]);
list.add('to_char num: RN with FM of numeric fraction', [
  "SELECT to_char(12.5, 'FMRN') AS a, to_char(12.4::numeric, 'RN') AS b",
]);
list.add('to_char num: PL SG MI combos with FM', [
  "SELECT to_char(5, 'FMPL9') AS a, to_char(-5, 'FMSG9') AS b, to_char(-5, 'FM9MI') AS c, to_char(5, 'FM9MI') AS d",
]);
list.add('to_char ts: BC year patterns', [
  "SELECT to_char(timestamp '0001-01-01 BC', 'YYYY Y,YYY IYYY YY CC') AS v",
]);
list.add('to_char interval: negative years', ["SELECT to_char(interval '-1 year -2 mons', 'YYYY MM') AS v"]);
list.add('to_char interval: big hours HH12', [
  "SELECT to_char(interval '13 hours', 'HH12 AM') AS a, to_char(interval '0 hours', 'HH12') AS b",
]);
list.add('to_char ts: I IW on Jan 1 2027', ["SELECT to_char(date '2027-01-01', 'IYYY IW ID I') AS v"]);
list.add('to_date: DDD 366 in non-leap year', ["SELECT to_date('2023-366', 'YYYY-DDD') AS v"]);
list.add('to_date: IW without ID', ["SELECT to_date('2024 10', 'IYYY IW')::text AS v"]);
list.add('to_date: month name only', ["SELECT to_date('Feb', 'Mon')::text AS v"]);
list.add('to_date: TM month name', ["SELECT to_date('05 March 2024', 'DD TMMonth YYYY')::text AS v"]);
list.add('to_timestamp: OF input', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 +05:30', 'YYYY-MM-DD HH24:MI OF') AS v",
]);
list.add('to_timestamp: lowercase tz input', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 utc', 'YYYY-MM-DD HH24:MI tz') AS v",
]);
list.add('to_timestamp: TZ format in a parameter', [
  UTC,
  withParams('SELECT to_timestamp($1, $2) AS v', '2024-01-01 10:00 EST', 'YYYY-MM-DD HH24:MI TZ'),
]);
list.add('to_timestamp: TZ format built at run time', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 EST', 'YYYY-MM-DD HH24:MI ' || 'TZ') AS v",
]);
list.add('to_timestamp: negative zero TZH', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00 -00:30', 'YYYY-MM-DD HH24:MI TZH:TZM')::text AS v",
]);
list.add('to_timestamp: more than six fraction digits', [
  UTC,
  "SELECT to_timestamp('2024-01-01 10:00:00.1234567', 'YYYY-MM-DD HH24:MI:SS.US') AS v",
]);
list.add('to_timestamp: FF7 rejected', [UTC, "SELECT to_timestamp('2024-01-01', 'YYYY-MM-DD FF7') AS v"]);
list.add('to_timestamp: AD marker with 12-hour clock', [
  UTC,
  "SELECT to_timestamp('1997 AD 10 PM', 'YYYY AD HH PM')::text AS v",
]);

// ───────────────────────── round 15 extras: pg-mem friendly (UTC, no text casts, no intervals) ─────────────────────────
list.add('raw: date input forms as values', [
  "SELECT '1999-01-08'::date AS a, 'January 8, 1999'::date AS b, '1/8/1999'::date AS c, '19990108'::date AS d, '1999.008'::date AS e",
]);
list.add('raw: date plus and minus integer', [
  "SELECT date '2024-02-28' + 1 AS a, date '2024-03-01' - 1 AS b, date '2024-03-01' - date '2024-02-01' AS c",
]);
list.add('raw: date comparisons and BETWEEN', [
  "SELECT date '2024-02-29' BETWEEN date '2024-02-01' AND date '2024-03-01' AS a, date '2024-01-01' < date '2023-12-31' AS b",
]);
list.add('raw: timestamp with offset ignores zone', ["SELECT timestamp '2004-10-19 10:23:54+02' AS v"]);
list.add('raw: timestamptz in UTC', [
  UTC,
  "SELECT timestamptz '2004-10-19 10:23:54+02' AS a, '1999-01-08T04:05:06Z'::timestamptz AS b, '1999-01-08 04:05:06 +0530'::timestamptz AS c",
]);
list.add('raw: timestamptz named zone inline in UTC session', [
  UTC,
  "SELECT timestamptz '2024-07-01 12:00 America/New_York' AS v",
]);
list.add('raw: timestamp 24:00 and leap second', [
  "SELECT '2024-01-01 24:00:00'::timestamp AS a, '2024-12-31 23:59:60'::timestamp AS b",
]);
list.add('raw: timestamp milliseconds', ["SELECT timestamp '2024-02-29 13:05:09.123' AS v"]);
list.add('raw: timestamp rounded to precision', [
  "SELECT '2024-01-01 10:00:00.5'::timestamp(0) AS a, '2024-01-01 10:00:00.125'::timestamp(1) AS b",
]);
list.add('raw: extract numeric fields of timestamp', [
  "SELECT extract(year from timestamp '2024-02-29 13:05:09') AS y, extract(doy from timestamp '2024-02-29 13:05:09') AS doy, extract(dow from timestamp '2024-02-29 13:05:09') AS dow, extract(isodow from timestamp '2024-03-03') AS isodow, extract(week from timestamp '2024-12-30') AS w",
]);
list.add('raw: extract epoch of timestamp and date', [
  "SELECT extract(epoch from timestamp '2024-02-29 13:05:09.5') AS a, extract(epoch from date '2024-02-29') AS b",
]);
list.add('raw: extract quarter century from date', [
  "SELECT extract(quarter from date '2024-11-30') AS q, extract(century from date '2001-01-01') AS c, extract(millennium from date '2000-12-31') AS m, extract(isoyear from date '2021-01-01') AS iy",
]);
list.add('raw: date_part returns double', [
  "SELECT date_part('year', timestamp '2024-02-29') AS y, date_part('second', timestamp '2024-02-29 10:00:05.25') AS s, date_part('dow', date '2024-03-03') AS dow",
]);
list.add('raw: date_part epoch of timestamptz', [
  UTC,
  "SELECT date_part('epoch', timestamptz '2024-02-29 00:00+00') AS e, extract(epoch from timestamptz '2024-02-29 00:00+02') AS e2",
]);
list.add('raw: extract from timestamptz in UTC', [
  UTC,
  "SELECT extract(hour from timestamptz '2024-02-29 23:30-02') AS h, extract(day from timestamptz '2024-02-29 23:30-02') AS d",
]);
list.add('raw: date_trunc units of timestamp', [
  "SELECT date_trunc('year', timestamp '2024-05-15 10:11:12') AS y, date_trunc('quarter', timestamp '2024-05-15 10:11:12') AS q, date_trunc('week', timestamp '2024-05-15 10:11:12') AS w, date_trunc('minute', timestamp '2024-05-15 10:11:12') AS mi",
]);
list.add('raw: date_trunc of timestamptz in UTC', [
  UTC,
  "SELECT date_trunc('day', timestamptz '2024-05-15 23:11:12-03') AS d, date_trunc('month', timestamptz '2024-05-31 23:11:12-03') AS m",
]);
list.add('raw: date_trunc of a date', [UTC, "SELECT date_trunc('month', date '2024-05-15') AS v"]);
list.add('raw: date_trunc decade century', [
  "SELECT date_trunc('decade', timestamp '2029-05-15') AS d, date_trunc('century', timestamp '2000-05-15') AS c, date_trunc('millennium', timestamp '2001-05-15') AS m",
]);
list.add('raw: cast timestamp to date and timestamptz to date', [
  UTC,
  "SELECT (timestamp '2024-02-29 23:59:59')::date AS a, (timestamptz '2024-02-29 23:00-05')::date AS b",
]);
list.add('raw: cast date to timestamp', [
  UTC,
  "SELECT (date '2024-02-29')::timestamp AS a, (date '2024-02-29')::timestamptz AS b",
]);
list.add('raw: date compared with timestamp', [
  "SELECT date '2024-01-01' = timestamp '2024-01-01 00:00' AS a, date '2024-01-02' > timestamp '2024-01-01 23:59' AS b",
]);
list.add('raw: to_char of timestamp fields', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'YYYY-MM-DD HH24:MI:SS') AS a, to_char(timestamp '2024-02-29 13:05:09', 'Dy DD Mon YYYY HH12:MI AM') AS b, to_char(timestamp '2024-02-29 13:05:09', 'IYYY-IW Q DDD') AS c",
]);
list.add('raw: to_char of timestamptz in UTC', [
  UTC,
  "SELECT to_char(timestamptz '2024-02-29 13:05:09+02', 'YYYY-MM-DD HH24:MI TZ') AS v",
]);
list.add('raw: to_char of a date', [
  UTC,
  "SELECT to_char(date '2024-02-29', 'FMDay FMDDth FMMonth YYYY') AS v",
]);
list.add('raw: ordering dates and timestamps', [
  "SELECT d FROM (VALUES (date '2024-02-29'), (date '1999-01-08'), (date '2024-01-01')) t(d) ORDER BY d DESC",
]);
list.add('raw: max min of timestamps', [
  "SELECT max(t) AS hi, min(t) AS lo FROM (VALUES (timestamp '2024-02-29 10:00'), (timestamp '1999-01-08 04:05:06')) x(t)",
]);
list.add('raw: two-digit years', ["SELECT '1/8/69'::date AS a, '1/8/70'::date AS b, '01/02/03'::date AS c"]);
list.add('raw: invalid dates rejected', ["SELECT '2023-02-29'::date AS a"]);
list.add('raw: invalid timestamp rejected', ["SELECT '2024-01-01 25:00'::timestamp AS a"]);
list.add('raw: epoch literal', [
  UTC,
  "SELECT 'epoch'::timestamp AS a, 'epoch'::timestamptz AS b, 'epoch'::date AS c",
]);
list.add('raw: BC date value', ["SELECT '0044-03-15 BC'::date AS v"]);
list.add('raw: make_date value', ['SELECT make_date(2024, 2, 29) AS v']);
list.add('raw: to_timestamp of epoch seconds', [UTC, 'SELECT to_timestamp(1700000000) AS v']);
list.add('raw: param date plus integer', [withParams('SELECT $1::date + 1 AS v', '2024-02-28')]);
list.add('raw: param timestamptz in UTC', [
  UTC,
  withParams('SELECT $1::timestamptz AS v', '2024-02-29 10:00:00+02'),
]);
list.add('raw: param date compared', [
  withParams('SELECT $1::date < $2::date AS v', '2024-02-29', '2024-03-01'),
]);
list.add('raw: param extract', [
  withParams(
    'SELECT extract(year from $1::timestamp) AS y, date_part($2, $1::timestamp) AS m',
    '2024-02-29 10:00',
    'month',
  ),
]);
list.add('raw: param date_trunc', [
  withParams('SELECT date_trunc($1, $2::timestamp) AS v', 'week', '2024-02-29 10:00'),
]);
list.add('raw: param text into table date column', [
  'CREATE TABLE ev (d date, t timestamp)',
  withParams('INSERT INTO ev VALUES ($1, $2)', 'February 29, 2024', '2024-02-29T10:00:00'),
  'SELECT d, t FROM ev',
]);
list.add('raw: table of dates grouped by month', [
  'CREATE TABLE ev (d date)',
  "INSERT INTO ev VALUES ('2024-01-31'), ('2024-02-01'), ('2024-02-29'), ('2024-03-01')",
  "SELECT date_trunc('month', d::timestamp) AS m, count(*) FROM ev GROUP BY 1 ORDER BY 1",
]);
list.add('raw: table of timestamps filtered by range', [
  UTC,
  'CREATE TABLE ev (at timestamptz)',
  "INSERT INTO ev VALUES ('2024-02-29 23:30-02'), ('2024-03-01 00:30+00'), ('2024-02-29 12:00Z')",
  "SELECT at FROM ev WHERE at >= '2024-03-01' ORDER BY at",
]);
list.add('raw: date column default and comparison with text', [
  'CREATE TABLE ev (d date)',
  "INSERT INTO ev VALUES ('2024-02-29')",
  "SELECT d = '2024-02-29' AS a, d > '2024-02-28' AS b, d::timestamp = '2024-02-29 00:00' AS c FROM ev",
]);

// ───────────────────────── round 15 extras: more run-time and session-zone paths ─────────────────────────
list.add('run-time text: literal cast through text', [
  "SELECT 'epoch 01:01:01'::text::timestamp::text AS a",
  "SELECT '+infinity'::text::date AS b",
  "SELECT 'infinity'::text::interval AS c",
]);
list.add('run-time text: coalesce of a literal', ["SELECT COALESCE(NULL, '+infinity')::date AS v"]);
list.add('run-time text: text array cast to date array', [
  "SELECT ARRAY['+infinity', '2024-01-01']::date[]::text AS v",
]);
list.add('range input: daterange with +infinity bound', [
  "SELECT '[2024-01-01,+infinity)'::daterange::text AS v",
]);
list.add('range input: tsrange with epoch and time', [
  "SELECT '[epoch 01:01:01,2024-01-01)'::tsrange::text AS v",
]);
list.add('record input: composite with +infinity date', [
  'CREATE TYPE r AS (d date, i interval)',
  "SELECT '(+infinity,)'::r::text AS a",
  "SELECT '(,infinity)'::r::text AS b",
]);
list.add('jsonb_populate_record: interval infinity', [
  'CREATE TABLE t (i interval)',
  'SELECT (jsonb_populate_record(NULL::t, \'{"i": "infinity"}\')).i::text AS v',
]);
list.add('insert select: text column into date column', [
  'CREATE TABLE s (v text); CREATE TABLE d (v date)',
  "INSERT INTO s VALUES ('+infinity')",
  'INSERT INTO d SELECT v::date FROM s',
  'SELECT v::text FROM d',
]);
list.add('input date: y m d letter form in a parameter', [
  withParams('SELECT $1::date::text AS v', 'y2024m02d29'),
]);
list.add('input timestamp: y m d letter form with time', [
  "SELECT 'y2024m02d29 10:00'::timestamp::text AS v",
]);
list.add('input timestamp: fractional Julian day', ["SELECT 'J2451187.5'::timestamp::text AS v"]);
list.add('zone abbreviation IST in AT TIME ZONE parameter', [
  tz('Asia/Kolkata'),
  withParams("SELECT (timestamptz '2024-01-01 12:00+00' AT TIME ZONE $1)::text AS v", 'IST'),
]);
list.add('zone abbreviation IST in timezone() function', [
  tz('Asia/Kolkata'),
  "SELECT timezone('IST', timestamp '2024-01-01 12:00')::text AS v",
]);
list.add('zone abbreviation IST in timetz literal', [
  tz('Asia/Kolkata'),
  "SELECT '10:00 IST'::timetz::text AS v",
]);
list.add('zone abbreviation IST in timestamptz array literal', [
  tz('Asia/Kolkata'),
  'SELECT \'{"2024-01-01 10:00 IST"}\'::timestamptz[]::text AS v',
]);
list.add('zone abbreviation IST inserted into a column', [
  tz('Asia/Kolkata'),
  'CREATE TABLE ev (at timestamptz)',
  "INSERT INTO ev VALUES ('2024-01-01 10:00 IST')",
  'SELECT at::text FROM ev',
]);
list.add('zone abbreviation IST inserted through a parameter', [
  tz('Asia/Kolkata'),
  'CREATE TABLE ev (at timestamptz)',
  withParams('INSERT INTO ev VALUES ($1)', '2024-01-01 10:00 IST'),
  'SELECT at::text FROM ev',
]);
list.add('zone abbreviation LMT in make_timestamptz', [
  tz('America/New_York'),
  "SELECT make_timestamptz(1800, 1, 1, 0, 0, 0, 'LMT')::text AS v",
]);
list.add('zone abbreviation CMT of Buenos Aires', [
  tz('America/Argentina/Buenos_Aires'),
  "SELECT '1900-01-01 00:00 CMT'::timestamptz::text AS v",
]);
list.add('to_date: TZ format in a parameter', [
  withParams('SELECT to_date($1, $2) AS v', '2024-01-01 EST', 'YYYY-MM-DD TZ'),
]);
list.add('to_timestamp: OF format in a parameter', [
  UTC,
  withParams('SELECT to_timestamp($1, $2)::text AS v', '2024-01-01 10:00 +05:30', 'YYYY-MM-DD HH24:MI OF'),
]);
list.add('to_timestamp: format from a table column', [
  UTC,
  'CREATE TABLE f (fmt text)',
  "INSERT INTO f VALUES ('YYYY-MM-DD HH24:MI TZ')",
  "SELECT to_timestamp('2024-01-01 10:00 EST', fmt)::text AS v FROM f",
]);

// ───────────────────────── round 15 extras: pg-mem supported surface, edges ─────────────────────────
list.add('raw: to_char lowercase patterns', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'yyyy-mm-dd hh24:mi:ss') AS a, to_char(timestamp '2024-02-29 13:05:09', 'dd mon yyyy hh12 am') AS b",
]);
list.add('raw: to_char Y,YYY J WW W CC Q', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'Y,YYY J WW W CC Q') AS v",
]);
list.add('raw: to_char SSSS MS FF3 US', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09.123', 'SSSS MS FF3 US') AS v",
]);
list.add('raw: to_char TH variants', [
  "SELECT to_char(timestamp '2024-02-02 13:05:09', 'DDTH DDth MMth HH24th YYYYth') AS v",
]);
list.add('raw: to_char quoted and backslash', [
  'SELECT to_char(timestamp \'2024-02-29 13:05:09\', \'"Q"Q "at" HH24\\"h\\"\') AS v',
]);
list.add('raw: to_char AD BC on AD dates', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'YYYY AD BC a.d. b.c.') AS v",
]);
list.add('raw: to_char TZ of a timestamp is empty', [
  UTC,
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'HH24 [TZ] [tz] [OF]') AS v",
]);
list.add('raw: to_char PM and AM spellings', [
  "SELECT to_char(timestamp '2024-02-29 00:05:09', 'HH12 AM am A.M. a.m. PM') AS a, to_char(timestamp '2024-02-29 12:05:09', 'HH12 AM p.m.') AS b",
]);
list.add('raw: to_char month and day name widths', [
  "SELECT to_char(timestamp '2024-09-04 13:05:09', 'Month|Day|MONTH|DAY|month|day') AS v",
]);
list.add('raw: to_char IDDD ID and IW of late December', [
  "SELECT to_char(timestamp '2024-12-30', 'IYYY IW ID IDDD') AS a, to_char(timestamp '2026-12-31', 'IYYY IW ID IDDD') AS b",
]);
list.add('raw: to_char of BC timestamp', [
  "SELECT to_char(timestamp '0044-03-15 12:00 BC', 'YYYY-MM-DD BC') AS v",
]);
list.add('raw: to_char unknown letters and FX', [
  "SELECT to_char(timestamp '2024-02-29 13:05:09', 'FXXX YYYY xx k') AS v",
]);
list.add('raw: extract second and milliseconds scale', [
  "SELECT extract(second from timestamp '2024-02-29 13:05:09.123') AS s, extract(milliseconds from timestamp '2024-02-29 13:05:09.123') AS ms, extract(microseconds from timestamp '2024-02-29 13:05:09.123') AS us",
]);
list.add('raw: extract epoch with milliseconds', [
  "SELECT extract(epoch from timestamp '2024-02-29 13:05:09.123') AS e, date_part('epoch', timestamp '2024-02-29 13:05:09.123') AS d",
]);
list.add('raw: extract julian from date and timestamp', [
  "SELECT extract(julian from date '2024-02-29') AS a, extract(julian from timestamp '2024-02-29 06:00') AS b",
]);
list.add('raw: extract timezone from timestamptz in UTC', [
  UTC,
  "SELECT extract(timezone from timestamptz '2024-02-29 13:05:09+02') AS a, extract(timezone_hour from timestamptz '2024-02-29 13:05:09+02') AS b",
]);
list.add('raw: extract decade century of BC dates', [
  "SELECT extract(decade from date '0005-01-01 BC') AS d, extract(century from date '0100-01-01 BC') AS c, extract(year from date '0001-06-01 BC') AS y",
]);
list.add('raw: extract week isoyear edges', [
  "SELECT extract(week from date '2027-01-01') AS w, extract(isoyear from date '2027-01-01') AS iy, extract(week from date '2026-12-31') AS w2, extract(doy from date '2023-12-31') AS doy",
]);
list.add('raw: date_part microseconds and milliseconds', [
  "SELECT date_part('microseconds', timestamp '2024-02-29 13:05:09.123') AS us, date_part('milliseconds', timestamp '2024-02-29 13:05:09.123') AS ms, date_part('julian', date '2024-02-29') AS j",
]);
list.add('raw: date_part on a date casts to timestamp', [
  "SELECT date_part('hour', date '2024-02-29') AS h, date_part('epoch', date '2024-02-29') AS e, date_part('week', date '2024-02-29') AS w",
]);
list.add('raw: extract unknown and unsupported units', [
  "SELECT extract(timezone from date '2024-02-29') AS v",
]);
list.add('raw: date_trunc week of a Sunday and Monday', [
  "SELECT date_trunc('week', timestamp '2024-03-03 10:00') AS sun, date_trunc('week', timestamp '2024-03-04 10:00') AS mon",
]);
list.add('raw: date_trunc millennium and century BC', [
  "SELECT date_trunc('millennium', timestamp '2000-06-01') AS a, date_trunc('century', timestamp '0150-06-01 BC') AS b",
]);
list.add('raw: date_trunc milliseconds and second', [
  "SELECT date_trunc('milliseconds', timestamp '2024-02-29 13:05:09.123') AS ms, date_trunc('second', timestamp '2024-02-29 13:05:09.999') AS s",
]);
list.add('raw: date_trunc plural and upper-case unit', [
  "SELECT date_trunc('DAY', timestamp '2024-02-29 13:05:09') AS a, date_trunc('hours', timestamp '2024-02-29 13:05:09') AS b",
]);
list.add('raw: date_trunc quarter of timestamptz', [
  UTC,
  "SELECT date_trunc('quarter', timestamptz '2024-06-30 23:00-05') AS v",
]);
list.add('raw: date plus large and negative integers', [
  "SELECT date '2024-01-31' + 30 AS a, date '2024-03-01' + (-366) AS b, date '2024-01-01' - (-1) AS c",
]);
list.add('raw: date minus date negative', ["SELECT date '2024-01-01' - date '2024-12-31' AS v"]);
list.add('raw: date in list and equality with text', [
  "SELECT date '2024-02-29' IN ('2024-02-29', '2024-03-01') AS a, '2024-02-29'::date = '2024-02-29 00:00'::timestamp AS b",
]);
list.add('raw: date input word forms', [
  "SELECT '1999-Jan-08'::date AS a, 'Jan-08-1999'::date AS b, '08-Jan-1999'::date AS c, 'J2451187'::date AS d, '990108'::date AS e",
]);
list.add('raw: timestamp input forms', [
  "SELECT 'January 8 04:05:06 1999'::timestamp AS a, '1999-01-08 04:05:06 PM'::timestamp AS b, '19990108T040506'::timestamp AS c",
]);
list.add('raw: timestamp input DMY-like rejected in MDY', ["SELECT '13/01/2024'::timestamp AS v"]);
list.add('raw: timestamp minus timestamp in days via date_part', [
  "SELECT date_part('day', timestamp '2024-03-01' - timestamp '2024-02-01') AS v",
]);
list.add('raw: extract from timestamp param untyped', [
  withParams('SELECT extract(month from $1::timestamp) AS v', '2024-02-29 10:00'),
]);
list.add('raw: to_char param date', [
  UTC,
  withParams("SELECT to_char($1::date, 'YYYY-MM-DD Dy') AS v", '2024-02-29'),
]);
list.add('raw: date_part param untyped date', [
  withParams('SELECT date_part($1, $2::date) AS v', 'doy', '2024-12-31'),
]);

list.add('raw: to_char adjacent patterns', [
  "SELECT to_char(timestamp '2024-02-09 03:04:05', 'YYYYMMDDHH24MISS') AS a, to_char(timestamp '2024-02-09 03:04:05', 'DDDD MIMI SSSSS') AS b, to_char(timestamp '2024-02-09 03:04:05', 'MONTHDD') AS c",
]);
list.add('raw: to_char lowercase fm and mixed case', [
  "SELECT to_char(timestamp '2024-02-09 03:04:05', 'fmDD fmMM fmHH12') AS a, to_char(timestamp '2024-02-09 03:04:05', 'Fmdd FMmonth Mon MON mon') AS b",
]);
list.add('raw: to_char ISO week at year start', [
  "SELECT d, to_char(d, 'IYYY-IW-ID YYYY-WW') AS v FROM (VALUES (timestamp '2021-01-01'), (timestamp '2021-01-03'), (timestamp '2021-01-04'), (timestamp '2026-01-01')) t(d) ORDER BY d",
]);
list.add('raw: to_char with repeated FM and TH on month', [
  "SELECT to_char(timestamp '2024-11-03 13:05:09', 'FMMMth FMDDTH FMHH12th') AS v",
]);
list.add('raw: timestamp input T and fraction', [
  "SELECT '2024-02-29T10:00:00.5'::timestamp AS a, '2024-02-29T10:00:00Z'::timestamp AS b, '2024-2-9 1:2:3'::timestamp AS c",
]);
list.add('raw: timestamptz offsets forms in UTC', [
  UTC,
  "SELECT '2024-02-29 10:00-0530'::timestamptz AS a, '2024-02-29 10:00 +5'::timestamptz AS b, '2024-02-29 10:00+05:30:15'::timestamptz AS c",
]);
list.add('raw: timestamptz compared with timestamp in UTC', [
  UTC,
  "SELECT timestamptz '2024-02-29 10:00+00' = timestamp '2024-02-29 10:00' AS a, timestamptz '2024-02-29 10:00+01' < timestamp '2024-02-29 10:00' AS b",
]);
list.add('raw: date_trunc week of a date in UTC', [UTC, "SELECT date_trunc('week', date '2024-03-03') AS v"]);
list.add('raw: date_part isoyear decade on early January', [
  "SELECT date_part('isoyear', date '2027-01-02') AS iy, date_part('decade', date '2020-01-01') AS d, date_part('isodow', date '2027-01-03') AS idow",
]);
list.add('raw: date column unique and ordered', [
  'CREATE TABLE ev (d date PRIMARY KEY)',
  "INSERT INTO ev VALUES ('2024-02-29'), ('2024-01-01')",
  "INSERT INTO ev VALUES ('2024-02-29')",
  'SELECT d FROM ev ORDER BY d',
]);
list.add('raw: timestamp column rounded to precision on insert', [
  'CREATE TABLE ev (t timestamp(0))',
  "INSERT INTO ev VALUES ('2024-02-29 10:00:00.6')",
  'SELECT t FROM ev',
]);
list.add('raw: date plus integer parameter', [withParams("SELECT date '2024-02-28' + $1::int AS v", '2')]);
list.add('raw: extract from timestamptz parameter', [
  UTC,
  withParams('SELECT extract(hour from $1::timestamptz) AS h', '2024-02-29 10:00:00-03'),
]);

list.add('AT LOCAL is not 15 syntax', [
  tz('Asia/Tokyo'),
  "SELECT (timestamptz '2024-01-01 12:00+00' AT LOCAL)::text AS v",
]);
list.add('date_bin: negative stride', [
  "SELECT date_bin('-15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')::text AS v",
]);
list.add('date_bin: far origin', [
  "SELECT date_bin('1 second', timestamp '294000-01-01', timestamp '4700-01-01 BC')::text AS v",
]);
list.add('input interval: minimum months reads as finite in 15', [
  "SELECT interval '-178956970 years -8 mons -2147483648 days -2562047788:00:54.775808'::text AS v",
]);
list.add('input interval: maximum fields read as finite in 15', [
  "SELECT interval '178956970 years 7 mons 2147483647 days 2562047788:00:54.775807'::text AS v",
]);
list.add('pg_timezone_abbrevs under the session zone', [
  tz('America/New_York'),
  "SELECT abbrev, utc_offset::text, is_dst FROM pg_timezone_abbrevs WHERE abbrev IN ('LMT', 'EWT', 'EPT', 'EST', 'EDT') ORDER BY abbrev",
]);
list.add('pg_timezone_abbrevs count', [tz('Asia/Kolkata'), 'SELECT count(*) AS n FROM pg_timezone_abbrevs']);
list.add('run-time text: session-zone abbreviation via format()', [
  tz('America/New_York'),
  "SELECT format('%s %s', '1800-01-01 00:00', 'LMT')::timestamptz::text AS v",
]);

export default list.cases;
