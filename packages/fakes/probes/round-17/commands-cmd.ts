// Round 17 probe, commands part 4: DECLARE/FETCH/MOVE/CLOSE, PREPARE/EXECUTE/DEALLOCATE,
// LISTEN/NOTIFY, TRUNCATE.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: cmd: ');
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const N =
  'CREATE TABLE n (i int PRIMARY KEY, s text); INSERT INTO n SELECT g, chr(96 + g) FROM generate_series(1, 6) g;';
const cur = (name: string, steps: ProbeStep[], setup = N) => list.add(`cursor: ${name}`, steps, setup);
const decl = 'DECLARE c CURSOR FOR SELECT i, s FROM n ORDER BY i';
const sdecl = 'DECLARE c SCROLL CURSOR FOR SELECT i, s FROM n ORDER BY i';

cur('declare outside transaction', [decl]);
cur('declare with hold outside transaction', [
  'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'FETCH ALL FROM c',
  'CLOSE c',
]);
cur('fetch next default', [
  'BEGIN',
  decl,
  'FETCH c',
  'FETCH NEXT FROM c',
  'FETCH FORWARD 2 FROM c',
  'COMMIT',
]);
cur('fetch count and all', ['BEGIN', decl, 'FETCH 2 c', 'FETCH ALL IN c', 'FETCH c', 'COMMIT']);
cur('fetch zero', ['BEGIN', decl, 'FETCH 2 FROM c', 'FETCH 0 FROM c', 'FETCH RELATIVE 0 FROM c', 'COMMIT']);
cur('fetch first and last scroll', [
  'BEGIN',
  sdecl,
  'FETCH LAST FROM c',
  'FETCH FIRST FROM c',
  'FETCH PRIOR FROM c',
  'FETCH PRIOR FROM c',
  'COMMIT',
]);
cur('fetch absolute', [
  'BEGIN',
  sdecl,
  'FETCH ABSOLUTE 3 FROM c',
  'FETCH ABSOLUTE -1 FROM c',
  'FETCH ABSOLUTE 0 FROM c',
  'FETCH NEXT FROM c',
  'FETCH ABSOLUTE 99 FROM c',
  'FETCH PRIOR FROM c',
  'COMMIT',
]);
cur('fetch relative', [
  'BEGIN',
  sdecl,
  'FETCH RELATIVE 2 FROM c',
  'FETCH RELATIVE -1 FROM c',
  'FETCH RELATIVE 10 FROM c',
  'FETCH RELATIVE -2 FROM c',
  'COMMIT',
]);
cur('fetch backward', [
  'BEGIN',
  sdecl,
  'FETCH 4 FROM c',
  'FETCH BACKWARD 2 FROM c',
  'FETCH BACKWARD ALL FROM c',
  'FETCH BACKWARD FROM c',
  'COMMIT',
]);
cur('fetch negative count', [
  'BEGIN',
  sdecl,
  'FETCH ALL FROM c',
  'FETCH -2 FROM c',
  'FETCH FORWARD -1 FROM c',
  'COMMIT',
]);
cur('fetch backward no scroll', [
  'BEGIN',
  'DECLARE c NO SCROLL CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'FETCH BACKWARD 1 FROM c',
  'FETCH 1 FROM c',
  'ROLLBACK',
]);
cur('fetch prior no scroll', [
  'BEGIN',
  'DECLARE c NO SCROLL CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'FETCH PRIOR FROM c',
  'ROLLBACK',
]);
cur('fetch absolute no scroll', [
  'BEGIN',
  'DECLARE c NO SCROLL CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH ABSOLUTE 1 FROM c',
  'FETCH ABSOLUTE 3 FROM c',
  'FETCH ABSOLUTE 2 FROM c',
  'ROLLBACK',
]);
cur('fetch first no scroll', [
  'BEGIN',
  'DECLARE c NO SCROLL CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'FETCH FIRST FROM c',
  'ROLLBACK',
]);
cur('default cursor backward on simple plan', [
  'BEGIN',
  decl,
  'FETCH 3 FROM c',
  'FETCH BACKWARD 1 FROM c',
  'COMMIT',
]);
cur('move forward and backward', [
  'BEGIN',
  sdecl,
  'MOVE 3 IN c',
  'FETCH c',
  'MOVE BACKWARD 2 FROM c',
  'FETCH c',
  'MOVE LAST IN c',
  'FETCH c',
  'MOVE ALL IN c',
  'COMMIT',
]);
cur('move past end count', [
  'BEGIN',
  decl,
  'MOVE FORWARD 100 IN c',
  'MOVE FORWARD 1 IN c',
  'FETCH c',
  'COMMIT',
]);
cur('move absolute', ['BEGIN', sdecl, 'MOVE ABSOLUTE 2 IN c', 'FETCH c', 'COMMIT']);
cur('close then fetch', ['BEGIN', decl, 'CLOSE c', 'FETCH c', 'ROLLBACK']);
cur('close unknown', ['BEGIN', 'CLOSE nope', 'ROLLBACK']);
cur('close all', ['BEGIN', decl, 'DECLARE d CURSOR FOR SELECT 1', 'CLOSE ALL', 'FETCH d', 'ROLLBACK']);
cur('close outside transaction', ['CLOSE nope']);
cur('close all outside transaction', ['CLOSE ALL']);
cur('fetch unknown cursor', ['BEGIN', 'FETCH 1 FROM nope', 'ROLLBACK']);
cur('fetch outside transaction unknown', ['FETCH 1 FROM nope']);
cur('declare twice same name', ['BEGIN', decl, decl, 'ROLLBACK']);
cur('cursor gone after commit', ['BEGIN', decl, 'COMMIT', 'FETCH c']);
cur('cursor gone after rollback', ['BEGIN', decl, 'ROLLBACK', 'FETCH c']);
cur('with hold survives commit', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'COMMIT',
  'FETCH 2 FROM c',
  'CLOSE c',
  'FETCH c',
]);
cur('with hold gone after rollback', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
  'ROLLBACK',
  'FETCH c',
]);
cur('with hold snapshot at commit', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
  'COMMIT',
  "INSERT INTO n VALUES (7, 'g')",
  'FETCH ALL FROM c',
  'CLOSE c',
]);
cur('without hold sees own tx snapshot', [
  'BEGIN',
  decl,
  "INSERT INTO n VALUES (7, 'g')",
  'FETCH ALL FROM c',
  'COMMIT',
]);
cur('cursor declared in savepoint rolled back', [
  'BEGIN',
  'SAVEPOINT a',
  decl,
  'ROLLBACK TO a',
  'FETCH c',
  'ROLLBACK',
]);
cur('cursor error aborts tx', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT 1/(i-3) AS v FROM n ORDER BY i',
  'FETCH 2 FROM c',
  'FETCH 1 FROM c',
  'FETCH 1 FROM c',
  'ROLLBACK',
]);
cur('declare binary cursor', ['BEGIN', 'DECLARE c BINARY CURSOR FOR SELECT 1 AS x', 'CLOSE c', 'COMMIT']);
cur('declare insensitive', [
  'BEGIN',
  'DECLARE c INSENSITIVE CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 1 FROM c',
  'COMMIT',
]);
cur('declare asensitive', [
  'BEGIN',
  'DECLARE c ASENSITIVE CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 1 FROM c',
  'COMMIT',
]);
cur('cursor for update', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT i FROM n WHERE i < 3 ORDER BY i FOR UPDATE',
  'FETCH 1 FROM c',
  "UPDATE n SET s = 'z' WHERE CURRENT OF c",
  'SELECT i, s FROM n WHERE i < 3 ORDER BY i',
  'COMMIT',
]);
cur('where current of simple cursor', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT i FROM n',
  'FETCH 1 FROM c',
  'DELETE FROM n WHERE CURRENT OF c',
  'SELECT count(*) AS k FROM n',
  'ROLLBACK',
]);
cur('where current of before fetch', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT i FROM n',
  'DELETE FROM n WHERE CURRENT OF c',
  'ROLLBACK',
]);
cur('where current of unknown cursor', ['BEGIN', 'DELETE FROM n WHERE CURRENT OF nope', 'ROLLBACK']);
cur('where current of non updatable cursor', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i',
  'FETCH 1 FROM c',
  "UPDATE n SET s = 'z' WHERE CURRENT OF c",
  'ROLLBACK',
]);
cur('scroll with for update', [
  'BEGIN',
  'DECLARE c SCROLL CURSOR FOR SELECT i FROM n FOR UPDATE',
  'ROLLBACK',
]);
cur('with hold for update', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n FOR UPDATE',
  'ROLLBACK',
]);
cur('cursor on values', ['BEGIN', 'DECLARE c CURSOR FOR VALUES (1), (2)', 'FETCH ALL FROM c', 'COMMIT']);
cur('cursor on insert not allowed', [
  'BEGIN',
  "DECLARE c CURSOR FOR INSERT INTO n VALUES (9, 'x') RETURNING i",
  'ROLLBACK',
]);
cur('cursor with parameter', [
  'BEGIN',
  { sql: 'DECLARE c CURSOR FOR SELECT i FROM n WHERE i > $1 ORDER BY i', params: [4] },
  'FETCH ALL FROM c',
  'COMMIT',
]);
cur('pg_cursors lists cursor', [
  'BEGIN',
  sdecl,
  'SELECT name, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY name',
  'COMMIT',
]);
cur('pg_cursors with hold after commit', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
  'COMMIT',
  'SELECT name, is_holdable FROM pg_cursors',
  'CLOSE c',
  'SELECT count(*) AS k FROM pg_cursors',
]);
cur('fetch with params count', ['BEGIN', decl, { sql: 'FETCH 2 FROM c', params: [] }, 'COMMIT']);
cur('fetch result fields', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT i AS id, s::varchar AS label FROM n ORDER BY i',
  'FETCH 1 FROM c',
  'COMMIT',
]);
cur('fetch on second session', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1 AS x',
  'COMMIT',
  two('FETCH c'),
]);
cur('move count result', ['BEGIN', decl, 'MOVE FORWARD ALL IN c', 'MOVE BACKWARD ALL IN c', 'ROLLBACK']);
cur('discard all closes hold cursor', ['DECLARE c CURSOR WITH HOLD FOR SELECT 1', 'DISCARD ALL', 'FETCH c']);
cur('fetch in aborted tx', ['BEGIN', decl, 'SELECT 1/0', 'FETCH c', 'ROLLBACK']);

// PREPARE / EXECUTE / DEALLOCATE
const pr = (name: string, steps: ProbeStep[], setup = N) => list.add(`prepare: ${name}`, steps, setup);
pr('prepare and execute', [
  'PREPARE p (int) AS SELECT s FROM n WHERE i = $1',
  'EXECUTE p(3)',
  'EXECUTE p(99)',
]);
pr('prepare inferred parameter type', [
  'PREPARE p AS SELECT s FROM n WHERE i = $1',
  "EXECUTE p('2')",
  'SELECT parameter_types::text AS t FROM pg_prepared_statements',
]);
pr('prepare inferred unknown param', [
  'PREPARE p AS SELECT $1 AS v',
  "EXECUTE p('x')",
  'SELECT parameter_types::text AS t, result_types::text AS r FROM pg_prepared_statements',
]);
pr('prepare param arithmetic inferred int', [
  'PREPARE p AS SELECT $1 + 1 AS v',
  "EXECUTE p('2')",
  'EXECUTE p(2.5)',
  'SELECT parameter_types::text AS t FROM pg_prepared_statements',
]);
pr('prepare execute bad param', ['PREPARE p (int) AS SELECT $1 AS v', "EXECUTE p('x')"]);
pr('prepare execute numeric to int param', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p(2.5)']);
pr('prepare execute text to int param', ['PREPARE p (int) AS SELECT $1 AS v', "EXECUTE p('2'::text)"]);
pr('prepare wrong arg count', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p(1, 2)']);
pr('prepare missing arg', ['PREPARE p (int, int) AS SELECT $1 + $2 AS v', 'EXECUTE p(1)']);
pr('prepare without params executed with', ['PREPARE p AS SELECT 1 AS v', 'EXECUTE p(1)']);
pr('prepare duplicate', ['PREPARE p AS SELECT 1 AS v', 'PREPARE p AS SELECT 2 AS v']);
pr('execute unknown', ['EXECUTE nope']);
pr('deallocate unknown', ['DEALLOCATE nope']);
pr('deallocate prepare keyword', ['PREPARE p AS SELECT 1 AS v', 'DEALLOCATE PREPARE p', 'EXECUTE p']);
pr('deallocate all', [
  'PREPARE p AS SELECT 1 AS v',
  'PREPARE q AS SELECT 2 AS v',
  'DEALLOCATE ALL',
  'SELECT count(*) AS k FROM pg_prepared_statements',
]);
pr('prepare insert returning', [
  'PREPARE ins (int, text) AS INSERT INTO n VALUES ($1, $2) RETURNING i, s',
  "EXECUTE ins(7, 'g')",
  "EXECUTE ins(7, 'g')",
]);
pr('prepare update', [
  'PREPARE up (text, int) AS UPDATE n SET s = $1 WHERE i = $2',
  "EXECUTE up('zz', 1)",
  'SELECT s FROM n WHERE i = 1',
]);
pr('prepare delete', [
  'PREPARE del AS DELETE FROM n WHERE i > $1',
  'EXECUTE del(4)',
  'SELECT count(*) AS k FROM n',
]);
pr('prepare survives rollback', ['BEGIN', 'PREPARE p AS SELECT 1 AS v', 'ROLLBACK', 'EXECUTE p']);
pr('prepare in aborted tx', ['BEGIN', 'SELECT 1/0', 'PREPARE p AS SELECT 1 AS v', 'ROLLBACK', 'EXECUTE p']);
pr('prepare param out of order', [
  'PREPARE p AS SELECT $2::text AS v',
  "EXECUTE p(1, 'x')",
  'SELECT parameter_types::text AS t FROM pg_prepared_statements',
]);
pr('prepare gap param unknown type', ['PREPARE p AS SELECT $2 AS v']);
pr('prepare param typed twice differently', ['PREPARE p AS SELECT $1::int AS a, $1::text AS b']);
pr('prepare typed list more than used', ['PREPARE p (int, text) AS SELECT $1 AS v', 'EXECUTE p(1, 2)']);
pr('prepare unknown type', ['PREPARE p (nope) AS SELECT $1 AS v']);
pr('prepare ddl', ['PREPARE p AS CREATE TABLE x (a int)']);
pr('prepare syntax error', ['PREPARE p AS SELEC 1']);
pr('prepare references missing table', ['PREPARE p AS SELECT * FROM nope']);
pr('prepare invalidated by alter', [
  'PREPARE p AS SELECT * FROM n ORDER BY i LIMIT 1',
  'ALTER TABLE n ADD COLUMN z int',
  'EXECUTE p',
]);
pr('prepare invalidated by drop column', [
  'PREPARE p AS SELECT * FROM n ORDER BY i LIMIT 1',
  'ALTER TABLE n DROP COLUMN s',
  'EXECUTE p',
]);
pr('prepare after drop table', [
  'PREPARE p AS SELECT i FROM n ORDER BY i LIMIT 1',
  'DROP TABLE n',
  'EXECUTE p',
]);
pr('prepare pg_prepared_statements', [
  'PREPARE p (int) AS SELECT $1 AS v',
  'SELECT name, statement, from_sql, parameter_types::text AS t FROM pg_prepared_statements',
]);
pr('prepare on second session not visible', ['PREPARE p AS SELECT 1 AS v', two('EXECUTE p')]);
pr('prepare execute in read only tx', [
  "PREPARE ins AS INSERT INTO n VALUES (9, 'x')",
  'BEGIN READ ONLY',
  'EXECUTE ins',
  'ROLLBACK',
]);
pr('execute with expression args', ['PREPARE p (int) AS SELECT $1 * 2 AS v', 'EXECUTE p(1 + 2)']);
pr('execute with subquery arg', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p((SELECT max(i) FROM n))']);
pr('execute with column ref arg', ['PREPARE p (int) AS SELECT $1 AS v', 'EXECUTE p(i)']);
pr('execute null arg', ['PREPARE p (int) AS SELECT $1 IS NULL AS v', 'EXECUTE p(NULL)']);
pr('create table as execute', [
  'PREPARE p AS SELECT i FROM n WHERE i < 3',
  'CREATE TABLE x AS EXECUTE p',
  'SELECT i FROM x ORDER BY i',
]);
pr('explain execute', ['PREPARE p (int) AS SELECT 1 AS v WHERE $1 > 0', 'EXPLAIN (COSTS OFF) EXECUTE p(1)']);
pr('discard all deallocates', ['PREPARE p AS SELECT 1 AS v', 'DISCARD ALL', 'EXECUTE p']);
pr('discard plans keeps', ['PREPARE p AS SELECT 1 AS v', 'DISCARD PLANS', 'EXECUTE p']);
pr('discard all in transaction', ['BEGIN', 'DISCARD ALL', 'ROLLBACK']);
pr('discard temp', ['CREATE TEMP TABLE tt (a int)', 'DISCARD TEMP', 'SELECT * FROM tt']);
pr('discard sequences', [
  'CREATE SEQUENCE sq',
  "SELECT nextval('sq') AS v",
  'DISCARD SEQUENCES',
  "SELECT currval('sq') AS v",
]);
pr('discard unknown', ['DISCARD NOPE']);
pr('discard all resets settings', ["SET application_name = 'x'", 'DISCARD ALL', 'SHOW application_name']);
pr('discard all releases advisory locks', [
  'SELECT pg_advisory_lock(1) AS a',
  'DISCARD ALL',
  'SELECT pg_advisory_unlock(1) AS u',
]);

// LISTEN / NOTIFY
const ln = (name: string, steps: ProbeStep[]) => list.add(`listen: ${name}`, steps);
ln('listen and notify', ['LISTEN ch', 'NOTIFY ch', "NOTIFY ch, 'payload'", 'UNLISTEN ch']);
ln('pg_notify function', [
  'LISTEN ch',
  "SELECT pg_notify('ch', 'hi') AS v",
  "SELECT pg_typeof(pg_notify('ch', 'x'))::text AS t",
]);
ln('pg_notify null channel', ["SELECT pg_notify(NULL, 'x') AS v"]);
ln('pg_notify empty channel', ["SELECT pg_notify('', 'x') AS v"]);
ln('pg_notify null payload', ["SELECT pg_notify('ch', NULL) AS v"]);
ln('notify payload too long', [`NOTIFY ch, '${'x'.repeat(8000)}'`]);
ln('pg_notify payload too long', ["SELECT pg_notify('ch', repeat('x', 8000)) AS v"]);
ln('notify payload must be literal', ["NOTIFY ch, 'a' || 'b'"]);
ln('listen quoted channel', ['LISTEN "Mixed Case"', 'UNLISTEN "Mixed Case"']);
ln('unlisten star', [
  'LISTEN a',
  'LISTEN b',
  'UNLISTEN *',
  'SELECT count(*) AS k FROM pg_listening_channels()',
]);
ln('unlisten not listening', ['UNLISTEN nope']);
ln('pg_listening_channels', [
  'LISTEN b',
  'LISTEN a',
  'LISTEN a',
  'SELECT c FROM pg_listening_channels() c ORDER BY c',
]);
ln('listen in transaction rolled back', [
  'BEGIN',
  'LISTEN ch',
  'ROLLBACK',
  'SELECT count(*) AS k FROM pg_listening_channels()',
]);
ln('listen in transaction committed', [
  'BEGIN',
  'LISTEN ch',
  'SELECT count(*) AS k FROM pg_listening_channels()',
  'COMMIT',
  'SELECT count(*) AS k FROM pg_listening_channels()',
]);
ln('notify in transaction', [
  'LISTEN ch',
  'BEGIN',
  'NOTIFY ch',
  "SELECT pg_notify('ch', 'x') AS v",
  'COMMIT',
]);
ln('notify in read only transaction', ['BEGIN READ ONLY', 'NOTIFY ch', 'ROLLBACK']);
ln('listen in read only transaction', ['BEGIN READ ONLY', 'LISTEN ch', 'ROLLBACK']);
ln('listen on second session', [
  'LISTEN ch',
  two('SELECT count(*) AS k FROM pg_listening_channels()'),
  two("NOTIFY ch, 'x'"),
]);
ln('notify channel too long', [`NOTIFY ${'c'.repeat(70)}`]);
ln('pg_notify channel too long', [`SELECT pg_notify('${'c'.repeat(70)}', 'x') AS v`]);
ln('notify queue usage', ['SELECT pg_notification_queue_usage() AS v']);
ln('notify channel as keyword', ['NOTIFY select']);
ln('listen in aborted transaction', ['BEGIN', 'SELECT 1/0', 'LISTEN ch', 'ROLLBACK']);
ln('discard all unlistens', [
  'LISTEN ch',
  'DISCARD ALL',
  'SELECT count(*) AS k FROM pg_listening_channels()',
]);

// TRUNCATE
const TR = `CREATE TABLE p (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text);
CREATE TABLE c (id serial PRIMARY KEY, p_id int REFERENCES p(id));
CREATE TABLE o (id int);
INSERT INTO p (name) VALUES ('a'), ('b'); INSERT INTO c (p_id) VALUES (1); INSERT INTO o VALUES (1);`;
const tr = (name: string, steps: ProbeStep[]) => list.add(`truncate: ${name}`, steps, TR);
tr('truncate referenced table', ['TRUNCATE p']);
tr('truncate referenced table cascade', ['TRUNCATE p CASCADE', 'SELECT count(*) AS k FROM c']);
tr('truncate both', ['TRUNCATE p, c', 'SELECT count(*) AS k FROM p']);
tr('truncate child only', ['TRUNCATE c', 'SELECT count(*) AS k FROM c', 'SELECT count(*) AS k FROM p']);
tr('truncate empty referencing table still refused', ['DELETE FROM c', 'TRUNCATE p']);
tr('truncate restart identity', [
  'TRUNCATE p, c RESTART IDENTITY',
  "INSERT INTO p (name) VALUES ('z') RETURNING id",
  'INSERT INTO c (p_id) VALUES (1) RETURNING id',
]);
tr('truncate continue identity', [
  'TRUNCATE c CONTINUE IDENTITY',
  'INSERT INTO c (p_id) VALUES (1) RETURNING id',
]);
tr('truncate default continues identity', [
  'TRUNCATE p CASCADE',
  "INSERT INTO p (name) VALUES ('z') RETURNING id",
]);
tr('truncate restart identity rolled back', [
  'BEGIN',
  'TRUNCATE c RESTART IDENTITY',
  'ROLLBACK',
  'INSERT INTO c (p_id) VALUES (1) RETURNING id',
  'SELECT count(*) AS k FROM c',
]);
tr('truncate in transaction rolled back', [
  'BEGIN',
  'TRUNCATE o',
  'SELECT count(*) AS k FROM o',
  'ROLLBACK',
  'SELECT count(*) AS k FROM o',
]);
tr('truncate table keyword and only', ['TRUNCATE TABLE ONLY o', 'SELECT count(*) AS k FROM o']);
tr('truncate unknown', ['TRUNCATE nope']);
tr('truncate a view', ['CREATE VIEW v AS SELECT * FROM o', 'TRUNCATE v']);
tr('truncate a sequence', ['TRUNCATE c_id_seq']);
tr('truncate same table twice', ['TRUNCATE o, o', 'SELECT count(*) AS k FROM o']);
tr('truncate returns command tag', ['TRUNCATE o']);
tr('truncate restrict', ['TRUNCATE p RESTRICT']);
tr('truncate self referencing', [
  'CREATE TABLE s (id int PRIMARY KEY, up int REFERENCES s(id))',
  'INSERT INTO s VALUES (1, NULL), (2, 1)',
  'TRUNCATE s',
  'SELECT count(*) AS k FROM s',
]);
tr('truncate cascade chain', [
  'CREATE TABLE g (id int REFERENCES c(id))',
  'INSERT INTO g VALUES (1)',
  'TRUNCATE p CASCADE',
  'SELECT count(*) AS k FROM g',
]);
tr('truncate with on delete cascade fk still refused', [
  'CREATE TABLE d (p_id int REFERENCES p(id) ON DELETE CASCADE)',
  'TRUNCATE c',
  'TRUNCATE p',
]);
tr('truncate fires no delete trigger count', ['TRUNCATE o', 'SELECT count(*) AS k FROM o']);
tr('truncate temp table', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO tt VALUES (1)',
  'TRUNCATE tt',
  'SELECT count(*) AS k FROM tt',
]);
tr('truncate with serial restart then currval', [
  'TRUNCATE c RESTART IDENTITY',
  "SELECT nextval('c_id_seq') AS v",
]);
tr('truncate second session under lock_timeout', [
  'BEGIN',
  'TRUNCATE o',
  two("SET lock_timeout = '100ms'"),
  two('SELECT count(*) AS k FROM o'),
  'COMMIT',
  two('SELECT count(*) AS k FROM o'),
]);

export default list.cases;
