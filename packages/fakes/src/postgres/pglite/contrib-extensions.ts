import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { withPg15Crypt } from './pg15-pgcrypto.js';

/**
 * The contrib extensions PGlite ships (a `.tar.gz` bundle each beside its entry point) that answer
 * as a PostgreSQL 15 server's contrib package does, with the version `CREATE EXTENSION` installs
 * there: PGlite's control files name 18's newer versions (pgcrypto 1.4, btree_gist 1.8), and its
 * bundles keep the older install scripts, so the server's version is installed instead.
 *
 * PGlite would load a bundle given in its `extensions` option, but at every start and eagerly
 * (about 250 ms of CPU for each one: its library is compiled then). Here only the files are put in
 * its file system, and PostgreSQL loads a library when `CREATE EXTENSION` first needs it, so an
 * unused extension costs the start a file write. Left out, and refused as not available:
 * - citext, pg_trgm, ltree, unaccent: they lower and classify characters with the C library,
 *   where PGlite's (musl) differs from the server's glibc (pg15-ctype.ts), from inside C code the
 *   fake's replaced SQL functions do not reach;
 * - the inspection ones (amcheck, pageinspect, pg_buffercache...): pages and buffers of another build;
 * - pg_stat_statements (needs shared_preload_libraries), file_fdw (reads the host's files).
 */
export const PG15_CONTRIB_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['autoinc', '1.0'],
  ['bloom', '1.0'],
  ['btree_gin', '1.3'],
  ['btree_gist', '1.7'],
  ['cube', '1.5'],
  ['dict_int', '1.0'],
  ['dict_xsyn', '1.0'],
  ['earthdistance', '1.1'],
  ['fuzzystrmatch', '1.1'],
  ['hstore', '1.8'],
  ['insert_username', '1.0'],
  ['intarray', '1.5'],
  ['isn', '1.2'],
  ['lo', '1.1'],
  ['moddatetime', '1.0'],
  ['pgcrypto', '1.3'],
  ['refint', '1.0'],
  ['seg', '1.4'],
  ['tablefunc', '1.0'],
  ['tcn', '1.0'],
  ['tsm_system_rows', '1.0'],
  ['tsm_system_time', '1.0'],
  ['uuid-ossp', '1.1'],
]);

/** Extensions PGlite ships that the fake withholds because their answers would differ, and why. */
export const WITHHELD_CONTRIB: ReadonlyMap<string, string> = new Map(
  ['citext', 'pg_trgm', 'ltree', 'unaccent'].map((name) => [
    name,
    "PGlite's copy maps and classifies characters with its C library (musl), which differs from a PostgreSQL 15 server's (glibc)",
  ]),
);

/**
 * The extensions a PostgreSQL 15 server's contrib package has that the fake's cluster does not
 * (withheld above, or not shipped by PGlite): name, default version and comment as
 * `pg_available_extensions` lists them on the server, so the fake lists them too; `CREATE
 * EXTENSION` of one is refused loudly (pg15-errors.ts).
 */
export const SERVER_ONLY_EXTENSIONS: readonly (readonly [name: string, version: string, comment: string])[] =
  [
    ['adminpack', '2.1', 'administrative functions for PostgreSQL'],
    ['amcheck', '1.3', 'functions for verifying relation integrity'],
    ['citext', '1.6', 'data type for case-insensitive character strings'],
    ['dblink', '1.2', 'connect to other PostgreSQL databases from within a database'],
    ['file_fdw', '1.0', 'foreign-data wrapper for flat file access'],
    ['intagg', '1.1', 'integer aggregator and enumerator (obsolete)'],
    ['ltree', '1.2', 'data type for hierarchical tree-like structures'],
    ['old_snapshot', '1.0', 'utilities in support of old_snapshot_threshold'],
    ['pageinspect', '1.11', 'inspect the contents of database pages at a low level'],
    ['pg_buffercache', '1.3', 'examine the shared buffer cache'],
    ['pg_freespacemap', '1.2', 'examine the free space map (FSM)'],
    ['pg_prewarm', '1.2', 'prewarm relation data'],
    ['pg_stat_statements', '1.10', 'track planning and execution statistics of all SQL statements executed'],
    ['pg_surgery', '1.0', 'extension to perform surgery on a damaged relation'],
    ['pg_trgm', '1.6', 'text similarity measurement and index searching based on trigrams'],
    ['pg_visibility', '1.2', 'examine the visibility map (VM) and page-level visibility info'],
    ['pg_walinspect', '1.0', 'functions to inspect contents of PostgreSQL Write-Ahead Log'],
    ['pgrowlocks', '1.2', 'show row-level locking information'],
    ['pgstattuple', '1.5', 'show tuple-level statistics'],
    ['postgres_fdw', '1.1', 'foreign-data wrapper for remote PostgreSQL servers'],
    ['sslinfo', '1.2', 'information about SSL certificates'],
    ['unaccent', '1.1', 'text search dictionary that removes accents'],
    ['xml2', '1.1', 'XPath querying and XSLT'],
  ];

/** The bundles holding them: the spi one holds four (autoinc, insert_username, moddatetime, refint). */
const BUNDLES = [
  ...new Set(
    [...PG15_CONTRIB_VERSIONS.keys()].map((name) =>
      ['autoinc', 'insert_username', 'moddatetime', 'refint'].includes(name) ? 'spi' : name,
    ),
  ),
];

export interface TarEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

/** The regular files of an uncompressed tar archive (ustar: a 512-byte header, then the data padded to 512). */
export function untar(archive: Uint8Array): TarEntry[] {
  const decoder = new TextDecoder();
  const field = (at: number, from: number, to: number): string =>
    decoder.decode(archive.subarray(at + from, at + to)).replace(/\0.*$/s, '');
  const entries: TarEntry[] = [];
  for (let at = 0; at + 512 <= archive.length; ) {
    const name = field(at, 0, 100);
    if (!name) break;
    const size = Number.parseInt(field(at, 124, 136).trim() || '0', 8);
    const type = field(at, 156, 157);
    const prefix = field(at, 345, 500);
    if (type === '0' || type === '')
      entries.push({
        path: prefix ? `${prefix}/${name}` : name,
        data: archive.slice(at + 512, at + 512 + size),
      });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** A control file installing `version` by default (the server's), the rest as PGlite wrote it. */
export function withDefaultVersion(control: string, version: string): string {
  return control.replace(/^default_version\s*=.*$/m, `default_version = '${version}'`);
}

/**
 * The extension an install or update script is of and the version it installs (`hstore--1.4.sql`:
 * 1.4; `pgcrypto--1.3--1.4.sql`: 1.4), or undefined for another file.
 */
export function scriptTarget(path: string): { readonly name: string; readonly version: string } | undefined {
  const match = /^share\/postgresql\/extension\/(.+?)--([^-/]+)(?:--([^-/]+))?\.sql$/.exec(path);
  const [, name, from, to] = match ?? [];
  return name === undefined || from === undefined ? undefined : { name, version: to ?? from };
}

/** True when `version` (dotted numbers, as contrib's are) comes after `than`. */
export function isLaterVersion(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/**
 * Keeps a bundle's file unless it is a script installing a version later than the server's: with
 * 18's `pgcrypto--1.3--1.4.sql` in place, `pg_available_extension_versions` and
 * `pg_extension_update_paths` would list 1.4 and `CREATE EXTENSION pgcrypto VERSION '1.4'` would
 * install it, where a 15 server has no such version (22023).
 */
export function isPg15File(path: string): boolean {
  const script = scriptTarget(path);
  const server = script && PG15_CONTRIB_VERSIONS.get(script.name);
  return server === undefined || script === undefined || !isLaterVersion(script.version, server);
}

/**
 * An install or update script with a statement appended that makes the extension's array types
 * members of the extension only through their element type, as on a 15 server: 16 records each
 * array type an extension script creates (`_hstore`, `_cube`) as an extension member of its own,
 * so `pg_depend` would list twice as many member types. The array still goes with its element
 * type (its internal dependency), so DROP EXTENSION drops both as before.
 */
export function withPg15ArrayMembership(script: string, name: string): string {
  const extension = name.replaceAll("'", "''");
  return `${script}
-- Seams fake: PostgreSQL 15 records no extension membership for an array type (contrib-extensions.ts).
DELETE FROM pg_catalog.pg_depend d USING pg_catalog.pg_type t
 WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = t.oid AND d.deptype = 'e'
   AND d.refobjid = (SELECT x.oid FROM pg_catalog.pg_extension x WHERE x.extname = '${extension}')
   AND EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.typarray = t.oid);
`;
}

/** The files to write, read once per process (the bundles are the same for every start). */
let files: Promise<TarEntry[]> | undefined;

function contribFiles(): Promise<TarEntry[]> {
  files ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const bundles = await Promise.all(
      BUNDLES.map(async (bundle) => untar(gunzipSync(await readFile(join(dist, `${bundle}.tar.gz`))))),
    );
    const encoder = new TextEncoder();
    return bundles.flat().flatMap((entry): TarEntry[] => {
      if (!isPg15File(entry.path)) return [];
      const script = scriptTarget(entry.path);
      if (script !== undefined) {
        const decoded = new TextDecoder().decode(entry.data);
        const text = withPg15ArrayMembership(
          script.name === 'pgcrypto' ? withPg15Crypt(decoded) : decoded,
          script.name,
        );
        return [{ path: entry.path, data: encoder.encode(text) }];
      }
      const control = /^share\/postgresql\/extension\/([^/]+)\.control$/.exec(entry.path)?.[1];
      if (control === undefined) return [entry];
      const version = PG15_CONTRIB_VERSIONS.get(control);
      if (version === undefined) return [];
      const text = withDefaultVersion(new TextDecoder().decode(entry.data), version);
      return [{ path: entry.path, data: encoder.encode(text) }];
    });
  })().catch((error: unknown) => {
    files = undefined;
    throw error;
  });
  return files;
}

/** The slice of PGlite's emscripten module used here (`mod` is not in its typings). */
interface PgliteFileSystem {
  readonly WASM_PREFIX?: string;
  readonly FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: Uint8Array): void;
  };
}

/**
 * Puts the extensions above in a started PGlite's installation directory. A PGlite whose module is
 * not where this looks (another build) is left as it is: `CREATE EXTENSION` is then refused loudly.
 */
export async function installContribExtensions(db: object): Promise<void> {
  const mod = (db as { mod?: PgliteFileSystem }).mod;
  if (!mod?.FS) return;
  const root = mod.WASM_PREFIX ?? '/pglite';
  const made = new Set<string>();
  for (const { path, data } of await contribFiles()) {
    const target = `${root}/${path}`;
    const dir = target.slice(0, target.lastIndexOf('/'));
    if (!made.has(dir)) {
      mod.FS.mkdirTree(dir);
      made.add(dir);
    }
    mod.FS.writeFile(target, data);
  }
}
