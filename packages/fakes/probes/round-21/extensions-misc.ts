// Round 21 probe, contrib extensions: btree_gist / btree_gin (PostgreSQL 15 docs F.7, F.8) with the
// exclusion constraints applications use them for (= on a scalar plus && on a range: 23P01 and its
// detail), tablefunc (F.41: crosstab forms, connectby, normal_rand by shape), tsm_system_rows /
// tsm_system_time (F.44, F.45), lo (F.21), bloom (F.5), dict_int (F.12), the spi triggers
// (F.38: moddatetime, autoinc, insert_username, refint), tcn (F.43).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: misc: ');
const GIST = 'CREATE EXTENSION btree_gist';
const GIN = 'CREATE EXTENSION btree_gin';
const TF = 'CREATE EXTENSION tablefunc';
const add = (name: string, steps: ProbeStep[], setup: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- btree_gist exclusion constraints
const BOOKING = `${GIST}; CREATE TABLE r21_t (room int, during tsrange, CONSTRAINT r21_x EXCLUDE USING gist (room WITH =, during WITH &&))`;
add(
  'gist exclusion overlap',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')",
  ],
  BOOKING,
);
add(
  'gist exclusion other room',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (2, '[2024-01-01 11:00, 2024-01-01 13:00)')",
    'SELECT count(*) AS v FROM r21_t',
  ],
  BOOKING,
);
add(
  'gist exclusion adjacent',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 12:00, 2024-01-01 13:00)')",
    'SELECT count(*) AS v FROM r21_t',
  ],
  BOOKING,
);
add(
  'gist exclusion null room',
  [
    "INSERT INTO r21_t VALUES (NULL, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (NULL, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    'SELECT count(*) AS v FROM r21_t',
  ],
  BOOKING,
);
add(
  'gist exclusion update conflict',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)'), (2, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    'UPDATE r21_t SET room = 1 WHERE room = 2',
  ],
  BOOKING,
);
add(
  'gist exclusion multi row insert',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)'), (1, '[2024-01-01 11:00, 2024-01-01 12:30)')",
  ],
  BOOKING,
);
add(
  'gist exclusion on conflict do nothing',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)') ON CONFLICT DO NOTHING",
    'SELECT count(*) AS v FROM r21_t',
  ],
  BOOKING,
);
add(
  'gist exclusion on conflict on constraint update',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)') ON CONFLICT ON CONSTRAINT r21_x DO UPDATE SET room = 9",
  ],
  BOOKING,
);
add(
  'gist exclusion deferrable',
  [
    'BEGIN',
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')",
    "DELETE FROM r21_t WHERE lower(during) = '2024-01-01 10:00'",
    'COMMIT',
    'SELECT count(*) AS v FROM r21_t',
  ],
  `${GIST}; CREATE TABLE r21_t (room int, during tsrange, CONSTRAINT r21_x EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED)`,
);
add(
  'gist exclusion with where',
  [
    "INSERT INTO r21_t VALUES (1, '[1,5)', true), (1, '[2,6)', false)",
    "INSERT INTO r21_t VALUES (1, '[3,4)', true)",
  ],
  `${GIST}; CREATE TABLE r21_t (room int, during int4range, active bool, EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (active))`,
);
add(
  'gist exclusion text key',
  ["INSERT INTO r21_t VALUES ('a', '[1,5)')", "INSERT INTO r21_t VALUES ('a', '[4,9)')"],
  `${GIST}; CREATE TABLE r21_t (k text, r int4range, EXCLUDE USING gist (k WITH =, r WITH &&))`,
);
add(
  'gist exclusion uuid key',
  [
    "INSERT INTO r21_t VALUES ('00000000-0000-0000-0000-000000000001', '[1,5)')",
    "INSERT INTO r21_t VALUES ('00000000-0000-0000-0000-000000000001', '[4,9)')",
  ],
  `${GIST}; CREATE TABLE r21_t (k uuid, r int4range, EXCLUDE USING gist (k WITH =, r WITH &&))`,
);
add(
  'gist exclusion daterange',
  [
    "INSERT INTO r21_t VALUES (1, '[2024-01-01,2024-01-10)')",
    "INSERT INTO r21_t VALUES (1, '[2024-01-05,2024-01-06)')",
  ],
  `${GIST}; CREATE TABLE r21_t (emp bigint, valid daterange, EXCLUDE USING gist (emp WITH =, valid WITH &&))`,
);
add(
  'gist exclusion not equal operator',
  [
    "INSERT INTO r21_t VALUES (1, '[1,5)')",
    "INSERT INTO r21_t VALUES (2, '[4,9)')",
    "INSERT INTO r21_t VALUES (1, '[4,9)')",
  ],
  `${GIST}; CREATE TABLE r21_t (k int, r int4range, EXCLUDE USING gist (k WITH <>, r WITH &&))`,
);
add(
  'gist exclusion alter table add',
  ['ALTER TABLE r21_t ADD CONSTRAINT r21_x EXCLUDE USING gist (room WITH =, during WITH &&)'],
  `${GIST}; CREATE TABLE r21_t (room int, during int4range); INSERT INTO r21_t VALUES (1, '[1,5)'), (1, '[3,7)')`,
);
add(
  'gist exclusion catalog',
  ["SELECT contype, conexclop::regoper[]::text AS ops FROM pg_constraint WHERE conname = 'r21_x'"],
  BOOKING,
);
add(
  'gist exclusion index',
  ["SELECT pg_get_indexdef(conindid) AS v FROM pg_constraint WHERE conname = 'r21_x'"],
  BOOKING,
);
add(
  'gist exclusion without btree_gist',
  ['CREATE TABLE r21_t (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))'],
  '',
);
add(
  'gist exclusion scalar only',
  ['INSERT INTO r21_t VALUES (1)', 'INSERT INTO r21_t VALUES (1)'],
  `${GIST}; CREATE TABLE r21_t (a int, EXCLUDE USING gist (a WITH =))`,
);
add(
  'gist index on int',
  ['CREATE INDEX r21_i ON r21_t USING gist (a)', 'SELECT a FROM r21_t WHERE a < 3 ORDER BY a'],
  `${GIST}; CREATE TABLE r21_t (a int); INSERT INTO r21_t SELECT generate_series(1, 5)`,
);
add(
  'gist knn on int',
  ['CREATE INDEX r21_i ON r21_t USING gist (a)', 'SELECT a FROM r21_t ORDER BY a <-> 3, a LIMIT 3'],
  `${GIST}; CREATE TABLE r21_t (a int); INSERT INTO r21_t SELECT generate_series(1, 5)`,
);
for (const [type, a, b] of [
  ['int2', '1', '5'],
  ['int4', '1', '5'],
  ['int8', '1', '5'],
  ['float4', '1.5', '5'],
  ['float8', '1.5', '5'],
  ['numeric', '1.5', '5'],
  ['date', "'2024-01-01'", "'2024-01-10'"],
  ['timestamp', "'2024-01-01 00:00'", "'2024-01-02 00:00'"],
  ['interval', "'1 hour'", "'3 hours'"],
  ['money', '1', '5'],
  ['oid', '1', '5'],
] as const) {
  add(`distance operator ${type}`, [`SELECT ${a}::${type} <-> ${b}::${type} AS v`], GIST);
}
for (const type of [
  'int4',
  'text',
  'uuid',
  'numeric',
  'timestamptz',
  'bool',
  'inet',
  'macaddr',
  'bytea',
  'varchar',
  'char',
  'bit',
  'varbit',
  'interval',
  'time',
  'money',
  'cidr',
  'oid',
  'float8',
  'date',
  'enum',
]) {
  const column = type === 'enum' ? 'r21_e' : type;
  const pre = type === 'enum' ? "CREATE TYPE r21_e AS ENUM ('a', 'b'); " : '';
  add(
    `gist index on ${type}`,
    [`CREATE INDEX r21_i ON r21_t USING gist (c)`, "SELECT pg_get_indexdef('r21_i'::regclass) AS v"],
    `${GIST}; ${pre}CREATE TABLE r21_t (c ${column})`,
  );
  add(
    `gin index on ${type}`,
    [`CREATE INDEX r21_i ON r21_t USING gin (c)`, "SELECT pg_get_indexdef('r21_i'::regclass) AS v"],
    `${GIN}; ${pre}CREATE TABLE r21_t (c ${column})`,
  );
}
add(
  'gin multi column with array',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (a, tags)',
    "SELECT id FROM r21_t WHERE a = 1 AND tags @> '{x}' ORDER BY id",
  ],
  `${GIN}; CREATE TABLE r21_t (id int, a int, tags text[]); INSERT INTO r21_t VALUES (1, 1, '{x}'), (2, 1, '{y}'), (3, 2, '{x}')`,
);
add(
  'gin range query',
  ['CREATE INDEX r21_i ON r21_t USING gin (a)', 'SELECT a FROM r21_t WHERE a BETWEEN 2 AND 4 ORDER BY a'],
  `${GIN}; CREATE TABLE r21_t (a int); INSERT INTO r21_t SELECT generate_series(1, 6)`,
);
add('gin without btree_gin', ['CREATE TABLE r21_t (a int)', 'CREATE INDEX r21_i ON r21_t USING gin (a)'], '');
add(
  'gist without btree_gist',
  ['CREATE TABLE r21_t (a int)', 'CREATE INDEX r21_i ON r21_t USING gist (a)'],
  '',
);

// ---------------------------------------------------------------- tablefunc
const SALES = `${TF}; CREATE TABLE r21_t (rowid text, attribute text, value text); INSERT INTO r21_t VALUES ('test1','att1','val1'), ('test1','att2','val2'), ('test1','att3','val3'), ('test2','att1','val5'), ('test2','att3','val7'), ('test3','att2','val9')`;
add(
  'crosstab basic',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') AS ct(row_name text, c1 text, c2 text, c3 text) ORDER BY 1",
  ],
  SALES,
);
add(
  'crosstab fewer columns',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') AS ct(row_name text, c1 text) ORDER BY 1",
  ],
  SALES,
);
add(
  'crosstab two arg',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name text, att1 text, att2 text, att3 text) ORDER BY 1",
  ],
  SALES,
);
add(
  'crosstab two arg values',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', $$VALUES ('att3'), ('att1')$$) AS ct(row_name text, att3 text, att1 text) ORDER BY 1",
  ],
  SALES,
);
add(
  'crosstab no column list',
  ["SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2')"],
  SALES,
);
add(
  'crosstab wrong types',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') AS ct(row_name int, c1 text)",
  ],
  SALES,
);
add(
  'crosstab mismatched value type',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') AS ct(row_name text, c1 int)",
  ],
  SALES,
);
add(
  'crosstab two columns source',
  ["SELECT * FROM crosstab('SELECT rowid, value FROM r21_t') AS ct(row_name text, c1 text)"],
  SALES,
);
add(
  'crosstab bad sql',
  ["SELECT * FROM crosstab('SELECT nope FROM r21_t') AS ct(row_name text, c1 text)"],
  SALES,
);
add(
  'crosstab numeric values',
  [
    "SELECT * FROM crosstab('SELECT r, c, v FROM (VALUES (''a'', 1, 1.5), (''a'', 2, 2.5), (''b'', 1, 3.0)) t(r, c, v) ORDER BY 1, 2') AS ct(r text, c1 numeric, c2 numeric) ORDER BY 1",
  ],
  TF,
);
add(
  'crosstab2 type',
  ["SELECT * FROM crosstab2('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') ORDER BY 1"],
  SALES,
);
add(
  'crosstab3 type',
  ["SELECT * FROM crosstab3('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') ORDER BY 1"],
  SALES,
);
add(
  'crosstab4 columns',
  [
    "SELECT attname, atttypid::regtype::text AS t FROM pg_attribute WHERE attrelid = 'tablefunc_crosstab_4'::regclass ORDER BY attnum",
  ],
  TF,
);
add(
  'crosstab empty source',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t WHERE false') AS ct(row_name text, c1 text)",
  ],
  SALES,
);
add(
  'crosstab null row name',
  [
    "SELECT * FROM crosstab('SELECT NULL::text, ''a'', ''x'' UNION ALL SELECT NULL, ''b'', ''y''') AS ct(r text, a text, b text)",
  ],
  TF,
);
add(
  'crosstab one return column',
  ["SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1, 2') AS ct(row_name text)"],
  SALES,
);
add(
  'crosstab four source columns',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value, value FROM r21_t ORDER BY 1, 2') AS ct(row_name text, c1 text)",
  ],
  SALES,
);
add(
  'crosstab hash categories two columns',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT attribute, 1 FROM r21_t') AS ct(row_name text, a text)",
  ],
  SALES,
);
add(
  'crosstab hash categories null',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT NULL::text') AS ct(row_name text, a text)",
  ],
  SALES,
);
add(
  'crosstab hash categories empty',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT 1 WHERE false') AS ct(row_name text, a text)",
  ],
  SALES,
);
add(
  'crosstab hash duplicate category',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', $$VALUES ('att1'), ('att1')$$) AS ct(row_name text, a text, b text)",
  ],
  SALES,
);
add(
  'crosstab hash source two columns',
  [
    "SELECT * FROM crosstab('SELECT rowid, value FROM r21_t', 'SELECT DISTINCT attribute FROM r21_t') AS ct(row_name text, a text)",
  ],
  SALES,
);
add(
  'crosstab hash row_name mismatch',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name int, a text, b text, c text)",
  ],
  SALES,
);
add(
  'crosstab hash value mismatch',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name text, a int, b text, c text)",
  ],
  SALES,
);
add(
  'crosstab hash column count mismatch',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name text, a text)",
  ],
  SALES,
);
add(
  'crosstab hash extra columns',
  [
    "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name text, a text, b text, c text, d text) ORDER BY 1",
  ],
  SALES,
);
add(
  'crosstab hash extra source column',
  [
    "SELECT * FROM crosstab('SELECT rowid, 1, attribute, value FROM r21_t ORDER BY 1', 'SELECT DISTINCT attribute FROM r21_t ORDER BY 1') AS ct(row_name text, a text, b text, c text) ORDER BY 1",
  ],
  SALES,
);
const TREE = `${TF}; CREATE TABLE r21_t (keyid text, parent_keyid text, pos int); INSERT INTO r21_t VALUES ('row1', NULL, 0), ('row2', 'row1', 0), ('row3', 'row1', 0), ('row4', 'row2', 1), ('row5', 'row2', 0), ('row6', 'row4', 0), ('row7', 'row3', 0), ('row8', 'row6', 0), ('row9', 'row5', 0)`;
add(
  'connectby branch',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text)",
  ],
  TREE,
);
add(
  'connectby no branch',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text, level int)",
  ],
  TREE,
);
add(
  'connectby order by',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'pos', 'row2', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text, pos int)",
  ],
  TREE,
);
add(
  'connectby max depth',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row1', 1, '~') AS t(keyid text, parent_keyid text, level int, branch text)",
  ],
  TREE,
);
add(
  'connectby missing table',
  [
    "SELECT * FROM connectby('nope', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text, level int)",
  ],
  TREE,
);
add(
  'connectby wrong column list',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text)",
  ],
  TREE,
);
add(
  'connectby first two types differ',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid int, level int)",
  ],
  TREE,
);
add(
  'connectby level not int',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text, level text)",
  ],
  TREE,
);
add(
  'connectby branch not text',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0, '~') AS t(keyid text, parent_keyid text, level int, branch int)",
  ],
  TREE,
);
add(
  'connectby serial not int',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'pos', 'row2', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text, pos text)",
  ],
  TREE,
);
add(
  'connectby serial not int no branch',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'pos', 'row2', 0) AS t(keyid text, parent_keyid text, level int, pos text)",
  ],
  TREE,
);
add(
  'connectby key type mismatch',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid varchar, parent_keyid varchar, level int)",
  ],
  TREE,
);
add(
  'connectby int keys',
  ["SELECT * FROM connectby('r21_n', 'id', 'parent', '1', 0) AS t(id int, parent int, level int)"],
  `${TF}; CREATE TABLE r21_n (id int, parent int); INSERT INTO r21_n VALUES (1, NULL), (2, 1), (3, 2)`,
);
add(
  'connectby int keys as text',
  ["SELECT * FROM connectby('r21_n', 'id', 'parent', '1', 0) AS t(id text, parent text, level int)"],
  `${TF}; CREATE TABLE r21_n (id int, parent int); INSERT INTO r21_n VALUES (1, NULL), (2, 1), (3, 2)`,
);
add(
  'connectby too many columns',
  [
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text, level int, x text)",
  ],
  TREE,
);
add(
  'connectby bad column name',
  [
    "SELECT * FROM connectby('r21_t', 'nope', 'parent_keyid', 'row2', 0) AS t(keyid text, parent_keyid text, level int)",
  ],
  TREE,
);
add(
  'connectby loop',
  [
    "UPDATE r21_t SET parent_keyid = 'row9' WHERE keyid = 'row2'",
    "SELECT * FROM connectby('r21_t', 'keyid', 'parent_keyid', 'row2', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text)",
  ],
  TREE,
);
add('normal_rand count', ['SELECT count(*) AS v FROM normal_rand(100, 5, 3)'], TF);
add('normal_rand type', ['SELECT pg_typeof(n)::text AS v FROM normal_rand(1, 0, 1) n'], TF);
add('normal_rand zero stddev', ['SELECT DISTINCT n AS v FROM normal_rand(5, 7, 0) n'], TF);
add('normal_rand negative count', ['SELECT count(*) AS v FROM normal_rand(-1, 0, 1)'], TF);
add('normal_rand column name', ['SELECT * FROM normal_rand(0, 0, 1)'], TF);

// ---------------------------------------------------------------- tablesample methods
const ROWS = 'CREATE TABLE r21_t (a int); INSERT INTO r21_t SELECT generate_series(1, 100)';
add(
  'system_rows count',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(10)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_rows more than table',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(1000)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_rows zero',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(0)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_rows negative',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(-1)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_rows repeatable',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(5) REPEATABLE (1)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_rows two args',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(5, 6)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);
add(
  'system_time count bound',
  ['SELECT count(*) <= 100 AS v FROM r21_t TABLESAMPLE system_time(1000)'],
  `CREATE EXTENSION tsm_system_time; ${ROWS}`,
);
add(
  'system_time negative',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_time(-1)'],
  `CREATE EXTENSION tsm_system_time; ${ROWS}`,
);
add('unknown tablesample method', ['SELECT count(*) AS v FROM r21_t TABLESAMPLE system_rows(5)'], ROWS);
add(
  'core bernoulli still',
  ['SELECT count(*) AS v FROM r21_t TABLESAMPLE bernoulli(100)'],
  `CREATE EXTENSION tsm_system_rows; ${ROWS}`,
);

// ---------------------------------------------------------------- lo, bloom, dict_int, spi, tcn
add('lo type', ['SELECT pg_typeof(1::lo)::text AS v, 1::lo::oid AS o'], 'CREATE EXTENSION lo');
add(
  'lo_manage trigger create',
  [
    'CREATE TRIGGER r21_tr BEFORE UPDATE OR DELETE ON r21_t FOR EACH ROW EXECUTE FUNCTION lo_manage(raster)',
    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'r21_t'::regclass",
  ],
  'CREATE EXTENSION lo; CREATE TABLE r21_t (id int, raster lo)',
);
add(
  'lo_manage unlinks',
  [
    "INSERT INTO r21_t VALUES (1, lo_from_bytea(0, '\\x01'))",
    'DELETE FROM r21_t',
    'SELECT count(*) AS v FROM pg_largeobject_metadata',
  ],
  'CREATE EXTENSION lo; CREATE TABLE r21_t (id int, raster lo); CREATE TRIGGER r21_tr BEFORE UPDATE OR DELETE ON r21_t FOR EACH ROW EXECUTE FUNCTION lo_manage(raster)',
);
add(
  'bloom index',
  [
    'CREATE INDEX r21_i ON r21_t USING bloom (a, b) WITH (length = 80, col1 = 2)',
    'SELECT count(*) AS v FROM r21_t WHERE a = 1 AND b = 2',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  'CREATE EXTENSION bloom; CREATE TABLE r21_t (a int, b int); INSERT INTO r21_t VALUES (1, 2), (1, 3)',
);
add(
  'bloom bad length',
  ['CREATE INDEX r21_i ON r21_t USING bloom (a) WITH (length = 0)'],
  'CREATE EXTENSION bloom; CREATE TABLE r21_t (a int)',
);
add(
  'bloom unique refused',
  ['CREATE UNIQUE INDEX r21_i ON r21_t USING bloom (a)'],
  'CREATE EXTENSION bloom; CREATE TABLE r21_t (a int)',
);
add(
  'dict_int lexize',
  ["SELECT ts_lexize('intdict', '12345678') AS a, ts_lexize('intdict', '123') AS b"],
  'CREATE EXTENSION dict_int',
);
add(
  'dict_int alter',
  [
    'ALTER TEXT SEARCH DICTIONARY intdict (MAXLEN = 4, REJECTLONG = true)',
    "SELECT ts_lexize('intdict', '12345678') AS v",
  ],
  'CREATE EXTENSION dict_int',
);
add('dict_xsyn lexize', ["SELECT ts_lexize('xsyn', 'supernova') AS v"], 'CREATE EXTENSION dict_xsyn');
add(
  'moddatetime trigger',
  [
    "INSERT INTO r21_t VALUES (1, '2000-01-01')",
    'UPDATE r21_t SET id = 2',
    "SELECT modified > '2000-01-01' AS v FROM r21_t",
  ],
  'CREATE EXTENSION moddatetime; CREATE TABLE r21_t (id int, modified timestamp); CREATE TRIGGER r21_tr BEFORE UPDATE ON r21_t FOR EACH ROW EXECUTE FUNCTION moddatetime(modified)',
);
add(
  'moddatetime wrong column',
  ["INSERT INTO r21_t VALUES (1, '2000-01-01')", 'UPDATE r21_t SET id = 2'],
  'CREATE EXTENSION moddatetime; CREATE TABLE r21_t (id int, modified timestamp); CREATE TRIGGER r21_tr BEFORE UPDATE ON r21_t FOR EACH ROW EXECUTE FUNCTION moddatetime(nope)',
);
add(
  'autoinc trigger',
  ["INSERT INTO r21_t (name) VALUES ('a'), ('b')", 'SELECT id, name FROM r21_t ORDER BY id'],
  'CREATE EXTENSION autoinc; CREATE SEQUENCE r21_s; CREATE TABLE r21_t (id int DEFAULT 0, name text); CREATE TRIGGER r21_tr BEFORE INSERT ON r21_t FOR EACH ROW EXECUTE FUNCTION autoinc(id, r21_s)',
);
add(
  'insert_username trigger',
  ['INSERT INTO r21_t (id) VALUES (1)', 'SELECT who FROM r21_t'],
  'CREATE EXTENSION insert_username; CREATE TABLE r21_t (id int, who text); CREATE TRIGGER r21_tr BEFORE INSERT ON r21_t FOR EACH ROW EXECUTE FUNCTION insert_username(who)',
);
add(
  'refint check_primary_key',
  ['INSERT INTO r21_c VALUES (1)', 'INSERT INTO r21_c VALUES (2)'],
  "CREATE EXTENSION refint; CREATE TABLE r21_p (id int); INSERT INTO r21_p VALUES (1); CREATE TABLE r21_c (pid int); CREATE TRIGGER r21_tr BEFORE INSERT OR UPDATE ON r21_c FOR EACH ROW EXECUTE FUNCTION check_primary_key('pid', 'r21_p', 'id')",
);
add(
  'tcn trigger',
  ['INSERT INTO r21_t VALUES (1)', 'SELECT count(*) AS v FROM r21_t'],
  'CREATE EXTENSION tcn; CREATE TABLE r21_t (id int PRIMARY KEY); CREATE TRIGGER r21_tr AFTER INSERT OR UPDATE OR DELETE ON r21_t FOR EACH ROW EXECUTE FUNCTION triggered_change_notification()',
);
add(
  'tcn without primary key',
  ['INSERT INTO r21_t VALUES (1)'],
  'CREATE EXTENSION tcn; CREATE TABLE r21_t (id int); CREATE TRIGGER r21_tr AFTER INSERT ON r21_t FOR EACH ROW EXECUTE FUNCTION triggered_change_notification()',
);

// ---------------------------------------------------------------- options newer contrib added
add(
  'dict_int absval option',
  ['ALTER TEXT SEARCH DICTIONARY intdict (ABSVAL = true)', "SELECT ts_lexize('intdict', '-123') AS v"],
  'CREATE EXTENSION dict_int',
);
add('dict_int negative', ["SELECT ts_lexize('intdict', '-1234567') AS v"], 'CREATE EXTENSION dict_int');
add(
  'dict_int unknown option',
  ['ALTER TEXT SEARCH DICTIONARY intdict (NOPE = 1)'],
  'CREATE EXTENSION dict_int',
);
add(
  'isn weak setting',
  ['SHOW isn.weak', 'SET isn.weak = true', "SELECT '0-306-40615-3'::isbn AS v"],
  'CREATE EXTENSION isn',
);
add(
  'btree_gist bool index',
  ['CREATE INDEX r21_i ON r21_t USING gist (b)'],
  `${GIST}; CREATE TABLE r21_t (b bool)`,
);
add(
  'btree_gin bool index',
  ['CREATE INDEX r21_i ON r21_t USING gin (b)'],
  `${GIN}; CREATE TABLE r21_t (b bool)`,
);
add(
  'btree_gin name index',
  ['CREATE INDEX r21_i ON r21_t USING gin (n)'],
  `${GIN}; CREATE TABLE r21_t (n name)`,
);
add(
  'btree_gin cross type',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (a)',
    'SELECT a FROM r21_t WHERE a = 2::int8 ORDER BY a',
    'SELECT a FROM r21_t WHERE a < 3::int2 ORDER BY a',
  ],
  `${GIN}; CREATE TABLE r21_t (a int4); INSERT INTO r21_t SELECT generate_series(1, 4)`,
);
add('earthdistance 1.2 absent', ["CREATE EXTENSION earthdistance VERSION '1.2' CASCADE"], '');
add('fuzzystrmatch 1.2 absent', ["CREATE EXTENSION fuzzystrmatch VERSION '1.2'"], '');
add('cube 1.6 absent', ["CREATE EXTENSION cube VERSION '1.6'"], '');

export default list.cases;
