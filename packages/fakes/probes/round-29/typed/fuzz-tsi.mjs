const T =
  "CREATE TABLE t (id int, ts timestamp, tz timestamptz, d date); INSERT INTO t VALUES (1, '2001-01-31 10:00', '2001-01-31 10:00+00', '2001-01-31'), (2, '2024-02-29 23:59:59.999', '2024-02-29 23:59:59.999+00', '2024-02-29'), (3, '2000-03-31 00:00', '2000-03-31 00:00+00', '2000-03-31'), (4, NULL, NULL, NULL), (5, '1999-12-31 23:00', '1999-12-31 23:00+00', '1999-12-31')";
const ivs = [
  '1 month',
  '1 mon 1 day',
  '-1 month',
  '1 year',
  '-1 year',
  '1.5 months',
  '0.5 days',
  '1 day -1 hour',
  '13 months',
  '1 month -1 day',
  '24 hours',
  '1 week',
  '2 weeks 3 days',
  '-1 mon -1 day',
  '1 mon 00:00:00.001',
  '3 hours 30 minutes',
  '1 day 1 second',
  '10 years',
  '-0.5 mon',
  '1 month 31 days',
  '00:00:01.5',
  '@ 1 mon ago',
  'P1M',
  'PT36H',
  '1-2',
  '1 2:00',
  '100 days',
];
const out = [];
for (const iv of ivs)
  for (const [col, op] of [
    ['ts', '+'],
    ['ts', '-'],
    ['tz', '+'],
    ['tz', '-'],
    ['d', '+'],
    ['d', '-'],
  ]) {
    out.push({
      name: `tsi: ${col} ${op} ${iv}`,
      setup: T,
      steps: [`SELECT id, ${col} ${op} interval '${iv}' AS v FROM t ORDER BY id`],
    });
  }
for (const iv of ivs)
  out.push({
    name: `tsi where: ${iv}`,
    setup: T,
    steps: [`SELECT id FROM t WHERE ts > timestamp '2001-01-01' - interval '${iv}' ORDER BY id`],
  });
export default out;
