// Round 20 probe, triggers part 4: event triggers as PostgreSQL 15 chapter 40 (40.1 Overview,
// 40.2 Firing Matrix, 40.3-40.5 examples) and the CREATE / ALTER / DROP EVENT TRIGGER pages and
// 9.29 Event Trigger Functions (pg_event_trigger_ddl_commands, pg_event_trigger_dropped_objects,
// pg_event_trigger_table_rewrite_oid/reason) describe them. Event triggers are database-wide: each
// case creates and drops its own.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 triggers: event: ');
const E = `CREATE TABLE elog (seq serial PRIMARY KEY, msg text);
CREATE FUNCTION ev() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO elog(msg) VALUES (tg_event || ' ' || tg_tag); END $$;`;
const logAll = 'SELECT msg FROM elog ORDER BY seq';
const et = (name: string, steps: string[], setup = E) => list.add(name, steps, setup);
const dropAll =
  "DO $$ DECLARE r record; BEGIN FOR r IN SELECT evtname FROM pg_event_trigger LOOP EXECUTE format('DROP EVENT TRIGGER %I', r.evtname); END LOOP; END $$";
const withEt = (name: string, create: string[], body: string[]) =>
  et(name, [...create, ...body, dropAll, logAll]);

withEt(
  'ddl_command_start fires for create table',
  ['CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()'],
  ['CREATE TABLE x (id int)'],
);
withEt(
  'ddl_command_end fires for create table',
  ['CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()'],
  ['CREATE TABLE x (id int)'],
);
withEt(
  'start and end both fire in order',
  [
    'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ev()',
    'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()',
  ],
  ['CREATE TABLE x (id int)', 'ALTER TABLE x ADD COLUMN y int', 'DROP TABLE x'],
);
withEt(
  'event triggers fire in name order',
  [
    "CREATE FUNCTION evn() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO elog(msg) VALUES ('named ' || tg_event); END $$",
    'CREATE EVENT TRIGGER b ON ddl_command_start EXECUTE FUNCTION evn()',
    'CREATE EVENT TRIGGER a ON ddl_command_start EXECUTE FUNCTION ev()',
  ],
  ['CREATE TABLE x (id int)'],
);
withEt(
  'when tag in filters commands',
  [
    "CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION ev()",
  ],
  ['CREATE TABLE x (id int)', 'CREATE INDEX xi ON x (id)', 'ALTER TABLE x ADD COLUMN y int', 'DROP TABLE x'],
);
withEt(
  'when tag is case insensitive',
  ["CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('create table') EXECUTE FUNCTION ev()"],
  ['CREATE TABLE x (id int)'],
);
et('when tag with unknown tag is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('CREATE NOTHING') EXECUTE FUNCTION ev()",
]);
et('when tag with a dml tag is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('INSERT') EXECUTE FUNCTION ev()",
]);
et('when tag create event trigger is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('CREATE EVENT TRIGGER') EXECUTE FUNCTION ev()",
]);
et('when tag alter database is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('ALTER DATABASE') EXECUTE FUNCTION ev()",
]);
et('when tag create role is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('CREATE ROLE') EXECUTE FUNCTION ev()",
]);
et('when tag reindex was not supported in 15', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('REINDEX') EXECUTE FUNCTION ev()",
  dropAll,
]);
et('unknown filter variable is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN color IN ('red') EXECUTE FUNCTION ev()",
]);
et('filter variable twice is refused', [
  "CREATE EVENT TRIGGER e ON ddl_command_start WHEN TAG IN ('CREATE TABLE') AND TAG IN ('DROP TABLE') EXECUTE FUNCTION ev()",
]);
et('unknown event name is refused', ['CREATE EVENT TRIGGER e ON ddl_command_middle EXECUTE FUNCTION ev()']);
et('login event did not exist in 15', ['CREATE EVENT TRIGGER e ON login EXECUTE FUNCTION ev()', dropAll]);
et('event name is case sensitive?', [
  'CREATE EVENT TRIGGER e ON DDL_COMMAND_START EXECUTE FUNCTION ev()',
  dropAll,
]);
et('event trigger function must return event_trigger', [
  'CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION tf()',
]);
et('event trigger function returning int is refused', [
  'CREATE FUNCTION tf() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION tf()',
]);
et('event trigger function with arguments is not found', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev(1)',
]);
et('event trigger function declared with parameters is refused', [
  'CREATE FUNCTION ev2(int) RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$',
]);
et('event trigger function in sql is refused', [
  'CREATE FUNCTION ev2() RETURNS event_trigger LANGUAGE sql AS $$ SELECT 1 $$',
]);
et('missing event trigger function', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION nosuch()',
]);
et('event trigger function called directly', ['SELECT ev()']);
et('event trigger function used as table trigger', [
  'CREATE TABLE x (id int)',
  'CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION ev()',
]);
et('duplicate event trigger name', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()',
  dropAll,
]);
et('create event trigger inside a transaction and roll back', [
  'BEGIN',
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'ROLLBACK',
  'SELECT count(*) FROM pg_event_trigger',
]);
et('execute procedure spelling for event trigger', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE PROCEDURE ev()',
  'CREATE TABLE x (id int)',
  dropAll,
  logAll,
]);
et('pg_event_trigger catalog row', [
  "CREATE EVENT TRIGGER e ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'drop table') EXECUTE FUNCTION ev()",
  'SELECT evtname, evtevent, evtenabled, evtfoid::regproc::text AS fn, evttags FROM pg_event_trigger',
  dropAll,
]);
et('alter event trigger disable and enable', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER e DISABLE',
  'CREATE TABLE x (id int)',
  "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'e'",
  'ALTER EVENT TRIGGER e ENABLE',
  'CREATE TABLE y (id int)',
  "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'e'",
  dropAll,
  logAll,
]);
et('alter event trigger enable replica and always', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER e ENABLE REPLICA',
  "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'e'",
  'CREATE TABLE x (id int)',
  'ALTER EVENT TRIGGER e ENABLE ALWAYS',
  "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'e'",
  'CREATE TABLE y (id int)',
  dropAll,
  logAll,
]);
et('alter event trigger rename', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER e RENAME TO e2',
  'SELECT evtname FROM pg_event_trigger',
  dropAll,
]);
et('alter event trigger rename to existing', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER f ON ddl_command_start EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER e RENAME TO f',
  dropAll,
]);
et('alter missing event trigger', ['ALTER EVENT TRIGGER nosuch DISABLE']);
et('alter event trigger owner to current_user', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER e OWNER TO CURRENT_USER',
  'SELECT evtowner::regrole::text = current_user AS mine FROM pg_event_trigger',
  dropAll,
]);
et('drop event trigger missing', ['DROP EVENT TRIGGER nosuch']);
et('drop event trigger if exists missing', ['DROP EVENT TRIGGER IF EXISTS nosuch']);
et('drop event trigger two at once', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER f ON ddl_command_end EXECUTE FUNCTION ev()',
  'DROP EVENT TRIGGER e, f',
  'SELECT count(*) FROM pg_event_trigger',
]);
et('drop event trigger cascade', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'DROP EVENT TRIGGER e CASCADE',
  'SELECT count(*) FROM pg_event_trigger',
]);
et('drop function used by event trigger is refused', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'DROP FUNCTION ev()',
  dropAll,
]);
et('drop function cascade drops the event trigger', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  'DROP FUNCTION ev() CASCADE',
  'SELECT count(*) FROM pg_event_trigger',
]);
et('comment on event trigger', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  "COMMENT ON EVENT TRIGGER e IS 'watch ddl'",
  "SELECT obj_description(oid, 'pg_event_trigger') FROM pg_event_trigger",
  dropAll,
]);
et('pg_describe_object of event trigger', [
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION ev()',
  "SELECT pg_describe_object('pg_event_trigger'::regclass, oid, 0) FROM pg_event_trigger",
  dropAll,
]);

// Which commands fire.
for (const stmt of [
  'CREATE TABLE x (id int)',
  'CREATE TABLE x AS SELECT 1 AS id',
  'SELECT 1 AS id INTO x',
  'CREATE VIEW v AS SELECT 1 AS id',
  'CREATE INDEX ti ON t (id)',
  'CREATE SEQUENCE sq',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE TYPE ty AS (a int)',
  "CREATE TYPE en AS ENUM ('a')",
  'CREATE DOMAIN d AS int',
  'CREATE SCHEMA s',
  'CREATE SCHEMA s CREATE TABLE st (id int)',
  'ALTER TABLE t ADD COLUMN y int',
  'ALTER TABLE t RENAME TO t2',
  'DROP TABLE t',
  "COMMENT ON TABLE t IS 'c'",
  'GRANT SELECT ON t TO PUBLIC',
  'REVOKE SELECT ON t FROM PUBLIC',
  'CREATE EXTENSION IF NOT EXISTS plpgsql',
  'TRUNCATE t',
  'INSERT INTO t VALUES (1)',
  'VACUUM t',
  'ANALYZE t',
  'CLUSTER t USING t_pkey',
  'REINDEX TABLE t',
  'SET search_path = public',
  'CREATE TEMP TABLE tt (id int)',
  'ALTER SEQUENCE IF EXISTS nosuch RESTART',
  'DROP TABLE IF EXISTS nosuch',
  "SECURITY LABEL ON TABLE t IS 'x'",
  'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS id',
  'CREATE RULE r AS ON INSERT TO t DO ALSO NOTHING',
  'CREATE TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION tg()',
  'CREATE POLICY p ON t USING (true)',
  'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC',
  'IMPORT FOREIGN SCHEMA x FROM SERVER nosuch INTO public',
]) {
  et(`command fires start and end: ${stmt}`, [
    'CREATE TABLE t (id int PRIMARY KEY)',
    'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ev()',
    'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()',
    stmt,
    dropAll,
    logAll,
  ]);
}

// pg_event_trigger_ddl_commands.
const D = `${E}
CREATE FUNCTION cmds() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    INSERT INTO elog(msg) VALUES (r.command_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_identity, '-') || '|' || r.in_extension);
  END LOOP; END $$;`;
const dc = (stmt: string, pre: string[] = []) =>
  list.add(
    `ddl_commands for ${stmt}`,
    [...pre, 'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION cmds()', stmt, dropAll, logAll],
    D,
  );
dc('CREATE TABLE x (id int)');
dc('CREATE TABLE x (id serial PRIMARY KEY, n text UNIQUE)');
dc('CREATE TABLE x (id int REFERENCES t)', ['CREATE TABLE t (id int PRIMARY KEY)']);
dc('ALTER TABLE t ADD COLUMN n int, ADD CONSTRAINT c CHECK (n > 0)', ['CREATE TABLE t (id int PRIMARY KEY)']);
dc('ALTER TABLE t ALTER COLUMN id TYPE bigint', ['CREATE TABLE t (id int PRIMARY KEY)']);
dc('CREATE INDEX ON t (id)', ['CREATE TABLE t (id int PRIMARY KEY)']);
dc('CREATE VIEW v AS SELECT 1 AS a');
dc('CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$');
dc('CREATE SCHEMA s CREATE TABLE st (id int) CREATE VIEW sv AS SELECT 1 AS a');
dc("CREATE TYPE en AS ENUM ('x', 'y')");
dc("ALTER TYPE en ADD VALUE 'z'", ["CREATE TYPE en AS ENUM ('x', 'y')"]);
dc('CREATE SEQUENCE sq');
dc('GRANT SELECT ON t TO PUBLIC', ['CREATE TABLE t (id int)']);
dc("COMMENT ON TABLE t IS 'c'", ['CREATE TABLE t (id int)']);
dc('ALTER TABLE t RENAME COLUMN id TO key', ['CREATE TABLE t (id int)']);
dc('DROP TABLE t', ['CREATE TABLE t (id int)']);
dc('CREATE TABLE "Mixed Case"."Tab" (id int)', ['CREATE SCHEMA "Mixed Case"']);
dc('CREATE TEMP TABLE tt (id int)');
dc('CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a');
dc('CREATE DOMAIN d AS int CHECK (VALUE > 0)');
dc('CREATE TRIGGER tr AFTER INSERT ON t EXECUTE FUNCTION tg()', [
  'CREATE TABLE t (id int)',
  'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
]);
dc('CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING', ['CREATE TABLE t (id int)']);
dc('CREATE POLICY p ON t USING (true)', ['CREATE TABLE t (id int)']);
dc('ALTER TABLE t ENABLE ROW LEVEL SECURITY', ['CREATE TABLE t (id int)']);
dc('CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)', ['CREATE TABLE p (id int) PARTITION BY LIST (id)']);
et('pg_event_trigger_ddl_commands outside event trigger', ['SELECT * FROM pg_event_trigger_ddl_commands()']);
et('pg_event_trigger_ddl_commands at ddl_command_start', [
  'CREATE FUNCTION early() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM * FROM pg_event_trigger_ddl_commands(); END $$',
  'CREATE EVENT TRIGGER e ON ddl_command_start EXECUTE FUNCTION early()',
  'CREATE TABLE x (id int)',
  dropAll,
]);
et('pg_event_trigger_ddl_commands columns', [
  "SELECT proname, pg_get_function_result(oid) FROM pg_proc WHERE proname = 'pg_event_trigger_ddl_commands'",
]);

// sql_drop and pg_event_trigger_dropped_objects.
const S = `${E}
CREATE FUNCTION drops() RETURNS event_trigger LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() ORDER BY object_type, object_identity LOOP
    INSERT INTO elog(msg) VALUES (tg_tag || '|' || r.object_type || '|' || coalesce(r.schema_name, '-') || '|' || coalesce(r.object_name, '-') || '|' || r.object_identity || '|' || r.original || '|' || r.normal || '|' || r.is_temporary || '|' || array_to_string(r.address_names, ',') || '|' || array_to_string(r.address_args, ','));
  END LOOP; END $$;`;
const sd = (stmt: string, pre: string[] = []) =>
  list.add(
    `sql_drop for ${stmt}${pre.length > 0 ? ` after ${pre.join('; ')}` : ''}`,
    [...pre, 'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION drops()', stmt, dropAll, logAll],
    S,
  );
sd('DROP TABLE t', ['CREATE TABLE t (id int)']);
sd('DROP TABLE t', ['CREATE TABLE t (id serial PRIMARY KEY, n int CHECK (n > 0))']);
sd('DROP TABLE t CASCADE', ['CREATE TABLE t (id int)', 'CREATE VIEW v AS SELECT * FROM t']);
sd('DROP VIEW v', ['CREATE VIEW v AS SELECT 1 AS a']);
sd('DROP FUNCTION f(int, text)', ['CREATE FUNCTION f(int, text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$']);
sd('ALTER TABLE t DROP COLUMN n', ['CREATE TABLE t (id int, n int)']);
sd('ALTER TABLE t DROP CONSTRAINT c', ['CREATE TABLE t (id int, CONSTRAINT c CHECK (id > 0))']);
sd('DROP SCHEMA s CASCADE', ['CREATE SCHEMA s', 'CREATE TABLE s.a (id int)', 'CREATE SEQUENCE s.q']);
sd('DROP INDEX ti', ['CREATE TABLE t (id int)', 'CREATE INDEX ti ON t (id)']);
sd('DROP TYPE en', ["CREATE TYPE en AS ENUM ('x')"]);
sd('DROP TABLE tt', ['CREATE TEMP TABLE tt (id int)']);
sd('DROP TABLE IF EXISTS nosuch', []);
sd('DROP DOMAIN d', ['CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0)']);
sd('DROP TABLE t', ['CREATE TABLE t (id int CONSTRAINT named NOT NULL, b int NOT NULL)']);
sd('DROP TABLE t', ['CREATE TABLE t (id int, CONSTRAINT t_id_not_null CHECK (id IS NOT NULL))']);
sd('ALTER TABLE t ALTER COLUMN id DROP NOT NULL', ['CREATE TABLE t (id int NOT NULL)']);
sd('DROP MATERIALIZED VIEW mv', ['CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a']);
et('sql_drop fires for drop not null?', [
  'CREATE TABLE t (id int NOT NULL)',
  'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION ev()',
  'ALTER TABLE t ALTER COLUMN id DROP NOT NULL',
  dropAll,
  logAll,
]);
sd('DROP TABLE a, b', ['CREATE TABLE a (id int)', 'CREATE TABLE b (id int)']);
sd('ALTER TABLE t ALTER COLUMN id DROP DEFAULT', ['CREATE TABLE t (id int DEFAULT 1)']);
et('sql_drop not fired for create', [
  'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION ev()',
  'CREATE TABLE x (id int)',
  dropAll,
  logAll,
]);
et('sql_drop fires for drop event trigger itself?', [
  'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER other ON ddl_command_start EXECUTE FUNCTION ev()',
  'DROP EVENT TRIGGER other',
  dropAll,
  logAll,
]);
et('pg_event_trigger_dropped_objects outside sql_drop', ['SELECT * FROM pg_event_trigger_dropped_objects()']);
et('sql_drop trigger raising prevents the drop', [
  "CREATE FUNCTION nodrop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'drops forbidden' USING ERRCODE = '42501'; END $$",
  'CREATE TABLE x (id int)',
  'CREATE EVENT TRIGGER d ON sql_drop EXECUTE FUNCTION nodrop()',
  'DROP TABLE x',
  "SELECT count(*) FROM pg_class WHERE relname = 'x'",
  dropAll,
]);
et('ddl_command_start raising prevents the command', [
  "CREATE FUNCTION stop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'command % is not allowed', tg_tag; END $$",
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION stop()',
  'CREATE TABLE x (id int)',
  "SELECT count(*) FROM pg_class WHERE relname = 'x'",
  dropAll,
]);
et('ddl_command_end raising rolls back the command', [
  "CREATE FUNCTION stop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no % please', tg_tag; END $$",
  'CREATE EVENT TRIGGER s ON ddl_command_end EXECUTE FUNCTION stop()',
  'CREATE TABLE x (id int)',
  "SELECT count(*) FROM pg_class WHERE relname = 'x'",
  dropAll,
]);
et('event trigger does not fire for event trigger commands', [
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER s2 ON ddl_command_end EXECUTE FUNCTION ev()',
  'ALTER EVENT TRIGGER s2 DISABLE',
  'DROP EVENT TRIGGER s2',
  dropAll,
  logAll,
]);
et('ddl inside the event trigger function fires it again', [
  "CREATE FUNCTION mk() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO elog(msg) VALUES ('mk ' || tg_tag); IF tg_tag = 'CREATE TABLE' AND to_regclass('made') IS NULL THEN CREATE TABLE made (id int); END IF; END $$",
  'CREATE EVENT TRIGGER s ON ddl_command_end EXECUTE FUNCTION mk()',
  'CREATE TABLE x (id int)',
  dropAll,
  logAll,
]);
et('event trigger fires for ddl inside a function', [
  'CREATE EVENT TRIGGER s ON ddl_command_end EXECUTE FUNCTION ev()',
  'DO $$ BEGIN CREATE TABLE x (id int); END $$',
  dropAll,
  logAll,
]);
et('failed ddl fires start but not end', [
  'CREATE TABLE x (id int)',
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ev()',
  'CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION ev()',
  "CREATE FUNCTION attempt() RETURNS text LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE x (id int); RETURN 'ok'; EXCEPTION WHEN duplicate_table THEN RETURN 'dup'; END $$",
  'SELECT attempt()',
  dropAll,
  logAll,
]);
et('tg_event and tg_tag types', [
  "CREATE FUNCTION ty() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO elog(msg) VALUES (pg_typeof(tg_event)::text || ' ' || pg_typeof(tg_tag)::text); END $$",
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ty()',
  'CREATE TABLE x (id int)',
  dropAll,
  logAll,
]);
et('event trigger in plpgsql cannot use TG_TABLE_NAME', [
  'CREATE FUNCTION ty() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO elog(msg) VALUES (TG_TABLE_NAME); END $$',
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION ty()',
  'CREATE TABLE x (id int)',
  dropAll,
]);
et('event trigger function with return value', [
  'CREATE FUNCTION rv() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
]);
et('event trigger function with bare return', [
  "CREATE FUNCTION rv() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO elog(msg) VALUES ('r'); RETURN; END $$",
  'CREATE EVENT TRIGGER s ON ddl_command_start EXECUTE FUNCTION rv()',
  'CREATE TABLE x (id int)',
  dropAll,
  logAll,
]);

// table_rewrite.
const R = `${E}
CREATE TABLE t (id int PRIMARY KEY, n int);
INSERT INTO t VALUES (1, 1);
CREATE FUNCTION rw() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO elog(msg) VALUES (tg_tag || ' ' || pg_event_trigger_table_rewrite_oid()::regclass || ' reason ' || pg_event_trigger_table_rewrite_reason()); END $$;`;
const rw = (stmt: string, pre: string[] = []) =>
  list.add(
    `table_rewrite for ${stmt}${pre.length > 0 ? ` after ${pre.join('; ')}` : ''}`,
    [...pre, 'CREATE EVENT TRIGGER r ON table_rewrite EXECUTE FUNCTION rw()', stmt, dropAll, logAll],
    R,
  );
rw('ALTER TABLE t ALTER COLUMN n TYPE bigint');
rw('ALTER TABLE t ALTER COLUMN n TYPE int');
rw('ALTER TABLE t ADD COLUMN z int DEFAULT 5');
rw('ALTER TABLE t ADD COLUMN z float8 DEFAULT random()');
rw('ALTER TABLE t ADD COLUMN z serial');
rw('ALTER TABLE t SET UNLOGGED');
rw('ALTER TABLE t ALTER COLUMN n TYPE text');
rw('VACUUM FULL t');
rw('CLUSTER t USING t_pkey');
rw('TRUNCATE t');
rw('ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (n * 2) STORED');
rw('ALTER TABLE t ALTER COLUMN n TYPE varchar(10)', ['ALTER TABLE t ALTER COLUMN n TYPE varchar(5)']);
rw('ALTER TABLE t ALTER COLUMN n TYPE varchar(3)', ['ALTER TABLE t ALTER COLUMN n TYPE varchar(5)']);
rw('ALTER TABLE t ADD COLUMN a int DEFAULT 1, ALTER COLUMN n TYPE bigint');
rw('ALTER TABLE t SET ACCESS METHOD heap');
et('table_rewrite functions outside event trigger', ['SELECT pg_event_trigger_table_rewrite_oid()']);
et('table_rewrite reason outside event trigger', ['SELECT pg_event_trigger_table_rewrite_reason()']);
et('table_rewrite trigger raising prevents rewrite', [
  'CREATE TABLE t (id int, n int)',
  "CREATE FUNCTION norw() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'rewrites not allowed'; END $$",
  'CREATE EVENT TRIGGER r ON table_rewrite EXECUTE FUNCTION norw()',
  'ALTER TABLE t ALTER COLUMN n TYPE bigint',
  "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'n'",
  dropAll,
]);
et('table_rewrite with when tag', [
  'CREATE TABLE t (id int, n int)',
  "CREATE EVENT TRIGGER r ON table_rewrite WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION ev()",
  'ALTER TABLE t ALTER COLUMN n TYPE bigint',
  'VACUUM FULL t',
  dropAll,
  logAll,
]);
et('table_rewrite when tag not supported for it', [
  "CREATE EVENT TRIGGER r ON table_rewrite WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION ev()",
  dropAll,
]);
et('sql_drop when tag filter', [
  'CREATE TABLE t (id int)',
  'CREATE VIEW v AS SELECT 1 AS a',
  "CREATE EVENT TRIGGER d ON sql_drop WHEN TAG IN ('DROP VIEW') EXECUTE FUNCTION ev()",
  'DROP TABLE t',
  'DROP VIEW v',
  dropAll,
  logAll,
]);

export default list.cases;
