// Round 18 probe (h97): the informational error fields (position, hint, where) that PostgreSQL 15
// gives with the commonest errors: a literal its type refuses, an unknown column or table, an
// operator or function that does not resolve, ORDER BY / GROUP BY positions, a parameter's input.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 fields: ');
const SCHEMA =
  'CREATE TABLE t (id int PRIMARY KEY, v varchar(3), n numeric(4, 2), s smallint, g int, b bigint, d date, ts timestamptz, u uuid, j jsonb, tags int[], label text)';

// A literal its type's input function refuses: the position is the literal's, counted in characters.
const BAD_LITERALS: readonly (readonly [string, string])[] = [
  ['int', "'abc'"],
  ['int', "''"],
  ['int', "'1.5'"],
  ['smallint', "'40000'"],
  ['bigint', "'9223372036854775808'"],
  ['numeric', "'1.2.3'"],
  ['float8', "'1e400'"],
  ['bool', "'maybe'"],
  ['date', "'2024-02-30'"],
  ['date', "'not a date'"],
  ['timestamp', "'2024-01-01 25:00'"],
  ['timestamptz', "'yesterday-ish'"],
  ['uuid', "'a0eebc99'"],
  ['int[]', "'{1,2'"],
  ['text[]', "'{a,,b}'"],
  ['jsonb', '\'{"a": }\''],
  ['json', "'[1,'"],
  ['bytea', "'\\xzz'"],
  ['interval', "'5 parsecs'"],
  ['int', "E'x'"],
];
const PREFIXES: readonly (readonly [string, string])[] = [
  ['plain', ''],
  ['after a two-byte character', "'é', "],
  ['after an emoji', "'😀😀', "],
  ['after a line break', '1,\n  '],
];
for (const [type, literal] of BAD_LITERALS) {
  for (const [where, prefix] of PREFIXES) {
    list.add(`${literal}::${type} fails at the literal's position (${where})`, [
      `SELECT ${prefix}${literal}::${type}`,
    ]);
  }
  list.add(`${literal} as ${type} through the typed-literal syntax points at the literal`, [
    `SELECT ${type.endsWith('[]') ? `${literal}::${type}` : `${type} ${literal}`}`,
  ]);
}

const ERRORS: readonly (readonly [string, string])[] = [
  ['an INSERT value its column type refuses', "INSERT INTO t (id, s) VALUES (1, '40000')"],
  ['an INSERT value too long for varchar(3) has no position', "INSERT INTO t (id, v) VALUES (1, 'abcd')"],
  ['a numeric(4, 2) overflow at assignment has no position', "INSERT INTO t (id, n) VALUES (1, '123.5')"],
  ['an UPDATE value its column type refuses', "UPDATE t SET g = 'q'"],
  ['a WHERE comparison literal its column type refuses', "SELECT id FROM t WHERE g = 'q'"],
  ['a WHERE literal after a multi-byte literal', "SELECT 'ü' AS x FROM t WHERE g = 'q'"],
  ['an IN list literal its column type refuses', "SELECT id FROM t WHERE g IN (1, 'q')"],
  ['a CASE branch literal that must become integer', "SELECT CASE WHEN true THEN 1 ELSE 'a' END"],
  ['a second statement of a simple query counts from the first', "SELECT 1; SELECT 'x'::int"],
  ['an undefined column', 'SELECT nope FROM t'],
  ['an undefined qualified column', 'SELECT t.nope FROM t'],
  ['an undefined column after a multi-byte literal', "SELECT 'é', nope FROM t"],
  ['an undefined column in WHERE', 'SELECT id FROM t WHERE nope = 1'],
  ['an undefined column in a subquery', 'SELECT id FROM t WHERE id IN (SELECT nope FROM t)'],
  ['an undefined column in ORDER BY', 'SELECT id FROM t ORDER BY nope'],
  ['an undefined column in an UPDATE WHERE', 'UPDATE t SET g = 1 WHERE nope = 1'],
  ['a missing FROM-clause entry', 'SELECT x.id FROM t'],
  ['an unknown table', 'SELECT * FROM nosuch'],
  ['an unknown joined table', 'SELECT * FROM t JOIN nosuch n ON true'],
  ['an unknown table after a comma', 'SELECT * FROM t, nosuch'],
  ['ORDER BY a position past the select list', 'SELECT id FROM t ORDER BY 5'],
  ['ORDER BY a negative position', 'SELECT id FROM t ORDER BY -1'],
  ['ORDER BY a parenthesized negative position', 'SELECT id FROM t ORDER BY -(1)'],
  ['ORDER BY a non-integer constant', 'SELECT id FROM t ORDER BY 1.5'],
  ['ORDER BY a parenthesized non-integer constant', 'SELECT id FROM t ORDER BY (1.5)'],
  ['ORDER BY NULL', 'SELECT id FROM t ORDER BY NULL'],
  ['ORDER BY a string constant', "SELECT id FROM t ORDER BY 'a'"],
  ['ORDER BY a constant past int4', 'SELECT id FROM t ORDER BY 2147483648'],
  ['GROUP BY a position past the select list', 'SELECT g FROM t GROUP BY 3'],
  ['GROUP BY a string constant', "SELECT count(*) FROM t GROUP BY 'a'"],
  ['SELECT DISTINCT ordered by a column outside the list', 'SELECT DISTINCT g FROM t ORDER BY id'],
  ['a UNION ordered by a qualified column', 'SELECT id FROM t UNION SELECT g FROM t ORDER BY t.id'],
  ['a UNION ordered by a string constant', "SELECT id FROM t UNION SELECT 4 ORDER BY 'a'"],
  ['text plus integer has no operator', "SELECT 'a'::text + 1"],
  ['an operator error inside parentheses', "SELECT 1 + ('a'::text + 1)"],
  ['varchar compared with an integer', 'SELECT id FROM t WHERE v = 5'],
  ['varchar compared with an integer after a multi-byte literal', "SELECT 'é' || 1, v = 5 FROM t"],
  ['a comment between operand and operator', 'SELECT v /* c */ = 5 FROM t'],
  ['unknown plus unknown is ambiguous', "SELECT '1' + '2' AS v"],
  ['a JSON member of an untyped literal is ambiguous', `SELECT '{"a": 1}' ->> 'a' AS v`],
  ['a JSON member of a parenthesized untyped literal is ambiguous', `SELECT ('{"a": 1}') -> 'a' AS v`],
  ['a JSON element of an untyped literal after a multi-byte literal', "SELECT 'é', '[1]' -> 0 AS v"],
  ['an aggregate of a type it does not take', 'SELECT avg(v::text) FROM t'],
  ['a function call inside an expression that does not resolve', 'SELECT 1 + avg(v::text) FROM t'],
  ['statement_timeout past int4', "SET statement_timeout = '2147483648'"],
  ['statement_timeout rounding past int4', "SET statement_timeout = '2147483647.6'"],
  ['lock_timeout in seconds past int4', "SET lock_timeout = '2147484s'"],
  ['a negative statement_timeout is out of its range, without a hint', "SET statement_timeout = '-5'"],
  ['an identity column GENERATED ALWAYS given a value', "INSERT INTO ia (id, v) VALUES (5, 'x')"],
  ['an identity column GENERATED ALWAYS updated', 'UPDATE ia SET id = 3'],
];
for (const [name, sql] of ERRORS) {
  list.add(
    `${name} reports 15's fields`,
    [sql],
    `${SCHEMA}; CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY, v text); INSERT INTO t (id, g) VALUES (1, 1)`,
  );
}

// A parameter's text read by its type at Bind: the context names the parameter.
const PARAMS: readonly (readonly [string, string, readonly unknown[]])[] = [
  ['an integer column compared with bad text', 'SELECT id FROM t WHERE g = $1', ['x']],
  ['a smallint INSERT value out of range', 'INSERT INTO t (id, s) VALUES ($1, $2)', [2, 40000]],
  ['a date INSERT value', 'INSERT INTO t (id, d) VALUES ($1, $2)', [2, '2024-02-30']],
  ['a timestamptz INSERT value', 'INSERT INTO t (id, ts) VALUES ($1, $2)', [2, 'soon']],
  ['a uuid compared with bad text', 'SELECT id FROM t WHERE u = $1', ['nope']],
  ['a cast of the parameter', 'SELECT $1::int AS v', ['x']],
  ['a bigint cast out of range', 'SELECT $1::bigint AS v', ['9223372036854775808']],
  ['an int array value', 'INSERT INTO t (id, tags) VALUES ($1, $2)', [2, '{1,x}']],
  ['an empty string for an integer', 'SELECT id FROM t WHERE g = $1', ['']],
  ['a text parameter cast later in the query has no parameter context', 'SELECT ($1::text)::int AS v', ['x']],
  ['a jsonb value', 'INSERT INTO t (id, j) VALUES ($1, $2)', [2, '{"a": }']],
  ['two untyped parameters added', 'SELECT $1 + $2 AS v', [1, 2]],
  ['an untyped parameter divided by NULL', 'SELECT $1 / NULL AS v', [3]],
  ['a placeholder with no value, used once', 'SELECT 1, $1::int', []],
];
for (const [name, sql, values] of PARAMS) list.params(`a parameter: ${name}`, sql, values, SCHEMA);

export default list.cases;
