const c = (name, steps, setup) => ({ name, steps, ...(setup ? { setup } : {}) });
const T =
  'CREATE TABLE d (id serial primary key, j jsonb, js json); INSERT INTO d (j, js) VALUES (\'{"a":1,"b":{"c":[1,2,3]},"s":"x","n":null}\', \'{"b":2, "a":1, "a":3}\'), (\'[1,"two",{"three":3},null,true]\', \'[1, 2]\'), (\'"str"\', \'"str"\'), (\'42\', \'42\'), (NULL, NULL), (\'{}\', \'{}\'), (\'{"tags":["x","y"],"n":5}\', \'{"tags":["x","y"],"n":5}\')';
export default [
  c('js: output formatting', [
    'SELECT \'{"b":1, "a":  [1,2 , 3], "a":"dup"}\'::jsonb AS a, \'{"b":1, "a":  [1,2 , 3], "a":"dup"}\'::json AS b',
    'SELECT \'  {"x" : 1.50, "y": 1e3, "z": -0, "w": 1E-2}\'::jsonb::text a, \'  {"x" : 1.50}  \'::json::text b',
  ]),
  c(
    'js: arrows on column',
    [
      "SELECT id, j -> 'a' a, j ->> 'a' b, j -> 0 c, j ->> 1 d, j -> -1 e, j #> '{b,c}' f, j #>> '{b,c,1}' g, j #> '{}' h FROM d ORDER BY id",
      "SELECT id, js -> 'a' a, js ->> 'b' b, js -> 0 c FROM d ORDER BY id",
      "SELECT id, j -> 'missing' IS NULL a, j ->> 'n' IS NULL b, j -> 'n' c FROM d ORDER BY id",
    ],
    T,
  ),
  c(
    'js: arrows with params',
    [
      { sql: 'SELECT j -> $1 AS a, j ->> $1 AS b FROM d WHERE id = 1', params: ['s'] },
      { sql: 'SELECT j -> $1::int AS a FROM d WHERE id = 2', params: [2] },
      { sql: 'SELECT j #>> $1 AS a FROM d WHERE id = 1', params: [['b', 'c', '0']] },
      { sql: "SELECT id FROM d WHERE j ->> 'n' = $1 ORDER BY id", params: ['5'] },
    ],
    T,
  ),
  c(
    'js: containment and existence',
    [
      'SELECT id, j @> \'{"a":1}\' a, j <@ \'{"a":1,"b":{"c":[1,2,3]},"s":"x","n":null,"z":0}\' b, j ? \'a\' c, j ?| array[\'s\',\'zz\'] d, j ?& array[\'a\',\'s\'] e, j ? \'two\' f FROM d ORDER BY id',
      "SELECT '[1,2,[1,3]]'::jsonb @> '[1,3]' a, '[1,2,[1,3]]'::jsonb @> '[[1,3]]' b, '{\"a\":{\"b\":1,\"c\":2}}'::jsonb @> '{\"a\":{\"b\":1}}' c, '\"foo\"'::jsonb @> '\"foo\"' d, '[\"foo\"]'::jsonb @> '\"foo\"' e, '\"foo\"'::jsonb @> '[\"foo\"]' f, '{\"a\":[1]}'::jsonb @> '{\"a\":1}' g",
    ],
    T,
  ),
  c('js: concatenation', [
    "SELECT '[\"a\", \"b\"]'::jsonb || '[\"a\", \"d\"]'::jsonb a, '{\"a\": \"b\"}'::jsonb || '{\"c\": \"d\"}'::jsonb b, '[1, 2]'::jsonb || '3'::jsonb c, '{\"a\": \"b\"}'::jsonb || '42'::jsonb d, '[1, 2]'::jsonb || jsonb_build_array('[3, 4]'::jsonb) e, '{\"a\":{\"x\":1}}'::jsonb || '{\"a\":{\"y\":2}}' f, '1'::jsonb || '2'::jsonb g, '{\"a\":1}'::jsonb || '[2]' h",
  ]),
  c('js: deletion', [
    'SELECT \'{"a": "b", "c": "d"}\'::jsonb - \'a\' a, \'["a", "b", "c", "b"]\'::jsonb - \'b\' b, \'{"a": "b", "c": "d"}\'::jsonb - \'{a,c}\'::text[] c, \'["a", "b"]\'::jsonb - 1 d, \'["a", "b"]\'::jsonb - -1 e, \'["a", {"b":1}]\'::jsonb #- \'{1,b}\' f, \'{"a":1}\'::jsonb - 5 g',
  ]),
  c('js: deletion errors', [
    'SELECT \'{"a":1}\'::jsonb - 0',
    "SELECT '\"s\"'::jsonb - 'a'",
    "SELECT '\"s\"'::jsonb #- '{a}'",
    "SELECT '[1,2]'::jsonb #- '{x}'",
  ]),
  c('js: jsonb_set', [
    "SELECT jsonb_set('[{\"f1\":1,\"f2\":null},2,null,3]', '{0,f1}', '[2,3,4]', false) a, jsonb_set('[{\"f1\":1,\"f2\":null},2]', '{0,f3}', '[2,3,4]') b, jsonb_set('{\"a\":1}', '{b,c}', '2') c, jsonb_set('[1,2]', '{5}', '9') d, jsonb_set('[1,2]', '{-5}', '9') e, jsonb_set('{\"a\":1}', '{a}', 'null') f, jsonb_set('{\"a\":1}', '{a}', NULL) g",
    "SELECT jsonb_set('{\"a\":[1,2]}', '{a,x}', '1')",
    "SELECT jsonb_set('\"s\"', '{a}', '1')",
  ]),
  c('js: jsonb_set_lax and insert', [
    "SELECT jsonb_set_lax('{\"a\":1}', '{a}', NULL) a, jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'delete_key') b, jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'return_target') c, jsonb_insert('{\"a\": [0,1,2]}', '{a, 1}', '\"new_value\"') d, jsonb_insert('{\"a\": [0,1,2]}', '{a, 1}', '\"new_value\"', true) e, jsonb_insert('{\"a\": {\"b\": \"value\"}}', '{a, c}', '\"new_value\"') f, jsonb_insert('[1]', '{-9}', '0') g",
    "SELECT jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'bogus')",
    "SELECT jsonb_insert('{\"a\":1}', '{a}', '2')",
  ]),
  c(
    'js: strip nulls pretty typeof',
    [
      'SELECT jsonb_strip_nulls(\'[{"f1":1, "f2":null}, 2, null, 3]\') a, json_strip_nulls(\'{"a":null,"b":{"c":null}}\') b, jsonb_pretty(\'[{"f1":1,"f2":null},2]\') c, jsonb_pretty(\'{}\') d, jsonb_pretty(\'[]\') e, jsonb_pretty(\'{"a":{}}\') f',
      'SELECT id, jsonb_typeof(j) t, json_typeof(js) u FROM d ORDER BY id',
      "SELECT jsonb_typeof('null'::jsonb) a, jsonb_typeof('1.5') b, jsonb_typeof(NULL) c",
    ],
    T,
  ),
  c(
    'js: array length',
    [
      'SELECT jsonb_array_length(\'[1,2,3,{"f1":1,"f2":[5,6]},4]\') a, json_array_length(\'[]\') b',
      'SELECT jsonb_array_length(\'{"a":1}\')',
      "SELECT jsonb_array_length('5')",
      "SELECT json_array_length('{}')",
      "SELECT jsonb_array_length(j -> 'tags') FROM d WHERE id = 7",
    ],
    T,
  ),
  c(
    'js: each and keys',
    [
      'SELECT * FROM jsonb_each(\'{"a":"foo", "b":[1,2], "c":null}\')',
      'SELECT * FROM jsonb_each_text(\'{"a":"foo", "b":[1,2], "c":null, "d": 1.50}\')',
      'SELECT * FROM json_each(\'{"b":1, "a":2, "b":3}\')',
      'SELECT jsonb_object_keys(\'{"f1":"abc","f2":{"f3":"a", "f4":"b"}, "a": 1}\')',
      "SELECT jsonb_object_keys('[1]')",
      "SELECT * FROM jsonb_each('[1]')",
      "SELECT d.id, e.key, e.value FROM d, jsonb_each(d.j) e WHERE jsonb_typeof(d.j) = 'object' ORDER BY 1, 2",
    ],
    T,
  ),
  c('js: to_record', [
    'SELECT * FROM jsonb_to_record(\'{"a":1,"b":[1,2,3],"c":[1,2,3],"e":"bar","r": {"a": 123, "b": "a b c"}}\') AS x(a int, b text, c int[], d text)',
    'SELECT * FROM jsonb_to_recordset(\'[{"a":1,"b":"foo"}, {"a":"2","c":"bar"}]\') AS x(a int, b text)',
    'SELECT * FROM jsonb_to_record(\'{"a":"x"}\') AS x(a int)',
    'SELECT * FROM jsonb_to_record(\'{"a":1.7}\') AS x(a int)',
    'SELECT * FROM jsonb_to_record(\'{"a":true, "t":"2024-01-01T10:00:00"}\') AS x(a bool, t timestamptz)',
  ]),
  c('js: populate_record', [
    'CREATE TYPE pr AS (a int, b text, c jsonb)',
    'SELECT * FROM jsonb_populate_record(null::pr, \'{"a":1,"b":"x","c":{"d":1},"z":9}\')',
    "SELECT * FROM jsonb_populate_record(row(5,'keep',null)::pr, '{\"a\":1}')",
    'SELECT * FROM jsonb_populate_recordset(null::pr, \'[{"a":1},{"b":"y"}]\')',
    'SELECT * FROM json_populate_record(null::pr, \'{"a":"abc"}\')',
  ]),
  c('js: build with mixed types', [
    "SELECT json_build_object('a', 1, 'b', 'text', 'c', true, 'd', NULL, 'e', 1.50, 'f', ARRAY[1,2], 'g', now()::date - now()::date) a",
    "SELECT jsonb_build_array(1, 'a', true, NULL, 2.50, ARRAY['x','y'], '{\"k\":1}'::jsonb, '{\"k\":1}'::json) a",
    "SELECT json_build_object(1, 2) a, jsonb_build_object(1.5, 2) b, jsonb_build_object(true, 'x') c",
    "SELECT jsonb_build_object('a', date '2024-01-02', 'b', timestamp '2024-01-02 03:04:05.6', 'c', timestamptz '2024-01-02 03:04:05+00', 'd', interval '1 day', 'e', 'inf'::float8, 'f', 'NaN'::numeric) a",
    "SELECT json_build_object() a, jsonb_build_array() b, json_object('{a,1,b,2}') c",
  ]),
  c('js: to_jsonb of types', [
    "SELECT to_jsonb(timestamp '2024-01-02 03:04:05') a, to_jsonb(timestamptz '2024-01-02 03:04:05+00') b, to_jsonb(date '2024-01-02') c, to_jsonb(1.500::numeric) d, to_jsonb(ARRAY[1,NULL,3]) e, to_jsonb(ARRAY[[1,2],[3,4]]) f, to_jsonb('a\"b'::text) g, to_jsonb(row(1,'x')) h, to_jsonb(1e20::float8) i, to_jsonb(0.1::real) j, to_json('x'::char(3)) k, to_jsonb(interval '1 day') l, to_jsonb('\\x0102'::bytea) m",
    "SELECT to_jsonb('Infinity'::numeric)",
    'SELECT to_json(true) a, to_json(NULL::int) b, to_jsonb(\'{"a":1}\'::json) c',
  ]),
  c(
    'js: row_to_json',
    [
      'SELECT row_to_json(d) FROM d WHERE id = 1',
      "SELECT row_to_json(row(1,'foo')) a, row_to_json(x) b FROM (SELECT 1 AS \"x y\", NULL::int AS n, ARRAY['a'] arr) x",
      'SELECT row_to_json(x, true) FROM (SELECT 1 a, 2 b) x',
      "SELECT json_agg(x) FROM (SELECT id, j -> 'a' a FROM d WHERE id < 3 ORDER BY id) x",
      'SELECT to_jsonb(x) FROM (SELECT id, js FROM d WHERE id = 1) x',
    ],
    T,
  ),
  c(
    'js: aggregates',
    [
      "SELECT json_agg(id ORDER BY id DESC) a, jsonb_agg(j -> 'a') b, jsonb_agg(j ORDER BY id) FILTER (WHERE id > 5) c FROM d",
      "SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', 1), ('b', NULL), ('a', 3)) x(k, v)",
      "SELECT json_object_agg(k, v) FROM (VALUES ('a', 1), ('b', NULL), ('a', 3)) x(k, v)",
      'SELECT json_agg(x) a, jsonb_agg(x) b FROM (VALUES (1), (NULL)) v(x)',
      'SELECT jsonb_agg(x) FROM (SELECT 1 WHERE false) v(x)',
      "SELECT jsonb_object_agg(k, v ORDER BY k DESC) FROM (VALUES ('a', 1), ('b', 2)) x(k, v)",
      'SELECT jsonb_agg(DISTINCT x ORDER BY x) FROM (VALUES (2), (1), (2)) v(x)',
    ],
    T,
  ),
  c('js: casts from jsonb', [
    "SELECT ('{\"a\":5}'::jsonb -> 'a')::int a, ('{\"a\":5.7}'::jsonb -> 'a')::int b, ('{\"a\":5.7}'::jsonb -> 'a')::numeric c, ('{\"a\":true}'::jsonb -> 'a')::bool d, ('{\"a\":\"x\"}'::jsonb -> 'a')::text e, ('{\"a\":1e2}'::jsonb -> 'a')::float8 f, ('{\"a\":12345678901}'::jsonb -> 'a')::bigint g, ('{\"a\":1.5}'::jsonb -> 'a')::int2 h",
    'SELECT (\'{"a":"5"}\'::jsonb -> \'a\')::int',
    "SELECT ('{\"a\":[1]}'::jsonb -> 'a')::numeric",
    "SELECT ('{\"a\":1}'::jsonb -> 'a')::bool",
    "SELECT ('{\"a\":1}'::json -> 'a')::int",
    "SELECT ('{\"a\":12345678901}'::jsonb -> 'a')::int",
    "SELECT 'true'::jsonb::bool a, '\"x\"'::jsonb::text b, '1'::jsonb::text c, '\"x\"'::json::text d",
  ]),
  c('js: invalid input', [
    'SELECT \'{"a":}\'::jsonb',
    "SELECT '{a:1}'::json",
    "SELECT ''::jsonb",
    "SELECT '[1,2'::jsonb",
    "SELECT 'nul'::jsonb",
    "SELECT '1 2'::json",
    'SELECT \'{"a":1}x\'::jsonb',
  ]),
  c(
    'js: insert and update app code',
    [
      {
        sql: 'INSERT INTO d (j) VALUES ($1) RETURNING j',
        params: [JSON.stringify({ z: 1, a: [true, null], b: 'é' })],
      },
      {
        sql: 'UPDATE d SET j = j || $1::jsonb WHERE id = 1 RETURNING j',
        params: [JSON.stringify({ a: 2, new: 'x' })],
      },
      {
        sql: "UPDATE d SET j = jsonb_set(j, '{b,c}', $1::jsonb) WHERE id = 1 RETURNING j #> '{b}' b",
        params: ['[9]'],
      },
      { sql: "UPDATE d SET j = j - 's' WHERE id = 1 RETURNING j", params: [] },
      { sql: 'SELECT id FROM d WHERE j @> $1::jsonb ORDER BY id', params: ['{"tags":["y"]}'] },
      { sql: 'SELECT id FROM d WHERE j ? $1 ORDER BY id', params: ['tags'] },
    ],
    T,
  ),
  c(
    'js: comparison and ordering',
    [
      'SELECT j FROM d ORDER BY j NULLS FIRST',
      "SELECT '{\"a\":1}'::jsonb = '{\"a\":1.0}'::jsonb a, '[1,2]'::jsonb < '[1,2,3]'::jsonb b, '{\"b\":1}'::jsonb > '{\"a\":2}'::jsonb c, '{\"aa\":1}'::jsonb > '{\"b\":1}'::jsonb d, 'null'::jsonb < 'true'::jsonb e, '[]'::jsonb > '{}'::jsonb f, '\"a\"'::jsonb < '1'::jsonb g",
    ],
    T,
  ),
  c(
    'js: array elements',
    [
      "SELECT jsonb_array_elements(j -> 'tags') FROM d WHERE id = 7",
      "SELECT value FROM d, jsonb_array_elements_text(d.j -> 'tags') WHERE id = 7 ORDER BY 1",
      'SELECT * FROM jsonb_array_elements(\'[1,true,[1,[2,3]],null,"s"]\')',
      'SELECT * FROM jsonb_array_elements_text(\'[1,true,[1,[2,3]],null,"s"]\')',
      'SELECT * FROM jsonb_array_elements(\'{"a":1}\')',
      'SELECT x, n FROM jsonb_array_elements(\'["a","b"]\') WITH ORDINALITY AS t(x, n)',
    ],
    T,
  ),
  c('js: extract_path and misc', [
    'SELECT jsonb_extract_path(\'{"f2":{"f3":1},"f4":{"f5":99,"f6":"foo"}}\', \'f4\', \'f6\') a, jsonb_extract_path_text(\'{"f2":{"f3":1},"f4":{"f5":99,"f6":"foo"}}\', \'f4\', \'f6\') b, json_extract_path(\'[1,[2]]\', \'1\', \'0\') c',
    "SELECT '{\"a\":[1,2]}'::jsonb -> 'a' -> 1 a, '{\"a\":[1,2]}'::jsonb -> 'a' ->> 5 b, '[1]'::jsonb -> 'a' c, '{\"a\":1}'::jsonb -> 0 d",
    "SELECT ('{\"a\":{\"b\":2}}'::jsonb)['a']['b'] a, ('[1,2]'::jsonb)[0] b, ('[1,2]'::jsonb)['x'] c",
  ]),
  c('js: json vs jsonb output of text with escapes', [
    "SELECT to_json('line1\nline2\ttab\\back'::text) a, to_jsonb(E'\\u00e9\\x01'::text) b, '\"\\u00e9\"'::jsonb c, '\"\\u00e9\"'::json d, '\"\\u00e9\"'::jsonb ->> 0 e, '[\"\\u00e9\"]'::json ->> 0 f",
  ]),
];
