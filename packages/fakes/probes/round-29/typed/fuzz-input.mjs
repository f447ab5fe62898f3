const dates = [
  '2024-01-05',
  '2024-1-5',
  '2024-01-5',
  '02024-01-05',
  '2024-001-05',
  '2024-01-005',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
  '2100-02-29',
  '2000-02-29',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-01-32',
];
const times = [
  '',
  ' 10:00',
  'T10:00',
  't10:00',
  '  10:00',
  ' 1:00',
  ' 10:0',
  ' 10:00:0',
  ' 10:00:00',
  ' 10:00:00.',
  ' 10:00:00.1',
  ' 10:00:00.123',
  ' 10:00:00.1235',
  ' 10:00:00.0005',
  ' 10:00:00.9995',
  ' 10:00:00.999999',
  ' 10:00:00.9999999',
  ' 24:00',
  ' 24:00:00',
  ' 24:00:01',
  ' 23:59:60',
  ' 23:59:59.999',
  ' 12:60',
  ' 25:00',
  ' 10',
  ' 10:00:00:00',
  'T',
  ' T10:00',
];
const zones = [
  '',
  'Z',
  ' Z',
  'z',
  '+00',
  '+0',
  '+5',
  '-05',
  '+05:30',
  '+0530',
  '+05:30:30',
  '+053030',
  '-15:59',
  '+16',
  '+15:60',
  ' UTC',
  'UTC',
  ' utc',
  ' GMT',
  ' UT',
  ' zulu',
  ' +02',
  '+02 ',
  ' EST',
  ' CET',
  ' Europe/Paris',
  '+5:30',
  '+1:0',
  '-0',
  '+',
];
const out = [];
const seen = new Set();
const add = (name, step) => {
  if (!seen.has(name)) {
    seen.add(name);
    out.push({ name, steps: [step], setup: 'CREATE TABLE t (d date, ts timestamp, tz timestamptz)' });
  }
};
for (const d of dates.slice(0, 6))
  for (const t of times)
    add(`fi ts: ${d}${t}`, `SELECT '${d}${t}'::timestamp::text AS a, '${d}${t}'::date::text AS b`);
for (const d of dates)
  add(`fi date: ${d}`, `SELECT '${d}'::date::text AS a, '${d} 10:00'::timestamp::text AS b`);
for (const z of zones)
  for (const t of [' 10:00', ' 10:00:00.5', 'T23:30:00'])
    add(
      `fi tz: 2024-01-05${t}${z}`,
      `SELECT '2024-01-05${t}${z}'::timestamptz::text AS a, '2024-01-05${t}${z}'::timestamp::text AS b, '2024-01-05${t}${z}'::date::text AS c`,
    );
for (const z of zones)
  add(`fi param: ${z}`, {
    sql: 'INSERT INTO t VALUES ($1, $1, $1) RETURNING d::text, ts::text, tz::text',
    params: [`2024-01-05 10:00:00.5${z}`],
  });
for (const t of times)
  add(`fi param t: ${t}`, {
    sql: 'INSERT INTO t VALUES ($1, $1, $1) RETURNING d::text, ts::text, tz::text',
    params: [`2024-01-05${t}`],
  });
export default out;
