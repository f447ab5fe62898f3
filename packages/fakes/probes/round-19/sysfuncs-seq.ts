// Round 19 probe, sysfuncs: PostgreSQL 15 docs 9.17 (sequence manipulation functions), CREATE /
// ALTER SEQUENCE options and identity columns (GENERATED ALWAYS / BY DEFAULT, OVERRIDING).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: seq: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const S = 'CREATE SEQUENCE s;';

// ---------------------------------------------------------------- nextval / currval / lastval
add('nextval first', ['SELECT nextval($$s$$) AS v'], S);
add('nextval twice', ['SELECT nextval($$s$$) AS a', 'SELECT nextval($$s$$) AS b'], S);
add('nextval regclass cast', [`SELECT nextval('s'::regclass) AS v`], S);
add('nextval type', [`SELECT pg_typeof(nextval('s')) AS v`], S);
add('nextval missing sequence error', [`SELECT nextval('nosuch') AS v`]);
add('nextval on table error', [`SELECT nextval('t') AS v`], 'CREATE TABLE t (a int);');
add('nextval null', [`SELECT nextval(NULL) AS v`]);
add('nextval mixed case quoted', [`SELECT nextval('"MySeq"') AS v`], 'CREATE SEQUENCE "MySeq";');
add('nextval mixed case unquoted folds', [`SELECT nextval('MySeq') AS v`], 'CREATE SEQUENCE myseq;');
add('nextval mixed case unquoted missing', [`SELECT nextval('MySeq') AS v`], 'CREATE SEQUENCE "MySeq";');
add(
  'nextval schema qualified',
  [`SELECT nextval('sch.s') AS v`],
  'CREATE SCHEMA sch; CREATE SEQUENCE sch.s START 5;',
);
add('nextval in multiple rows', [`SELECT nextval('s') AS v FROM generate_series(1, 3) ORDER BY 1`], S);
add('currval before nextval error', [`SELECT currval('s') AS v`], S);
add('currval after nextval', [`SELECT nextval('s') AS a`, `SELECT currval('s') AS b`], S);
add('currval missing sequence error', [`SELECT currval('nosuch') AS v`]);
add('lastval before any nextval error', ['SELECT lastval() AS v']);
add(
  'lastval after nextval',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, 'SELECT lastval() AS v'],
  S,
);
add('lastval type', [`SELECT nextval('s') AS a`, 'SELECT pg_typeof(lastval()) AS v'], S);
add(
  'lastval two sequences',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s2') AS b`, 'SELECT lastval() AS v'],
  'CREATE SEQUENCE s; CREATE SEQUENCE s2 START 100;',
);
add('lastval after setval', [`SELECT setval('s', 42) AS a`, 'SELECT lastval() AS v'], S);
add('lastval after drop error', [`SELECT nextval('s') AS a`, 'DROP SEQUENCE s', 'SELECT lastval() AS v'], S);
add('currval after setval', [`SELECT setval('s', 42) AS a`, `SELECT currval('s') AS v`], S);
add(
  'currval other session',
  [`SELECT nextval('s') AS a`, { sql: `SELECT currval('s') AS v`, client: 'second' }],
  S,
);
add(
  'nextval other session continues',
  [`SELECT nextval('s') AS a`, { sql: `SELECT nextval('s') AS v`, client: 'second' }],
  S,
);
add(
  'nextval not rolled back',
  ['BEGIN', `SELECT nextval('s') AS a`, 'ROLLBACK', `SELECT nextval('s') AS v`],
  S,
);
add(
  'currval after rollback',
  ['BEGIN', `SELECT nextval('s') AS a`, 'ROLLBACK', `SELECT currval('s') AS v`],
  S,
);
add('nextval params', [withParams('SELECT nextval($1) AS v', 's')], S);
add('nextval params regclass', [withParams('SELECT nextval($1::regclass) AS v', 's')], S);

// ---------------------------------------------------------------- setval
add('setval two args', [`SELECT setval('s', 42) AS a`, `SELECT nextval('s') AS b`], S);
add('setval three args true', [`SELECT setval('s', 42, true) AS a`, `SELECT nextval('s') AS b`], S);
add('setval three args false', [`SELECT setval('s', 42, false) AS a`, `SELECT nextval('s') AS b`], S);
add('setval false currval error', [`SELECT setval('s', 42, false) AS a`, `SELECT currval('s') AS b`], S);
add('setval returns type', [`SELECT pg_typeof(setval('s', 5)) AS v`], S);
add('setval below min error', [`SELECT setval('s', 0) AS v`], S);
add('setval above max error', [`SELECT setval('s', 11) AS v`], 'CREATE SEQUENCE s MAXVALUE 10;');
add(
  'setval at max then nextval error',
  [`SELECT setval('s', 10) AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s MAXVALUE 10;',
);
add(
  'setval at max then nextval cycle',
  [`SELECT setval('s', 10) AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s MAXVALUE 10 CYCLE;',
);
add('setval null value', [`SELECT setval('s', NULL) AS v`], S);
add('setval null is_called', [`SELECT setval('s', 3, NULL) AS v`], S);
add('setval missing error', [`SELECT setval('nosuch', 1) AS v`]);
add('setval numeric arg', [`SELECT setval('s', 7.0) AS v`], S);
add('setval bigint', [`SELECT setval('s', 9223372036854775807) AS a`], S);
add(
  'setval transaction rolled back stays',
  ['BEGIN', `SELECT setval('s', 50) AS a`, 'ROLLBACK', `SELECT nextval('s') AS v`],
  S,
);
add(
  'setval params',
  [withParams('SELECT setval($1, $2, $3) AS v', 's', 9, false), `SELECT nextval('s') AS n`],
  S,
);

// ---------------------------------------------------------------- sequence options
add(
  'increment by',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s INCREMENT BY 5;',
);
add('start with', [`SELECT nextval('s') AS a`], 'CREATE SEQUENCE s START WITH 100;');
add(
  'start and increment',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s START 10 INCREMENT 10;',
);
add(
  'descending',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s INCREMENT BY -1;',
);
add(
  'descending start',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s INCREMENT -2 START 10 MINVALUE 0;',
);
add(
  'descending exhausted error',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, `SELECT nextval('s') AS c`],
  'CREATE SEQUENCE s INCREMENT -1 START 2 MINVALUE 1;',
);
add(
  'maxvalue exhausted error',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, `SELECT nextval('s') AS c`],
  'CREATE SEQUENCE s MAXVALUE 2;',
);
add(
  'cycle wraps to minvalue',
  [`SELECT nextval('s') AS v FROM generate_series(1, 5)`],
  'CREATE SEQUENCE s MINVALUE 1 MAXVALUE 3 CYCLE;',
);
add(
  'cycle start not min',
  [`SELECT nextval('s') AS v FROM generate_series(1, 5)`],
  'CREATE SEQUENCE s MINVALUE 1 MAXVALUE 3 START 2 CYCLE;',
);
add(
  'cycle descending wraps to max',
  [`SELECT nextval('s') AS v FROM generate_series(1, 5)`],
  'CREATE SEQUENCE s INCREMENT -1 MINVALUE 1 MAXVALUE 3 START 2 CYCLE;',
);
add(
  'cycle increment jump',
  [`SELECT nextval('s') AS v FROM generate_series(1, 4)`],
  'CREATE SEQUENCE s INCREMENT 4 MINVALUE 1 MAXVALUE 10 CYCLE;',
);
add(
  'no cycle explicit error',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s MAXVALUE 1 NO CYCLE;',
);
add(
  'as smallint exhausted',
  [`SELECT setval('s', 32767) AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s AS smallint;',
);
add(
  'as integer max',
  [`SELECT setval('s', 2147483647) AS a`, `SELECT nextval('s') AS b`],
  'CREATE SEQUENCE s AS integer;',
);
add('bigint max exhausted', [`SELECT setval('s', 9223372036854775807) AS a`, `SELECT nextval('s') AS b`], S);
add('as smallint maxvalue too big error', ['CREATE SEQUENCE s AS smallint MAXVALUE 100000']);
add('as text error', ['CREATE SEQUENCE s AS text']);
add('start below min error', ['CREATE SEQUENCE s START 0 MINVALUE 1']);
add('start above max error', ['CREATE SEQUENCE s START 11 MAXVALUE 10']);
add('min greater than max error', ['CREATE SEQUENCE s MINVALUE 10 MAXVALUE 5']);
add('increment zero error', ['CREATE SEQUENCE s INCREMENT 0']);
add('cache zero error', ['CREATE SEQUENCE s CACHE 0']);
add('cache', [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`], 'CREATE SEQUENCE s CACHE 10;');
add('duplicate option error', ['CREATE SEQUENCE s INCREMENT 1 INCREMENT 2']);
add('create exists error', ['CREATE SEQUENCE s'], S);
add('create if not exists notice', ['CREATE SEQUENCE IF NOT EXISTS s', `SELECT nextval('s') AS v`], S);
add('create temporary', ['CREATE TEMP SEQUENCE ts', `SELECT nextval('ts') AS v`]);
add(
  'owned by',
  [
    `INSERT INTO t VALUES (nextval('s'))`,
    'DROP TABLE t',
    `SELECT count(*) AS n FROM pg_class WHERE relname = 's'`,
  ],
  'CREATE TABLE t (a int); CREATE SEQUENCE s OWNED BY t.a;',
);
add('owned by bad column error', ['CREATE SEQUENCE s OWNED BY t.nosuch'], 'CREATE TABLE t (a int);');
add(
  'alter restart',
  [
    `SELECT nextval('s') AS a`,
    `SELECT nextval('s') AS b`,
    'ALTER SEQUENCE s RESTART',
    `SELECT nextval('s') AS c`,
  ],
  S,
);
add(
  'alter restart with',
  [`SELECT nextval('s') AS a`, 'ALTER SEQUENCE s RESTART WITH 50', `SELECT nextval('s') AS c`],
  S,
);
add(
  'alter increment',
  [`SELECT nextval('s') AS a`, 'ALTER SEQUENCE s INCREMENT 10', `SELECT nextval('s') AS c`],
  S,
);
add(
  'alter maxvalue below current',
  [`SELECT setval('s', 20) AS a`, 'ALTER SEQUENCE s MAXVALUE 10', `SELECT nextval('s') AS c`],
  S,
);
add(
  'alter cycle',
  [
    `SELECT nextval('s') AS a`,
    `SELECT nextval('s') AS b`,
    'ALTER SEQUENCE s CYCLE',
    `SELECT nextval('s') AS c`,
  ],
  'CREATE SEQUENCE s MAXVALUE 2;',
);
add('alter restart below min error', ['ALTER SEQUENCE s RESTART WITH 0'], S);
add('alter missing error', ['ALTER SEQUENCE nosuch RESTART']);
add('alter if exists missing notice', ['ALTER SEQUENCE IF EXISTS nosuch RESTART']);
add(
  'alter as smallint',
  [
    'ALTER SEQUENCE s AS smallint',
    `SELECT seqtypid::regtype AS t, seqmax AS m FROM pg_sequence WHERE seqrelid = 's'::regclass`,
  ],
  S,
);
add(
  'drop sequence used by default error',
  ['DROP SEQUENCE s'],
  `CREATE SEQUENCE s; CREATE TABLE t (a int DEFAULT nextval('s'));`,
);
add(
  'drop sequence cascade',
  [
    'DROP SEQUENCE s CASCADE',
    `SELECT column_default AS d FROM information_schema.columns WHERE table_name = 't'`,
  ],
  `CREATE SEQUENCE s; CREATE TABLE t (a int DEFAULT nextval('s'));`,
);
add('drop if exists missing', ['DROP SEQUENCE IF EXISTS nosuch']);
add(
  'pg_sequences view',
  [
    'SELECT sequencename, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences WHERE sequencename = $$s$$',
  ],
  'CREATE SEQUENCE s START 3 INCREMENT 2 MAXVALUE 99 CYCLE;',
);
add(
  'pg_sequences last_value after nextval',
  [`SELECT nextval('s') AS a`, 'SELECT last_value FROM pg_sequences WHERE sequencename = $$s$$'],
  S,
);
add('select from sequence', ['SELECT last_value, log_cnt, is_called FROM s'], S);
add(
  'select from sequence after nextval',
  [`SELECT nextval('s') AS a`, 'SELECT last_value, is_called FROM s'],
  S,
);
add(
  'pg_sequence_last_value',
  [
    `SELECT pg_sequence_last_value('s') AS a`,
    `SELECT nextval('s') AS b`,
    `SELECT pg_sequence_last_value('s') AS c`,
  ],
  S,
);
add(
  'information_schema sequences',
  [
    'SELECT sequence_name, data_type, numeric_precision, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_name = $$s$$',
  ],
  'CREATE SEQUENCE s AS integer INCREMENT 3;',
);
add('insert into sequence error', ['INSERT INTO s VALUES (1, 1, true)'], S);
add(
  'nextval in default',
  ['INSERT INTO t (b) VALUES ($$x$$), ($$y$$)', 'SELECT a, b FROM t ORDER BY a'],
  `CREATE SEQUENCE s START 10; CREATE TABLE t (a int DEFAULT nextval('s'), b text);`,
);

// ---------------------------------------------------------------- serial
add(
  'serial insert',
  ['INSERT INTO t (b) VALUES ($$x$$), ($$y$$) RETURNING a'],
  'CREATE TABLE t (a serial, b text);',
);
add(
  'serial sequence name',
  [`SELECT pg_get_serial_sequence('t', 'a') AS v`],
  'CREATE TABLE t (a serial, b text);',
);
add(
  'serial currval via pg_get_serial_sequence',
  ['INSERT INTO t (b) VALUES ($$x$$)', `SELECT currval(pg_get_serial_sequence('t', 'a')) AS v`],
  'CREATE TABLE t (a serial, b text);',
);
add(
  'pg_get_serial_sequence no sequence',
  [`SELECT pg_get_serial_sequence('t', 'b') AS v`],
  'CREATE TABLE t (a serial, b text);',
);
add(
  'pg_get_serial_sequence bad column error',
  [`SELECT pg_get_serial_sequence('t', 'zz') AS v`],
  'CREATE TABLE t (a serial, b text);',
);
add('pg_get_serial_sequence bad table error', [`SELECT pg_get_serial_sequence('nosuch', 'a') AS v`]);
add(
  'serial explicit then default collides',
  ['INSERT INTO t VALUES (1, $$x$$)', 'INSERT INTO t (b) VALUES ($$y$$)'],
  'CREATE TABLE t (a serial PRIMARY KEY, b text);',
);
add(
  'bigserial type',
  [
    `SELECT format_type(atttypid, atttypmod) AS v FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'`,
  ],
  'CREATE TABLE t (a bigserial);',
);
add(
  'smallserial exhausted',
  [`SELECT setval(pg_get_serial_sequence('t', 'a'), 32767) AS s`, 'INSERT INTO t DEFAULT VALUES'],
  'CREATE TABLE t (a smallserial);',
);
add(
  'serial default expression',
  [`SELECT column_default AS v FROM information_schema.columns WHERE table_name = 't' AND column_name = 'a'`],
  'CREATE TABLE t (a serial);',
);

// ---------------------------------------------------------------- identity
const ALWAYS = 'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text);';
const BYDEF = 'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text);';
add('identity always insert default', [`INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id, v`], ALWAYS);
add('identity always explicit error', [`INSERT INTO t (id, v) VALUES (10, 'a')`], ALWAYS);
add(
  'identity always overriding system',
  [`INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING id`],
  ALWAYS,
);
add(
  'identity always overriding user',
  [`INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (10, 'a') RETURNING id`],
  ALWAYS,
);
add('identity always DEFAULT keyword', [`INSERT INTO t (id, v) VALUES (DEFAULT, 'a') RETURNING id`], ALWAYS);
add('identity always update error', [`INSERT INTO t (v) VALUES ('a')`, `UPDATE t SET id = 5`], ALWAYS);
add(
  'identity always update to default',
  [`INSERT INTO t (v) VALUES ('a')`, `UPDATE t SET id = DEFAULT RETURNING id`],
  ALWAYS,
);
add('identity by default explicit', [`INSERT INTO t (id, v) VALUES (10, 'a') RETURNING id`], BYDEF);
add(
  'identity by default then default',
  [`INSERT INTO t (id, v) VALUES (10, 'a')`, `INSERT INTO t (v) VALUES ('b') RETURNING id`],
  BYDEF,
);
add(
  'identity by default overriding user',
  [`INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (10, 'a') RETURNING id`],
  BYDEF,
);
add(
  'identity by default update',
  [`INSERT INTO t (v) VALUES ('a')`, `UPDATE t SET id = 5 RETURNING id`],
  BYDEF,
);
add('identity null explicit error', [`INSERT INTO t (id, v) VALUES (NULL, 'a')`], BYDEF);
add(
  'identity options',
  [`INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id`],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text);',
);
add(
  'identity bigint',
  [`INSERT INTO t (v) VALUES ('a') RETURNING id, pg_typeof(id) AS ty`],
  'CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY, v text);',
);
add(
  'identity smallint exhausted',
  [`INSERT INTO t (v) VALUES ('a')`, `INSERT INTO t (v) VALUES ('b')`],
  'CREATE TABLE t (id smallint GENERATED ALWAYS AS IDENTITY (MAXVALUE 1), v text);',
);
add('identity on text error', ['CREATE TABLE t (id text GENERATED ALWAYS AS IDENTITY)']);
add('identity with default error', ['CREATE TABLE t (id int DEFAULT 1 GENERATED ALWAYS AS IDENTITY)']);
add('identity twice error', [
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY GENERATED BY DEFAULT AS IDENTITY)',
]);
add(
  'identity is not null',
  [
    `SELECT attnotnull AS v, attidentity AS i FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'id'`,
  ],
  ALWAYS,
);
add(
  'identity information_schema',
  [
    `SELECT is_identity, identity_generation, identity_start, identity_increment, identity_maximum, identity_cycle FROM information_schema.columns WHERE table_name = 't' AND column_name = 'id'`,
  ],
  ALWAYS,
);
add('identity pg_get_serial_sequence', [`SELECT pg_get_serial_sequence('t', 'id') AS v`], ALWAYS);
add(
  'identity currval',
  [`INSERT INTO t (v) VALUES ('a')`, `SELECT currval(pg_get_serial_sequence('t', 'id')) AS v`],
  ALWAYS,
);
add('identity lastval', [`INSERT INTO t (v) VALUES ('a'), ('b')`, 'SELECT lastval() AS v'], ALWAYS);
add(
  'identity alter set generated',
  [
    'ALTER TABLE t ALTER COLUMN id SET GENERATED BY DEFAULT',
    `INSERT INTO t (id, v) VALUES (7, 'x') RETURNING id`,
  ],
  ALWAYS,
);
add(
  'identity alter restart',
  [
    `INSERT INTO t (v) VALUES ('a')`,
    'ALTER TABLE t ALTER COLUMN id RESTART WITH 50',
    `INSERT INTO t (v) VALUES ('b') RETURNING id`,
  ],
  ALWAYS,
);
add(
  'identity alter set increment',
  ['ALTER TABLE t ALTER COLUMN id SET INCREMENT BY 5', `INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id`],
  ALWAYS,
);
add(
  'identity drop',
  ['ALTER TABLE t ALTER COLUMN id DROP IDENTITY', `INSERT INTO t (id, v) VALUES (3, 'a') RETURNING id`],
  ALWAYS,
);
add('identity drop not identity error', ['ALTER TABLE t ALTER COLUMN v DROP IDENTITY'], ALWAYS);
add('identity drop if exists notice', ['ALTER TABLE t ALTER COLUMN v DROP IDENTITY IF EXISTS'], ALWAYS);
add(
  'identity add',
  [
    'ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
    `INSERT INTO t (v) VALUES ('a') RETURNING id`,
  ],
  'CREATE TABLE t (id int NOT NULL, v text);',
);
add(
  'identity add nullable',
  ['ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY'],
  'CREATE TABLE t (id int, v text);',
);
add('identity add twice error', ['ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY'], ALWAYS);
add(
  'identity insert select overriding',
  [`INSERT INTO t OVERRIDING SYSTEM VALUE SELECT 5, 'x' RETURNING id`],
  ALWAYS,
);
add('identity insert select error', [`INSERT INTO t SELECT 5, 'x'`], ALWAYS);
add(
  'identity copy like',
  ['CREATE TABLE t2 (LIKE t INCLUDING IDENTITY)', `INSERT INTO t2 (v) VALUES ('a') RETURNING id`],
  ALWAYS,
);
add(
  'identity truncate restart',
  [
    `INSERT INTO t (v) VALUES ('a'), ('b')`,
    'TRUNCATE t RESTART IDENTITY',
    `INSERT INTO t (v) VALUES ('c') RETURNING id`,
  ],
  ALWAYS,
);
add(
  'identity truncate continue',
  [`INSERT INTO t (v) VALUES ('a'), ('b')`, 'TRUNCATE t', `INSERT INTO t (v) VALUES ('c') RETURNING id`],
  ALWAYS,
);
add(
  'identity upsert',
  [
    `INSERT INTO t (v) VALUES ('a') ON CONFLICT (v) DO NOTHING`,
    `INSERT INTO t (v) VALUES ('a') ON CONFLICT (v) DO NOTHING`,
    `INSERT INTO t (v) VALUES ('b') RETURNING id`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text UNIQUE);',
);
add('identity params', [withParams('INSERT INTO t (v) VALUES ($1) RETURNING id', 'p')], ALWAYS);
add(
  'identity overriding params',
  [withParams('INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES ($1, $2) RETURNING id', 42, 'p')],
  ALWAYS,
);
add('identity sequence name', [`SELECT relname FROM pg_class WHERE relkind = 'S' ORDER BY relname`], ALWAYS);
add('identity sequence drop error', ['DROP SEQUENCE t_id_seq'], ALWAYS);
add(
  'identity multi row default mix',
  [`INSERT INTO t (id, v) VALUES (DEFAULT, 'a'), (DEFAULT, 'b') RETURNING id`],
  ALWAYS,
);
add(
  'identity by default mix explicit default',
  [`INSERT INTO t (id, v) VALUES (DEFAULT, 'a'), (99, 'b'), (DEFAULT, 'c') RETURNING id`],
  BYDEF,
);
add(
  'identity overriding without identity column',
  [`INSERT INTO t2 OVERRIDING SYSTEM VALUE VALUES (1) RETURNING a`],
  'CREATE TABLE t2 (a int);',
);

export default list.cases;
