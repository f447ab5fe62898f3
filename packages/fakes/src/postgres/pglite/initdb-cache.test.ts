import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createPglite, initdbCacheDir, initdbCacheFile } from './initdb-cache.js';

const START_MS = 120_000; // two PGlite starts, one with initdb, on a busy 2-core machine

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seams-initdb-cache-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function started(dir: string): Promise<PGlite> {
  const db = await createPglite(dir);
  onTestFinished(() => db.close());
  return db;
}

describe('PGlite initdb cache', () => {
  it('lives in the temp folder, elsewhere with SEAMS_PGLITE_CACHE_DIR, nowhere with off', () => {
    expect(initdbCacheDir({})).toBe(join(tmpdir(), 'seams-pglite-cache'));
    expect(initdbCacheDir({ SEAMS_PGLITE_CACHE_DIR: '/var/cache/x' })).toBe('/var/cache/x');
    expect(initdbCacheDir({ SEAMS_PGLITE_CACHE_DIR: 'off' })).toBeUndefined();
  });

  it(
    'replaces a saved cluster that does not load; a copy of the new one starts a cluster of its own',
    async () => {
      const first = await tempDir();
      const file = await initdbCacheFile(first);
      expect(basename(file)).toMatch(/^initdb-\d+\.\d+\.\d+\.tar\.gz$/);
      await writeFile(file, 'not a cluster');

      const repaired = await started(first);
      await repaired.query('CREATE TABLE only_here (id int)');
      const saved = await readFile(file);
      expect([saved[0], saved[1]]).toEqual([0x1f, 0x8b]); // gzip now, not the garbage

      const second = await tempDir();
      const copy = await initdbCacheFile(second);
      await copyFile(file, copy);
      const loaded = await started(second);
      const { rows } = await loaded.query<{ tables: number }>(
        "SELECT count(*)::int AS tables FROM pg_tables WHERE tablename = 'only_here'",
      );
      expect(rows).toEqual([{ tables: 0 }]);
      expect(await readFile(copy)).toEqual(saved); // loaded, not initialised and saved again
    },
    START_MS,
  );
});
