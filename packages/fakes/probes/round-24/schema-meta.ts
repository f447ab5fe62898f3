// Round 24 area D part 5: result metadata and odd corners of functions, views and triggers.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const P = 'r24d meta: ';
const BASE = `CREATE TABLE emp (id int PRIMARY KEY, name varchar(20) NOT NULL, dept char(3), salary numeric(8,2), tags text[], meta jsonb);
INSERT INTO emp VALUES (1, 'ann', 'eng', 100.5, '{a,b}', '{"k": 1}'), (2, 'bob', 'ops', NULL, NULL, NULL);
CREATE DOMAIN posint AS int CHECK (VALUE > 0);`;
const add = (name: string, extra: string, ...steps: Step[]) =>
  cases.push({ name: P + name, setup: BASE + extra, steps });
add(
  'returns table column types',
  `CREATE FUNCTION f() RETURNS TABLE (a varchar(5), b numeric(4,1), c char(2), d posint, e text[], f jsonb, g bigint) LANGUAGE sql AS $$ SELECT name::varchar(5), salary::numeric(4,1), dept::char(2), id::posint, tags, meta, id::bigint FROM emp ORDER BY id $$;`,
  'SELECT * FROM f()',
  'SELECT f()',
);
add(
  'function returning a domain',
  `CREATE FUNCTION f(i int) RETURNS posint LANGUAGE sql AS 'SELECT i';`,
  'SELECT f(1), pg_typeof(f(1))::text',
  'SELECT f(0)',
  'SELECT f(NULL)',
);
add(
  'plpgsql returning a domain violating check',
  `CREATE FUNCTION f(i int) RETURNS posint LANGUAGE plpgsql AS $$ BEGIN RETURN i; END $$;`,
  'SELECT f(-1)',
);
add(
  'view column types with typmods',
  `CREATE VIEW v AS SELECT name, dept, salary, salary * 2 AS dbl, name || '!' AS bang, tags[1] AS t1, meta -> 'k' AS k FROM emp;`,
  'SELECT * FROM v ORDER BY name',
  "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'v'::regclass ORDER BY attnum",
);
add(
  'matview column types with typmods',
  `CREATE MATERIALIZED VIEW m AS SELECT name, dept, salary, salary * 2 AS dbl FROM emp;`,
  'SELECT * FROM m ORDER BY name',
  "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'm'::regclass AND attnum > 0 ORDER BY attnum",
);
add(
  'plpgsql function return numeric rounding to declared typmod is not applied',
  `CREATE FUNCTION f() RETURNS numeric(4,1) LANGUAGE plpgsql AS $$ BEGIN RETURN 1.2345; END $$;`,
  'SELECT f()',
);
add(
  'sql function return varchar length not enforced',
  `CREATE FUNCTION f() RETURNS varchar(2) LANGUAGE sql AS $$ SELECT 'abcdef'::text $$;`,
  'SELECT f()',
);
add(
  'plpgsql variable varchar length enforced',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE v varchar(2); BEGIN v := 'abcdef'; RETURN v; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql numeric variable typmod rounds',
  `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE v numeric(5,2); BEGIN v := 3.14159; RETURN v::text; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql integer variable from fractional text',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE v int; BEGIN v := 2.5; RETURN v; END $$;`,
  'SELECT f()',
);
add(
  'plpgsql assign text to int fails',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE v int; BEGIN v := 'x'; RETURN v; END $$;`,
  'SELECT f()',
);
add(
  'trigger assigning to varchar column too long',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := repeat('x', 30); RETURN NEW; END $$;
CREATE TRIGGER w BEFORE INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO emp (id, name) VALUES (3, 'c')",
);
add(
  'trigger assigning numeric rounds to column typmod',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.salary := 1.23456; RETURN NEW; END $$;
CREATE TRIGGER w BEFORE INSERT ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  "INSERT INTO emp (id, name) VALUES (3, 'c') RETURNING salary",
);
add(
  'trigger assigning to domain column checks',
  `CREATE TABLE d (a posint);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := -5; RETURN NEW; END $$;
CREATE TRIGGER w BEFORE INSERT ON d FOR EACH ROW EXECUTE FUNCTION w();`,
  'INSERT INTO d VALUES (1)',
);
add(
  'out params result field types',
  `CREATE FUNCTION f(OUT a numeric(6,2), OUT b varchar(3)) LANGUAGE sql AS $$ SELECT 1.239, 'abcdef' $$;`,
  'SELECT * FROM f()',
  'SELECT (f()).a',
);
add(
  'function returning setof with params types',
  `CREATE FUNCTION f(d text) RETURNS SETOF emp LANGUAGE sql AS 'SELECT * FROM emp WHERE dept = d';`,
  { sql: 'SELECT id, name, salary FROM f($1)', params: ['eng'] },
  { sql: 'SELECT * FROM f($1::char(3))', params: ['ops'] },
);
add(
  'function argument implicit cast from param',
  `CREATE FUNCTION f(a numeric) RETURNS numeric LANGUAGE sql AS 'SELECT a * 2';`,
  { sql: 'SELECT f($1) AS x', params: ['1.25'] },
  { sql: 'SELECT f($1) AS x', params: [3] },
);
add(
  'view query with parameter in where',
  `CREATE VIEW v AS SELECT id, name, salary FROM emp;`,
  { sql: 'SELECT * FROM v WHERE salary > $1', params: ['50'] },
  { sql: 'UPDATE v SET salary = $1 WHERE id = $2 RETURNING *', params: ['7.777', 1] },
);
add(
  'insert into view returning typmod coerced',
  `CREATE VIEW v AS SELECT id, name, salary FROM emp;`,
  "INSERT INTO v VALUES (5, 'e', 1.239) RETURNING *",
);
add(
  'trigger function with notice and warning fields',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE WARNING 'careful %', NEW.id USING DETAIL = 'd', HINT = 'h', ERRCODE = '01000'; RETURN NEW; END $$;
CREATE TRIGGER w BEFORE UPDATE ON emp FOR EACH ROW EXECUTE FUNCTION w();`,
  'UPDATE emp SET name = name',
);
add(
  'raise notice of composite and arrays',
  `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ DECLARE r emp; BEGIN SELECT * INTO r FROM emp WHERE id = 1; RAISE NOTICE 'row % arr % json % null %', r, r.tags, r.meta, NULL; END $$;`,
  'SELECT f()',
);
add(
  'raise notice of numeric and timestamp',
  `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '% % % %', 1.50::numeric, '2024-01-02 03:04:05'::timestamp, true, 1e20::float8; END $$;`,
  "SET TimeZone = 'UTC'",
  'SELECT f()',
);
add(
  'function returning trigger type listed',
  `CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`,
  "SELECT prorettype::regtype::text, prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql') FROM pg_proc WHERE proname = 'w'",
);
add(
  'plpgsql function returning record with out of row',
  `CREATE FUNCTION f() RETURNS record LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN SELECT 1 AS a, 'x' AS b INTO r; RETURN r; END $$;`,
  'SELECT f()',
  'SELECT * FROM f() AS t(a int, b text)',
  'SELECT * FROM f() AS t(a int, b int)',
);
add(
  'returns table zero rows metadata',
  `CREATE FUNCTION f() RETURNS TABLE (x int, y text) LANGUAGE sql AS 'SELECT 1, ''a'' WHERE false';`,
  'SELECT * FROM f()',
);
add(
  'execute dynamic ddl in function then call',
  `CREATE FUNCTION mk(n text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, v text)', n); END $$;`,
  "SELECT mk('dyn')",
  "INSERT INTO dyn (v) VALUES ('a') RETURNING *",
  "SELECT mk('dyn')",
);
add(
  'execute with quote_literal and nulls',
  `CREATE FUNCTION f(v text) RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN EXECUTE 'SELECT ' || quote_nullable(v) || '::text' INTO r; RETURN coalesce(r, 'was null'); END $$;`,
  "SELECT f('it''s'), f(NULL)",
);
add(
  'execute format with %L and %s',
  `CREATE FUNCTION f(v text) RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN EXECUTE format('SELECT %L || %s', v, '''!''') INTO r; RETURN r; END $$;`,
  "SELECT f('x'), f(NULL)",
);
add(
  'execute using with multiple params and into record',
  `CREATE FUNCTION f(a int, b text) RETURNS text LANGUAGE plpgsql AS $$ DECLARE r record; BEGIN EXECUTE 'SELECT $1 + 1 AS x, $2 || $2 AS y' INTO r USING a, b; RETURN r.x || r.y; END $$;`,
  "SELECT f(1, 'q')",
);
add(
  'execute into strict with no row',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r int; BEGIN EXECUTE 'SELECT 1 WHERE false' INTO STRICT r; RETURN r; END $$;`,
  'SELECT f()',
);
add(
  'execute of a null string errors',
  `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE NULL; END $$;`,
  'SELECT f()',
);
export default cases;
