const S = `CREATE TABLE items(id serial PRIMARY KEY, name text NOT NULL UNIQUE, qty int NOT NULL DEFAULT 0, price numeric(10,2), updated_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE audit(id serial PRIMARY KEY, op text, item_id int, old_qty int, new_qty int, at timestamptz DEFAULT now());`;
const c = (name, ...steps) => ({ name, setup: S, steps });
const upd = `CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER items_upd BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION set_updated_at();`;
const aud = `CREATE FUNCTION audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP = 'INSERT' THEN INSERT INTO audit(op, item_id, new_qty) VALUES (TG_OP, NEW.id, NEW.qty); RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN INSERT INTO audit(op, item_id, old_qty, new_qty) VALUES (TG_OP, NEW.id, OLD.qty, NEW.qty); RETURN NEW;
  ELSE INSERT INTO audit(op, item_id, old_qty) VALUES (TG_OP, OLD.id, OLD.qty); RETURN OLD; END IF; END $$;
CREATE TRIGGER items_aud AFTER INSERT OR UPDATE OR DELETE ON items FOR EACH ROW EXECUTE FUNCTION audit_fn();`;
export default [
  c(
    'do block insert',
    `DO $$ BEGIN INSERT INTO items(name, qty) VALUES ('a', 1); END $$`,
    `SELECT name, qty FROM items`,
  ),
  c(
    'do block loop',
    `DO $$ DECLARE i int; BEGIN FOR i IN 1..5 LOOP INSERT INTO items(name, qty) VALUES ('n' || i, i * i); END LOOP; END $$`,
    `SELECT name, qty FROM items ORDER BY id`,
  ),
  c('do block raise exception', `DO $$ BEGIN RAISE EXCEPTION 'boom %', 42; END $$`),
  c(
    'do block raise with errcode',
    `DO $$ BEGIN RAISE EXCEPTION 'nope' USING ERRCODE = 'P0002', DETAIL = 'the detail', HINT = 'the hint'; END $$`,
  ),
  c(
    'do block raise named condition',
    `DO $$ BEGIN RAISE unique_violation USING MESSAGE = 'dup key thing'; END $$`,
  ),
  c('do block raise sqlstate', `DO $$ BEGIN RAISE SQLSTATE '22012'; END $$`),
  c(
    'do block raise custom errcode',
    `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'AB123', MESSAGE = 'custom'; END $$`,
  ),
  c(
    'do block raise notice continues',
    `DO $$ BEGIN RAISE NOTICE 'hello %', 1; INSERT INTO items(name) VALUES ('x'); END $$`,
    `SELECT name FROM items`,
  ),
  c('do block raise too few params', `DO $$ BEGIN RAISE NOTICE 'a % %', 1; END $$`),
  c(
    'do block catch unique',
    `INSERT INTO items(name) VALUES ('a')`,
    `DO $$ BEGIN INSERT INTO items(name) VALUES ('a'); EXCEPTION WHEN unique_violation THEN INSERT INTO items(name) VALUES ('a2'); END $$`,
    `SELECT name FROM items ORDER BY id`,
  ),
  c(
    'do block sqlerrm',
    `DO $$ BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN RAISE EXCEPTION 'caught: % %', SQLSTATE, SQLERRM; END $$`,
  ),
  c(
    'do block get stacked diagnostics',
    `DO $$ DECLARE m text; s text; BEGIN INSERT INTO items(name) VALUES (NULL); EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS m = MESSAGE_TEXT, s = RETURNED_SQLSTATE; RAISE EXCEPTION '% / %', s, m; END $$`,
  ),
  c(
    'do block exception rolls back block',
    `DO $$ BEGIN INSERT INTO items(name) VALUES ('keep'); BEGIN INSERT INTO items(name) VALUES ('gone'); PERFORM 1/0; EXCEPTION WHEN OTHERS THEN NULL; END; END $$`,
    `SELECT name FROM items ORDER BY id`,
  ),
  c(
    'do row_count found',
    `INSERT INTO items(name, qty) VALUES ('a',1),('b',2),('c',3)`,
    `DO $$ DECLARE n int; BEGIN UPDATE items SET qty = qty + 1 WHERE qty > 1; GET DIAGNOSTICS n = ROW_COUNT; IF NOT FOUND THEN RAISE EXCEPTION 'none'; END IF; RAISE EXCEPTION 'updated %', n; END $$`,
  ),
  c(
    'do found false',
    `DO $$ BEGIN PERFORM 1 FROM items WHERE id = 99; IF NOT FOUND THEN RAISE EXCEPTION 'not found' USING ERRCODE = 'no_data_found'; END IF; END $$`,
  ),
  c(
    'do select into strict none',
    `DO $$ DECLARE r items; BEGIN SELECT * INTO STRICT r FROM items WHERE id = 1; END $$`,
  ),
  c(
    'do select into strict many',
    `INSERT INTO items(name) VALUES ('a'),('b')`,
    `DO $$ DECLARE r items; BEGIN SELECT * INTO STRICT r FROM items; END $$`,
  ),
  c(
    'do select into non strict many',
    `INSERT INTO items(name, qty) VALUES ('a', 5),('b', 6)`,
    `DO $$ DECLARE q int; BEGIN SELECT qty INTO q FROM items ORDER BY id DESC; RAISE EXCEPTION 'q=%', q; END $$`,
  ),
  c(
    'do dynamic execute using',
    `DO $$ DECLARE n int; BEGIN EXECUTE format('INSERT INTO %I(name, qty) VALUES ($1, $2)', 'items') USING 'dyn', 7; EXECUTE 'SELECT count(*) FROM items WHERE qty = $1' INTO n USING 7; RAISE EXCEPTION 'n=%', n; END $$`,
  ),
  c(
    'do execute into strict',
    `DO $$ DECLARE n int; BEGIN EXECUTE 'SELECT id FROM items' INTO STRICT n; END $$`,
  ),
  c('do assign wrong type', `DO $$ DECLARE n int; BEGIN n := 'abc'; END $$`),
  c('do assign rounding', `DO $$ DECLARE n int; BEGIN n := 2.5; RAISE EXCEPTION 'n=%', n; END $$`),
  c('do null into not null', `DO $$ DECLARE n int NOT NULL := 1; BEGIN n := NULL; END $$`),
  c(
    'do foreach array',
    `DO $$ DECLARE x text; BEGIN FOREACH x IN ARRAY ARRAY['p','q'] LOOP INSERT INTO items(name) VALUES (x); END LOOP; END $$`,
    `SELECT name FROM items ORDER BY name`,
  ),
  c(
    'do for query loop',
    `INSERT INTO items(name, qty) VALUES ('a',1),('b',2)`,
    `DO $$ DECLARE r record; t int := 0; BEGIN FOR r IN SELECT * FROM items LOOP t := t + r.qty; END LOOP; RAISE EXCEPTION 'total %', t; END $$`,
  ),
  c(
    'do while exit continue',
    `DO $$ DECLARE i int := 0; s int := 0; BEGIN WHILE i < 10 LOOP i := i + 1; CONTINUE WHEN i % 2 = 0; EXIT WHEN i > 7; s := s + i; END LOOP; RAISE EXCEPTION 's=%', s; END $$`,
  ),
  c('do case statement no match', `DO $$ BEGIN CASE 3 WHEN 1 THEN NULL; WHEN 2 THEN NULL; END CASE; END $$`),
  c('do assert', `DO $$ BEGIN ASSERT 1 = 2, 'math broke'; END $$`),
  c(
    'do return in do',
    `DO $$ BEGIN RETURN; INSERT INTO items(name) VALUES ('never'); END $$`,
    `SELECT count(*) FROM items`,
  ),
  c('do language sql', `DO LANGUAGE sql $$ SELECT 1 $$`),
  c(
    'function sql basic',
    `CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$`,
    `SELECT add(1, 2) AS a, add(NULL, 2) AS b`,
  ),
  c(
    'function strict',
    `CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql STRICT AS $$ BEGIN RETURN 1; END $$`,
    `SELECT f(NULL) AS a, f(5) AS b`,
  ),
  c(
    'function default args',
    `CREATE FUNCTION greet(name text, greeting text DEFAULT 'Hello') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ', ' || name $$`,
    `SELECT greet('Bob') AS a, greet('Bob', 'Hi') AS b, greet(greeting => 'Yo', name => 'Al') AS c, greet(name := 'X') AS d`,
  ),
  c(
    'function named arg unknown',
    `CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT a'`,
    `SELECT g(b => 1)`,
  ),
  c(
    'function variadic',
    `CREATE FUNCTION vsum(VARIADIC nums int[]) RETURNS int LANGUAGE sql AS $$ SELECT sum(n)::int FROM unnest(nums) n $$`,
    `SELECT vsum(1,2,3) AS a, vsum(VARIADIC ARRAY[4,5]) AS b, vsum(VARIADIC ARRAY[]::int[]) AS c`,
  ),
  c(
    'function returns table',
    `INSERT INTO items(name, qty) VALUES ('a',1),('b',2),('c',3)`,
    `CREATE FUNCTION top_items(min_qty int) RETURNS TABLE(item_name text, item_qty int) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT name, qty FROM items WHERE qty >= min_qty ORDER BY qty DESC; END $$`,
    `SELECT * FROM top_items(2)`,
    `SELECT top_items(2)`,
  ),
  c(
    'function returns table conflict column',
    `INSERT INTO items(name, qty) VALUES ('a',1)`,
    `CREATE FUNCTION f() RETURNS TABLE(name text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT name FROM items; END $$`,
    `SELECT * FROM f()`,
  ),
  c(
    'function setof',
    `INSERT INTO items(name, qty) VALUES ('a',1),('b',2)`,
    `CREATE FUNCTION all_items() RETURNS SETOF items LANGUAGE sql STABLE AS $$ SELECT * FROM items ORDER BY id $$`,
    `SELECT name, qty FROM all_items()`,
    `SELECT (all_items()).name`,
  ),
  c(
    'function return next',
    `CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE plpgsql AS $$ DECLARE i int; BEGIN FOR i IN 1..n LOOP IF i % 2 = 0 THEN RETURN NEXT i; END IF; END LOOP; RETURN; END $$`,
    `SELECT * FROM evens(7)`,
    `SELECT evens(4) AS e`,
  ),
  c(
    'function out params',
    `CREATE FUNCTION stats(OUT total int, OUT maxq int) LANGUAGE sql AS $$ SELECT count(*)::int, max(qty) FROM items $$`,
    `SELECT * FROM stats()`,
    `SELECT stats()`,
    `SELECT (stats()).total`,
  ),
  c(
    'function out params plpgsql',
    `CREATE FUNCTION divmod(a int, b int, OUT q int, OUT r int) LANGUAGE plpgsql AS $$ BEGIN q := a / b; r := a % b; END $$`,
    `SELECT * FROM divmod(17, 5)`,
    `SELECT divmod(1, 0)`,
  ),
  c(
    'function no return',
    `CREATE FUNCTION nr() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$`,
    `SELECT nr()`,
  ),
  c(
    'function replace change return type',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    `CREATE OR REPLACE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'a' $$`,
  ),
  c(
    'function replace same',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    `CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2'`,
    `SELECT f()`,
  ),
  c(
    'function duplicate',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
  ),
  c(
    'function overload',
    `CREATE FUNCTION f(a int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$`,
    `CREATE FUNCTION f(a text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$`,
    `SELECT f(1) AS a, f('x') AS b, f('1'::text) AS c, f(1::bigint)`,
  ),
  c(
    'function sql body error at create',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT nope FROM items'`,
  ),
  c(
    'function plpgsql body error at call',
    `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT nope FROM items); END $$`,
    `SELECT f()`,
  ),
  c(
    'function plpgsql syntax error at create',
    `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETRN 1; END $$`,
  ),
  c(
    'drop function if exists',
    `DROP FUNCTION IF EXISTS nope()`,
    `DROP FUNCTION IF EXISTS nope`,
    `DROP FUNCTION nope()`,
  ),
  c(
    'function immutable now',
    `CREATE FUNCTION f() RETURNS timestamptz LANGUAGE sql IMMUTABLE AS 'SELECT now()'`,
    `SELECT f() IS NOT NULL AS a`,
  ),
  c(
    'function security definer',
    `CREATE FUNCTION f() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT current_setting(''search_path'')'`,
    `SELECT f()`,
    `SHOW search_path`,
  ),
  c(
    'trigger updated_at',
    upd,
    `INSERT INTO items(name) VALUES ('a')`,
    `SELECT updated_at IS NULL AS n FROM items`,
    `UPDATE items SET qty = 5`,
    `SELECT updated_at IS NOT NULL AS n, qty FROM items`,
  ),
  c(
    'trigger audit',
    aud,
    `INSERT INTO items(name, qty) VALUES ('a', 1) RETURNING id`,
    `UPDATE items SET qty = 2 WHERE name = 'a'`,
    `DELETE FROM items`,
    `SELECT op, item_id, old_qty, new_qty FROM audit ORDER BY id`,
  ),
  c(
    'trigger before insert modifies returning',
    `CREATE FUNCTION up() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); NEW.qty := NEW.qty * 10; RETURN NEW; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION up()`,
    `INSERT INTO items(name, qty) VALUES ('ab', 2) RETURNING name, qty`,
  ),
  c(
    'trigger return null skips',
    `CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.qty < 0 THEN RETURN NULL; END IF; RETURN NEW; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION skip()`,
    `INSERT INTO items(name, qty) VALUES ('a', -1), ('b', 1) RETURNING name`,
    `SELECT name FROM items`,
  ),
  c(
    'trigger when condition',
    `CREATE FUNCTION au() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit(op, item_id, old_qty, new_qty) VALUES (TG_OP, NEW.id, OLD.qty, NEW.qty); RETURN NULL; END $$`,
    `CREATE TRIGGER tr AFTER UPDATE ON items FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION au()`,
    `INSERT INTO items(name, qty) VALUES ('a', 1), ('b', 2)`,
    `UPDATE items SET qty = 2`,
    `SELECT item_id, old_qty, new_qty FROM audit`,
  ),
  c(
    'trigger statement level',
    `CREATE FUNCTION st() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit(op) VALUES (TG_OP || ':' || TG_LEVEL || ':' || TG_WHEN || ':' || TG_TABLE_NAME); RETURN NULL; END $$`,
    `CREATE TRIGGER tr AFTER UPDATE ON items FOR EACH STATEMENT EXECUTE FUNCTION st()`,
    `UPDATE items SET qty = 1`,
    `INSERT INTO items(name) VALUES ('a'),('b')`,
    `UPDATE items SET qty = 1`,
    `SELECT op FROM audit`,
  ),
  c(
    'trigger raise exception',
    `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.qty > 100 THEN RAISE EXCEPTION 'qty % too big', NEW.qty USING ERRCODE = 'check_violation', HINT = 'keep it under 100', DETAIL = 'item ' || NEW.name; END IF; RETURN NEW; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION chk()`,
    `INSERT INTO items(name, qty) VALUES ('a', 101)`,
    { sql: 'INSERT INTO items(name, qty) VALUES ($1, $2) RETURNING qty', params: ['b', 5] },
  ),
  c(
    'trigger raise with column constraint table',
    `CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'bad' USING ERRCODE = '23514', COLUMN = 'qty', CONSTRAINT = 'qty_ok', TABLE = 'items', SCHEMA = 'public', DATATYPE = 'int4'; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION chk()`,
    `INSERT INTO items(name) VALUES ('a')`,
  ),
  c(
    'trigger old in insert',
    `CREATE FUNCTION t1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'old is %', OLD; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION t1()`,
    `INSERT INTO items(name) VALUES ('a')`,
  ),
  c(
    'trigger on function not trigger',
    `CREATE FUNCTION nt() RETURNS int LANGUAGE sql AS 'SELECT 1'`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION nt()`,
  ),
  c('trigger drop if exists', `DROP TRIGGER IF EXISTS nope ON items`, `DROP TRIGGER nope ON items`),
  c(
    'trigger tg_argv',
    `CREATE FUNCTION ta() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := NEW.name || TG_ARGV[0] || TG_NARGS; RETURN NEW; END $$`,
    `CREATE TRIGGER tr BEFORE INSERT ON items FOR EACH ROW EXECUTE PROCEDURE ta('-x', 'y')`,
    `INSERT INTO items(name) VALUES ('a') RETURNING name`,
  ),
  c(
    'trigger after returning null fine',
    `CREATE FUNCTION an() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
    `CREATE TRIGGER tr AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION an()`,
    `INSERT INTO items(name) VALUES ('a') RETURNING name`,
  ),
  c(
    'trigger before delete return null',
    `INSERT INTO items(name) VALUES ('a'),('b')`,
    `CREATE FUNCTION nd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.name = 'a' THEN RETURN NULL; END IF; RETURN OLD; END $$`,
    `CREATE TRIGGER tr BEFORE DELETE ON items FOR EACH ROW EXECUTE FUNCTION nd()`,
    `DELETE FROM items RETURNING name`,
    `SELECT name FROM items`,
  ),
  c(
    'procedure call',
    `CREATE PROCEDURE addi(n text, q int DEFAULT 1) LANGUAGE plpgsql AS $$ BEGIN INSERT INTO items(name, qty) VALUES (n, q); END $$`,
    `CALL addi('a')`,
    `CALL addi('b', 3)`,
    `SELECT name, qty FROM items ORDER BY id`,
  ),
  c(
    'procedure inout',
    `CREATE PROCEDURE dbl(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x * 2; END $$`,
    `CALL dbl(21)`,
  ),
  c(
    'procedure commit inside',
    `CREATE PROCEDURE batches() LANGUAGE plpgsql AS $$ DECLARE i int; BEGIN FOR i IN 1..3 LOOP INSERT INTO items(name) VALUES ('b' || i); IF i = 2 THEN COMMIT; ELSE ROLLBACK; END IF; END LOOP; END $$`,
    `CALL batches()`,
    `SELECT name FROM items ORDER BY name`,
  ),
  c(
    'procedure commit inside tx block',
    `CREATE PROCEDURE pc() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO items(name) VALUES ('x'); COMMIT; END $$`,
    `BEGIN`,
    `CALL pc()`,
    `ROLLBACK`,
  ),
  c('procedure select call', `CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'`, `SELECT p()`),
  c('call a function', `CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'`, `CALL f()`),
];
