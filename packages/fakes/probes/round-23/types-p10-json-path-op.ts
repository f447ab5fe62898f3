// Round 23 area C, part 10: the jsonb #> operator.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "tags": ["red", "blue"], "n": null}'), (2, '{"a": 2, "tags": ["green"], "price": 10}'), (3, '[1, "two", null, true, [5]]'), (4, '"scalar"'), (5, NULL), (6, '{"a": {"b": {"c": true}}}')`;
c(
  'hp basic',
  `SELECT id, doc #> '{a}' a, doc #> '{b,c}' b, doc #> '{b,c,2,d}' c, doc #> '{tags,0}' t FROM d ORDER BY id`,
  J,
);
c(
  'hp json null vs missing',
  `SELECT id, doc #> '{n}' a, doc #> '{n}' IS NULL b, doc #> '{zz}' IS NULL c, jsonb_typeof(doc #> '{n}') t FROM d ORDER BY id`,
  J,
);
c(
  'hp on arrays',
  `SELECT doc #> '{0}' a, doc #> '{1}' b, doc #> '{2}' c, doc #> '{4,0}' d, doc #> '{9}' e, doc #> '{-1}' f FROM d WHERE id = 3`,
  J,
);
c('hp on scalar', `SELECT doc #> '{}' a, doc #> '{0}' b, doc #> '{a}' c FROM d WHERE id = 4`, J);
c('hp empty path', `SELECT id, doc #> '{}' e FROM d ORDER BY id`, J);
c(
  'hp chained with arrow',
  `SELECT doc #> '{b}' -> 'c' a, doc #> '{b,c}' ->> 0 b, doc -> 'b' #> '{c,1}' c FROM d WHERE id = 1`,
  J,
);
c('hp chained with concat', `SELECT doc #> '{tags}' || '["x"]' a FROM d WHERE id IN (1, 2) ORDER BY id`, J);
c(
  'hp compared',
  `SELECT id FROM d WHERE doc #> '{tags,0}' = '"red"' OR doc #> '{a,b,c}' = 'true' ORDER BY id`,
  J,
);
c('hp in containment', `SELECT id FROM d WHERE doc #> '{b}' @> '{"c": [1]}' ORDER BY id`, J);
c(
  'hp with text array cast',
  `SELECT doc #> ARRAY['b', 'c', '0'] a, doc #> '{b,c,0}'::text[] b FROM d WHERE id = 1`,
  J,
);
c('hp with param path', { sql: 'SELECT doc #> $1 AS v FROM d WHERE id = 1', params: [['b', 'c', '2']] }, J);
c(
  'hp with param array element',
  { sql: 'SELECT doc #> ARRAY[$1, $2] AS v FROM d WHERE id = 1', params: ['tags', '1'] },
  J,
);
c(
  'hp prisma path filter',
  {
    sql: 'SELECT id FROM d WHERE (doc#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY id',
    params: ['a', '2'],
  },
  J,
);
c(
  'hp prisma path filter nested',
  {
    sql: 'SELECT id FROM d WHERE (doc#>ARRAY[$1, $2]::text[])::jsonb::jsonb = $3 ORDER BY id',
    params: ['a', 'b', '{"c": true}'],
  },
  J,
);
c('hp untyped left', `SELECT '{"a": 1}' #> '{a}'`);
c('hp on json type', `SELECT '{"a": [1]}'::json #> '{a}' v`);
c('hp on text fails', `SELECT 'x'::text #> '{a}'`);
c('hp result type', `SELECT pg_typeof(doc #> '{a}')::text t FROM d WHERE id = 1`, J);
c('hp in where is not null', `SELECT id FROM d WHERE doc #> '{b,c}' IS NOT NULL`, J);
c('hp order by', `SELECT id FROM d WHERE id IN (1, 2, 6) ORDER BY doc #> '{a}'`, J);
c('hp in select with arithmetic cast', `SELECT (doc #> '{a}')::int + 1 v FROM d WHERE id = 2`, J);
c('hp text vs hp', `SELECT doc #> '{b,c,2,d}' a, doc #>> '{b,c,2,d}' b FROM d WHERE id = 1`, J);
c('hp with spaces', `SELECT doc#>'{a}' a, doc #>'{a}' b, doc#> '{a}' c FROM d WHERE id = 2`, J);
c(
  'hp in update',
  [
    `UPDATE d SET doc = jsonb_set(doc, '{copy}', doc #> '{b,c}') WHERE id = 1`,
    "SELECT doc -> 'copy' v FROM d WHERE id = 1",
  ],
  J,
);
c('hp coalesce', `SELECT coalesce(doc #> '{price}', '0') p FROM d WHERE id IN (1, 2) ORDER BY id`, J);
c('hp in string untouched', `SELECT 'a #> b' s, '#>' t`);
c('hp null path element', `SELECT doc #> ARRAY['a', NULL] v FROM d WHERE id = 1`, J);
c('hp invalid path literal', `SELECT doc #> '{a' FROM d`, J);
c('hp minus precedence', `SELECT doc #> '{a}' - 'x' v FROM d WHERE id = 6`, J);
c('hp with hash minus', `SELECT doc #- '{a}' #> '{b}' v FROM d WHERE id = 1`, J);
export default cases;
