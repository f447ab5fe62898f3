const rs = [
  `'[1,5)'::int4range`,
  `'(1,5]'::int4range`,
  `'empty'::int4range`,
  `'(,3)'::int4range`,
  `'[2,)'::int4range`,
  `int4range(5, 5, '[]')`,
  `'[1,10)'::int4range`,
  `NULL::int4range`,
];
const steps = [];
for (const a of rs) {
  for (const f of [
    'lower(%)',
    'upper(%)',
    'isempty(%)',
    'lower_inc(%)',
    'upper_inc(%)',
    'lower_inf(%)',
    'upper_inf(%)',
    '(%)::text',
    '% @> 3',
    '3 <@ %',
    'range_merge(%, int4range(20,30))',
    'multirange(%)',
  ])
    steps.push(`SELECT ${f.replaceAll('%', a)} AS v`);
  for (const b of rs)
    for (const op of ['@>', '<@', '&&', '<<', '>>', '&<', '&>', '-|-', '+', '*', '-', '=', '<'])
      steps.push(`SELECT ${a} ${op} ${b} AS v`);
}
steps.push(
  `SELECT '[2024-01-01,2024-02-01)'::daterange @> date '2024-01-31' AS v`,
  `SELECT daterange('2024-01-01', '2024-01-01', '[]')::text AS v`,
  `SELECT '[1.5,2.5)'::numrange * '[2,3]'::numrange AS v`,
  `SELECT tstzrange('2024-01-01 00:00+00', '2024-01-02 00:00+00') && tstzrange('2024-01-01 12:00+00', NULL) AS v`,
  `SELECT range_agg(r)::text FROM (VALUES ('[1,3)'::int4range), ('[5,7)'), ('[2,4)'), (NULL), ('empty')) v(r)`,
  `SELECT range_intersect_agg(r)::text FROM (VALUES ('[1,9)'::int4range), ('[5,7)'), (NULL)) v(r)`,
);
const out = [];
for (let i = 0; i < steps.length; i += 80) out.push({ name: `frg ${i}`, steps: steps.slice(i, i + 80) });
export default out;
