import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { installContribExtensions } from './contrib-extensions.js';
import { loadPglite } from './load-pglite.js';
import { withMicrosecondClock } from './microsecond-clock.js';
import { PG15_PREPARED, pg15CatalogStatements, pg15CatalogVersion } from './pg15-catalog.js';
import { installSystemZones } from './pg15-zone-data.js';
import { type PgliteWasmModule, pgliteWasmModule } from './pglite-wasm.js';

// initdb is three quarters of a PGlite start (8 s fresh against 2 s from a saved cluster on a busy
// 2-core machine), and its output is the same for every start of one PGlite build: so the first
// start saves it (gzip, about 4.5 MiB) and later ones, in any process, load it. Only the empty
// cluster is kept, never a migrated one: a migration edited between runs cannot be served stale.
// The cluster is saved with the catalog already made to look like PostgreSQL 15's (pg15-catalog.ts,
// a second or more of a start on that machine): the file is named after those statements too, so
// a changed catalog step never loads a cluster made by an older one.

/** Where saved clusters live: `SEAMS_PGLITE_CACHE_DIR`, `off` to always run initdb. */
export function initdbCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.SEAMS_PGLITE_CACHE_DIR;
  if (configured === 'off') return undefined;
  return configured || join(tmpdir(), 'seams-pglite-cache');
}

/** Saved clusters of other PGlite builds older than this are deleted when a new one is saved. */
const STALE_MS = 7 * 24 * 3_600_000;

/** Saved clusters already read by this process, by file. */
const inProcess = new Map<string, Promise<Blob | undefined>>();

/** What the cache needs of PGlite's class: `create`, and a started instance's `dumpDataDir`. */
export interface PgliteClass<Instance extends { dumpDataDir(compression: 'gzip'): Promise<Blob> }> {
  create(options?: {
    loadDataDir?: Blob;
    startParams?: string[];
    pgliteWasmModule?: PgliteWasmModule;
  }): Promise<Instance>;
}

/**
 * A new, empty PGlite: loaded from the cluster saved by an earlier start of the same PGlite build
 * when there is one, else initialised afresh and saved for the next start. A saved cluster that
 * does not load (truncated, or refused by PostgreSQL's own version checks) is deleted and replaced.
 */
export function createPglite(cacheDir = initdbCacheDir()): Promise<PGlite> {
  // now() and every timestamp default in microseconds, as PostgreSQL's (microsecond-clock.ts).
  return withMicrosecondClock(() => startPglite(cacheDir));
}

async function startPglite(cacheDir: string | undefined): Promise<PGlite> {
  const { PGlite } = await loadPglite();
  const wasmModule = await pgliteWasmModule();
  if (cacheDir) {
    const db = await createThroughCache<PGlite>(
      PGlite,
      cacheDir,
      { variant: `pg15-${pg15CatalogVersion()}`, prepare: makePg15Catalog },
      wasmModule,
    );
    PG15_PREPARED.add(db);
    await installContribExtensions(db);
    await installSystemZones(db);
    return db;
  }
  const startParams = pgliteStartParams(PGlite);
  const db = await PGlite.create({
    ...(startParams && { startParams }),
    ...(wasmModule && { pgliteWasmModule: wasmModule }),
  });
  await installContribExtensions(db);
  await installSystemZones(db);
  return db;
}

/** Runs the catalog statements on a new cluster, before it is saved (see pglite-engine.ts for the engine's own run). */
async function makePg15Catalog(db: PGlite): Promise<void> {
  for (const { text, params } of pg15CatalogStatements()) await db.query(text, [...params]);
}

/** Work done on a fresh cluster before it is saved, and the name of the clusters it makes. */
export interface ClusterPreparation<Instance> {
  readonly variant: string;
  readonly prepare: (instance: Instance) => Promise<void>;
}

/** `createPglite` for any class shaped like PGlite's (its tests use one that starts nothing). */
export async function createThroughCache<
  Instance extends { dumpDataDir(compression: 'gzip'): Promise<Blob> },
>(
  pglite: PgliteClass<Instance>,
  cacheDir: string,
  preparation?: ClusterPreparation<Instance>,
  wasmModule?: PgliteWasmModule,
): Promise<Instance> {
  const file = await initdbCacheFile(cacheDir, preparation?.variant);
  let reading = inProcess.get(file);
  if (!reading) {
    reading = readFile(file).then(
      (bytes) => new Blob([bytes]),
      () => undefined,
    );
    inProcess.set(file, reading);
  }
  const saved = await reading;
  const startParams = pgliteStartParams(pglite);
  const compiled = wasmModule && { pgliteWasmModule: wasmModule };
  if (saved && startParams) {
    try {
      return await pglite.create({ loadDataDir: saved, startParams, ...compiled });
    } catch {
      inProcess.delete(file);
      await rm(file, { force: true });
    }
  }
  const db = await pglite.create({ ...(startParams && { startParams }), ...compiled });
  await preparation?.prepare(db);
  const dump = await db.dumpDataDir('gzip');
  inProcess.set(file, Promise.resolve(dump));
  await save(file, dump).catch(() => {
    // A cache that cannot be written (read-only or full disk) costs the next start its initdb, nothing else.
  });
  return db;
}

/** The locale of a stock server's cluster (Debian's packages, the official images): 15 shows it as lc_collate too. */
export const SERVER_LOCALE = 'C.UTF-8';

/**
 * Where PGlite's settings differ from a stock PostgreSQL server's in what a client can see, the
 * server's: `SHOW TimeZone` says `Etc/UTC` (as Debian's packages and the official images do, not
 * PGlite's `UTC`), `SHOW search_path` its default, and the locale categories C.UTF-8, not C.
 * PGlite starts with `-O` (allow_system_table_mods, which initdb needs): left on, `CREATE SCHEMA
 * pg_x`, a table in pg_catalog and DDL on the catalogs succeed where a server refuses them (42939,
 * 42501), so it is turned off again for the clients' statements.
 */
const SERVER_SETTINGS = [
  'TimeZone=Etc/UTC',
  // 15's defaults; 18 raised both to 16.
  'effective_io_concurrency=1',
  'maintenance_io_concurrency=10',
  'search_path="$user", public',
  `lc_messages=${SERVER_LOCALE}`,
  `lc_monetary=${SERVER_LOCALE}`,
  `lc_numeric=${SERVER_LOCALE}`,
  `lc_time=${SERVER_LOCALE}`,
  'allow_system_table_mods=off',
  // Planner steps 16 to 18 added, each with a setting to turn it off: they change EXPLAIN's plans
  // and the order of rows a query leaves unordered (GROUP BY keys reordered, presorted aggregate
  // input, self-joins removed, DISTINCT keys reordered). Off, the plans are 15's. The settings are
  // unknown to 15, so clients cannot see or change them (pg15-settings.ts).
  'enable_presorted_aggregate=off',
  'enable_group_by_reordering=off',
  'enable_self_join_elimination=off',
  'enable_distinct_reordering=off',
];

/**
 * PGlite's own start parameters plus the server's settings above, and one more: a loaded cluster
 * starts as after a crash, and PostgreSQL arms its startup progress timer
 * (`log_startup_progress_interval`, 10 s) for the recovery, which emscripten leaves pending and
 * which then keeps the process alive after its work is done. Without PGlite's defaults to extend
 * (an undocumented static), a saved cluster is not loaded at all and a fresh one starts as PGlite's.
 */
function pgliteStartParams(pglite: object): string[] | undefined {
  const defaults: unknown = (pglite as { defaultStartParams?: unknown }).defaultStartParams;
  if (!Array.isArray(defaults) || !defaults.every((param): param is string => typeof param === 'string'))
    return undefined;
  const settings = ['log_startup_progress_interval=0', ...SERVER_SETTINGS].flatMap((setting) => [
    '-c',
    setting,
  ]);
  return [...defaults, ...settings];
}

/** The saved cluster of the installed PGlite version (and `variant` of preparation) in `cacheDir`. */
export async function initdbCacheFile(cacheDir: string, variant?: string): Promise<string> {
  return join(cacheDir, `initdb-${await pgliteBuild()}${variant ? `-${variant}` : ''}.tar.gz`);
}

/** Written under a temporary name and renamed, so a parallel start never reads half a file. */
async function save(file: string, dump: Blob): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, file);
  await sweep(dirname(file), file);
}

async function sweep(dir: string, kept: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (path === kept || !name.startsWith('initdb-')) continue;
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}

let build: Promise<string> | undefined;

/** The installed PGlite's version: another version never loads this one's cluster. */
function pgliteBuild(): Promise<string> {
  build ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    let dir = dirname(entry);
    for (;;) {
      const manifest = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
      if (manifest) {
        const { name, version } = JSON.parse(manifest) as { name?: string; version?: string };
        if (name === '@electric-sql/pglite') return version ?? 'unknown';
      }
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  })();
  return build;
}
