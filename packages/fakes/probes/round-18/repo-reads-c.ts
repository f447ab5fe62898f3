// Round 18 repository reads, part 3: result metadata as node-pg sees it (column names of
// expressions, duplicate names, type OIDs, numeric/bigint as strings, rowMode 'array'), many
// parameters and parameter type inference, prepared-statement reuse (docs 4.2, 10, PREPARE).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads c: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);
const s = (name: string, steps: readonly ProbeStep[], setup = SHOP) => list.add(name, steps, setup);
const arr = (sql: string, params?: readonly unknown[]): ProbeStep =>
  params === undefined ? { sql, rowMode: 'array' } : { sql, params, rowMode: 'array' };

// ---------------------------------------------------------------- column names of expressions
q('an unnamed constant is ?column?', 'SELECT 1, 2');
q(
  'a function call is named after the function',
  'SELECT lower(email), count(*) FROM users GROUP BY lower(email) ORDER BY 1 LIMIT 1',
);
q('a cast is named after the type', "SELECT '1'::int, CAST('2' AS bigint), 3::numeric(5,2)");
q(
  'a cast of a column keeps the column name',
  'SELECT id::text, score::numeric FROM users ORDER BY 1 LIMIT 1',
);
q('a CASE expression is named case', "SELECT CASE WHEN id > 1 THEN 'x' END FROM users ORDER BY id LIMIT 1");
q(
  'coalesce and nullif and greatest are named after themselves',
  'SELECT coalesce(name, email), nullif(score, 0), greatest(1, 2), least(1, 2) FROM users WHERE id = 1',
);
q('an operator expression is ?column?', 'SELECT id + 1, score * 2 FROM users WHERE id = 1');
q(
  'a scalar subquery takes the inner column name',
  'SELECT (SELECT max(id) FROM posts), (SELECT email FROM users WHERE id = 1)',
);
q('EXISTS is named exists', 'SELECT EXISTS (SELECT 1 FROM users)');
q('ARRAY constructors are named array', 'SELECT ARRAY[1, 2], ARRAY(SELECT id FROM users ORDER BY id)');
q('a ROW constructor is named row', 'SELECT ROW(1, 2)');
q('a qualified star expands to the table columns', 'SELECT u.* FROM users u WHERE u.id = 1');
q(
  'a star over a join repeats duplicate names',
  'SELECT * FROM users u JOIN posts p ON p.author_id = u.id WHERE p.id = 1',
);
q('duplicate output names in object mode keep the last', 'SELECT 1 AS a, 2 AS a');
q(
  'a quoted alias keeps case and spaces',
  'SELECT id AS "User Id", email AS "E-mail" FROM users WHERE id = 1',
);
q('an unquoted alias is folded to lower case', 'SELECT id AS UserId FROM users WHERE id = 1');
q(
  'CURRENT_DATE and CURRENT_USER have special names',
  'SELECT CURRENT_DATE IS NOT NULL, current_user, session_user, current_schema',
);
q(
  'extract is named extract',
  "SELECT extract(year FROM created_at), date_part('year', created_at) FROM users WHERE id = 1",
);
q(
  'an aggregate with FILTER is named after the aggregate',
  "SELECT count(*) FILTER (WHERE role = 'admin'), sum(score) FROM users",
);
q(
  'a window function is named after the function',
  'SELECT row_number() OVER (), rank() OVER (ORDER BY id) FROM users WHERE id = 1',
);
q('a boolean comparison is ?column?', "SELECT id = 1, name IS NULL, email LIKE 'a%' FROM users WHERE id = 1");
q('a json arrow is ?column?', "SELECT '{\"a\":1}'::jsonb -> 'a', '{\"a\":1}'::jsonb ->> 'a'");
q('a subscript takes the column name', 'SELECT tags[1] FROM users WHERE id = 1');
q('a field selection takes the field name', 'SELECT (u).email FROM (SELECT u FROM users u WHERE id = 1) t');
q('a literal string is ?column? with type text', "SELECT 'hello', 'a' || 'b'");
q(
  'a type-prefixed literal is named after the type',
  "SELECT date '2024-01-01', interval '1 day', timestamptz '2024-01-01 00:00+00'",
);
q('COLLATE keeps the column name', 'SELECT name COLLATE "C" FROM users WHERE id = 1');
q('a NULL literal is ?column? of type text', 'SELECT NULL');
q(
  'position and substring and trim are named after the function',
  "SELECT position('@' in email), substring(email from 1 for 3), trim(both ' ' from email) FROM users WHERE id = 1",
);
q(
  'IN and BETWEEN expressions are ?column?',
  'SELECT id IN (1, 2), id BETWEEN 1 AND 2 FROM users WHERE id = 1',
);

// ---------------------------------------------------------------- type OIDs and text forms
q(
  'column type OIDs of a table read',
  'SELECT id, email, name, score, balance, big, created_at, deleted_at, tags FROM users WHERE id = 1',
);
q(
  'numeric keeps its declared scale as a string',
  'SELECT balance, amount FROM users, orders WHERE users.id = 2 AND orders.id = 1',
);
q('bigint comes back as a string', 'SELECT big, count(*) OVER () FROM users WHERE id = 1');
q('int8 arithmetic stays bigint', 'SELECT big + 1 AS a, big * 2 AS b FROM users WHERE id = 1');
q('bigint overflow fails with 22003', 'SELECT big * 1000000 FROM users WHERE id = 1');
q(
  'int overflow in a sum of ints does not happen',
  'SELECT sum(x) FROM (VALUES (2147483647), (2147483647)) t(x)',
);
q('int overflow in addition fails with 22003', 'SELECT 2147483647 + 1');
q('numeric division result scale', 'SELECT 1::numeric / 3 AS a, 10::numeric / 4 AS b, 1.00 / 3 AS c');
q(
  'float8 output uses the shortest exact form',
  'SELECT 0.1::float8 + 0.2::float8 AS a, 1e100::float8 AS b, 1.5::float4 AS c',
);
q('real division of ints cast to float', 'SELECT 1::float8 / 3 AS v');
q(
  'the type of a numeric literal with a decimal point is numeric',
  'SELECT 1.5 AS a, 100 AS b, 10000000000 AS c, 1e3 AS d',
);
q('a boolean comes back as t/f text', 'SELECT true AS a, false AS b, NULL::boolean AS c');
q('a date comes back as a date', "SELECT date '2024-02-29' AS d");
q('a timestamp without time zone', "SELECT timestamp '2024-02-29 12:34:56.789' AS t");
q('a text array of values with commas and quotes', "SELECT ARRAY['a,b', 'c\"d', NULL, ''] AS v");
q('an int array and a numeric array', 'SELECT ARRAY[1, 2] AS a, ARRAY[1.50, 2] AS b');
q('an empty array literal of text', "SELECT '{}'::text[] AS v, ARRAY[]::int[] AS w");
q('an array of timestamptz', "SELECT ARRAY[timestamptz '2024-01-01 00:00+00'] AS v");
q('a uuid value', "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid AS v");
q('an interval value', "SELECT interval '1 year 2 months 3 days 04:05:06' AS v, interval '-1 day' AS w");
q('money-like numeric formatting with to_char', "SELECT to_char(1234.5, 'FM999,990.00') AS v");
q('varchar and char types', "SELECT 'ab'::varchar(5) AS a, 'ab'::char(4) AS b, 'ab'::bpchar AS c");
q(
  'a json and jsonb column',
  'SELECT \'{"b": 1, "a": [1, 2]}\'::json AS j, \'{"b": 1, "a": [1, 2]}\'::jsonb AS b',
);
q('oid and regclass values', "SELECT 'users'::regclass AS r, 'users'::regclass::oid > 0 AS o");
q('a bytea value in hex', "SELECT '\\x0102ff'::bytea AS v, decode('aGk=', 'base64') AS w");
q('inet and cidr values', "SELECT '192.168.0.1/24'::inet AS i, '10.0.0.0/8'::cidr AS c");
q('a record from a row constructor', "SELECT ROW(1, 'a', NULL) AS v");
q('a whole-row reference', 'SELECT u FROM (SELECT id, name FROM users WHERE id = 3) u');
q(
  'a numeric NaN and infinity',
  "SELECT 'NaN'::numeric AS a, 'Infinity'::numeric AS b, '-Infinity'::float8 AS c",
);
q(
  'smallint arithmetic promotes to int',
  'SELECT 1::smallint + 1::smallint AS a, pg_typeof(1::smallint + 1::smallint) AS t',
);
q(
  'pg_typeof of common expressions',
  'SELECT pg_typeof(count(*)) AS a, pg_typeof(sum(score)) AS b, pg_typeof(avg(score)) AS c, pg_typeof(sum(big)) AS d, pg_typeof(max(created_at)) AS e FROM users',
);
q(
  'pg_typeof of literals',
  "SELECT pg_typeof(1) AS a, pg_typeof(1.0) AS b, pg_typeof('x') AS c, pg_typeof(NULL) AS d, pg_typeof(3000000000) AS e",
);

// ---------------------------------------------------------------- rowMode array
s('rowMode array of a table read', [arr('SELECT id, email, balance FROM users ORDER BY id LIMIT 2')]);
s('rowMode array keeps duplicate column names apart', [
  arr('SELECT u.id, p.id, u.email FROM users u JOIN posts p ON p.author_id = u.id ORDER BY p.id LIMIT 3'),
]);
s('rowMode array with parameters', [
  arr('SELECT $1::int AS a, $2::text AS a, $3::numeric AS a', [1, 'x', '2.50']),
]);
s('rowMode array of an empty result', [arr('SELECT id, email FROM users WHERE false')]);
s('rowMode array with nulls', [arr('SELECT name, score FROM users WHERE id = 3')]);
s('rowMode array of a star over a join', [
  arr('SELECT * FROM comments c JOIN posts p ON p.id = c.post_id ORDER BY c.id LIMIT 2'),
]);

// ---------------------------------------------------------------- parameter type inference
p('an untyped parameter in the select list is text', 'SELECT $1 AS v', ['hello']);
p('an untyped parameter in the select list keeps a number as text', 'SELECT $1 AS v', [42]);
p('an untyped parameter compared to itself is text', 'SELECT $1 = $1 AS v', ['a']);
p('an untyped parameter plus an integer is int', 'SELECT $1 + 1 AS v', [41]);
p('an untyped parameter plus a numeric literal is numeric', 'SELECT $1 + 1.5 AS v', ['1']);
p('an untyped parameter concatenated is text', "SELECT $1 || 'x' AS v", ['a']);
p('a parameter used as int and as text fails with 42P08', "SELECT $1 + 1 AS a, $1 || 'x' AS b", [1]);
p('a parameter used as int then cast to text is inferred int', 'SELECT $1 + 1 AS a, $1::text AS b', [1]);
p('a parameter cast twice to different types fails with 42P08', 'SELECT $1::int AS a, $1::text AS b', [1]);
p(
  'a parameter compared to int and to text column fails with 42P08',
  'SELECT id FROM users WHERE id = $1 OR email = $1',
  ['1'],
);
p(
  'a parameter in coalesce with a column takes its type',
  'SELECT coalesce(score, $1) AS v FROM users WHERE id = 3',
  [0],
);
p('a parameter in coalesce with a text literal is text', "SELECT coalesce($1, 'none') AS v", [null]);
p('a parameter alone in coalesce is text', 'SELECT coalesce($1, $2) AS v', [null, 'b']);
p(
  'a parameter in CASE results takes the other branch type',
  'SELECT CASE WHEN id = 1 THEN $1 ELSE score END AS v FROM users ORDER BY id LIMIT 2',
  ['5'],
);
p('a parameter in IN with an int column', 'SELECT id FROM users WHERE score IN ($1, $2) ORDER BY id', [
  '75',
  '90',
]);
p('a parameter as a function argument picks the overload', 'SELECT length($1) AS v', ['hello']);
p('a parameter to abs fails as ambiguous with 42725', 'SELECT abs($1) AS v', [-5]);
p('a parameter to round picks numeric or double', 'SELECT round($1) AS v', [2.5]);
p('a parameter in a LIMIT is bigint', 'SELECT id FROM users ORDER BY id LIMIT $1', [1]);
p('a parameter in an ARRAY constructor is text', 'SELECT ARRAY[$1, $2] AS v', ['a', 'b']);
p('a parameter in an ARRAY with an int is int', 'SELECT ARRAY[$1, 2] AS v', ['1']);
p('a parameter compared to a jsonb column is jsonb', "SELECT $1::jsonb -> 'a' AS v", ['{"a": 1}']);
p('a JS object parameter sent as JSON text to a jsonb cast', 'SELECT $1::jsonb AS v', [
  { b: [1, 2], a: null },
]);
p('a JS array parameter to a jsonb cast becomes an array literal and fails', 'SELECT $1::jsonb AS v', [
  [1, 2],
]);
p(
  'a parameter used in the select list and a filter',
  'SELECT $1::int AS requested, id FROM users WHERE id = $1',
  [2],
);
p('a parameter IS NULL alone is inferred text', 'SELECT $1 IS NULL AS v', [null]);
p('a parameter in a NOT expression is boolean', 'SELECT NOT $1 AS v', ['true']);
p('a parameter in AND is boolean', 'SELECT $1 AND true AS v', [false]);
p('a parameter in a BETWEEN with ints', 'SELECT 5 BETWEEN $1 AND $2 AS v', [1, 10]);
p(
  'a parameter compared with a date column is a date',
  "SELECT d > $1 AS v FROM (VALUES (date '2024-05-01')) t(d)",
  ['2024-04-30'],
);
p('a parameter with an explicit ::text cast compared to varchar', "SELECT 'a'::varchar = $1::text AS v", [
  'a',
]);
p(
  'a parameter in a subtraction from a timestamptz is ambiguous',
  'SELECT max(placed_at) - $1 AS v FROM orders',
  ['1 day'],
);
p('a parameter in a select list of UNION is text', 'SELECT $1 AS v UNION ALL SELECT $2', ['a', 'b']);
p('a parameter in UNION with an int column is int', 'SELECT $1 AS v UNION ALL SELECT 2', ['1']);
p(
  'a parameter in VALUES with a text column later',
  "SELECT * FROM (VALUES ($1, 1), ('b', 2)) t(a, b) ORDER BY b",
  ['a'],
);
p(
  'a parameter in a function that takes anyelement fails with 42804',
  'SELECT array_length(array_append(NULL, $1), 1) AS v',
  [1],
);
p('a parameter to to_char needs a type', "SELECT to_char($1, 'YYYY') AS v", ['2024-01-01']);
p(
  'a parameter to to_char with a timestamptz cast',
  "SELECT to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM') AS v",
  ['2024-06-01T00:00:00Z'],
);
p('a parameter number not used leaves a gap but is allowed', 'SELECT $2::int AS v', [1, 2]);
p('a parameter numbered beyond the values fails with 08P01', 'SELECT $2::int AS v', [1]);
p('more values than parameters fails with 08P01', 'SELECT $1::int AS v', [1, 2]);
p('a parameter $0 fails with 42P02', 'SELECT $0 AS v', []);
p('a quoted parameter-like string is just text', "SELECT '$1' AS v", []);
p(
  'many parameters in an IN list',
  `SELECT count(*) FROM users WHERE id IN (${Array.from({ length: 120 }, (_, i) => `$${i + 1}`).join(', ')})`,
  Array.from({ length: 120 }, (_, i) => i + 1),
);
p(
  'many parameters of different types',
  `SELECT ${Array.from({ length: 30 }, (_, i) => `$${i + 1}::${['int', 'text', 'numeric', 'boolean', 'date'][i % 5]} AS c${i}`).join(', ')}`,
  Array.from({ length: 30 }, (_, i) => ['7', 'x', '1.25', 'true', '2024-01-02'][i % 5]),
);
p('an untyped parameter on both sides of an operator fails with 42725', 'SELECT $1 + $2 AS v', [1, 2]);
p('an untyped parameter compared to an untyped parameter is text', 'SELECT $1 = $2 AS v', ['1', '1.0']);
p('an untyped parameter in ORDER BY is text and constant', 'SELECT id FROM users ORDER BY $1, id LIMIT 2', [
  'x',
]);
p('an untyped parameter in GROUP BY', 'SELECT $1::text AS k, count(*) FROM users GROUP BY 1', ['all']);
p('a parameter in a LIKE is text', 'SELECT count(*) FROM users WHERE email LIKE $1', ['%org']);
p('a parameter in a regex is text', 'SELECT count(*) FROM users WHERE email ~ $1', ['org$']);
p('a parameter in a string function with int arg', 'SELECT substr($1, $2, $3) AS v', ['abcdef', 2, 3]);
p('a parameter in left() with a negative count', 'SELECT left($1, $2) AS v', ['abcdef', -2]);
p('an int parameter given a boolean fails with 22P02', 'SELECT $1::int AS v', [true]);
p('a text parameter given a boolean is the word', 'SELECT $1::text AS v', [true]);
p('a text parameter given a Date is an ISO string with offset', 'SELECT length($1::text) > 0 AS v', [
  new Date('2024-01-01T00:00:00Z'),
]);
p('a numeric parameter keeps all digits of a string', 'SELECT $1::numeric AS v', [
  '12345678901234567890.123456789',
]);
p('a numeric parameter from a JS float', 'SELECT $1::numeric AS v', [0.1]);
p('a bigint parameter from a bigint JS value', 'SELECT $1::bigint AS v', [9007199254740993n]);
p('a bytea parameter from a Buffer', 'SELECT $1::bytea AS v, length($1::bytea) AS n', [
  Buffer.from([0, 1, 255]),
]);
p('a text[] parameter with a null and quotes', 'SELECT $1::text[] AS v', [['a"b', null, 'c,d']]);
p('a nested array parameter', 'SELECT $1::int[] AS v', [
  [
    [1, 2],
    [3, 4],
  ],
]);
p('a jagged nested array parameter fails with 22P02', 'SELECT $1::int[] AS v', [[[1, 2], [3]]]);
p('a uuid parameter with bad text fails with 22P02', 'SELECT $1::uuid AS v', ['not-a-uuid']);
p(
  'a uuid parameter compared to text needs a cast',
  "SELECT $1::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS v",
  ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'],
);

// ---------------------------------------------------------------- prepared statements and reuse
s('the same extended-protocol statement run twice with different values', [
  withParams('SELECT id FROM users WHERE role = $1 ORDER BY id', ['admin']),
  withParams('SELECT id FROM users WHERE role = $1 ORDER BY id', ['user']),
]);
s('a statement that failed on one value runs on the next', [
  withParams('SELECT id FROM users WHERE id = $1', ['x']),
  withParams('SELECT id FROM users WHERE id = $1', ['1']),
]);
s('PREPARE and EXECUTE a read', [
  'PREPARE by_role(text) AS SELECT id FROM users WHERE role = $1 ORDER BY id',
  "EXECUTE by_role('admin')",
  "EXECUTE by_role('user')",
]);
s('PREPARE without types infers them', [
  'PREPARE q AS SELECT id FROM users WHERE id = $1 AND email LIKE $2',
  "EXECUTE q(1, 'a%')",
  'SELECT name, parameter_types::text FROM pg_prepared_statements',
]);
s('EXECUTE with the wrong number of values fails with 42601', [
  'PREPARE q(int) AS SELECT $1 + 1',
  'EXECUTE q(1, 2)',
]);
s('EXECUTE of an unknown statement fails with 26000', ['EXECUTE nope(1)']);
s('PREPARE twice with the same name fails with 42P05', ['PREPARE q AS SELECT 1', 'PREPARE q AS SELECT 2']);
s('DEALLOCATE then EXECUTE fails with 26000', ['PREPARE q AS SELECT 1', 'DEALLOCATE q', 'EXECUTE q']);
s('DEALLOCATE ALL', [
  'PREPARE a AS SELECT 1',
  'PREPARE b AS SELECT 2',
  'DEALLOCATE ALL',
  'SELECT count(*) FROM pg_prepared_statements',
]);
s('EXECUTE coerces a text value to the declared type', [
  'PREPARE q(int) AS SELECT $1 * 2 AS v',
  "EXECUTE q('21')",
]);
s('EXECUTE with a bad value fails with 22P02', ['PREPARE q(int) AS SELECT $1 * 2 AS v', "EXECUTE q('x')"]);
s('a prepared statement sees rows inserted after PREPARE', [
  'PREPARE c AS SELECT count(*) FROM orders',
  'EXECUTE c',
  "INSERT INTO orders (user_id, amount, status, placed_at) VALUES (2, 1, 'paid', now())",
  'EXECUTE c',
]);
s('a prepared SELECT * after ALTER TABLE ADD COLUMN fails with 0A000', [
  'PREPARE star AS SELECT * FROM comments WHERE id = 1',
  'EXECUTE star',
  'ALTER TABLE comments ADD COLUMN edited boolean',
  'EXECUTE star',
]);
s('a prepared statement with a parameter used in LIMIT', [
  'PREPARE page(int, int) AS SELECT id FROM users ORDER BY id LIMIT $1 OFFSET $2',
  'EXECUTE page(2, 1)',
  'EXECUTE page(2, 3)',
]);
s('a prepared statement over a dropped table fails with 42P01', [
  'CREATE TABLE tmp (a int)',
  'PREPARE t AS SELECT a FROM tmp',
  'DROP TABLE tmp',
  'EXECUTE t',
]);
s('prepared statements survive a rolled-back transaction', [
  'PREPARE q AS SELECT 1 AS v',
  'BEGIN',
  'SELECT 1/0',
  'ROLLBACK',
  'EXECUTE q',
]);
s('a read in a failed transaction fails with 25P02', [
  'BEGIN',
  'SELECT 1/0',
  withParams('SELECT id FROM users WHERE id = $1', [1]),
  'ROLLBACK',
]);
s('a read in a READ ONLY transaction', ['BEGIN READ ONLY', 'SELECT count(*) FROM users', 'COMMIT']);
s('a write in a READ ONLY transaction fails with 25006', [
  'BEGIN READ ONLY',
  "UPDATE users SET name = 'x' WHERE id = 1",
  'ROLLBACK',
]);
s('a repeatable read transaction reads a snapshot', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  'SELECT count(*) FROM orders',
  {
    sql: "INSERT INTO orders (user_id, amount, status, placed_at) VALUES (1, 2, 'paid', now())",
    client: 'second',
  },
  'SELECT count(*) FROM orders',
  'COMMIT',
  'SELECT count(*) FROM orders',
]);
s('read committed sees another connection commit', [
  'BEGIN',
  'SELECT count(*) FROM orders',
  {
    sql: "INSERT INTO orders (user_id, amount, status, placed_at) VALUES (1, 2, 'paid', now())",
    client: 'second',
  },
  'SELECT count(*) FROM orders',
  'COMMIT',
]);
s('several reads in one simple query return several results', [
  'SELECT count(*) FROM users; SELECT count(*) FROM posts; SELECT 1 AS one',
]);
s('a simple query with an error stops at it', ['SELECT 1 AS a; SELECT 1/0; SELECT 3 AS c']);
s('a cursor reads a page at a time', [
  'BEGIN',
  'DECLARE cur CURSOR FOR SELECT id FROM users ORDER BY id',
  'FETCH 2 FROM cur',
  'FETCH 2 FROM cur',
  'MOVE 1 FROM cur',
  'FETCH ALL FROM cur',
  'CLOSE cur',
  'COMMIT',
]);
s('a cursor outside a transaction fails with 25P01', ['DECLARE cur CURSOR FOR SELECT 1']);
s('a WITH HOLD cursor outlives the transaction', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM users ORDER BY id',
  'COMMIT',
  'FETCH 3 FROM c',
  'CLOSE c',
]);
s('FETCH BACKWARD on a SCROLL cursor', [
  'BEGIN',
  'DECLARE c SCROLL CURSOR FOR SELECT id FROM users ORDER BY id',
  'FETCH LAST FROM c',
  'FETCH BACKWARD 2 FROM c',
  'FETCH ABSOLUTE 1 FROM c',
  'COMMIT',
]);

export default list.cases;
