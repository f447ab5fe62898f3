const base =
  "CREATE TABLE t(id int primary key, s int2, i int, v varchar(10), x text, n numeric(6,2), d date, ts timestamp); INSERT INTO t VALUES (1, 32767, 2147483647, 'Ab', 'hello', 1.25, '2024-02-29', '2024-02-29 10:00'), (2, 1, -5, NULL, '', NULL, NULL, NULL), (3, -32768, 0, 'zz', 'Hello', -2.5, '2024-01-01', '2024-01-01 00:00')";
const c = (name, steps, setup = base) => ({ name: `ctx: ${name}`, setup, steps });
export default [
  c('update int2 overflow', ['UPDATE t SET s = s + 1 WHERE id = 1 RETURNING s']),
  c('update int2 * int', ['UPDATE t SET s = s * 2 WHERE id = 2 RETURNING s']),
  c('update int assignment from numeric expression rounds', [
    'UPDATE t SET i = n * 3 WHERE id = 1 RETURNING i',
  ]),
  c('update int assignment from 2.5', [
    'UPDATE t SET i = 2.5 WHERE id = 1 RETURNING i',
    'UPDATE t SET i = 3.5 WHERE id = 1 RETURNING i',
    'UPDATE t SET i = -2.5 WHERE id = 1 RETURNING i',
  ]),
  c('update int2 assignment from big int', ['UPDATE t SET s = 40000 WHERE id = 2 RETURNING s']),
  c('update numeric(6,2) rounding', [
    'UPDATE t SET n = 1.005 WHERE id = 1 RETURNING n',
    'UPDATE t SET n = 1.015 WHERE id = 1 RETURNING n',
    'UPDATE t SET n = n / 3 WHERE id = 1 RETURNING n',
    'UPDATE t SET n = 9999.995 WHERE id = 1 RETURNING n',
  ]),
  c('update varchar too long', ["UPDATE t SET v = v || 'xxxxxxxxxxx' WHERE id = 1 RETURNING v"]),
  c('update varchar with concat', ["UPDATE t SET v = concat(v, '-', id) RETURNING id, v"]),
  c('update with lpad and coalesce', ["UPDATE t SET x = lpad(coalesce(v, '?'), 4, '*') RETURNING id, x"]),
  c('update with case', [
    "UPDATE t SET x = CASE WHEN i > 0 THEN 'pos' WHEN i < 0 THEN 'neg' ELSE 'zero' END RETURNING id, x",
  ]),
  c('update with division by zero only on some rows', ['UPDATE t SET i = 10 / i RETURNING id, i']),
  c('update nullif', ["UPDATE t SET x = nullif(x, '') RETURNING id, x"]),
  c('insert select with expressions', [
    'CREATE TABLE u(a int2, b text)',
    'INSERT INTO u SELECT i, upper(x) FROM t WHERE id = 2 RETURNING *',
    'INSERT INTO u SELECT i, x FROM t WHERE id = 1 RETURNING *',
  ]),
  c('insert values with expressions', [
    'CREATE TABLE u(a int, b text, c numeric(4,1))',
    "INSERT INTO u VALUES (2147483646 + 1, 'x' || 1, 1.25) RETURNING *",
    "INSERT INTO u VALUES (2147483647 + 1, 'y', 0) RETURNING *",
    "INSERT INTO u VALUES (1, 'z', 1000) RETURNING *",
  ]),
  c('default expressions', [
    "CREATE TABLE u(id int, code text DEFAULT lpad('7', 3, '0'), n int DEFAULT 2147483647, m numeric(4,2) DEFAULT 1.005, up text DEFAULT upper('abc'))",
    'INSERT INTO u(id) VALUES (1) RETURNING *',
  ]),
  c('default overflow at insert', [
    'CREATE TABLE u(id int, n int2 DEFAULT 40000)',
    'INSERT INTO u(id) VALUES (1) RETURNING *',
  ]),
  c('check constraint with length', [
    'CREATE TABLE u(id int, name text CHECK (length(name) >= 2))',
    "INSERT INTO u VALUES (1, 'ab') RETURNING *",
    "INSERT INTO u VALUES (2, 'é') RETURNING *",
    'INSERT INTO u VALUES (3, NULL) RETURNING *',
  ]),
  c('check constraint with like', [
    "CREATE TABLE u(id int, email text CHECK (email LIKE '%@%'))",
    "INSERT INTO u VALUES (1, 'a@b')",
    "INSERT INTO u VALUES (2, 'ab')",
  ]),
  c('check constraint with division', [
    'CREATE TABLE u(a int, b int CHECK (a / b > 0))',
    'INSERT INTO u VALUES (1, 0)',
  ]),
  c('check constraint overflow', [
    'CREATE TABLE u(a int CHECK (a + 1 > a))',
    'INSERT INTO u VALUES (2147483647)',
  ]),
  c('check constraint with coalesce and trim', [
    "CREATE TABLE u(a text CHECK (btrim(coalesce(a, 'x')) <> ''))",
    "INSERT INTO u VALUES ('  ')",
    'INSERT INTO u VALUES (NULL) RETURNING a',
  ]),
  c('order by expression', [
    'SELECT id FROM t ORDER BY lower(x), id',
    'SELECT id FROM t ORDER BY coalesce(v, x) DESC',
    'SELECT id FROM t ORDER BY length(x) DESC, id',
    'SELECT id, x FROM t ORDER BY x COLLATE "C"',
    'SELECT id, x FROM t ORDER BY x',
  ]),
  c('group by expression', [
    'SELECT lower(x) AS k, count(*) AS c FROM t GROUP BY lower(x) ORDER BY k',
    'SELECT length(x) AS k, sum(i) AS s FROM t GROUP BY 1 ORDER BY 1',
  ]),
  c('where expressions', [
    "SELECT id FROM t WHERE upper(x) = 'HELLO' ORDER BY id",
    "SELECT id FROM t WHERE coalesce(v, '') = '' ORDER BY id",
    'SELECT id FROM t WHERE abs(s) > 100 ORDER BY id',
    "SELECT id FROM t WHERE left(x, 1) = 'H' ORDER BY id",
  ]),
  c('where overflow', ['SELECT id FROM t WHERE i + 1 > 0 ORDER BY id']),
  c('where abs overflow', ['SELECT id FROM t WHERE abs(s) > 0 ORDER BY id']),
  c('where division by zero', ['SELECT id FROM t WHERE 10 / i > 1 ORDER BY id']),
  c('where division by zero short circuit', ['SELECT id FROM t WHERE i <> 0 AND 10 / i > 1 ORDER BY id']),
  c('case avoids division by zero', [
    'SELECT id, CASE WHEN i = 0 THEN NULL ELSE 100 / i END AS r FROM t ORDER BY id',
  ]),
  c('join on expression', [
    "CREATE TABLE u(k text, val int); INSERT INTO u VALUES ('hello', 1), ('HELLO', 2)",
    'SELECT t.id, u.val FROM t JOIN u ON lower(t.x) = lower(u.k) ORDER BY 1, 2',
  ]),
  c('having with expression', [
    'SELECT length(x) AS l, count(*) AS c FROM t GROUP BY length(x) HAVING count(*) >= 1 AND length(x) > 0 ORDER BY l',
  ]),
  c('on conflict set with expression', [
    'CREATE TABLE u(k text primary key, n int2, note text)',
    "INSERT INTO u VALUES ('a', 32767, 'x')",
    "INSERT INTO u VALUES ('a', 1, 'y') ON CONFLICT (k) DO UPDATE SET note = u.note || '+' || excluded.note RETURNING *",
    "INSERT INTO u VALUES ('a', 1, 'y') ON CONFLICT (k) DO UPDATE SET n = u.n + excluded.n RETURNING *",
  ]),
  c('unique index on lower', [
    'CREATE TABLE u(e text); CREATE UNIQUE INDEX ON u (lower(e))',
    "INSERT INTO u VALUES ('A@x')",
    "INSERT INTO u VALUES ('a@X')",
  ]),
  c('generated column', [
    "CREATE TABLE u(a int, b int, s int GENERATED ALWAYS AS (a + b) STORED, up text GENERATED ALWAYS AS (upper('x' || a)) STORED)",
    'INSERT INTO u(a, b) VALUES (1, 2) RETURNING *',
    'INSERT INTO u(a, b) VALUES (2147483647, 1) RETURNING *',
  ]),
  c('view with expressions', [
    "CREATE VIEW w AS SELECT id, coalesce(v, 'none') AS v, i * 2 AS dbl, round(n) AS r FROM t",
    'SELECT * FROM w ORDER BY id',
  ]),
  c('subquery expressions', [
    'SELECT id, (SELECT max(length(x)) FROM t) AS m, (SELECT x FROM t t2 WHERE t2.id = t.id + 1) AS nx FROM t ORDER BY id',
  ]),
  c('aggregate over expressions', [
    "SELECT sum(s) AS a, sum(i) AS b, avg(n) AS c, max(upper(x)) AS d, min(coalesce(v, x)) AS e, count(nullif(x, '')) AS f, string_agg(x, ',' ORDER BY id) AS g FROM t",
  ]),
  c('sum of int4 overflows into int8 fine', [
    'SELECT sum(i) + 1 AS r FROM t',
    'SELECT sum(s) * 100000 AS r FROM t',
  ]),
  c('distinct on expression', ['SELECT DISTINCT lower(x) AS k FROM t ORDER BY k']),
  c('returning expressions on delete', [
    "DELETE FROM t WHERE id = 2 RETURNING id, coalesce(v, 'gone') AS v, i * -1 AS neg",
  ]),
  c('param in arithmetic', [{ sql: 'SELECT i + $1 AS r FROM t WHERE id = 1', params: [1] }]),
  c('param text concat', [{ sql: 'SELECT x || $1 AS r FROM t ORDER BY id', params: ['!'] }]),
  c('param in update arithmetic', [
    { sql: 'UPDATE t SET s = s + $1 WHERE id = 2 RETURNING s', params: [32767] },
  ]),
  c('param numeric assignment rounds', [
    { sql: 'UPDATE t SET n = $1 WHERE id = 1 RETURNING n', params: ['3.14159'] },
    { sql: 'UPDATE t SET n = $1 WHERE id = 1 RETURNING n', params: [2.675] },
  ]),
  c('param int assignment from decimal string', [
    { sql: 'UPDATE t SET i = $1 WHERE id = 1 RETURNING i', params: ['2.5'] },
  ]),
  c('param int assignment from number 2.5', [
    { sql: 'UPDATE t SET i = $1 WHERE id = 1 RETURNING i', params: [2.5] },
  ]),
  c('param in like with concat', [
    { sql: "SELECT id FROM t WHERE x ILIKE '%' || $1 || '%' ORDER BY id", params: ['ELL'] },
  ]),
  c('param in coalesce', [{ sql: 'SELECT id, coalesce(v, $1) AS r FROM t ORDER BY id', params: ['dflt'] }]),
  c('param in greatest', [{ sql: 'SELECT id, greatest(i, $1) AS r FROM t ORDER BY id', params: [0] }]),
  c('param in nullif', [{ sql: 'SELECT id, nullif(x, $1) AS r FROM t ORDER BY id', params: ['hello'] }]),
  c('param in case', [
    {
      sql: 'SELECT id, CASE WHEN i > $1 THEN $2 ELSE $3 END AS r FROM t ORDER BY id',
      params: [0, 'big', 'small'],
    },
  ]),
  c('param in between', [
    { sql: 'SELECT id FROM t WHERE i BETWEEN $1 AND $2 ORDER BY id', params: [-10, 10] },
  ]),
  c('param is distinct', [
    { sql: 'SELECT id FROM t WHERE v IS DISTINCT FROM $1 ORDER BY id', params: ['Ab'] },
  ]),
  c('param in round', [{ sql: 'SELECT round($1::numeric, 1) AS r', params: ['2.25'] }]),
  c('param in to_char', [{ sql: 'SELECT to_char(d, $1) AS r FROM t ORDER BY id', params: ['DD Mon YYYY'] }]),
  c('param in left', [{ sql: 'SELECT left(x, $1) AS r FROM t ORDER BY id', params: [2] }]),
  c('param as whole text function argument', [
    { sql: 'SELECT upper($1) AS a, length($1) AS b', params: ['abc'] },
  ]),
  c('param concat with int', [{ sql: "SELECT 'n=' || $1 AS r", params: [5] }]),
  c('param arithmetic untyped', [
    { sql: 'SELECT $1 + 1 AS r', params: ['2'] },
    { sql: 'SELECT $1 + 1.5 AS r', params: ['2'] },
    { sql: 'SELECT $1 * 2 AS r', params: ['2.5'] },
  ]),
  c('param division integer', [
    { sql: 'SELECT $1 / 2 AS r', params: [7] },
    { sql: 'SELECT $1::int / $2 AS r', params: [7, 0] },
  ]),
];
