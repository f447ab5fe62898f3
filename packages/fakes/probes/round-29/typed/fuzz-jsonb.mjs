const docs = [
  `'{}'`,
  `'[]'`,
  `'null'`,
  `'1'`,
  `'"a"'`,
  `'true'`,
  `'{"a":1,"b":[1,2,{"c":null}],"d":{"e":"x"}}'`,
  `'[1,"a",null,[2,3],{"a":1}]'`,
  `'{"a":null}'`,
  `'[[1]]'`,
  `'{"":0,"a b":"c"}'`,
  `'["a","b","a"]'`,
  `'{"a":{"a":{"a":1}}}'`,
  `'[{"a":1},{"a":2}]'`,
  `'-0.5'`,
  `'{"x":[]}'`,
];
const keys = [`'a'`, `''`, `'b'`, `'1'`, `'x'`, `NULL::text`];
const ints = ['0', '1', '-1', '2', '-5', '9'];
const paths = [
  `'{}'`,
  `'{a}'`,
  `'{0}'`,
  `'{a,0}'`,
  `'{b,2,c}'`,
  `'{-1}'`,
  `'{d,e}'`,
  `'{a,a,a}'`,
  `'{1,0}'`,
  `'{3,1}'`,
  `'{x,0}'`,
];
const rights = [
  `'{}'`,
  `'[]'`,
  `'1'`,
  `'"a"'`,
  `'{"a":1}'`,
  `'[1]'`,
  `'["a"]'`,
  `'{"b":[1]}'`,
  `'null'`,
  `'[[1]]'`,
  `'{"a":null}'`,
  `'[{"a":1}]'`,
];
const arrs = [`ARRAY['a']`, `ARRAY['a','b']`, `'{}'::text[]`, `ARRAY['x', NULL]`, `ARRAY['1']`];
const out = [];
const add = (sql) => out.push({ name: `fz: ${sql}`, steps: [sql] });
for (const d of docs) {
  const j = `${d}::jsonb`;
  for (const f of ['jsonb_typeof', 'jsonb_array_length', 'jsonb_strip_nulls', 'to_jsonb'])
    add(`SELECT ${f}(${j}) AS v`);
  add(`SELECT (${j})::text AS v`);
  for (const k of keys) {
    add(`SELECT ${j} -> ${k} AS v`);
    add(`SELECT ${j} ->> ${k} AS v`);
    add(`SELECT ${j} ? ${k} AS v`);
    add(`SELECT ${j} - ${k} AS v`);
  }
  for (const i of ints) {
    add(`SELECT ${j} -> ${i} AS v`);
    add(`SELECT ${j} ->> ${i} AS v`);
    add(`SELECT ${j} - ${i} AS v`);
  }
  for (const p of paths) {
    add(`SELECT ${j} #> ${p} AS v`);
    add(`SELECT ${j} #>> ${p} AS v`);
    add(`SELECT ${j} #- ${p} AS v`);
    add(`SELECT jsonb_set(${j}, ${p}, '"N"') AS v`);
    add(`SELECT jsonb_set(${j}, ${p}, '"N"', false) AS v`);
  }
  for (const r of rights) {
    add(`SELECT ${j} @> ${r} AS v`);
    add(`SELECT ${j} <@ ${r} AS v`);
    add(`SELECT ${j} || ${r}::jsonb AS v`);
    add(`SELECT ${j} = ${r}::jsonb AS v`);
  }
  for (const a of arrs) {
    add(`SELECT ${j} ?| ${a} AS v`);
    add(`SELECT ${j} ?& ${a} AS v`);
    add(`SELECT ${j} - ${a} AS v`);
  }
  add(`SELECT jsonb_build_object('k', ${j}) AS v`);
  add(`SELECT jsonb_build_array(${j}, ${j}) AS v`);
  add(`SELECT jsonb_extract_path(${j}, 'a') AS v`);
  add(`SELECT jsonb_extract_path_text(${j}, 'b', '2') AS v`);
}
export default out;
