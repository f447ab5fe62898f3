import { defineGroup } from '../sql-case.js';

const DOCS = `
  CREATE TABLE docs (id int PRIMARY KEY, data jsonb NOT NULL);
  INSERT INTO docs VALUES
    (1, '{"name": "ada", "tags": ["a", "b"], "address": {"city": "Paris", "zip": "75001"}, "qty": 3, "items": [{"sku": "X", "qty": 1}, {"sku": "Y", "qty": 2}]}'),
    (2, '{"name": "bob", "tags": ["b"], "address": {"city": "Rome"}, "qty": 1, "flag": null, "items": []}'),
    (3, '{"name": "cy", "tags": [], "qty": 10}');`;

/** json and jsonb: operators, builders, aggregates, set-returning functions, JSON path, parameters. */
export const jsonCases = defineGroup('json', [
  {
    name: '-> returns jsonb and ->> returns text',
    setup: DOCS,
    steps: [
      "SELECT data -> 'address' AS address, data ->> 'name' AS name, data -> 'qty' AS qty FROM docs WHERE id = 1",
    ],
  },
  {
    name: '-> with an integer indexes arrays, negative from the end',
    setup: DOCS,
    steps: [
      "SELECT data -> 'tags' -> 0 AS first, data -> 'tags' ->> -1 AS last, data -> 'tags' -> 5 AS missing FROM docs WHERE id = 1",
    ],
  },
  {
    name: '#> and #>> follow a path',
    setup: DOCS,
    steps: [
      "SELECT data #> '{address,city}' AS city, data #>> '{items,1,sku}' AS sku FROM docs WHERE id = 1",
    ],
  },
  {
    name: '@> finds documents containing an object',
    setup: DOCS,
    steps: [`SELECT id FROM docs WHERE data @> '{"address": {"city": "Rome"}}' ORDER BY id`],
  },
  {
    name: '@> on arrays ignores order and duplicates',
    steps: [
      `SELECT '[1, 2, 3]'::jsonb @> '[3, 1, 1]' AS a, '[1, [2, 3]]'::jsonb @> '[[3]]' AS b, '{"a": [1, 2]}'::jsonb @> '{"a": [2]}' AS c`,
    ],
  },
  {
    name: '@> finds an object inside an array of objects',
    setup: DOCS,
    steps: [`SELECT id FROM docs WHERE data -> 'items' @> '[{"sku": "Y"}]'`],
  },
  {
    name: '<@ is containment the other way',
    steps: [
      `SELECT '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}' AS a, '{"a": 1, "c": 3}'::jsonb <@ '{"a": 1, "b": 2}' AS b`,
    ],
  },
  {
    name: '? tests a top-level key or array string element',
    setup: DOCS,
    steps: ["SELECT id, data ? 'flag' AS has_flag, data -> 'tags' ? 'a' AS tagged_a FROM docs ORDER BY id"],
  },
  {
    name: '?| and ?& test any and all of several keys',
    setup: DOCS,
    steps: [
      "SELECT id, data ?| array['flag', 'address'] AS any_key, data ?& array['name', 'address'] AS all_keys FROM docs ORDER BY id",
    ],
  },
  {
    name: 'jsonb_set replaces and creates a nested value',
    steps: [
      `SELECT jsonb_set('{"a": {"b": 1}}', '{a,b}', '2') AS replaced,
              jsonb_set('{"a": {}}', '{a,c}', '"new"') AS created,
              jsonb_set('{"a": {}}', '{a,c}', '"new"', false) AS not_created`,
    ],
  },
  {
    name: 'jsonb_set in an UPDATE changes one key',
    setup: DOCS,
    steps: [
      {
        sql: `UPDATE docs SET data = jsonb_set(data, '{address,city}', to_jsonb($1::text)) WHERE id = 1
              RETURNING data -> 'address' AS address`,
        params: ['Lyon'],
      },
    ],
  },
  {
    name: '|| merges objects and - / #- remove keys and paths',
    steps: [
      `SELECT '{"a": 1, "b": 2}'::jsonb || '{"b": 3, "c": 4}' AS merged,
              '{"a": 1, "b": 2}'::jsonb - 'a' AS without_a,
              '{"a": {"b": 1, "c": 2}}'::jsonb #- '{a,b}' AS without_path,
              '["x", "y"]'::jsonb || '["z"]' AS appended`,
    ],
  },
  {
    name: 'jsonb output orders keys by length then bytes and keeps the last duplicate',
    steps: [
      `SELECT '{"bb": 1, "a": 2, "c": 3, "a": 4}'::jsonb AS doc, '{"bb": 1, "a": 2}'::jsonb::text AS txt`,
    ],
  },
  {
    name: 'json keeps keys in input order, duplicates included',
    steps: [`SELECT '{"bb": 1, "a": 2, "a": 3}'::json::text AS txt`],
  },
  {
    name: 'jsonb equality ignores key order',
    steps: [`SELECT '{"a": 1, "b": 2}'::jsonb = '{"b": 2, "a": 1}'::jsonb AS eq`],
  },
  {
    name: 'jsonb_build_object and json_build_object build from mixed types',
    steps: [
      "SELECT jsonb_build_object('id', 1, 'name', 'x', 'ok', true, 'none', NULL, 'n', 1.50) AS j, json_build_object('b', 1, 'a', 2)::text AS t",
    ],
  },
  {
    name: 'jsonb_build_array and json_build_array',
    steps: ["SELECT jsonb_build_array(1, 'two', NULL, false) AS j"],
  },
  {
    name: 'jsonb_agg aggregates rows in the given order',
    setup: DOCS,
    steps: ["SELECT jsonb_agg(data ->> 'name' ORDER BY id DESC) AS names FROM docs"],
  },
  {
    name: 'jsonb_agg over zero rows is NULL',
    setup: DOCS,
    steps: [
      "SELECT jsonb_agg(id) AS ids, coalesce(jsonb_agg(id), '[]') AS ids_or_empty FROM docs WHERE id > 100",
    ],
  },
  {
    name: 'json_agg of rows builds objects',
    setup: 'CREATE TABLE p (id int, name text); INSERT INTO p VALUES (1, $$a$$), (2, $$b$$);',
    steps: ['SELECT json_agg(p ORDER BY id) AS rows FROM p'],
  },
  {
    name: 'jsonb_object_agg builds an object from pairs',
    setup: DOCS,
    steps: ["SELECT jsonb_object_agg(data ->> 'name', data -> 'qty') AS by_name FROM docs"],
  },
  {
    name: 'to_jsonb and row_to_json of a row',
    setup: 'CREATE TABLE p (id int, name text, at date); INSERT INTO p VALUES (1, $$a$$, $$2024-01-02$$);',
    steps: ['SELECT to_jsonb(p) AS j, row_to_json(p)::text AS t FROM p'],
  },
  {
    name: 'jsonb_array_elements expands an array into rows',
    setup: DOCS,
    steps: [
      "SELECT e ->> 'sku' AS sku, (e ->> 'qty')::int AS qty FROM docs, jsonb_array_elements(data -> 'items') AS e WHERE id = 1",
    ],
  },
  {
    name: 'jsonb_array_elements_text gives text elements',
    steps: [`SELECT value FROM jsonb_array_elements_text('["a", 1, null, true]')`],
  },
  {
    name: 'jsonb_each and jsonb_object_keys list an object',
    steps: [
      `SELECT key, value FROM jsonb_each('{"b": 1, "a": [2]}') ORDER BY key`,
      `SELECT k FROM jsonb_object_keys('{"b": 1, "a": 2}') AS k`,
    ],
  },
  {
    name: 'jsonb_typeof and jsonb_array_length',
    setup: DOCS,
    steps: [
      "SELECT id, jsonb_typeof(data -> 'tags') AS t, jsonb_array_length(data -> 'tags') AS n, jsonb_typeof(data -> 'flag') AS f FROM docs ORDER BY id",
    ],
  },
  {
    name: 'JSON null and a missing key are different from SQL NULL',
    setup: DOCS,
    steps: [
      "SELECT id, data -> 'flag' IS NULL AS arrow_null, data ->> 'flag' IS NULL AS text_null, data -> 'flag' = 'null'::jsonb AS json_null FROM docs WHERE id IN (2, 3) ORDER BY id",
    ],
  },
  {
    name: 'casting ->> to int filters numerically',
    setup: DOCS,
    steps: ["SELECT id FROM docs WHERE (data ->> 'qty')::int >= 3 ORDER BY (data ->> 'qty')::int DESC"],
  },
  {
    name: 'jsonb values order by type then value',
    setup: DOCS,
    steps: ["SELECT id FROM docs ORDER BY data -> 'qty' DESC"],
  },
  {
    name: 'jsonb_path_query_first and @? with a filter',
    setup: DOCS,
    steps: [
      `SELECT id, jsonb_path_query_first(data, '$.items[*] ? (@.qty > 1).sku') AS sku,
              data @? '$.items[*] ? (@.sku == "X")' AS has_x
       FROM docs ORDER BY id`,
    ],
  },
  {
    name: 'jsonb_path_exists and @@ with a predicate',
    setup: DOCS,
    steps: [`SELECT id FROM docs WHERE data @@ '$.qty > 2' ORDER BY id`],
  },
  {
    name: 'a large number in jsonb keeps its digits in text',
    steps: [`SELECT '{"n": 12345678901234567890.5}'::jsonb ->> 'n' AS n`],
  },
  {
    name: 'a JS array parameter into a jsonb column is sent as a PostgreSQL array literal and fails',
    setup: 'CREATE TABLE docs (data jsonb);',
    steps: [{ sql: 'INSERT INTO docs VALUES ($1)', params: [[1, 2]] }],
  },
  {
    name: 'a JSON.stringify-ed array parameter into a jsonb column is stored as an array',
    setup: 'CREATE TABLE docs (data jsonb);',
    steps: [{ sql: 'INSERT INTO docs VALUES ($1) RETURNING data', params: [JSON.stringify([1, 'a'])] }],
  },
  {
    name: 'jsonb subscripting reads and writes',
    setup: DOCS,
    steps: [
      "SELECT data['address']['city'] AS city FROM docs WHERE id = 1",
      `UPDATE docs SET data['qty'] = '99' WHERE id = 3 RETURNING data -> 'qty' AS qty`,
    ],
  },
  {
    name: 'jsonb_strip_nulls removes null members',
    steps: [`SELECT jsonb_strip_nulls('{"a": 1, "b": null, "c": {"d": null}}') AS j`],
  },
  {
    name: 'a \\u0000 escape in jsonb is 22P05',
    steps: [`SELECT '{"a": "x\\u0000y"}'::jsonb`],
  },
  {
    name: 'a GIN index on jsonb serves @>',
    setup: `${DOCS} CREATE INDEX docs_data_gin ON docs USING gin (data jsonb_path_ops);`,
    steps: [`SELECT id FROM docs WHERE data @> '{"tags": ["b"]}' ORDER BY id`],
  },
  {
    name: 'a jsonb parameter compared with ->> text',
    setup: DOCS,
    steps: [{ sql: "SELECT id FROM docs WHERE data ->> 'name' = $1", params: ['bob'] }],
  },
  {
    name: 'jsonb_pretty formats with four-space indentation',
    steps: [`SELECT jsonb_pretty('{"a": [1, {"b": 2}]}') AS p`],
  },
  {
    name: '->> gives an object or array member as jsonb text, a string as itself, a JSON null as NULL',
    setup: `CREATE TABLE docs (id int PRIMARY KEY, body jsonb);
            INSERT INTO docs VALUES (1, '{"a": {"b": [1, "x"]}, "s": "hi there", "t": true, "z": null, "i": 3, "f": 1.5}');`,
    steps: [
      "SELECT body ->> 'a' AS a, body ->> 's' AS s, body ->> 't' AS t, body ->> 'z' AS z, body ->> 'i' AS i, body ->> 'f' AS f, body ->> 'missing' AS m FROM docs",
      "SELECT body -> 'a' ->> 'b' AS b, body -> 'a' -> 'b' ->> 0 AS b0, body -> 'a' -> 'b' ->> 1 AS b1 FROM docs",
      `SELECT id FROM docs WHERE body ->> 'a' = '{"b": [1, "x"]}'`,
    ],
  },
  {
    name: 'jsonb keeps a number as written: 10.00 reads back through ->> as 10.00',
    setup: `CREATE TABLE docs (id int PRIMARY KEY, body jsonb);
            INSERT INTO docs VALUES (1, '{"price": 10.00}');`,
    steps: ["SELECT body ->> 'price' AS price FROM docs"],
  },
  {
    name: 'IS JSON is a syntax error',
    steps: [
      "SELECT '{}' IS JSON",
      {
        sql: 'SELECT $1::text IS JSON OBJECT',
        params: ['{}'],
      },
    ],
  },
  {
    name: 'json_array and json_arrayagg do not exist',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['SELECT json_array(1, 2)', 'SELECT json_arrayagg(qty) FROM items'],
  },
  {
    name: "json_object with 'k': v or VALUE is a syntax error, with text arrays a function",
    steps: [
      "SELECT json_object('a': 1)",
      "SELECT json_object('a' VALUE 1)",
      "SELECT json_object('{a,1,b,2}')",
    ],
  },
  {
    name: 'json_exists, json_value and json_query do not exist; RETURNING in them is a syntax error',
    steps: [
      "SELECT json_exists('{\"a\":1}'::jsonb, '$.a')",
      "SELECT json_value('{\"a\":1}'::jsonb, '$.a' RETURNING int)",
    ],
  },
  {
    name: 'JSON_TABLE is a syntax error',
    steps: ["SELECT * FROM json_table('[1]'::jsonb, '$[*]' COLUMNS (v int PATH '$')) jt"],
  },
  {
    name: 'jsonpath rejects 17+ item methods and 16+ number syntax',
    steps: [
      'SELECT jsonb_path_query(\'{"a":"1"}\', \'$.a.integer()\')',
      "SELECT '$ ? (@ == 0x10)'::jsonpath",
    ],
  },
  {
    name: '-> 0 on a scalar jsonb is the scalar itself, as jsonb stores a scalar as a one-element array',
    steps: [
      "SELECT '\"str\"'::jsonb -> 0 AS a, '\"a\\tb\"'::jsonb ->> 0 AS b, '5'::jsonb -> 1 AS c, '{\"x\":1}'::jsonb -> 0 AS d",
    ],
  },
  {
    name: 'jsonb equality tells a JSON null from {}, 0 from false and 1 from 1.00001, in =, <>, IN, CASE and NULLIF',
    setup:
      "CREATE TABLE d (id int, a jsonb, b jsonb); INSERT INTO d VALUES (1, 'null', '{}'), (2, '0', 'false'), (3, '1', '1.00001'), (4, '\"\"', 'null'), (5, '[1]', '[1]')",
    steps: [
      'SELECT id, a = b AS eq, a <> b AS ne, a IN (b) AS isin, CASE a WHEN b THEN 1 ELSE 0 END AS c, nullif(a, b) AS n FROM d ORDER BY id',
      "SELECT id FROM d WHERE a = '{}' ORDER BY id",
    ],
  },
  {
    name: "-> and ->> with a key read an object's own keys only: an array has none, nor has any object 'constructor'",
    steps: [
      "SELECT '[1,2]'::jsonb -> '0' AS a, '[1,2]'::jsonb ->> 'length' AS b, '{\"a\":1}'::jsonb -> 'constructor' AS c, '{\"a\":1}'::jsonb ->> 'toString' AS d",
    ],
  },
  {
    name: '-> ->> and #>> on an untyped value are ambiguous between json and jsonb',
    steps: [
      { sql: "SELECT $1 -> 'c' AS v", params: ['{"c": 1}'] },
      { sql: 'SELECT $1 ->> 0 AS v', params: ['[1]'] },
      { sql: "SELECT $1 #>> '{b,2}' AS v", params: ['{}'] },
      "SELECT '{\"a\": 1}' ->> 'a' AS v",
    ],
  },
  {
    name: 'an untyped value minus text is jsonb minus text',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      { sql: 'SELECT id FROM t ORDER BY ($1 - tx), id', params: ['2024-05-01'] },
      { sql: "SELECT $1 - 'a'::text AS v", params: ['{"a": 1, "b": 2}'] },
    ],
  },
  {
    name: 'jsonb input refuses a lone high surrogate escape (22P02 with its detail); json keeps it',
    steps: [
      'SELECT \'"\\ud83d"\'::jsonb AS v',
      'SELECT \'"\\ud83d"\'::json AS v',
      'SELECT \'"\\ud83d\\ude00"\'::jsonb AS v',
    ],
  },
  {
    name: 'jsonb input refuses a high surrogate escape after a high surrogate',
    steps: ['SELECT \'["\\ud83d\\ud83d"]\'::jsonb AS v'],
  },
  {
    name: 'a jsonb null cast to a number or boolean is an error in PostgreSQL 15',
    setup: "CREATE TABLE docs (body jsonb); INSERT INTO docs VALUES ('null')",
    steps: [
      'SELECT body::int AS v FROM docs',
      'SELECT body::numeric AS v FROM docs',
      'SELECT body::boolean AS v FROM docs',
    ],
  },
  {
    name: 'a JSON string holding a hex number cast to integer is refused',
    steps: ['SELECT (\'{"n": "0x1F"}\'::jsonb ->> \'n\')::int AS n'],
  },
  {
    name: 'a jsonb null cast to a number or a boolean raises 22023 (17 gives NULL)',
    setup:
      'CREATE TABLE docs (id int PRIMARY KEY, body jsonb); INSERT INTO docs VALUES (1, \'{"qty": 2}\'), (2, \'{"qty": null}\')',
    steps: [
      "SELECT id, (body -> 'qty')::int AS qty FROM docs WHERE id = 1",
      "SELECT id, (body -> 'qty')::int AS qty FROM docs ORDER BY id",
      "SELECT ('{\"ok\": null}'::jsonb -> 'ok')::boolean",
      "SELECT (body ->> 'qty')::int AS qty FROM docs ORDER BY id",
    ],
  },
  {
    name: 'jsonb_strip_nulls takes one argument in 15',
    steps: [
      'SELECT jsonb_strip_nulls(\'{"a":null,"b":[null]}\') AS j',
      "SELECT jsonb_strip_nulls('[null]', true)",
    ],
  },
  {
    name: "jsonb_set: SELECT id, jsonb_set(d, '{tags,-9}', '\"z\"') FROM j ORDER BY id",
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ["SELECT id, jsonb_set(d, '{tags,-9}', '\"z\"') FROM j ORDER BY id"],
  },
  {
    name: "jsonb_set: SELECT id, jsonb_set(d, '{a,b}', '2') FROM j ORDER BY id",
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ["SELECT id, jsonb_set(d, '{a,b}', '2') FROM j ORDER BY id"],
  },
  {
    name: "jsonb_set: SELECT jsonb_set(d, '{1.0}', '1') FROM j WHERE id = 2",
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ["SELECT jsonb_set(d, '{1.0}', '1') FROM j WHERE id = 2"],
  },
  {
    name: "jsonb_set: SELECT jsonb_set(d, '{b,NULL}', '1') FROM j WHERE id = 1",
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ["SELECT jsonb_set(d, '{b,NULL}', '1') FROM j WHERE id = 1"],
  },
  {
    name: "jsonb ||: SELECT id, d || '[4]' FROM j ORDER BY id",
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ["SELECT id, d || '[4]' FROM j ORDER BY id"],
  },
  {
    name: 'jsonb ||: SELECT id, d || \'{"a": "over"}\' FROM j ORDER BY id',
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: ['SELECT id, d || \'{"a": "over"}\' FROM j ORDER BY id'],
  },
  {
    name: 'jsonb set does not change stored row',
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: [
      "SELECT jsonb_set(d, '{b,c,0}', '7') FROM j WHERE id = 1",
      'SELECT d FROM j WHERE id = 1',
      'SELECT d || \'{"a": 5}\' FROM j WHERE id = 1',
      'SELECT d FROM j WHERE id = 1',
    ],
  },
  {
    name: 'jsonb set params',
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES\n (1, \'{"a": 1, "b": {"c": [1, 2, {"d": "x"}]}, "s": "str", "n": null}\'),\n (2, \'[1, "two", 3, true, null]\'),\n (3, \'"scalar"\'),\n (4, \'{"a": 2, "tags": ["x", "y"]}\'),\n (5, NULL),\n (6, \'{}\'),\n (7, \'[]\'),\n (8, \'null\');',
    steps: [
      {
        sql: 'UPDATE j SET d = jsonb_set(d, $1, $2) WHERE id = 4 RETURNING d',
        params: ['{tags,0}', '"w"'],
      },
      {
        sql: 'UPDATE j SET d = d || $1 WHERE id = 6 RETURNING d',
        params: ['{"p": [1]}'],
      },
      {
        sql: 'SELECT jsonb_set(d, $1::text[], $2::jsonb, $3) FROM j WHERE id = 6',
        params: [['x'], '2', false],
      },
    ],
  },
  {
    name: 'jsonb upsert merge',
    setup:
      "CREATE TABLE s (k text PRIMARY KEY, meta jsonb NOT NULL DEFAULT '{}'); INSERT INTO s VALUES ('a', '{\"x\": 1}');",
    steps: [
      "INSERT INTO s VALUES ('a', '{\"y\": 2}') ON CONFLICT (k) DO UPDATE SET meta = s.meta || EXCLUDED.meta RETURNING meta",
      "INSERT INTO s VALUES ('a', '{\"x\": 3}') ON CONFLICT (k) DO UPDATE SET meta = jsonb_set(s.meta, '{x}', EXCLUDED.meta -> 'x') RETURNING meta",
    ],
  },
  {
    name: "app: UPDATE o SET meta = jsonb_set(meta, '{n}', to_jsonb(coalesce((meta->>'n')::int, 0) + 1)) RETURNING id, meta",
    setup:
      "CREATE TABLE o (id serial PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL DEFAULT 0, status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'void')), placed date, meta jsonb NOT NULL DEFAULT '{}', UNIQUE (customer, placed)); INSERT INTO o (customer, total, status, placed, meta) VALUES ('ann', 10.50, 'paid', '2024-01-05', '{\"src\": \"web\"}'), ('bob', 3.00, 'new', '2024-01-06', '{}'), ('ann', 7.25, 'void', '2024-02-01', '{\"src\": \"app\", \"n\": 2}'), ('cy', 0, 'new', NULL, '{}');",
    steps: [
      "UPDATE o SET meta = jsonb_set(meta, '{n}', to_jsonb(coalesce((meta->>'n')::int, 0) + 1)) RETURNING id, meta",
    ],
  },
  {
    name: 'Jsonpath bigint method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"123\"', '$.bigint()')"],
  },
  {
    name: 'Jsonpath integer method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('1.0', '$.integer()')"],
  },
  {
    name: 'Jsonpath boolean method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"true\"', '$.boolean()')"],
  },
  { name: 'Jsonpath string method (PGlite round 13)', steps: ["SELECT jsonb_path_query('1', '$.string()')"] },
  {
    name: 'Jsonpath decimal method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('1.234', '$.decimal(3,1)')"],
  },
  {
    name: 'Jsonpath number method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"1.5\"', '$.number()')"],
  },
  {
    name: 'Jsonpath date method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"2024-01-02\"', '$.date()')"],
  },
  {
    name: 'Jsonpath timestamp method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"2024-01-02 03:04:05\"', '$.timestamp()')"],
  },
  {
    name: 'Jsonpath time_tz method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query_tz('\"03:04:05+01\"', '$.time_tz()')"],
  },
  {
    name: 'Jsonpath datetime method (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"2024-01-02\"', '$.datetime()')::text"],
  },
  {
    name: 'Jsonpath datetime template (PGlite round 13)',
    steps: ['SELECT jsonb_path_query(\'"02-01-2024"\', \'$.datetime("DD-MM-YYYY")\')::text'],
  },
  { name: 'Jsonpath hex literal (PGlite round 13)', steps: ["SELECT '$ ? (@ == 0x1F)'::jsonpath"] },
  { name: 'Jsonpath underscore literal (PGlite round 13)', steps: ["SELECT '$ ? (@ == 1_000)'::jsonpath"] },
  { name: 'Jsonpath trailing junk literal (PGlite round 13)', steps: ["SELECT '$ ? (@ == 1a)'::jsonpath"] },
  { name: 'Jsonpath numeric dot method (PGlite round 13)', steps: ["SELECT '1.type()'::jsonpath"] },
  {
    name: 'Jsonpath keyvalue (PGlite round 13)',
    steps: ['SELECT jsonb_path_query(\'{"a":1,"b":2}\', \'$.keyvalue()\')'],
  },
  {
    name: 'Jsonpath like_regex flag (PGlite round 13)',
    steps: ['SELECT jsonb_path_exists(\'["Abc"]\', \'$[*] ? (@ like_regex "^a" flag "i")\')'],
  },
  {
    name: 'Jsonpath strict lax error (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('{\"a\":1}', 'strict $.b')"],
  },
  {
    name: 'Jsonpath silent (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('{\"a\":1}', 'strict $.b', '{}', true)"],
  },
  {
    name: 'Jsonpath vars (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('[1,2,3,4]', '$[*] ? (@ > $min)', '{\"min\":2}')"],
  },
  {
    name: 'Jsonpath last index (PGlite round 13)',
    steps: [
      "SELECT jsonb_path_query('[1,2,3]', '$[last]'), jsonb_path_query_array('[1,2,3]', '$[0 to last-1]')",
    ],
  },
  {
    name: 'Jsonpath arithmetic (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('{\"a\":7}', '$.a / 2'), jsonb_path_query('{\"a\":7}', '$.a % 4')"],
  },
  {
    name: 'Jsonpath division by zero (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('{\"a\":7}', '$.a / 0')"],
  },
  {
    name: 'Jsonpath size and type (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('[1,\"x\",null,{}]', '$[*].type()')"],
  },
  {
    name: 'Jsonpath double ceiling (PGlite round 13)',
    steps: ["SELECT jsonb_path_query('\"1.5\"', '$.double().ceiling()')"],
  },
  {
    name: 'Jsonpath exists predicate (PGlite round 13)',
    steps: ["SELECT jsonb_path_match('{\"a\":[1,2]}', 'exists($.a ? (@ == 2))')"],
  },
  {
    name: 'Jsonpath starts with (PGlite round 13)',
    steps: ['SELECT jsonb_path_query(\'["abc","xbc"]\', \'$[*] ? (@ starts with "a")\')'],
  },
  {
    name: 'Jsonpath operator @? (PGlite round 13)',
    steps: [
      "SELECT '{\"a\":[1,2]}'::jsonb @? '$.a[*] ? (@ > 1)' AS x, '{\"a\":[1,2]}'::jsonb @@ '$.a[0] == 1' AS y",
    ],
  },
  {
    name: 'Jsonpath text output (PGlite round 13)',
    steps: ["SELECT '$.a[*] ? (@ > 1 && @ < 5).b'::jsonpath::text"],
  },
  {
    name: 'Jsonpath text output numbers (PGlite round 13)',
    steps: ["SELECT '$ ? (@ == 1.50e3)'::jsonpath::text, '$ ? (@ == -0.5)'::jsonpath::text"],
  },
  {
    name: 'Jsonpath datetime compare (PGlite round 13)',
    steps: [
      'SELECT jsonb_path_query(\'["2024-01-02","2023-01-01"]\', \'$[*] ? (@.datetime() > "2023-06-01".datetime())\')',
    ],
  },
  { name: 'Jsonb null cast to int (PGlite round 13)', steps: ["SELECT 'null'::jsonb::int"] },
  {
    name: 'Jsonb null cast to text via arrow (PGlite round 13)',
    steps: ["SELECT ('{\"a\":null}'::jsonb->'a')::text AS t"],
  },
  {
    name: 'Jsonb null cast to boolean (PGlite round 13)',
    steps: ["SELECT ('{\"a\":null}'::jsonb->'a')::boolean"],
  },
  {
    name: 'Jsonb number cast to int (PGlite round 13)',
    steps: ["SELECT '12'::jsonb::int, '12.7'::jsonb::int, '1e3'::jsonb::numeric"],
  },
  { name: 'Jsonb string cast to int (PGlite round 13)', steps: ['SELECT \'"12"\'::jsonb::int'] },
  { name: 'Jsonb cast to float overflow (PGlite round 13)', steps: ["SELECT '1e400'::jsonb::float8"] },
  { name: 'Jsonb object cast to bool (PGlite round 13)', steps: ["SELECT '{}'::jsonb::bool"] },
  {
    name: 'String_agg distinct order (PGlite round 13)',
    steps: ["SELECT string_agg(DISTINCT x, ',' ORDER BY x) FROM (VALUES ('b'),('a'),('b')) v(x)"],
  },
  {
    name: 'Array_agg of arrays (PGlite round 13)',
    steps: ['SELECT array_agg(ARRAY[x, x+1]) FROM generate_series(1,3) x'],
  },
  {
    name: 'Array_agg of arrays mismatch (PGlite round 13)',
    steps: ['SELECT array_agg(a) FROM (VALUES (ARRAY[1]), (ARRAY[1,2])) v(a)'],
  },
  { name: 'Json_object two arrays (PGlite round 13)', steps: ["SELECT json_object('{a,b}', '{1,2}')"] },
  { name: 'Json_object one array (PGlite round 13)', steps: ["SELECT json_object('{a,1,b,2}')"] },
  { name: 'Jsonb_object odd (PGlite round 13)', steps: ["SELECT jsonb_object('{a,1,b}')"] },
  { name: 'Json_build_object odd args (PGlite round 13)', steps: ["SELECT json_build_object('a')"] },
  { name: 'Json_build_object null key (PGlite round 13)', steps: ['SELECT json_build_object(NULL, 1)'] },
  {
    name: 'Jsonb_build_object non scalar key (PGlite round 13)',
    steps: ['SELECT jsonb_build_object(ARRAY[1], 1)'],
  },
  {
    name: 'Json typeof (PGlite round 13)',
    steps: ["SELECT json_typeof('1'), json_typeof('\"a\"'), jsonb_typeof('null'), jsonb_typeof('[]')"],
  },
  {
    name: 'Jsonb_set create missing (PGlite round 13)',
    steps: ["SELECT jsonb_set('{\"a\":1}', '{b,c}', '2'), jsonb_set('{\"a\":1}', '{b}', '2', false)"],
  },
  {
    name: 'Jsonb_set_lax modes (PGlite round 13)',
    steps: [
      "SELECT jsonb_set_lax('{\"a\":1}', '{a}', NULL), jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'return_target'), jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'delete_key')",
    ],
  },
  {
    name: 'Jsonb_set_lax raise (PGlite round 13)',
    steps: ["SELECT jsonb_set_lax('{\"a\":1}', '{a}', NULL, true, 'raise_exception')"],
  },
  {
    name: 'Jsonb_insert after (PGlite round 13)',
    steps: [
      "SELECT jsonb_insert('{\"a\":[1,2]}', '{a,0}', '9', true), jsonb_insert('{\"a\":[1,2]}', '{a,-1}', '9')",
    ],
  },
  {
    name: 'Jsonb_insert existing key (PGlite round 13)',
    steps: ["SELECT jsonb_insert('{\"a\":1}', '{a}', '2')"],
  },
  {
    name: 'Jsonb delete path (PGlite round 13)',
    steps: [
      'SELECT \'{"a":{"b":1,"c":2}}\'::jsonb #- \'{a,b}\', \'[1,2,3]\'::jsonb - 1, \'{"a":1,"b":2}\'::jsonb - \'{a}\'::text[]',
    ],
  },
  {
    name: 'Jsonb subscripting (PGlite round 13)',
    steps: ["SELECT ('{\"a\":{\"b\":[10,20]}}'::jsonb)['a']['b'][1] AS x"],
  },
  {
    name: 'Jsonb subscript update (PGlite round 13)',
    steps: [
      "UPDATE t SET j['c'] = '5' WHERE id = 1 RETURNING j",
      "UPDATE t SET j['x']['y'] = '1' WHERE id = 2 RETURNING j",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, v numeric, j jsonb, ts timestamptz, d date);\nINSERT INTO t VALUES (1,'alpha',1.5,'{\"a\":1,\"b\":[1,2,3]}','2024-01-02 03:04:05+00','2024-01-02'),(2,'Beta',-2.25,'{\"a\":null}','2023-06-30 12:00:00+00','2023-06-30'),(3,'gamma',NULL,NULL,NULL,NULL);",
  },
  {
    name: 'Jsonb subscript update null (PGlite round 13)',
    steps: ["UPDATE t SET j['a'] = '5' WHERE id = 3 RETURNING j"],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, v numeric, j jsonb, ts timestamptz, d date);\nINSERT INTO t VALUES (1,'alpha',1.5,'{\"a\":1,\"b\":[1,2,3]}','2024-01-02 03:04:05+00','2024-01-02'),(2,'Beta',-2.25,'{\"a\":null}','2023-06-30 12:00:00+00','2023-06-30'),(3,'gamma',NULL,NULL,NULL,NULL);",
  },
  {
    name: 'Jsonb subscript assign array pad (PGlite round 13)',
    steps: ["SELECT (jsonb_set('[]', '{3}', '1'))", "UPDATE t SET j['b'][6] = '9' WHERE id = 1 RETURNING j"],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, v numeric, j jsonb, ts timestamptz, d date);\nINSERT INTO t VALUES (1,'alpha',1.5,'{\"a\":1,\"b\":[1,2,3]}','2024-01-02 03:04:05+00','2024-01-02'),(2,'Beta',-2.25,'{\"a\":null}','2023-06-30 12:00:00+00','2023-06-30'),(3,'gamma',NULL,NULL,NULL,NULL);",
  },
  {
    name: 'Jsonb pretty (PGlite round 13)',
    steps: ['SELECT jsonb_pretty(\'{"a":[1,{"b":null}],"c":"x"}\')'],
  },
  {
    name: 'Json output of numbers (PGlite round 13)',
    steps: ["SELECT '1.000'::jsonb, '1e2'::jsonb, '-0'::jsonb, '0.1e-2'::json, '1E+2'::jsonb"],
  },
  {
    name: 'Jsonb duplicate keys (PGlite round 13)',
    steps: ['SELECT \'{"a":1,"a":2}\'::jsonb, \'{"a":1,"a":2}\'::json'],
  },
  { name: 'Jsonb key ordering (PGlite round 13)', steps: ['SELECT \'{"bb":1,"a":2,"ccc":3,"b":4}\'::jsonb'] },
  { name: 'Json invalid detail (PGlite round 13)', steps: ['SELECT \'{"a":}\'::json'] },
  { name: 'Json invalid token detail (PGlite round 13)', steps: ['SELECT \'{"a":tru}\'::jsonb'] },
  { name: 'Json invalid unicode escape (PGlite round 13)', steps: ['SELECT \'"\\ud83d"\'::jsonb'] },
  { name: 'Json unicode escape null (PGlite round 13)', steps: ['SELECT \'"\\u0000"\'::jsonb'] },
  {
    name: 'Json unicode escape text out (PGlite round 13)',
    steps: ['SELECT \'"\\u00e9"\'::jsonb ->> 0, \'["\\u00e9"]\'::jsonb ->> 0'],
  },
  {
    name: 'Jsonb_each text (PGlite round 13)',
    steps: ['SELECT * FROM jsonb_each_text(\'{"a":1,"b":"x","c":null}\') ORDER BY key'],
  },
  {
    name: 'Json_populate_record (PGlite round 13)',
    steps: [
      'CREATE TYPE r AS (a int, b text, c date)',
      'SELECT * FROM json_populate_record(null::r, \'{"a":1,"b":"x","c":"2024-01-02"}\')',
    ],
  },
  {
    name: 'Jsonb_to_recordset (PGlite round 13)',
    steps: ['SELECT * FROM jsonb_to_recordset(\'[{"a":1,"b":"x"},{"a":2}]\') AS x(a int, b text)'],
  },
  {
    name: 'Jsonb_to_record bad type (PGlite round 13)',
    steps: ['SELECT * FROM jsonb_to_record(\'{"a":"x"}\') AS x(a int)'],
  },
  {
    name: 'Jsonb_to_record nested array (PGlite round 13)',
    steps: ['SELECT * FROM jsonb_to_record(\'{"a":[1,2],"b":{"c":1}}\') AS x(a int[], b jsonb)'],
  },
  {
    name: 'Jsonb array elements on object (PGlite round 13)',
    steps: ['SELECT jsonb_array_elements(\'{"a":1}\')'],
  },
  { name: 'Jsonb_array_length scalar (PGlite round 13)', steps: ["SELECT jsonb_array_length('1')"] },
  {
    name: 'Jsonb contains (PGlite round 13)',
    steps: [
      "SELECT '{\"a\":[1,2,3]}'::jsonb @> '{\"a\":[3]}', '[1,[2]]'::jsonb @> '[[2]]', '1'::jsonb @> '[1]', '[1]'::jsonb @> '1'",
    ],
  },
  {
    name: 'Jsonb exists ops (PGlite round 13)',
    steps: [
      "SELECT '{\"a\":1}'::jsonb ? 'a', '[\"a\",\"b\"]'::jsonb ?| '{b,c}', '[\"a\"]'::jsonb ?& '{a,b}'",
    ],
  },
  {
    name: 'Jsonb comparison ordering (PGlite round 13)',
    steps: [
      "SELECT j FROM (VALUES ('null'::jsonb),('true'),('1'),('\"a\"'),('[]'),('{}'),('[1]'),('{\"a\":1}'),('false'),('0')) v(j) ORDER BY j",
    ],
  },
  {
    name: 'Jsonb strip nulls (PGlite round 13)',
    steps: ['SELECT jsonb_strip_nulls(\'{"a":null,"b":[null,{"c":null}]}\')'],
  },
  {
    name: 'To_jsonb of types (PGlite round 13)',
    steps: [
      "SELECT to_jsonb(1.50::numeric), to_jsonb('2024-01-02 03:04:05+00'::timestamptz), to_jsonb('2024-01-02'::date), to_jsonb(ARRAY[1,NULL]), to_jsonb('a\"b'::text), to_jsonb('infinity'::timestamp)",
    ],
  },
  {
    name: 'Row_to_json nested (PGlite round 13)',
    steps: ["SELECT row_to_json(x) FROM (SELECT 1 AS a, ARRAY['x'] AS b, ROW(2,'y') AS c) x"],
  },
  {
    name: 'Json_agg of rows ordered (PGlite round 13)',
    steps: ['SELECT json_agg(t ORDER BY id) FROM t', 'SELECT jsonb_agg(t.name ORDER BY id DESC) FROM t'],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, v numeric, j jsonb, ts timestamptz, d date);\nINSERT INTO t VALUES (1,'alpha',1.5,'{\"a\":1,\"b\":[1,2,3]}','2024-01-02 03:04:05+00','2024-01-02'),(2,'Beta',-2.25,'{\"a\":null}','2023-06-30 12:00:00+00','2023-06-30'),(3,'gamma',NULL,NULL,NULL,NULL);",
  },
  {
    name: 'Json_object_agg null key (PGlite round 13)',
    steps: ['SELECT json_object_agg(k, v) FROM (VALUES (NULL, 1)) x(k, v)'],
  },
  {
    name: 'Jsonb_object_agg dup (PGlite round 13)',
    steps: ["SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', 1), ('a', 2)) x(k, v)"],
  },
  {
    name: 'Json float output (PGlite round 13)',
    steps: [
      "SELECT to_json(0.1::float8), to_json(1e20::float8), to_json('NaN'::float8), to_json(1.0::float4/3)",
    ],
  },
  { name: 'Json nan numeric (PGlite round 13)', steps: ["SELECT to_jsonb('NaN'::numeric)"] },
  { name: 'Json_typeof invalid (PGlite round 13)', steps: ['SELECT \'{"a" 1}\'::json'] },
  {
    name: 'Jsonb path ops (PGlite round 13)',
    steps: [
      'SELECT \'{"a":{"b":"c"}}\'::jsonb #> \'{a,b}\', \'{"a":{"b":"c"}}\'::jsonb #>> \'{a,b}\', \'[1,2]\'::jsonb -> -1, \'[1,2]\'::jsonb ->> 5',
    ],
  },
  {
    name: 'Jsonb concat (PGlite round 13)',
    steps: [
      "SELECT '[1]'::jsonb || '2'::jsonb, '{\"a\":1}'::jsonb || '[2]'::jsonb, '1'::jsonb || '2'::jsonb",
    ],
  },
  { name: 'Json each on array error (PGlite round 13)', steps: ["SELECT * FROM json_each('[1]')"] },
  {
    name: 'Jsonb numeric precision round trip (PGlite round 13)',
    steps: [
      "SELECT '123456789012345678901234567890.123456789'::jsonb, '1.0e-10'::jsonb, '[0.1, 1e1, 1E-1]'::jsonb, '{\"a\": 1.10}'::jsonb -> 'a'",
    ],
  },
  {
    name: 'Json_array_elements with index (PGlite round 13)',
    steps: [
      'SELECT value, ordinality FROM jsonb_array_elements(\'["a", 1, null]\') WITH ORDINALITY ORDER BY ordinality',
    ],
  },
  {
    name: 'Jsonb_path_query_first and tz (PGlite round 13)',
    steps: [
      "SELECT jsonb_path_query_first('[1,2,3]', '$[*] ? (@ > 1)'), jsonb_path_query_first('[]', '$[*]')",
      'SELECT jsonb_path_query(\'"2024-01-02 10:00:00+02"\', \'$.datetime() < "2024-01-03".datetime()\')',
    ],
  },
  {
    name: 'Jsonb_path datetime tz error (PGlite round 13)',
    steps: [
      'SELECT jsonb_path_query(\'["2024-01-02 10:00:00+02", "2024-01-02"]\', \'$[0].datetime() < $[1].datetime()\')',
    ],
  },
  {
    name: 'Jsonb_path_query_tz datetime (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      'SELECT jsonb_path_query_tz(\'["2024-01-02 10:00:00+02", "2024-01-02"]\', \'$[0].datetime() < $[1].datetime()\')',
    ],
  },
  {
    name: 'Jsonpath like_regex invalid (PGlite round 13)',
    steps: ['SELECT jsonb_path_query(\'["a"]\', \'$[*] ? (@ like_regex "(")\')'],
  },
  { name: 'Jsonpath syntax error (PGlite round 13)', steps: ["SELECT '$.a ? ('::jsonpath"] },
  {
    name: 'Jsonpath nested filter and wildcard (PGlite round 13)',
    steps: [
      'SELECT jsonb_path_query(\'{"a":{"b":[{"c":1},{"c":2}]}}\', \'$.**.c\'), jsonb_path_query_array(\'{"a":{"b":1,"c":2}}\', \'$.a.*\'), jsonb_path_query(\'{"a":[1,2]}\', \'$.a.size()\'), jsonb_path_query(\'[1,2]\', \'lax $.a\')',
    ],
  },
  {
    name: 'Jsonpath abs floor and negation (PGlite round 13)',
    steps: [
      "SELECT jsonb_path_query('[-1.5, 2.5]', '$[*].abs()'), jsonb_path_query('[-1.5]', '$[*].floor()'), jsonb_path_query('[1]', '-$[*]'), jsonb_path_query('{\"a\":\"x\"}', '$.a + 1')",
    ],
  },
]);
