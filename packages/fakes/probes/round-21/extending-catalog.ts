// Round 21 probe, extending: the catalog rows and describing functions for user-defined
// functions, procedures, aggregates, operators, casts, types, operator classes (pg_proc,
// pg_aggregate, pg_operator, pg_cast, pg_type, pg_range, pg_enum, pg_opclass, pg_amop, pg_depend),
// pg_get_functiondef / pg_get_function_* / pg_describe_object / pg_identify_object and the
// information_schema views over routines and user-defined types, as PostgreSQL 15 gives them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: catalog: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const PROC_COLUMNS =
  'proname, pronamespace::regnamespace::text AS ns, procost, prorows, provariadic::regtype::text AS variadic, prosupport::text AS support, prokind, prosecdef, proleakproof, proisstrict, proretset, provolatile, proparallel, pronargs, pronargdefaults, prorettype::regtype::text AS rettype, proargtypes::regtype[]::text AS argtypes, proallargtypes::regtype[]::text AS allargtypes, proargmodes::text AS argmodes, proargnames::text AS argnames, pg_get_expr(proargdefaults, 0) AS argdefaults, protrftypes, prosrc, probin, prosqlbody IS NOT NULL AS has_sqlbody, proconfig::text AS config, proacl IS NULL AS no_acl';
const FUNCS: [string, string][] = [
  [
    'plain sql',
    "CREATE FUNCTION f(a int, b text DEFAULT 'x') RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT b || a $$",
  ],
  [
    'begin atomic',
    'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE BEGIN ATOMIC SELECT a + 1; SELECT a + 2; END',
  ],
  ['return body', 'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql LEAKPROOF RETURN a * 2'],
  ['out params', 'CREATE FUNCTION f(IN a int, OUT b int, INOUT c text) LANGUAGE sql AS $$ SELECT a, c $$'],
  [
    'table function',
    'CREATE FUNCTION f(a int) RETURNS TABLE (x int, y text) LANGUAGE sql ROWS 10 AS $$ SELECT a, a::text $$',
  ],
  ['variadic', 'CREATE FUNCTION f(a int, VARIADIC b text[]) RETURNS int LANGUAGE sql AS $$ SELECT a $$'],
  [
    'polymorphic',
    'CREATE FUNCTION f(a anycompatible, b anycompatiblearray) RETURNS anycompatible LANGUAGE sql AS $$ SELECT a $$',
  ],
  [
    'setof with config',
    "CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql SECURITY DEFINER COST 5 SET search_path = pg_catalog SET work_mem = '4MB' AS $$ SELECT 1 $$",
  ],
  ['plpgsql', 'CREATE FUNCTION f(a int) RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM a; END $$'],
  ['procedure', 'CREATE PROCEDURE f(INOUT a int, b int DEFAULT 1) LANGUAGE sql AS $$ SELECT a + b $$'],
  ['procedure atomic', 'CREATE PROCEDURE f(a int) LANGUAGE sql BEGIN ATOMIC SELECT a; END'],
  ['trigger function', 'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$'],
  [
    'internal language',
    "CREATE FUNCTION f(int, int) RETURNS int LANGUAGE internal IMMUTABLE STRICT AS 'int4pl'",
  ],
  ['window sql is error', 'CREATE FUNCTION f() RETURNS int LANGUAGE sql WINDOW AS $$ SELECT 1 $$'],
];
for (const [name, create] of FUNCS) {
  add(`pg_proc of ${name}`, [
    create,
    `SELECT ${PROC_COLUMNS} FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace`,
  ]);
  add(`describing functions of ${name}`, [
    create,
    "SELECT pg_get_function_arguments(oid) AS args, pg_get_function_identity_arguments(oid) AS ident, pg_get_function_result(oid) AS res, oid::regprocedure::text AS sig, pg_describe_object('pg_proc'::regclass, oid, 0) AS descr FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
  ]);
  add(`pg_get_functiondef of ${name}`, [
    create,
    "SELECT pg_get_functiondef(oid) AS d FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
  ]);
  add(`pg_identify_object of ${name}`, [
    create,
    "SELECT (pg_identify_object('pg_proc'::regclass, oid, 0)).*, (pg_identify_object_as_address('pg_proc'::regclass, oid, 0)).object_names::text AS names, (pg_identify_object_as_address('pg_proc'::regclass, oid, 0)).object_args::text AS args FROM pg_proc WHERE proname = 'f' AND pronamespace = 'public'::regnamespace",
  ]);
  add(`information_schema routines of ${name}`, [
    create,
    "SELECT routine_name, routine_type, data_type, type_udt_name, routine_body, routine_definition, external_language, parameter_style, is_deterministic, sql_data_access, is_null_call, security_type, is_implicitly_invocable, is_udt_dependent, as_locator FROM information_schema.routines WHERE routine_schema = 'public'",
  ]);
  add(`information_schema parameters of ${name}`, [
    create,
    "SELECT ordinal_position, parameter_mode, is_result, as_locator, parameter_name, data_type, udt_name, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public' ORDER BY ordinal_position",
  ]);
}
add('pg_get_function_sqlbody', [
  'CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + 1; END',
  "SELECT pg_get_function_sqlbody('f'::regproc) AS b",
]);
add('routine_table_usage and routine_column_usage', [
  'CREATE TABLE t (x int, y int)',
  'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(y) FROM t; END',
  "SELECT routine_name, table_name FROM information_schema.routine_table_usage WHERE specific_schema = 'public'",
  "SELECT routine_name, table_name, column_name FROM information_schema.routine_column_usage WHERE specific_schema = 'public'",
]);
add('routine_routine_usage', [
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql RETURN 1',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN g() + 1',
  "SELECT regexp_replace(specific_name, '_[0-9]+$', '') AS specific, regexp_replace(routine_name, '_[0-9]+$', '') AS used FROM information_schema.routine_routine_usage WHERE specific_schema = 'public'",
]);
add('routine_sequence_usage', [
  'CREATE SEQUENCE s',
  "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql RETURN nextval('s')",
  "SELECT routine_name, sequence_name FROM information_schema.routine_sequence_usage WHERE specific_schema = 'public'",
]);

// ---------------------------------------------------------------- aggregates, operators, casts
const AGG_COLUMNS =
  'aggkind, aggnumdirectargs, aggtransfn::text AS transfn, aggfinalfn::text AS finalfn, aggcombinefn::text AS combinefn, aggserialfn::text AS serialfn, aggdeserialfn::text AS deserialfn, aggmtransfn::text AS mtransfn, aggminvtransfn::text AS minvtransfn, aggmfinalfn::text AS mfinalfn, aggfinalextra, aggmfinalextra, aggfinalmodify, aggmfinalmodify, aggsortop::regoperator::text AS sortop, aggtranstype::regtype::text AS transtype, aggtransspace, aggmtranstype::regtype::text AS mtranstype, aggmtransspace, agginitval, aggminitval';
const AGGS: [string, string][] = [
  ['plain', "CREATE AGGREGATE a (int) (sfunc = int4pl, stype = int, initcond = '0')"],
  ['with sortop', 'CREATE AGGREGATE a (int) (sfunc = int4larger, stype = int, sortop = >)'],
  [
    'moving',
    "CREATE AGGREGATE a (int8) (sfunc = int8pl, stype = int8, msfunc = int8pl, minvfunc = int8mi, mstype = int8, minitcond = '0', initcond = '0')",
  ],
  [
    'combine parallel',
    'CREATE AGGREGATE a (int8) (sfunc = int8pl, stype = int8, combinefunc = int8pl, parallel = safe, sspace = 8)',
  ],
  [
    'polymorphic',
    "CREATE AGGREGATE a (anycompatible) (sfunc = array_append, stype = anycompatiblearray, initcond = '{}')",
  ],
  ['old syntax', "CREATE AGGREGATE a (basetype = int4, sfunc = int4pl, stype = int4, initcond = '5')"],
  ['star', "CREATE AGGREGATE a (*) (sfunc = int8inc, stype = int8, initcond = '0')"],
];
for (const [name, create] of AGGS) {
  add(`pg_aggregate of ${name}`, [
    create,
    `SELECT ${AGG_COLUMNS} FROM pg_aggregate WHERE aggfnoid = 'a'::regproc`,
  ]);
  add(`pg_proc of aggregate ${name}`, [create, `SELECT ${PROC_COLUMNS} FROM pg_proc WHERE proname = 'a'`]);
  add(`pg_get_functiondef of aggregate ${name}`, [create, "SELECT pg_get_functiondef('a'::regproc) AS d"]);
  add(`describe aggregate ${name}`, [
    create,
    "SELECT pg_describe_object('pg_proc'::regclass, 'a'::regproc, 0) AS d, pg_get_function_arguments('a'::regproc) AS args, pg_get_function_result('a'::regproc) AS res",
  ]);
}
const OPS: [string, string][] = [
  ['binary', 'CREATE OPERATOR @@+ (leftarg = int, rightarg = int, function = int4pl, commutator = @@+)'],
  ['prefix', 'CREATE OPERATOR @@- (rightarg = int, function = int4um)'],
  [
    'boolean with estimators',
    'CREATE OPERATOR @@= (leftarg = int, rightarg = int, function = int4eq, commutator = @@=, negator = @@<>, restrict = eqsel, join = eqjoinsel, hashes, merges)',
  ],
];
for (const [name, create] of OPS) {
  add(`pg_operator of ${name}`, [
    create,
    "SELECT oprname, oprkind, oprcanmerge, oprcanhash, oprleft::regtype::text AS l, oprright::regtype::text AS r, oprresult::regtype::text AS res, oprcom::regoperator::text AS com, oprnegate::regoperator::text AS neg, oprcode::text AS code, oprrest::text AS rest, oprjoin::text AS j FROM pg_operator WHERE oprnamespace = 'public'::regnamespace ORDER BY oprname",
  ]);
  add(`describe operator ${name}`, [
    create,
    "SELECT pg_describe_object('pg_operator'::regclass, oid, 0) AS d, oid::regoperator::text AS sig, (pg_identify_object('pg_operator'::regclass, oid, 0)).identity AS ident FROM pg_operator WHERE oprnamespace = 'public'::regnamespace ORDER BY 1",
  ]);
}
const CASTS = `CREATE TYPE ct AS (v int);
CREATE FUNCTION ct_of(int) RETURNS ct LANGUAGE sql AS $$ SELECT ROW($1)::ct $$;
CREATE CAST (int AS ct) WITH FUNCTION ct_of(int) AS ASSIGNMENT;
CREATE CAST (text AS ct) WITH INOUT;`;
add(
  'pg_cast of user casts',
  [
    "SELECT castsource::regtype::text AS s, casttarget::regtype::text AS t, castfunc::regprocedure::text AS f, castcontext, castmethod FROM pg_cast WHERE casttarget = 'ct'::regtype ORDER BY 1",
  ],
  CASTS,
);
add(
  'describe user casts',
  [
    "SELECT pg_describe_object('pg_cast'::regclass, oid, 0) AS d, (pg_identify_object('pg_cast'::regclass, oid, 0)).identity AS i FROM pg_cast WHERE casttarget = 'ct'::regtype ORDER BY 1",
  ],
  CASTS,
);
add(
  'pg_depend of user cast',
  [
    "SELECT pg_describe_object(refclassid, refobjid, refobjsubid) AS ref, deptype FROM pg_depend WHERE classid = 'pg_cast'::regclass AND objid IN (SELECT oid FROM pg_cast WHERE casttarget = 'ct'::regtype) ORDER BY 1",
  ],
  CASTS,
);
add('drop cast detail text', ['DROP FUNCTION ct_of(int)'], CASTS);
add('drop type with casts detail text', ['DROP TYPE ct'], CASTS);

// ---------------------------------------------------------------- types
const TYPE_COLUMNS =
  'typname, typlen, typbyval, typtype, typcategory, typispreferred, typisdefined, typdelim, typsubscript::text AS subscript, typelem::regtype::text AS elem, typinput::text AS input, typoutput::text AS output, typreceive::text AS receive, typsend::text AS send, typmodin::text AS modin, typanalyze::text AS analyze, typalign, typstorage, typnotnull, typbasetype::regtype::text AS base, typtypmod, typndims, typcollation <> 0 AS has_collation, typdefault';
const TYPES: [string, string][] = [
  ['enum', "CREATE TYPE ty AS ENUM ('a', 'b')"],
  ['composite', 'CREATE TYPE ty AS (a int, b text)'],
  ['range', 'CREATE TYPE ty AS RANGE (subtype = int8)'],
  ['shell', 'CREATE TYPE ty'],
  ['domain', "CREATE DOMAIN ty AS varchar(5) DEFAULT 'x' NOT NULL"],
];
for (const [name, create] of TYPES) {
  add(`pg_type of ${name}`, [
    create,
    `SELECT ${TYPE_COLUMNS} FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY typname`,
  ]);
  add(`describe type ${name}`, [
    create,
    "SELECT pg_describe_object('pg_type'::regclass, oid, 0) AS d, format_type(oid, NULL) AS f, (pg_identify_object('pg_type'::regclass, oid, 0)).identity AS i FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY typname",
  ]);
  add(`information_schema user_defined_types of ${name}`, [
    create,
    "SELECT user_defined_type_name, user_defined_type_category, is_instantiable, is_final, ordering_form, ordering_category, data_type FROM information_schema.user_defined_types WHERE user_defined_type_schema = 'public'",
  ]);
}
add('information_schema attributes of composite', [
  'CREATE TYPE ty AS (a int, b varchar(3), c numeric(5,2))',
  "SELECT attribute_name, ordinal_position, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable, attribute_udt_name FROM information_schema.attributes WHERE udt_schema = 'public' ORDER BY ordinal_position",
]);
add('pg_range of user range', [
  'CREATE FUNCTION d(float8, float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT $1 - $2 $$',
  'CREATE TYPE fr AS RANGE (subtype = float8, subtype_diff = d)',
  "SELECT rngsubtype::regtype::text AS s, rngmultitypid::regtype::text AS m, rngsubopc::regclass IS NULL AS x, rngcanonical::text AS c, rngsubdiff::text AS diff FROM pg_range WHERE rngtypid = 'fr'::regtype",
  "SELECT typname, typtype FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY 1",
]);
add('range canonical requires C', [
  'CREATE TYPE fr',
  'CREATE FUNCTION canon(fr) RETURNS fr LANGUAGE sql AS $$ SELECT $1 $$',
]);
add('pg_enum of enum with added values', [
  "CREATE TYPE e AS ENUM ('b', 'd')",
  "ALTER TYPE e ADD VALUE 'a' BEFORE 'b'",
  "ALTER TYPE e ADD VALUE 'c' AFTER 'b'",
  "ALTER TYPE e ADD VALUE 'e'",
  "SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'e'::regtype ORDER BY enumsortorder",
]);
add('pg_opclass and pg_opfamily of user class', [
  'CREATE TYPE ty AS (a int)',
  'CREATE FUNCTION tycmp(ty, ty) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT btint4cmp($1.a, $2.a) $$',
  'CREATE FUNCTION tylt(ty, ty) RETURNS bool LANGUAGE sql IMMUTABLE AS $$ SELECT $1.a < $2.a $$',
  'CREATE OPERATOR <<< (leftarg = ty, rightarg = ty, function = tylt)',
  'CREATE OPERATOR CLASS ty_ops FOR TYPE ty USING btree AS OPERATOR 1 <<<, FUNCTION 1 tycmp(ty, ty)',
  "SELECT opcname, opcintype::regtype::text AS t, opcdefault, opckeytype FROM pg_opclass WHERE opcnamespace = 'public'::regnamespace",
  "SELECT opfname FROM pg_opfamily WHERE opfnamespace = 'public'::regnamespace",
  "SELECT amoplefttype::regtype::text AS l, amoprighttype::regtype::text AS r, amopstrategy, amoppurpose, amopopr::regoperator::text AS op FROM pg_amop WHERE amopfamily = (SELECT oid FROM pg_opfamily WHERE opfname = 'ty_ops')",
  "SELECT pg_describe_object('pg_opclass'::regclass, oid, 0) AS d FROM pg_opclass WHERE opcname = 'ty_ops'",
  "SELECT pg_describe_object('pg_amop'::regclass, oid, 0) AS d FROM pg_amop WHERE amopfamily = (SELECT oid FROM pg_opfamily WHERE opfname = 'ty_ops')",
  "SELECT pg_describe_object('pg_amproc'::regclass, oid, 0) AS d FROM pg_amproc WHERE amprocfamily = (SELECT oid FROM pg_opfamily WHERE opfname = 'ty_ops')",
]);
add('pg_depend of aggregate', [
  'CREATE FUNCTION sf(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  'CREATE AGGREGATE a (int) (sfunc = sf, stype = int)',
  "SELECT pg_describe_object(refclassid, refobjid, refobjsubid) AS ref, deptype FROM pg_depend WHERE classid = 'pg_proc'::regclass AND objid = 'a'::regproc AND refclassid = 'pg_proc'::regclass",
]);
add('pg_depend of operator', [
  'CREATE FUNCTION pf(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  'CREATE OPERATOR @@+ (leftarg = int, rightarg = int, function = pf)',
  "SELECT pg_describe_object(refclassid, refobjid, refobjsubid) AS ref, deptype FROM pg_depend WHERE classid = 'pg_operator'::regclass AND objid = (SELECT oid FROM pg_operator WHERE oprname = '@@+') AND refclassid = 'pg_proc'::regclass",
]);
add('drop function used by aggregate detail', [
  'CREATE FUNCTION sf(int, int) RETURNS int LANGUAGE sql AS $$ SELECT $1 + $2 $$',
  'CREATE AGGREGATE a (int) (sfunc = sf, stype = int)',
  'CREATE VIEW v AS SELECT a(x) FROM (VALUES (1)) s(x)',
  'DROP FUNCTION sf(int, int)',
]);
add('drop type used widely detail', [
  "CREATE TYPE e AS ENUM ('x')",
  'CREATE TABLE t (c e)',
  'CREATE FUNCTION f(e) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'CREATE DOMAIN d AS e',
  'CREATE TYPE r AS RANGE (subtype = e)',
  'DROP TYPE e',
]);
add('regtype input of user types', [
  "CREATE TYPE e AS ENUM ('x')",
  'CREATE SCHEMA s1',
  'CREATE TYPE s1.c AS (a int)',
  "SELECT 'e'::regtype::text AS a, 'e[]'::regtype::text AS b, 's1.c'::regtype::text AS c, '_e'::regtype::text AS d, to_regtype('c') IS NULL AS e_missing",
]);
add('format_type of user types with typmod', [
  'CREATE DOMAIN d AS numeric(5,2)',
  "SELECT format_type('d'::regtype, NULL) AS a, format_type('d'::regtype, -1) AS b, format_type('numeric'::regtype, 327686) AS c",
]);

export default list.cases;
