const T =
  "CREATE TABLE o (id int, j jsonb, xs int[], tx text[], d date, tz timestamptz, b bool, u uuid); INSERT INTO o VALUES (1, '{\"a\":1}', '{1,2}', '{b}', '2024-01-02', '2024-01-01 10:00+00', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, '[1]', '{1}', '{a,b}', NULL, '2024-01-01 09:00+00', false, NULL), (3, NULL, NULL, NULL, '2023-12-31', NULL, NULL, '00000000-0000-0000-0000-000000000000'), (4, '\"s\"', '{}', '{}', '2024-01-02', '2024-01-01 10:00:00.001+00', true, 'FFFFFFFF-0000-0000-0000-000000000000'), (5, '2', '{1,NULL}', '{NULL}', '2024-01-01', '2023-01-01 00:00+00', NULL, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'), (6, 'null', '{0,5}', '{\"\"}', '0001-01-01', '2024-01-01 10:00+00', false, NULL), (7, '{}', '{1,2,3}', '{B}', '9999-12-31', '1970-01-01 00:00+00', true, NULL)";
const out = [];
for (const c of [
  'j',
  'xs',
  'tx',
  'd',
  'tz',
  'b',
  'u',
  "j->'a'",
  "j->>'a'",
  'xs[1]',
  'tx[1]',
  'd - 1',
  "date_trunc('day', tz)",
  'cardinality(xs)',
])
  for (const m of ['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST'])
    out.push({ name: `fo: ${c}${m}`, setup: T, steps: [`SELECT id FROM o ORDER BY ${c}${m}, id`] });
for (const c of ['j', 'xs', 'tx', 'd', 'tz', 'b', 'u']) {
  out.push({ name: `fo distinct ${c}`, setup: T, steps: [`SELECT DISTINCT ${c} AS v FROM o ORDER BY 1`] });
  out.push({
    name: `fo group ${c}`,
    setup: T,
    steps: [`SELECT ${c} AS v, count(*) FROM o GROUP BY 1 ORDER BY 1`],
  });
  out.push({ name: `fo minmax ${c}`, setup: T, steps: [`SELECT min(${c}), max(${c}) FROM o`] });
}
export default out;
