// Round 19 probe, sysfuncs: the rest of PostgreSQL 15 docs 9.26 and 9.27: visibility, object
// description and address functions, snapshot and transaction id functions, control and
// recovery functions, signalling, backup, size and location functions, partition functions, and
// functions 16 to 18 added, which 15 does not have. Installation-dependent values by shape only.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: more: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const T = 'CREATE TABLE t (a int PRIMARY KEY, b text); INSERT INTO t VALUES (1, $$x$$);';

// ---------------------------------------------------------------- visibility
q('pg_table_is_visible', `pg_table_is_visible('t'::regclass)`, T);
q(
  'pg_table_is_visible hidden schema',
  `pg_table_is_visible('s1.t2'::regclass)`,
  'CREATE SCHEMA s1; CREATE TABLE s1.t2 (a int);',
);
q('pg_table_is_visible bad oid', 'pg_table_is_visible(0)');
q('pg_type_is_visible', `pg_type_is_visible('int4'::regtype)`);
q('pg_function_is_visible', `pg_function_is_visible('now'::regproc)`);
q('pg_operator_is_visible', `pg_operator_is_visible('+(int4,int4)'::regoperator)`);
q('pg_collation_is_visible', `pg_collation_is_visible('"C"'::regcollation)`);
q('pg_conversion_is_visible', `pg_conversion_is_visible((SELECT oid FROM pg_conversion LIMIT 1))`);
q('pg_ts_config_is_visible', `pg_ts_config_is_visible('english'::regconfig)`);
q('pg_ts_dict_is_visible', `pg_ts_dict_is_visible('simple'::regdictionary)`);
q(
  'pg_ts_parser_is_visible',
  `pg_ts_parser_is_visible((SELECT oid FROM pg_ts_parser WHERE prsname = 'default'))`,
);
q(
  'pg_ts_template_is_visible',
  `pg_ts_template_is_visible((SELECT oid FROM pg_ts_template WHERE tmplname = 'simple'))`,
);
q(
  'pg_opclass_is_visible',
  `pg_opclass_is_visible((SELECT oid FROM pg_opclass WHERE opcname = 'int4_ops' AND opcmethod = (SELECT oid FROM pg_am WHERE amname = 'btree')))`,
);
q(
  'pg_statistics_obj_is_visible',
  `pg_statistics_obj_is_visible((SELECT oid FROM pg_statistic_ext WHERE stxname = 'st'))`,
  'CREATE TABLE t (a int, b int); CREATE STATISTICS st ON a, b FROM t;',
);

// ---------------------------------------------------------------- object description / address
q('pg_describe_object table', `pg_describe_object('pg_class'::regclass, 't'::regclass, 0)`, T);
q('pg_describe_object column', `pg_describe_object('pg_class'::regclass, 't'::regclass, 2)`, T);
q('pg_describe_object function', `pg_describe_object('pg_proc'::regclass, 'now'::regproc, 0)`);
q('pg_describe_object type', `pg_describe_object('pg_type'::regclass, 'int4'::regtype, 0)`);
q(
  'pg_describe_object constraint',
  `pg_describe_object('pg_constraint'::regclass, (SELECT oid FROM pg_constraint WHERE conname = 't_pkey'), 0)`,
  T,
);
q('pg_describe_object schema', `pg_describe_object('pg_namespace'::regclass, 'public'::regnamespace, 0)`);
q('pg_describe_object index', `pg_describe_object('pg_class'::regclass, 't_pkey'::regclass, 0)`, T);
q('pg_describe_object missing', `pg_describe_object('pg_class'::regclass, 0, 0)`);
q('pg_identify_object table', `(pg_identify_object('pg_class'::regclass, 't'::regclass, 0)).*`, T);
q('pg_identify_object column', `(pg_identify_object('pg_class'::regclass, 't'::regclass, 1)).*`, T);
q('pg_identify_object function', `(pg_identify_object('pg_proc'::regclass, 'abs(int)'::regprocedure, 0)).*`);
q(
  'pg_identify_object_as_address',
  `(pg_identify_object_as_address('pg_class'::regclass, 't'::regclass, 0)).*`,
  T,
);
q(
  'pg_get_object_address table',
  `classid::regclass, objid = 't'::regclass AS same, objsubid FROM pg_get_object_address('table', '{public,t}', '{}')`,
  T,
);
q('pg_get_object_address missing error', `* FROM pg_get_object_address('table', '{public,nosuch}', '{}')`);
q('pg_get_object_address bad type error', `* FROM pg_get_object_address('bogus', '{t}', '{}')`);
add(
  'pg_describe_object depend rows',
  [
    `SELECT pg_describe_object(classid, objid, objsubid) AS obj, deptype FROM pg_depend WHERE refobjid = 't'::regclass AND classid = 'pg_class'::regclass ORDER BY 1`,
  ],
  'CREATE TABLE t (a serial PRIMARY KEY);',
);

// ---------------------------------------------------------------- catalog misc
q(
  'pg_get_userbyid current',
  'pg_get_userbyid((SELECT oid FROM pg_roles WHERE rolname = current_user)) = current_user',
);
add('pg_options_to_table rows', [
  `SELECT * FROM pg_options_to_table(ARRAY['fillfactor=70', 'novalue', 'a=b=c'])`,
]);
add(
  'pg_options_to_table reloptions',
  [`SELECT o.* FROM pg_class c, pg_options_to_table(c.reloptions) o WHERE c.relname = 't'`],
  'CREATE TABLE t (a int) WITH (fillfactor = 70);',
);
add('pg_settings_get_flags', [
  `SELECT pg_settings_get_flags('work_mem') AS f, pg_settings_get_flags('nosuch') AS n`,
]);
add('pg_get_catalog_foreign_keys count', [`SELECT count(*) > 0 AS v FROM pg_get_catalog_foreign_keys()`]);
add('pg_get_catalog_foreign_keys sample', [
  `SELECT fktable, fkcols, pktable, pkcols, is_array, is_opt FROM pg_get_catalog_foreign_keys() WHERE fktable = 'pg_attrdef'::regclass ORDER BY 2`,
]);
q(
  'pg_tablespace_databases',
  `count(*) > 0 FROM pg_tablespace_databases((SELECT oid FROM pg_tablespace WHERE spcname = 'pg_default'))`,
);
q(
  'pg_tablespace_location default',
  `pg_tablespace_location((SELECT oid FROM pg_tablespace WHERE spcname = 'pg_default'))`,
);
q(
  'pg_get_partkeydef',
  `pg_get_partkeydef('p'::regclass)`,
  'CREATE TABLE p (a int, b text) PARTITION BY RANGE (a, lower(b));',
);
q('pg_get_partkeydef not partitioned', `pg_get_partkeydef('t'::regclass)`, T);
q(
  'pg_get_partkeydef list',
  `pg_get_partkeydef('p'::regclass)`,
  'CREATE TABLE p (a int) PARTITION BY LIST (a);',
);
q(
  'pg_get_expr partbound',
  `pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'p1'`,
  'CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10);',
);
add(
  'pg_partition_tree',
  [`SELECT relid, parentrelid, isleaf, level FROM pg_partition_tree('p') ORDER BY level, relid::text`],
  'CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10); CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20) PARTITION BY LIST (a); CREATE TABLE p21 PARTITION OF p2 FOR VALUES IN (10);',
);
add(
  'pg_partition_ancestors',
  [`SELECT * FROM pg_partition_ancestors('p21')`],
  'CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20) PARTITION BY LIST (a); CREATE TABLE p21 PARTITION OF p2 FOR VALUES IN (10);',
);
add(
  'pg_partition_root',
  [`SELECT pg_partition_root('p21') AS r, pg_partition_root('t') AS n`],
  `${T} CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20) PARTITION BY LIST (a); CREATE TABLE p21 PARTITION OF p2 FOR VALUES IN (10);`,
);
add('pg_partition_tree not partitioned', [`SELECT * FROM pg_partition_tree('t')`], T);
add('pg_partition_tree missing', [`SELECT * FROM pg_partition_tree(0)`]);

// ---------------------------------------------------------------- transaction ids and snapshots
q('pg_current_snapshot type', 'pg_typeof(pg_current_snapshot())');
q(
  'pg_snapshot_xmin le xmax',
  'pg_snapshot_xmin(pg_current_snapshot()) <= pg_snapshot_xmax(pg_current_snapshot())',
);
q('pg_snapshot_xip type', 'pg_typeof(pg_snapshot_xip(pg_current_snapshot()))');
q('pg_snapshot input', `'10:20:10,14,15'::pg_snapshot`);
q('pg_snapshot xmin', `pg_snapshot_xmin('10:20:10,14,15'::pg_snapshot)`);
q('pg_snapshot xmax', `pg_snapshot_xmax('10:20:10,14,15'::pg_snapshot)`);
add('pg_snapshot xip rows', [`SELECT * FROM pg_snapshot_xip('10:20:10,14,15'::pg_snapshot)`]);
q('pg_snapshot bad input error', `'20:10:'::pg_snapshot`);
q('pg_snapshot xip out of range error', `'10:20:25'::pg_snapshot`);
q('pg_visible_in_snapshot', `pg_visible_in_snapshot('12'::xid8, '10:20:10,14,15'::pg_snapshot)`);
q('pg_visible_in_snapshot xip', `pg_visible_in_snapshot('14'::xid8, '10:20:10,14,15'::pg_snapshot)`);
q('pg_visible_in_snapshot future', `pg_visible_in_snapshot('25'::xid8, '10:20:10,14,15'::pg_snapshot)`);
q('txid_snapshot input', `'10:20:10,14,15'::txid_snapshot`);
q('txid_visible_in_snapshot', `txid_visible_in_snapshot(12, '10:20:10,14,15'::txid_snapshot)`);
q('txid_snapshot_xmin', `txid_snapshot_xmin('10:20:10,14,15'::txid_snapshot)`);
q('txid_current_if_assigned null', 'txid_current_if_assigned()');
add('txid_current stable in tx', ['BEGIN', 'SELECT txid_current() = txid_current() AS v', 'COMMIT']);
add('pg_current_xact_id_if_assigned in tx', [
  'BEGIN',
  'SELECT pg_current_xact_id_if_assigned() IS NULL AS before',
  'SELECT pg_current_xact_id() IS NOT NULL AS x',
  'SELECT pg_current_xact_id_if_assigned() IS NOT NULL AS after',
  'COMMIT',
]);
add('pg_xact_status committed', ['SELECT pg_xact_status(pg_current_xact_id()) AS s']);
add('pg_xact_status in progress', ['BEGIN', 'SELECT pg_xact_status(pg_current_xact_id()) AS s', 'COMMIT']);
q('pg_xact_status future error', `pg_xact_status('999999999999'::xid8)`);
q('txid_status null', 'txid_status(NULL)');
q('xid8 input', `'12'::xid8`);
q('xid8 compare', `'12'::xid8 < '13'::xid8`);
q('xid input', `'12'::xid`);
q('xid equality', `'12'::xid = '12'::xid`);
q('xid less than error', `'12'::xid < '13'::xid`);
q('age xid type', `pg_typeof(age('3'::xid))`);
q('mxid_age type', `pg_typeof(mxid_age('1'::xid))`);
q('pg_xact_commit_timestamp error', `pg_xact_commit_timestamp('3'::xid)`);
q('pg_last_committed_xact error', 'pg_last_committed_xact()');
q('pg_xact_commit_timestamp_origin error', `pg_xact_commit_timestamp_origin('3'::xid)`);
q('pg_control_system type', 'pg_typeof((pg_control_system()).pg_control_version)');
q('pg_control_checkpoint type', 'pg_typeof((pg_control_checkpoint()).timeline_id)');
q('pg_control_init type', 'pg_typeof((pg_control_init()).max_identifier_length)');
q('pg_control_init max_identifier_length', '(pg_control_init()).max_identifier_length');
q('pg_control_recovery', '(pg_control_recovery()).backup_end_required');

// ---------------------------------------------------------------- recovery and WAL
q('pg_is_wal_replay_paused error', 'pg_is_wal_replay_paused()');
q('pg_get_wal_replay_pause_state error', 'pg_get_wal_replay_pause_state()');
q('pg_wal_replay_pause error', 'pg_wal_replay_pause()');
q('pg_wal_replay_resume error', 'pg_wal_replay_resume()');
q('pg_promote error', 'pg_promote()');
q('pg_last_wal_receive_lsn null', 'pg_last_wal_receive_lsn()');
q('pg_last_wal_replay_lsn null', 'pg_last_wal_replay_lsn()');
q('pg_last_xact_replay_timestamp null', 'pg_last_xact_replay_timestamp()');
q('pg_current_wal_insert_lsn type', 'pg_typeof(pg_current_wal_insert_lsn())');
q('pg_current_wal_flush_lsn ge', 'pg_current_wal_flush_lsn() <= pg_current_wal_insert_lsn()');
q('pg_lsn input', `'16/B374D848'::pg_lsn`);
q('pg_lsn bad error', `'16/Z'::pg_lsn`);
q('pg_lsn minus', `'16/B374D848'::pg_lsn - '16/B374D840'::pg_lsn`);
q('pg_wal_lsn_diff', `pg_wal_lsn_diff('16/B374D848', '16/B374D840')`);
q('pg_lsn plus numeric', `'0/10'::pg_lsn + 16`);
q('pg_walfile_name shape', `length(pg_walfile_name('16/B374D848'))`);
q('pg_create_restore_point type', `pg_typeof(pg_create_restore_point('probe'))`);
q('pg_start_backup removed error', `pg_start_backup('x')`);
q('pg_stop_backup removed error', 'pg_stop_backup()');
q('pg_is_in_backup removed error', 'pg_is_in_backup()');

// ---------------------------------------------------------------- signalling
q('pg_rotate_logfile', 'pg_rotate_logfile()');
q('pg_log_backend_memory_contexts self', 'pg_log_backend_memory_contexts(pg_backend_pid())');
q('pg_log_backend_memory_contexts bad pid', 'pg_log_backend_memory_contexts(0)');
q('pg_cancel_backend null', 'pg_cancel_backend(NULL)');
q('pg_terminate_backend timeout negative error', 'pg_terminate_backend(pg_backend_pid() + 100000, -1)');
q('pg_blocking_pids none', 'pg_blocking_pids(pg_backend_pid())');
q('pg_safe_snapshot_blocking_pids none', 'pg_safe_snapshot_blocking_pids(pg_backend_pid())');
q('pg_listening_channels none', 'ARRAY(SELECT pg_listening_channels())');
add('pg_listening_channels after listen', [
  'LISTEN chan_a',
  'LISTEN "Chan B"',
  'SELECT pg_listening_channels() AS c ORDER BY 1',
]);
q('pg_export_snapshot type autocommit', 'pg_typeof(pg_export_snapshot())');

// ---------------------------------------------------------------- sizes and locations
q('pg_database_size positive', 'pg_database_size(current_database()) > 0');
q('pg_database_size missing error', `pg_database_size('nosuchdb')`);
q('pg_relation_size empty table', `pg_relation_size('e')`, 'CREATE TABLE e (a int);');
q('pg_relation_size fork fsm', `pg_relation_size('e', 'fsm')`, 'CREATE TABLE e (a int);');
q('pg_relation_size bad fork error', `pg_relation_size('e', 'bogus')`, 'CREATE TABLE e (a int);');
q('pg_relation_size missing error', `pg_relation_size('nosuch')`);
q('pg_relation_size view', `pg_relation_size('v')`, 'CREATE VIEW v AS SELECT 1 AS a;');
q('pg_total_relation_size positive', `pg_total_relation_size('t') > 0`, T);
q('pg_indexes_size positive', `pg_indexes_size('t') > 0`, T);
q('pg_table_size with toast', `pg_table_size('t') >= pg_relation_size('t')`, T);
q('pg_relation_filenode type', `pg_typeof(pg_relation_filenode('t'))`, T);
q('pg_relation_filenode view null', `pg_relation_filenode('v')`, 'CREATE VIEW v AS SELECT 1 AS a;');
q('pg_relation_filepath shape', `pg_relation_filepath('t') ~ '^base/[0-9]+/[0-9]+$'`, T);
q('pg_filenode_relation roundtrip', `pg_filenode_relation(0, pg_relation_filenode('t'))`, T);
q('pg_column_compression default', `pg_column_compression(b) FROM t`, T);
q('pg_column_compression int', `pg_column_compression(a) FROM t`, T);
q('pg_size_pretty bytes', 'pg_size_pretty(1023::bigint)');
q('pg_size_pretty boundary 10239', 'pg_size_pretty(10239::bigint)');
q('pg_size_pretty boundary 10240', 'pg_size_pretty(10240::bigint)');
q('pg_size_pretty kB round', 'pg_size_pretty(10752::bigint)');
q('pg_size_pretty MB', 'pg_size_pretty(10485760::bigint)');
q('pg_size_pretty GB', 'pg_size_pretty(10737418240::bigint)');
q('pg_size_pretty TB', 'pg_size_pretty(10995116277760::bigint)');
q('pg_size_pretty PB', 'pg_size_pretty(11258999068426240::bigint)');
q('pg_size_pretty max', 'pg_size_pretty(9223372036854775807::bigint)');
q('pg_size_pretty negative', 'pg_size_pretty(-10240::bigint)');
q('pg_size_pretty negative small', 'pg_size_pretty(-1::bigint)');
q('pg_size_pretty negative round', 'pg_size_pretty(-10752::bigint)');
q('pg_size_pretty numeric fraction', 'pg_size_pretty(10240.7::numeric)');
q('pg_size_pretty numeric huge', 'pg_size_pretty(1e30::numeric)');
q('pg_size_pretty numeric negative', 'pg_size_pretty(-10485760::numeric)');
q('pg_size_pretty int', 'pg_size_pretty(2048)');
q('pg_size_bytes kB', `pg_size_bytes('10 kB')`);
q('pg_size_bytes lowercase', `pg_size_bytes('10kb')`);
q('pg_size_bytes bytes', `pg_size_bytes('10 bytes')`);
q('pg_size_bytes fraction', `pg_size_bytes('1.5kB')`);
q('pg_size_bytes negative', `pg_size_bytes('-2 MB')`);
q('pg_size_bytes exponent', `pg_size_bytes('1e3')`);
q('pg_size_bytes PB', `pg_size_bytes('1 PB')`);
q('pg_size_bytes overflow error', `pg_size_bytes('10000 PB')`);
q('pg_size_bytes empty error', `pg_size_bytes('')`);
q('pg_size_bytes bad number error', `pg_size_bytes('abc')`);
q('pg_size_bytes spaces', `pg_size_bytes('  5   MB  ')`);
q('pg_size_bytes TB', `pg_size_bytes('2TB')`);

// ---------------------------------------------------------------- generic file access (superuser)
q('pg_ls_dir count', `count(*) > 0 FROM pg_ls_dir('.')`);
q('pg_ls_dir missing error', `pg_ls_dir('no_such_dir_here')`);
q('pg_ls_dir missing ok', `count(*) FROM pg_ls_dir('no_such_dir_here', true, false)`);
q('pg_ls_dir absolute outside error', `count(*) FROM pg_ls_dir('/no/such/abs', true, false)`);
q('pg_stat_file missing error', `pg_stat_file('no_such_file_here')`);
q('pg_stat_file missing ok', `pg_stat_file('no_such_file_here', true)`);
q('pg_read_file missing error', `pg_read_file('no_such_file_here')`);
q('pg_read_file missing ok', `pg_read_file('no_such_file_here', 0, 10, true)`);
q('pg_read_file PG_VERSION', `pg_read_file('PG_VERSION')`);
q('pg_read_binary_file PG_VERSION', `pg_read_binary_file('PG_VERSION')`);
q('pg_read_file negative length error', `pg_read_file('PG_VERSION', 0, -1)`);
q('pg_stat_file PG_VERSION size', `(pg_stat_file('PG_VERSION')).size`);
q('pg_stat_file PG_VERSION isdir', `(pg_stat_file('PG_VERSION')).isdir`);

// ---------------------------------------------------------------- what 16 to 18 added (absent on 15)
q('system_user absent', 'system_user');
q('pg_input_is_valid absent', `pg_input_is_valid('1', 'integer')`);
q('pg_input_error_info absent', `pg_input_error_info('x', 'integer')`);
q('to_regtypemod absent', `to_regtypemod('varchar(3)')`);
q('pg_basetype absent', `pg_basetype('int4'::regtype)`);
q('uuid_extract_version absent', `uuid_extract_version(gen_random_uuid())`);
q('uuid_extract_timestamp absent', `uuid_extract_timestamp(gen_random_uuid())`);
q('uuidv4 absent', 'uuidv4()');
q('uuidv7 absent', 'uuidv7()');
q('has_largeobject_privilege absent', `has_largeobject_privilege(1::oid, 'SELECT')`);
q('pg_column_toast_chunk_id absent', `pg_column_toast_chunk_id(b) FROM t`, T);
q('pg_get_acl absent', `pg_get_acl('pg_class'::regclass, 't'::regclass, 0)`, T);
q('has_table_privilege MAINTAIN error', `has_table_privilege('t', 'MAINTAIN')`, T);
q('to_regclass numeric oid text', `to_regclass('1259')`);
q('to_regtype numeric oid text', `to_regtype('23')`);
q('to_regproc numeric oid text', `to_regproc('1299')`);
q('to_regnamespace numeric oid text', `to_regnamespace('11')`);
q('to_regrole numeric oid text', `to_regrole('10')`);
q('to_regclass bad syntax 15 error', `to_regclass('foo bar')`);
q('to_regproc bad syntax 15 error', `to_regproc('foo(')`);
q('to_regtype bad syntax 15', `to_regtype('integer[')`);
q('to_regrole quoted', `to_regrole('"postgres"')`);
q('to_regrole qualified error', `to_regrole('a.b')`);
q('to_regnamespace qualified error', `to_regnamespace('a.b')`);
q('to_regcollation qualified', `to_regcollation('pg_catalog."C"')`);
q('to_regoperator bad', `to_regoperator('+(int4)')`);
q('to_regprocedure no parens error', `to_regprocedure('abs')`);
q('current_setting transaction_timeout absent', `current_setting('transaction_timeout')`);
q('current_setting scram_iterations absent', `current_setting('scram_iterations')`);
q('current_setting enable_presorted_aggregate absent', `current_setting('enable_presorted_aggregate')`);
q('current_setting allow_alter_system absent', `current_setting('allow_alter_system', true)`);
q('current_setting lc_collate', `current_setting('lc_collate') <> ''`);
q('current_setting missing_ok newer', `current_setting('icu_validation_level', true)`);
q('set_config newer setting error', `set_config('icu_validation_level', 'warning', false)`);
q('set_config reserved prefix error', `set_config('plpgsql.bogus', 'x', false)`);
q('set_config plpgsql known', `set_config('plpgsql.variable_conflict', 'use_column', false)`);
q('set_config plpgsql bad value error', `set_config('plpgsql.variable_conflict', 'nope', false)`);
q('set_config lowercases name', `set_config('My.Mixed', 'x', false)`);
q('set_config two dots', `set_config('a.b.c', 'x', false)`);
q('set_config leading dot error', `set_config('.a', 'x', false)`);
q('set_config trailing dot error', `set_config('a.', 'x', false)`);
q('set_config superuser only', `set_config('log_statement', 'all', false)`);
q('set_config postmaster error', `set_config('shared_buffers', '1MB', false)`);
q('set_config internal error', `set_config('server_version', '1', false)`);
q('set_config work_mem out of range error', `set_config('work_mem', '1', false)`);
q('set_config work_mem units', `set_config('work_mem', '2GB', false)`);
q('set_config enum bad error', `set_config('client_min_messages', 'loud', false)`);
q('set_config bool numeric', `set_config('enable_seqscan', '0', false)`);
q('set_config statement_timeout unit', `set_config('statement_timeout', '1min', false)`);
q('set_config statement_timeout plain', `set_config('statement_timeout', '1500', false)`);
q('set_config real value', `set_config('seq_page_cost', '1.50', false)`);
q('set_config intervalstyle', `set_config('IntervalStyle', 'iso_8601', false)`);
q('set_config timezone offset', `set_config('timezone', '+05:30', false)`);
q('set_config timezone bad error', `set_config('timezone', 'Nowhere/City', false)`);
q('set_config datestyle partial', `set_config('datestyle', 'German', false)`);
q('set_config datestyle conflict error', `set_config('datestyle', 'ISO, German, DMY, MDY', false)`);
q('set_config search_path quoted', `set_config('search_path', '"$user", public, "My Schema"', false)`);
q('set_config application_name long', `length(set_config('application_name', repeat('x', 100), false))`);
q('set_config application_name non ascii', `set_config('application_name', 'café', false)`);

export default list.cases;
