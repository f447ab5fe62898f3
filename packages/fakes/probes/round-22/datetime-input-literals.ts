// Round 22 differential probe (h129): PostgreSQL 15 docs 8.5 (date/time input), 9.9 and Appendix B
// (date/time input interpretation, abbreviations, special values, Julian dates, BC years, ranges),
// as typed literals. Deterministic only: TimeZone is set where a timestamptz shows.

import { ProbeCases } from '../probe-kit.js';

const UTC = "SET TimeZone = 'UTC'";
const list = new ProbeCases('datetime input literal: ');
const lit = (type: string, text: string): string => `SELECT '${text}'::${type}::text AS v`;

// 8.5.1.1 Dates (Table 8.10), under DateStyle ISO, MDY (the default) and others.
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
  '2024-02-30',
  '2023-02-29',
  '0000-01-01',
  '0001-01-01 BC',
  '10000-01-01',
  '5874897-12-31',
  '5874898-01-01',
  '4714-11-24 BC',
  '4714-11-23 BC',
  'Jan 8 1999 AD',
  '1999 Jan 8',
  'Friday January 8 1999',
  '1999-01-08 garbage',
  '',
  '  1999-01-08  ',
];
for (const text of DATES) list.add(`date '${text}'`, [lit('date', text)]);
for (const style of ['ISO, DMY', 'ISO, YMD', 'SQL, DMY', 'German', 'Postgres, MDY'])
  for (const text of ['1/8/1999', '01/02/03', '08-Jan-99', '99-Jan-08'])
    list.add(`date '${text}' under DateStyle ${style}`, [`SET DateStyle = '${style}'`, lit('date', text)]);

// 8.5.1.2 Times (Tables 8.11, 8.12).
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
  '24:00:01',
  '23:59:60',
  'allballs',
  '04:05:06.1234567',
  'T040506',
  '4:5:6',
];
for (const text of TIMES) {
  list.add(`time '${text}'`, [lit('time', text)]);
  list.add(`timetz '${text}'`, [UTC, lit('timetz', text)]);
}
list.add('time(2) rounding', [lit('time(2)', '04:05:06.789')]);
list.add('timetz(0) rounding', [UTC, lit('timetz(0)', '04:05:06.5+02')]);

// 8.5.1.3 Time stamps, ISO 8601 and zones.
const STAMPS = [
  '1999-01-08 04:05:06',
  '1999-01-08 04:05:06 -8:00',
  'January 8 04:05:06 1999 PST',
  '1999-01-08T04:05:06Z',
  '1999-01-08T04:05:06.5+05:30',
  '1999-01-08 04:05:06+02 America/New_York',
  '2004-10-19 10:23:54+02',
  '1999-01-08 04:05:06 Europe/Paris',
  '1999-01-08 04:05:06 EST5EDT',
  '1999-01-08 04:05:06 UTC+3',
  '1999-01-08 04:05:06 zulu',
  '1999-01-08 04:05:06 z',
  '1999-01-08 04:05:06 GMT',
  '1999-01-08 04:05:06 CET',
  '1999-01-08 04:05:06 MSK',
  '1999-01-08 04:05:06 IST',
  '1999-01-08 04:05:06 CST',
  '1999-01-08 04:05:06 LMT',
  '1999-01-08 04:05:06 XYZ',
  '1999-01-08 04:05:06 Mars/Olympus',
  '1999-01-08 04:05:06.1234567',
  '1999-01-08 24:00',
  '294276-12-31 23:59:59',
  '294277-01-01 00:00:00',
  '4714-11-24 00:00 BC',
  '4714-11-23 23:59 BC',
  'J2451187 04:05',
  '1999-01-08 04:05:06 +15:00',
  '1999-01-08 04:05:06 +15:59:59',
  '1999-01-08 04:05:06 +16:00',
  'Fri Jan 08 04:05:06 1999 PST',
  '08 Jan 1999 04:05:06 +0100',
  '1999-01-08 04:05:06 BC',
];
for (const text of STAMPS) {
  list.add(`timestamp '${text}'`, [lit('timestamp', text)]);
  list.add(`timestamptz '${text}'`, [UTC, lit('timestamptz', text)]);
}

// 8.5.1.4 Special values.
for (const type of ['date', 'timestamp', 'timestamptz'])
  for (const text of ['epoch', 'infinity', '-infinity', '+infinity', 'INFINITY', ' epoch '])
    list.add(`${type} '${text}'`, [UTC, lit(type, text)]);
list.add('special: epoch with time', [lit('timestamp', 'epoch 01:01:01')]);
list.add('special: infinity with date', [lit('date', '2024-01-01 infinity')]);
list.add('special: now with date is refused', [lit('timestamp', 'now 2024-01-01')]);
list.add('special: today with zone and time', [
  UTC,
  "SELECT 'today 10:00'::timestamptz = date_trunc('day', now()) + interval '10 hours' AS v",
]);
list.add('special: tomorrow minus yesterday', ["SELECT 'tomorrow'::date - 'yesterday'::date AS v"]);
list.add('special: allballs time', [lit('time', 'allballs')]);
list.add('special: time epoch refused', [lit('time', 'epoch')]);

// 9.9 out of range (22008) and bad syntax (22007) on arithmetic-free input.
list.add('range: date + huge integer', ["SELECT (date '5874897-12-31' + 1)::text AS v"]);
list.add('range: timestamp field out of range', [lit('timestamp', '2024-13-01')]);
list.add('range: timestamptz minute 60', [UTC, lit('timestamptz', '2024-01-01 10:60')]);
list.add('range: date day 0', [lit('date', '2024-01-00')]);

export default list.cases;
