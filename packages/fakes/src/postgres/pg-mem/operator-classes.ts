import type { QName } from 'pgsql-ast-parser';
import { pgError } from './refusal.js';

/**
 * PostgreSQL 15's built-in operator classes of each index access method (`pg_opclass` of a fresh
 * database). An index naming another one (gin_trgm_ops, gist_int4_ops: an extension's, which
 * pg-mem never installs) fails with 42704 there; pg-mem would accept the name and build the index.
 */
const BUILT_IN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    btree:
      'array_ops bit_ops bool_ops bpchar_ops bpchar_pattern_ops bytea_ops char_ops cidr_ops date_ops enum_ops float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops macaddr_ops money_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_image_ops record_ops text_ops text_pattern_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops tsquery_ops tsvector_ops uuid_ops varbit_ops varchar_ops varchar_pattern_ops xid8_ops',
    hash: 'aclitem_ops array_ops bool_ops bpchar_ops bpchar_pattern_ops bytea_ops char_ops cid_ops cidr_ops date_ops enum_ops float4_ops float8_ops inet_ops int2_ops int4_ops int8_ops interval_ops jsonb_ops macaddr8_ops macaddr_ops multirange_ops name_ops numeric_ops oid_ops oidvector_ops pg_lsn_ops range_ops record_ops text_ops text_pattern_ops tid_ops time_ops timestamp_ops timestamptz_ops timetz_ops uuid_ops varchar_ops varchar_pattern_ops xid8_ops xid_ops',
    gin: 'array_ops jsonb_ops jsonb_path_ops tsvector_ops',
    gist: 'box_ops circle_ops inet_ops multirange_ops point_ops poly_ops range_ops tsquery_ops tsvector_ops',
    spgist: 'box_ops inet_ops kd_point_ops poly_ops quad_point_ops range_ops text_ops',
    brin: 'bit_minmax_ops box_inclusion_ops bpchar_bloom_ops bpchar_minmax_ops bytea_bloom_ops bytea_minmax_ops char_bloom_ops char_minmax_ops date_bloom_ops date_minmax_multi_ops date_minmax_ops float4_bloom_ops float4_minmax_multi_ops float4_minmax_ops float8_bloom_ops float8_minmax_multi_ops float8_minmax_ops inet_bloom_ops inet_inclusion_ops inet_minmax_multi_ops inet_minmax_ops int2_bloom_ops int2_minmax_multi_ops int2_minmax_ops int4_bloom_ops int4_minmax_multi_ops int4_minmax_ops int8_bloom_ops int8_minmax_multi_ops int8_minmax_ops interval_bloom_ops interval_minmax_multi_ops interval_minmax_ops macaddr8_bloom_ops macaddr8_minmax_multi_ops macaddr8_minmax_ops macaddr_bloom_ops macaddr_minmax_multi_ops macaddr_minmax_ops name_bloom_ops name_minmax_ops numeric_bloom_ops numeric_minmax_multi_ops numeric_minmax_ops oid_bloom_ops oid_minmax_multi_ops oid_minmax_ops pg_lsn_bloom_ops pg_lsn_minmax_multi_ops pg_lsn_minmax_ops range_inclusion_ops text_bloom_ops text_minmax_ops tid_bloom_ops tid_minmax_multi_ops tid_minmax_ops time_bloom_ops time_minmax_multi_ops time_minmax_ops timestamp_bloom_ops timestamp_minmax_multi_ops timestamp_minmax_ops timestamptz_bloom_ops timestamptz_minmax_multi_ops timestamptz_minmax_ops timetz_bloom_ops timetz_minmax_multi_ops timetz_minmax_ops uuid_bloom_ops uuid_minmax_multi_ops uuid_minmax_ops varbit_minmax_ops',
  }).map(([method, names]) => [method, new Set(names.split(' '))]),
);

/**
 * Checks an index column's explicit operator class: one PostgreSQL 15 does not have for the
 * access method is reported as 15 reports it (42704). Whether a built-in one accepts the column's
 * type is not checked here.
 */
export function checkOperatorClass(method: string, opclass: QName): void {
  const builtIn = opclass.schema === undefined || opclass.schema === 'pg_catalog';
  if (builtIn && BUILT_IN.get(method)?.has(opclass.name)) return;
  const shown = opclass.schema === undefined ? opclass.name : `${opclass.schema}.${opclass.name}`;
  throw pgError('42704', `operator class "${shown}" does not exist for access method "${method}"`);
}
