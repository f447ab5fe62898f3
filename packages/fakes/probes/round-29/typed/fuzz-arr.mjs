const ia = [
  `'{}'::int[]`,
  `'{1,2,3}'::int[]`,
  `'{1,NULL,1}'::int[]`,
  `ARRAY[3,2,1]`,
  `NULL::int[]`,
  `ARRAY[NULL]::int[]`,
  `'{ 5 , -6 }'::int[]`,
  `ARRAY[2147483647]`,
];
const ta = [
  `'{}'::text[]`,
  `'{a,"b c",NULL}'::text[]`,
  `ARRAY['a','A','']`,
  `ARRAY['NULL', NULL]`,
  `'{"x\\\\y","q\\"t"}'::text[]`,
  `ARRAY['é','e']`,
];
const iv = ['1', '3', 'NULL::int', '0', '-6'];
const tv = [`'a'`, `'A'`, `''`, `NULL::text`, `'NULL'`];
const out = [];
const add = (sql) => out.push({ name: `fa: ${sql}`, steps: [sql] });
for (const [arrs, vals] of [
  [ia, iv],
  [ta, tv],
]) {
  for (const a of arrs) {
    add(`SELECT ${a} AS v`);
    add(`SELECT (${a})::text AS v`);
    for (const f of [
      'cardinality(%)',
      'array_length(%, 1)',
      'array_ndims(%)',
      'array_dims(%)',
      'array_lower(%, 1)',
      'array_upper(%, 1)',
      '(%)[1]',
      '(%)[2:3]',
      '(%)[0]',
      '(%)[-1]',
      '(%)[:2]',
      "array_to_string(%, ',')",
      "array_to_string(%, ',', '*')",
      'unnest(%)',
    ])
      add(`SELECT ${f.replace('%', a)} AS v`);
    for (const v of vals) {
      for (const f of [
        `array_append(%, ${v})`,
        `array_prepend(${v}, %)`,
        `array_remove(%, ${v})`,
        `array_replace(%, ${v}, ${vals[1]})`,
        `array_position(%, ${v})`,
        `array_positions(%, ${v})`,
        `% || ${v}`,
        `${v} || %`,
        `${v} = ANY(%)`,
        `${v} = ALL(%)`,
        `${v} <> ANY(%)`,
        `${v} <> ALL(%)`,
        `${v} > ANY(%)`,
        `${v} IN (SELECT unnest(%))`,
      ])
        add(`SELECT ${f.replaceAll('%', a)} AS v`);
    }
    for (const b of arrs) {
      for (const op of ['@>', '<@', '&&', '=', '<>', '<', '>', '>=', '||'])
        add(`SELECT ${a} ${op} ${b} AS v`);
      add(`SELECT array_cat(${a}, ${b}) AS v`);
    }
  }
}
export default out;
