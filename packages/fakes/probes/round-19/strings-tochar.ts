// Round 19 probe, strings part 15: to_char over timestamps, dates and timestamptz (docs 9.8,
// table 9.26 and 9.27) with millisecond values, across the calendar's edges (year starts, ISO
// weeks, leap days, BC years, years below 1000), every pattern with FM/TH/fm/th, literal text,
// quoting and backslashes, and on table columns.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: tochar: ');
const DATES = [
  '2021-01-01 00:00:00',
  '2021-01-03 23:59:59.999',
  '2020-02-29 12:00:00.5',
  '2019-12-30 01:02:03',
  '2024-12-31 13:14:15.016',
  '0999-07-04 10:00:00',
  '0001-01-01 00:00:00',
  '1900-03-01 11:59:59',
];
const PATTERNS = [
  'YYYY-MM-DD HH24:MI:SS.MS',
  'FMDD FMMonth YYYY, FMDay',
  'Dy Mon DD YY HH12:MI:SS am',
  'IYYY-"W"IW-ID',
  'DDD IDDD WW W Q',
  'CC J',
  'DDth FMDDth DDTH Mth',
  'FMHH12 FMMI FMSS P.M.',
  'Y,YYY YYY YY Y',
  'RM rm FMRM',
  'SSSS SSSSS',
  'MONTH|Month|month',
  'DAY|Day|day|DY|dy',
  '"YYYY" \\"Q\\" YYYY',
  'FMYYYY FMMM FMDD',
  'HH HH12 HH24 FMHH24',
  'AD BC a.d. b.c.',
  'MS US',
  'IY I',
];
for (const date of DATES) {
  for (const pattern of PATTERNS) {
    list.select(`${date} ${pattern}`, `to_char(TIMESTAMP '${date}', '${pattern.replaceAll("'", "''")}')`);
  }
}
for (const pattern of ['YYYY-MM-DD', 'FMDay FMDD', 'IYYY IW', 'J', 'HH24:MI']) {
  list.select(`date ${pattern}`, `to_char(DATE '2022-01-02', '${pattern}')`);
  list.select(`BC date ${pattern}`, `to_char(DATE '0010-06-15 BC', '${pattern}')`);
}
list.add('to_char timestamp column', [
  `CREATE TABLE e (id int, at timestamp, d date)`,
  `INSERT INTO e VALUES (1, '2022-01-02 03:04:05.678', '2022-12-31'), (2, NULL, NULL), (3, '1999-12-31 23:59:59', '2000-02-29')`,
  `SELECT id, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS a, to_char(d, 'FMDay, FMDDth FMMonth YYYY') AS b, to_char(at, 'IYYY-IW') AS c FROM e ORDER BY id`,
]);
list.add('to_char group by month', [
  `CREATE TABLE e (at timestamp)`,
  `INSERT INTO e VALUES ('2022-01-02'), ('2022-01-30'), ('2022-02-01')`,
  `SELECT to_char(at, 'YYYY-MM') AS m, count(*)::int AS n FROM e GROUP BY 1 ORDER BY 1`,
]);
list.params('param timestamp pattern', `SELECT to_char($1::timestamp, $2) AS v`, [
  '2022-03-04 05:06:07.089',
  'FMHH12:MI:SS.MS AM',
]);
list.params('param date pattern', `SELECT to_char($1::date, $2) AS v`, ['2022-03-04', 'FMDDth "of" FMMonth']);

export default list.cases;
