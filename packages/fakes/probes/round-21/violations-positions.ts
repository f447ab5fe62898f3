// Round 21 probe (h119), violations part 9: the error position (PostgreSQL 15 docs 55.8, field P:
// a 1-based character index into the statement text) after the constructs the text of a
// statement is rewritten around (literals read otherwise by newer servers, multi-byte text,
// several statements in one string), and on the extended protocol.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: positions: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = 'CREATE TABLE t (id int PRIMARY KEY, n int, s text, d date)';

const BEFORE: readonly (readonly [string, string])[] = [
  ['oid with leading zero', "'012'::oid"],
  ['oid vector', "'012 7'::oidvector"],
  ['epoch with time', "'epoch 01:01:01'::timestamp"],
  ['interval with ago inside', "'1 day ago 2 hours'::interval"],
  ['interval plain', "'1 day'::interval"],
  ['zone abbreviation', "'2024-01-01 10:00 EST'::timestamptz"],
  ['hex integer', "'0x10'::text"],
  ['array of oids', "'{012}'::oid[]"],
  ['regclass name', "'t'::regclass"],
  ['multi-byte text', "'日本語テキスト'"],
  ['emoji text', "'😀😀😀'"],
  ['escape string', "E'a\\tb'"],
  ['dollar quoted', '$x$ quoted; text $x$'],
  ['unicode escape', "U&'\\00e9'"],
  ['nested comment', '/* a /* b */ c */ 1'],
  ['line comment', '1 -- comment\n'],
  ['json build object', "json_build_object('a', 1)"],
  ['jsonb path', "jsonb_path_query_first('{\"a\":1}', '$.a')"],
];
const ERRORS: readonly (readonly [string, string])[] = [
  ['unknown column', 'nope'],
  ['bad int literal', "'x'::int"],
  ['unknown function', 'nofn(1)'],
  ['operator mismatch', "1 + 'a'::text"],
];
for (const [label, before] of BEFORE) {
  for (const [what, after] of ERRORS) {
    add(`${what} after ${label}`, [`SELECT ${before} AS a, ${after} AS b FROM t`], T);
  }
  add(`extended: unknown column after ${label}`, [withParams(`SELECT ${before} AS a, nope AS b FROM t`)], T);
}
add('second statement of three positions', ["SELECT 1; SELECT 'é' AS a, nope FROM t; SELECT 3"], T);
add('third statement with leading whitespace', ['SELECT 1;\n\n   SELECT 2;\tSELECT nope FROM t'], T);
add('statement after a rewritten literal statement', ["SELECT '012'::oid; SELECT nope FROM t"], T);
add('multi statement on extended protocol', [withParams('SELECT 1; SELECT 2')], T);
add('insert values bad literal after multibyte', ["INSERT INTO t (id, s, n) VALUES (1, 'ü', 'x')"], T);
add('update set bad literal position', ["UPDATE t SET s = 'é', n = 'x'"], T);
add('where clause position with params', [withParams("SELECT id FROM t WHERE s = $1 AND n = 'q'", 'é')], T);
add(
  'on conflict unknown column position',
  ['INSERT INTO t (id) VALUES (1) ON CONFLICT (nope) DO NOTHING'],
  T,
);
add('returning unknown column position', ["INSERT INTO t (id, s) VALUES (1, 'ü') RETURNING nope"], T);
add('order by unknown position', ['SELECT id FROM t ORDER BY nope'], T);
add('group by position out of range', ['SELECT id FROM t GROUP BY 2'], T);
add('order by position out of range', ['SELECT id FROM t ORDER BY 3'], T);
add('cte body unknown column', ["WITH c AS (SELECT 'é' AS x, nope FROM t) SELECT * FROM c"], T);
add('subquery unknown column', ['SELECT (SELECT nope FROM t LIMIT 1) AS v'], T);
add('sql function body error internal position', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT nope $$',
]);
add('sql function body error after multibyte', [
  "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT length('ü') + nope $$",
]);
add('plpgsql body error position', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN nope; END $$',
  'SELECT f()',
]);
add('plpgsql syntax error position', [
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETRN 1; END $$',
]);
add('do block syntax error position', ["DO $$ BEGIN PERFORM 'ü'; SELEC 1; END $$"]);
add('view definition unknown column', ["CREATE VIEW v AS SELECT 'é' AS a, nope FROM t"], T);
add('check constraint unknown column', ['CREATE TABLE c (a int CHECK (b > 0))']);
add('default unknown function', ['CREATE TABLE c (a int DEFAULT nofn())']);
add('index on unknown column', ['CREATE INDEX ON t (nope)'], T);
add('alter add column default bad literal', ["ALTER TABLE t ADD COLUMN z int DEFAULT 'x'"], T);

export default list.cases;
