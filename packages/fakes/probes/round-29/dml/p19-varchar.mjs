const c = (name, setup, ...steps) => ({ name, setup, steps });
const V =
  "CREATE TABLE v (id int PRIMARY KEY, s varchar(3)); CREATE TABLE src (t text, vv varchar(10)); INSERT INTO src VALUES ('ab    ', 'xy     '), ('abcd', 'abcd')";
export default [
  c(
    'vc insert select text trailing spaces',
    V,
    "INSERT INTO v SELECT 1, t FROM src WHERE t LIKE 'ab %' RETURNING s, length(s)",
  ),
  c(
    'vc insert select varchar10 trailing spaces',
    V,
    "INSERT INTO v SELECT 1, vv FROM src WHERE t LIKE 'ab %' RETURNING s, length(s)",
  ),
  c('vc insert select too long', V, "INSERT INTO v SELECT 1, t FROM src WHERE t = 'abcd'"),
  c('vc insert select literal', V, "INSERT INTO v SELECT 1, 'a     ' RETURNING s, length(s)"),
  c(
    'vc insert select union',
    V,
    "INSERT INTO v SELECT 1, 'a     ' UNION ALL SELECT 2, 'b' RETURNING s, length(s)",
  ),
  c(
    'vc insert select cte',
    V,
    "WITH x AS (SELECT 'q     '::text AS t) INSERT INTO v SELECT 1, t FROM x RETURNING s, length(s)",
  ),
  c('vc insert select concat', V, "INSERT INTO v SELECT 1, 'a' || '    ' RETURNING s, length(s)"),
  c('vc insert select rpad', V, "INSERT INTO v SELECT 1, rpad('a', 8) RETURNING s, length(s)"),
  c('vc insert select param', V, {
    sql: 'INSERT INTO v SELECT 1, $1::text RETURNING s, length(s)',
    params: ['zz      '],
  }),
  c('vc insert values cast text', V, "INSERT INTO v VALUES (1, 'a    '::text) RETURNING s, length(s)"),
  c(
    'vc update set text expr',
    `${V}; INSERT INTO v VALUES (1, 'a')`,
    "UPDATE v SET s = s || '     ' RETURNING s, length(s)",
  ),
  c(
    'vc update set from select text',
    `${V}; INSERT INTO v VALUES (1, 'a')`,
    "UPDATE v SET s = (SELECT t FROM src WHERE t LIKE 'ab %') RETURNING s, length(s)",
  ),
  c(
    'vc upsert excluded trailing',
    `${V}; INSERT INTO v VALUES (1, 'a')`,
    "INSERT INTO v VALUES (1, 'b     ') ON CONFLICT (id) DO UPDATE SET s = excluded.s || '   ' RETURNING s, length(s)",
  ),
  c(
    'vc default literal trailing',
    "CREATE TABLE d (id int, s varchar(2) DEFAULT 'ab  ')",
    'INSERT INTO d (id) VALUES (1) RETURNING s, length(s)',
    'INSERT INTO d VALUES (2, DEFAULT), (3, DEFAULT) RETURNING length(s)',
  ),
  c(
    'vc default cast text trailing',
    "CREATE TABLE d (id int, s varchar(2) DEFAULT 'a    '::text)",
    'INSERT INTO d (id) VALUES (1) RETURNING s, length(s)',
  ),
  c(
    'vc default cast varchar5 trailing',
    "CREATE TABLE d (id int, s varchar(3) DEFAULT 'ab    '::varchar(5))",
    'INSERT INTO d (id) VALUES (1) RETURNING s, length(s)',
  ),
  c(
    'vc default too long non space',
    "CREATE TABLE d (id int, s varchar(2) DEFAULT 'abc')",
    'INSERT INTO d (id) VALUES (1)',
  ),
  c(
    'vc default cast varchar2 truncates explicit',
    "CREATE TABLE d (id int, s varchar(3) DEFAULT 'abcdef'::varchar(2))",
    'INSERT INTO d (id) VALUES (1) RETURNING s',
  ),
  c(
    'vc alter add column default trailing',
    'CREATE TABLE d (id int); INSERT INTO d VALUES (1)',
    "ALTER TABLE d ADD COLUMN s varchar(1) DEFAULT 'q   '",
    'SELECT s, length(s) FROM d',
  ),
  c(
    'vc alter set default trailing',
    'CREATE TABLE d (id int, s varchar(2))',
    "ALTER TABLE d ALTER COLUMN s SET DEFAULT 'ab   '",
    'INSERT INTO d (id) VALUES (1) RETURNING s, length(s)',
  ),
  c(
    'vc unique with trailing spaces collide',
    'CREATE TABLE d (s varchar(3) UNIQUE)',
    "INSERT INTO d VALUES ('ab ')",
    "INSERT INTO d VALUES ('ab   ')",
  ),
  c(
    'vc compare trailing spaces',
    "CREATE TABLE d (s varchar(5)); INSERT INTO d VALUES ('ab '), ('ab')",
    "SELECT s || '|' AS s FROM d WHERE s = 'ab' ORDER BY 1",
  ),
  c('vc param trailing', 'CREATE TABLE d (s varchar(3))', {
    sql: 'INSERT INTO d VALUES ($1) RETURNING s, length(s)',
    params: ['ab      '],
  }),
  c('vc param update trailing', "CREATE TABLE d (id int, s varchar(3)); INSERT INTO d VALUES (1, 'x')", {
    sql: 'UPDATE d SET s = $1 WHERE id = 1 RETURNING s, length(s)',
    params: ['ab      '],
  }),
  c(
    'vc multibyte trailing',
    'CREATE TABLE d (s varchar(2))',
    "INSERT INTO d SELECT 'äö  '::text RETURNING s, length(s)",
  ),
  c('vc tab not space', 'CREATE TABLE d (s varchar(2))', "INSERT INTO d SELECT E'ab\\t'::text"),
];
