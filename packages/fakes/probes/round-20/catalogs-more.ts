// Round 20 probe, catalogs part F: the rest of chapter 37 (PostgreSQL 15 docs) a reader may join:
// privileges (37.31 role_table_grants, 37.54 table_privileges, 37.10 column_privileges, 37.58
// usage_privileges, 37.56 udt_privileges), usage views (37.11 column_column_usage, 37.12
// column_udt_usage, 37.21 domain_udt_usage, 37.37 routine_column_usage, 37.40 routine_table_usage,
// 37.7 check_constraint_routine_usage), the SQL feature tables (37.48-37.51) counted, and
// information_schema_catalog_name. Restricted to the case's own objects; no oid printed.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 catalogs more: ');
const q = (name: string, sql: string, setup = S) => list.add(name, [sql], setup);

const S = `CREATE DOMAIN pos AS int CHECK (VALUE > 0);
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE FUNCTION is_even(int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 % 2 = 0';
CREATE TABLE t (id int PRIMARY KEY, n pos, k kind, total int GENERATED ALWAYS AS (id * 2) STORED, half int GENERATED ALWAYS AS (id / 2) STORED, CONSTRAINT t_even CHECK (is_even(id)));
CREATE SEQUENCE t_seq;
CREATE FUNCTION atomic_count() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t WHERE t.n > 0; END;
CREATE VIEW tv AS SELECT id, n FROM t;`;

const OWN_TABLES = `('t', 'tv', 't_seq')`;
q(
  'table_privileges of owner',
  `SELECT table_name AS t, privilege_type AS p, is_grantable AS g, with_hierarchy AS h, grantee = current_user AS me, grantor = current_user AS by_me FROM information_schema.table_privileges WHERE table_schema = 'public' AND table_name IN ${OWN_TABLES} ORDER BY 1, 2`,
);
q(
  'role_table_grants of owner',
  `SELECT table_name AS t, privilege_type AS p, is_grantable AS g FROM information_schema.role_table_grants WHERE table_schema = 'public' AND table_name IN ${OWN_TABLES} ORDER BY 1, 2`,
);
q(
  'table_privileges after grant to public',
  `SELECT table_name AS t, grantee AS who, privilege_type AS p, is_grantable AS g FROM information_schema.table_privileges WHERE table_schema = 'public' AND table_name IN ${OWN_TABLES} AND grantee = 'PUBLIC' ORDER BY 1, 2, 3`,
  `${S} GRANT SELECT, INSERT ON t TO PUBLIC; GRANT SELECT ON tv TO PUBLIC;`,
);
q(
  'column_privileges of owner counted',
  `SELECT column_name AS c, string_agg(privilege_type, ',' ORDER BY privilege_type) AS p FROM information_schema.column_privileges WHERE table_schema = 'public' AND table_name IN ('t') AND grantee = current_user GROUP BY 1 ORDER BY 1`,
);
q(
  'column_privileges after column grant',
  `SELECT column_name AS c, privilege_type AS p FROM information_schema.column_privileges WHERE table_schema = 'public' AND table_name IN ('t') AND grantee = 'PUBLIC' ORDER BY 1, 2`,
  `${S} GRANT SELECT (id), UPDATE (n) ON t TO PUBLIC;`,
);
q(
  'usage_privileges of own objects',
  `SELECT object_name AS o, object_type AS ty, privilege_type AS p, grantee = current_user AS me FROM information_schema.usage_privileges WHERE object_schema = 'public' AND object_name IN ('pos', 'kind', 't_seq') ORDER BY 1, 2, 3, 4`,
);
q(
  'udt_privileges of own types',
  `SELECT udt_name AS u, privilege_type AS p, grantee = current_user AS me, grantee AS who FROM information_schema.udt_privileges WHERE udt_schema = 'public' AND udt_name IN ('pos', 'kind') ORDER BY 1, 4, 2`,
);
q(
  'routine_privileges of own function',
  `SELECT routine_name AS r, privilege_type AS p, grantee AS who FROM information_schema.routine_privileges WHERE routine_schema = 'public' AND routine_name IN ('is_even', 'atomic_count') AND grantee IN ('PUBLIC') ORDER BY 1, 3`,
);
q(
  'role_routine_grants own',
  `SELECT routine_name AS r, privilege_type AS p, is_grantable AS g FROM information_schema.role_routine_grants WHERE routine_schema = 'public' AND routine_name IN ('is_even', 'atomic_count') ORDER BY 1, grantee = 'PUBLIC', 3`,
);
q(
  'column_column_usage of generated columns',
  `SELECT table_name AS t, column_name AS c, dependent_column AS d FROM information_schema.column_column_usage WHERE table_schema = 'public' AND table_name IN ('t') ORDER BY 1, 3, 2`,
);
q(
  'column_udt_usage of own types',
  `SELECT udt_name AS u, table_name AS t, column_name AS c FROM information_schema.column_udt_usage WHERE table_schema = 'public' AND table_name IN ('t', 'tv') ORDER BY 2, 3`,
);
q(
  'column_domain_usage',
  `SELECT domain_name AS d, table_name AS t, column_name AS c FROM information_schema.column_domain_usage WHERE table_schema = 'public' AND table_name IN ('t', 'tv') ORDER BY 2, 3`,
);
q(
  'domain_udt_usage',
  `SELECT udt_name AS u, domain_name AS d FROM information_schema.domain_udt_usage WHERE domain_schema = 'public' AND domain_name IN ('pos') ORDER BY 1`,
);
q(
  'check_constraint_routine_usage',
  `SELECT constraint_name AS c, routine_name AS r FROM information_schema.check_constraint_routine_usage WHERE constraint_schema = 'public' AND routine_name IN ('is_even') ORDER BY 1`,
);
q(
  'routine_table_usage of begin atomic',
  `SELECT routine_name AS r, table_name AS t FROM information_schema.routine_table_usage WHERE routine_schema = 'public' AND routine_name IN ('atomic_count') ORDER BY 1, 2`,
);
q(
  'routine_column_usage of begin atomic',
  `SELECT routine_name AS r, table_name AS t, column_name AS c FROM information_schema.routine_column_usage WHERE routine_schema = 'public' AND routine_name IN ('atomic_count') ORDER BY 1, 2, 3`,
);
q(
  'routine_routine_usage',
  `SELECT routine_name AS r, specific_name LIKE 'is_even%' AS uses FROM information_schema.routine_routine_usage WHERE routine_schema = 'public' AND routine_name IN ('calls_even') ORDER BY 1`,
  `${S} CREATE FUNCTION calls_even(int) RETURNS boolean LANGUAGE sql BEGIN ATOMIC SELECT is_even($1); END;`,
);
q(
  'routine_sequence_usage',
  `SELECT routine_name AS r, sequence_name AS s FROM information_schema.routine_sequence_usage WHERE routine_schema = 'public' AND routine_name IN ('next_t') ORDER BY 1`,
  `${S} CREATE FUNCTION next_t() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT nextval('t_seq'); END;`,
);
q(
  'view_column_usage of view',
  `SELECT view_name AS v, table_name AS t, column_name AS c FROM information_schema.view_column_usage WHERE view_schema = 'public' AND view_name IN ('tv') ORDER BY 1, 2, 3`,
);
q(
  'information_schema_catalog_name matches',
  `SELECT catalog_name = current_database() AS same FROM information_schema.information_schema_catalog_name`,
);
q(
  'sql_implementation_info DBMS version major',
  `SELECT split_part(character_value, '.', 1) AS major FROM information_schema.sql_implementation_info WHERE implementation_info_name = 'DBMS VERSION'`,
);
q(
  'sql_implementation_info rows',
  `SELECT implementation_info_id AS id, implementation_info_name AS n, integer_value AS iv FROM information_schema.sql_implementation_info WHERE implementation_info_name <> 'DBMS VERSION' ORDER BY 1`,
);
q(
  'sql_features counted',
  `SELECT count(*) AS n, count(*) FILTER (WHERE is_supported = 'YES') AS yes FROM information_schema.sql_features`,
);
q(
  'sql_features json rows',
  `SELECT feature_id AS f, sub_feature_id AS s, is_supported AS y FROM information_schema.sql_features WHERE feature_id LIKE 'T8%' ORDER BY 1, 2`,
);
q(
  'sql_parts',
  `SELECT feature_id AS f, feature_name AS n, is_supported AS y FROM information_schema.sql_parts ORDER BY 1`,
);
q(
  'sql_sizing',
  `SELECT sizing_id AS id, sizing_name AS n, supported_value AS v FROM information_schema.sql_sizing ORDER BY 1`,
);
q(
  'character_sets',
  `SELECT character_set_name AS n, character_repertoire AS r, form_of_use AS f, default_collate_name IS NOT NULL AS has_coll FROM information_schema.character_sets`,
);
q(
  'collations C and POSIX',
  `SELECT collation_name AS n, pad_attribute AS p FROM information_schema.collations WHERE collation_name IN ('C', 'POSIX', 'default', 'ucs_basic') ORDER BY 1`,
);
q(
  'data_type_privileges of own table counted',
  `SELECT object_type AS ty, count(*) AS n FROM information_schema.data_type_privileges WHERE object_schema = 'public' AND object_name IN ('t', 'pos', 'kind') GROUP BY 1 ORDER BY 1`,
);
q(
  'element_types of function array parameter',
  `SELECT e.object_type AS ot, e.data_type AS dt, e.collection_type_identifier AS cti FROM information_schema.element_types e WHERE e.object_schema = 'public' AND e.object_name LIKE 'arr_fn%' ORDER BY 3`,
  `${S} CREATE FUNCTION arr_fn(a int[], b text[]) RETURNS varchar[] LANGUAGE sql AS 'SELECT NULL::varchar[]';`,
);
q(
  'attributes of a composite used as column',
  `SELECT udt_name AS u, attribute_name AS a, ordinal_position AS pos, data_type AS dt, attribute_default AS def, is_nullable AS nul FROM information_schema.attributes WHERE udt_schema = 'public' AND udt_name IN ('pt') ORDER BY pos`,
  `${S} CREATE TYPE pt AS (x numeric(6,2), y varchar(3), z kind);`,
);
q(
  'table_constraints not null check count per table',
  `SELECT table_name AS t, count(*) AS n FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name IN ('t', 'nn') AND constraint_type = 'CHECK' GROUP BY 1 ORDER BY 1`,
  `${S} CREATE TABLE nn (a int NOT NULL, b int NOT NULL CHECK (b > 0), c int);`,
);
q(
  'check_constraints not null clauses counted',
  `SELECT count(*) AS n FROM information_schema.check_constraints cc JOIN information_schema.constraint_column_usage ccu USING (constraint_catalog, constraint_schema, constraint_name) WHERE ccu.table_schema = 'public' AND ccu.table_name IN ('nn')`,
  `${S} CREATE TABLE nn (a int NOT NULL, b int NOT NULL CHECK (b > 0), c int);`,
);
q(
  'not null check clause text',
  `SELECT check_clause AS c FROM information_schema.check_constraints WHERE constraint_schema = 'public' AND constraint_name LIKE '%_not_null' AND constraint_name IN (SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name IN ('nn')) ORDER BY 1`,
  `${S} CREATE TABLE nn (a int NOT NULL, "B" int NOT NULL);`,
);
q(
  'not null constraints named in pg_constraint',
  `SELECT contype AS ty, count(*) AS n FROM pg_constraint WHERE conrelid = 'nn'::regclass GROUP BY 1 ORDER BY 1`,
  `${S} CREATE TABLE nn (a int NOT NULL, b int CONSTRAINT b_nn NOT NULL, c int PRIMARY KEY);`,
);
q(
  'pg_constraint not null name lookup',
  `SELECT count(*) AS n FROM pg_constraint WHERE conname IN ('nn_a_not_null', 'b_nn')`,
  `${S} CREATE TABLE nn (a int NOT NULL, b int CONSTRAINT b_nn NOT NULL);`,
);
q(
  'pg_get_constraintdef of every own constraint',
  `SELECT conname AS n, pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 'nn'::regclass ORDER BY 1`,
  `${S} CREATE TABLE nn (a int NOT NULL, b int CONSTRAINT b_nn NOT NULL CHECK (b > 0), c int PRIMARY KEY);`,
);
q(
  'enabled_roles and applicable roles include own role',
  `SELECT (SELECT count(*) FROM information_schema.enabled_roles WHERE role_name = current_user) AS e, (SELECT count(*) FROM information_schema.administrable_role_authorizations WHERE grantee = current_user AND role_name = current_user) AS a`,
);

export default list.cases;
