// Round 21 probe, extending: PostgreSQL 15 docs 38.14 "User-Defined Operators", 38.15 "Operator
// Optimization Information", CREATE OPERATOR / ALTER OPERATOR / DROP OPERATOR, and CREATE
// OPERATOR CLASS / FAMILY for btree and hash over a user type: commutators, negators, shell
// operators, precedence of user operators, prefix operators, pg_operator rows, and errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: operators: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const CPX = `CREATE TYPE complex AS (r float8, i float8);
CREATE FUNCTION complex_add(complex, complex) RETURNS complex LANGUAGE sql IMMUTABLE AS $$ SELECT ROW($1.r + $2.r, $1.i + $2.i)::complex $$;
CREATE OPERATOR + (leftarg = complex, rightarg = complex, function = complex_add, commutator = +);`;
add('docs complex plus', ['SELECT ROW(1.0, 2.5)::complex + ROW(2.0, 3.0)::complex AS c'], CPX);
add('docs complex plus unknown right', ["SELECT ROW(1.0, 2.5)::complex + '(2,3)' AS c"], CPX);
add('docs complex plus unknown both is 42725', ["SELECT '(1,2)' + '(2,3)' AS c"], CPX);
add(
  'docs complex catalog',
  [
    "SELECT oprname, oprkind, oprleft::regtype::text AS l, oprright::regtype::text AS r, oprresult::regtype::text AS res, oprcode::text AS code, oprcom::regoperator::text AS com, oprcanmerge, oprcanhash FROM pg_operator WHERE oprleft = 'complex'::regtype",
  ],
  CPX,
);
add('procedure keyword synonym', [
  'CREATE FUNCTION f(int, text) RETURNS text LANGUAGE sql AS $$ SELECT $2 || $1 $$',
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = text, procedure = f)',
  "SELECT 1 @+@ 'x' AS v",
]);
add('operator without function is error', ['CREATE OPERATOR @+@ (leftarg = int, rightarg = int)']);
add('operator without args is error', ['CREATE OPERATOR @+@ (function = int4pl)']);
add('postfix operator is not supported', ['CREATE OPERATOR @+@ (leftarg = int, function = int4pl)']);
add('operator with bad name', ['CREATE OPERATOR a+ (leftarg = int, rightarg = int, function = int4pl)']);
add('operator name ending in minus', [
  'CREATE OPERATOR @- (leftarg = int, rightarg = int, function = int4mi)',
]);
add('operator name ending in minus allowed with tilde', [
  'CREATE OPERATOR @~- (leftarg = int, rightarg = int, function = int4mi)',
  'SELECT 5 @~- 3 AS v',
]);
add('operator name too long', [
  `CREATE OPERATOR ${'@'.repeat(64)} (leftarg = int, rightarg = int, function = int4pl)`,
]);
add('operator with missing function', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = nope)',
]);
add('operator with function of wrong args', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = text, function = int4pl)',
]);
add('operator duplicate is 42723', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4mi)',
]);
add('operator with unknown attribute warns', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl, wat = 1)',
  'SELECT 1 @+@ 2 AS v',
]);
add('operator result column name', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'SELECT 1 @+@ 2',
]);
add('operator precedence of user operator', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'SELECT 2 * 3 @+@ 4 AS a, 2 @+@ 3 * 4 AS b, 2 + 3 @+@ 4 * 0 AS c, 10 - 3 @+@ 1 AS d',
]);
add('user operator binds tighter than comparison', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'SELECT 1 @+@ 2 = 3 AS v',
]);
add('user operator left associative', [
  'CREATE OPERATOR @-@ (leftarg = int, rightarg = int, function = int4mi)',
  'SELECT 10 @-@ 3 @-@ 2 AS v',
]);
add('user prefix operator', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE OPERATOR ## (rightarg = int, function = twice)',
  'SELECT ## 5 AS a, ## 5 + 1 AS b, 3 + ## 2 AS c',
  "SELECT oprkind, oprleft, oprright::regtype::text AS r FROM pg_operator WHERE oprname = '##' AND oprnamespace = 'public'::regnamespace",
]);
add('user prefix operator on unknown', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE OPERATOR ## (rightarg = int, function = twice)',
  "SELECT ## '5' AS v",
]);
add('commutator creates shell operator', [
  'CREATE FUNCTION lt_it(int, text) RETURNS bool LANGUAGE sql AS $$ SELECT $1::text < $2 $$',
  'CREATE OPERATOR <<< (leftarg = int, rightarg = text, function = lt_it, commutator = >>>)',
  "SELECT oprname, oprleft::regtype::text AS l, oprright::regtype::text AS r, oprcode::text AS code FROM pg_operator WHERE oprnamespace = 'public'::regnamespace ORDER BY 1",
  "SELECT 'x' >>> 1 AS v",
]);
add('commutator shell filled later', [
  'CREATE FUNCTION lt_it(int, text) RETURNS bool LANGUAGE sql AS $$ SELECT $1::text < $2 $$',
  'CREATE FUNCTION gt_ti(text, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 > $2::text $$',
  'CREATE OPERATOR <<< (leftarg = int, rightarg = text, function = lt_it, commutator = >>>)',
  'CREATE OPERATOR >>> (leftarg = text, rightarg = int, function = gt_ti, commutator = <<<)',
  "SELECT 'x' >>> 1 AS v",
  "SELECT a.oprcom = b.oid AS linked FROM pg_operator a, pg_operator b WHERE a.oprname = '>>>' AND b.oprname = '<<<' AND a.oprnamespace = 'public'::regnamespace",
]);
add('negator', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE FUNCTION nei(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 <> $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi, negator = !==, commutator = ===)',
  'CREATE OPERATOR !== (leftarg = int, rightarg = int, function = nei, negator = ===, commutator = !==)',
  'SELECT 1 === 1 AS a, 1 !== 1 AS b, NOT (1 === 2) AS c',
  "SELECT oprname, oprnegate::regoperator::text AS neg FROM pg_operator WHERE oprnamespace = 'public'::regnamespace ORDER BY 1",
]);
add('negator of itself is error', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi, negator = ===)',
]);
add('negator on non-boolean is error', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl, negator = @-@)',
]);
add('hashes on non-boolean is error', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl, hashes)',
]);
add('restrict and join estimators', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi, restrict = eqsel, join = eqjoinsel, hashes, merges)',
  "SELECT oprrest::text AS r, oprjoin::text AS j, oprcanhash, oprcanmerge FROM pg_operator WHERE oprname = '==='",
]);
add('ALTER OPERATOR SET', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi)',
  'ALTER OPERATOR === (int, int) SET (restrict = eqsel, join = eqjoinsel)',
  "SELECT oprrest::text AS r, oprjoin::text AS j FROM pg_operator WHERE oprname = '==='",
]);
add('ALTER OPERATOR SET function is error', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'ALTER OPERATOR @+@ (int, int) SET (function = int4mi)',
]);
add('ALTER OPERATOR SET SCHEMA', [
  'CREATE SCHEMA s1',
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'ALTER OPERATOR @+@ (int, int) SET SCHEMA s1',
  'SELECT 1 OPERATOR(s1.@+@) 2 AS v',
  'SELECT 1 @+@ 2 AS w',
]);
add('DROP OPERATOR', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'DROP OPERATOR @+@ (int, int)',
  'SELECT 1 @+@ 2 AS v',
]);
add('DROP OPERATOR prefix', [
  'CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 * 2 $$',
  'CREATE OPERATOR ## (rightarg = int, function = twice)',
  'DROP OPERATOR ## (none, int)',
]);
add('DROP OPERATOR missing', ['DROP OPERATOR @+@ (int, int)']);
add('DROP OPERATOR IF EXISTS missing', ['DROP OPERATOR IF EXISTS @+@ (int, int)']);
add('DROP OPERATOR postfix form is error', ['DROP OPERATOR IF EXISTS @+@ (int, none)']);
add('DROP function used by operator is 2BP01', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi)',
  'DROP FUNCTION eqi(int, int)',
]);
add('DROP function used by operator CASCADE', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi)',
  'DROP FUNCTION eqi(int, int) CASCADE',
  "SELECT count(*) AS c FROM pg_operator WHERE oprname = '==='",
]);
add('COMMENT ON OPERATOR', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  "COMMENT ON OPERATOR @+@ (int, int) IS 'plus'",
  "SELECT obj_description(oid, 'pg_operator') AS d FROM pg_operator WHERE oprname = '@+@'",
]);
add('regoperator of user operator', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  "SELECT '@+@(int,int)'::regoperator::text AS a, '@+@'::regoper::text AS b",
]);
add('operator in ANY', [
  'CREATE FUNCTION eqi(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT $1 = $2 $$',
  'CREATE OPERATOR === (leftarg = int, rightarg = int, function = eqi)',
  'SELECT 2 === ANY(ARRAY[1, 2]) AS a, 3 === ALL(ARRAY[3, 3]) AS b',
]);
add('operator returning non-bool in ANY is error', [
  'CREATE OPERATOR @+@ (leftarg = int, rightarg = int, function = int4pl)',
  'SELECT 2 @+@ ANY(ARRAY[1, 2]) AS a',
]);
add('user operator over domain', [
  'CREATE DOMAIN pos AS int CHECK (VALUE > 0)',
  'CREATE FUNCTION padd(pos, pos) RETURNS pos LANGUAGE sql AS $$ SELECT ($1 + $2)::pos $$',
  'CREATE OPERATOR +++ (leftarg = pos, rightarg = pos, function = padd)',
  'SELECT 1::pos +++ 2::pos AS a, pg_typeof(1::pos +++ 2::pos)::text AS t',
  'SELECT 1 +++ 2 AS b',
]);
add('user operator shadows builtin via search_path', [
  'CREATE SCHEMA s1',
  'CREATE FUNCTION s1.myplus(int, int) RETURNS int LANGUAGE sql AS $$ SELECT 1000 $$',
  'CREATE OPERATOR s1.+ (leftarg = int, rightarg = int, function = s1.myplus)',
  'SET search_path = s1, pg_catalog',
  'SELECT 1 + 2 AS v',
  'SET search_path = pg_catalog, s1',
  'SELECT 1 + 2 AS w',
]);

// ---------------------------------------------------------------- operator classes
const OPC = `CREATE TYPE ver AS (major int, minor int);
CREATE FUNCTION ver_cmp(ver, ver) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1.major <> $2.major THEN sign($1.major - $2.major)::int ELSE sign($2.minor - $1.minor)::int END $$;
CREATE FUNCTION ver_lt(ver, ver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ver_cmp($1, $2) < 0 $$;
CREATE FUNCTION ver_le(ver, ver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ver_cmp($1, $2) <= 0 $$;
CREATE FUNCTION ver_eq(ver, ver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ver_cmp($1, $2) = 0 $$;
CREATE FUNCTION ver_ge(ver, ver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ver_cmp($1, $2) >= 0 $$;
CREATE FUNCTION ver_gt(ver, ver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ver_cmp($1, $2) > 0 $$;
CREATE OPERATOR <# (leftarg = ver, rightarg = ver, function = ver_lt, commutator = #>, negator = #>=);
CREATE OPERATOR <=# (leftarg = ver, rightarg = ver, function = ver_le, commutator = #>=, negator = #>);
CREATE OPERATOR =# (leftarg = ver, rightarg = ver, function = ver_eq, commutator = =#);
CREATE OPERATOR #>= (leftarg = ver, rightarg = ver, function = ver_ge, commutator = <=#, negator = <#);
CREATE OPERATOR #> (leftarg = ver, rightarg = ver, function = ver_gt, commutator = <#, negator = <=#);
CREATE OPERATOR CLASS ver_ops FOR TYPE ver USING btree AS
  OPERATOR 1 <#, OPERATOR 2 <=#, OPERATOR 3 =#, OPERATOR 4 #>=, OPERATOR 5 #>, FUNCTION 1 ver_cmp(ver, ver);
CREATE TABLE rel (v ver);
INSERT INTO rel VALUES (ROW(1, 2)), (ROW(1, 10)), (ROW(0, 5)), (ROW(2, 0));`;
add('opclass ORDER BY USING', ['SELECT v::text AS v FROM rel ORDER BY v USING <#'], OPC);
add('opclass ORDER BY USING descending', ['SELECT v::text AS v FROM rel ORDER BY v USING #>'], OPC);
add('ORDER BY USING non-btree operator is error', ['SELECT 1 AS v ORDER BY 1 USING @>']);
add(
  'opclass btree index',
  ['CREATE INDEX ON rel (v ver_ops)', 'SELECT count(*) AS c FROM rel WHERE v =# ROW(1, 10)::ver'],
  OPC,
);
add(
  'opclass catalog',
  [
    "SELECT opcname, opcmethod = (SELECT oid FROM pg_am WHERE amname = 'btree') AS btree, opcintype::regtype::text AS t, opcdefault FROM pg_opclass WHERE opcname = 'ver_ops'",
    "SELECT amopstrategy, amopopr::regoperator::text AS op FROM pg_amop WHERE amopfamily = (SELECT opcfamily FROM pg_opclass WHERE opcname = 'ver_ops') ORDER BY 1",
    "SELECT amprocnum, amproc::text AS p FROM pg_amproc WHERE amprocfamily = (SELECT opcfamily FROM pg_opclass WHERE opcname = 'ver_ops') ORDER BY 1",
  ],
  OPC,
);
add('opclass DEFAULT makes ORDER BY work', [
  OPC.replace(
    'CREATE OPERATOR CLASS ver_ops FOR TYPE ver',
    'CREATE OPERATOR CLASS ver_ops DEFAULT FOR TYPE ver',
  ).replace(/CREATE TABLE rel[\s\S]*$/, ''),
  'CREATE TABLE rel (v ver)',
  'INSERT INTO rel VALUES (ROW(1, 2)), (ROW(1, 10)), (ROW(0, 5))',
  'SELECT v::text AS v FROM rel ORDER BY v',
]);
add('opclass with missing operator', [
  'CREATE OPERATOR CLASS bad FOR TYPE int USING btree AS OPERATOR 1 <<<<',
]);
add('opclass strategy out of range', ['CREATE OPERATOR CLASS bad FOR TYPE int USING btree AS OPERATOR 9 <']);
add('opclass unknown access method', ['CREATE OPERATOR CLASS bad FOR TYPE int USING nope AS OPERATOR 1 <']);
add('opclass duplicate default is error', [
  'CREATE OPERATOR CLASS bad DEFAULT FOR TYPE int4 USING btree AS OPERATOR 1 <, FUNCTION 1 btint4cmp(int4, int4)',
]);
add('operator family create and alter', [
  'CREATE OPERATOR FAMILY fam USING btree',
  'ALTER OPERATOR FAMILY fam USING btree ADD OPERATOR 1 < (int4, int4), FUNCTION 1 btint4cmp(int4, int4)',
  "SELECT count(*) AS c FROM pg_amop WHERE amopfamily = (SELECT oid FROM pg_opfamily WHERE opfname = 'fam')",
  'ALTER OPERATOR FAMILY fam USING btree DROP OPERATOR 1 (int4, int4)',
  "SELECT count(*) AS c FROM pg_amop WHERE amopfamily = (SELECT oid FROM pg_opfamily WHERE opfname = 'fam')",
]);
add('drop operator family', [
  'CREATE OPERATOR FAMILY fam USING hash',
  'DROP OPERATOR FAMILY fam USING hash',
  'DROP OPERATOR FAMILY IF EXISTS fam USING hash',
]);
add(
  'drop operator class used by index is 2BP01',
  ['CREATE INDEX ix ON rel (v ver_ops)', 'DROP OPERATOR CLASS ver_ops USING btree'],
  OPC,
);
add('drop operator used by opclass is 2BP01', ['DROP OPERATOR <# (ver, ver)'], OPC);
add(
  'drop type with opclass cascade',
  ['DROP TYPE ver CASCADE', "SELECT count(*) AS c FROM pg_opclass WHERE opcname = 'ver_ops'"],
  OPC,
);

export default list.cases;
