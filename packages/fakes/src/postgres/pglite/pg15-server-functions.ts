import type { CatalogStatement } from './pg15-catalog.js';

// A literal, not pg15-catalog's constant: that module imports this one (as pg15-ctype.ts does).
const PREFIX = 'pglite18_';

/**
 * The generic file access functions (docs 9.27.9). They read the fake's own data directory, an
 * 18 cluster in PGlite's memory file system, not a PostgreSQL 15 server's: `pg_read_file('PG_VERSION')`
 * says 18, `pg_ls_dir('.')` lists other entries. Each is refused wherever it is called (a view, a
 * user's function), with NULL still answering NULL as the built-ins are strict.
 */
const SERVER_FILE_SIGNATURES = [
  'pg_ls_dir(text)',
  'pg_ls_dir(text,boolean,boolean)',
  'pg_ls_logdir()',
  'pg_ls_waldir()',
  'pg_ls_tmpdir()',
  'pg_ls_tmpdir(oid)',
  'pg_ls_archive_statusdir()',
  'pg_ls_logicalsnapdir()',
  'pg_ls_logicalmapdir()',
  'pg_ls_replslotdir(text)',
  'pg_read_file(text)',
  'pg_read_file(text,bigint,bigint)',
  'pg_read_file(text,bigint,bigint,boolean)',
  'pg_read_binary_file(text)',
  'pg_read_binary_file(text,bigint,bigint)',
  'pg_read_binary_file(text,bigint,bigint,boolean)',
  'pg_stat_file(text)',
  'pg_stat_file(text,boolean)',
];

/**
 * Server-state functions whose PGlite answer is its single-user backend's, not a server's (and
 * one whose signature 18 changed):
 * `pg_reload_conf()` fails to signal a postmaster PGlite does not have (false), where a server
 * signals its own (true); `pg_last_wal_replay_lsn()` reports the WAL PGlite replayed loading its
 * cluster, where a server started normally has replayed none (NULL).
 */
const SERVER_STATE_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_reload_conf() RETURNS boolean LANGUAGE sql VOLATILE PARALLEL SAFE
      AS $$ SELECT true $$`,
    params: [],
  },
  // 18 takes the object's id as bigint (pg_stat_have_stats(text, oid, bigint)); 15's third
  // argument is an oid, so a call with an oid there finds no function on 18.
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_stat_have_stats(text, oid, oid) RETURNS boolean
      LANGUAGE sql VOLATILE STRICT PARALLEL RESTRICTED
      AS $$ SELECT pg_catalog.${PREFIX}pg_stat_have_stats($1, $2, $3::pg_catalog.int8) $$`,
    params: [],
  },
  // 15 revokes it from PUBLIC; the stand-in's arguments differ from the renamed built-in's, so
  // STAND_IN_PRIVILEGES_STATEMENT does not match them up.
  {
    text: 'REVOKE EXECUTE ON FUNCTION pg_catalog.pg_stat_have_stats(text, oid, oid) FROM PUBLIC',
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_last_wal_replay_lsn() RETURNS pg_lsn LANGUAGE sql VOLATILE PARALLEL SAFE
      AS $$ SELECT NULL::pg_catalog.pg_lsn $$`,
    params: [],
  },
];

/** The built-ins this module stands in for (a PL/pgSQL frame of one is the fake's: pg15-wrapper-frames.ts). */
export const SERVER_REPLACED_SIGNATURES: readonly string[] = [
  ...SERVER_FILE_SIGNATURES,
  'pg_reload_conf()',
  'pg_last_wal_replay_lsn()',
  'pg_stat_have_stats(text,oid,bigint)',
  // 15's signature, which the stand-in has (no built-in of it to rename on 18).
  'pg_stat_have_stats(text,oid,oid)',
];

const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export const SERVER_FILE_REFUSAL =
  "reads the fake's own data directory (PGlite's in-memory PostgreSQL 18 cluster), not a PostgreSQL 15 server's, so the fake refuses it: run this test on the real server";

/**
 * The statements: the built-ins renamed (internal ones only, so a second run renames nothing),
 * then a refusing stand-in for each file function with the renamed one's arguments, result and
 * strictness, and the server-state ones.
 */
export function pg15ServerFunctionStatements(): CatalogStatement[] {
  const rename: CatalogStatement = {
    text: `UPDATE pg_catalog.pg_proc SET proname = $1 OPERATOR(pg_catalog.||) proname
      WHERE oid IN (SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS s)
        AND prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'internal')`,
    params: [PREFIX, JSON.stringify(SERVER_REPLACED_SIGNATURES)],
  };
  // Built from each renamed original, so the stand-in's OUT columns (pg_ls_waldir's name, size,
  // modification...) and SETOF are the built-in's own.
  const refusals: CatalogStatement = {
    // A DO block takes no parameters: its values are written in as literals.
    text: `DO $do$
      DECLARE
        f record;
      BEGIN
        FOR f IN
          SELECT p.oid, pg_catalog.substr(p.proname, ${PREFIX.length + 1}) AS name, p.proisstrict
          FROM pg_catalog.pg_proc p
          WHERE p.oid IN (SELECT pg_catalog.to_regprocedure('${PREFIX}' OPERATOR(pg_catalog.||) s)
            FROM pg_catalog.jsonb_array_elements_text(${literal(JSON.stringify(SERVER_FILE_SIGNATURES))}::jsonb) AS s)
        LOOP
          EXECUTE pg_catalog.format(
            'CREATE OR REPLACE FUNCTION pg_catalog.%I(%s) RETURNS %s LANGUAGE plpgsql VOLATILE %s AS $f$ BEGIN RAISE EXCEPTION USING ERRCODE = %L, MESSAGE = %L; END $f$',
            f.name, pg_catalog.pg_get_function_arguments(f.oid), pg_catalog.pg_get_function_result(f.oid),
            CASE WHEN f.proisstrict THEN 'STRICT' ELSE 'CALLED ON NULL INPUT' END,
            '0A000', f.name OPERATOR(pg_catalog.||) '() ' OPERATOR(pg_catalog.||) ${literal(SERVER_FILE_REFUSAL)});
        END LOOP;
      END $do$`,
    params: [],
  };
  return [rename, refusals, ...SERVER_STATE_STATEMENTS];
}

/**
 * Each stand-in for a built-in (this module's, pg15-catalog.ts's, pg15-ctype.ts's) takes the
 * built-in's privileges: a new function is executable by PUBLIC, where 15 revokes some built-ins
 * from it (`pg_reload_conf`, `pg_read_file`: a role without the grant gets 42501). Run last, once
 * every stand-in exists.
 */
export const STAND_IN_PRIVILEGES_STATEMENT: CatalogStatement = {
  text: `UPDATE pg_catalog.pg_proc p SET proacl = h.proacl
    FROM pg_catalog.pg_proc h
    WHERE p.pronamespace OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace
      AND h.pronamespace OPERATOR(pg_catalog.=) p.pronamespace
      AND h.proname OPERATOR(pg_catalog.=) ($1 OPERATOR(pg_catalog.||) p.proname)
      AND h.proargtypes OPERATOR(pg_catalog.=) p.proargtypes
      AND p.proacl IS DISTINCT FROM h.proacl`,
  params: [PREFIX],
};
