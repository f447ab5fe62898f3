// Round 19 probe, numbers part 9: declared types in DDL (typmod errors and ALTER COLUMN TYPE
// rounding), the sequences behind serial columns and their range errors, seeded random(), money
// under lc_monetary, and number literals inside ARRAY[...] and VALUES.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 numbers: more: ');
const ddl: Array<[string, string[]]> = [
  ['column numeric precision 1001', ['CREATE TABLE t (a numeric(1001))']],
  ['column numeric precision 0', ['CREATE TABLE t (a numeric(0))']],
  ['column numeric scale -1001', ['CREATE TABLE t (a numeric(5,-1001))']],
  ['column numeric three modifiers', ['CREATE TABLE t (a numeric(5,2,1))']],
  ['column numeric text modifier', ["CREATE TABLE t (a numeric('5'))"]],
  ['column float(0)', ['CREATE TABLE t (a float(0))']],
  ['column float(54)', ['CREATE TABLE t (a float(54))']],
  ['column int with modifier', ['CREATE TABLE t (a int(5))']],
  ['column bit(0)', ['CREATE TABLE t (a bit(0))']],
  ['column varbit(0)', ['CREATE TABLE t (a varbit(0))']],
  [
    'column numeric(3,5) stores',
    ['CREATE TABLE t (a numeric(3,5))', 'INSERT INTO t VALUES (0.001234), (0.00999) RETURNING a'],
  ],
  [
    'column numeric(2,-3) stores',
    [
      'CREATE TABLE t (a numeric(2,-3))',
      'INSERT INTO t VALUES (12345), (-99499) RETURNING a',
      'INSERT INTO t VALUES (99500)',
    ],
  ],
  [
    'alter column type numeric rounds',
    [
      'CREATE TABLE t (a numeric)',
      'INSERT INTO t VALUES (1.255), (2.5), (-1.005)',
      'ALTER TABLE t ALTER a TYPE numeric(4,2)',
      'SELECT a FROM t ORDER BY a',
    ],
  ],
  [
    'alter column type numeric overflow',
    [
      'CREATE TABLE t (a numeric)',
      'INSERT INTO t VALUES (123.45)',
      'ALTER TABLE t ALTER a TYPE numeric(4,2)',
    ],
  ],
  [
    'alter column type int from numeric rounds',
    [
      'CREATE TABLE t (a numeric)',
      'INSERT INTO t VALUES (1.5), (2.5), (-2.5)',
      'ALTER TABLE t ALTER a TYPE int',
      'SELECT a FROM t ORDER BY a',
    ],
  ],
  [
    'alter column type smallint overflow',
    ['CREATE TABLE t (a int)', 'INSERT INTO t VALUES (40000)', 'ALTER TABLE t ALTER a TYPE smallint'],
  ],
  [
    'alter column type int from text needs using',
    ['CREATE TABLE t (a text)', "INSERT INTO t VALUES ('12')", 'ALTER TABLE t ALTER a TYPE int'],
  ],
  [
    'alter column type int from text using',
    [
      'CREATE TABLE t (a text)',
      "INSERT INTO t VALUES ('12'), (' 7 ')",
      'ALTER TABLE t ALTER a TYPE int USING a::int',
      'SELECT a FROM t ORDER BY a',
    ],
  ],
  [
    'alter column type int from text using hex',
    [
      'CREATE TABLE t (a text)',
      "INSERT INTO t VALUES ('0x1F')",
      'ALTER TABLE t ALTER a TYPE int USING a::int',
    ],
  ],
  [
    'alter column type real to int',
    [
      'CREATE TABLE t (a real)',
      'INSERT INTO t VALUES (2.5), (3.5)',
      'ALTER TABLE t ALTER a TYPE int',
      'SELECT a FROM t ORDER BY a',
    ],
  ],
  [
    'alter column type bool to int',
    ['CREATE TABLE t (a boolean)', 'INSERT INTO t VALUES (true)', 'ALTER TABLE t ALTER a TYPE int'],
  ],
  [
    'alter column type bool to int using',
    [
      'CREATE TABLE t (a boolean)',
      'INSERT INTO t VALUES (true), (false)',
      'ALTER TABLE t ALTER a TYPE int USING a::int',
      'SELECT a FROM t ORDER BY a',
    ],
  ],
  [
    'alter column type money from numeric',
    [
      'CREATE TABLE t (a numeric)',
      'INSERT INTO t VALUES (1.005)',
      'ALTER TABLE t ALTER a TYPE money',
      'SELECT a FROM t',
    ],
  ],
  [
    'check constraint with numeric compare',
    ['CREATE TABLE t (a numeric(5,2) CHECK (a >= 0.005))', 'INSERT INTO t VALUES (0.004)'],
  ],
  [
    'default numeric rounds at insert',
    [
      'CREATE TABLE t (a numeric(3,1) DEFAULT 1.25, b int DEFAULT 1.5, id int)',
      'INSERT INTO t (id) VALUES (1) RETURNING a, b',
    ],
  ],
  [
    'generated column numeric',
    [
      'CREATE TABLE t (a int, b numeric(5,1) GENERATED ALWAYS AS (a / 3.0) STORED)',
      'INSERT INTO t (a) VALUES (10) RETURNING b',
    ],
  ],
  [
    'index on float with NaN',
    [
      'CREATE TABLE t (a float8 PRIMARY KEY)',
      "INSERT INTO t VALUES ('NaN'), (1)",
      "INSERT INTO t VALUES ('NaN')",
    ],
  ],
  [
    'unique numeric scales collide',
    ['CREATE TABLE t (a numeric UNIQUE)', 'INSERT INTO t VALUES (1.0)', 'INSERT INTO t VALUES (1.00)'],
  ],
  [
    'unique float zero signs collide',
    ['CREATE TABLE t (a float8 UNIQUE)', "INSERT INTO t VALUES ('0')", "INSERT INTO t VALUES ('-0')"],
  ],
  [
    'primary key smallint overflow message',
    ['CREATE TABLE t (a smallint PRIMARY KEY)', 'INSERT INTO t VALUES (32768)'],
  ],
];
for (const [name, steps] of ddl) list.add(name, steps);

// --- sequences behind serial columns
const seq: Array<[string, string[]]> = [
  [
    'serial sequence max reached',
    ['CREATE TABLE s (id serial)', "SELECT setval('s_id_seq', 2147483647)", 'INSERT INTO s DEFAULT VALUES'],
  ],
  [
    'smallserial sequence max reached',
    ['CREATE TABLE s (id smallserial)', "SELECT setval('s_id_seq', 32767)", 'INSERT INTO s DEFAULT VALUES'],
  ],
  ['setval past serial max', ['CREATE TABLE s (id serial)', "SELECT setval('s_id_seq', 2147483648)"]],
  ['setval zero', ['CREATE TABLE s (id serial)', "SELECT setval('s_id_seq', 0)"]],
  [
    'bigserial near max',
    [
      'CREATE TABLE s (id bigserial)',
      "SELECT setval('s_id_seq', 9223372036854775806)",
      'INSERT INTO s DEFAULT VALUES RETURNING id',
      'INSERT INTO s DEFAULT VALUES',
    ],
  ],
  [
    'sequence as smallint',
    [
      'CREATE SEQUENCE q AS smallint',
      "SELECT seqtypid::regtype AS t, seqmax AS m FROM pg_sequence WHERE seqrelid = 'q'::regclass",
    ],
  ],
  ['sequence as smallint maxvalue too big', ['CREATE SEQUENCE q AS smallint MAXVALUE 40000']],
  ['sequence as numeric', ['CREATE SEQUENCE q AS numeric']],
  ['sequence increment zero', ['CREATE SEQUENCE q INCREMENT 0']],
  ['sequence descending', ['CREATE SEQUENCE q INCREMENT -1', "SELECT nextval('q') AS a, nextval('q') AS b"]],
  [
    'sequence descending min reached',
    [
      'CREATE SEQUENCE q INCREMENT -1 MINVALUE -2 MAXVALUE -1',
      "SELECT nextval('q')",
      "SELECT nextval('q')",
      "SELECT nextval('q')",
    ],
  ],
  [
    'sequence cycle',
    ['CREATE SEQUENCE q MAXVALUE 2 CYCLE', "SELECT nextval('q') AS a, nextval('q') AS b, nextval('q') AS c"],
  ],
  ['sequence start below min', ['CREATE SEQUENCE q MINVALUE 5 START 1']],
  ['currval before nextval', ['CREATE SEQUENCE q', "SELECT currval('q')"]],
  ['lastval before nextval', ['SELECT lastval()']],
  ['nextval of missing', ["SELECT nextval('nope')"]],
  [
    'serial column data type shown',
    [
      'CREATE TABLE s (a serial, b bigserial, c smallserial)',
      "SELECT column_name, data_type, numeric_precision FROM information_schema.columns WHERE table_name = 's' ORDER BY ordinal_position",
    ],
  ],
  [
    'identity as smallint overflow',
    [
      'CREATE TABLE s (id smallint GENERATED ALWAYS AS IDENTITY (START 32767))',
      'INSERT INTO s DEFAULT VALUES RETURNING id',
      'INSERT INTO s DEFAULT VALUES',
    ],
  ],
];
for (const [name, steps] of seq) list.add(name, steps);

// --- random with a seed, money under settings
list.add('setseed then random', ['SELECT setseed(0.25)', 'SELECT random() AS a, random() AS b']);
list.add('setseed out of range', ['SELECT setseed(1.5)']);
list.add('setseed minus one', ['SELECT setseed(-1)', 'SELECT random() AS a']);
list.add('random in range', [
  'SELECT count(*) AS n FROM generate_series(1, 1000) WHERE random() >= 0 AND random() < 1',
]);
list.add('lc_monetary shown', ['SHOW lc_monetary']);
list.add('lc_numeric shown', ['SHOW lc_numeric']);
list.add('lc_monetary C', ["SET lc_monetary = 'C'", "SELECT '-1234.5'::money AS v"]);
list.add('lc_monetary bad', ["SET lc_monetary = 'xx_YY'"]);
list.add('lc_monetary en_US', ["SET lc_monetary = 'en_US.UTF-8'", "SELECT '1234.5'::money AS v"]);
list.add('lc_numeric to_char', ["SET lc_numeric = 'C'", "SELECT to_char(1234.5, '9G999D99') AS v"]);

// --- literals in ARRAY[...], VALUES and IN lists
const exprs = [
  "ARRAY['1_000']::int[]",
  "ARRAY['0x10', '2']::bigint[]",
  "ARRAY['12', ' 3 ']::int[]",
  "ARRAY['1.5']::int[]",
  'ARRAY[1.5, 2]::int[]',
  'ARRAY[2.5, 3.5]::int[]',
  'ARRAY[2.5::float8, 3.5]::int[]',
  'ARRAY[32768]::smallint[]',
  'ARRAY[1, 2.5]',
  "ARRAY[1, '2']",
  "ARRAY[1, 'x']",
  'ARRAY[1::int2, 2::int8]',
  "ARRAY['NaN'::numeric]::float8[]",
  'ARRAY[1e400]::float8[]',
  "1 IN ('1', '2')",
  "1 IN ('1_0')",
  "1 = ANY('{1,2}')",
  "1 = ANY('{0x1}')",
  "2 = ANY(ARRAY['1', '2'])",
  '1 IN (1.0, 2)',
  "CASE WHEN true THEN 1 ELSE '2' END",
  "CASE WHEN true THEN 1 ELSE '0x2' END",
  'CASE WHEN true THEN 1 ELSE 2.5 END',
  "COALESCE(NULL, '0x1F', 1)",
  "greatest('1_0', 2)",
  "'{1,2}'::int[] || '3'",
  "'{1,2}'::int[] || '0x3'",
  "array_append('{1}'::int[], '2')",
  "array_position(ARRAY[1, 2], '2')",
];
for (const expr of exprs) list.select(expr, expr);
for (const rows of [
  "('1_000'::int)",
  "(1), ('2')",
  "(1), ('x')",
  '(1), (2.5)',
  '(1.5::float8), (2)',
  "(1), ('0x1F')",
]) {
  list.add(`values ${rows}`, [`SELECT x, pg_typeof(x) AS t FROM (VALUES ${rows}) AS t(x) ORDER BY x`]);
}
list.add('where int column equals underscore literal', [
  'CREATE TABLE w (n int); INSERT INTO w VALUES (1000)',
  "SELECT n FROM w WHERE n = '1_000'",
]);
list.add('where int column equals hex literal', [
  'CREATE TABLE w (n int); INSERT INTO w VALUES (31)',
  "SELECT n FROM w WHERE n = '0x1F'",
]);
list.add('where text column equals hex literal', [
  "CREATE TABLE w (h text); INSERT INTO w VALUES ('0x1F')",
  "SELECT h FROM w WHERE h = '0x1F'",
]);

export default list.cases;
