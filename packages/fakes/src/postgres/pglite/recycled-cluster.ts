import type { PGlite } from '@electric-sql/pglite';
import { DROP_RESET_OBJECTS } from './table-reset.js';

// Starting a PGlite costs seconds of CPU (a third of it the kernel's, zeroing the instance's
// hundreds of MiB) and a worker meets a new schema with most test files: a PGlite the last lease is
// done with is emptied instead, and used again only when nothing distinguishes it from a new start.
// What makes that checkable: every object a statement creates takes an OID past the last one a new
// cluster holds, and what statements change of the objects a new cluster already holds (grants,
// owners, comments, settings, roles) is read into a fingerprint.

/** A just-started cluster's last OID and fingerprint, to check an emptied one against. */
export interface FreshCluster {
  readonly lastOid: string;
  readonly fingerprint: string;
}

/** Every catalog with OIDs, one row per object: built from the catalog itself, so none is missed. */
const OID_CATALOGS = `SELECT pg_catalog.string_agg(pg_catalog.format('SELECT %L::text AS catalog, oid FROM pg_catalog.%I', c.relname, c.relname), ' UNION ALL ' ORDER BY c.relname) AS objects
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'oid' AND a.attnum > 0
  WHERE c.relnamespace = 'pg_catalog'::pg_catalog.regnamespace AND c.relkind = 'r'`;

/**
 * What statements can change without making an object: the schemas (the public schema is made
 * again by its OID-less row), roles and memberships, databases and tablespaces, per-role and
 * per-database settings, every setting's value, and the owner, name, grants and settings of the
 * new cluster's functions, relations and types, comments included. `$1` is the cluster's last OID.
 */
const FINGERPRINT = `SELECT pg_catalog.md5(pg_catalog.string_agg(line, E'\\n' ORDER BY line)) AS fingerprint FROM (
  SELECT 'schema ' || nspname || ' ' || nspowner || ' ' || COALESCE(nspacl::text, '-') || ' ' || COALESCE(pg_catalog.obj_description(oid, 'pg_namespace'), '-') AS line FROM pg_catalog.pg_namespace
  UNION ALL SELECT 'role ' || r::text FROM pg_catalog.pg_authid r
  UNION ALL SELECT 'member ' || m::text FROM pg_catalog.pg_auth_members m
  UNION ALL SELECT 'database ' || d::text FROM pg_catalog.pg_database d
  UNION ALL SELECT 'tablespace ' || t::text FROM pg_catalog.pg_tablespace t
  UNION ALL SELECT 'settings ' || s::text FROM pg_catalog.pg_db_role_setting s
  UNION ALL SELECT 'setting ' || name || '=' || COALESCE(setting, '-') || ' ' || source FROM pg_catalog.pg_settings
  UNION ALL SELECT 'function ' || oid || ' ' || proname || ' ' || pronamespace || ' ' || proowner || ' ' || COALESCE(proacl::text, '-') || ' ' || COALESCE(proconfig::text, '-') FROM pg_catalog.pg_proc WHERE oid <= $1::pg_catalog.oid
  UNION ALL SELECT 'relation ' || oid || ' ' || relname || ' ' || relnamespace || ' ' || relowner || ' ' || COALESCE(relacl::text, '-') FROM pg_catalog.pg_class WHERE oid <= $1::pg_catalog.oid
  UNION ALL SELECT 'column ' || attrelid || ' ' || attnum || ' ' || attacl::text FROM pg_catalog.pg_attribute WHERE attacl IS NOT NULL
  UNION ALL SELECT 'type ' || oid || ' ' || typname || ' ' || typnamespace || ' ' || typowner || ' ' || COALESCE(typacl::text, '-') FROM pg_catalog.pg_type WHERE oid <= $1::pg_catalog.oid
  UNION ALL SELECT 'language ' || l::text FROM pg_catalog.pg_language l
  UNION ALL SELECT 'comment ' || d::text FROM pg_catalog.pg_description d WHERE d.classoid <> 'pg_catalog.pg_namespace'::pg_catalog.regclass
  UNION ALL SELECT 'shared comment ' || d::text FROM pg_catalog.pg_shdescription d
) lines`;

// Drops every schema a client can make (with everything in them), then makes the public schema as
// initdb does: owned by pg_database_owner, usable by everyone, with its comment.
const EMPTY = `DO $$
  DECLARE s text;
  BEGIN
    FOR s IN SELECT nspname FROM pg_catalog.pg_namespace
             WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
      EXECUTE pg_catalog.format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
  END $$;
  CREATE SCHEMA public AUTHORIZATION pg_database_owner;
  GRANT USAGE ON SCHEMA public TO PUBLIC;
  COMMENT ON SCHEMA public IS 'standard public schema'`;

async function oidCatalogs(db: PGlite): Promise<string> {
  const { rows } = await db.query<{ objects: string }>(OID_CATALOGS);
  const objects = rows[0]?.objects;
  if (!objects) throw new Error('fake postgres: PGlite lists no catalog with OIDs');
  return objects;
}

async function fingerprint(db: PGlite, lastOid: string): Promise<string> {
  const { rows } = await db.query<{ fingerprint: string }>(FINGERPRINT, [lastOid]);
  return rows[0]?.fingerprint ?? '';
}

/** Reads a just-started PGlite, before any client statement. */
export async function readFreshCluster(db: PGlite): Promise<FreshCluster> {
  // PL/pgSQL's settings exist once its library is loaded, which the first DO block of any lease does.
  await db.exec('DO $$ BEGIN END $$');
  const { rows } = await db.query<{ last: string }>(
    `SELECT pg_catalog.max(oid)::pg_catalog.text AS last FROM (${await oidCatalogs(db)}) objects`,
  );
  const lastOid = rows[0]?.last;
  if (!lastOid) throw new Error('fake postgres: PGlite holds no object with an OID');
  return { lastOid, fingerprint: await fingerprint(db, lastOid) };
}

/**
 * Empties a PGlite some lease is done with and says whether it is now as `fresh` was: no object
 * past its last OID but the public schema, the same fingerprint, the session idle with its settings
 * reset. On false (or a throw) the caller closes it and starts another.
 */
export async function emptyCluster(db: PGlite, fresh: FreshCluster): Promise<boolean> {
  // A lease may end inside a transaction, or a failed one; outside one, ROLLBACK only warns.
  await db.exec('ROLLBACK');
  await db.exec('DISCARD ALL');
  await db.exec(DROP_RESET_OBJECTS);
  await db.exec(EMPTY);
  const { rows } = await db.query<{ catalog: string }>(
    `SELECT catalog FROM (${await oidCatalogs(db)}) objects
      WHERE oid > $1::pg_catalog.oid AND NOT (catalog = 'pg_namespace' AND oid = 'public'::pg_catalog.regnamespace)
      LIMIT 1`,
    [fresh.lastOid],
  );
  if (rows.length > 0) return false;
  return (await fingerprint(db, fresh.lastOid)) === fresh.fingerprint;
}
