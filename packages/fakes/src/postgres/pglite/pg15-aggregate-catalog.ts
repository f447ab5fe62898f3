import type { CatalogStatement } from './pg15-catalog.js';

/**
 * Aggregates and set-returning functions whose catalog rows 16-18 changed, put back as 15 has them
 * (pg_aggregate, pg_proc.prosupport), so a query of the catalogs reads 15's rows:
 * - 16 gave array_agg and string_agg combine, serialize and deserialize functions (parallel
 *   aggregation); 15's have none. PGlite runs no parallel workers, so nothing used them.
 * - 17 moved sum(interval) to an internal state (interval_avg_accum ... interval_sum, for infinite
 *   intervals); 15's adds with interval_pl and takes back with interval_mi, which 18 still has and
 *   which give the same sums for the finite intervals 15 can hold.
 * - 16 and 17 gave ntile, cume_dist, percent_rank and generate_series over numeric and timestamps
 *   planner support functions (run conditions, row estimates); 15's have none. Results are the
 *   same without them; row estimates (EXPLAIN) are then 15's default ones.
 * avg(interval) stays 18's: 15's interval[] state functions (interval_accum, interval_avg over
 * interval[]) no longer exist, and its answers are the same.
 */
const WITHOUT_PARALLEL_SUPPORT = [
  'array_agg(anynonarray)',
  'array_agg(anyarray)',
  'string_agg(text,text)',
  'string_agg(bytea,bytea)',
];

const WITHOUT_PLANNER_SUPPORT = [
  'ntile(integer)',
  'cume_dist()',
  'percent_rank()',
  'generate_series(numeric,numeric)',
  'generate_series(numeric,numeric,numeric)',
  'generate_series(timestamp without time zone,timestamp without time zone,interval)',
  'generate_series(timestamp with time zone,timestamp with time zone,interval)',
];

/**
 * Support functions 16-18 added that no query of 15 can name: the ones the statements below leave
 * unused, and those of the aggregates pg15-catalog.ts hides. Renamed under the prefix as those are
 * (pg_proc then reads without them, a call is 42883 as on 15); aggregates find them by OID.
 * interval_avg_accum and its kin stay: avg(interval) uses them and 15's are gone.
 */
const NEWER_SUPPORT_FUNCTIONS = [
  'any_value_transfn(anyelement,anyelement)',
  'array_agg_array_combine(internal,internal)',
  'array_agg_array_deserialize(bytea,internal)',
  'array_agg_array_serialize(internal)',
  'array_agg_combine(internal,internal)',
  'array_agg_deserialize(bytea,internal)',
  'array_agg_serialize(internal)',
  'string_agg_combine(internal,internal)',
  'string_agg_deserialize(bytea,internal)',
  'string_agg_serialize(internal)',
  'interval_sum(internal)',
  'json_agg_strict_transfn(internal,anyelement)',
  'json_object_agg_strict_transfn(internal,"any","any")',
  'json_object_agg_unique_strict_transfn(internal,"any","any")',
  'json_object_agg_unique_transfn(internal,"any","any")',
  'jsonb_agg_strict_transfn(internal,anyelement)',
  'jsonb_object_agg_strict_transfn(internal,"any","any")',
  'jsonb_object_agg_unique_strict_transfn(internal,"any","any")',
  'jsonb_object_agg_unique_transfn(internal,"any","any")',
  'bytea_larger(bytea,bytea)',
  'bytea_smaller(bytea,bytea)',
  'record_larger(record,record)',
  'record_smaller(record,record)',
  'window_cume_dist_support(internal)',
  'window_ntile_support(internal)',
  'window_percent_rank_support(internal)',
  'generate_series_numeric_support(internal)',
  'generate_series_timestamp_support(internal)',
];

// A literal, not pg15-catalog's constant: that module imports this one.
const PREFIX = 'pglite18_';

const procedures =
  'SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($1::jsonb) AS s';

/** Each is a no-op when run again (it sets the same values, or finds no function by the old name). */
export const AGGREGATE_CATALOG_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `UPDATE pg_catalog.pg_aggregate SET aggcombinefn = 0, aggserialfn = 0, aggdeserialfn = 0
      WHERE aggfnoid IN (${procedures})`,
    params: [JSON.stringify(WITHOUT_PARALLEL_SUPPORT)],
  },
  {
    text: `UPDATE pg_catalog.pg_aggregate SET
        aggtransfn = 'pg_catalog.interval_pl'::pg_catalog.regproc, aggfinalfn = 0,
        aggcombinefn = 'pg_catalog.interval_pl'::pg_catalog.regproc, aggserialfn = 0, aggdeserialfn = 0,
        aggmtransfn = 'pg_catalog.interval_pl'::pg_catalog.regproc,
        aggminvtransfn = 'pg_catalog.interval_mi'::pg_catalog.regproc, aggmfinalfn = 0,
        aggtranstype = 'pg_catalog.interval'::pg_catalog.regtype, aggtransspace = 0,
        aggmtranstype = 'pg_catalog.interval'::pg_catalog.regtype, aggmtransspace = 0,
        agginitval = NULL, aggminitval = NULL
      WHERE aggfnoid = pg_catalog.to_regprocedure($1)`,
    params: ['sum(interval)'],
  },
  {
    text: `UPDATE pg_catalog.pg_proc SET prosupport = 0 WHERE oid IN (${procedures})`,
    params: [JSON.stringify(WITHOUT_PLANNER_SUPPORT)],
  },
  // Last: the statements above find some of these by name.
  {
    text: `UPDATE pg_catalog.pg_proc SET proname = $2 OPERATOR(pg_catalog.||) proname WHERE oid IN (${procedures})`,
    params: [JSON.stringify(NEWER_SUPPORT_FUNCTIONS), PREFIX],
  },
];
