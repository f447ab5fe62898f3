// Other sections of chapter 9: binary strings, bit strings, enums, network, UUID, sequences, arrays, ranges, system info.
const q = (name: string, ...steps: string[]) => ({ name, steps });
export default [
  q(
    'bytea concat and length',
    "SELECT '\\x1234'::bytea || '\\x56'::bytea AS a, length('\\x123456'::bytea) AS b, octet_length('abc'::bytea) AS c",
  ),
  q(
    'bytea substring position',
    "SELECT substring('\\x1234567890'::bytea from 2 for 2) AS a, position('\\x56'::bytea in '\\x123456'::bytea) AS b",
  ),
  q(
    'bytea get set bit',
    "SELECT get_bit('\\x01'::bytea, 0) AS a, set_bit('\\x00'::bytea, 3, 1) AS b, get_byte('\\x0102'::bytea, 5) AS c",
  ),
  q(
    'bytea encode decode hex',
    "SELECT encode('\\xdeadbeef'::bytea, 'hex') AS a, decode('DEADBEEF', 'hex') AS b, decode('zz', 'hex') AS c",
  ),
  q(
    'bytea md5 sha',
    "SELECT md5('abc'::bytea) AS a, encode(sha1('abc'::bytea), 'hex') AS b, encode(sha512(''::bytea), 'hex') AS c",
  ),
  q(
    'bytea output escape',
    "SET bytea_output = 'escape'",
    "SELECT 'a\\000b'::bytea AS a, '\\x41ff'::bytea AS b",
  ),
  q(
    'bytea btrim ltrim',
    "SELECT btrim('\\x0001020100'::bytea, '\\x00'::bytea) AS a, ltrim('\\x000102'::bytea, '\\x00'::bytea) AS b",
  ),
  q(
    'convert_to convert_from',
    "SELECT convert_to('é', 'UTF8') AS a, convert_from('\\xc3a9'::bytea, 'UTF8') AS b, length(convert_to('é', 'LATIN1')) AS c",
  ),
  q(
    'bit strings',
    "SELECT B'1010' | B'0101' AS a, B'1010' # B'1111' AS b, ~B'1010' AS c, B'1010' << 1 AS d, length(B'10101') AS e, bit_count(B'1011') AS f, X'1F' AS g",
  ),
  q(
    'bit casts',
    "SELECT 5::bit(4) AS a, B'0101'::int AS b, '101'::varbit AS c, 44::bit(10)::int AS d, get_bit(B'1010', 0) AS e, overlay(B'1111' placing B'00' from 2) AS f",
  ),
  q('bit length mismatch', "SELECT B'10' | B'101'"),
  q(
    'enum functions',
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
    "SELECT enum_first(NULL::mood) AS a, enum_last(NULL::mood) AS b, enum_range(NULL::mood) AS c, enum_range('ok'::mood, NULL) AS d, 'sad'::mood < 'happy' AS e",
  ),
  q('enum bad value', "CREATE TYPE mood2 AS ENUM ('a')", "SELECT 'b'::mood2"),
  q(
    'inet functions',
    "SELECT host('192.168.1.5/24'::inet) AS a, masklen('10.0.0.0/8'::cidr) AS b, network('192.168.1.5/24'::inet) AS c, broadcast('192.168.1.5/24'::inet) AS d, family('::1'::inet) AS e, '192.168.1.5'::inet << '192.168.1.0/24'::cidr AS f, abbrev('10.1.0.0/16'::cidr) AS g",
  ),
  q(
    'inet arithmetic',
    "SELECT '192.168.1.1'::inet + 5 AS a, '192.168.1.10'::inet - '192.168.1.1'::inet AS b, set_masklen('192.168.1.5'::inet, 16) AS c, text('10.0.0.1/32'::inet) AS d",
  ),
  q('cidr invalid', "SELECT '192.168.1.5/24'::cidr"),
  q(
    'macaddr',
    "SELECT '08:00:2b:01:02:03'::macaddr AS a, trunc('08:00:2b:01:02:03'::macaddr) AS b, macaddr8_set7bit('08:00:2b:ff:fe:01:02:03'::macaddr8) AS c",
  ),
  q(
    'uuid functions',
    "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS a, length(gen_random_uuid()::text) AS b, '{a0eebc999c0b4ef8bb6d6bb9bd380a11}'::uuid AS c",
  ),
  q('uuid invalid', "SELECT 'not-a-uuid'::uuid"),
  q(
    'uuid comparison',
    "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS a",
  ),
  q(
    'sequence functions',
    'CREATE SEQUENCE s START 5 INCREMENT 5',
    "SELECT nextval('s') AS a, currval('s') AS b, nextval('s') AS c, lastval() AS d, setval('s', 100) AS e, nextval('s') AS f, setval('s', 1, false) AS g, nextval('s') AS h",
  ),
  q('currval before nextval', 'CREATE SEQUENCE s2', "SELECT currval('s2')"),
  q('lastval none', 'SELECT lastval()'),
  q('nextval unknown sequence', "SELECT nextval('nosuch')"),
  q(
    'sequence max reached',
    'CREATE SEQUENCE s3 MAXVALUE 2',
    "SELECT nextval('s3')",
    "SELECT nextval('s3')",
    "SELECT nextval('s3')",
  ),
  q(
    'sequence cycle',
    'CREATE SEQUENCE s4 MAXVALUE 2 CYCLE',
    "SELECT nextval('s4'), nextval('s4'), nextval('s4')",
  ),
  q('setval out of bounds', 'CREATE SEQUENCE s5 MAXVALUE 10', "SELECT setval('s5', 11)"),
  q(
    'array functions',
    "SELECT array_fill(7, ARRAY[3]) AS a, array_fill(0, ARRAY[2,2], ARRAY[0,1]) AS b, trim_array(ARRAY[1,2,3], 1) AS c, array_to_string(ARRAY[1,NULL], ',', 'x') AS d, array_ndims(ARRAY[[1]]) AS e",
  ),
  q(
    'array slicing',
    'SELECT (ARRAY[1,2,3,4])[2:3] AS a, (ARRAY[1,2,3])[:2] AS b, (ARRAY[1,2,3])[2:] AS c, (ARRAY[1,2,3])[5] AS d, (ARRAY[[1,2],[3,4]])[2][1] AS e, (ARRAY[[1,2],[3,4]])[1:1] AS f',
  ),
  q('array dims mismatch concat', 'SELECT ARRAY[[1,2]] || ARRAY[3]'),
  q(
    'array cat of empty',
    "SELECT '{}'::int[] || ARRAY[1] AS a, ARRAY[1] || '{}'::int[] AS b, array_cat(NULL, ARRAY[1]) AS c",
  ),
  q(
    'array_position from',
    'SELECT array_position(ARRAY[1,2,1,2], 2, 3) AS a, array_position(ARRAY[NULL, 1], NULL) AS b',
  ),
  q(
    'array compare different lengths',
    "SELECT ARRAY[1,2] < ARRAY[1,2,3] AS a, ARRAY[2] > ARRAY[1,9] AS b, '{}'::int[] < ARRAY[1] AS c",
  ),
  q('array to json', "SELECT array_to_json(ARRAY[[1,2],[3,4]]) AS a, to_jsonb(ARRAY['a', NULL]) AS b"),
  q(
    'array output quoting',
    "SELECT ARRAY['a b', 'c,d', 'e\"f', NULL, '', 'NULL'] AS a, ARRAY[1.5, 2]::numeric[] AS b, '{{1,2},{3,4}}'::int[] AS c",
  ),
  q(
    'array lower bound output',
    "SELECT '[0:1]={a,b}'::text[] AS a, array_lower('[0:1]={a,b}'::text[], 1) AS b",
  ),
  q(
    'range functions',
    "SELECT lower(int4range(1, 10)) AS a, upper(int4range(1, 10)) AS b, isempty(int4range(5, 5)) AS c, int4range(1, 10) @> 5 AS d, int4range(1, 5) && int4range(4, 8) AS e, int4range(1, 5) * int4range(3, 8) AS f, int4range(1, 5) + int4range(5, 8) AS g, lower_inc('[1,5)'::int4range) AS h, upper_inf('[1,)'::int4range) AS i",
  ),
  q(
    'range canonical',
    "SELECT '(1,5]'::int4range AS a, '[2024-01-01, 2024-01-05]'::daterange AS b, numrange(1.5, 2.5, '[]') AS c, tsrange('2024-01-01', NULL) AS d",
  ),
  q('range union gap errors', 'SELECT int4range(1, 3) + int4range(5, 8)'),
  q('range minus', 'SELECT int4range(1, 10) - int4range(3, 5)'),
  q(
    'range_merge and multirange',
    'SELECT range_merge(int4range(1, 3), int4range(5, 8)) AS a, int4multirange(int4range(1, 3), int4range(5, 8)) AS b',
  ),
  q('range bad bounds', 'SELECT int4range(5, 1)'),
  q(
    'system info',
    'SELECT current_user = session_user AS a, current_schema() AS b, current_database() IS NOT NULL AS c, pg_typeof(version())::text AS d, current_schemas(false) AS e, pg_backend_pid() > 0 AS f',
  ),
  q(
    'version string',
    "SELECT split_part(version(), ' ', 2) AS v, current_setting('server_version_num') AS n, current_setting('server_version') AS s",
  ),
  q('current_setting missing', "SELECT current_setting('nosuch.setting')"),
  q('current_setting missing ok', "SELECT current_setting('nosuch.setting', true) IS NULL AS a"),
  q('set_config', "SELECT set_config('app.user', 'bob', false) AS a, current_setting('app.user') AS b"),
  q(
    'pg_typeof and format_type',
    "SELECT pg_typeof(1.5)::text AS a, format_type('numeric'::regtype, 720902) AS b, format_type(1043, 24) AS c, pg_typeof(ARRAY[now()])::text AS d",
  ),
  q(
    'has_table_privilege',
    'CREATE TABLE pt (x int)',
    "SELECT has_table_privilege('pt', 'SELECT') AS a, has_schema_privilege('public', 'USAGE') AS b",
  ),
  q(
    'to_regclass',
    'CREATE TABLE rc (x int)',
    "SELECT to_regclass('rc')::text AS a, to_regclass('nosuch') AS b, 'rc'::regclass::oid > 0 AS c",
  ),
  q(
    'col_description obj_description',
    'CREATE TABLE cd (x int)',
    "COMMENT ON TABLE cd IS 'hello'",
    "SELECT obj_description('cd'::regclass, 'pg_class') AS a, col_description('cd'::regclass, 1) AS b",
  ),
  q(
    'pg_get_expr and constraintdef',
    'CREATE TABLE ck (x int CHECK (x > 0) DEFAULT 5)',
    "SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 'ck'::regclass",
  ),
  q('txid and xact functions', 'SELECT pg_current_xact_id()::text::bigint > 0 AS a, txid_current() > 0 AS b'),
  q('pg_sleep zero', 'SELECT pg_sleep(0) AS a'),
  q('inet_client_addr typing', 'SELECT pg_typeof(inet_client_addr())::text AS a'),
  q(
    'pg_size_pretty',
    "SELECT pg_size_pretty(1024::bigint) AS a, pg_size_pretty(123456789::bigint) AS b, pg_size_bytes('1 MB') AS c, pg_size_pretty(1536::numeric) AS d",
  ),
  q(
    'pg_column_size',
    "SELECT pg_column_size(1::int) AS a, pg_column_size('abc'::text) AS b, pg_column_size(1::bigint) AS c",
  ),
  q('row_to_json record', "SELECT row_to_json(ROW(1, 'a')) AS a, to_json(ROW(1, NULL)) AS b"),
  q('generate_series row typing with enums', 'SELECT count(*) AS n FROM generate_series(1, 10, 3)'),
  q(
    'geometric basics',
    "SELECT point(1, 2) <-> point(4, 6) AS a, area(box '((0,0),(2,3))') AS b, circle '<(0,0),2>' @> point(1,1) AS c, center(box '((0,0),(2,2))') AS d",
  ),
  q(
    'text search basic',
    "SELECT to_tsvector('english', 'The quick brown foxes') AS a, to_tsvector('english', 'quick foxes') @@ to_tsquery('english', 'fox') AS b, plainto_tsquery('english', 'the fat rats') AS c",
  ),
  q('websearch_to_tsquery', "SELECT websearch_to_tsquery('english', '\"sad cat\" or fat -rat') AS a"),
  q(
    'ts_rank',
    "SELECT round(ts_rank(to_tsvector('english', 'a fat cat sat'), to_tsquery('english', 'cat'))::numeric, 4) AS a",
  ),
];
