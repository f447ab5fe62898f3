// Round 23 area C, part 8: numeric constants written with an exponent.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
c('e plain values', 'SELECT 1e3, 1.5e3, 1e-3, 1.50e1, .5e1, 12e-1, -2E+2, 0e0, 0.0e0, 1.e2');
c('e type and name', 'SELECT pg_typeof(1e3)::text t, 1e3, 1e3 AS x');
c('e arithmetic', 'SELECT 1e3 + 1 a, 1e3 * 2.5 b, 1e3 / 3 c, 2 ^ 1e1 d, 1e1 % 3 e, -1e3 f');
c('e comparisons', 'SELECT 1e3 = 1000 a, 1e3 > 999.9 b, 1e-3 < 0.01 c, 1e3 IN (1000, 2) d');
c('e casts', 'SELECT 1e3::int a, 1.5e0::int b, 2.5e0::int c, 1e3::text d, 1e3::bigint e, 1e2::float8 f');
c('e cast int overflow', 'SELECT 1e10::int');
c(
  'e in where on int column',
  'SELECT a FROM t WHERE a < 1e2 ORDER BY a',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (5), (500)',
);
c(
  'e in where on numeric column',
  'SELECT a FROM t WHERE a >= 1.5e1 ORDER BY a',
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (15), (14.99)',
);
c(
  'e in where on float column',
  'SELECT a FROM t WHERE a > 1e-1',
  'CREATE TABLE t (a float8); INSERT INTO t VALUES (0.1), (0.2)',
);
c('e insert into int column', 'INSERT INTO t VALUES (1e2), (1.5e1) RETURNING a', 'CREATE TABLE t (a int)');
c(
  'e insert into numeric column',
  'INSERT INTO t VALUES (1e2), (1.50e1), (1e-2) RETURNING a',
  'CREATE TABLE t (a numeric)',
);
c(
  'e insert into numeric typmod column',
  'INSERT INTO t VALUES (1e2), (1.2345e1) RETURNING a',
  'CREATE TABLE t (a numeric(6,2))',
);
c('e insert into numeric typmod overflow', 'INSERT INTO t VALUES (1e5)', 'CREATE TABLE t (a numeric(6,2))');
c(
  'e insert into float column',
  'INSERT INTO t VALUES (1e2), (1.5e-3), (1e21) RETURNING a',
  'CREATE TABLE t (a float8)',
);
c('e insert into bigint column', 'INSERT INTO t VALUES (1e15) RETURNING a', 'CREATE TABLE t (a bigint)');
c('e insert into text column', 'INSERT INTO t VALUES (1e2) RETURNING a', 'CREATE TABLE t (a text)');
c('e default', 'INSERT INTO t (id) VALUES (1) RETURNING a', 'CREATE TABLE t (id int, a numeric DEFAULT 1e2)');
c('e check constraint', 'INSERT INTO t VALUES (1e4)', 'CREATE TABLE t (a numeric CHECK (a < 1e3))');
c(
  'e update set',
  ['UPDATE t SET a = a * 1e1', 'SELECT a FROM t'],
  'CREATE TABLE t (a numeric); INSERT INTO t VALUES (1.5)',
);
c('e limit', 'SELECT g FROM generate_series(1, 5) g ORDER BY g LIMIT 2e0');
c('e in function', 'SELECT round(1.2345e1, 2) a, abs(-1e2) b, greatest(1e1, 5) c, coalesce(NULL, 1e1) d');
c('e in case and union', 'SELECT CASE WHEN true THEN 1e1 ELSE 2 END a UNION ALL SELECT 3');
c('e in array', 'SELECT ARRAY[1e1, 2] a, pg_typeof(ARRAY[1e1, 2])::text t');
c('e in values', 'SELECT v FROM (VALUES (1e1), (2)) s(v) ORDER BY v');
c('e big exponent', 'SELECT 1e20 a');
c('e huge exponent', 'SELECT 1e400::float8');
c('e tiny exponent', 'SELECT 1e-20 a');
c('e glued to name', 'SELECT 1e3abc');
c('e exponent without digits', 'SELECT 1e');
c('e in string untouched', "SELECT '1e3' a, '1e3'::numeric b, '1e3'::float8 c");
c('e in jsonb literal untouched', `SELECT '{"a": 1e3}'::jsonb -> 'a' a`);
c('e with param', { sql: 'SELECT $1::numeric * 1e2 AS a', params: ['1.5'] });
c('e between', 'SELECT 5 BETWEEN 1e0 AND 1e1 a');
c(
  'e order by numeric literal position',
  'SELECT a FROM t ORDER BY 1e0',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (2), (1)',
);
c(
  'e group by numeric literal',
  'SELECT count(*) FROM t GROUP BY 1e0',
  'CREATE TABLE t (a int); INSERT INTO t VALUES (2), (1)',
);
c('e negative zero', 'SELECT -0e0 a, -0.0e1 b');
c('e in interval multiply', 'SELECT 2e0 * 3 a');
c('e division scale', 'SELECT 1e0 / 3 a, 1.0e0 / 3 b, 1e-2 / 3 c');
export default cases;
