// Round 23 area C, part 11: jsonb - text / int / text[].
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J = `CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, '{"a": 1, "b": {"c": 2}, "tags": ["x", "y", "x"]}'), (2, '["a", 1, "a", ["a"], {"a": 1}, null]'), (3, '"scalar"'), (4, NULL), (5, '{}'), (6, '[]')`;
c('jm key on objects', `SELECT id, doc - 'a' v FROM d WHERE id IN (1, 5) ORDER BY id`, J);
c('jm key on arrays', `SELECT id, doc - 'a' v FROM d WHERE id IN (2, 6) ORDER BY id`, J);
c('jm key on scalar fails', `SELECT doc - 'a' FROM d WHERE id = 3`, J);
c('jm key on sql null', `SELECT doc - 'a' IS NULL v FROM d WHERE id = 4`, J);
c(
  'jm index on arrays',
  `SELECT doc - 0 a, doc - 1 b, doc - -1 c, doc - 10 d, doc - -10 e FROM d WHERE id = 2`,
  J,
);
c('jm index on empty array', `SELECT doc - 0 v FROM d WHERE id = 6`, J);
c('jm index on object fails', `SELECT doc - 0 FROM d WHERE id = 1`, J);
c('jm index on scalar fails', `SELECT doc - 0 FROM d WHERE id = 3`, J);
c('jm keys array', `SELECT id, doc - '{a,tags}'::text[] v FROM d WHERE id IN (1, 2, 5) ORDER BY id`, J);
c('jm keys ARRAY constructor', `SELECT doc - ARRAY['a', 'b'] v FROM d WHERE id = 1`, J);
c('jm keys empty on scalar fails', `SELECT doc - '{}'::text[] FROM d WHERE id = 3`, J);
c('jm untyped literal braces is a key', `SELECT doc - '{a}' v FROM d WHERE id = 1`, J);
c(
  'jm nested arrow',
  `SELECT doc -> 'b' - 'c' a, doc -> 'tags' - 'x' b, doc -> 'tags' - 0 c FROM d WHERE id = 1`,
  J,
);
c('jm chained', `SELECT doc - 'a' - 'b' v FROM d WHERE id = 1`, J);
c('jm with concat precedence', `SELECT doc - 'a' || '{"z": 1}' v FROM d WHERE id = 1`, J);
c('jm null key', `SELECT doc - NULL::text IS NULL a FROM d WHERE id = 1`, J);
c('jm param key', { sql: 'SELECT doc - $1 AS v FROM d WHERE id = 1', params: ['tags'] }, J);
c('jm param key typed', { sql: 'SELECT doc - $1::text AS v FROM d WHERE id = 1', params: ['tags'] }, J);
c('jm param index', { sql: 'SELECT doc - $1::int AS v FROM d WHERE id = 2', params: [0] }, J);
c(
  'jm param keys array',
  { sql: 'SELECT doc - $1::text[] AS v FROM d WHERE id = 1', params: [['a', 'b']] },
  J,
);
c(
  'jm param keys untyped array',
  { sql: 'SELECT doc - $1 AS v FROM d WHERE id = 1', params: [['a', 'b']] },
  J,
);
c('jm update remove key', ["UPDATE d SET doc = doc - 'a' WHERE id = 1", 'SELECT doc FROM d WHERE id = 1'], J);
c(
  'jm update remove key param',
  [{ sql: 'UPDATE d SET doc = doc - $1 WHERE id = 1 RETURNING doc', params: ['b'] }],
  J,
);
c('jm update remove on all rows with scalar', ["UPDATE d SET doc = doc - 'a'"], J);
c(
  'jm in where',
  `SELECT id FROM d WHERE doc - 'a' = '{}' ORDER BY id`,
  `CREATE TABLE d (id int, doc jsonb); INSERT INTO d VALUES (1, '{"a": 1}'), (2, '{"a": 1, "b": 2}')`,
);
c('jm bigint index fails', `SELECT doc - 3000000000 FROM d`, J);
c('jm smallint index', `SELECT doc - 1::int2 v FROM d WHERE id = 2`, J);
c('jm numeric fails', `SELECT doc - 1.5 FROM d`, J);
c('jm bool fails', `SELECT doc - true FROM d`, J);
c('jm result type', `SELECT pg_typeof(doc - 'a')::text t FROM d WHERE id = 1`, J);
c('jm json type fails', `SELECT '{"a":1}'::json - 'a'`);
c('jm text minus text fails', `SELECT 'a'::text - 'b'`);
c('jm untyped minus text', `SELECT '{"a":1}' - 'a'::text v`);
c('jm varchar key', `SELECT doc - 'a'::varchar v FROM d WHERE id = 1`, J);
c('jm key from column', `SELECT doc - k v FROM d, (VALUES ('a'::text)) s(k) WHERE id = 1`, J);
export default cases;
