import { defineGroup } from '../sql-case.js';

const ITEMS = `
  CREATE TABLE items (id uuid PRIMARY KEY, n int NOT NULL, name text NOT NULL, tags text[] NOT NULL DEFAULT '{}');
  INSERT INTO items VALUES
    ('00000000-0000-4000-8000-000000000001', 1, 'a', '{red,big}'),
    ('00000000-0000-4000-8000-000000000002', 2, 'b', '{red}'),
    ('00000000-0000-4000-8000-000000000003', 3, 'c', '{}');`;

/** Arrays: ANY/ALL with array parameters, aggregates, unnest, literals, operators and functions. */
export const arrayCases = defineGroup('arrays', [
  {
    name: '= ANY($1::uuid[]) finds the rows of a JS array of uuids',
    setup: ITEMS,
    steps: [
      {
        sql: 'SELECT n FROM items WHERE id = ANY($1::uuid[]) ORDER BY n',
        params: [['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003']],
      },
    ],
  },
  {
    name: '= ANY($1) with an untyped array parameter on a uuid primary key',
    setup: ITEMS,
    steps: [
      {
        sql: 'SELECT n FROM items WHERE id = ANY($1) ORDER BY n',
        params: [['00000000-0000-4000-8000-000000000002']],
      },
    ],
  },
  {
    name: '= ANY($1::text[]) on a text column',
    setup: ITEMS,
    steps: [
      { sql: 'SELECT n FROM items WHERE name = ANY($1::text[]) ORDER BY n', params: [['a', 'c', 'zz']] },
    ],
  },
  {
    name: '= ANY($1::int[]) with an empty array finds nothing',
    setup: ITEMS,
    steps: [{ sql: 'SELECT n FROM items WHERE n = ANY($1::int[])', params: [[]] }],
  },
  {
    name: '<> ALL($1) excludes every listed value',
    setup: ITEMS,
    steps: [{ sql: 'SELECT n FROM items WHERE n <> ALL($1::int[]) ORDER BY n', params: [[1, 3]] }],
  },
  {
    name: 'ANY over an array containing NULL is NULL when nothing matches',
    steps: [
      'SELECT 1 = ANY(ARRAY[NULL, 2]) AS no_match, 2 = ANY(ARRAY[NULL, 2]) AS match, 1 = ALL(ARRAY[]::int[]) AS vacuous',
    ],
  },
  {
    name: 'ANY with a subquery',
    setup: ITEMS,
    steps: ["SELECT n FROM items WHERE n = ANY(SELECT n FROM items WHERE name <> 'b') ORDER BY n"],
  },
  {
    name: 'array_agg with ORDER BY arrives as a JS array',
    setup: ITEMS,
    steps: ['SELECT array_agg(name ORDER BY n DESC) AS names, array_agg(n ORDER BY n) AS ns FROM items'],
  },
  {
    name: 'array_agg keeps NULLs',
    steps: ['SELECT array_agg(x ORDER BY x NULLS FIRST) AS xs FROM (VALUES (1), (NULL), (2)) AS v(x)'],
  },
  {
    name: 'unnest WITH ORDINALITY numbers the elements',
    steps: [
      { sql: 'SELECT v, i FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i)', params: [['x', 'y', 'z']] },
    ],
  },
  {
    name: 'a bulk insert from parallel unnest of array parameters',
    setup: 'CREATE TABLE pairs (id int PRIMARY KEY, label text);',
    steps: [
      {
        sql: 'INSERT INTO pairs (id, label) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id, label',
        params: [
          [1, 2, 3],
          ['one', 'two', null],
        ],
      },
    ],
  },
  {
    name: 'an array literal and ARRAY constructor with append, remove and position',
    steps: [
      "SELECT '{1,2,3}'::int[] AS lit, ARRAY[1, 2] || 3 AS appended, array_append(ARRAY['a'], 'b') AS a2, array_remove(ARRAY[1, 2, 1], 1) AS removed, array_position(ARRAY['a', 'b'], 'b') AS pos",
    ],
  },
  {
    name: 'cardinality and array_length differ on empty arrays',
    steps: [
      "SELECT cardinality('{}'::int[]) AS c0, array_length('{}'::int[], 1) AS l0, cardinality(ARRAY[1, 2]) AS c2, array_length(ARRAY[[1, 2], [3, 4]], 2) AS l2",
    ],
  },
  {
    name: 'array @> and && on a text[] column',
    setup: ITEMS,
    steps: [
      "SELECT n FROM items WHERE tags @> ARRAY['red', 'big'] ORDER BY n",
      { sql: 'SELECT n FROM items WHERE tags && $1::text[] ORDER BY n', params: [['big', 'blue']] },
    ],
  },
  {
    name: 'array subscripts are 1-based, out of range is NULL, slices work',
    steps: [
      'SELECT (ARRAY[10, 20, 30])[1] AS first, (ARRAY[10, 20, 30])[5] AS missing, (ARRAY[10, 20, 30])[2:3] AS slice',
    ],
  },
  {
    name: 'text[] elements with quotes, commas, braces and the word NULL round-trip',
    setup: 'CREATE TABLE t (v text[]);',
    steps: [
      {
        sql: 'INSERT INTO t VALUES ($1) RETURNING v',
        params: [['a"b', 'c,d', '{e}', 'NULL', null, '', ' sp ']],
      },
    ],
  },
  {
    name: 'a two-dimensional int array',
    steps: ["SELECT '{{1,2},{3,4}}'::int[] AS m, array_ndims('{{1,2},{3,4}}'::int[]) AS dims"],
  },
  {
    name: 'array_to_string and string_to_array',
    steps: [
      "SELECT array_to_string(ARRAY['a', NULL, 'c'], ',', '*') AS s, string_to_array('a,b,,c', ',') AS arr",
    ],
  },
  {
    name: 'ARRAY(SELECT ...) builds an array from a query',
    setup: ITEMS,
    steps: ['SELECT ARRAY(SELECT n FROM items ORDER BY n DESC) AS ns'],
  },
  {
    name: 'int8[] and numeric[] elements arrive as strings',
    steps: ['SELECT ARRAY[1, 2]::int8[] AS bigs, ARRAY[1.5, 2]::numeric[] AS nums'],
  },
  {
    name: 'arrays compare element by element',
    steps: [
      'SELECT ARRAY[1, 2] = ARRAY[1, 2] AS eq, ARRAY[1, 2] < ARRAY[1, 3] AS lt, ARRAY[1, 2] @> ARRAY[2] AS contains',
    ],
  },
  {
    name: 'a uuid[] column stores a JS array of uuids',
    setup: 'CREATE TABLE groups (members uuid[]);',
    steps: [
      {
        sql: 'INSERT INTO groups VALUES ($1) RETURNING members',
        params: [['00000000-0000-4000-8000-00000000000A']],
      },
      {
        sql: 'SELECT count(*) FROM groups WHERE $1 = ANY(members)',
        params: ['00000000-0000-4000-8000-00000000000a'],
      },
    ],
  },
  {
    name: 'a JS array parameter for IN ($1) is one array value and fails',
    setup: ITEMS,
    steps: [{ sql: 'SELECT n FROM items WHERE n IN ($1)', params: [[1, 2]] }],
  },
  {
    name: 'unnest of an array column joins each element to its row',
    setup: ITEMS,
    steps: ['SELECT i.n, t.tag FROM items i, unnest(i.tags) AS t(tag) ORDER BY i.n, t.tag'],
  },
  {
    name: 'an array literal trims whitespace around unquoted elements and keeps quoted ones as written',
    steps: [`SELECT '{ a b , c }'::text[] AS a, '{ " x " , "" }'::text[] AS b, '{ 1 , 2 }'::int[] AS c`],
  },
  {
    name: 'an unquoted NULL in an array literal is a NULL in any letter case, a quoted one is text',
    steps: [`SELECT '{null,Null,"NULL"}'::text[] AS a, '{1,null}'::int[] AS b`],
  },
  {
    name: 'a backslash in an array literal escapes the next character, quoted or not',
    steps: [String.raw`SELECT '{a\,b,c\"d,"e\\f",\null}'::text[] AS a`],
  },
  {
    name: 'an array literal with an empty element is 22P02',
    steps: ["SELECT '{a,,b}'::text[]", "SELECT '{a,}'::text[]"],
  },
  {
    name: 'an array literal with text after its closing brace is 22P02',
    steps: ["SELECT '{1,2}x'::int[]"],
  },
  {
    name: 'an array literal without braces is 22P02',
    steps: ["SELECT '1,2'::int[]"],
  },
  {
    name: 'an array literal with an unterminated quote is 22P02',
    steps: [`SELECT '{"a}'::text[]`],
  },
  {
    name: 'an array parameter sent as text is read as an array literal',
    steps: [
      { sql: 'SELECT $1::text[] AS a', params: ['{ null , x y }'] },
      { sql: 'SELECT $1::int[] AS a', params: ['{1,}'] },
    ],
  },
  {
    name: '= ALL is true only when every element is equal, NULL when a NULL element leaves it open',
    steps: [
      "SELECT 1 = ALL(ARRAY[1,1]) AS a, 1 = ALL(ARRAY[1,null]) AS b, 2 = ALL(ARRAY[1,null]) AS c, 1 = ALL('{}'::int[]) AS d",
    ],
  },
  {
    name: 'an explicit cast of an array literal to varchar(n)[] cuts each element to n characters',
    steps: ["SELECT '{abc,d}'::varchar(2)[] AS a"],
  },
  {
    name: 'a parameter in ARRAY[...] takes the type of the other items',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      { sql: "SELECT ARRAY[abs('7'::smallint), $1] AS v FROM t ORDER BY id", params: ['foo'] },
      { sql: 'SELECT ARRAY[si, $1] AS v FROM t ORDER BY id', params: ['7'] },
    ],
  },
  {
    name: 'NULLIF of two equal arrays with NULL elements is NULL',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      'SELECT NULLIF(ia, ia) AS v FROM t ORDER BY id',
      "SELECT NULLIF('{4,NULL,6}'::int[], '{4,NULL,6}'::int[]) AS v",
    ],
  },
  {
    name: '\'{{}}\' is a malformed array literal (22P02, Unexpected "}" character)',
    setup: 'CREATE TABLE t (tags int[]);',
    steps: [
      "SELECT '{{}}'::int[]",
      "INSERT INTO t VALUES ('{{},{}}')",
      { sql: 'SELECT $1::text[]', params: ['{{}}'] },
      "SELECT '{}'::int[] AS empty, '{\"{}\"}'::text[] AS quoted",
    ],
  },
  {
    name: 'an integer array literal with a hex element is 22P02 as a column value',
    setup: 'CREATE TABLE t (tags int[]);',
    steps: ["INSERT INTO t VALUES ('{1,0x10}')", "INSERT INTO t VALUES ('{1, 2}') RETURNING tags"],
  },
  {
    name: 'array_agg with ORDER BY on several keys, DESC and NULLS FIRST, keeps NULL values',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT array_agg(id ORDER BY org_id DESC NULLS LAST, id) AS ids, array_agg(name ORDER BY id) AS names, array_agg(active ORDER BY id) AS flags FROM accounts',
    ],
  },
  {
    name: 'array column insert',
    setup: 'CREATE TABLE a (xs int[], ts text[]);',
    steps: [
      "INSERT INTO a VALUES ('{1,2}', ARRAY['x']) RETURNING *",
      "INSERT INTO a VALUES ('{1,a}', NULL)",
      "INSERT INTO a VALUES (ARRAY[1.7], '{}') RETURNING xs",
    ],
  },
  {
    name: 'array fn: SELECT id, array_append(xs, NULL) FROM a ORDER BY id',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: ['SELECT id, array_append(xs, NULL) FROM a ORDER BY id'],
  },
  {
    name: 'array fn: SELECT id, array_remove(xs, NULL) FROM a ORDER BY id',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: ['SELECT id, array_remove(xs, NULL) FROM a ORDER BY id'],
  },
  {
    name: 'array fn: SELECT id, xs || NULL FROM a ORDER BY id',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: ['SELECT id, xs || NULL FROM a ORDER BY id'],
  },
  {
    name: "array fn: SELECT id, xs || '{4,5}' FROM a ORDER BY id",
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: ["SELECT id, xs || '{4,5}' FROM a ORDER BY id"],
  },
  {
    name: 'array fn: SELECT id, xs || 1.5 FROM a ORDER BY id',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: ['SELECT id, xs || 1.5 FROM a ORDER BY id'],
  },
  {
    name: 'array update append remove',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: [
      'UPDATE a SET xs = array_append(xs, 10) WHERE id IN (1, 3) RETURNING id, xs',
      "UPDATE a SET tags = array_remove(tags, 'b') RETURNING id, tags",
      'UPDATE a SET xs = xs || 11 WHERE id = 2 RETURNING xs',
      'SELECT id, xs, tags FROM a ORDER BY id',
    ],
  },
  {
    name: 'array param append',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, xs int[], tags text[], bs bigint[], fl boolean[], us uuid[]); INSERT INTO a VALUES (1, '{1,2,3}', '{a,b}', '{10}', '{t}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), (2, '{}', '{}', '{}', '{}', '{}'), (3, NULL, '{c,NULL}', NULL, NULL, NULL), (4, '{2,2,5,NULL}', '{b,\"b c\"}', '{2,2}', '{f,NULL}', '{}');",
    steps: [
      {
        sql: 'UPDATE a SET xs = array_append(xs, $1) WHERE id = 1 RETURNING xs',
        params: [42],
      },
      {
        sql: 'UPDATE a SET tags = array_remove(tags, $1) WHERE id = 4 RETURNING tags',
        params: ['b'],
      },
      {
        sql: 'UPDATE a SET tags = tags || $1::text[] WHERE id = 2 RETURNING tags',
        params: [['p', 'q']],
      },
      {
        sql: 'SELECT array_append($1::int[], 3)',
        params: [[1, 2]],
      },
    ],
  },
  {
    name: 'array upsert append',
    setup:
      "CREATE TABLE s (k text PRIMARY KEY, seen text[] NOT NULL DEFAULT '{}'); INSERT INTO s VALUES ('a', '{x}');",
    steps: [
      "INSERT INTO s VALUES ('a', '{y}') ON CONFLICT (k) DO UPDATE SET seen = s.seen || EXCLUDED.seen RETURNING seen",
      "INSERT INTO s (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET seen = array_append(s.seen, 'z') RETURNING seen",
      "INSERT INTO s (k) VALUES ('b') ON CONFLICT (k) DO UPDATE SET seen = array_append(s.seen, 'z') RETURNING seen",
    ],
  },
  {
    name: 'Array functions (PGlite round 13)',
    steps: [
      "SELECT array_append(ARRAY[1,2], 3), array_prepend(0, ARRAY[1]), array_cat(ARRAY[1], ARRAY[2,3]), array_remove(ARRAY[1,2,1], 1), array_replace(ARRAY[1,2,1], 1, 9), array_position(ARRAY['a','b'], 'b'), array_positions(ARRAY[1,2,1], 1), cardinality(ARRAY[[1,2],[3,4]]), array_ndims(ARRAY[[1]]), array_dims(ARRAY[[1,2],[3,4]]), trim_array(ARRAY[1,2,3], 2)",
    ],
  },
  {
    name: 'Array slicing and bounds (PGlite round 13)',
    steps: [
      "SELECT (ARRAY[1,2,3,4])[2:3], (ARRAY[1,2,3])[:2], (ARRAY[1,2,3])[5], ('[0:2]={a,b,c}'::text[])[0], array_lower('[0:2]={a,b,c}'::text[], 1), (ARRAY[[1,2],[3,4]])[2][1], (ARRAY[[1,2],[3,4]])[1:1][2:2]",
    ],
  },
  {
    name: 'Array comparison and ops (PGlite round 13)',
    steps: [
      'SELECT ARRAY[1,2] < ARRAY[1,3], ARRAY[1,2] @> ARRAY[2], ARRAY[1] <@ ARRAY[1,2], ARRAY[1,2] && ARRAY[2,3], ARRAY[1,2] || 3, 0 || ARRAY[1], ARRAY[[1]] || ARRAY[2]',
    ],
  },
  {
    name: 'Array concat dimension mismatch (PGlite round 13)',
    steps: ['SELECT ARRAY[[1,2]] || ARRAY[[1,2,3]]'],
  },
  {
    name: 'Array unnest multiple (PGlite round 13)',
    steps: [
      "SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS u(n, s)",
      'SELECT * FROM unnest(ARRAY[1,2]) WITH ORDINALITY AS u(v, i)',
    ],
  },
  {
    name: 'Array to string and back (PGlite round 13)',
    steps: [
      "SELECT array_to_string(ARRAY[1,NULL,3], ',', '*'), array_to_string(ARRAY['a',NULL], ','), string_to_array('1,,3', ',', ''), array_to_json(ARRAY[[1,2],[3,4]])",
    ],
  },
  {
    name: 'Array text output quoting (PGlite round 13)',
    steps: [
      "SELECT ARRAY['a b', 'c,d', 'e\"f', '', NULL, 'NULL', 'x\\\\y']::text, ARRAY[1.5, NULL]::numeric[]::text, '{\"{}\"}'::text[]",
    ],
  },
  { name: 'Array input errors (PGlite round 13)', steps: ["SELECT '{1,2'::int[]"] },
  {
    name: 'Array subscript assignment extends (PGlite round 13)',
    steps: [
      'CREATE TABLE a2 (x int[])',
      "INSERT INTO a2 VALUES ('{1,2}')",
      'UPDATE a2 SET x[5] = 9 RETURNING x',
      'UPDATE a2 SET x[-1] = 0 RETURNING x, array_lower(x, 1)',
    ],
  },
  {
    name: 'Array_agg empty and order (PGlite round 13)',
    steps: [
      'SELECT array_agg(x) FROM (SELECT 1 WHERE false) s(x)',
      'SELECT array_agg(x ORDER BY x DESC NULLS LAST) FROM (VALUES (1), (NULL), (3)) v(x)',
    ],
  },
  {
    name: 'ANY over an int array parameter with a null element, and <> ALL with one (round 18)',
    setup: 'CREATE TABLE u (id int); INSERT INTO u VALUES (1), (2), (3);',
    steps: [
      {
        sql: 'SELECT id FROM u WHERE id = ANY($1::int[]) ORDER BY id',
        params: [[1, null]],
      },
      {
        sql: 'SELECT count(*) FROM u WHERE id <> ALL($1::int[])',
        params: [[1, null]],
      },
      {
        sql: 'SELECT count(*) FROM u WHERE id = ANY($1::int[])',
        params: [[]],
      },
    ],
  },
  {
    name: 'composites array ctor of unknown into int[] column is 42804 (round 19)',
    setup: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}');",
    steps: ["INSERT INTO xa (id, a) VALUES (3, ARRAY['1'])"],
  },
  {
    name: 'composites array ctor of NULL in UPDATE is text[] (round 19)',
    setup: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}');",
    steps: ['UPDATE xa SET a = ARRAY[NULL]'],
  },
  {
    name: 'composites array ctor of parameters into int[] column is 42804 (round 19)',
    setup: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}');",
    steps: [{ sql: 'INSERT INTO xa (id, a) VALUES (3, ARRAY[$1, $2])', params: [1, 2] }],
  },
  {
    name: 'composites int[] @> ARRAY of unknown has no operator (round 19)',
    steps: ["SELECT ARRAY[1] @> ARRAY['1'] AS v"],
  },
  {
    name: 'composites bigint[] column @> int ARRAY has no operator (round 19)',
    setup: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}');",
    steps: ['SELECT id FROM xa WHERE b @> ARRAY[5]'],
  },
  {
    name: 'composites empty ARRAY[] in INSERT is 42P18 (round 19)',
    setup: "CREATE TABLE xa (id int, a int[], b bigint[]); INSERT INTO xa VALUES (1, '{1,2}', '{5}');",
    steps: ['INSERT INTO xa (id, a) VALUES (3, ARRAY[])'],
  },
  {
    name: 'composites ARRAY ctor cast hands its type to the elements (round 19)',
    steps: ["SELECT ARRAY[]::int[] AS e, ARRAY['1', '2']::int[] AS n, ARRAY['1']::int[] @> '{1}' AS c"],
  },
  {
    name: 'composites array slices, dims and out-of-range subscripts (round 19)',
    setup:
      'CREATE TABLE sal (name text, pay int[], sched text[][]);\nINSERT INTO sal VALUES (\'Bill\', \'{10000,10000,10000,10000}\', \'{{"meeting","lunch"},{"training","presentation"}}\');',
    steps: [
      'SELECT pay[2:3] AS s, pay[:2] AS h, sched[1:2][2] AS m, sched[3][1] AS o, array_dims(sched) AS d, cardinality(sched) AS c FROM sal',
    ],
  },
  {
    name: 'composites array assignment extends with NULLs and bounds (round 19)',
    setup:
      'CREATE TABLE sal (name text, pay int[], sched text[][]);\nINSERT INTO sal VALUES (\'Bill\', \'{10000,10000,10000,10000}\', \'{{"meeting","lunch"},{"training","presentation"}}\');',
    steps: [
      'UPDATE sal SET pay[7] = 1 RETURNING pay::text',
      'UPDATE sal SET pay[-1] = 0 RETURNING pay::text, array_lower(pay, 1) AS l',
    ],
  },
  {
    name: 'composites array input with explicit bounds (round 19)',
    steps: [
      "SELECT '[0:2]={1,2,3}'::int[]::text AS a, ('[0:2]={a,b,c}'::text[])[0] AS z, array_dims('[1:1][-2:-1][3:5]={{{1,2,3},{4,5,6}}}'::int[]) AS d",
    ],
  },
  {
    name: 'composites array_cat dimension mismatch is 2202E (round 19)',
    steps: ['SELECT array_cat(ARRAY[[1,2],[3,4]], ARRAY[5,6,7]) AS v'],
  },
  {
    name: 'composites array_remove on a multidimensional array is 0A000 (round 19)',
    steps: ['SELECT array_remove(ARRAY[[1,2],[3,4]], 1) AS v'],
  },
  {
    name: 'composites array_position and array_positions with NULL and start (round 19)',
    steps: [
      'SELECT array_position(ARRAY[1,NULL,3], NULL) AS a, array_position(ARRAY[1,2,1,2], 1, 2) AS b, array_positions(ARRAY[1,NULL,NULL], NULL) AS c',
    ],
  },
  {
    name: 'composites trim_array bounds and errors (round 19)',
    steps: [
      "SELECT trim_array(ARRAY[1,2,3,4,5,6], 2) AS a, trim_array('[0:3]={1,2,3,4}'::int[], 1)::text AS b",
      'SELECT trim_array(ARRAY[1,2], 3) AS c',
    ],
  },
  {
    name: 'composites ANY and ALL with NULL elements and empty arrays (round 19)',
    steps: [
      "SELECT 4 = ANY(ARRAY[1,NULL,3]) AS a, 3 = ANY(ARRAY[1,NULL,3]) AS b, 5 > ALL(ARRAY[1,NULL,3]) AS c, 1 = ALL('{}'::int[]) AS d, 1 = ANY(NULL::int[]) AS e",
    ],
  },
  {
    name: 'composites domain over an array and a composite (round 19)',
    setup:
      'CREATE DOMAIN int_arr AS int[] CHECK (cardinality(VALUE) <= 3); CREATE TYPE pr AS (a int, b int); CREATE DOMAIN ordered_pair AS pr CHECK ((VALUE).a < (VALUE).b)',
    steps: ["SELECT '{1,2,3,4}'::int_arr AS v", 'SELECT ROW(2,1)::ordered_pair AS v'],
  },
  {
    name: 'aggregates: array_agg of arrays makes a 2-D array, unequal dimensions are 2202E (round 19)',
    steps: [
      'SELECT array_agg(x ORDER BY o) AS a FROM (VALUES (1, ARRAY[1,2]), (2, ARRAY[3,4])) v(o, x)',
      'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(x)',
    ],
  },
  {
    name: 'aggregates: array_agg of arrays with a NULL array is 22004, of empty arrays 2202E (round 19)',
    steps: [
      'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (NULL)) v(x)',
      "SELECT array_agg(x) AS a FROM (VALUES ('{}'::int[]), ('{}'::int[])) v(x)",
    ],
  },
  {
    name: 'aggregates: unnest of several arrays pads with NULLs, WITH ORDINALITY (round 19)',
    steps: [
      "SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) WITH ORDINALITY AS t(n, s, o)",
      "SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a','b'])) AS t(n, s)",
    ],
  },
  {
    name: 'array input: PostgreSQL 15 refuses an empty dimension [1:0] as upper bound below lower bound (round 20)',
    steps: ["SELECT '[1:1][1:0]={{}}'::int[]::text AS v"],
  },
  {
    name: 'array input: PostgreSQL 15 reads a dimension bound past 32 bits truncated (atoi) (round 20)',
    steps: ["SELECT '[1:2147483648]={1}'::text[]::text AS v"],
  },
  {
    name: 'array input: PostgreSQL 15 truncates bounds [4294967297:4294967297] to [1:1] (round 20)',
    steps: ["SELECT '[4294967297:4294967297]={1}'::int[]::text AS v"],
  },
  {
    name: 'extensions: intarray operators shadow the core array ones (round 21)',
    setup: 'CREATE EXTENSION intarray',
    steps: [
      "SELECT sort('{3,1,2}'::int[], 'desc') AS s, uniq(sort('{1,1,2,2,1}'::int[])) AS u, '{1,2,3,4}'::int[] - '{2,4}'::int[] AS minus, '{3,1}'::int[] | '{2,1}'::int[] AS uni, # '{1,2,3}'::int[] AS n",
      "SELECT '{1,2,3}'::int[] @@ '1&(2|4)'::query_int AS m, '{1,NULL}'::int[] @> '{1}'::int[]",
    ],
  },
  {
    name: 'subqueries: = ANY and = ALL of empty, NULL and NULL-holding arrays (round 21)',
    steps: [
      "SELECT 1 = ANY ('{}'::int[]) AS a, NULL::int = ANY ('{}'::int[]) AS b, 1 = ALL ('{}'::int[]) AS c, 1 = ANY (NULL::int[]) AS d, 2 = ANY (ARRAY[1, NULL]) AS e, 2 <> ALL (ARRAY[1, NULL]) AS f",
    ],
  },
]);
