// Round 21 probe, contrib extensions: hstore (PostgreSQL 15 docs F.18): input and output forms,
// the operators (->, ?, ?&, ?|, @>, <@, ||, -, #=, %%, %#), the functions (akeys, avals, skeys,
// svals, each, exist, defined, delete, slice, hstore_to_json(b), hstore_to_array/matrix,
// populate_record, hstore(record), hstore(text[], text[])), casts, equality, GIN/GiST indexes,
// subscripting (hstore 1.8) and bad input (XX000 / 42601 as the server raises them).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: hstore: ');
const EXT = 'CREATE EXTENSION hstore';
const add = (name: string, steps: ProbeStep[], setup = EXT) => list.add(name, steps, setup);
const sel = (name: string, expr: string) => add(name, [`SELECT ${expr} AS v`]);

for (const [name, expr] of [
  ['input simple', "'a=>1, b=>2'::hstore"],
  ['input quoted', `'"a key"=>"a value", b=>NULL'::hstore`],
  ['input null value quoted', `'a=>"NULL"'::hstore`],
  ['input duplicate keys', "'a=>1, a=>2'::hstore"],
  ['input order', "'z=>1, a=>2, mm=>3, b=>4'::hstore"],
  ['input key length order', "'bb=>1, a=>2, ccc=>3'::hstore"],
  ['input empty', "''::hstore"],
  ['input spaces', "'  a  =>  1  ,b=>2  '::hstore"],
  ['input escaped quote', `'"a\\"b"=>"c\\\\d"'::hstore`],
  ['input unicode', "'ключ=>значение'::hstore"],
  ['input bad', "'a=>'::hstore"],
  ['input bad arrow', "'a=1'::hstore"],
  ['input trailing comma', "'a=>1,'::hstore"],
  ['input unterminated quote', `'"a=>1'::hstore`],
  ['type', "pg_typeof('a=>1'::hstore)::text"],
  ['arrow', "'a=>x, b=>y'::hstore -> 'a'"],
  ['arrow missing', "'a=>x'::hstore -> 'z'"],
  ['arrow null value', "'a=>NULL'::hstore -> 'a'"],
  ['arrow array', "('a=>x, b=>y, c=>z'::hstore -> ARRAY['c', 'a', 'q'])::text"],
  ['exists', "'a=>1'::hstore ? 'a'"],
  ['exists null value', "'a=>NULL'::hstore ? 'a'"],
  ['exists all', "'a=>1, b=>2'::hstore ?& ARRAY['a', 'b']"],
  ['exists all missing', "'a=>1, b=>2'::hstore ?& ARRAY['a', 'c']"],
  ['exists any', "'a=>1, b=>2'::hstore ?| ARRAY['c', 'b']"],
  ['exists any empty', "'a=>1'::hstore ?| ARRAY[]::text[]"],
  ['exists all empty', "'a=>1'::hstore ?& ARRAY[]::text[]"],
  ['contains', "'a=>1, b=>2'::hstore @> 'b=>2'"],
  ['contains null', "'a=>NULL'::hstore @> 'a=>NULL'"],
  ['contained', "'a=>1'::hstore <@ 'a=>1, b=>2'"],
  ['concat', "'a=>1, b=>2'::hstore || 'b=>3, c=>4'::hstore"],
  ['delete key', "'a=>1, b=>2'::hstore - 'a'::text"],
  ['delete keys', "'a=>1, b=>2, c=>3'::hstore - ARRAY['a', 'c']"],
  ['delete pairs', "'a=>1, b=>2'::hstore - 'a=>1, b=>3'::hstore"],
  ['delete unknown literal ambiguous', "'a=>1, b=>2'::hstore - 'a'"],
  ['equal', "'a=>1, b=>2'::hstore = 'b=>2, a=>1'::hstore"],
  ['not equal', "'a=>1'::hstore <> 'a=>2'::hstore"],
  ['equal null values', "'a=>NULL'::hstore = 'a=>NULL'::hstore"],
  ['populate', "(populate_record(NULL::r21_row, 'a=>1, b=>x'::hstore)).*"],
  ['to array', "%% 'a=>1, b=>2'::hstore"],
  ['to matrix', "%# 'a=>1, b=>2'::hstore"],
  ['akeys', "akeys('b=>1, a=>2')"],
  ['avals', "avals('b=>1, a=>NULL')"],
  ['skeys', "(SELECT array_agg(k) FROM skeys('b=>1, a=>2') k)"],
  ['svals', "(SELECT array_agg(v) FROM svals('b=>1, a=>NULL') v)"],
  ['hstore_to_array', "hstore_to_array('a=>1, b=>2')"],
  ['hstore_to_matrix', "hstore_to_matrix('a=>1, b=>2')"],
  ['hstore_to_json', "hstore_to_json('a=>1, b=>NULL, c=>t')"],
  ['hstore_to_jsonb', "hstore_to_jsonb('a=>1, b=>NULL, c=>t')"],
  ['hstore_to_json_loose', "hstore_to_json_loose('a=>1, b=>NULL, c=>t, d=>1.5e3, e=>x')"],
  ['hstore_to_jsonb_loose', "hstore_to_jsonb_loose('a=>1, b=>NULL, c=>t, d=>1.5e3, e=>x')"],
  ['cast json', "'a=>1'::hstore::json"],
  ['cast jsonb', "'a=>1'::hstore::jsonb"],
  ['cast text', "'b=>1, a=>2'::hstore::text"],
  ['cast from text', "('a=>1'::text)::hstore"],
  ['cast from varchar', "('a=>1'::varchar)::hstore"],
  ['cast from json refused', '\'{"a":1}\'::json::hstore'],
  ['slice', "slice('a=>1, b=>2, c=>3'::hstore, ARRAY['b', 'c', 'x'])"],
  ['exist', "exist('a=>1', 'a')"],
  ['defined', "defined('a=>NULL', 'a')"],
  ['defined present', "defined('a=>1', 'a')"],
  ['delete function', "delete('a=>1, b=>2'::hstore, 'b')"],
  ['fetchval', "fetchval('a=>1', 'a')"],
  ['isexists', "isexists('a=>1', 'a')"],
  ['isdefined', "isdefined('a=>1', 'a')"],
  ['hs_concat', "hs_concat('a=>1', 'b=>2')"],
  ['hstore pair', "hstore('k', 'v')"],
  ['hstore pair null value', "hstore('k', NULL)"],
  ['hstore pair null key', "hstore(NULL, 'v')"],
  ['hstore arrays', "hstore(ARRAY['a', 'b'], ARRAY['1', '2'])"],
  ['hstore arrays mismatch', "hstore(ARRAY['a', 'b'], ARRAY['1'])"],
  ['hstore one array', "hstore(ARRAY['a', '1', 'b', '2'])"],
  ['hstore one array odd', "hstore(ARRAY['a', '1', 'b'])"],
  ['hstore 2d array', "hstore(ARRAY[['a', '1'], ['b', '2']])"],
  ['hstore null key in array', "hstore(ARRAY['a', NULL], ARRAY['1', '2'])"],
  ['hstore record', "hstore(ROW(1, 'x')::r21_row)"],
  ['hstore anonymous row', "hstore(ROW(1, 'x'))"],
  ['hstore_version_diag', 'hstore_version_diag(NULL)'],
  ['subscript', "('a=>1, b=>2'::hstore)['b']"],
  ['subscript missing', "('a=>1'::hstore)['z']"],
  ['subscript two', "('a=>1'::hstore)['a']['b']"],
  ['subscript int', "('1=>one'::hstore)[1]"],
  ['array of hstore', "ARRAY['a=>1'::hstore, 'b=>2'::hstore]"],
  ['hstore in row', "ROW('a=>1'::hstore, 1)"],
  ['count keys', "array_length(akeys('a=>1, b=>2, c=>3'), 1)"],
  ['max key length', "'a=>1'::hstore || hstore(repeat('k', 70000), 'v') ? 'a'"],
  ['greater', "'a=>1'::hstore > 'a=>0'::hstore"],
  ['hash', "(SELECT count(DISTINCT h) FROM (VALUES ('a=>1, b=>2'::hstore), ('b=>2, a=>1'::hstore)) t(h))"],
  [
    'order by',
    "(SELECT array_agg(h ORDER BY h)::text FROM (VALUES ('b=>1'::hstore), ('a=>1'::hstore), ('a=>1, b=>1'::hstore)) t(h))",
  ],
] as const) {
  sel(name, expr);
}
const ROW = `${EXT}; CREATE TYPE r21_row AS (a int, b text)`;
add('populate_record', ["SELECT * FROM populate_record(NULL::r21_row, 'a=>1, b=>x'::hstore)"], ROW);
add('populate_record existing', ["SELECT * FROM populate_record(ROW(5, 'y')::r21_row, 'b=>z'::hstore)"], ROW);
add('populate_record bad int', ["SELECT * FROM populate_record(NULL::r21_row, 'a=>x'::hstore)"], ROW);
add('populate_record operator', ["SELECT (ROW(5, 'y')::r21_row #= 'a=>7'::hstore).*"], ROW);
add('hstore of composite', ["SELECT hstore(ROW(1, 'x')::r21_row) AS v"], ROW);
add(
  'hstore of table row',
  ['SELECT hstore(t) AS v FROM r21_t t ORDER BY id'],
  `${EXT}; CREATE TABLE r21_t (id int, name text, flag bool, n numeric); INSERT INTO r21_t VALUES (1, 'a', true, 1.50), (2, NULL, false, NULL)`,
);
add(
  'hstore of table row minus',
  ["SELECT hstore(t) - 'id'::text AS v FROM r21_t t ORDER BY id"],
  `${EXT}; CREATE TABLE r21_t (id int, name text); INSERT INTO r21_t VALUES (1, 'a')`,
);
add('each', ["SELECT key, value FROM each('b=>2, a=>NULL, c=>3'::hstore) ORDER BY key"]);
add('each unordered', ["SELECT * FROM each('b=>2, a=>1'::hstore)"]);
add('each column names', ["SELECT * FROM each('a=>1'::hstore)"]);
add('skeys rows', ["SELECT skeys('b=>1, a=>2, ccc=>3'::hstore) AS k"]);
add('svals rows', ["SELECT svals('b=>1, a=>2, ccc=>3'::hstore) AS k"]);
add(
  'each lateral',
  ['SELECT t.id, e.key, e.value FROM r21_t t, each(t.h) e ORDER BY 1, 2'],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore); INSERT INTO r21_t VALUES (1, 'a=>1, b=>2'), (2, 'c=>3'), (3, '')`,
);
add(
  'column and update',
  [
    "INSERT INTO r21_t VALUES (1, 'a=>1')",
    "UPDATE r21_t SET h = h || 'b=>2'::hstore",
    "UPDATE r21_t SET h = delete(h, 'a')",
    'SELECT h FROM r21_t',
  ],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore)`,
);
add(
  'subscript update',
  [
    "INSERT INTO r21_t VALUES (1, 'a=>1')",
    "UPDATE r21_t SET h['b'] = '2'",
    "UPDATE r21_t SET h['a'] = NULL",
    'SELECT h FROM r21_t',
  ],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore)`,
);
add(
  'subscript update null hstore',
  ['INSERT INTO r21_t VALUES (1, NULL)', "UPDATE r21_t SET h['b'] = '2'", 'SELECT h FROM r21_t'],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore)`,
);
add(
  'gin index',
  [
    'CREATE INDEX r21_i ON r21_t USING gin (h)',
    "SELECT id FROM r21_t WHERE h @> 'a=>1' ORDER BY id",
    "SELECT id FROM r21_t WHERE h ? 'b' ORDER BY id",
    "SELECT id FROM r21_t WHERE h ?| ARRAY['c', 'b'] ORDER BY id",
  ],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore); INSERT INTO r21_t VALUES (1, 'a=>1'), (2, 'a=>1, b=>2'), (3, 'c=>3')`,
);
add(
  'gist index',
  ['CREATE INDEX r21_i ON r21_t USING gist (h)', "SELECT id FROM r21_t WHERE h @> 'a=>1' ORDER BY id"],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore); INSERT INTO r21_t VALUES (1, 'a=>1'), (2, 'a=>1, b=>2'), (3, 'c=>3')`,
);
add(
  'gist siglen',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (h gist_hstore_ops(siglen=32))',
    "SELECT pg_get_indexdef('r21_i'::regclass) AS v",
  ],
  `${EXT}; CREATE TABLE r21_t (h hstore)`,
);
add(
  'btree index',
  ['CREATE INDEX r21_i ON r21_t (h)', "SELECT count(*) AS v FROM r21_t WHERE h = 'a=>1'"],
  `${EXT}; CREATE TABLE r21_t (h hstore); INSERT INTO r21_t VALUES ('a=>1'), ('b=>1')`,
);
add('hash index', ['CREATE INDEX r21_i ON r21_t USING hash (h)'], `${EXT}; CREATE TABLE r21_t (h hstore)`);
add(
  'unique constraint',
  ["INSERT INTO r21_t VALUES ('a=>1, b=>2')", "INSERT INTO r21_t VALUES ('b=>2, a=>1')"],
  `${EXT}; CREATE TABLE r21_t (h hstore UNIQUE)`,
);
add(
  'group by',
  ['SELECT h, count(*) AS n FROM r21_t GROUP BY h ORDER BY h'],
  `${EXT}; CREATE TABLE r21_t (h hstore); INSERT INTO r21_t VALUES ('a=>1'), ('a=>1'), ('b=>2')`,
);
add(
  'default value',
  ['INSERT INTO r21_t DEFAULT VALUES', 'SELECT h FROM r21_t'],
  `${EXT}; CREATE TABLE r21_t (h hstore NOT NULL DEFAULT ''::hstore)`,
);
add(
  'check constraint',
  ["INSERT INTO r21_t VALUES ('a=>1')", "INSERT INTO r21_t VALUES ('b=>1')"],
  `${EXT}; CREATE TABLE r21_t (h hstore CHECK (h ? 'a'))`,
);
add('binary parameter', [{ sql: 'SELECT $1::hstore -> $2 AS v', params: ['x=>10', 'x'] }]);
add('json_each of cast', ["SELECT key, value FROM jsonb_each(hstore_to_jsonb('a=>1, b=>2')) ORDER BY key"]);
add('hstore to record via jsonb', [
  "SELECT * FROM jsonb_to_record(hstore_to_jsonb('a=>1, b=>x')) AS t(a int, b text)",
]);
add(
  'akeys of column',
  ['SELECT id, akeys(h) AS v FROM r21_t ORDER BY id'],
  `${EXT}; CREATE TABLE r21_t (id int, h hstore); INSERT INTO r21_t VALUES (1, 'b=>1, a=>2'), (2, NULL)`,
);
add(
  'output in array column',
  ["INSERT INTO r21_t VALUES (ARRAY['a=>1', 'b=>\"x y\"']::hstore[])", 'SELECT hs::text AS v FROM r21_t'],
  `${EXT}; CREATE TABLE r21_t (hs hstore[])`,
);

export default list.cases;
