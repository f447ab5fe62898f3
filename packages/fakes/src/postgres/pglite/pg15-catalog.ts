/**
 * What PGlite's catalog (PostgreSQL 18) has and PostgreSQL 15's lacks, hidden once per database by
 * renaming it under `PG15_HIDDEN_PREFIX`: a call of `any_value(x)` or `random(1, 10)`, a read of
 * `pg_stat_io`, `COLLATE pg_c_utf8` or `GRANT pg_maintain` then fails as on 15, with 15's own error
 * (SQLSTATE, message, hint, position), and a user's own function of the same name is the one found,
 * as on 15. Renamed, not dropped: PostgreSQL refers to its objects by OID, so what uses them inside
 * the server (views over `pg_stat_get_io`, aggregates' support functions) keeps working.
 */
export const PG15_HIDDEN_PREFIX = 'pglite18_';

/** Functions PostgreSQL 16 to 18 added, by signature (only the ones a query names; not support ones). */
export const NEWER_FUNCTIONS: readonly string[] = [
  'any_value(anyelement)',
  'array_reverse(anyarray)',
  'array_sample(anyarray,integer)',
  'array_shuffle(anyarray)',
  'array_sort(anyarray)',
  'array_sort(anyarray,boolean)',
  'array_sort(anyarray,boolean,boolean)',
  'bytea(bigint)',
  'bytea(integer)',
  'bytea(smallint)',
  'casefold(text)',
  'crc32(bytea)',
  'crc32c(bytea)',
  'date_add(timestamp with time zone,interval)',
  'date_add(timestamp with time zone,interval,text)',
  'date_subtract(timestamp with time zone,interval)',
  'date_subtract(timestamp with time zone,interval,text)',
  'erf(double precision)',
  'erfc(double precision)',
  'gamma(double precision)',
  'generate_series(timestamp with time zone,timestamp with time zone,interval,text)',
  'has_largeobject_privilege(name,oid,text)',
  'has_largeobject_privilege(oid,oid,text)',
  'has_largeobject_privilege(oid,text)',
  'icu_unicode_version()',
  'int2(bytea)',
  'int4(bytea)',
  'int8(bytea)',
  'json_agg_strict(anyelement)',
  'json_object_agg_strict("any","any")',
  'json_object_agg_unique("any","any")',
  'json_object_agg_unique_strict("any","any")',
  'jsonb_agg_strict(anyelement)',
  'jsonb_object_agg_strict("any","any")',
  'jsonb_object_agg_unique("any","any")',
  'jsonb_object_agg_unique_strict("any","any")',
  'jsonb_populate_record_valid(anyelement,jsonb)',
  'lgamma(double precision)',
  'max(bytea)',
  'max(record)',
  'min(bytea)',
  'min(record)',
  'pg_available_wal_summaries()',
  'pg_basetype(regtype)',
  'pg_clear_attribute_stats(text,text,text,boolean)',
  'pg_clear_relation_stats(text,text)',
  'pg_column_toast_chunk_id("any")',
  'pg_get_acl(oid,oid,integer)',
  'pg_get_aios()',
  'pg_get_loaded_modules()',
  'pg_get_sequence_data(regclass)',
  'pg_get_wait_events()',
  'pg_get_wal_summarizer_state()',
  'pg_input_error_info(text,text)',
  'pg_input_is_valid(text,text)',
  'pg_log_standby_snapshot()',
  'pg_ls_summariesdir()',
  'pg_numa_available()',
  'pg_read_binary_file(text,boolean)',
  'pg_read_file(text,boolean)',
  'pg_restore_attribute_stats("any")',
  'pg_restore_relation_stats("any")',
  'pg_split_walfile_name(text)',
  'pg_stat_reset_backend_stats(integer)',
  'pg_sync_replication_slots()',
  'pg_wal_summary_contents(bigint,pg_lsn,pg_lsn)',
  'random(bigint,bigint)',
  'random(integer,integer)',
  'random(numeric,numeric)',
  'random_normal(double precision,double precision)',
  'reverse(bytea)',
  '"system_user"()',
  'timezone(time with time zone)',
  'timezone(timestamp with time zone)',
  'timezone(timestamp without time zone)',
  'to_bin(bigint)',
  'to_bin(integer)',
  'to_oct(bigint)',
  'to_oct(integer)',
  'to_regtypemod(text)',
  'unicode_assigned(text)',
  'unicode_version()',
  'uuid_extract_timestamp(uuid)',
  'uuid_extract_version(uuid)',
  'uuidv4()',
  'uuidv7()',
  'uuidv7(interval)',
  'xmltext(text)',
];

/** Casts 18 added (bytea to and from the integers): 15 has no such cast (42846). */
const NEWER_CAST_FUNCTIONS = [
  'int2(bytea)',
  'int4(bytea)',
  'int8(bytea)',
  'bytea(smallint)',
  'bytea(integer)',
  'bytea(bigint)',
];
export const NEWER_RELATIONS = [
  'pg_catalog.pg_aios',
  'pg_catalog.pg_shmem_allocations_numa',
  'pg_catalog.pg_stat_checkpointer',
  'pg_catalog.pg_stat_io',
  'pg_catalog.pg_wait_events',
];
export const NEWER_COLLATIONS = ['pg_c_utf8', 'pg_unicode_fast', 'unicode'];
export const NEWER_ROLES = [
  'pg_create_subscription',
  'pg_maintain',
  'pg_signal_autovacuum_worker',
  'pg_use_reserved_connections',
];

export interface CatalogStatement {
  readonly text: string;
  readonly params: readonly string[];
}

const procedures = (param: string): string =>
  `SELECT to_regprocedure(s) FROM jsonb_array_elements_text(${param}::jsonb) AS s`;
const RELATIONS = 'SELECT to_regclass(s) FROM jsonb_array_elements_text($2::jsonb) AS s';

/** The statements that hide the newer objects; each is a no-op once run (the names no longer resolve). */
export function pg15CatalogStatements(): CatalogStatement[] {
  const list = (items: readonly string[]): string => JSON.stringify(items);
  return [
    // Casts first: they are found through the functions' signatures, which the renaming changes.
    {
      text: `DELETE FROM pg_catalog.pg_cast WHERE castfunc IN (${procedures('$1')})`,
      params: [list(NEWER_CAST_FUNCTIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_proc SET proname = $1 || proname WHERE oid IN (${procedures('$2')})`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_FUNCTIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_type SET typname = $1 || typname
        WHERE typrelid IN (${RELATIONS})
           OR typelem IN (SELECT reltype FROM pg_catalog.pg_class WHERE oid IN (${RELATIONS}))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_RELATIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_class SET relname = $1 || relname WHERE oid IN (${RELATIONS})`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_RELATIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_collation SET collname = $1 || collname
        WHERE collnamespace = 'pg_catalog'::regnamespace AND collname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_COLLATIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_authid SET rolname = $1 || rolname
        WHERE rolname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_ROLES)],
    },
  ];
}
