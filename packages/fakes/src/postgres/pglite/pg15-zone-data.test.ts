import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { installSystemZones, readZoneFiles } from './pg15-zone-data.js';

const TZIF = (text: string) => new TextEncoder().encode(`TZif${text}`);

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function zoneDir(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'zones-'));
  await mkdir(join(dir, 'Etc'));
  await mkdir(join(dir, 'posix'));
  await mkdir(join(dir, 'right'));
  await writeFile(join(dir, 'Etc', 'UTC'), TZIF('utc'));
  await writeFile(join(dir, 'EST'), TZIF('est'));
  await writeFile(join(dir, 'right', 'EST'), TZIF('leap'));
  await writeFile(join(dir, 'zone.tab'), 'US +404251-0740023 America/New_York');
  await symlink('Etc/UTC', join(dir, 'UTC'));
  await symlink('../Etc', join(dir, 'posix', 'Etc'));
  return dir;
}

describe('readZoneFiles', () => {
  it('reads the zone files by name, links as the file they name, without the tables', async () => {
    const files = await readZoneFiles(await zoneDir());
    expect(files.map(({ path }) => path)).toEqual(['EST', 'Etc/UTC', 'UTC', 'posix/Etc/UTC', 'right/EST']);
    expect(new TextDecoder().decode(files[2]?.data)).toBe('TZifutc');
  });

  it('reads nothing from a directory that is not a tz database', async () => {
    dir = await mkdtemp(join(tmpdir(), 'zones-'));
    await writeFile(join(dir, 'EST'), TZIF('est'));
    expect(await readZoneFiles(dir)).toEqual([]);
    expect(await readZoneFiles(join(dir, 'missing'))).toEqual([]);
  });
});

/** An emscripten file system of a map, as much of one as installSystemZones uses. */
function memoryModule(files: Map<string, string>) {
  const dirs = new Set(['/pglite/share/postgresql/timezone', '/pglite/share/postgresql/timezone/Old']);
  const FS = {
    readdir: (path: string) => [
      '.',
      '..',
      ...[...dirs, ...files.keys()]
        .filter((entry) => entry.startsWith(`${path}/`) && !entry.slice(path.length + 1).includes('/'))
        .map((entry) => entry.slice(path.length + 1)),
    ],
    isDir: (mode: number) => mode === 1,
    stat: (path: string) => ({ mode: dirs.has(path) ? 1 : 0 }),
    unlink: (path: string) => files.delete(path),
    rmdir: (path: string) => dirs.delete(path),
    mkdirTree: (path: string) => dirs.add(path),
    writeFile: (path: string, data: Uint8Array) => files.set(path, new TextDecoder().decode(data)),
  };
  return { mod: { FS } };
}

describe('installSystemZones', () => {
  it("puts the directory's zones in place of PGlite's own", async () => {
    const files = new Map([['/pglite/share/postgresql/timezone/Old/Zone', 'TZifold']]);
    await installSystemZones(memoryModule(files), await zoneDir());
    expect([...files.keys()].sort()).toEqual([
      '/pglite/share/postgresql/timezone/EST',
      '/pglite/share/postgresql/timezone/Etc/UTC',
      '/pglite/share/postgresql/timezone/UTC',
      '/pglite/share/postgresql/timezone/posix/Etc/UTC',
      '/pglite/share/postgresql/timezone/right/EST',
    ]);
  });

  it("keeps PGlite's own where there is no tz database", async () => {
    const files = new Map([['/pglite/share/postgresql/timezone/Old/Zone', 'TZifold']]);
    await installSystemZones(memoryModule(files), '/nonexistent/zoneinfo');
    expect([...files.keys()]).toEqual(['/pglite/share/postgresql/timezone/Old/Zone']);
  });
});

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

// Each answer is PostgreSQL 15's on Debian (its postgresql-15 reads the system's tz database).
describe.runIf(existsSync('/usr/share/zoneinfo/Etc/UTC'))('PgliteEngine reads the system tz database', () => {
  it(
    "takes the server's zones: fixed-offset EST and CET, posixrules, Amsterdam's mean time",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        await client.query("SET TIME ZONE 'posixrules'");
        const zones = await client.query(
          `SELECT '2024-07-15 12:00+00'::timestamptz::text AS summer,
            (timestamptz '1880-07-15 12:00+00' AT TIME ZONE 'EST')::text AS est,
            (timestamptz '1880-07-15 12:00+00' AT TIME ZONE 'CET')::text AS cet`,
        );
        expect(zones.rows).toEqual([
          { summer: '2024-07-15 08:00:00-04', est: '1880-07-15 07:00:00', cet: '1880-07-15 13:00:00' },
        ]);
        await client.query("SET TIME ZONE 'Europe/Amsterdam'");
        const amsterdam = await client.query(
          "SELECT extract(timezone FROM timestamptz '1900-01-01 00:00+00') AS offset",
        );
        expect(amsterdam.rows).toEqual([{ offset: '1172' }]);
        await expect(client.query("SET TIME ZONE 'right/UTC'")).rejects.toMatchObject({
          code: '22023',
          message: 'time zone "right/UTC" appears to use leap seconds',
        });
      } finally {
        await client.query('RESET TimeZone');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
