// Round 18 probe: where PostgreSQL 16-18 answer this theme otherwise than 15 (MERGE in routines,
// newer functions and syntax, view deparsing, EXPLAIN, error context), plus more edge cases.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('extra: ');
const TS = `CREATE TABLE t (id int PRIMARY KEY, v text, n int DEFAULT 0);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE s (id int, v text, n int);
INSERT INTO s VALUES (2, 'B', 200), (3, 'C', 300), (4, 'D', 400);`;
const q = (name: string, sql: string, setup = TS) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- MERGE in routines
q(
  'MERGE RETURNING INTO in a plpgsql body is a syntax error at CREATE in 15',
  `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r int; BEGIN
     MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 0 RETURNING t.id INTO r; RETURN r; END $$`,
);
q(
  'MERGE RETURNING in a SQL function body is a syntax error in 15',
  `CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql AS $$ MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING t.id $$`,
);
q(
  'MERGE in a BEGIN ATOMIC body',
  `CREATE FUNCTION f(k int) RETURNS void LANGUAGE sql BEGIN ATOMIC MERGE INTO t USING (VALUES (k)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE; END`,
);
list.add(
  'MERGE in a BEGIN ATOMIC body runs',
  [
    `CREATE FUNCTION f(k int) RETURNS void LANGUAGE sql BEGIN ATOMIC MERGE INTO t USING (VALUES (k)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE; END`,
    'SELECT f(2)',
    'SELECT id FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'a MERGE failing in a plpgsql function reports its context',
  [
    `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN
       MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE; END $$`,
    'SELECT f()',
  ],
  TS,
);
list.add(
  'a MERGE failing in a SQL function reports its context',
  [
    `CREATE FUNCTION g() RETURNS void LANGUAGE sql AS $$ MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE $$`,
    'SELECT g()',
  ],
  TS,
);
list.add(
  'a MERGE in a DO block',
  [
    `DO $$ BEGIN MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n); END $$`,
    'SELECT count(*) AS c FROM t',
  ],
  TS,
);
list.add(
  'a MERGE with a plpgsql variable in the source',
  [
    `DO $$ DECLARE k int := 3; BEGIN MERGE INTO t USING (SELECT k AS id) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET v = 'var'; END $$`,
    'SELECT id, v FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'a MERGE with a unique violation inside plpgsql is caught by an exception block',
  [
    `DO $$ BEGIN
       MERGE INTO t USING (VALUES (9), (9)) v(id) ON t.id = v.id WHEN NOT MATCHED THEN INSERT (id) VALUES (v.id);
     EXCEPTION WHEN unique_violation THEN RAISE NOTICE 'caught'; END $$`,
    'SELECT count(*) AS c FROM t',
  ],
  TS,
);
list.add(
  'a MERGE cardinality violation caught in plpgsql by name',
  [
    `CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN
       MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE;
       RETURN 'no';
     EXCEPTION WHEN cardinality_violation THEN RETURN SQLSTATE; END $$`,
    'SELECT f() AS s',
  ],
  TS,
);
list.add(
  'a trigger function sees MERGE as TG_OP of its action',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'u' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
    'SELECT op, id, old_v, new_v FROM log ORDER BY id',
  ],
  `${TS}
CREATE TABLE log (op text, id int, old_v text, new_v text);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log VALUES (TG_OP, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.v END, NEW.v); RETURN NEW; END $$;
CREATE TRIGGER tr AFTER INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg();`,
);
list.add(
  'a transition table of a statement trigger fired by MERGE',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = n + 1`, 'SELECT what FROM log'],
  `${TS}
CREATE TABLE log (what text);
CREATE FUNCTION st() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log SELECT string_agg(id::text, ',' ORDER BY id) FROM newrows; RETURN NULL; END $$;
CREATE TRIGGER st AFTER UPDATE ON t REFERENCING NEW TABLE AS newrows FOR EACH STATEMENT EXECUTE FUNCTION st();`,
);

// ---------------------------------------------------------------- newer functions and syntax
q('any_value is PostgreSQL 16', `SELECT any_value(v) AS a FROM t`);
q(
  'MERGE with a source alias of a function returning a record',
  `MERGE INTO t USING (SELECT * FROM json_to_record('{"id": 2, "v": "j"}') AS x(id int, v text)) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET v = q.v`,
);
q(
  'JSON_TABLE as a MERGE source is PostgreSQL 17',
  `MERGE INTO t USING JSON_TABLE('[{"id": 2}]', '$[*]' COLUMNS (id int PATH '$.id')) j ON t.id = j.id WHEN MATCHED THEN DELETE`,
);
q(
  'WHEN NOT MATCHED BY TARGET AND condition is PostgreSQL 17',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY TARGET AND s.n > 0 THEN DO NOTHING`,
);
q(
  'MERGE RETURNING with OLD and NEW is PostgreSQL 18',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 1 RETURNING old.n, new.n`,
);
q('UPDATE RETURNING OLD is PostgreSQL 18', `UPDATE t SET n = 1 RETURNING old.n AS o`);
q(
  'a CTE with MERGE RETURNING is PostgreSQL 17',
  `WITH m AS (MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING t.id) SELECT * FROM m`,
);
q('SELECT with an unaliased subquery in FROM is PostgreSQL 16', `SELECT * FROM (SELECT 1 AS k)`);
q('SELECT with an unaliased VALUES in FROM is PostgreSQL 16', `SELECT * FROM (VALUES (1))`);
q(
  'a join of two unaliased subqueries is PostgreSQL 16',
  `SELECT * FROM (SELECT 1 AS k) JOIN (SELECT 1 AS j) ON true`,
);
q('an unaliased subquery in LATERAL is PostgreSQL 16', `SELECT * FROM t, LATERAL (SELECT t.id + 1 AS k)`);
q(
  'an unaliased subquery in a MERGE source is PostgreSQL 16',
  `MERGE INTO t USING (SELECT 2 AS id) ON t.id = 2 WHEN MATCHED THEN DELETE`,
);
q('an aliased subquery in a join is fine', `SELECT * FROM (SELECT 1 AS k) a JOIN (SELECT 1 AS j) b ON true`);
q(
  'a window function with a run condition on row_number',
  `SELECT * FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM t) x WHERE rn <= 2 ORDER BY id`,
);
q(
  'a window count with a run condition',
  `SELECT * FROM (SELECT id, count(*) OVER (ORDER BY id) AS c FROM t) x WHERE c < 3 ORDER BY id`,
);
q(
  'GROUP BY with a constant in ROLLUP',
  `SELECT v, count(*) AS c FROM t GROUP BY ROLLUP (v, 1) ORDER BY v NULLS LAST, c`,
);

// ---------------------------------------------------------------- views: deparsed text
const view = (name: string, body: string, setup = TS) =>
  list.add(
    name,
    [`CREATE VIEW vw AS ${body}`, `SELECT pg_get_viewdef('vw'::regclass, true) AS def`, 'SELECT * FROM vw'],
    setup,
  );
view('a view with a CTE', `WITH c AS (SELECT id, v FROM t WHERE n > 10) SELECT id, v FROM c`);
view('a view with a MATERIALIZED CTE', `WITH c AS MATERIALIZED (SELECT id FROM t) SELECT id FROM c`);
view(
  'a view with a recursive CTE',
  `WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 3) SELECT k FROM r`,
);
view(
  'a view with SEARCH DEPTH FIRST',
  `WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 3) SEARCH DEPTH FIRST BY k SET o SELECT k FROM r`,
);
view(
  'a view with CYCLE',
  `WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k % 2 + 1 FROM r) CYCLE k SET c USING p SELECT k, c FROM r`,
);
view(
  'a view with window frames',
  `SELECT id, sum(n) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS s, avg(n) OVER w AS a FROM t WINDOW w AS (PARTITION BY v ORDER BY n RANGE BETWEEN 5 PRECEDING AND CURRENT ROW)`,
);
view(
  'a view with GROUPS EXCLUDE TIES',
  `SELECT id, count(*) OVER (ORDER BY n GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) AS c FROM t`,
);
view(
  'a view with RANGE interval',
  `SELECT d, count(*) OVER (ORDER BY d RANGE BETWEEN '1 day'::interval PRECEDING AND CURRENT ROW) AS c FROM (VALUES (date '2024-01-01')) x(d)`,
);
view(
  'a view with FILTER on a window aggregate',
  `SELECT id, count(*) FILTER (WHERE n > 10) OVER () AS c FROM t`,
);
view(
  'a view with GROUPING SETS',
  `SELECT v, n, GROUPING(v, n) AS g, count(*) AS c FROM t GROUP BY GROUPING SETS ((v), (n), ())`,
);
view('a view with CUBE and ROLLUP', `SELECT v, n, count(*) AS c FROM t GROUP BY CUBE (v), ROLLUP (n)`);
view(
  'a view with GROUP BY DISTINCT',
  `SELECT v, count(*) AS c FROM t GROUP BY DISTINCT ROLLUP (v), ROLLUP (v)`,
);
view('a view with a UNION and ORDER BY', `SELECT id FROM t UNION SELECT id FROM s ORDER BY 1 LIMIT 5`);
view(
  'a view with INTERSECT ALL and EXCEPT',
  `SELECT id FROM t INTERSECT ALL SELECT id FROM s EXCEPT SELECT 99`,
);
view('a view with VALUES', `VALUES (1, 'x'), (2, 'y')`);
view('a view with VALUES in FROM', `SELECT * FROM (VALUES (1, 'x'), (2, 'y')) AS v(k, w)`);
view('a view with TABLE', `TABLE t`);
view('a view with LATERAL', `SELECT t.id, l.k FROM t, LATERAL (SELECT t.n * 2 AS k) l`);
view(
  'a view with EXISTS and IN and ANY',
  `SELECT id FROM t WHERE EXISTS (SELECT 1 FROM s WHERE s.id = t.id) AND id IN (SELECT id FROM s) AND n > ANY (ARRAY[1, 2])`,
);
view('a view with a row comparison', `SELECT id FROM t WHERE (id, n) > (1, 5) AND ROW(id, v) IS NOT NULL`);
view('a view with a scalar subquery', `SELECT id, (SELECT max(n) FROM s WHERE s.id = t.id) AS m FROM t`);
view(
  'a view with lag lead and ntile',
  `SELECT id, lag(n, 2, 0) OVER (ORDER BY id) AS l, lead(n) OVER (ORDER BY id) AS d, ntile(2) OVER (ORDER BY id) AS b FROM t`,
);
view(
  'a view with nth_value FROM FIRST',
  `SELECT id, nth_value(id, 2) FROM FIRST OVER (ORDER BY id) AS nv FROM t`,
);
view('a view with an unnamed subquery column', `SELECT * FROM (SELECT id, n + 1 FROM t) x`);
view(
  'a view with NOT IN and IS DISTINCT FROM',
  `SELECT id FROM t WHERE id NOT IN (1, 2) OR v IS DISTINCT FROM 'a'`,
);

// ---------------------------------------------------------------- EXPLAIN
q(
  'EXPLAIN of a MERGE',
  `EXPLAIN (COSTS OFF) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
);
q(
  'EXPLAIN of a recursive CTE',
  `EXPLAIN (COSTS OFF) WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 3) SELECT k FROM r`,
);
q(
  'EXPLAIN of a window query',
  `EXPLAIN (COSTS OFF) SELECT id, sum(n) OVER (ORDER BY id ROWS 1 PRECEDING) AS s FROM t`,
);
q('EXPLAIN of grouping sets', `EXPLAIN (COSTS OFF) SELECT v, count(*) FROM t GROUP BY ROLLUP (v)`);
q('EXPLAIN of a UNION', `EXPLAIN (COSTS OFF) SELECT id FROM t UNION SELECT id FROM s`);
q(
  'EXPLAIN of a data-modifying CTE',
  `EXPLAIN (COSTS OFF) WITH d AS (DELETE FROM s RETURNING id) SELECT count(*) FROM d`,
);
q(
  'EXPLAIN ANALYZE of a MERGE changes the rows',
  `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`,
);
q('EXPLAIN of a NOT IN subquery', `EXPLAIN (COSTS OFF) SELECT id FROM t WHERE id NOT IN (SELECT id FROM s)`);
q(
  'EXPLAIN of a correlated scalar subquery',
  `EXPLAIN (COSTS OFF) SELECT id, (SELECT max(n) FROM s WHERE s.id = t.id) FROM t`,
);
q('EXPLAIN of EXCEPT', `EXPLAIN (COSTS OFF) SELECT id FROM t EXCEPT SELECT id FROM s`);

// ---------------------------------------------------------------- more MERGE edges
q(
  'MERGE with the same source row inserting and a later one matching the inserted row',
  `MERGE INTO t USING (VALUES (9, 'x'), (9, 'y')) v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = v.w WHEN NOT MATCHED THEN DO NOTHING`,
);
q(
  'MERGE target alias used in the source subquery is an error',
  `MERGE INTO t AS x USING (SELECT x.id FROM s) q ON x.id = q.id WHEN MATCHED THEN DELETE`,
);
q(
  'MERGE with ON referencing a function of both',
  `MERGE INTO t USING s ON t.id = s.id - 1 WHEN MATCHED THEN UPDATE SET v = s.v`,
);
q(
  'MERGE with a NULL in the WHEN AND using IS NULL',
  `MERGE INTO t USING (VALUES (1, NULL::int)) v(id, k) ON t.id = v.id WHEN MATCHED AND v.k IS NULL THEN UPDATE SET n = -1`,
);
q(
  'MERGE update setting the join key',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET id = t.id + 100`,
);
q(
  'MERGE with unknown literal insert into a text column',
  `MERGE INTO t USING (VALUES (7)) v(id) ON t.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'lit', '5')`,
);
q(
  'MERGE inserting a numeric into int rounds half away from zero',
  `MERGE INTO t USING (VALUES (7, 2.5), (8, -2.5)) v(id, k) ON t.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'r', v.k)`,
);
q(
  'MERGE with an explicit cast in ON',
  `MERGE INTO t USING (VALUES ('2')) v(k) ON t.id = v.k::int WHEN MATCHED THEN DELETE`,
);
q(
  'MERGE source text key against int target is 42883',
  `MERGE INTO t USING (VALUES ('2'::text)) v(k) ON t.id = v.k WHEN MATCHED THEN DELETE`,
);
q(
  'MERGE with an unknown-typed VALUES key compares as text then fails',
  `MERGE INTO t USING (VALUES ('2')) v(k) ON t.id = v.k WHEN MATCHED THEN DELETE`,
);
list.add(
  'MERGE with a parameter in ON',
  [
    withParams(`MERGE INTO t USING (SELECT 1) q(one) ON t.id = $1 WHEN MATCHED THEN DELETE`, 2),
    'SELECT id FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE with a text parameter compared to an int key',
  [
    withParams(`MERGE INTO t USING (SELECT 1) q(one) ON t.id = $1::int WHEN MATCHED THEN DELETE`, '3'),
    'SELECT id FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE with a parameter used twice in different places',
  [
    withParams(
      `MERGE INTO t USING (VALUES ($1::int)) v(id) ON t.id = v.id WHEN MATCHED THEN UPDATE SET n = $1 WHEN NOT MATCHED THEN INSERT (id, n) VALUES ($1, $1)`,
      5,
    ),
    'SELECT id, n FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE with a json parameter',
  [
    withParams(
      `MERGE INTO t USING (SELECT (j->>'id')::int AS id, j->>'v' AS v FROM (SELECT $1::jsonb AS j) x) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET v = q.v`,
      '{"id": 1, "v": "json"}',
    ),
    'SELECT id, v FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE with an array parameter unnested as the source',
  [
    withParams(
      `MERGE INTO t USING unnest($1::int[]) AS u(id) ON t.id = u.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (id) VALUES (u.id)`,
      [1, 5],
    ),
    'SELECT id FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE with unnest of two parameter arrays',
  [
    withParams(
      `MERGE INTO t USING unnest($1::int[], $2::text[]) AS u(id, w) ON t.id = u.id WHEN MATCHED THEN UPDATE SET v = u.w WHEN NOT MATCHED THEN INSERT (id, v) VALUES (u.id, u.w)`,
      [2, 6],
      ['two', 'six'],
    ),
    'SELECT id, v FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE upsert pattern with a parameter batch then re-run is idempotent',
  [
    withParams(
      `MERGE INTO t USING unnest($1::int[]) AS u(id) ON t.id = u.id WHEN NOT MATCHED THEN INSERT (id) VALUES (u.id)`,
      [3, 4],
    ),
    withParams(
      `MERGE INTO t USING unnest($1::int[]) AS u(id) ON t.id = u.id WHEN NOT MATCHED THEN INSERT (id) VALUES (u.id)`,
      [3, 4],
    ),
    'SELECT id FROM t ORDER BY id',
  ],
  TS,
);
list.add(
  'MERGE then a second session sees the committed result',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
    { sql: 'SELECT count(*) AS c FROM t', client: 'second' },
  ],
  TS,
);
list.add(
  'an uncommitted MERGE is invisible to a second session',
  [
    'BEGIN',
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`,
    { sql: 'SELECT count(*) AS c FROM t', client: 'second' },
    'COMMIT',
    { sql: 'SELECT count(*) AS c FROM t', client: 'second' },
  ],
  TS,
);
list.add(
  'a MERGE waiting on a row lock with NOWAIT source lock fails',
  [
    'BEGIN',
    'SELECT id FROM s WHERE id = 2 FOR UPDATE',
    {
      sql: `MERGE INTO t USING (SELECT * FROM s FOR UPDATE NOWAIT) q ON t.id = q.id WHEN MATCHED THEN DELETE`,
      client: 'second',
    },
    'ROLLBACK',
  ],
  TS,
);
list.add(
  'MERGE under SERIALIZABLE isolation',
  [
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = -n`,
    'COMMIT',
    'SELECT id, n FROM t ORDER BY id',
  ],
  TS,
);

// ---------------------------------------------------------------- more CTE, window, set edges
q('a CTE named like a function', `WITH generate_series AS (SELECT 1 AS g) SELECT * FROM generate_series`);
q('a CTE with a quoted mixed-case name', `WITH "Big" AS (SELECT 1 AS v) SELECT v FROM "Big"`);
q('a CTE referenced with the wrong case is 42P01', `WITH "Big" AS (SELECT 1 AS v) SELECT v FROM big`);
q(
  'a recursive CTE whose column names come from the non-recursive term',
  `WITH RECURSIVE r AS (SELECT 1 AS depth UNION ALL SELECT depth + 1 FROM r WHERE depth < 3) SELECT depth FROM r`,
);
q(
  'a recursive CTE with a typmod on the anchor',
  `WITH RECURSIVE r(s) AS (SELECT 'a'::varchar(5) UNION ALL SELECT (s || 'a')::varchar(5) FROM r WHERE length(s) < 3) SELECT s FROM r`,
);
q(
  'a recursive CTE with numeric precision mismatch',
  `WITH RECURSIVE r(x) AS (SELECT 1.5::numeric(3,1) UNION ALL SELECT x + 1 FROM r WHERE x < 3) SELECT x FROM r`,
);
q(
  'a window ORDER BY a text column uses the collation',
  `SELECT w, row_number() OVER (ORDER BY w) AS rn FROM (VALUES ('b'), ('A'), ('a'), ('B')) x(w) ORDER BY rn`,
);
q(
  'a window ORDER BY with COLLATE C',
  `SELECT w, row_number() OVER (ORDER BY w COLLATE "C") AS rn FROM (VALUES ('b'), ('A'), ('a'), ('B')) x(w) ORDER BY rn`,
);
q(
  'a window PARTITION BY a float with NaN',
  `SELECT f, count(*) OVER (PARTITION BY f) AS c FROM (VALUES ('NaN'::float8), ('NaN'), (1)) x(f) ORDER BY f`,
);
q(
  'a window over numeric with different scales as peers',
  `SELECT n::text AS t, rank() OVER (ORDER BY n) AS rk FROM (VALUES (1.0), (1.00), (2)) x(n) ORDER BY rk, t`,
);
q(
  'a window with a large frame offset',
  `SELECT id, count(*) OVER (ORDER BY id ROWS BETWEEN 9223372036854775807 PRECEDING AND CURRENT ROW) AS c FROM t ORDER BY id`,
);
q(
  'a window RANGE offset at the integer limit',
  `SELECT id, count(*) OVER (ORDER BY id RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING) AS c FROM t ORDER BY id`,
);
q('a UNION of interval and time', `SELECT interval '1 hour' AS v UNION SELECT time '01:00'`);
q('a UNION of money and numeric', `SELECT 1::money AS v UNION SELECT 2.5`);
q(
  'a UNION of uuid and text literal',
  `SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS v UNION SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'`,
);
q(
  'a UNION of enums',
  `SELECT 'a'::mood AS v UNION SELECT 'b' ORDER BY v`,
  `CREATE TYPE mood AS ENUM ('b', 'a')`,
);
q(
  'a UNION of domains resolves to the base type',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 1::posint AS v UNION ALL SELECT 2) x LIMIT 1`,
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
);
q(
  'a UNION of a domain with itself keeps the domain',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 1::posint AS v UNION ALL SELECT 2::posint) x LIMIT 1`,
  'CREATE DOMAIN posint AS int CHECK (VALUE > 0)',
);
q(
  'a UNION of int2 int4 int8 and numeric',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 1::int2 AS v UNION ALL SELECT 1::int4 UNION ALL SELECT 1::int8 UNION ALL SELECT 1.5) x LIMIT 1`,
);
q(
  'a UNION of float4 and numeric is float8',
  `SELECT pg_typeof(v)::text AS t FROM (SELECT 1::float4 AS v UNION ALL SELECT 1.5) x LIMIT 1`,
);
q(
  'a UNION of text and varchar and char',
  `SELECT v, pg_typeof(v)::text AS t FROM (SELECT 'a '::char(3) AS v UNION ALL SELECT 'b'::varchar UNION ALL SELECT 'c'::text) x ORDER BY v`,
);
q(
  'CASE with a scalar subquery in each branch',
  `SELECT CASE WHEN id > 1 THEN (SELECT max(n) FROM s) ELSE (SELECT min(n) FROM s) END AS v FROM t ORDER BY id`,
);
q('a scalar subquery of a set-returning function with one row', `SELECT (SELECT generate_series(1, 1)) AS v`);
q(
  'a scalar subquery of a set-returning function with two rows is 21000',
  `SELECT (SELECT generate_series(1, 2)) AS v`,
);
q('ARRAY of a subquery', `SELECT ARRAY(SELECT id FROM t ORDER BY id DESC) AS a`);
q('ARRAY of a subquery with two columns is 42601', `SELECT ARRAY(SELECT id, n FROM t) AS a`);
q('ARRAY of an empty subquery is an empty array', `SELECT ARRAY(SELECT id FROM t WHERE false) AS a`);
q(
  'ARRAY of a subquery of arrays makes a 2-D array',
  `SELECT ARRAY(SELECT ARRAY[id, n] FROM t ORDER BY id) AS a`,
);
q(
  'ARRAY of a subquery of arrays of different lengths is 2202E',
  `SELECT ARRAY(SELECT ARRAY_FILL(1, ARRAY[id]) FROM t) AS a`,
);

export default list.cases;
