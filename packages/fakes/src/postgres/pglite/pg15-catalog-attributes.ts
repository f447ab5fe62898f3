import type { CatalogStatement } from './pg15-catalog.js';

/**
 * The columns of the system catalogs 16-18 changed (pg15-dialect.ts's PG15_CATALOG_TABLES), as a
 * PostgreSQL 15 server's pg_attribute lists them, so that reading a catalog's own columns there
 * (an ORM's or a tool's introspection of `pg_class`, `pg_auth_members`...) gives 15's names, types
 * and numbers, not 18's. Read from a 15 server: per catalog OID (the same on 15 and 18), each
 * column as `name:type oid:length:flags:collation:dimensions`, in attnum order; flags are
 * attbyval, attalign, attstorage and attnotnull. Columns are never nullable-by-default, dropped,
 * inherited, defaulted or given statistics targets there; attacl is set on pg_subscription alone.
 */
const CATALOG_COLUMNS: readonly (readonly [relid: number, columns: string])[] = [
  // pg_attribute
  [
    1249,
    'attrelid:26:4:tipt:0:0 attname:19:64:fcpt:950:0 atttypid:26:4:tipt:0:0 attstattarget:23:4:tipt:0:0 attlen:21:2:tspt:0:0 attnum:21:2:tspt:0:0 attndims:23:4:tipt:0:0 attcacheoff:23:4:tipt:0:0 atttypmod:23:4:tipt:0:0 attbyval:16:1:tcpt:0:0 attalign:18:1:tcpt:0:0 attstorage:18:1:tcpt:0:0 attcompression:18:1:tcpt:0:0 attnotnull:16:1:tcpt:0:0 atthasdef:16:1:tcpt:0:0 atthasmissing:16:1:tcpt:0:0 attidentity:18:1:tcpt:0:0 attgenerated:18:1:tcpt:0:0 attisdropped:16:1:tcpt:0:0 attislocal:16:1:tcpt:0:0 attinhcount:23:4:tipt:0:0 attcollation:26:4:tipt:0:0 attacl:1034:-1:fixf:0:1 attoptions:1009:-1:fixf:950:1 attfdwoptions:1009:-1:fixf:950:1 attmissingval:2277:-1:fdxf:0:0',
  ],
  // pg_proc
  [
    1255,
    'oid:26:4:tipt:0:0 proname:19:64:fcpt:950:0 pronamespace:26:4:tipt:0:0 proowner:26:4:tipt:0:0 prolang:26:4:tipt:0:0 procost:700:4:tipt:0:0 prorows:700:4:tipt:0:0 provariadic:26:4:tipt:0:0 prosupport:24:4:tipt:0:0 prokind:18:1:tcpt:0:0 prosecdef:16:1:tcpt:0:0 proleakproof:16:1:tcpt:0:0 proisstrict:16:1:tcpt:0:0 proretset:16:1:tcpt:0:0 provolatile:18:1:tcpt:0:0 proparallel:18:1:tcpt:0:0 pronargs:21:2:tspt:0:0 pronargdefaults:21:2:tspt:0:0 prorettype:26:4:tipt:0:0 proargtypes:30:-1:fipt:0:1 proallargtypes:1028:-1:fixf:0:1 proargmodes:1002:-1:fixf:0:1 proargnames:1009:-1:fixf:950:1 proargdefaults:194:-1:fixf:950:0 protrftypes:1028:-1:fixf:0:1 prosrc:25:-1:fixt:950:0 probin:25:-1:fixf:950:0 prosqlbody:194:-1:fixf:950:0 proconfig:1009:-1:fixf:950:1 proacl:1034:-1:fixf:0:1',
  ],
  // pg_class
  [
    1259,
    'oid:26:4:tipt:0:0 relname:19:64:fcpt:950:0 relnamespace:26:4:tipt:0:0 reltype:26:4:tipt:0:0 reloftype:26:4:tipt:0:0 relowner:26:4:tipt:0:0 relam:26:4:tipt:0:0 relfilenode:26:4:tipt:0:0 reltablespace:26:4:tipt:0:0 relpages:23:4:tipt:0:0 reltuples:700:4:tipt:0:0 relallvisible:23:4:tipt:0:0 reltoastrelid:26:4:tipt:0:0 relhasindex:16:1:tcpt:0:0 relisshared:16:1:tcpt:0:0 relpersistence:18:1:tcpt:0:0 relkind:18:1:tcpt:0:0 relnatts:21:2:tspt:0:0 relchecks:21:2:tspt:0:0 relhasrules:16:1:tcpt:0:0 relhastriggers:16:1:tcpt:0:0 relhassubclass:16:1:tcpt:0:0 relrowsecurity:16:1:tcpt:0:0 relforcerowsecurity:16:1:tcpt:0:0 relispopulated:16:1:tcpt:0:0 relreplident:18:1:tcpt:0:0 relispartition:16:1:tcpt:0:0 relrewrite:26:4:tipt:0:0 relfrozenxid:28:4:tipt:0:0 relminmxid:28:4:tipt:0:0 relacl:1034:-1:fixf:0:1 reloptions:1009:-1:fixf:950:1 relpartbound:194:-1:fixf:950:0',
  ],
  // pg_auth_members
  [1261, 'roleid:26:4:tipt:0:0 member:26:4:tipt:0:0 grantor:26:4:tipt:0:0 admin_option:16:1:tcpt:0:0'],
  // pg_database
  [
    1262,
    'oid:26:4:tipt:0:0 datname:19:64:fcpt:950:0 datdba:26:4:tipt:0:0 encoding:23:4:tipt:0:0 datlocprovider:18:1:tcpt:0:0 datistemplate:16:1:tcpt:0:0 datallowconn:16:1:tcpt:0:0 datconnlimit:23:4:tipt:0:0 datfrozenxid:28:4:tipt:0:0 datminmxid:28:4:tipt:0:0 dattablespace:26:4:tipt:0:0 datcollate:25:-1:fixt:950:0 datctype:25:-1:fixt:950:0 daticulocale:25:-1:fixf:950:0 datcollversion:25:-1:fixf:950:0 datacl:1034:-1:fixf:0:1',
  ],
  // pg_constraint
  [
    2606,
    'oid:26:4:tipt:0:0 conname:19:64:fcpt:950:0 connamespace:26:4:tipt:0:0 contype:18:1:tcpt:0:0 condeferrable:16:1:tcpt:0:0 condeferred:16:1:tcpt:0:0 convalidated:16:1:tcpt:0:0 conrelid:26:4:tipt:0:0 contypid:26:4:tipt:0:0 conindid:26:4:tipt:0:0 conparentid:26:4:tipt:0:0 confrelid:26:4:tipt:0:0 confupdtype:18:1:tcpt:0:0 confdeltype:18:1:tcpt:0:0 confmatchtype:18:1:tcpt:0:0 conislocal:16:1:tcpt:0:0 coninhcount:23:4:tipt:0:0 connoinherit:16:1:tcpt:0:0 conkey:1005:-1:fixf:0:1 confkey:1005:-1:fixf:0:1 conpfeqop:1028:-1:fixf:0:1 conppeqop:1028:-1:fixf:0:1 conffeqop:1028:-1:fixf:0:1 confdelsetcols:1005:-1:fixf:0:1 conexclop:1028:-1:fixf:0:1 conbin:194:-1:fixf:950:0',
  ],
  // pg_depend
  [
    2608,
    'classid:26:4:tipt:0:0 objid:26:4:tipt:0:0 objsubid:23:4:tipt:0:0 refclassid:26:4:tipt:0:0 refobjid:26:4:tipt:0:0 refobjsubid:23:4:tipt:0:0 deptype:18:1:tcpt:0:0',
  ],
  // pg_statistic_ext
  [
    3381,
    'oid:26:4:tipt:0:0 stxrelid:26:4:tipt:0:0 stxname:19:64:fcpt:950:0 stxnamespace:26:4:tipt:0:0 stxowner:26:4:tipt:0:0 stxstattarget:23:4:tipt:0:0 stxkeys:22:-1:fipt:0:1 stxkind:1002:-1:fixt:0:1 stxexprs:194:-1:fixf:950:0',
  ],
  // pg_collation
  [
    3456,
    'oid:26:4:tipt:0:0 collname:19:64:fcpt:950:0 collnamespace:26:4:tipt:0:0 collowner:26:4:tipt:0:0 collprovider:18:1:tcpt:0:0 collisdeterministic:16:1:tcpt:0:0 collencoding:23:4:tipt:0:0 collcollate:25:-1:fixf:950:0 collctype:25:-1:fixf:950:0 colliculocale:25:-1:fixf:950:0 collversion:25:-1:fixf:950:0',
  ],
  // pg_subscription
  [
    6100,
    'oid:26:4:tipt:0:0 subdbid:26:4:tipt:0:0 subskiplsn:3220:8:tdpt:0:0 subname:19:64:fcpt:950:0 subowner:26:4:tipt:0:0 subenabled:16:1:tcpt:0:0 subbinary:16:1:tcpt:0:0 substream:16:1:tcpt:0:0 subtwophasestate:18:1:tcpt:0:0 subdisableonerr:16:1:tcpt:0:0 subconninfo:25:-1:fixt:950:0 subslotname:19:64:fcpf:950:0 subsynccommit:25:-1:fixt:950:0 subpublications:1009:-1:fixt:950:1',
  ],
  // pg_publication
  [
    6104,
    'oid:26:4:tipt:0:0 pubname:19:64:fcpt:950:0 pubowner:26:4:tipt:0:0 puballtables:16:1:tcpt:0:0 pubinsert:16:1:tcpt:0:0 pubupdate:16:1:tcpt:0:0 pubdelete:16:1:tcpt:0:0 pubtruncate:16:1:tcpt:0:0 pubviaroot:16:1:tcpt:0:0',
  ],
];

/** The catalogs whose columns stand as 15's. */
export const PG15_CATALOG_OIDS: readonly number[] = CATALOG_COLUMNS.map(([relid]) => relid);

/** The catalogs whose columns grant SELECT to PUBLIC (15 hides `subconninfo` from others). */
const PUBLIC_READ_COLUMNS = new Set([6100]);

const HIDDEN = 'pg_catalog.pglite18_';

/** The function the rewritten pg_attribute reads 15's catalog columns from (its name is hidden from pg_proc). */
export const CATALOG_ATTRIBUTES_FUNCTION = `${HIDDEN}catalog_attributes()`;

/**
 * Creates that function: one row per catalog column, as the server's pg_attribute has it. PL/pgSQL,
 * whose plan is made once per session: a SQL function's VALUES would be inlined, so parsed and
 * planned again with every query reading pg_attribute (twice the time of one such query).
 */
export function catalogAttributesStatement(): CatalogStatement {
  const rows = CATALOG_COLUMNS.flatMap(([relid, columns]) =>
    columns.split(' ').map((column, index) => {
      const [name = '', type = '', length = '', flags = '', collation = '', dimensions = ''] =
        column.split(':');
      const [byval, align, storage, notnull] = [...flags];
      const acl = PUBLIC_READ_COLUMNS.has(relid) && name !== 'subconninfo' ? "'{=r/postgres}'" : 'NULL';
      return `(${relid}::pg_catalog.oid, '${name}'::pg_catalog.name, ${type}::pg_catalog.oid, ${length}::pg_catalog.int2, ${index + 1}::pg_catalog.int2, ${dimensions}::pg_catalog.int4, ${byval === 't'}, '${align}'::pg_catalog."char", '${storage}'::pg_catalog."char", ${notnull === 't'}, ${collation}::pg_catalog.oid, ${acl}::pg_catalog.aclitem[])`;
    }),
  );
  return {
    text: `CREATE OR REPLACE FUNCTION ${CATALOG_ATTRIBUTES_FUNCTION}
      RETURNS TABLE (attrelid oid, attname name, atttypid oid, attlen int2, attnum int2, attndims int4,
        attbyval boolean, attalign "char", attstorage "char", attnotnull boolean, attcollation oid, attacl aclitem[])
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ BEGIN RETURN QUERY VALUES ${rows.join(', ')}; END $$`,
    params: [],
  };
}
