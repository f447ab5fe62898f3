const vals = [
  '2024-01-31T23:30:00.123Z',
  '2024-01-31 23:30:00+02',
  '2024-02-29',
  '2000-01-01T00:00:00Z',
  '1999-12-31T23:59:59.999-01:00',
  '2024-12-30',
  '0001-01-01 00:00:00+00',
  new Date('2024-06-15T12:34:56.789Z'),
];
const exprs = [
  "date_trunc('month', $1::timestamptz)",
  "date_trunc('week', $1::timestamptz)",
  "date_trunc('day', $1::timestamp)",
  'extract(epoch from $1::timestamptz)',
  'extract(dow from $1::timestamptz)',
  'extract(hour from $1::timestamptz)',
  'extract(year from $1::date)',
  '$1::date + 1',
  '$1::date - 1',
  '$1::date',
  '$1::timestamptz',
  '$1::timestamp',
  '$1::timestamptz::date',
  '$1::timestamp::date',
  "$1::date - date '2000-01-01'",
  "date_part('epoch', $1::timestamptz)",
  "to_char($1::timestamptz, 'YYYY-MM-DD HH24:MI:SS.MS')",
  "$1::timestamptz > '2024-01-01'",
  '$1::timestamptz = $1::timestamp',
];
const out = [];
for (const e of exprs)
  for (const v of vals)
    out.push({ name: `fdp: ${e} | ${JSON.stringify(v)}`, steps: [{ sql: `SELECT ${e} AS v`, params: [v] }] });
export default out;
