import type { CatalogStatement } from './pg15-catalog.js';

/**
 * Built-ins 16-18 added that no query names by hand but a catalog reader lists: planner and
 * B-tree skip-scan support functions (`uuid_skipsupport`, `array_append_support`), hash functions
 * 16 gave types 15 hashes with another type's function (`hashbool`, `hashbytea`, `hashdate`...),
 * 17's avg(interval) state functions, and monitoring functions behind 16-18's statistics views.
 * Renamed under the prefix as pg15-catalog.ts's NEWER_FUNCTIONS are (pg_proc reads without them,
 * information_schema.routines too, a call is 42883 as on 15); whatever uses them inside the server
 * (operator classes, aggregates, types, views) finds them by OID and keeps working.
 *
 * Left as they are, with 18's signature where 15's differs (listed under the same name with one more
 * argument), because a call with 15's arguments works on both: pg_logical_emit_message (18's
 * `flush`), pg_create_logical_replication_slot (17's `failover`), pg_get_publication_tables (16's
 * text[]), and interval_avg (over 17's internal state; 15's over interval[]).
 * Functions the fake's own SQL calls by name (pg_timezone_abbrevs_abbrevs, the checkpointer's
 * counters) stay too; pg15-aggregate-catalog.ts hides the aggregates' support functions.
 */
export const NEWER_BUILTIN_FUNCTIONS: readonly string[] = [
  'array_append_support(internal)',
  'array_prepend_support(internal)',
  'array_subscript_handler_support(internal)',
  'binary_upgrade_add_sub_rel_state(text,oid,"char",pg_lsn)',
  'binary_upgrade_logical_slot_has_caught_up(name)',
  'binary_upgrade_replorigin_advance(text,pg_lsn)',
  'btboolskipsupport(internal)',
  'btcharskipsupport(internal)',
  'btint2skipsupport(internal)',
  'btint4skipsupport(internal)',
  'btint8skipsupport(internal)',
  'btoidskipsupport(internal)',
  'date_skipsupport(internal)',
  'elem_contained_by_range_support(internal)',
  'gist_translate_cmptype_common(integer)',
  'hashbool(boolean)',
  'hashboolextended(boolean,bigint)',
  'hashbytea(bytea)',
  'hashbyteaextended(bytea,bigint)',
  'hashcid(cid)',
  'hashcidextended(cid,bigint)',
  'hashdate(date)',
  'hashdateextended(date,bigint)',
  'hashxid(xid)',
  'hashxid8(xid8)',
  'hashxid8extended(xid8,bigint)',
  'hashxidextended(xid,bigint)',
  'interval_avg_accum(internal,interval)',
  'interval_avg_accum_inv(internal,interval)',
  'interval_avg_combine(internal,internal)',
  'interval_avg_deserialize(bytea,internal)',
  'interval_avg_serialize(internal)',
  'pg_get_shmem_allocations_numa()',
  'pg_stat_get_backend_io(integer)',
  'pg_stat_get_backend_subxact(integer)',
  'pg_stat_get_backend_wal(integer)',
  'pg_stat_get_checkpointer_num_performed()',
  'pg_stat_get_checkpointer_restartpoints_performed()',
  'pg_stat_get_checkpointer_restartpoints_requested()',
  'pg_stat_get_checkpointer_restartpoints_timed()',
  'pg_stat_get_checkpointer_slru_written()',
  'pg_stat_get_checkpointer_stat_reset_time()',
  'pg_stat_get_db_conflict_logicalslot(oid)',
  'pg_stat_get_db_parallel_workers_launched(oid)',
  'pg_stat_get_db_parallel_workers_to_launch(oid)',
  'pg_stat_get_lastscan(oid)',
  'pg_stat_get_total_analyze_time(oid)',
  'pg_stat_get_total_autoanalyze_time(oid)',
  'pg_stat_get_total_autovacuum_time(oid)',
  'pg_stat_get_total_vacuum_time(oid)',
  'pg_stat_get_tuples_newpage_updated(oid)',
  'pg_stat_get_xact_tuples_newpage_updated(oid)',
  'pg_timezone_abbrevs_zone()',
  'range_contains_elem_support(internal)',
  'range_sortsupport(internal)',
  'timestamp_skipsupport(internal)',
  'timestamptz_hash(timestamp with time zone)',
  'timestamptz_hash_extended(timestamp with time zone,bigint)',
  'uuid_skipsupport(internal)',
];

// A literal, not pg15-catalog's constant: that module imports this one.
const PREFIX = 'pglite18_';

/** A no-op when run again: the old names no longer resolve. Run last, after every statement naming them. */
export const NEWER_BUILTIN_STATEMENT: CatalogStatement = {
  text: `UPDATE pg_catalog.pg_proc SET proname = $1 OPERATOR(pg_catalog.||) proname
    WHERE oid IN (SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS s)`,
  params: [PREFIX, JSON.stringify(NEWER_BUILTIN_FUNCTIONS)],
};
