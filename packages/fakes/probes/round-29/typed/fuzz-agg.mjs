const T =
  "CREATE TYPE mood AS ENUM ('sad','ok'); CREATE TABLE a (id int, g int, d date, ts timestamptz, j jsonb, t text, xs int[], m mood, b bool, n numeric(6,2)); INSERT INTO a VALUES (1, 1, '2024-01-02', '2024-01-02 10:00+00', '{\"k\":1}', 'x', '{1,2}', 'ok', true, 1.50), (2, 1, '2024-01-01', NULL, '[1,null]', NULL, '{}', 'sad', false, NULL), (3, 2, NULL, '2023-12-31 23:00+00', 'null', 'y', NULL, NULL, NULL, 2), (4, 2, '2024-01-01', '2024-01-01 00:00+00', '\"s\"', 'x', '{3}', 'ok', true, 0.10); CREATE TABLE e (id int, d date, j jsonb, t text)";
const cols = ['d', 'ts', 'j', 't', 'xs', 'm', 'b', 'n', 'id'];
const aggs = [
  'array_agg(%)',
  'array_agg(% ORDER BY id DESC)',
  'array_agg(DISTINCT %)',
  'jsonb_agg(%)',
  'jsonb_agg(% ORDER BY id)',
  'json_agg(% ORDER BY id)',
  'min(%)',
  'max(%)',
  'count(%)',
  'count(DISTINCT %)',
  'jsonb_object_agg(id, %)',
  'jsonb_object_agg(t, %)',
  'array_agg(%) FILTER (WHERE id > 1)',
  "string_agg(%::text, ',' ORDER BY id)",
];
const out = [];
for (const c of cols)
  for (const ag of aggs) {
    const e = ag.replaceAll('%', c);
    out.push({ name: `fg: ${e}`, setup: T, steps: [`SELECT ${e} AS v FROM a`] });
    out.push({
      name: `fg group: ${e}`,
      setup: T,
      steps: [`SELECT g, ${e} AS v FROM a GROUP BY g ORDER BY g`],
    });
    if (['d', 'j', 't', 'id'].includes(c))
      out.push({
        name: `fg empty: ${e}`,
        setup: T,
        steps: [`SELECT ${e.replace(/\bt\b/g, 't')} AS v FROM e`],
      });
  }
export default out;
