import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PostgreSQL 15 as Debian, Ubuntu and the official images ship it is built --with-system-tzdata:
 * it reads the system's tz database (/usr/share/zoneinfo), where PGlite reads the copy compiled into
 * its bundle. The two disagree beyond the zone names: since tzdata 2024b the bundled `EST`, `MST`,
 * `HST` are links to America/Panama, Phoenix, Honolulu and `CET`, `EET`, `MET`, `WET` to Brussels,
 * Athens, Brussels, Lisbon (with their local mean time before 1900), where Debian's keep the fixed
 * offsets; Debian's keeps the history of zones merged since 2022 (Europe/Amsterdam at +00:19:32 in
 * 1900, not Brussels'); and Debian's has the `posix/` copies, `posixrules` and `localtime`, which
 * `SET TIME ZONE` takes and pg_timezone_names lists. A PGlite is given the system's database in place
 * of its own, so that zone names, offsets and abbreviations read as the server's on the same machine.
 */
const SYSTEM_ZONE_DIR = process.env.TZDIR ?? '/usr/share/zoneinfo';

/** PostgreSQL's own bound on the depth of the zone directory it walks (MAX_TZDIR_DEPTH). */
const MAX_DEPTH = 10;

/** Every compiled zone file (TZif) starts with these four bytes; the tables beside them do not. */
const TZIF_MAGIC = [0x54, 0x5a, 0x69, 0x66];

export interface ZoneFile {
  /** The zone's name: its path under the zone directory. */
  readonly path: string;
  readonly data: Uint8Array;
}

const isZoneFile = (data: Uint8Array): boolean => TZIF_MAGIC.every((byte, at) => data[at] === byte);

/**
 * The zone files of the tz database in `dir` by name, a link read as the file it names (as the
 * server's stat() does); empty when there is none or it has no UTC (not a tz database).
 */
export async function readZoneFiles(dir: string): Promise<ZoneFile[]> {
  const files: ZoneFile[] = [];
  const walk = async (relative: string, depth: number): Promise<void> => {
    const names = await readdir(join(dir, relative)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      // `right/` (zones counting leap seconds) is kept: PostgreSQL refuses them itself, in its words.
      if (name.startsWith('.')) continue;
      const path = relative ? `${relative}/${name}` : name;
      const info = await stat(join(dir, path)).catch(() => undefined);
      if (info?.isDirectory()) {
        if (depth + 1 < MAX_DEPTH) await walk(path, depth + 1);
      } else if (info?.isFile()) {
        const data = new Uint8Array(await readFile(join(dir, path)));
        if (isZoneFile(data)) files.push({ path, data });
      }
    }
  };
  await walk('', 0);
  return files.some((file) => file.path === 'UTC' || file.path === 'Etc/UTC') ? files : [];
}

/** The system's zone files, read once per process (the same for every start). */
let systemZones: Promise<ZoneFile[]> | undefined;

/** The slice of PGlite's emscripten module used here (`mod` is not in its typings). */
interface PgliteZoneFileSystem {
  readonly WASM_PREFIX?: string;
  readonly FS: {
    readdir(path: string): string[];
    isDir(mode: number): boolean;
    stat(path: string): { mode: number };
    unlink(path: string): void;
    rmdir(path: string): void;
    mkdirTree(path: string): void;
    writeFile(path: string, data: Uint8Array): void;
  };
}

function removeTree(fs: PgliteZoneFileSystem['FS'], dir: string): void {
  for (const name of fs.readdir(dir)) {
    if (name === '.' || name === '..') continue;
    const path = `${dir}/${name}`;
    if (fs.isDir(fs.stat(path).mode)) {
      removeTree(fs, path);
      fs.rmdir(path);
    } else fs.unlink(path);
  }
}

/**
 * Replaces a started PGlite's zone directory with the system's tz database, before any session
 * zone but the startup one (Etc/UTC, the same in both) is loaded. A machine without one, or a
 * PGlite whose module is not where this looks, keeps PGlite's own.
 */
export async function installSystemZones(db: object, dir = SYSTEM_ZONE_DIR): Promise<void> {
  const mod = (db as { mod?: PgliteZoneFileSystem }).mod;
  if (!mod?.FS) return;
  if (dir === SYSTEM_ZONE_DIR) systemZones ??= readZoneFiles(dir).catch(() => []);
  const zones = await (dir === SYSTEM_ZONE_DIR && systemZones ? systemZones : readZoneFiles(dir));
  if (zones.length === 0) return;
  const root = `${mod.WASM_PREFIX ?? '/pglite'}/share/postgresql/timezone`;
  removeTree(mod.FS, root);
  const made = new Set<string>([root]);
  for (const { path, data } of zones) {
    const target = `${root}/${path}`;
    const parent = target.slice(0, target.lastIndexOf('/'));
    if (!made.has(parent)) {
      mod.FS.mkdirTree(parent);
      made.add(parent);
    }
    mod.FS.writeFile(target, data);
  }
}
