// Round 16 probe, part G: enum/text resolution follow-ups, sequences behind serial (8.1.4),
// and range/interval/jsonpath behaviours added after PostgreSQL 15. Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

const enumT = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (id int, m mood, s text, v varchar(10)); INSERT INTO t VALUES (1, 'happy', 'happy', 'happy'), (2, 'sad', 'ok', 'sad')`;
const onEnum = (name: string, sql: string) => list.add(`t16g enum ${name}`, [sql], enumT);
onEnum('equals function result errors', `SELECT id AS v FROM t WHERE m = lower('HAPPY')`);
onEnum('equals concat result errors', `SELECT id AS v FROM t WHERE m = concat('hap', 'py')`);
onEnum('equals varchar column errors', `SELECT id AS v FROM t WHERE m = v`);
onEnum('equals varchar typed errors', `SELECT id AS v FROM t WHERE m = 'sad'::varchar`);
onEnum('in list with function errors', `SELECT id AS v FROM t WHERE m IN ('sad', lower('OK'))`);
onEnum('text function then compare', `SELECT id AS v FROM t WHERE lower(m::text) = 'happy'`);
onEnum('text column equals enum errors', `SELECT id AS v FROM t WHERE s = m`);
onEnum('text column equals enum cast', `SELECT id AS v FROM t WHERE s = m::text ORDER BY id`);
onEnum('enum equals text column cast to enum', `SELECT id AS v FROM t WHERE m = s::mood ORDER BY id`);
onEnum('reverse errors', `SELECT reverse(m) AS v FROM t ORDER BY id`);
onEnum('octet_length errors', `SELECT octet_length(m) AS v FROM t ORDER BY id`);
onEnum('position errors', `SELECT position('a' in m) AS v FROM t ORDER BY id`);
onEnum('strpos errors', `SELECT strpos(m, 'a') AS v FROM t ORDER BY id`);
onEnum('lpad errors', `SELECT lpad(m, 8, '*') AS v FROM t ORDER BY id`);
onEnum('repeat errors', `SELECT repeat(m, 2) AS v FROM t ORDER BY id`);
onEnum('ascii errors', `SELECT ascii(m) AS v FROM t ORDER BY id`);
onEnum('quote_literal works via anyelement', `SELECT quote_literal(m) AS v FROM t ORDER BY id`);
onEnum('quote_ident errors', `SELECT quote_ident(m) AS v FROM t ORDER BY id`);
onEnum('regexp_replace errors', `SELECT regexp_replace(m, 'a', 'b') AS v FROM t ORDER BY id`);
onEnum('to_tsvector errors', `SELECT to_tsvector(m) AS v FROM t ORDER BY id`);
onEnum('btrim errors', `SELECT btrim(m, 's') AS v FROM t ORDER BY id`);
onEnum('encode errors', `SELECT encode(m, 'hex') AS v FROM t ORDER BY id`);
onEnum('sha256 errors', `SELECT sha256(m) AS v FROM t ORDER BY id`);
onEnum('textual max via cast', `SELECT max(m::text) AS v FROM t`);
onEnum('string_agg with cast', `SELECT string_agg(m::text, ',' ORDER BY id) AS v FROM t`);
onEnum('as function argument in sql function', `SELECT id AS v FROM t WHERE starts_with(m::text, 'h')`);
list.add(
  't16g enum user function taking text errors',
  [
    `CREATE FUNCTION shout(x text) RETURNS text LANGUAGE sql AS 'SELECT upper(x)'`,
    `SELECT shout(m) AS v FROM t ORDER BY id`,
  ],
  enumT,
);
list.add(
  't16g domain over text passes to text functions',
  [`SELECT upper(c) AS a, length(c) AS b FROM t`],
  `CREATE DOMAIN code AS text; CREATE TABLE t (c code); INSERT INTO t VALUES ('ab')`,
);
list.add(
  't16g varchar passes to text functions',
  [`SELECT upper(v) AS a, length(v) AS b, md5(v) AS c FROM t`],
  `CREATE TABLE t (v varchar(5)); INSERT INTO t VALUES ('ab')`,
);
list.add(
  't16g name passes to text functions',
  [`SELECT upper(relname) AS v FROM pg_class WHERE relname = 't'`],
  `CREATE TABLE t (id int)`,
);
list.add(
  't16g char passes to text functions',
  [`SELECT upper(c) || '|' AS a, length(c) AS b FROM t`],
  `CREATE TABLE t (c char(4)); INSERT INTO t VALUES ('ab')`,
);

// ---------------------------------------------------------------- sequences behind serial
list.add('t16g seq currval before nextval errors', [`SELECT currval('s') AS v`], `CREATE SEQUENCE s`);
list.add('t16g seq lastval before nextval errors', [`SELECT lastval() AS v`], `CREATE SEQUENCE s`);
list.add('t16g seq nextval sequence', [`SELECT nextval('s') AS a, nextval('s') AS b`], `CREATE SEQUENCE s`);
list.add('t16g seq nextval returns string', [`SELECT nextval('s') AS v`], `CREATE SEQUENCE s START 100`);
list.add(
  't16g seq increment and start',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s START 10 INCREMENT 5`,
);
list.add(
  't16g seq negative increment',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s INCREMENT -1`,
);
list.add(
  't16g seq maxvalue reached',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, `SELECT nextval('s') AS c`],
  `CREATE SEQUENCE s MAXVALUE 2`,
);
list.add(
  't16g seq cycle',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, `SELECT nextval('s') AS c`],
  `CREATE SEQUENCE s MAXVALUE 2 CYCLE`,
);
list.add(
  't16g seq setval is_called true',
  [`SELECT setval('s', 42) AS a`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s`,
);
list.add(
  't16g seq setval is_called false',
  [`SELECT setval('s', 42, false) AS a`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s`,
);
list.add('t16g seq setval out of range', [`SELECT setval('s', 0) AS v`], `CREATE SEQUENCE s`);
list.add('t16g seq setval beyond max', [`SELECT setval('s', 11) AS v`], `CREATE SEQUENCE s MAXVALUE 10`);
list.add(
  't16g seq as smallint bounds',
  [`SELECT setval('s', 32767) AS a`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s AS smallint`,
);
list.add('t16g seq as int maxvalue too big', [`CREATE SEQUENCE s2 AS int MAXVALUE 3000000000`]);
list.add(
  't16g seq restart',
  [`SELECT nextval('s') AS a`, `ALTER SEQUENCE s RESTART`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s START 5`,
);
list.add(
  't16g seq restart with',
  [`ALTER SEQUENCE s RESTART WITH 100`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s`,
);
list.add('t16g seq missing', [`SELECT nextval('nope') AS v`]);
list.add(
  't16g seq currval after nextval',
  [`SELECT nextval('s') AS a`, `SELECT currval('s') AS b, lastval() AS c`],
  `CREATE SEQUENCE s START 7`,
);
list.add(
  't16g seq not rolled back',
  [`BEGIN`, `SELECT nextval('s') AS a`, `ROLLBACK`, `SELECT nextval('s') AS b`],
  `CREATE SEQUENCE s`,
);
list.add(
  't16g seq pg_sequences view',
  [
    `SELECT start_value AS a, min_value AS b, max_value AS c, increment_by AS d, cycle AS e, data_type::text AS f FROM pg_sequences WHERE sequencename = 's'`,
  ],
  `CREATE SEQUENCE s AS int START 3`,
);
list.add(
  't16g seq select from sequence',
  [`SELECT nextval('s')`, `SELECT last_value AS a, is_called AS b FROM s`],
  `CREATE SEQUENCE s`,
);
list.add(
  't16g serial truncate restart identity',
  [
    `INSERT INTO t (name) VALUES ('a'), ('b')`,
    `TRUNCATE t RESTART IDENTITY`,
    `INSERT INTO t (name) VALUES ('c') RETURNING id`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16g serial truncate continue identity',
  [
    `INSERT INTO t (name) VALUES ('a'), ('b')`,
    `TRUNCATE t`,
    `INSERT INTO t (name) VALUES ('c') RETURNING id`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16g serial setval to max id',
  [
    `INSERT INTO t (id, name) VALUES (10, 'a')`,
    `SELECT setval(pg_get_serial_sequence('t', 'id'), (SELECT max(id) FROM t)) AS a`,
    `INSERT INTO t (name) VALUES ('b') RETURNING id`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16g identity restart',
  [
    `INSERT INTO t (name) VALUES ('a')`,
    `ALTER TABLE t ALTER COLUMN id RESTART WITH 50`,
    `INSERT INTO t (name) VALUES ('b') RETURNING id`,
  ],
  `CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, name text)`,
);
list.add(
  't16g identity start and increment',
  [`INSERT INTO t (name) VALUES ('a'), ('b') RETURNING id`],
  `CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 10), name text)`,
);
list.add(
  't16g identity by default explicit then conflict',
  [`INSERT INTO t (id, name) VALUES (1, 'a')`, `INSERT INTO t (name) VALUES ('b')`],
  `CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text)`,
);
list.add(
  't16g identity smallint overflow',
  [
    `ALTER TABLE t ALTER COLUMN id RESTART WITH 32767`,
    `INSERT INTO t (name) VALUES ('a')`,
    `INSERT INTO t (name) VALUES ('b')`,
  ],
  `CREATE TABLE t (id smallint GENERATED ALWAYS AS IDENTITY, name text)`,
);
list.add(
  't16g identity update always errors',
  [`INSERT INTO t (name) VALUES ('a')`, `UPDATE t SET id = 5`],
  `CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, name text)`,
);
list.add(
  't16g serial column type int',
  [
    `SELECT data_type AS d, is_nullable AS n, is_identity AS i FROM information_schema.columns WHERE table_name = 't' AND column_name = 'id'`,
  ],
  `CREATE TABLE t (id serial, name text)`,
);
list.add(
  't16g identity column info',
  [
    `SELECT data_type AS d, is_identity AS i, identity_generation AS g, column_default IS NULL AS nd FROM information_schema.columns WHERE table_name = 't' AND column_name = 'id'`,
  ],
  `CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY, name text)`,
);

// ---------------------------------------------------------------- after-PG15 range, interval, jsonpath behaviours
list.add('t16g range WITHOUT OVERLAPS key (PG18)', [
  `CREATE TABLE r (room int4range, during tsrange, UNIQUE (room, during WITHOUT OVERLAPS))`,
]);
list.add('t16g range PERIOD foreign key (PG18)', [
  `CREATE TABLE r (id int4range, during daterange, PRIMARY KEY (id, during WITHOUT OVERLAPS))`,
  `CREATE TABLE c (id int4range, during daterange, FOREIGN KEY (id, PERIOD during) REFERENCES r (id, PERIOD during))`,
]);
list.select('t16g interval times infinity (PG17)', `interval '1 day' * 'Infinity'::float8`);
list.select('t16g timestamp infinity minus finite (PG17)', `'infinity'::timestamp - '2020-01-01'::timestamp`);
list.select(
  't16g interval infinity via make_interval',
  `make_interval(days => 2147483647) + interval '1 day'`,
);
list.select('t16g age of infinite timestamp (PG17)', `age('infinity'::timestamp, '2020-01-01'::timestamp)`);
list.select('t16g date_bin infinity', `date_bin('1 hour', 'infinity'::timestamp, '2000-01-01'::timestamp)`);
list.select('t16g jsonpath integer method (PG17)', `jsonb_path_query('"12"', '$.integer()')`);
list.select('t16g jsonpath string method (PG17)', `jsonb_path_query('12', '$.string()')`);
list.select('t16g jsonpath decimal method (PG17)', `jsonb_path_query('"1.239"', '$.decimal(4,2)')`);
list.select('t16g jsonpath boolean method (PG17)', `jsonb_path_query('"yes"', '$.boolean()')`);
list.select('t16g jsonpath double method', `jsonb_path_query('"1.5"', '$.double()')::text`);
list.select('t16g jsonpath datetime method', `jsonb_path_query('"2024-01-02"', '$.datetime()')::text`);
list.select('t16g jsonpath underscore number (PG16)', `jsonb_path_query('1', '$ + 1_000')`);
list.select('t16g jsonpath hex number (PG16)', `jsonb_path_query('1', '$ + 0x10')`);
list.select('t16g JSON_VALUE (PG17)', `JSON_VALUE('{"a": 1}'::jsonb, '$.a')`);
list.select('t16g JSON_QUERY (PG17)', `JSON_QUERY('{"a": [1]}'::jsonb, '$.a')`);
list.select('t16g JSON_EXISTS (PG17)', `JSON_EXISTS('{"a": 1}'::jsonb, '$.a')`);
list.select('t16g json_serialize (PG16)', `JSON_SERIALIZE('{"a": 1}'::json)`);
list.select('t16g jsonb_path_query numeric output', `jsonb_path_query('{"a": 1.50}', '$.a * 2')::text`);
list.select('t16g jsonb_path_exists on int', `jsonb_path_exists('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 4)')`);
list.select(
  't16g jsonpath type method',
  `jsonb_path_query_array('[1, "a", null, true, {}]', '$[*].type()')::text`,
);
list.select('t16g jsonpath size method', `jsonb_path_query('[1, 2, 3]', '$.size()')::text`);
list.select('t16g jsonpath like_regex', `jsonb_path_exists('["abc"]', '$[*] ? (@ like_regex "^a")')`);
list.select('t16g jsonpath strict missing key errors', `jsonb_path_query('{}', 'strict $.a')`);
list.select(
  't16g jsonpath lax missing key empty',
  `(SELECT count(*) FROM jsonb_path_query('{}', 'lax $.a'))`,
);

export default list.cases;
