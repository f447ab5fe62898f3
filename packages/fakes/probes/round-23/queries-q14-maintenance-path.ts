type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const F = `CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT g(x) + 1';
CREATE FUNCTION fp(x int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN g(x) + 1; END $$;
CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2);
CREATE TABLE lookup (k int, v int); INSERT INTO lookup VALUES (1, 10);
CREATE FUNCTION lk(x int) RETURNS int LANGUAGE sql STABLE AS 'SELECT v FROM lookup WHERE k = x';`;
export default [
  c(
    'create index on sql function calling unqualified function',
    F,
    'CREATE INDEX t_f ON t (f(a))',
    'INSERT INTO t VALUES (3)',
    'SELECT a FROM t WHERE f(a) = 5',
  ),
  c(
    'create index on plpgsql function calling unqualified function',
    F,
    'CREATE INDEX t_fp ON t (fp(a))',
    'INSERT INTO t VALUES (3)',
  ),
  c(
    'create unique index on function expression',
    F,
    'CREATE UNIQUE INDEX t_fu ON t (f(a))',
    'INSERT INTO t VALUES (1)',
  ),
  c('create index partial with function', F, 'CREATE INDEX t_fw ON t (a) WHERE f(a) > 3'),
  c(
    'create index on empty table then insert',
    "CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x * 2'; CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT g(x) + 1'; CREATE TABLE e (a int);",
    'CREATE INDEX e_f ON e (f(a))',
    'INSERT INTO e VALUES (1)',
    'SELECT count(*) FROM e',
  ),
  c(
    'create materialized view with function',
    F,
    'CREATE MATERIALIZED VIEW mv AS SELECT f(a) AS fa FROM t',
    'SELECT fa FROM mv ORDER BY 1',
  ),
  c(
    'create materialized view with stable lookup',
    F,
    'CREATE MATERIALIZED VIEW mv AS SELECT lk(a) AS v FROM t',
    'SELECT v FROM mv ORDER BY 1',
  ),
  c(
    'refresh materialized view with function',
    F,
    'CREATE MATERIALIZED VIEW mv AS SELECT a FROM t',
    'REFRESH MATERIALIZED VIEW mv',
    'SELECT count(*) FROM mv',
  ),
  c(
    'refresh materialized view using unqualified function',
    F,
    'CREATE MATERIALIZED VIEW mv AS SELECT f(a) AS fa FROM t WITH NO DATA',
    'REFRESH MATERIALIZED VIEW mv',
    'SELECT fa FROM mv ORDER BY 1',
  ),
  c(
    'create table as with function not maintenance',
    F,
    'CREATE TABLE ct AS SELECT f(a) AS fa FROM t',
    'SELECT fa FROM ct ORDER BY 1',
  ),
  c(
    'check constraint with function',
    F,
    'ALTER TABLE t ADD CONSTRAINT fc CHECK (f(a) < 100)',
    'INSERT INTO t VALUES (1000)',
  ),
  c(
    'generated column with sql function',
    F,
    'ALTER TABLE t ADD COLUMN fa int GENERATED ALWAYS AS (f(a)) STORED',
    'SELECT a, fa FROM t ORDER BY a',
  ),
  c(
    'reindex table with function index',
    F,
    'CREATE INDEX t_f ON t (f(a))',
    'REINDEX TABLE t',
    'SELECT count(*) FROM t',
  ),
  c('analyze with function index', F, 'CREATE INDEX t_f ON t (f(a))', 'ANALYZE t', 'SELECT 1'),
  c('vacuum with function index', F, 'CREATE INDEX t_f ON t (f(a))', 'VACUUM t', 'SELECT 1'),
  c(
    'cluster with function index',
    F,
    'CREATE INDEX t_f ON t (f(a))',
    'CLUSTER t USING t_f',
    'SELECT count(*) FROM t',
  ),
  c(
    'create index with sql function using search path table',
    F,
    "CREATE FUNCTION lki(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT coalesce((SELECT v FROM lookup WHERE k = x), 0)'",
    'CREATE INDEX t_lki ON t (lki(a))',
  ),
  c(
    'alter table add column with index rebuild',
    F,
    'CREATE INDEX t_f ON t (f(a))',
    'ALTER TABLE t ALTER COLUMN a TYPE bigint',
  ),
  c(
    'create index with schema qualified function works',
    F,
    "CREATE FUNCTION fq(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT public.g(x) + 1'",
    'CREATE INDEX t_fq ON t (fq(a))',
    'SELECT count(*) FROM t',
  ),
  c(
    'create index with function set search_path',
    F,
    "CREATE FUNCTION fs(x int) RETURNS int LANGUAGE sql IMMUTABLE SET search_path = public AS 'SELECT g(x) + 1'",
    'CREATE INDEX t_fs ON t (fs(a))',
  ),
  c(
    'create index with sql body atomic',
    F,
    'CREATE FUNCTION fb(x int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT g(x) + 1; END',
    'CREATE INDEX t_fb ON t (fb(a))',
  ),
  c(
    'create index on function using unqualified type',
    "CREATE TYPE color AS ENUM ('r', 'g'); CREATE TABLE ct (c text); INSERT INTO ct VALUES ('r'); CREATE FUNCTION tc(x text) RETURNS color LANGUAGE sql IMMUTABLE AS 'SELECT x::color';",
    'CREATE INDEX ct_i ON ct (tc(c))',
  ),
  c(
    'create index on function using unqualified operator',
    "CREATE TABLE ct (c int); INSERT INTO ct VALUES (1); CREATE FUNCTION plus(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2'; CREATE OPERATOR +++ (LEFTARG = int, RIGHTARG = int, FUNCTION = plus); CREATE FUNCTION useop(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x +++ 1';",
    'CREATE INDEX ct_i ON ct (useop(c))',
  ),
];
