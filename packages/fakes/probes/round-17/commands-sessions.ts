// Round 17 probe, commands part 7: what one session's SET, temporary objects, prepared statements,
// cursors, LISTENs, sequences and roles leave for a second session of the same database (chapter
// 13's sessions, and the command reference's session-scoped state). No step waits on the other.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: sessions: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a')";
const s = (name: string, steps: ProbeStep[], setup = T) => list.add(name, steps, setup);

// settings one session makes, read by the other
const shown: Array<[string, string, string]> = [
  ['statement_timeout', "SET statement_timeout = '5s'", 'SHOW statement_timeout'],
  ['lock_timeout', "SET lock_timeout = '1s'", 'SHOW lock_timeout'],
  ['application_name', "SET application_name = 'first'", 'SHOW application_name'],
  ['search_path', 'SET search_path = pg_catalog, public', 'SHOW search_path'],
  ['TimeZone', "SET TIME ZONE 'America/New_York'", 'SHOW TimeZone'],
  ['DateStyle', "SET DateStyle = 'German'", "SELECT date '2024-01-02' AS d"],
  ['IntervalStyle', "SET IntervalStyle = 'postgres_verbose'", "SELECT interval '1 day 2 hours' AS i"],
  ['extra_float_digits', 'SET extra_float_digits = 0', 'SELECT 0.1::float8 + 0.2::float8 AS f'],
  ['bytea_output', "SET bytea_output = 'escape'", "SELECT 'ab'::bytea AS b"],
  ['timestamptz display', "SET TIME ZONE 'Asia/Tokyo'", "SELECT timestamptz '2024-01-02 00:00:00+00' AS t"],
  ['transform_null_equals', 'SET transform_null_equals = on', 'SELECT (NULL = NULL) IS NULL AS n'],
  ['standard_conforming_strings', 'SET standard_conforming_strings = off', "SELECT length('a\\b') AS l"],
  [
    'default_transaction_isolation',
    "SET default_transaction_isolation = 'serializable'",
    'SHOW default_transaction_isolation',
  ],
  [
    'default_transaction_read_only',
    'SET default_transaction_read_only = on',
    "INSERT INTO t VALUES (2, 'b')",
  ],
  [
    'session characteristics',
    'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
    "INSERT INTO t VALUES (2, 'b')",
  ],
  ['client_min_messages', 'SET client_min_messages = error', 'SHOW client_min_messages'],
  ['work_mem', "SET work_mem = '8MB'", 'SHOW work_mem'],
  ['enable_seqscan', 'SET enable_seqscan = off', 'SHOW enable_seqscan'],
  ['row_security', 'SET row_security = off', 'SHOW row_security'],
  ['check_function_bodies', 'SET check_function_bodies = off', 'SHOW check_function_bodies'],
  [
    'idle timeout',
    "SET idle_in_transaction_session_timeout = '10s'",
    'SHOW idle_in_transaction_session_timeout',
  ],
  ['synchronous_commit', 'SET synchronous_commit = off', 'SHOW synchronous_commit'],
  ['jit', 'SET jit = off', 'SHOW jit'],
  ['random_page_cost', 'SET random_page_cost = 1.1', 'SHOW random_page_cost'],
  ['gin_fuzzy_search_limit', 'SET gin_fuzzy_search_limit = 10', 'SHOW gin_fuzzy_search_limit'],
  ['xmloption', 'SET xmloption = document', 'SHOW xmloption'],
  ['lc_monetary', "SET lc_monetary = 'C'", 'SHOW lc_monetary'],
  ['session_replication_role', 'SET session_replication_role = replica', 'SHOW session_replication_role'],
];
for (const [name, set, read] of shown) {
  s(`setting ${name}: second keeps its own`, [set, two(read), read, two('RESET ALL'), read]);
  s(`setting ${name}: second sets then first reads`, [two(set), read, two(read)]);
}
s('session_replication_role replica on first: second still checks foreign keys', [
  'CREATE TABLE c (id int, t_id int REFERENCES t(id))',
  'SET session_replication_role = replica',
  'INSERT INTO c VALUES (1, 99)',
  two('INSERT INTO c VALUES (2, 98)'),
  'SELECT count(*) AS n FROM c',
]);
s('set local on first inside committed tx leaves second alone', [
  'BEGIN',
  "SET LOCAL statement_timeout = '3s'",
  'SHOW statement_timeout',
  'COMMIT',
  two('SHOW statement_timeout'),
  'SHOW statement_timeout',
]);
s('set on first in rolled back tx', [
  'BEGIN',
  "SET statement_timeout = '3s'",
  'ROLLBACK',
  two("SET statement_timeout = '4s'"),
  'SHOW statement_timeout',
  two('SHOW statement_timeout'),
]);
s('set_config on first read by first after second sets another', [
  "SELECT set_config('statement_timeout', '7s', false) AS v",
  two("SELECT set_config('statement_timeout', '8s', false) AS v"),
  'SHOW statement_timeout',
  two('SHOW statement_timeout'),
]);
s('custom setting on both sessions', [
  "SET app.tenant = 'a'",
  two("SET app.tenant = 'b'"),
  "SELECT current_setting('app.tenant') AS t",
  two("SELECT current_setting('app.tenant') AS t"),
]);
s('custom setting on first only, second missing_ok', [
  "SET app.tenant = 'a'",
  two("SELECT current_setting('app.tenant', true) AS t"),
]);
s('custom setting on first only, second strict', [
  "SET app.tenant = 'a'",
  two("SELECT current_setting('app.tenant') AS t"),
]);
s('custom setting reset on first, second set', [
  "SET app.tenant = 'a'",
  'RESET app.tenant',
  two("SET app.tenant = 'b'"),
  "SELECT current_setting('app.tenant', true) AS t",
]);
s('search_path decides table on each session', [
  'CREATE SCHEMA app',
  'CREATE TABLE app.t (id int, v text)',
  "INSERT INTO app.t VALUES (9, 'app')",
  'SET search_path = app',
  'SELECT v FROM t',
  two('SELECT v FROM t'),
  'SELECT v FROM t',
]);
s('search_path on second decides create target', [
  'CREATE SCHEMA app',
  two('SET search_path = app, public'),
  two('CREATE TABLE u (a int)'),
  "SELECT table_schema FROM information_schema.tables WHERE table_name = 'u'",
  'SELECT count(*) AS n FROM u',
]);
s('timezone on first changes now display only there', [
  "SET TIME ZONE 'UTC'",
  two("SET TIME ZONE 'Europe/Paris'"),
  'SELECT extract(timezone FROM now()) AS z',
  two('SELECT extract(timezone FROM now()) AS z'),
]);

// temporary tables
s('temp table invisible to second', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO tt VALUES (1)',
  two('SELECT * FROM tt'),
]);
s('temp tables of same name per session', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO tt VALUES (1)',
  two('CREATE TEMP TABLE tt (a int)'),
  two('INSERT INTO tt VALUES (2), (3)'),
  'SELECT count(*) AS n FROM tt',
  two('SELECT count(*) AS n FROM tt'),
]);
s('temp table shadows second permanent table', [
  'CREATE TEMP TABLE t (id int, v text)',
  "INSERT INTO t VALUES (5, 'temp')",
  'SELECT v FROM t ORDER BY id',
  two('SELECT v FROM t ORDER BY id'),
]);
s('second drops permanent while first has temp of same name', [
  'CREATE TEMP TABLE t (id int)',
  two('DROP TABLE t'),
  'SELECT count(*) AS n FROM t',
  two('SELECT count(*) AS n FROM t'),
]);
s('temp table on commit delete rows', [
  'BEGIN',
  'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
  'INSERT INTO tt VALUES (1)',
  'SELECT count(*) AS n FROM tt',
  'COMMIT',
  'SELECT count(*) AS n FROM tt',
]);
s('temp table on commit drop', [
  'BEGIN',
  'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
  'INSERT INTO tt VALUES (1)',
  'COMMIT',
  'SELECT count(*) AS n FROM tt',
]);
s('temp table on commit drop outside tx', [
  'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
  'SELECT count(*) AS n FROM tt',
]);
s('temp table pg_temp qualified', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO pg_temp.tt VALUES (1)',
  'SELECT count(*) AS n FROM pg_temp.tt',
  two('SELECT count(*) AS n FROM pg_temp.tt'),
]);
s('temp table create in pg_temp schema', [
  'CREATE TABLE pg_temp.tt (a int)',
  'SELECT count(*) AS n FROM tt',
  two('SELECT count(*) AS n FROM tt'),
]);
s('temp view invisible to second', ['CREATE TEMP VIEW tv AS SELECT 1 AS x', two('SELECT x FROM tv')]);
s('temp sequence per session', [
  'CREATE TEMP SEQUENCE ts',
  "SELECT nextval('ts') AS v",
  two("SELECT nextval('ts') AS v"),
]);
s('permanent fk to temp table refused', [
  'CREATE TEMP TABLE tt (id int PRIMARY KEY)',
  'CREATE TABLE p (tt_id int REFERENCES tt(id))',
]);
s('second sees first temp table in catalog? pg_tables count', [
  'CREATE TEMP TABLE tt (a int)',
  two("SELECT count(*) AS n FROM pg_tables WHERE tablename = 'tt'"),
]);
s('temp table survives first discard plans', [
  'CREATE TEMP TABLE tt (a int)',
  'DISCARD PLANS',
  'SELECT count(*) AS n FROM tt',
]);
s('discard temp on second leaves first', [
  'CREATE TEMP TABLE tt (a int)',
  two('CREATE TEMP TABLE tt (b int)'),
  two('DISCARD TEMP'),
  'SELECT count(*) AS n FROM tt',
  two('SELECT count(*) AS n FROM tt'),
]);

// prepared statements and cursors per session
s('prepared statements per session same name', [
  'PREPARE p AS SELECT 1 AS v',
  two('PREPARE p AS SELECT 2 AS v'),
  'EXECUTE p',
  two('EXECUTE p'),
]);
s('deallocate all on second leaves first', [
  'PREPARE p AS SELECT 1 AS v',
  two('PREPARE q AS SELECT 2 AS v'),
  two('DEALLOCATE ALL'),
  'EXECUTE p',
  two('EXECUTE q'),
]);
s('pg_prepared_statements per session', [
  'PREPARE p AS SELECT 1 AS v',
  two('SELECT count(*) AS n FROM pg_prepared_statements'),
  'SELECT name FROM pg_prepared_statements',
]);
s('hold cursors per session same name', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS v',
  two('DECLARE c CURSOR WITH HOLD FOR SELECT 2 AS v'),
  'FETCH c',
  two('FETCH c'),
]);
s('close all on second leaves first hold cursor', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS v',
  two('CLOSE ALL'),
  'FETCH c',
]);
s('pg_cursors per session', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS v',
  two('SELECT count(*) AS n FROM pg_cursors'),
  'SELECT name FROM pg_cursors',
]);
s('discard all on second leaves first prepared', [
  'PREPARE p AS SELECT 1 AS v',
  two('DISCARD ALL'),
  'EXECUTE p',
]);
s('discard all on second leaves first settings', [
  "SET application_name = 'first'",
  two('DISCARD ALL'),
  'SHOW application_name',
]);
s('discard all on second leaves first temp table', [
  'CREATE TEMP TABLE tt (a int)',
  two('DISCARD ALL'),
  'SELECT count(*) AS n FROM tt',
]);

// sequences per session
const Q = `${T}; CREATE SEQUENCE q`;
s('currval on second before its nextval', ["SELECT nextval('q') AS v", two("SELECT currval('q') AS v")], Q);
s('lastval on second before any nextval', ["SELECT nextval('q') AS v", two('SELECT lastval() AS v')], Q);
s(
  'currval per session after both nextval',
  [
    "SELECT nextval('q') AS v",
    two("SELECT nextval('q') AS v"),
    "SELECT currval('q') AS v",
    two("SELECT currval('q') AS v"),
  ],
  Q,
);
s(
  'setval on second then first nextval',
  [
    "SELECT nextval('q') AS v",
    two("SELECT setval('q', 100) AS v"),
    "SELECT currval('q') AS v",
    "SELECT nextval('q') AS v",
  ],
  Q,
);
s(
  'discard sequences on second',
  [
    "SELECT nextval('q') AS v",
    two("SELECT nextval('q') AS v"),
    two('DISCARD SEQUENCES'),
    "SELECT currval('q') AS v",
    two("SELECT currval('q') AS v"),
  ],
  Q,
);
s('serial insert on both then lastval each', [
  'CREATE TABLE sr (id serial, v int)',
  'INSERT INTO sr (v) VALUES (1)',
  two('INSERT INTO sr (v) VALUES (2)'),
  'SELECT lastval() AS v',
  two('SELECT lastval() AS v'),
]);
s(
  'sequence rolled back still consumed across sessions',
  ['BEGIN', "SELECT nextval('q') AS v", 'ROLLBACK', two("SELECT nextval('q') AS v")],
  Q,
);

// roles per session
const R = (role: string) =>
  `${T}; DROP ROLE IF EXISTS ${role}; CREATE ROLE ${role}; GRANT SELECT ON t TO ${role}`;
s(
  'set role on first only',
  ['SET ROLE r17_s1', 'SELECT current_user AS u', two('SELECT current_user = session_user AS same')],
  R('r17_s1'),
);
s(
  'set role on second then first inserts',
  [
    two('SET ROLE r17_s2'),
    two("INSERT INTO t VALUES (2, 'b')"),
    "INSERT INTO t VALUES (3, 'c')",
    'SELECT count(*) AS n FROM t',
  ],
  R('r17_s2'),
);
s('show role per session', ['SET ROLE r17_s3', 'SHOW role', two('SHOW role')], R('r17_s3'));
s(
  'set session authorization per session',
  [
    'SET SESSION AUTHORIZATION r17_s4',
    'SELECT session_user AS s, current_user AS c',
    two("SELECT session_user = current_user AS same, session_user = 'r17_s4' AS is_r"),
  ],
  R('r17_s4'),
);

// listening per session
s('listen on first, second not listening', [
  'LISTEN ch',
  two('SELECT count(*) AS n FROM pg_listening_channels()'),
]);
s('listen on both, unlisten on second', [
  'LISTEN ch',
  two('LISTEN ch'),
  two('UNLISTEN ch'),
  'SELECT c FROM pg_listening_channels() c',
  two('SELECT count(*) AS n FROM pg_listening_channels()'),
]);
s('notify from second to first', ['LISTEN ch', two("NOTIFY ch, 'hello'"), 'SELECT 1 AS x']);

// transactions seen from the other session after they end
s('committed insert seen by second', [
  'BEGIN',
  "INSERT INTO t VALUES (2, 'b')",
  'COMMIT',
  two('SELECT id FROM t ORDER BY id'),
]);
s('rolled back insert not seen by second', [
  'BEGIN',
  "INSERT INTO t VALUES (2, 'b')",
  'ROLLBACK',
  two('SELECT id FROM t ORDER BY id'),
]);
s('ddl committed seen by second', [
  'BEGIN',
  'ALTER TABLE t ADD COLUMN w int DEFAULT 5',
  'COMMIT',
  two('SELECT id, w FROM t ORDER BY id'),
]);
s('ddl rolled back not seen by second', [
  'BEGIN',
  'ALTER TABLE t ADD COLUMN w int DEFAULT 5',
  'ROLLBACK',
  two('SELECT * FROM t ORDER BY id'),
]);
s('aborted first then second works', [
  'BEGIN',
  'SELECT 1/0 AS z',
  'ROLLBACK',
  two('SELECT count(*) AS n FROM t'),
]);
s('second uses savepoints after first commit', [
  'BEGIN',
  "INSERT INTO t VALUES (2, 'b')",
  'COMMIT',
  two('BEGIN'),
  two('SAVEPOINT a'),
  two("INSERT INTO t VALUES (2, 'b')"),
  two('ROLLBACK TO a'),
  two("INSERT INTO t VALUES (3, 'c')"),
  two('COMMIT'),
  'SELECT id FROM t ORDER BY id',
]);
s('advisory xact lock released for second after commit', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(5) AS l',
  'COMMIT',
  two('SELECT pg_try_advisory_lock(5) AS t'),
  two('SELECT pg_advisory_unlock(5) AS u'),
]);
s('advisory session lock freed by unlock for second', [
  'SELECT pg_advisory_lock(5) AS l',
  'SELECT pg_advisory_unlock(5) AS u',
  two('SELECT pg_try_advisory_lock(5) AS t'),
]);
s('advisory unlock_all on first then second', [
  'SELECT pg_advisory_lock(5) AS l',
  'SELECT pg_advisory_lock(6) AS l',
  'SELECT pg_advisory_unlock_all() AS u',
  two('SELECT pg_try_advisory_lock(5) AS a, pg_try_advisory_lock(6) AS b'),
]);
s('prepared insert on first sees second commit', [
  "PREPARE ins (int) AS INSERT INTO t VALUES ($1, 'p')",
  two("INSERT INTO t VALUES (2, 'b')"),
  'EXECUTE ins(2)',
  'EXECUTE ins(3)',
  'SELECT id FROM t ORDER BY id',
]);
s('hold cursor on first unaffected by second delete', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
  two('DELETE FROM t'),
  'FETCH ALL FROM c',
]);

export default list.cases;
