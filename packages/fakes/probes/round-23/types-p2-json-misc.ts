// Round 23 area C, part 2: boolean, enum, uuid, network, bit strings, json/jsonb, jsonpath.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const J =
  'CREATE TABLE d (id int PRIMARY KEY, doc jsonb); INSERT INTO d VALUES (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "tags": ["red", "blue"], "n": null}\'), (2, \'{"a": 2, "tags": ["green"], "price": 10.50}\')';
const E =
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE p (name text, m mood); INSERT INTO p VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok'), ('d', NULL)";

// ---- boolean
c(
  'boolean input forms',
  "SELECT 't'::bool a, 'yes'::bool b, 'on'::bool c, '1'::bool d, 'FALSE'::bool e, ' off '::bool f, 'n'::bool g",
);
c('boolean invalid input', "SELECT 'maybe'::bool");
c('boolean ambiguous prefix', "SELECT 'o'::bool");
c('boolean to text and int', 'SELECT true::text a, false::int b, 1::bool c, 0::boolean d');
c('int to bool only explicit', 'INSERT INTO t VALUES (1)', 'CREATE TABLE t (b bool)');
c(
  'bool param from JS',
  { sql: 'INSERT INTO t VALUES ($1), ($2) RETURNING b', params: [true, false] },
  'CREATE TABLE t (b bool)',
);
c('bool param from string', { sql: 'SELECT $1::bool a, $2::bool b', params: ['yes', 'f'] });
c(
  'bool ordering',
  'SELECT b FROM t ORDER BY b NULLS FIRST',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (NULL), (false)',
);
c(
  'bool_and bool_or every',
  'SELECT bool_and(b) a, bool_or(b) o, every(b) e FROM t',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (NULL), (false)',
);
c(
  'is true is unknown',
  'SELECT b IS TRUE a, b IS NOT FALSE n, b IS UNKNOWN u FROM t ORDER BY 1, 2, 3',
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (NULL), (false)',
);
c(
  'bool comparison with text literal',
  "SELECT b = 'true' a FROM t ORDER BY 1",
  'CREATE TABLE t (b bool); INSERT INTO t VALUES (true), (false)',
);
// ---- enum
c('enum ordering by declaration', 'SELECT name FROM p ORDER BY m, name', E);
c('enum comparison', "SELECT name FROM p WHERE m > 'sad' ORDER BY name", E);
c('enum invalid input', "INSERT INTO p VALUES ('x', 'angry')", E);
c('enum invalid in where', "SELECT * FROM p WHERE m = 'angry'", E);
c('enum comparison across enums', "CREATE TYPE color AS ENUM ('red'); SELECT 'sad'::mood = 'red'::color", E);
c('enum compare with text column fails', 'SELECT * FROM p WHERE m = name', E);
c('enum cast to text', "SELECT m::text || '!' AS t FROM p WHERE m IS NOT NULL ORDER BY m", E);
c(
  'enum add value before',
  ["ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'", 'SELECT enum_range(NULL::mood)::text AS r'],
  E,
);
c(
  'enum add value after',
  [
    "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy'",
    "INSERT INTO p VALUES ('e', 'ecstatic')",
    'SELECT name FROM p ORDER BY m NULLS FIRST',
  ],
  E,
);
c('enum add existing value', "ALTER TYPE mood ADD VALUE 'ok'", E);
c(
  'enum add value if not exists',
  ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'", 'SELECT enum_range(NULL::mood)::text AS r'],
  E,
);
c(
  'enum_first enum_last enum_range',
  "SELECT enum_first(NULL::mood) f, enum_last(NULL::mood) l, enum_range('ok'::mood, NULL)::text r, enum_range(NULL::mood) arr",
  E,
);
c('enum rename value', ["ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'", 'SELECT m FROM p ORDER BY m'], E);
c('enum max min', 'SELECT max(m) mx, min(m) mn FROM p', E);
c('enum param', { sql: 'SELECT name FROM p WHERE m = $1', params: ['ok'] }, E);
c('enum param invalid', { sql: 'SELECT name FROM p WHERE m = $1', params: ['nope'] }, E);
c(
  'enum array param',
  { sql: 'SELECT name FROM p WHERE m = ANY($1) ORDER BY name', params: [['ok', 'sad']] },
  E,
);
c(
  'enum array column',
  "CREATE TABLE q (ms mood[]); INSERT INTO q VALUES ('{sad,happy}'); SELECT ms FROM q",
  E,
);
c('enum case sensitive', "SELECT 'OK'::mood", E);
c(
  'enum in pg_enum',
  "SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder",
  E,
);
// ---- uuid
c(
  'uuid input forms',
  "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid a, '{a0eebc99-9c0b4ef8-bb6d6bb9bd380a11}'::uuid b, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid c, 'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid d",
);
c('uuid invalid input', "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid");
c(
  'uuid ordering',
  "SELECT u FROM (VALUES ('ffffffff-0000-0000-0000-000000000000'::uuid), ('00000000-0000-0000-0000-000000000001')) v(u) ORDER BY u",
);
c(
  'uuid param',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING u', params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'] },
  'CREATE TABLE t (u uuid)',
);
c('uuid param invalid', { sql: 'INSERT INTO t VALUES ($1)', params: ['nope'] }, 'CREATE TABLE t (u uuid)');
c('gen_random_uuid shape', 'SELECT length(gen_random_uuid()::text) l, pg_typeof(gen_random_uuid())::text t');
c('uuid compare text fails', "SELECT u = 'x'::text FROM t", 'CREATE TABLE t (u uuid)');
c(
  'uuid to text upper',
  'SELECT upper(u::text) FROM t',
  "CREATE TABLE t (u uuid); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')",
);
// ---- network
c(
  'inet input and output',
  "SELECT '192.168.1.5'::inet a, '192.168.1.5/24'::inet b, '::1'::inet c, '10.0.0.0/8'::cidr d",
);
c('cidr with host bits fails', "SELECT '192.168.1.5/24'::cidr");
c('cidr abbreviated', "SELECT '10'::cidr a, '192.168'::cidr b");
c(
  'inet functions',
  "SELECT host('192.168.1.5/24'::inet) h, masklen('192.168.1.5/24'::inet) m, family('::1'::inet) f, netmask('192.168.1.5/24'::inet) n, network('192.168.1.5/24'::inet) w, broadcast('192.168.1.5/24'::inet) b",
);
c(
  'inet containment operators',
  "SELECT '192.168.1.5'::inet << '192.168.1.0/24'::inet a, '192.168.1.0/24'::inet >>= '192.168.1.0/24'::inet b, '10.0.0.1'::inet && '10.0.0.0/8'::inet c",
);
c('inet invalid', "SELECT '300.1.1.1'::inet");
c(
  'inet ordering',
  "SELECT a FROM (VALUES ('10.0.0.1'::inet), ('::1'), ('9.255.255.255'), ('10.0.0.1/8')) v(a) ORDER BY a",
);
c(
  'inet text and abbrev',
  "SELECT text('10.1.2.3'::inet) t, abbrev('10.1.0.0/16'::cidr) a, set_masklen('10.1.2.3'::inet, 16) s",
);
c('inet arithmetic', "SELECT '10.0.0.255'::inet + 1 a, '10.0.0.5'::inet - '10.0.0.1'::inet b");
c('macaddr', "SELECT '08:00:2b:01:02:03'::macaddr a, '08002b010203'::macaddr b");
// ---- bit strings
c('bit string input', "SELECT B'1010' a, X'1F' b, '101'::bit(3) c, '101'::varbit d");
c('bit length mismatch', "SELECT '10'::bit(3)");
c('bit insert length mismatch', "INSERT INTO t VALUES (B'10')", 'CREATE TABLE t (b bit(3))');
c('bit cast pads and truncates', "SELECT B'10'::bit(4) a, B'10101'::bit(3) b");
c('varbit too long', "INSERT INTO t VALUES (B'1010')", 'CREATE TABLE t (b varbit(3))');
c(
  'bit operators',
  "SELECT B'1100' & B'1010' a, B'1100' | B'1010' o, B'1100' # B'1010' x, ~B'1100' n, B'1100' << 1 s",
);
c('bit and of different lengths', "SELECT B'1100' & B'10'");
c('bit to int', "SELECT B'1010'::int a, 10::bit(8) b, get_bit(B'1010', 0) g");
// ---- json/jsonb input
c('json invalid input', `SELECT '{"a": }'::json`);
c('jsonb invalid input', `SELECT '{a: 1}'::jsonb`);
c(
  'json keeps text exactly',
  `SELECT '{"b": 1,   "a": [1,2], "b": 3}'::json AS j, '{"b": 1,   "a": [1,2], "b": 3}'::json::text AS t`,
);
c('jsonb dedupes keys last wins', `SELECT '{"b": 1, "a": 2, "b": 3}'::jsonb::text AS t`);
c('jsonb key order by length then bytes', `SELECT '{"bbb": 1, "a": 2, "cc": 3, "aa": 4}'::jsonb::text AS t`);
c(
  'jsonb numbers',
  `SELECT '{"a": 1.0, "b": 1e2, "c": 1.50, "d": -0, "e": 12345678901234567890}'::jsonb::text AS t`,
);
c(
  'jsonb number equality',
  `SELECT '1.0'::jsonb = '1'::jsonb AS a, '{"a": 1.0}'::jsonb = '{"a": 1}'::jsonb AS b`,
);
c('json number precision in node-pg', `SELECT '{"big": 12345678901234567890, "f": 0.1}'::jsonb AS j`);
c('jsonb unicode escapes', `SELECT '"\\u00e9"'::jsonb AS a, '"\\u0000"'::json::text AS b`);
c('jsonb null character escape fails', `SELECT '"\\u0000"'::jsonb`);
c('json scalar tops', `SELECT '5'::jsonb a, '"s"'::jsonb b, 'null'::jsonb c, 'true'::json d`);
c(
  'jsonb whitespace normalised',
  `SELECT '[1,2,  {"a":1}]'::jsonb::text AS t, '[1,2,  {"a":1}]'::json::text AS u`,
);
// ---- operators
c(
  'arrow operators',
  `SELECT doc -> 'a' a, doc ->> 'a' b, doc -> 'tags' -> 0 c, doc -> 'tags' ->> -1 d, doc -> 'missing' e FROM d ORDER BY id`,
  J,
);
c(
  'path operators',
  `SELECT doc #> '{b,c,2}' a, doc #>> '{b,c,2,d}' b, doc #> '{tags,1}' c FROM d WHERE id = 1`,
  J,
);
c(
  'arrow on null json value',
  `SELECT doc -> 'n' a, doc ->> 'n' b, (doc -> 'n') IS NULL c FROM d WHERE id = 1`,
  J,
);
c(
  'containment operators',
  `SELECT id FROM d WHERE doc @> '{"tags": ["red"]}' UNION ALL SELECT id FROM d WHERE '{"a": 2}' <@ doc`,
  J,
);
c(
  'existence operators',
  `SELECT doc ? 'price' a, doc ?| array['price', 'n'] b, doc ?& array['a', 'tags'] c, doc -> 'tags' ? 'red' d FROM d ORDER BY id`,
  J,
);
c(
  'concat operator',
  `SELECT '{"a": 1}'::jsonb || '{"b": 2}'::jsonb a, '[1]'::jsonb || '[2, 3]'::jsonb b, '[1]'::jsonb || '{"x": 1}'::jsonb c, '{"a": 1}'::jsonb || '5'::jsonb d`,
);
c(
  'delete operators',
  `SELECT '{"a": 1, "b": 2}'::jsonb - 'a' a, '["a", "b", "a"]'::jsonb - 'a' b, '[1, 2, 3]'::jsonb - 1 c, '{"a": 1, "b": 2}'::jsonb - '{a,b}'::text[] d`,
);
c('delete path operator', `SELECT '{"a": {"b": [1, 2]}}'::jsonb #- '{a,b,0}' a`);
c('delete from scalar fails', `SELECT '5'::jsonb - 'a'`);
c(
  'json arrow on json type',
  `SELECT '{"a": {"b": 1}}'::json -> 'a' a, pg_typeof('{"a": 1}'::json -> 'a')::text t`,
);
c('arrow integer on object', `SELECT '{"a": 1}'::jsonb -> 0 AS a`);
c(
  'jsonb comparison ordering',
  `SELECT j FROM (VALUES ('1'::jsonb), ('"a"'), ('null'), ('true'), ('[1]'), ('{"a":1}'), ('[]'), ('{}')) v(j) ORDER BY j`,
);
c(
  'jsonb equality in where with param',
  { sql: 'SELECT id FROM d WHERE doc -> $1 = $2::jsonb', params: ['a', '2'] },
  J,
);
c(
  'jsonb object param',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j', params: [{ a: 1, b: [true, null], c: 'x' }] },
  'CREATE TABLE t (j jsonb)',
);
c(
  'json array param goes as postgres array',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j', params: [[1, 2, 3]] },
  'CREATE TABLE t (j jsonb)',
);
c(
  'json array param stringified',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j', params: [JSON.stringify([1, 2, 3])] },
  'CREATE TABLE t (j jsonb)',
);
c(
  'json param into json column keeps order',
  { sql: 'INSERT INTO t VALUES ($1) RETURNING j, j::text AS t', params: ['{"b":1, "a":2}'] },
  'CREATE TABLE t (j json)',
);
c('json equality fails', `SELECT '{}'::json = '{}'::json`);
c('json group by fails', `SELECT j, count(*) FROM t GROUP BY j`, 'CREATE TABLE t (j json)');
// ---- functions
c(
  'jsonb_set',
  `SELECT jsonb_set('{"a": {"b": 1}}', '{a,b}', '2') a, jsonb_set('{"a": 1}', '{c}', '3') b, jsonb_set('{"a": 1}', '{c}', '3', false) c, jsonb_set('[1, 2]', '{5}', '3') d, jsonb_set('[1, 2]', '{-1}', '9') e`,
);
c('jsonb_set null new value', `SELECT jsonb_set('{"a": 1}', '{a}', NULL) a`);
c('jsonb_set missing intermediate', `SELECT jsonb_set('{"a": 1}', '{x,y}', '3') a`);
c(
  'jsonb_set_lax',
  `SELECT jsonb_set_lax('{"a": 1, "b": 2}', '{a}', NULL) a, jsonb_set_lax('{"a": 1}', '{a}', NULL, true, 'delete_key') b, jsonb_set_lax('{"a": 1}', '{a}', NULL, true, 'return_target') c`,
);
c('jsonb_set_lax raise', `SELECT jsonb_set_lax('{"a": 1}', '{a}', NULL, true, 'raise_exception')`);
c(
  'jsonb_insert',
  `SELECT jsonb_insert('{"a": [0, 1]}', '{a,1}', '"x"') a, jsonb_insert('{"a": [0, 1]}', '{a,1}', '"x"', true) b, jsonb_insert('{"a": 1}', '{b}', '2') c`,
);
c('jsonb_insert existing key fails', `SELECT jsonb_insert('{"a": 1}', '{a}', '2')`);
c(
  'jsonb_build_object and array',
  `SELECT jsonb_build_object('a', 1, 'b', 'x', 'c', NULL, 'd', now()::date - now()::date) o, jsonb_build_array(1, 'two', NULL, true) a, json_build_object('z', 1, 'a', 2) j`,
);
c('jsonb_build_object odd args', `SELECT jsonb_build_object('a')`);
c('jsonb_build_object null key', `SELECT jsonb_build_object(NULL, 1)`);
c('json_object from arrays', `SELECT json_object('{a,1,b,2}') a, jsonb_object('{a,b}', '{1,2}') b`);
c(
  'to_jsonb of row',
  `SELECT to_jsonb(t) j, row_to_json(t) r FROM t`,
  "CREATE TABLE t (id int, name text, at timestamptz, d date, n numeric, f float8, b bool); INSERT INTO t VALUES (1, 'x', '2024-01-02 03:04:05.678+00', '2024-01-02', 1.50, 0.1, true)",
);
c('to_jsonb timestamp formats', [
  "SET TIME ZONE 'Europe/Paris'",
  `SELECT to_jsonb(timestamptz '2024-01-02 03:04:05+00') a, to_jsonb(timestamp '2024-01-02 03:04:05.5') b, to_json(date '2024-01-02') c, to_jsonb('infinity'::timestamp) d`,
]);
c(
  'to_jsonb of scalar types',
  `SELECT to_jsonb(1.50::numeric) a, to_jsonb('NaN'::float8) b, to_jsonb('x'::text) c, to_jsonb(ARRAY[1, NULL]) d, to_jsonb(interval '1 day') e`,
);
c(
  'jsonb_agg and object_agg',
  `SELECT jsonb_agg(x ORDER BY x DESC) a, jsonb_object_agg(x::text, x * 2) o, json_agg(x) j FROM generate_series(1, 3) x`,
);
c('jsonb_object_agg null key', `SELECT jsonb_object_agg(k, v) FROM (VALUES (NULL::text, 1)) t(k, v)`);
c(
  'jsonb_agg of rows',
  `SELECT jsonb_agg(t ORDER BY id) a FROM t`,
  "CREATE TABLE t (id int, name text); INSERT INTO t VALUES (2, 'b'), (1, 'a')",
);
c(
  'jsonb_each and each_text',
  `SELECT key, value FROM jsonb_each('{"a": 1, "b": "x", "c": null}') ORDER BY key`,
);
c(
  'jsonb_each_text',
  `SELECT key, value, value IS NULL n FROM jsonb_each_text('{"a": 1, "b": "x", "c": null, "d": [1]}') ORDER BY key`,
);
c('jsonb_each on array fails', `SELECT * FROM jsonb_each('[1]')`);
c('jsonb_array_elements', `SELECT value FROM jsonb_array_elements('[1, "a", null, {"b": 2}]')`);
c('jsonb_array_elements_text', `SELECT value FROM jsonb_array_elements_text('[1, "a", null, {"b": 2}]')`);
c(
  'jsonb_array_elements with ordinality lateral',
  `SELECT d.id, e.v, e.n FROM d, jsonb_array_elements_text(d.doc -> 'tags') WITH ORDINALITY e(v, n) ORDER BY d.id, e.n`,
  J,
);
c('jsonb_array_elements on object fails', `SELECT * FROM jsonb_array_elements('{"a": 1}')`);
c('jsonb_array_length', `SELECT jsonb_array_length('[1, [2, 3]]') a, json_array_length('[]') b`);
c('jsonb_array_length of scalar fails', `SELECT jsonb_array_length('5')`);
c(
  'jsonb_typeof',
  `SELECT jsonb_typeof('1') a, jsonb_typeof('1.5') b, jsonb_typeof('"s"') c, jsonb_typeof('null') d, jsonb_typeof('[]') e, jsonb_typeof('{}') f, jsonb_typeof(NULL) g, json_typeof('true') h`,
);
c('jsonb_strip_nulls', `SELECT jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}, "e": [null, 1]}') a`);
c('jsonb_pretty', `SELECT jsonb_pretty('{"a": [1, {"b": null}], "c": {}}') p`);
c('jsonb_object_keys', `SELECT jsonb_object_keys(doc) k FROM d WHERE id = 1 ORDER BY 1`, J);
c(
  'jsonb_extract_path',
  `SELECT jsonb_extract_path(doc, 'b', 'c', '1') a, jsonb_extract_path_text(doc, 'tags', '0') b FROM d WHERE id = 1`,
  J,
);
c(
  'jsonb_to_record',
  `SELECT * FROM jsonb_to_record('{"a": 1, "b": "x", "c": [1,2], "extra": 5}') AS r(a int, b text, c int[], d date)`,
);
c(
  'jsonb_to_recordset',
  `SELECT * FROM jsonb_to_recordset('[{"a": 1, "b": "x"}, {"a": 2}]') AS r(a int, b text) ORDER BY a`,
);
c(
  'jsonb_populate_record',
  `CREATE TYPE pr AS (a int, b text); SELECT (jsonb_populate_record(NULL::pr, '{"a": 5, "b": "y"}')).*`,
);
c('jsonb_to_record type error', `SELECT * FROM jsonb_to_record('{"a": "x"}') AS r(a int)`);
c(
  'jsonb cast to int and numeric',
  `SELECT ('{"a": 5}'::jsonb -> 'a')::int a, ('1.5'::jsonb)::numeric b, ('true'::jsonb)::bool c, ('"5"'::jsonb ->> 0) d`,
);
c('jsonb cast string to int fails', `SELECT '"5"'::jsonb::int`);
c('jsonb cast object to text', `SELECT '{"a": 1}'::jsonb::text a, '"s"'::jsonb::text b`);
c('jsonb ->> int cast in where', `SELECT id FROM d WHERE (doc ->> 'a')::int > 1`, J);
c('json ->> on array index', `SELECT '[1,2,3]'::json ->> 2 a, '[1,2,3]'::json ->> 5 b`);
c('jsonb_path_query', `SELECT jsonb_path_query(doc, '$.b.c[*]') v FROM d WHERE id = 1`, J);
c(
  'jsonb_path_query filter',
  `SELECT jsonb_path_query('{"items": [{"p": 5}, {"p": 15}, {"p": 25}]}', '$.items[*] ? (@.p > 10).p') v`,
);
c('jsonb_path_query vars', `SELECT jsonb_path_query('[1, 5, 10]', '$[*] ? (@ >= $min)', '{"min": 5}') v`);
c(
  'jsonb_path_query_array and first',
  `SELECT jsonb_path_query_array('[1, 2, 3]', '$[*] ? (@ > 1)') a, jsonb_path_query_first('[1, 2, 3]', '$[*] ? (@ > 1)') f`,
);
c(
  'jsonb_path_exists and match',
  `SELECT jsonb_path_exists(doc, '$.tags[*] ? (@ == "red")') e, jsonb_path_match(doc, '$.a == 1') m FROM d ORDER BY id`,
  J,
);
c(
  'jsonpath operators @? @@',
  `SELECT id FROM d WHERE doc @? '$.price' UNION ALL SELECT id * 10 FROM d WHERE doc @@ '$.a > 1'`,
  J,
);
c('jsonpath strict vs lax', `SELECT jsonb_path_query('{"a": [1, 2]}', 'lax $.a.b') l`);
c('jsonpath strict error', `SELECT jsonb_path_query('{"a": 1}', 'strict $.b')`);
c('jsonpath strict silent', `SELECT jsonb_path_query('{"a": 1}', 'strict $.b', '{}', true) v`);
c('jsonpath lax array unwrap', `SELECT jsonb_path_query('{"a": [1, 2]}', 'lax $.a + 1')`);
c('jsonpath arithmetic and methods', `SELECT jsonb_path_query('{"a": [1, 2.5, -3]}', '$.a[*].abs()') v`);
c(
  'jsonpath size type',
  `SELECT jsonb_path_query('[1, "a", null]', '$.size()') s, jsonb_path_query_array('[1, "a", null]', '$[*].type()') t`,
);
c(
  'jsonpath like_regex starts with',
  `SELECT jsonb_path_query_array('["apple", "banana", "avocado"]', '$[*] ? (@ starts with "a")') a, jsonb_path_query_array('["apple", "Banana"]', '$[*] ? (@ like_regex "^b" flag "i")') b`,
);
c(
  'jsonpath datetime',
  `SELECT jsonb_path_query('"2024-03-05"', '$.datetime()') a, jsonb_path_query('"2024-03-05 10:00"', '$.datetime("YYYY-MM-DD HH24:MI")') b`,
);
c(
  'jsonpath datetime comparison tz fails',
  `SELECT jsonb_path_query('["2024-03-05", "2024-03-05T10:00:00+01:00"]', '$[*] ? (@.datetime() < "2024-03-06".datetime())')`,
);
c(
  'jsonpath datetime _tz',
  `SELECT jsonb_path_query_tz('["2024-03-05", "2024-03-05T10:00:00+01:00"]', '$[*] ? (@.datetime() < "2024-03-06".datetime())') v`,
);
c('jsonpath keyvalue', `SELECT jsonb_path_query('{"a": 1, "b": 2}', '$.keyvalue()') v`);
c('jsonpath invalid syntax', `SELECT jsonb_path_query('{}', '$.a[')`);
c(
  'jsonpath last and ranges',
  `SELECT jsonb_path_query_array('[1,2,3,4]', '$[last]') a, jsonb_path_query_array('[1,2,3,4]', '$[1 to last]') b`,
);
c(
  'jsonpath exists filter',
  `SELECT jsonb_path_query_array('[{"a": 1}, {"b": 2}]', '$[*] ? (exists (@.a))') v`,
);
c('jsonpath type is jsonpath', `SELECT pg_typeof('$.a'::jsonpath)::text t, '$."a b"'::jsonpath p`);
c(
  'jsonb subscripting select',
  `SELECT doc['a'] a, doc['b']['c'][0] b, doc['tags'][-1] c, doc['nope'] d FROM d ORDER BY id`,
  J,
);
c(
  'jsonb subscripting update',
  [
    `UPDATE d SET doc['a'] = '100' WHERE id = 1`,
    `UPDATE d SET doc['new']['deep'] = '"x"' WHERE id = 2`,
    'SELECT id, doc FROM d ORDER BY id',
  ],
  J,
);
c(
  'jsonb subscripting update array fill',
  [`UPDATE d SET doc['tags'][4] = '"z"' WHERE id = 2`, `SELECT doc['tags'] FROM d WHERE id = 2`],
  J,
);
c('jsonb subscripting on scalar update fails', [`UPDATE d SET doc['a']['x'] = '1' WHERE id = 1`], J);
c(
  'jsonb subscripting null doc update',
  [
    `INSERT INTO d VALUES (3, NULL)`,
    `UPDATE d SET doc['k'] = '1' WHERE id = 3`,
    'SELECT doc FROM d WHERE id = 3',
  ],
  J,
);
c('jsonb subscript with text param', { sql: 'SELECT doc[$1] AS v FROM d ORDER BY id', params: ['a'] }, J);
c(
  'jsonb update with concat and param',
  {
    sql: "UPDATE d SET doc = doc || $1::jsonb WHERE id = 1 RETURNING doc->'z' AS z",
    params: [JSON.stringify({ z: [1] })],
  },
  J,
);
c('jsonb update remove key', ["UPDATE d SET doc = doc - 'tags' RETURNING id, doc ? 'tags' AS has"], J);
c('jsonb in group by and distinct', `SELECT DISTINCT doc -> 'tags' -> 0 AS t FROM d ORDER BY 1`, J);
c(
  'jsonb gin index query',
  [`CREATE INDEX ON d USING gin (doc)`, `SELECT id FROM d WHERE doc @> '{"a": 1}'`],
  J,
);
c(
  'jsonb_path_ops index',
  [`CREATE INDEX ON d USING gin (doc jsonb_path_ops)`, `SELECT id FROM d WHERE doc @> '{"tags": ["green"]}'`],
  J,
);
c('json_strip_nulls json', `SELECT json_strip_nulls('{"a": null, "b": 1}') a`);
c('row_to_json pretty', `SELECT row_to_json(row(1, 'a'), true) r`);
c('json_typeof of arrow', `SELECT jsonb_typeof(doc -> 'price') t FROM d WHERE id = 2`, J);
c(
  'jsonb numeric from price keeps scale',
  `SELECT doc -> 'price' p, (doc ->> 'price')::numeric n FROM d WHERE id = 2`,
  J,
);
c(
  'jsonb contains scalar array',
  `SELECT '[1, 2, [3]]'::jsonb @> '[3]' a, '[1, 2, [3]]'::jsonb @> '[[3]]' b, '"a"'::jsonb @> '"a"' c, '["a"]'::jsonb @> '"a"' d`,
);
c('jsonb exists on array string element', `SELECT '["a", 1]'::jsonb ? 'a' a, '["a", 1]'::jsonb ? '1' b`);
c('jsonb_build_object with nested params', {
  sql: "SELECT jsonb_build_object($1::text, $2::int, 'n', $3::text) o",
  params: ['k', 5, null],
});
c('json param untyped in build', { sql: "SELECT json_build_object('a', $1) o", params: ['x'] });
export default cases;
