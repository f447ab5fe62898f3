const T =
  'CREATE TABLE d (id int, j jsonb); INSERT INTO d VALUES (1, \'[10,20,"a"]\'), (2, \'{"0":"zero","a":{"b":1},"k":[1]}\'), (3, \'"a"\'), (4, NULL)';
const exprs = [
  'j -> $1',
  'j ->> $1',
  'j #> $1',
  'j #>> $1',
  'j ? $1',
  'j ?| $1',
  'j ?& $1',
  'j @> $1',
  'j <@ $1',
  'j || $1',
  'j - $1',
  'j #- $1',
  'j = $1',
  "jsonb_set(j, $1, '9')",
  "jsonb_set(j, '{a}', $1)",
  "jsonb_build_object('p', $1)",
  'jsonb_build_array($1)',
  'to_jsonb($1)',
  'jsonb_typeof($1)',
  'j -> $1::int',
  'j ->> $1::text',
  'j - $1::int',
  'j - $1::text[]',
  'jsonb_extract_path(j, $1)',
  'coalesce(j, $1)',
  "j -> 'a' ->> $1",
];
const values = ['0', 0, 'a', ['a', 'b'], '{a,b}', '{"a":1}', { a: 1 }, [1], '[1]', null, 1.5, '-1', true];
const out = [];
for (const e of exprs)
  for (const v of values)
    out.push({
      name: `fjp: ${e} | ${JSON.stringify(v)}`,
      setup: T,
      steps: [{ sql: `SELECT id, ${e} AS v FROM d ORDER BY id`, params: [v] }],
    });
export default out;
