const S = `CREATE TABLE items(id serial PRIMARY KEY, name text NOT NULL UNIQUE, qty int NOT NULL DEFAULT 0); INSERT INTO items(name, qty) VALUES ('a', 1), ('b', 2), ('c', 3);`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'cursor arg arrow',
    `DO $$ DECLARE k CURSOR (m int) FOR SELECT name FROM items WHERE qty >= m; r record; n int := 0; BEGIN OPEN k(m => 2); LOOP FETCH k INTO r; EXIT WHEN NOT FOUND; n := n + 1; END LOOP; RAISE EXCEPTION 'n=%', n; END $$`,
  ),
  c(
    'cursor arg colon eq',
    `DO $$ DECLARE k CURSOR (m int) FOR SELECT name FROM items WHERE qty >= m; r record; n int := 0; BEGIN OPEN k(m := 2); LOOP FETCH k INTO r; EXIT WHEN NOT FOUND; n := n + 1; END LOOP; RAISE EXCEPTION 'n=%', n; END $$`,
  ),
  c(
    'for cursor arg arrow',
    `DO $$ DECLARE k CURSOR (m int) FOR SELECT name FROM items WHERE qty >= m; n int := 0; BEGIN FOR r IN k(m => 3) LOOP n := n + 1; END LOOP; RAISE EXCEPTION 'n=%', n; END $$`,
  ),
  c(
    'sql function ddl then use unchecked',
    `SET check_function_bodies = off`,
    `CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ CREATE TABLE z(a int); INSERT INTO z VALUES (1); SELECT count(*)::int FROM z; $$`,
    `SELECT mk()`,
  ),
  c(
    'sql function ddl then use checked',
    `CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ CREATE TABLE z(a int); INSERT INTO z VALUES (1); SELECT count(*)::int FROM z; $$`,
  ),
  c(
    'sql function alter then use',
    `SET check_function_bodies = off`,
    `CREATE FUNCTION ad() RETURNS int LANGUAGE sql AS $$ ALTER TABLE items ADD COLUMN extra int DEFAULT 5; SELECT sum(extra)::int FROM items; $$`,
    `SELECT ad()`,
  ),
  c(
    'sql function drop then recreate',
    `SET check_function_bodies = off`,
    `CREATE TABLE z(a int)`,
    `CREATE FUNCTION rc() RETURNS int LANGUAGE sql AS $$ DROP TABLE z; CREATE TABLE z(b text); INSERT INTO z VALUES ('x'); SELECT count(*)::int FROM z; $$`,
    `SELECT rc()`,
  ),
  c(
    'sql function set search_path then use',
    `CREATE SCHEMA app`,
    `CREATE TABLE app.items(x text)`,
    `INSERT INTO app.items VALUES ('app')`,
    `SET check_function_bodies = off`,
    `CREATE FUNCTION sw() RETURNS text LANGUAGE sql AS $$ SELECT set_config('search_path', 'app', true); SELECT x FROM items LIMIT 1; $$`,
    `SELECT sw()`,
  ),
  c(
    'sql function insert then select sees',
    `CREATE FUNCTION ins() RETURNS bigint LANGUAGE sql AS $$ INSERT INTO items(name) VALUES ('z'); SELECT count(*) FROM items; $$`,
    `SELECT ins()`,
  ),
  c(
    'sql function volatile sees own insert stable not',
    `CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM items'`,
    `SELECT cnt(), (SELECT count(*) FROM items)`,
  ),
  c(
    'sql function error position',
    `CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS $$ SELECT 1; SELECT nope; $$`,
  ),
  c(
    'sql function returns wrong type',
    `CREATE FUNCTION w() RETURNS int LANGUAGE sql AS $$ SELECT 'x'::text $$`,
  ),
  c(
    'sql function returns setof record',
    `CREATE FUNCTION sr() RETURNS SETOF record LANGUAGE sql AS $$ SELECT id, name FROM items $$`,
    `SELECT * FROM sr() AS (id int, name text) ORDER BY id`,
  ),
  c(
    'sql function last statement not select',
    `CREATE FUNCTION up() RETURNS int LANGUAGE sql AS $$ UPDATE items SET qty = 0 $$`,
  ),
  c(
    'sql function void ends with update',
    `CREATE FUNCTION up() RETURNS void LANGUAGE sql AS $$ UPDATE items SET qty = 0 $$`,
    `SELECT up()`,
    `SELECT sum(qty) FROM items`,
  ),
  c(
    'sql function returns int from update returning',
    `CREATE FUNCTION up() RETURNS int LANGUAGE sql AS $$ UPDATE items SET qty = qty + 1 WHERE name = 'a' RETURNING qty $$`,
    `SELECT up()`,
  ),
  c(
    'sql function polymorphic',
    `CREATE FUNCTION first_of(anyarray) RETURNS anyelement LANGUAGE sql AS 'SELECT $1[1]'`,
    `SELECT first_of(ARRAY[3,4]) AS a, first_of(ARRAY['x','y']) AS b`,
  ),
  c(
    'sql function anycompatible',
    `CREATE FUNCTION pick(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT COALESCE(a, b)'`,
    `SELECT pick(NULL::int, 2.5) AS a, pg_typeof(pick(1, 2.5)) AS t`,
  ),
  c(
    'plpgsql return query execute',
    `CREATE FUNCTION dyn(col text) RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE format('SELECT %I::text FROM items ORDER BY id', col); END $$`,
    `SELECT * FROM dyn('name')`,
    `SELECT * FROM dyn('nope')`,
  ),
  c(
    'plpgsql return query wrong type',
    `CREATE FUNCTION rq() RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT name FROM items; END $$`,
    `SELECT * FROM rq()`,
  ),
  c(
    'plpgsql returns table wrong count',
    `CREATE FUNCTION rt() RETURNS TABLE(a int, b text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT id FROM items; END $$`,
    `SELECT * FROM rt()`,
  ),
  c(
    'plpgsql record field missing',
    `DO $$ DECLARE r record; BEGIN SELECT * INTO r FROM items LIMIT 1; RAISE EXCEPTION '%', r.nope; END $$`,
  ),
  c('plpgsql record unassigned', `DO $$ DECLARE r record; BEGIN RAISE EXCEPTION '%', r.id; END $$`),
  c('plpgsql integer overflow', `DO $$ DECLARE i int := 2147483647; BEGIN i := i + 1; END $$`),
  c('plpgsql varchar overflow', `DO $$ DECLARE v varchar(3); BEGIN v := 'abcd'; END $$`),
  c(
    'plpgsql numeric rounding',
    `DO $$ DECLARE v numeric(5,2); BEGIN v := 1.005; RAISE EXCEPTION 'v=%', v; END $$`,
  ),
  c('plpgsql constant assign', `DO $$ DECLARE c CONSTANT int := 1; BEGIN c := 2; END $$`),
  c('plpgsql exit outside loop', `DO $$ BEGIN EXIT; END $$`),
  c(
    'plpgsql labeled block',
    `DO $$ <<outer>> DECLARE x int := 1; BEGIN DECLARE x int := 2; BEGIN RAISE EXCEPTION '% %', x, outer.x; END; END $$`,
  ),
  c(
    'plpgsql variable conflict',
    `CREATE FUNCTION vc(name text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT qty FROM items WHERE items.name = name); END $$`,
    `SELECT vc('a')`,
  ),
  c(
    'plpgsql variable conflict ambiguous',
    `CREATE FUNCTION vc2(qty int) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM items WHERE qty > qty); END $$`,
    `SELECT vc2(1)`,
  ),
  c(
    'plpgsql variable_conflict use_column',
    `CREATE FUNCTION vc3(qty int) RETURNS bigint LANGUAGE plpgsql AS $$ #variable_conflict use_column
BEGIN RETURN (SELECT count(*) FROM items WHERE qty > 1); END $$`,
    `SELECT vc3(100)`,
  ),
  c(
    'plpgsql print_strict_params',
    `CREATE FUNCTION ps(n text) RETURNS int LANGUAGE plpgsql AS $$ #print_strict_params on
DECLARE r int; BEGIN SELECT qty INTO STRICT r FROM items WHERE name = n; RETURN r; END $$`,
    `SELECT ps('zz')`,
  ),
  c(
    'plpgsql exception data',
    `DO $$ DECLARE d text; h text; BEGIN BEGIN RAISE EXCEPTION 'x' USING DETAIL = 'dd', HINT = 'hh'; EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT; RAISE EXCEPTION '% %', d, h; END; END $$`,
  ),
  c(
    'plpgsql pg_exception_context',
    `DO $$ DECLARE ctx text; BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT; RAISE EXCEPTION '%', ctx; END; END $$`,
  ),
  c(
    'plpgsql pg_context',
    `CREATE FUNCTION inner_f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; BEGIN GET DIAGNOSTICS s = PG_CONTEXT; RETURN s; END $$`,
    `CREATE FUNCTION outer_f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN inner_f(); END $$`,
    `SELECT outer_f()`,
  ),
  c(
    'plpgsql reraise',
    `DO $$ BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN RAISE; END; END $$`,
  ),
  c('plpgsql raise in handler outside', `DO $$ BEGIN RAISE; END $$`),
  c(
    'plpgsql exception class',
    `DO $$ BEGIN INSERT INTO items(name) VALUES ('a'); EXCEPTION WHEN integrity_constraint_violation THEN RAISE EXCEPTION 'class caught'; END $$`,
  ),
  c(
    'plpgsql exception sqlstate',
    `DO $$ BEGIN INSERT INTO items(name) VALUES ('a'); EXCEPTION WHEN SQLSTATE '23505' THEN RAISE EXCEPTION 'state caught %', SQLSTATE; END $$`,
  ),
  c('plpgsql exception unknown name', `DO $$ BEGIN NULL; EXCEPTION WHEN no_such_condition THEN NULL; END $$`),
  c(
    'plpgsql raise level names',
    `DO $$ BEGIN RAISE DEBUG 'd'; RAISE LOG 'l'; RAISE INFO 'i'; RAISE WARNING 'w'; END $$`,
  ),
  c('plpgsql raise option twice', `DO $$ BEGIN RAISE EXCEPTION 'x' USING MESSAGE = 'y'; END $$`),
  c('plpgsql raise errcode invalid', `DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'nope_code'; END $$`),
  c('plpgsql raise null message', `DO $$ BEGIN RAISE EXCEPTION USING MESSAGE = NULL; END $$`),
  c('plpgsql format percent', `DO $$ BEGIN RAISE EXCEPTION '100%% done %', 1; END $$`),
  c(
    'plpgsql return next record',
    `CREATE FUNCTION rn() RETURNS SETOF items LANGUAGE plpgsql AS $$ DECLARE r items; BEGIN FOR r IN SELECT * FROM items ORDER BY id LOOP r.qty := r.qty * 10; RETURN NEXT r; END LOOP; END $$`,
    `SELECT name, qty FROM rn()`,
  ),
  c(
    'plpgsql out param with return value',
    `CREATE FUNCTION op(OUT a int) LANGUAGE plpgsql AS $$ BEGIN RETURN 5; END $$`,
  ),
  c(
    'plpgsql setof out params',
    `CREATE FUNCTION so(OUT n text, OUT q int) RETURNS SETOF record LANGUAGE plpgsql AS $$ BEGIN FOR n, q IN SELECT name, qty FROM items ORDER BY id LOOP RETURN NEXT; END LOOP; END $$`,
    `SELECT * FROM so()`,
  ),
  c(
    'plpgsql trigger modifies with update of',
    `ALTER TABLE items ADD COLUMN updated_at timestamptz`,
    `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := '2024-01-01'; RETURN NEW; END $$`,
    `CREATE TRIGGER tr BEFORE UPDATE OF qty ON items FOR EACH ROW EXECUTE FUNCTION touch()`,
    `UPDATE items SET name = name || '!' WHERE name = 'a' RETURNING updated_at`,
    `UPDATE items SET qty = 9 WHERE name = 'b' RETURNING updated_at`,
  ),
  c(
    'plpgsql trigger transition tables',
    `CREATE TABLE log(n bigint)`,
    `CREATE FUNCTION cnt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT count(*) FROM new_rows; RETURN NULL; END $$`,
    `CREATE TRIGGER tr AFTER INSERT ON items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cnt()`,
    `INSERT INTO items(name) VALUES ('x'), ('y')`,
    `SELECT n FROM log`,
  ),
  c(
    'plpgsql instead of trigger on view',
    `CREATE VIEW iv AS SELECT id, name FROM items`,
    `CREATE FUNCTION ivf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO items(name) VALUES (upper(NEW.name)); RETURN NEW; END $$`,
    `CREATE TRIGGER tr INSTEAD OF INSERT ON iv FOR EACH ROW EXECUTE FUNCTION ivf()`,
    `INSERT INTO iv(name) VALUES ('q') RETURNING name`,
    `SELECT name FROM items WHERE name = 'Q'`,
  ),
  c(
    'plpgsql trigger recursion update same table',
    `CREATE FUNCTION rec() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.qty < 5 THEN UPDATE items SET qty = qty + 1 WHERE id = NEW.id; END IF; RETURN NEW; END $$`,
    `CREATE TRIGGER tr AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION rec()`,
    `UPDATE items SET qty = 1 WHERE name = 'a'`,
    `SELECT qty FROM items WHERE name = 'a'`,
  ),
  c(
    'plpgsql pg_trigger_depth',
    `CREATE TABLE d(n int)`,
    `CREATE FUNCTION dep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO d VALUES (pg_trigger_depth()); RETURN NEW; END $$`,
    `CREATE TRIGGER tr AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION dep()`,
    `INSERT INTO items(name) VALUES ('x')`,
    `SELECT n, pg_trigger_depth() FROM d`,
  ),
];
