// Round 24 probe, area E part 6: sequence functions (9.17) and advisory edge cases on one session.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r24 E seqfn plain: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const S = 'CREATE SEQUENCE s; CREATE SEQUENCE d INCREMENT -1; CREATE SEQUENCE st START 10 INCREMENT 5';
const q = (name: string, sql: string) => add(name, [sql], S);
q('nextval of a descending sequence', "SELECT nextval('d'), nextval('d')");
q('nextval past a smallint maxvalue', "SELECT nextval('b'), nextval('b'), nextval('b')");
add(
  'nextval past maxvalue error',
  ["SELECT nextval('b'), nextval('b'), nextval('b')", "SELECT nextval('b')"],
  S,
);
q('nextval with start and increment', "SELECT nextval('st'), nextval('st')");
q('setval returns its argument', "SELECT setval('s', 42)");
q('setval with is_called false returns its argument', "SELECT setval('s', 42, false)");
q('setval below minvalue', "SELECT setval('s', 0)");
q('setval above maxvalue of smallint sequence', "SELECT setval('b', 4)");
q('setval to maxvalue then nextval', "SELECT setval('b', 3), nextval('b')");
q('setval null value', "SELECT setval('s', NULL)");
q('setval null is_called', "SELECT setval('s', 5, NULL)");
q('nextval null', 'SELECT nextval(NULL)');
q('currval of missing sequence', "SELECT currval('nope')");
q('nextval of a table is refused', "CREATE TABLE t (a int); SELECT nextval('t')");
add('nextval of a table errors', ['CREATE TABLE t (a int)', "SELECT nextval('t')"], S);
q('nextval with a regclass oid', "SELECT nextval('s'::regclass)");
q('nextval quoted mixed case name', 'CREATE SEQUENCE "Mixed"; SELECT nextval(\'"Mixed"\')');
add('nextval mixed case folds without quotes', ['CREATE SEQUENCE "Mixed"', "SELECT nextval('Mixed')"], S);
add('nextval schema qualified', ['CREATE SCHEMA x', 'CREATE SEQUENCE x.q', "SELECT nextval('x.q')"], S);
q('nextval result type', "SELECT pg_typeof(nextval('s')) AS t");
q('currval result type after nextval', "SELECT nextval('s'), pg_typeof(currval('s'))");
q('lastval result type', "SELECT nextval('b'), pg_typeof(lastval())");
q('setval result type', "SELECT pg_typeof(setval('s', 3)) AS t");
q('nextval in a multi-row select', "SELECT nextval('s') FROM generate_series(1,3) ORDER BY 1");
q(
  'nextval in values insert',
  "CREATE TABLE t (a bigint); INSERT INTO t SELECT nextval('s') FROM generate_series(1,2); SELECT a FROM t ORDER BY a",
);
add(
  'nextval in a values insert, then read',
  [
    'CREATE TABLE t (a bigint)',
    "INSERT INTO t VALUES (nextval('s')), (nextval('s')) RETURNING a",
    "SELECT currval('s')",
  ],
  S,
);
q('sequence relation columns', 'SELECT last_value, log_cnt, is_called FROM s');
add('sequence relation after nextval', ["SELECT nextval('st')", 'SELECT last_value, is_called FROM st'], S);
add(
  'sequence relation after setval false',
  ["SELECT setval('st', 30, false)", 'SELECT last_value, is_called FROM st'],
  S,
);
q(
  'pg_sequences view',
  "SELECT sequencename, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
);
add(
  'pg_sequences last_value after nextval',
  ["SELECT nextval('s')", "SELECT last_value FROM pg_sequences WHERE sequencename = 's'"],
  S,
);
q(
  'information_schema sequences',
  'SELECT sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences ORDER BY sequence_name',
);
add(
  'alter sequence restart without value',
  ["SELECT nextval('st'), nextval('st')", 'ALTER SEQUENCE st RESTART', "SELECT nextval('st')"],
  S,
);
add(
  'alter sequence maxvalue below last value',
  ["SELECT setval('s', 50)", 'ALTER SEQUENCE s MAXVALUE 10'],
  S,
);
add(
  'alter sequence as smallint with large value',
  ["SELECT setval('s', 40000)", 'ALTER SEQUENCE s AS smallint'],
  S,
);
add(
  'alter sequence owned by',
  ['CREATE TABLE t (a int)', 'ALTER SEQUENCE s OWNED BY t.a', 'DROP TABLE t', "SELECT nextval('s')"],
  S,
);
add('create sequence if not exists notice', ['CREATE SEQUENCE IF NOT EXISTS s', "SELECT nextval('s')"], S);
add('create sequence minvalue greater than maxvalue', ['CREATE SEQUENCE bad MINVALUE 10 MAXVALUE 5'], S);
add('create sequence increment zero', ['CREATE SEQUENCE bad INCREMENT 0'], S);
add('create sequence start below minvalue', ['CREATE SEQUENCE bad START 0 MINVALUE 1'], S);
add('create sequence as text', ['CREATE SEQUENCE bad AS text'], S);
add('drop sequence in use by default', ["CREATE TABLE t (a int DEFAULT nextval('s'))", 'DROP SEQUENCE s'], S);
add(
  'drop sequence cascade removes default',
  [
    "CREATE TABLE t (a int DEFAULT nextval('s'), b int)",
    'DROP SEQUENCE s CASCADE',
    'INSERT INTO t (b) VALUES (1) RETURNING a',
  ],
  S,
);
add(
  'identity: insert explicit value into always column',
  ['CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)', "INSERT INTO i (id, n) VALUES (1, 'x')"],
  S,
);
add(
  'identity: by default explicit then default collides',
  [
    'CREATE TABLE i (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n text)',
    "INSERT INTO i (id, n) VALUES (1, 'x')",
    "INSERT INTO i (n) VALUES ('y')",
  ],
  S,
);
add(
  'identity: update always column',
  [
    'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)',
    "INSERT INTO i (n) VALUES ('x')",
    'UPDATE i SET id = 5',
  ],
  S,
);
add(
  'identity: update always column to default',
  [
    'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)',
    "INSERT INTO i (n) VALUES ('x')",
    'UPDATE i SET id = DEFAULT RETURNING id',
  ],
  S,
);
add(
  'identity: options start and increment',
  [
    'CREATE TABLE i (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), n text)',
    "INSERT INTO i (n) VALUES ('a'), ('b') RETURNING id",
  ],
  S,
);
add(
  'identity: alter restart',
  [
    'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)',
    "INSERT INTO i (n) VALUES ('a')",
    'ALTER TABLE i ALTER COLUMN id RESTART WITH 50',
    "INSERT INTO i (n) VALUES ('b') RETURNING id",
  ],
  S,
);
add(
  'identity: drop identity then insert',
  [
    'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)',
    'ALTER TABLE i ALTER COLUMN id DROP IDENTITY',
    "INSERT INTO i (n) VALUES ('b') RETURNING id",
  ],
  S,
);
add(
  'identity: overriding user value',
  [
    'CREATE TABLE i (id int GENERATED BY DEFAULT AS IDENTITY, n text)',
    "INSERT INTO i (id, n) OVERRIDING USER VALUE VALUES (99, 'a') RETURNING id",
  ],
  S,
);
add(
  'identity: smallint overflow',
  [
    'CREATE TABLE i (id smallint GENERATED ALWAYS AS IDENTITY (MAXVALUE 1), n text)',
    "INSERT INTO i (n) VALUES ('a')",
    "INSERT INTO i (n) VALUES ('b')",
  ],
  S,
);
add(
  'identity: pg_get_serial_sequence',
  [
    'CREATE TABLE i (id int GENERATED ALWAYS AS IDENTITY, n text)',
    "SELECT pg_get_serial_sequence('i', 'id') AS s",
  ],
  S,
);
add(
  'serial: nextval with parameters',
  [
    withParams('SELECT nextval($1)', 's'),
    withParams('SELECT setval($1, $2)', 's', 10),
    withParams('SELECT currval($1)', 's'),
  ],
  S,
);
add(
  'serial: setval with bigint text parameter',
  [
    withParams('SELECT setval($1::regclass, $2::bigint, $3::boolean)', 's', '7', 'false'),
    "SELECT nextval('s')",
  ],
  S,
);
add(
  'advisory: pg_locks columns for a one-key lock',
  [
    'SELECT pg_advisory_lock(5)',
    "SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory'",
  ],
  S,
);
add(
  'advisory: pg_locks for a negative bigint key',
  [
    'SELECT pg_advisory_lock(-1)',
    "SELECT classid, objid, objsubid FROM pg_locks WHERE locktype = 'advisory'",
  ],
  S,
);
add(
  'advisory: pg_locks for a large bigint key',
  [
    'SELECT pg_advisory_lock(4294967297)',
    "SELECT classid, objid, objsubid FROM pg_locks WHERE locktype = 'advisory'",
  ],
  S,
);
add(
  'advisory: pg_locks for a two-key shared lock',
  [
    'SELECT pg_advisory_lock_shared(-3, 4)',
    "SELECT classid, objid, objsubid, mode FROM pg_locks WHERE locktype = 'advisory'",
  ],
  S,
);
add(
  'advisory: xact lock outside a block in pg_locks afterwards',
  ['SELECT pg_advisory_xact_lock(1)', "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"],
  S,
);
add(
  'advisory: shared and exclusive by the same session',
  [
    'SELECT pg_advisory_lock_shared(9)',
    'SELECT pg_try_advisory_lock(9) AS got',
    "SELECT mode FROM pg_locks WHERE locktype = 'advisory' ORDER BY mode",
  ],
  S,
);
add(
  'advisory: unlock_all then unlock warns',
  ['SELECT pg_advisory_lock(9)', 'SELECT pg_advisory_unlock_all()', 'SELECT pg_advisory_unlock(9) AS v'],
  S,
);
add(
  'advisory: lock in a function in a select list per row',
  [
    'SELECT pg_try_advisory_lock(g) FROM generate_series(1,3) g ORDER BY 1',
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'",
  ],
  S,
);
export default list.cases;
