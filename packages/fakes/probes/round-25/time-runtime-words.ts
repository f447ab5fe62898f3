// Round 25 probe (helper b), date/time part 1: words and forms read by the date/time input functions at run
// time (PostgreSQL 15 manual 8.5.1 input, 8.5.1.4 special values, 8.5.3 time zones), reaching them
// through every door repository code opens: casts of text columns, arrays, ranges, composites,
// json(b)_populate_record(set), json(b)_to_record(set), PL/pgSQL assignments, EXECUTE, prepared
// statements, domains, ALTER COLUMN ... USING, and zone abbreviations under session zones.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r25 time runtime words: ');
const tz = (zone: string) => `SET TimeZone = '${zone}'`;

// Deterministic words: each read by 15 alone or refused (22007).
const WORDS: readonly string[] = [
  '+infinity',
  '-infinity',
  'infinity',
  ' Infinity ',
  'INFINITY',
  'epoch',
  'EPOCH',
  'epoch 01:01:01',
  '01:01:01 epoch',
  'infinity 2024-01-01',
  '-infinity 10:00',
  '+Infinity',
  '+ infinity',
  'infinity+',
  '2024-01-01 epoch',
  'J2451187',
  'January 8, 1999',
  '1999-01-08 04:05:06 PST',
  '1999-01-08 04:05:06 America/New_York',
  '2024-07-01 12:00 BST',
  '2024-07-01 12:00 PMT',
  '2024-07-01 12:00 LMT',
  '2024-07-01 12:00 CAST',
  '2024-07-01 12:00 WIB',
  '2024-07-01 12:00 GMT',
  '2024-07-01 12:00 MDT',
  'allballs',
  '0044-03-15 BC',
  '2024-02-29 24:00',
];
const TYPES = ['date', 'timestamp', 'timestamptz'] as const;

for (const word of WORDS) {
  const q = word.replaceAll("'", "''");
  const jsonText = JSON.stringify(word).replaceAll("'", "''");
  for (const type of TYPES) {
    const label = `${type} <- "${word}"`;
    list.add(`${label}: text column cast`, [
      tz('Europe/Paris'),
      `SELECT t::${type}::text AS v FROM (VALUES ('${q}')) x(t)`,
    ]);
    list.add(`${label}: array literal`, [tz('Europe/Paris'), `SELECT '{"${q}"}'::${type}[]::text AS v`]);
    list.add(`${label}: json_to_record`, [
      tz('Europe/Paris'),
      `SELECT d::text AS v FROM json_to_record('{"d": ${jsonText}}') AS x(d ${type})`,
    ]);
    list.add(`${label}: jsonb_to_recordset`, [
      tz('Europe/Paris'),
      `SELECT d::text AS v FROM jsonb_to_recordset('[{"d": ${jsonText}}]') AS x(d ${type})`,
    ]);
    list.add(
      `${label}: composite`,
      [tz('Europe/Paris'), `SELECT ('("${q}")'::c).d::text AS v`],
      `CREATE TYPE c AS (d ${type})`,
    );
  }
}

// time and timetz, interval text at run time.
const TIMES: readonly string[] = [
  'allballs',
  '24:00',
  '24:00:01',
  '04:05 PM',
  '040506',
  '04:05:06.789-8',
  '04:05 PST',
  '04:05 America/New_York',
  'T040506',
  '2003-04-12 04:05:06 America/New_York',
  '12:00 LMT',
  '12:00 PMT',
];
for (const text of TIMES) {
  for (const type of ['time', 'timetz']) {
    list.add(`${type} <- "${text}": column`, [
      tz('Europe/Paris'),
      `SELECT t::${type}::text AS v FROM (VALUES ('${text}')) x(t)`,
    ]);
    list.add(`${type} <- "${text}": array`, [
      tz('Europe/Paris'),
      `SELECT '{"${text}"}'::${type}[]::text AS v`,
    ]);
    list.add(`${type} <- "${text}": json_to_record`, [
      tz('Europe/Paris'),
      `SELECT d::text AS v FROM json_to_record('{"d": "${text}"}') AS x(d ${type})`,
    ]);
  }
}
const INTERVALS: readonly string[] = [
  'infinity',
  '-infinity',
  '+infinity',
  '1 day ago',
  '1 day 2 hours ago',
  '@ 1 hour ago',
  'P1Y2M3DT4H5M6S',
  'P0001-02-03T04:05:06',
  '1-2',
  '1 2:03:04',
  '3 4:05',
  '1.5 years',
  '-1 month +2 days',
  '2147483647 days',
  '1 millennium',
  '10000 years',
];
for (const text of INTERVALS) {
  list.add(`interval <- "${text}": column`, [`SELECT t::interval::text AS v FROM (VALUES ('${text}')) x(t)`]);
  list.add(`interval <- "${text}": array`, [`SELECT '{"${text}"}'::interval[]::text AS v`]);
  list.add(`interval <- "${text}": json_to_record`, [
    `SELECT d::text AS v FROM json_to_record('{"d": "${text}"}') AS x(d interval)`,
  ]);
  list.add(
    `interval <- "${text}": composite`,
    [`SELECT ('("${text}")'::c).d::text AS v`],
    'CREATE TYPE c AS (d interval)',
  );
}

// Relative words compared, not shown (their values move).
for (const word of ['today', 'tomorrow', 'yesterday', 'now']) {
  list.add(`"${word}" from a column equals the literal`, [
    `SELECT t::date = '${word}'::date AS v FROM (VALUES ('${word}')) x(t)`,
  ]);
  list.add(`"${word}" in an array equals the literal`, [
    `SELECT ('{${word}}'::date[])[1] = '${word}'::date AS v`,
  ]);
  list.add(`"${word}" json_to_record equals the literal`, [
    `SELECT d = '${word}'::date AS v FROM json_to_record('{"d": "${word}"}') AS x(d date)`,
  ]);
  list.add(`"${word}" with PMT under Paris`, [
    tz('Europe/Paris'),
    `SELECT (t::timestamptz IS NOT NULL) AS v FROM (VALUES ('${word} PMT')) x(t)`,
  ]);
}

export default list.cases;
