// Round 17, part B: PL/pgSQL structure, declarations, expressions, basic statements and control
// structures (PostgreSQL 15 documentation 43.1 to 43.6).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 plpgsql B: ');
const OUT = 'CREATE TABLE out (n serial PRIMARY KEY, v text);';
const ITEMS = `CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2), qty int);
INSERT INTO item VALUES (1, 'apple', 1.50, 10), (2, 'pear', 2.25, 0), (3, 'fig', NULL, 7), (4, 'kiwi', 0.75, 3);`;

/** A function of this body (`RETURNS <ret>`), then the selects. */
const fn = (name: string, ret: string, body: string, selects: ProbeStep[], setup?: string, args = '') =>
  list.add(
    name,
    [`CREATE FUNCTION f(${args}) RETURNS ${ret} LANGUAGE plpgsql AS $fn$ ${body} $fn$`, ...selects],
    setup,
  );
/** A DO block writing to `out`, then reading it. */
const doBlock = (name: string, body: string, setup = '') =>
  list.add(name, [`DO $do$ ${body} $do$`, 'SELECT n, v FROM out ORDER BY n'], `${OUT}${setup}`);

// ---------------------------------------------------------------- 43.2 structure, DO
doBlock('DO inserts a row', "BEGIN INSERT INTO out (v) VALUES ('hi'); END");
doBlock('DO with DECLARE', 'DECLARE x int := 3; BEGIN INSERT INTO out (v) VALUES (x * 2); END');
doBlock('DO with LANGUAGE plpgsql spelled out', "BEGIN INSERT INTO out (v) VALUES ('lang'); END");
list.add('DO LANGUAGE sql is an error', ['DO LANGUAGE sql $$ SELECT 1 $$']);
list.add('DO with a syntax error', ['DO $$ BEGIN SELEC 1; END $$']);
list.add('DO with a missing END', ['DO $$ BEGIN PERFORM 1; $$']);
list.add('DO returns nothing and its command tag', ['DO $$ BEGIN END $$']);
list.add('DO is not allowed with parameters', [withParams('DO $$ BEGIN PERFORM $1; END $$', '1')]);
list.add(
  'DO inside a transaction is rolled back with it',
  [
    'BEGIN',
    "DO $$ BEGIN INSERT INTO out (v) VALUES ('x'); END $$",
    'ROLLBACK',
    'SELECT count(*)::int AS n FROM out',
  ],
  OUT,
);
list.add('an error in DO aborts the transaction', [
  'BEGIN',
  "DO $$ BEGIN RAISE EXCEPTION 'stop'; END $$",
  'SELECT 1 AS v',
  'ROLLBACK',
]);
doBlock(
  'nested blocks and shadowing with labels',
  `<<outerblock>> DECLARE quantity integer := 30; BEGIN
  INSERT INTO out (v) VALUES ('a ' || quantity); quantity := 50;
  DECLARE quantity integer := 80; BEGIN
    INSERT INTO out (v) VALUES ('b ' || quantity);
    INSERT INTO out (v) VALUES ('c ' || outerblock.quantity);
  END;
  INSERT INTO out (v) VALUES ('d ' || quantity);
END`,
);
doBlock(
  'a function parameter qualified by the function label',
  `BEGIN INSERT INTO out (v) VALUES ('ok'); END`,
);
fn(
  'function-name label qualifies a parameter',
  'int',
  'DECLARE a int := 1; BEGIN RETURN f.a + a; END',
  ['SELECT f(10) AS v'],
  undefined,
  'a int',
);

// ---------------------------------------------------------------- 43.3 declarations
fn('a variable without default is NULL', 'boolean', 'DECLARE x int; BEGIN RETURN x IS NULL; END', [
  'SELECT f() AS v',
]);
fn('CONSTANT cannot be assigned', 'int', 'DECLARE x CONSTANT int := 1; BEGIN x := 2; RETURN x; END', [
  'SELECT f() AS v',
]);
fn('NOT NULL without a default is an error', 'int', 'DECLARE x int NOT NULL; BEGIN RETURN 1; END', [
  'SELECT f() AS v',
]);
fn('NOT NULL assigned NULL raises', 'int', 'DECLARE x int NOT NULL := 1; BEGIN x := NULL; RETURN x; END', [
  'SELECT f() AS v',
]);
fn(
  'default evaluated at each block entry',
  'text',
  `DECLARE s text := ''; BEGIN
  FOR i IN 1..3 LOOP DECLARE c int := 10; BEGIN c := c + i; s := s || c || ' '; END; END LOOP; RETURN s; END`,
  ['SELECT f() AS v'],
);
fn(
  'a default from now() is the transaction time',
  'boolean',
  'DECLARE t timestamptz := now(); BEGIN RETURN t = transaction_timestamp(); END',
  ['SELECT f() AS v'],
);
fn('an assignment with = as well as :=', 'int', 'DECLARE x int; BEGIN x = 5; RETURN x; END', [
  'SELECT f() AS v',
]);
fn(
  'ALIAS FOR $1',
  'numeric',
  'DECLARE subtotal ALIAS FOR $1; BEGIN RETURN subtotal * 0.06; END',
  ['SELECT f(100) AS v'],
  undefined,
  'real',
);
fn(
  'a parameter named and $n',
  'numeric',
  'BEGIN RETURN subtotal * 0.06 + $1; END',
  ['SELECT f(100) AS v'],
  undefined,
  'subtotal numeric',
);
fn(
  'assigning to an IN parameter is allowed',
  'int',
  'BEGIN a := a * 2; RETURN a; END',
  ['SELECT f(4) AS v'],
  undefined,
  'a int',
);
fn(
  '%TYPE of a column',
  'text',
  'DECLARE n item.name%TYPE; BEGIN SELECT name INTO n FROM item WHERE id = 2; RETURN n; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  '%TYPE of a variable',
  'text',
  "DECLARE a varchar(3) := 'abc'; b a%TYPE; BEGIN b := a; RETURN pg_typeof(b)::text || ' ' || b; END",
  ['SELECT f() AS v'],
);
fn(
  '%TYPE of a missing column',
  'text',
  'DECLARE n item.nope%TYPE; BEGIN RETURN 1; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn('%TYPE of an unknown word', 'text', 'DECLARE n nope%TYPE; BEGIN RETURN 1; END', ['SELECT f() AS v']);
fn('%TYPE of a type name', 'text', 'DECLARE n int4%TYPE := 5; BEGIN RETURN pg_typeof(n)::text; END', [
  'SELECT f() AS v',
]);
fn('%TYPE of a missing table', 'text', 'DECLARE n nope.x%TYPE; BEGIN RETURN 1; END', ['SELECT f() AS v']);
fn('%TYPE of a field of a scalar variable', 'text', 'DECLARE x int; n x.y%TYPE; BEGIN RETURN 1; END', [
  'SELECT f() AS v',
]);
fn(
  '%TYPE of a missing schema',
  'text',
  'DECLARE n nope.item.id%TYPE; BEGIN RETURN 1; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  '%TYPE schema-qualified column',
  'text',
  'DECLARE n public.item.price%TYPE := 1.5; BEGIN RETURN pg_typeof(n)::text || n; END',
  ['SELECT f() AS v'],
  ITEMS,
);
list.add('%TYPE of an unknown word in a DO block', ['DO $$ DECLARE n nope%TYPE; BEGIN END $$']);
fn(
  '%TYPE[] is 17 syntax',
  'text',
  'DECLARE n item.id%TYPE[]; BEGIN n := ARRAY[1,2]; RETURN n::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  '%ROWTYPE',
  'text',
  'DECLARE r item%ROWTYPE; BEGIN SELECT * INTO r FROM item WHERE id = 1; RETURN r.name || r.qty; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'a table name as a row type',
  'text',
  'DECLARE r item; BEGIN SELECT * INTO r FROM item WHERE id = 4; RETURN r::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  '%ROWTYPE field assignment',
  'text',
  "DECLARE r item%ROWTYPE; BEGIN r.id := 9; r.name := 'x'; RETURN r::text; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'a row variable with no row found stays NULL fields',
  'text',
  'DECLARE r item%ROWTYPE; BEGIN SELECT * INTO r FROM item WHERE id = 99; RETURN coalesce(r.name, $$none$$) || (r IS NULL)::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'a record variable',
  'text',
  "DECLARE r record; BEGIN SELECT id, name INTO r FROM item WHERE id = 3; RETURN r.id || ':' || r.name; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'an unassigned record field access is an error (55000)',
  'text',
  'DECLARE r record; BEGIN RETURN r.id; END',
  ['SELECT f() AS v'],
);
fn(
  'a record field that does not exist',
  'text',
  'DECLARE r record; BEGIN SELECT 1 AS a INTO r; RETURN r.b; END',
  ['SELECT f() AS v'],
);
fn(
  'a record reassigned with another shape',
  'text',
  "DECLARE r record; BEGIN SELECT 1 AS a INTO r; SELECT 'x' AS b, 2 AS c INTO r; RETURN r.b || r.c; END",
  ['SELECT f() AS v'],
);
fn(
  'a composite-typed parameter',
  'text',
  "BEGIN RETURN it.name || '/' || it.qty; END",
  ['SELECT f(item) AS v FROM item ORDER BY id'],
  ITEMS,
  'it item',
);
fn(
  'a row constructor assigned to a row variable',
  'text',
  "DECLARE r item; BEGIN r := ROW(5, 'five', 5.5, 5); RETURN r.price::text; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'an array variable',
  'int',
  'DECLARE a int[] := ARRAY[1,2,3]; BEGIN a[5] := 9; RETURN array_length(a, 1); END',
  ['SELECT f() AS v'],
);
fn(
  'an array subscript assignment to NULL array',
  'text',
  'DECLARE a int[]; BEGIN a[2] := 7; RETURN a::text; END',
  ['SELECT f() AS v'],
);
fn('a collation on a variable', 'boolean', `DECLARE a text COLLATE "C" := 'a'; BEGIN RETURN a < 'B'; END`, [
  'SELECT f() AS v',
]);

// ---------------------------------------------------------------- 43.4 expressions
fn('expressions are SELECTs: integer division', 'numeric', 'BEGIN RETURN 7 / 2; END', ['SELECT f() AS v']);
fn('an expression returning two columns is an error', 'int', 'BEGIN RETURN (1, 2); END', ['SELECT f() AS v']);
fn(
  'an assignment of a text to an int variable casts',
  'int',
  "DECLARE x int; BEGIN x := '42'; RETURN x; END",
  ['SELECT f() AS v'],
);
fn(
  'an assignment of a bad text to an int raises 22P02',
  'int',
  "DECLARE x int; BEGIN x := 'abc'; RETURN x; END",
  ['SELECT f() AS v'],
);
fn('an assignment of numeric to int rounds', 'int', 'DECLARE x int; BEGIN x := 2.5; RETURN x; END', [
  'SELECT f() AS v',
]);
fn('an assignment overflowing smallint', 'int', 'DECLARE x smallint; BEGIN x := 40000; RETURN x; END', [
  'SELECT f() AS v',
]);
fn('varchar(3) assignment too long', 'text', "DECLARE x varchar(3); BEGIN x := 'abcd'; RETURN x; END", [
  'SELECT f() AS v',
]);
fn('numeric(5,2) assignment rounds', 'numeric', 'DECLARE x numeric(5,2); BEGIN x := 1.005; RETURN x; END', [
  'SELECT f() AS v',
]);
fn(
  'an expression with a subquery',
  'bigint',
  'BEGIN RETURN (SELECT count(*) FROM item WHERE qty > 0); END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'an assignment from a query with more than one row',
  'int',
  'DECLARE x int; BEGIN x := id FROM item; RETURN x; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'an assignment from a query with no row gives NULL',
  'boolean',
  'DECLARE x int := 1; BEGIN x := id FROM item WHERE false; RETURN x IS NULL; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'a scalar subquery of two rows raises 21000',
  'int',
  'BEGIN RETURN (SELECT id FROM item); END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn('a division by zero raises 22012', 'int', 'BEGIN RETURN 1 / 0; END', ['SELECT f() AS v']);
fn('a boolean condition from a string', 'text', "BEGIN IF 'true' THEN RETURN 'y'; END IF; RETURN 'n'; END", [
  'SELECT f() AS v',
]);
fn('a NULL condition is false', 'text', "BEGIN IF NULL THEN RETURN 'y'; END IF; RETURN 'n'; END", [
  'SELECT f() AS v',
]);
fn('a non-boolean condition is an error', 'text', "BEGIN IF 1 THEN RETURN 'y'; END IF; RETURN 'n'; END", [
  'SELECT f() AS v',
]);

// ---------------------------------------------------------------- 43.5 basic statements
fn(
  'PERFORM discards the result',
  'int',
  'BEGIN PERFORM 1; PERFORM * FROM item; RETURN 1; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn('a bare SELECT without INTO is an error', 'int', 'BEGIN SELECT 1; RETURN 1; END', ['SELECT f() AS v']);
fn(
  'PERFORM sets FOUND',
  'text',
  "BEGIN PERFORM * FROM item WHERE id = 1; IF FOUND THEN RETURN 'found'; END IF; RETURN 'none'; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'PERFORM of no row clears FOUND',
  'boolean',
  'BEGIN PERFORM * FROM item WHERE id = 99; RETURN FOUND; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn('FOUND is false at function start', 'boolean', 'BEGIN RETURN FOUND; END', ['SELECT f() AS v']);
fn(
  'SELECT INTO several variables',
  'text',
  'DECLARE a int; b text; BEGIN SELECT id, name INTO a, b FROM item WHERE id = 2; RETURN a || b; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO takes the first row',
  'int',
  'DECLARE a int; BEGIN SELECT id INTO a FROM item ORDER BY id DESC; RETURN a; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO no row sets NULL and FOUND false',
  'text',
  'DECLARE a int := 5; BEGIN SELECT id INTO a FROM item WHERE id = 99; RETURN coalesce(a::text, $$null$$) || FOUND::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO STRICT no row raises NO_DATA_FOUND',
  'int',
  'DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE id = 99; RETURN a; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO STRICT two rows raises TOO_MANY_ROWS',
  'int',
  'DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE qty > 0; RETURN a; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO STRICT one row',
  'int',
  'DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE name = $$fig$$; RETURN a; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'catching NO_DATA_FOUND',
  'text',
  "DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE id = 99; RETURN a; EXCEPTION WHEN NO_DATA_FOUND THEN RETURN 'no row'; WHEN TOO_MANY_ROWS THEN RETURN 'many'; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'catching TOO_MANY_ROWS',
  'text',
  "DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item; RETURN a; EXCEPTION WHEN NO_DATA_FOUND THEN RETURN 'no row'; WHEN TOO_MANY_ROWS THEN RETURN 'many'; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO STRICT message with print_strict_params',
  'text',
  "DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE id > 0; RETURN a; EXCEPTION WHEN TOO_MANY_ROWS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SQLERRM of NO_DATA_FOUND',
  'text',
  "DECLARE a int; BEGIN SELECT id INTO STRICT a FROM item WHERE id = 99; RETURN a; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ' ' || SQLERRM; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'INSERT ... RETURNING INTO',
  'int',
  "DECLARE nid int; BEGIN INSERT INTO item VALUES (10, 'ten', 1, 1) RETURNING id INTO nid; RETURN nid; END",
  ['SELECT f() AS v', 'SELECT count(*)::int AS n FROM item'],
  ITEMS,
);
fn(
  'UPDATE ... RETURNING INTO STRICT of two rows',
  'int',
  'DECLARE x int; BEGIN UPDATE item SET qty = qty + 1 WHERE qty > 0 RETURNING id INTO STRICT x; RETURN x; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'UPDATE ... RETURNING INTO of two rows (non-strict) is an error too',
  'int',
  'DECLARE x int; BEGIN UPDATE item SET qty = qty + 1 WHERE qty > 0 RETURNING id INTO x; RETURN x; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'DELETE ... RETURNING INTO with no row',
  'text',
  "DECLARE x int; BEGIN DELETE FROM item WHERE id = 99 RETURNING id INTO x; RETURN coalesce(x::text, 'none') || FOUND::text; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO a record',
  'text',
  'DECLARE r record; BEGIN SELECT * INTO r FROM item WHERE id = 1; RETURN r.name; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO with too many columns for the targets',
  'text',
  'DECLARE a int; BEGIN SELECT id, name INTO a FROM item WHERE id = 1; RETURN a::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO with too few columns for the targets',
  'text',
  'DECLARE a int; b text; BEGIN SELECT id INTO a, b FROM item WHERE id = 1; RETURN coalesce(b, $$nb$$); END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'SELECT INTO placed at the end',
  'int',
  'DECLARE a int; BEGIN SELECT id FROM item WHERE id = 3 INTO a; RETURN a; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'GET DIAGNOSTICS ROW_COUNT after UPDATE',
  'bigint',
  'DECLARE n bigint; BEGIN UPDATE item SET qty = 0 WHERE qty > 0; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'GET DIAGNOSTICS ROW_COUNT after SELECT INTO',
  'bigint',
  'DECLARE n bigint; a int; BEGIN SELECT id INTO a FROM item; GET DIAGNOSTICS n := ROW_COUNT; RETURN n; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'GET DIAGNOSTICS ROW_COUNT after PERFORM',
  'bigint',
  'DECLARE n bigint; BEGIN PERFORM * FROM item; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'GET DIAGNOSTICS ROW_COUNT after EXECUTE',
  'bigint',
  "DECLARE n bigint; BEGIN EXECUTE 'DELETE FROM item WHERE qty = 0'; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'GET DIAGNOSTICS PG_CONTEXT',
  'text',
  'DECLARE c text; BEGIN GET DIAGNOSTICS c = PG_CONTEXT; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'GET DIAGNOSTICS PG_ROUTINE_OID is 16 syntax',
  'boolean',
  'DECLARE o oid; BEGIN GET DIAGNOSTICS o = PG_ROUTINE_OID; RETURN o IS NOT NULL; END',
  ['SELECT f() AS v'],
);
fn(
  'FOUND after UPDATE of no row',
  'boolean',
  'BEGIN UPDATE item SET qty = 1 WHERE id = 99; RETURN FOUND; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOUND after INSERT',
  'boolean',
  "BEGIN INSERT INTO item VALUES (20, 'x', 1, 1); RETURN FOUND; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOUND after a FOR loop over no rows',
  'boolean',
  'DECLARE r record; BEGIN FOR r IN SELECT * FROM item WHERE false LOOP END LOOP; RETURN FOUND; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOUND is not set by EXECUTE',
  'boolean',
  "BEGIN PERFORM 1; EXECUTE 'SELECT 1 WHERE false'; RETURN FOUND; END",
  ['SELECT f() AS v'],
);
fn('NULL statement', 'int', 'BEGIN NULL; RETURN 1; END', ['SELECT f() AS v']);
fn(
  'the upsert pattern with INSERT ON CONFLICT',
  'int',
  "BEGIN INSERT INTO item VALUES (1, 'apple', 1, 1) ON CONFLICT (id) DO UPDATE SET qty = item.qty + 1; RETURN (SELECT qty FROM item WHERE id = 1); END",
  ['SELECT f() AS v', 'SELECT f() AS w'],
  ITEMS,
);

// ---------------------------------------------------------------- EXECUTE
fn(
  'EXECUTE with format %I and USING',
  'bigint',
  "DECLARE n bigint; BEGIN EXECUTE format('SELECT count(*) FROM %I WHERE qty > $1', 'item') INTO n USING 2; RETURN n; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'EXECUTE with format %L',
  'text',
  "DECLARE r text; BEGIN EXECUTE format('SELECT name FROM item WHERE name = %L', 'fig') INTO r; RETURN r; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'EXECUTE INTO STRICT with no row',
  'text',
  "DECLARE r text; BEGIN EXECUTE 'SELECT name FROM item WHERE id = 99' INTO STRICT r; RETURN r; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'EXECUTE INTO with no row',
  'text',
  "DECLARE r text := 'x'; BEGIN EXECUTE 'SELECT name FROM item WHERE id = 99' INTO r; RETURN coalesce(r, 'null'); END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'EXECUTE of a DDL statement',
  'bigint',
  "DECLARE n bigint; BEGIN EXECUTE 'CREATE TABLE made (x int)'; EXECUTE 'INSERT INTO made VALUES (1), (2)'; EXECUTE 'SELECT count(*) FROM made' INTO n; RETURN n; END",
  ['SELECT f() AS v', 'SELECT count(*)::int AS n FROM made'],
);
fn('EXECUTE with a syntax error', 'int', "BEGIN EXECUTE 'SELEC 1'; RETURN 1; END", ['SELECT f() AS v']);
fn('EXECUTE of a NULL string', 'int', 'BEGIN EXECUTE NULL; RETURN 1; END', ['SELECT f() AS v']);
fn(
  'EXECUTE USING two parameters of types',
  'text',
  "DECLARE r text; BEGIN EXECUTE 'SELECT $1::text || $2::text' INTO r USING 1, now() IS NOT NULL; RETURN r; END",
  ['SELECT f() AS v'],
);
fn(
  'EXECUTE with a missing USING value',
  'text',
  "DECLARE r text; BEGIN EXECUTE 'SELECT $2::text' INTO r USING 1; RETURN r; END",
  ['SELECT f() AS v'],
);
fn(
  'format %s with NULL and %I quoting',
  'text',
  "BEGIN RETURN format('%s|%I|%L|%L', NULL, 'My Table', NULL, 'it''s'); END",
  ['SELECT f() AS v'],
);
fn(
  'quote_ident, quote_literal, quote_nullable',
  'text',
  "BEGIN RETURN quote_ident('a b') || quote_literal(E'x\\\\y') || quote_nullable(NULL); END",
  ['SELECT f() AS v'],
);
fn(
  'EXECUTE an INSERT with USING a row',
  'bigint',
  "DECLARE n bigint; BEGIN EXECUTE 'INSERT INTO item VALUES ($1, $2, $3, $4)' USING 30, 'x', 1.25, 2; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END",
  ['SELECT f() AS v', 'SELECT price FROM item WHERE id = 30'],
  ITEMS,
);
fn(
  'EXECUTE ... INTO a record',
  'text',
  "DECLARE r record; BEGIN EXECUTE 'SELECT id, name FROM item WHERE id = $1' INTO r USING 2; RETURN r.name; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'EXECUTE SELECT INTO inside the string is an error',
  'int',
  "DECLARE x int; BEGIN EXECUTE 'SELECT 1 INTO x'; RETURN 1; END",
  ['SELECT f() AS v'],
);

// ---------------------------------------------------------------- 43.6 control structures: RETURN
fn('RETURN with no value in a non-void function is an error at create', 'int', 'BEGIN RETURN; END', [
  'SELECT f() AS v',
]);
fn('falling off the end raises 2F005', 'int', 'BEGIN PERFORM 1; END', ['SELECT f() AS v']);
fn('void falls off the end', 'void', 'BEGIN PERFORM 1; END', ['SELECT f() IS NULL AS v']);
fn('RETURN in a void function with a value is an error', 'void', 'BEGIN RETURN 1; END', ['SELECT f() AS v']);
fn(
  'RETURN of a composite',
  'item',
  'BEGIN RETURN (SELECT i FROM item i WHERE id = 2); END',
  ['SELECT (f()).name AS n', 'SELECT * FROM f()'],
  ITEMS,
);
fn(
  'RETURN of a row variable',
  'item',
  'DECLARE r item; BEGIN SELECT * INTO r FROM item WHERE id = 4; RETURN r; END',
  ['SELECT * FROM f()'],
  ITEMS,
);
fn(
  'RETURN of a record into a composite',
  'item',
  "DECLARE r record; BEGIN SELECT 7 AS id, 'rec' AS name, 1.5 AS price, 1 AS qty INTO r; RETURN r; END",
  ['SELECT * FROM f()'],
  ITEMS,
);
fn(
  'RETURN of a mismatched record',
  'item',
  'DECLARE r record; BEGIN SELECT 7 AS id INTO r; RETURN r; END',
  ['SELECT * FROM f()'],
  ITEMS,
);
fn(
  'OUT parameters returned by plain RETURN',
  'record',
  'BEGIN a := 1; b := $$two$$; RETURN; END',
  ['SELECT * FROM f()'],
  undefined,
  'OUT a int, OUT b text',
);
fn(
  'OUT parameter left unset is NULL',
  'record',
  'BEGIN a := 1; END',
  ['SELECT * FROM f()'],
  undefined,
  'OUT a int, OUT b text',
);
fn('one OUT parameter returned', 'int', 'BEGIN r := 5; END', ['SELECT f() AS v'], undefined, 'OUT r int');
fn(
  'RETURN expression with OUT params is an error',
  'int',
  'BEGIN RETURN 5; END',
  ['SELECT f() AS v'],
  undefined,
  'OUT r int',
);
fn(
  'RETURN NEXT over a loop',
  'SETOF int',
  'BEGIN FOR i IN 1..3 LOOP RETURN NEXT i * 10; END LOOP; RETURN; END',
  ['SELECT * FROM f() AS v ORDER BY v'],
);
fn('RETURN NEXT without final RETURN', 'SETOF int', 'BEGIN RETURN NEXT 1; RETURN NEXT 2; END', [
  'SELECT * FROM f() AS v ORDER BY v',
]);
fn(
  'RETURN NEXT of rows',
  'SETOF item',
  'DECLARE r item; BEGIN FOR r IN SELECT * FROM item WHERE qty > 0 ORDER BY id LOOP r.qty := r.qty * 2; RETURN NEXT r; END LOOP; END',
  ['SELECT id, qty FROM f() ORDER BY id'],
  ITEMS,
);
fn(
  'RETURN QUERY',
  'SETOF item',
  'BEGIN RETURN QUERY SELECT * FROM item WHERE price IS NOT NULL; RETURN QUERY SELECT * FROM item WHERE price IS NULL; END',
  ['SELECT id FROM f() ORDER BY id'],
  ITEMS,
);
fn(
  'RETURN QUERY sets FOUND and ROW_COUNT',
  'SETOF text',
  "DECLARE n bigint; BEGIN RETURN QUERY SELECT name FROM item; GET DIAGNOSTICS n = ROW_COUNT; RETURN NEXT 'count ' || n || ' ' || FOUND; END",
  ['SELECT * FROM f() AS v ORDER BY v'],
  ITEMS,
);
fn(
  'RETURN QUERY EXECUTE with USING',
  'SETOF text',
  "BEGIN RETURN QUERY EXECUTE 'SELECT name FROM item WHERE qty >= $1' USING 5; END",
  ['SELECT * FROM f() AS v ORDER BY v'],
  ITEMS,
);
fn(
  'RETURN QUERY with a column type mismatch',
  'SETOF int',
  'BEGIN RETURN QUERY SELECT name FROM item; END',
  ['SELECT * FROM f()'],
  ITEMS,
);
fn(
  'RETURN QUERY of bigint into int result',
  'SETOF int',
  'BEGIN RETURN QUERY SELECT count(*) FROM item; END',
  ['SELECT * FROM f()'],
  ITEMS,
);
fn(
  'RETURN NEXT in RETURNS TABLE',
  'TABLE (k int, label text)',
  "BEGIN FOR i IN 1..2 LOOP k := i; label := 'n' || i; RETURN NEXT; END LOOP; END",
  ['SELECT * FROM f() ORDER BY k'],
);
fn(
  'RETURNS TABLE column shadows a table column: ambiguous',
  'TABLE (id int, name text)',
  'BEGIN RETURN QUERY SELECT id, name FROM item; END',
  ['SELECT * FROM f() ORDER BY id'],
  ITEMS,
);
fn(
  'RETURNS TABLE with qualified columns',
  'TABLE (id int, name text)',
  'BEGIN RETURN QUERY SELECT i.id, i.name FROM item i; END',
  ['SELECT * FROM f() ORDER BY id'],
  ITEMS,
);
fn(
  '#variable_conflict use_column',
  'TABLE (id int, name text)',
  '#variable_conflict use_column\nBEGIN RETURN QUERY SELECT id, name FROM item; END',
  ['SELECT * FROM f() ORDER BY id'],
  ITEMS,
);
fn(
  'RETURN NEXT with an expression in a SETOF record with OUT',
  'SETOF record',
  'BEGIN a := 1; RETURN NEXT; a := 2; RETURN NEXT; END',
  ['SELECT * FROM f() ORDER BY 1'],
  undefined,
  'OUT a int',
);
fn(
  'a set-returning plpgsql function in the select list',
  'SETOF int',
  'BEGIN RETURN NEXT 1; RETURN NEXT 2; END',
  ['SELECT f() AS v ORDER BY v'],
);
fn('a SETOF function returning nothing', 'SETOF int', 'BEGIN RETURN; END', [
  'SELECT count(*)::int AS n FROM f()',
]);
fn('RETURN NEXT in a non-SETOF function is an error', 'int', 'BEGIN RETURN NEXT 1; END', ['SELECT f() AS v']);

// ---------------------------------------------------------------- IF / CASE
fn(
  'IF THEN ELSIF ELSE',
  'text',
  "BEGIN IF n = 0 THEN RETURN 'zero'; ELSIF n > 0 THEN RETURN 'positive'; ELSIF n < 0 THEN RETURN 'negative'; ELSE RETURN 'NULL'; END IF; END",
  ['SELECT f(0) AS a, f(5) AS b, f(-5) AS c, f(NULL) AS d'],
  undefined,
  'n int',
);
fn(
  'ELSEIF spelling',
  'text',
  "BEGIN IF n = 0 THEN RETURN 'zero'; ELSEIF n > 0 THEN RETURN 'pos'; END IF; RETURN 'other'; END",
  ['SELECT f(1) AS v'],
  undefined,
  'n int',
);
fn(
  'simple CASE',
  'text',
  "BEGIN CASE x WHEN 1, 2 THEN RETURN 'one or two'; ELSE RETURN 'other'; END CASE; END",
  ['SELECT f(2) AS a, f(3) AS b'],
  undefined,
  'x int',
);
fn(
  'simple CASE without ELSE and no match raises CASE_NOT_FOUND',
  'text',
  "BEGIN CASE x WHEN 1 THEN RETURN 'one'; END CASE; RETURN 'after'; END",
  ['SELECT f(1) AS a', 'SELECT f(9) AS b'],
  undefined,
  'x int',
);
fn(
  'searched CASE',
  'text',
  "BEGIN CASE WHEN x BETWEEN 0 AND 10 THEN RETURN 'value is between zero and ten'; WHEN x BETWEEN 11 AND 20 THEN RETURN 'value is between eleven and twenty'; END CASE; END",
  ['SELECT f(5) AS a, f(15) AS b'],
  undefined,
  'x int',
);
fn(
  'searched CASE no match',
  'text',
  "BEGIN CASE WHEN x > 100 THEN RETURN 'big'; END CASE; END",
  ['SELECT f(5) AS a'],
  undefined,
  'x int',
);
fn(
  'CASE NULL matches nothing',
  'text',
  "BEGIN CASE x WHEN NULL THEN RETURN 'null'; ELSE RETURN 'else'; END CASE; END",
  ['SELECT f(NULL) AS a'],
  undefined,
  'x int',
);
fn(
  'catching CASE_NOT_FOUND',
  'text',
  "BEGIN CASE x WHEN 1 THEN RETURN 'one'; END CASE; EXCEPTION WHEN case_not_found THEN RETURN SQLSTATE; END",
  ['SELECT f(2) AS a'],
  undefined,
  'x int',
);

// ---------------------------------------------------------------- loops
fn(
  'LOOP with EXIT WHEN',
  'int',
  'DECLARE c int := 0; BEGIN LOOP c := c + 1; EXIT WHEN c >= 5; END LOOP; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'EXIT with IF',
  'int',
  'DECLARE c int := 0; BEGIN LOOP c := c + 1; IF c > 3 THEN EXIT; END IF; END LOOP; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'CONTINUE WHEN',
  'int',
  'DECLARE s int := 0; BEGIN FOR i IN 1..10 LOOP CONTINUE WHEN i % 2 = 0; s := s + i; END LOOP; RETURN s; END',
  ['SELECT f() AS v'],
);
fn('WHILE loop', 'int', 'DECLARE c int := 1; BEGIN WHILE c < 100 LOOP c := c * 3; END LOOP; RETURN c; END', [
  'SELECT f() AS v',
]);
fn(
  'WHILE NOT',
  'int',
  'DECLARE done boolean := false; c int := 0; BEGIN WHILE NOT done LOOP c := c + 1; done := c = 4; END LOOP; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'FOR i IN 1..10',
  'text',
  "DECLARE s text := ''; BEGIN FOR i IN 1..10 LOOP s := s || i || ','; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOR i IN REVERSE 10..1',
  'text',
  "DECLARE s text := ''; BEGIN FOR i IN REVERSE 10..1 LOOP s := s || i || ','; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOR i IN REVERSE 10..1 BY 2',
  'text',
  "DECLARE s text := ''; BEGIN FOR i IN REVERSE 10..1 BY 2 LOOP s := s || i || ','; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOR i IN 1..10 BY 3',
  'text',
  "DECLARE s text := ''; BEGIN FOR i IN 1..10 BY 3 LOOP s := s || i || ','; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOR with an empty range',
  'text',
  "DECLARE s text := 'x'; BEGIN FOR i IN 5..1 LOOP s := s || i; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn('FOR BY zero is an error', 'text', "BEGIN FOR i IN 1..5 BY 0 LOOP END LOOP; RETURN 'x'; END", [
  'SELECT f() AS v',
]);
fn('FOR BY negative is an error', 'text', "BEGIN FOR i IN 1..5 BY -1 LOOP END LOOP; RETURN 'x'; END", [
  'SELECT f() AS v',
]);
fn('FOR with a NULL bound is an error', 'text', "BEGIN FOR i IN 1..NULL LOOP END LOOP; RETURN 'x'; END", [
  'SELECT f() AS v',
]);
fn(
  'FOR loop variable is local to the loop',
  'int',
  'DECLARE i int := 100; BEGIN FOR i IN 1..3 LOOP END LOOP; RETURN i; END',
  ['SELECT f() AS v'],
);
fn(
  'FOR with numeric bounds rounds',
  'text',
  "DECLARE s text := ''; BEGIN FOR i IN 1.4..3.6 LOOP s := s || i || ','; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOR over a query with a record',
  'text',
  "DECLARE r record; s text := ''; BEGIN FOR r IN SELECT id, name FROM item ORDER BY id LOOP s := s || r.id || r.name || ';'; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOR over a query into scalar variables',
  'text',
  "DECLARE a int; b text; s text := ''; BEGIN FOR a, b IN SELECT id, name FROM item ORDER BY id DESC LOOP s := s || a || b; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOR over a query with updates inside',
  'bigint',
  'DECLARE r record; BEGIN FOR r IN SELECT id FROM item ORDER BY id LOOP UPDATE item SET qty = coalesce(qty, 0) + r.id WHERE id = r.id; END LOOP; RETURN (SELECT sum(qty) FROM item); END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOR over EXECUTE',
  'text',
  "DECLARE r record; s text := ''; BEGIN FOR r IN EXECUTE 'SELECT name FROM item WHERE id <= $1 ORDER BY id' USING 2 LOOP s := s || r.name; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOR over a query: record keeps the last row',
  'text',
  'DECLARE r record; BEGIN FOR r IN SELECT id FROM item ORDER BY id LOOP END LOOP; RETURN r.id::text; END',
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOREACH over an array',
  'int',
  'DECLARE s int := 0; x int; BEGIN FOREACH x IN ARRAY $1 LOOP s := s + x; END LOOP; RETURN s; END',
  ['SELECT f(ARRAY[1,2,3]) AS v'],
  undefined,
  'int[]',
);
fn(
  'FOREACH over a 2-D array without SLICE visits all',
  'text',
  "DECLARE s text := ''; x int; BEGIN FOREACH x IN ARRAY ARRAY[[1,2],[3,4]] LOOP s := s || x; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOREACH SLICE 1',
  'text',
  "DECLARE s text := ''; x int[]; BEGIN FOREACH x SLICE 1 IN ARRAY ARRAY[[1,2],[3,4]] LOOP s := s || x::text; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'FOREACH over a NULL array is an error',
  'int',
  'DECLARE x int; BEGIN FOREACH x IN ARRAY NULL::int[] LOOP END LOOP; RETURN 1; END',
  ['SELECT f() AS v'],
);
fn(
  'FOREACH over an empty array',
  'int',
  "DECLARE x int; c int := 0; BEGIN FOREACH x IN ARRAY '{}'::int[] LOOP c := c + 1; END LOOP; RETURN c; END",
  ['SELECT f() AS v'],
);
fn(
  'FOREACH over a non-array is an error',
  'int',
  'DECLARE x int; BEGIN FOREACH x IN ARRAY 5 LOOP END LOOP; RETURN 1; END',
  ['SELECT f() AS v'],
);
fn(
  'FOREACH into a record from an array of composites',
  'text',
  "DECLARE r item; s text := ''; BEGIN FOREACH r IN ARRAY (SELECT array_agg(i ORDER BY id) FROM item i) LOOP s := s || r.name; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
  ITEMS,
);
fn(
  'FOREACH SLICE too large is an error',
  'int',
  'DECLARE x int[]; BEGIN FOREACH x SLICE 3 IN ARRAY ARRAY[1,2] LOOP END LOOP; RETURN 1; END',
  ['SELECT f() AS v'],
);
fn(
  'labelled EXIT from an inner loop',
  'text',
  "DECLARE s text := ''; BEGIN <<outer>> FOR i IN 1..3 LOOP FOR j IN 1..3 LOOP s := s || i || j || ' '; EXIT outer WHEN i = 2 AND j = 2; END LOOP; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'labelled CONTINUE of the outer loop',
  'text',
  "DECLARE s text := ''; BEGIN <<outer>> FOR i IN 1..3 LOOP FOR j IN 1..3 LOOP CONTINUE outer WHEN j = 2; s := s || i || j || ' '; END LOOP; END LOOP; RETURN s; END",
  ['SELECT f() AS v'],
);
fn(
  'EXIT from a labelled block',
  'text',
  "DECLARE s text := 'a'; BEGIN <<blk>> BEGIN s := s || 'b'; EXIT blk; s := s || 'c'; END; RETURN s || 'd'; END",
  ['SELECT f() AS v'],
);
fn('CONTINUE outside a loop is an error', 'int', 'BEGIN CONTINUE; RETURN 1; END', ['SELECT f() AS v']);
fn('EXIT outside a loop is an error', 'int', 'BEGIN EXIT; RETURN 1; END', ['SELECT f() AS v']);
fn('EXIT with an unknown label is an error', 'int', 'BEGIN LOOP EXIT nolabel; END LOOP; RETURN 1; END', [
  'SELECT f() AS v',
]);
fn(
  'a labelled loop with END LOOP label',
  'int',
  'DECLARE c int := 0; BEGIN <<l>> LOOP c := c + 1; EXIT l WHEN c = 2; END LOOP l; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'a mismatched end label is an error',
  'int',
  'DECLARE c int := 0; BEGIN <<l>> LOOP EXIT; END LOOP m; RETURN c; END',
  ['SELECT f() AS v'],
);
fn(
  'a recursive plpgsql function: factorial',
  'numeric',
  'BEGIN IF n <= 1 THEN RETURN 1; END IF; RETURN n * f(n - 1); END',
  ['SELECT f(20) AS v'],
  undefined,
  'n int',
);
fn(
  'a recursive function: fibonacci',
  'bigint',
  'BEGIN IF n < 2 THEN RETURN n; END IF; RETURN f(n - 1) + f(n - 2); END',
  ['SELECT f(15) AS v'],
  undefined,
  'n int',
);
fn(
  'a plpgsql function called with parameters',
  'text',
  "BEGIN RETURN a || '-' || b; END",
  [withParams('SELECT f($1, $2) AS v', 'x', 'y')],
  undefined,
  'a text, b text',
);
fn(
  'a polymorphic plpgsql function',
  'anyelement',
  'BEGIN RETURN coalesce(a, b); END',
  ["SELECT f(NULL::int, 2) AS a, f('x'::text, 'y') AS b"],
  undefined,
  'a anyelement, b anyelement',
);
fn(
  'a polymorphic plpgsql with a %TYPE of the argument',
  'anyelement',
  'DECLARE t a%TYPE; BEGIN t := a; RETURN t; END',
  ['SELECT f(5) AS a, f($$q$$::text) AS b'],
  undefined,
  'a anyelement',
);
fn(
  'a plpgsql variadic function',
  'int',
  'DECLARE s int := 0; x int; BEGIN FOREACH x IN ARRAY xs LOOP s := s + x; END LOOP; RETURN s; END',
  ['SELECT f(1, 2, 3) AS a, f(VARIADIC ARRAY[4, 5]) AS b'],
  undefined,
  'VARIADIC xs int[]',
);
fn(
  'a plpgsql default parameter',
  'int',
  'BEGIN RETURN a + b; END',
  ['SELECT f(1) AS a, f(1, 2) AS b, f(b => 10, a => 1) AS c'],
  undefined,
  'a int, b int DEFAULT 100',
);
fn(
  'a STRICT plpgsql function with NULL',
  'int',
  'BEGIN RAISE EXCEPTION $$ran$$; END',
  ['SELECT f(NULL) IS NULL AS v'],
  undefined,
  'a int',
);

// ---------------------------------------------------------------- parameters and types across the boundary
fn('a bigint result as text on the wire', 'bigint', 'BEGIN RETURN 9007199254740993; END', [
  'SELECT f() AS v',
]);
fn('a numeric result keeps its scale', 'numeric', 'BEGIN RETURN 1.50; END', ['SELECT f() AS v']);
fn(
  'a numeric(10,2) declared result is not rounded (typmod dropped)',
  'numeric(10,2)',
  'BEGIN RETURN 1.555; END',
  ['SELECT f() AS v'],
);
fn('a varchar(2) declared result is not truncated', 'varchar(2)', "BEGIN RETURN 'abcd'; END", [
  'SELECT f() AS v',
]);
fn('a jsonb result', 'jsonb', `BEGIN RETURN jsonb_build_object('b', 1, 'a', ARRAY[1,2]); END`, [
  'SELECT f() AS v',
]);
fn('a timestamptz result', 'timestamptz', "BEGIN RETURN '2024-01-02 03:04:05+00'; END", [
  "SET TimeZone = 'UTC'",
  'SELECT f() AS v',
]);
fn('a text[] result', 'text[]', "BEGIN RETURN ARRAY['a', NULL, 'c d']; END", ['SELECT f() AS v']);
fn('a bytea result', 'bytea', "BEGIN RETURN '\\x0102'::bytea; END", ['SELECT f() AS v']);
fn('a uuid result', 'uuid', "BEGIN RETURN 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'; END", ['SELECT f() AS v']);
fn('a bad uuid result raises', 'uuid', "BEGIN RETURN 'nope'; END", ['SELECT f() AS v']);
fn('a boolean result from text', 'boolean', "BEGIN RETURN 'yes'; END", ['SELECT f() AS v']);
fn('a date result', 'date', "BEGIN RETURN '2024-02-29'::date + 1; END", ['SELECT f() AS v']);
fn('an interval result', 'interval', "BEGIN RETURN interval '1 day' * 3; END", ['SELECT f() AS v']);
fn(
  'an enum result',
  'mood',
  "BEGIN RETURN 'ok'; END",
  ['SELECT f() AS v', 'SELECT pg_typeof(f())::text AS t'],
  "CREATE TYPE mood AS ENUM ('sad', 'ok');",
);
fn(
  'an invalid enum result',
  'mood',
  "BEGIN RETURN 'meh'; END",
  ['SELECT f() AS v'],
  "CREATE TYPE mood AS ENUM ('sad', 'ok');",
);
fn(
  'a domain result checks its constraint',
  'posint',
  'BEGIN RETURN -1; END',
  ['SELECT f() AS v'],
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0);',
);
fn(
  'a domain variable checks its constraint',
  'int',
  'DECLARE x posint; BEGIN x := 0; RETURN x; END',
  ['SELECT f() AS v'],
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0);',
);
fn(
  'a domain NOT NULL variable without a default',
  'int',
  'DECLARE x nn; BEGIN RETURN coalesce(x, 7); END',
  ['SELECT f() AS v'],
  'CREATE DOMAIN nn AS int NOT NULL;',
);

export default list.cases;
