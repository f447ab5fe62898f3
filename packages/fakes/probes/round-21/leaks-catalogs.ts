// Round 21 probe, leaks part A: what a tool reads of a fresh database's catalogs (PostgreSQL 15 docs
// chapter 53 system catalogs, chapter 37 information_schema): counts and listings that only hold if
// the engine's own objects (newer built-ins, stand-ins, its bookkeeping schema) stay out of sight.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 leaks: ');
const q = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

q('pg_namespace count', 'SELECT count(*) FROM pg_namespace');
q('pg_namespace listing', 'SELECT nspname FROM pg_namespace ORDER BY 1');
q(
  'dn-style schema list',
  "SELECT n.nspname AS name, pg_get_userbyid(n.nspowner) = current_user AS mine FROM pg_catalog.pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' ORDER BY 1",
);
q('information_schema.schemata', 'SELECT schema_name FROM information_schema.schemata ORDER BY 1');
q('to_regnamespace of fake schema', "SELECT to_regnamespace('seams_fake') IS NULL AS v");
q('pg_class by relkind', 'SELECT relkind, count(*) FROM pg_class GROUP BY 1 ORDER BY 1');
q(
  'pg_class by namespace',
  'SELECT n.nspname, count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace GROUP BY 1 ORDER BY 1',
);
q('pg_class prefixed names', "SELECT relname FROM pg_class WHERE relname ~ '^(pglite|seams)' ORDER BY 1");
q(
  'pg_tables outside catalogs',
  "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
);
q('pg_type count', 'SELECT count(*) FROM pg_type');
q(
  'pg_type by namespace',
  'SELECT typnamespace::regnamespace::text AS n, count(*) FROM pg_type GROUP BY 1 ORDER BY 1',
);
q('pg_proc count', 'SELECT count(*) FROM pg_proc');
q('pg_proc by kind', 'SELECT prokind, count(*) FROM pg_proc GROUP BY 1 ORDER BY 1');
q('pg_proc skipsupport', "SELECT proname FROM pg_proc WHERE proname ~ 'skipsupport' ORDER BY 1");
q('pg_proc hash functions', "SELECT proname, pronargs FROM pg_proc WHERE proname ~ '^hash' ORDER BY 1, 2");
q('pg_proc array support', "SELECT proname FROM pg_proc WHERE proname ~ '^array_.*support' ORDER BY 1");
q(
  'pg_proc interval aggregate support',
  "SELECT proname, pronargs FROM pg_proc WHERE proname ~ '^interval_' ORDER BY 1, 2",
);
q(
  'pg_proc logical replication',
  "SELECT proname, pronargs FROM pg_proc WHERE proname IN ('pg_logical_emit_message', 'pg_create_logical_replication_slot', 'pg_create_physical_replication_slot', 'pg_copy_logical_replication_slot') ORDER BY 1, 2",
);
q('pg_proc support functions', "SELECT proname FROM pg_proc WHERE proname ~ '_support$' ORDER BY 1");
q(
  'pg_proc by language',
  'SELECT l.lanname, count(*) FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang GROUP BY 1 ORDER BY 1',
);
q(
  'pg_proc outside pg_catalog',
  "SELECT count(*) FROM pg_proc WHERE pronamespace <> 'pg_catalog'::regnamespace",
);
q('pg_event_trigger count', 'SELECT count(*) FROM pg_event_trigger');
q('pg_roles count', "SELECT count(*) FROM pg_roles WHERE rolname ~ '^pg_'");
q('pg_roles listing', "SELECT rolname FROM pg_roles WHERE rolname ~ '^pg' ORDER BY 1");
q('pg_authid listing', "SELECT rolname FROM pg_authid WHERE rolname ~ '^pg' ORDER BY 1");
q('information_schema.routines count', 'SELECT count(*) FROM information_schema.routines');
q(
  'information_schema.routines outside pg_catalog',
  "SELECT routine_schema, count(*) FROM information_schema.routines WHERE routine_schema <> 'pg_catalog' GROUP BY 1 ORDER BY 1",
);
q('pg_extension', 'SELECT extname FROM pg_extension ORDER BY 1');
q('pg_language', 'SELECT lanname FROM pg_language ORDER BY 1');
q('pg_aggregate count', 'SELECT count(*) FROM pg_aggregate');
q('pg_operator count', 'SELECT count(*) FROM pg_operator');
q('pg_collation count', 'SELECT count(*) FROM pg_collation');
q('pg_ts_config count', 'SELECT count(*) FROM pg_ts_config');
q(
  'pg_views outside catalogs',
  "SELECT count(*) FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
);
q('pg_views in pg_catalog count', "SELECT count(*) FROM pg_views WHERE schemaname = 'pg_catalog'");

export default list.cases;
