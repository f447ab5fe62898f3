// Round 19 probe, sysfuncs: the rest of docs 9.27 that a test may call without side effects
// outside its database: index maintenance (gin_clean_pending_list, brin_*), collation versions,
// the current log file, snapshot export in a transaction, and configuration reads.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: admin b: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const GIN = `CREATE TABLE g (v tsvector); CREATE INDEX gi ON g USING gin (v) WITH (fastupdate = on); INSERT INTO g SELECT to_tsvector('simple', 'word' || i) FROM generate_series(1, 50) i;`;
const BRIN =
  'CREATE TABLE b (a int); CREATE INDEX bi ON b USING brin (a); INSERT INTO b SELECT generate_series(1, 1000);';

q('gin_clean_pending_list', `gin_clean_pending_list('gi') >= 0`, GIN);
q('gin_clean_pending_list type', `pg_typeof(gin_clean_pending_list('gi'))`, GIN);
q(
  'gin_clean_pending_list not gin error',
  `gin_clean_pending_list('t_pkey')`,
  'CREATE TABLE t (a int PRIMARY KEY);',
);
q('gin_clean_pending_list missing error', `gin_clean_pending_list('nosuch')`);
q('brin_summarize_new_values', `brin_summarize_new_values('bi') >= 0`, BRIN);
q('brin_summarize_range', `brin_summarize_range('bi', 0) >= 0`, BRIN);
q('brin_desummarize_range', `brin_desummarize_range('bi', 0)`, BRIN);
q(
  'brin_summarize not brin error',
  `brin_summarize_new_values('t_pkey')`,
  'CREATE TABLE t (a int PRIMARY KEY);',
);
q('brin_summarize_range negative error', `brin_summarize_range('bi', -1)`, BRIN);
q('pg_collation_actual_version C', `pg_collation_actual_version('"C"'::regcollation::oid)`);
q(
  'pg_collation_actual_version default',
  `pg_collation_actual_version((SELECT oid FROM pg_collation WHERE collname = 'default'))`,
);
q(
  'pg_database_collation_actual_version type',
  `pg_typeof(pg_database_collation_actual_version((SELECT oid FROM pg_database WHERE datname = current_database())))`,
);
q('pg_current_logfile', 'pg_current_logfile()');
q('pg_current_logfile stderr', `pg_current_logfile('stderr')`);
q('pg_current_logfile bad format error', `pg_current_logfile('xml')`);
add('pg_export_snapshot in tx', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  `SELECT pg_export_snapshot() ~ '^[0-9A-F]+-[0-9A-F]+-[0-9]+$' AS v`,
  'COMMIT',
]);
add('set transaction snapshot bad error', [
  'BEGIN ISOLATION LEVEL REPEATABLE READ',
  `SET TRANSACTION SNAPSHOT '00000003-0000001B-1'`,
  'ROLLBACK',
]);
add('pg_import_system_collations count type', [
  `SELECT pg_typeof(pg_import_system_collations('pg_catalog'::regnamespace)) AS t`,
]);
q('pg_get_wal_resource_managers absent', 'count(*) FROM pg_get_wal_resource_managers()');
q('pg_ls_logdir', 'count(*) FROM pg_ls_logdir()');
q('pg_stat_reset', 'pg_stat_reset()');
q('pg_stat_clear_snapshot', 'pg_stat_clear_snapshot()');
q('pg_stat_get_snapshot_timestamp null', 'pg_stat_get_snapshot_timestamp()');
q(
  'pg_stat_have_stats',
  `pg_stat_have_stats('relation', (SELECT oid FROM pg_database WHERE datname = current_database()), 't'::regclass::oid)`,
  'CREATE TABLE t (a int);',
);
q('pg_stat_have_stats bad kind error', `pg_stat_have_stats('bogus', 0, 0)`);
q('pg_stat_force_next_flush', 'pg_stat_force_next_flush()');
q('pg_stat_get_numscans type', `pg_typeof(pg_stat_get_numscans('t'::regclass))`, 'CREATE TABLE t (a int);');
q(
  'pg_stat_user_tables row',
  `relname, seq_scan >= 0 AS s, n_tup_ins >= 0 AS i FROM pg_stat_user_tables WHERE relname = 't'`,
  'CREATE TABLE t (a int);',
);
q('pg_relation_is_publishable', `pg_relation_is_publishable('t'::regclass)`, 'CREATE TABLE t (a int);');
q(
  'pg_relation_is_updatable',
  `pg_relation_is_updatable('v'::regclass, false)`,
  'CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;',
);
q(
  'pg_column_is_updatable',
  `pg_column_is_updatable('v'::regclass, 1::smallint, false)`,
  'CREATE TABLE t (a int); CREATE VIEW v AS SELECT a + 1 AS b FROM t;',
);
q(
  'pg_get_replica_identity_index',
  `pg_get_replica_identity_index('t')`,
  'CREATE TABLE t (a int PRIMARY KEY);',
);
q('pg_get_replica_identity_index none', `pg_get_replica_identity_index('t')`, 'CREATE TABLE t (a int);');
q('pg_trigger_depth type', 'pg_typeof(pg_trigger_depth())');
q('pg_notify', `pg_notify('chan', 'payload')`);
q('pg_notify null channel error', `pg_notify(NULL, 'x')`);
q('pg_notify empty channel error', `pg_notify('', 'x')`);
q('pg_notify long payload error', `pg_notify('c', repeat('x', 8000))`);
q('pg_notify long channel error', `pg_notify(repeat('c', 64), 'x')`);
q('pg_notification_queue_usage value', 'pg_notification_queue_usage()');

export default list.cases;
