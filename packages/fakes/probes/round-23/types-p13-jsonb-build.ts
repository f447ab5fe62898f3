// Round 23 area C, part 13: jsonb_build_object and jsonb_build_array.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const T = `CREATE TABLE u (id int PRIMARY KEY, name text, email varchar(50), active bool, score bigint, tag uuid, meta jsonb, note text); INSERT INTO u VALUES (1, 'Ann', 'ann@x.io', true, 10, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"k": [1, 2]}', NULL), (2, 'Bob', NULL, false, -3, NULL, NULL, 'n')`;
c('bo literals', `SELECT jsonb_build_object('a', 1, 'b', 'x', 'c', true, 'd', '{"z": [1]}'::jsonb) v`);
c('bo key order output', `SELECT jsonb_build_object('bbb', 1, 'a', 2, 'cc', 3) v`);
c('bo duplicate keys last wins', `SELECT jsonb_build_object('a', 1, 'a', 2) v`);
c('bo empty', 'SELECT jsonb_build_object() v, jsonb_build_array() w');
c('bo odd args', `SELECT jsonb_build_object('a')`);
c('bo null key', 'SELECT jsonb_build_object(NULL, 1)');
c('bo null value literal', `SELECT jsonb_build_object('a', NULL) v`);
c(
  'bo columns',
  "SELECT id, jsonb_build_object('id', id, 'name', name, 'active', active, 'score', score) v FROM u ORDER BY id",
  T,
);
c('bo nullable column not null row', "SELECT jsonb_build_object('email', email) v FROM u WHERE id = 1", T);
c('bo nullable column null row', "SELECT jsonb_build_object('email', email) v FROM u WHERE id = 2", T);
c(
  'bo uuid and jsonb columns',
  "SELECT jsonb_build_object('tag', tag, 'meta', meta) v FROM u WHERE id = 1",
  T,
);
c(
  'bo nested',
  "SELECT jsonb_build_object('user', jsonb_build_object('id', id, 'tags', jsonb_build_array(name, 'x'))) v FROM u WHERE id = 1",
  T,
);
c(
  'bo arrow on result',
  "SELECT jsonb_build_object('a', id) -> 'a' x, jsonb_build_object('a', name) ->> 'a' y FROM u WHERE id = 1",
  T,
);
c('bo containment', 'SELECT id FROM u WHERE jsonb_build_object(\'n\', name) @> \'{"n": "Bob"}\'', T);
c('bo concat', "SELECT meta || jsonb_build_object('id', id) v FROM u WHERE id = 1", T);
c(
  'bo in update',
  ["UPDATE u SET meta = jsonb_build_object('renamed', name) WHERE id = 2", 'SELECT meta FROM u WHERE id = 2'],
  T,
);
c(
  'bo in insert',
  [
    "INSERT INTO u (id, meta) VALUES (3, jsonb_build_object('a', 1, 'b', jsonb_build_array(1, 2)))",
    'SELECT meta FROM u WHERE id = 3',
  ],
  T,
);
c('bo typed params', {
  sql: "SELECT jsonb_build_object($1::text, $2::int, 'b', $3::bool) v",
  params: ['k', 5, true],
});
c('bo untyped param', { sql: "SELECT jsonb_build_object('a', $1) v", params: ['x'] });
c('bo typed null param', { sql: "SELECT jsonb_build_object('a', $1::text) v", params: [null] });
c('bo numeric value', "SELECT jsonb_build_object('a', 1.50) v");
c('bo float value', "SELECT jsonb_build_object('a', 0.1::float8) v");
c('bo date value', "SELECT jsonb_build_object('d', date '2024-01-02') v");
c('bo timestamptz value', "SELECT jsonb_build_object('t', timestamptz '2024-01-02 03:04:05+00') v");
c('bo integer key', "SELECT jsonb_build_object(1, 'a') v");
c('bo bool key', "SELECT jsonb_build_object(true, 'a') v");
c('bo array value', "SELECT jsonb_build_object('a', ARRAY[1, 2]) v");
c('bo text with quotes', `SELECT jsonb_build_object('q"k', 'v"\\al') v`);
c('bo empty string key', "SELECT jsonb_build_object('', 1) v");
c('bo int8 big', "SELECT jsonb_build_object('a', 9007199254740993::bigint) v");
c('bo negative ints', "SELECT jsonb_build_object('a', -5, 'b', 0) v");
c('bo smallint', "SELECT jsonb_build_object('a', 5::int2) v");
c('bo pg_typeof', "SELECT pg_typeof(jsonb_build_object('a', 1))::text t");
c('bo in where equality', "SELECT id FROM u WHERE jsonb_build_object('id', id) = '{\"id\": 1}'", T);
c('bo group by', "SELECT jsonb_build_object('a', active) k, count(*) FROM u GROUP BY 1 ORDER BY 2", T);
c('ba literals', "SELECT jsonb_build_array(1, 'x', true, '[2]'::jsonb, 'y'::varchar) v");
c('ba columns', 'SELECT jsonb_build_array(id, name, active) v FROM u ORDER BY id', T);
c('ba null element', 'SELECT jsonb_build_array(1, NULL) v');
c('ba null column', 'SELECT jsonb_build_array(email) v FROM u WHERE id = 2', T);
c('ba nested arrays', "SELECT jsonb_build_array(jsonb_build_array(1), jsonb_build_object('a', 'b')) v");
c('ba index', "SELECT jsonb_build_array('a', 'b') -> 1 v, jsonb_build_array('a', 'b') ->> 0 w");
c('ba length', 'SELECT jsonb_array_length(jsonb_build_array(1, 2, 3)) v');
c('ba typeof', 'SELECT jsonb_typeof(jsonb_build_array()) a, jsonb_typeof(jsonb_build_object()) b');
c('ba numeric', 'SELECT jsonb_build_array(1.0) v');
c('json_build_object json type', "SELECT json_build_object('a', 1) v");
export default cases;
