import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createThroughCache, initdbCacheDir, initdbCacheFile, type PgliteClass } from './initdb-cache.js';

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seams-initdb-cache-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

interface StubInstance {
  readonly cluster: string;
  dumpDataDir(compression: 'gzip'): Promise<Blob>;
}

/**
 * PGlite's class as the cache sees it, starting nothing: a fresh start is a new cluster, a load
 * starts the cluster it was given and refuses anything else, as PGlite does. Every real PGlite
 * start in this suite (and the order service's start test) goes through the cache for real.
 */
function stubPglite(): PgliteClass<StubInstance> & {
  readonly defaultStartParams: string[];
  readonly starts: string[];
} {
  const starts: string[] = [];
  const started = (cluster: string): StubInstance => ({
    cluster,
    dumpDataDir: async () => new Blob([cluster]),
  });
  return {
    defaultStartParams: ['--single'],
    starts,
    async create(options = {}) {
      if (!options.loadDataDir) {
        const cluster = `cluster-${starts.length + 1}`;
        starts.push(`initdb -> ${cluster}${options.startParams ? ' with start parameters' : ''}`);
        return started(cluster);
      }
      const cluster = await options.loadDataDir.text();
      if (!cluster.startsWith('cluster-')) throw new Error('PGlite failed to initialize properly');
      starts.push(`load ${cluster} with ${options.startParams?.join(' ')}`);
      return started(cluster);
    },
  };
}

describe('PGlite initdb cache', () => {
  it('lives in the temp folder, elsewhere with SEAMS_PGLITE_CACHE_DIR, nowhere with off', () => {
    expect(initdbCacheDir({})).toBe(join(tmpdir(), 'seams-pglite-cache'));
    expect(initdbCacheDir({ SEAMS_PGLITE_CACHE_DIR: '/var/cache/x' })).toBe('/var/cache/x');
    expect(initdbCacheDir({ SEAMS_PGLITE_CACHE_DIR: 'off' })).toBeUndefined();
  });

  it('names the file after the installed PGlite version', async () => {
    expect(basename(await initdbCacheFile('/c'))).toMatch(/^initdb-\d+\.\d+\.\d+\.tar\.gz$/);
  });

  it('runs initdb once and saves it; the next start, in another process, loads it without the progress timer', async () => {
    const dir = await tempDir();
    const first = stubPglite();
    expect((await createThroughCache(first, dir)).cluster).toBe('cluster-1');
    expect(await readFile(await initdbCacheFile(dir), 'utf8')).toBe('cluster-1');

    const elsewhere = await tempDir(); // another folder: no copy of the file kept in this process
    await copyFile(await initdbCacheFile(dir), await initdbCacheFile(elsewhere));
    const second = stubPglite();
    expect((await createThroughCache(second, elsewhere)).cluster).toBe('cluster-1');
    expect(second.starts).toEqual([
      expect.stringMatching(
        /^load cluster-1 with --single -c log_startup_progress_interval=0 -c TimeZone=Etc\/UTC /,
      ),
    ]);
  });

  it('replaces a saved cluster that does not load', async () => {
    const dir = await tempDir();
    const file = await initdbCacheFile(dir);
    await writeFile(file, 'not a cluster');
    const pglite = stubPglite();
    expect((await createThroughCache(pglite, dir)).cluster).toBe('cluster-1');
    expect(pglite.starts).toEqual(['initdb -> cluster-1 with start parameters']);
    expect(await readFile(file, 'utf8')).toBe('cluster-1');
  });

  it('runs initdb when the class has no start parameters to extend, rather than start with a pending timer', async () => {
    const dir = await tempDir();
    await writeFile(await initdbCacheFile(dir), 'cluster-9');
    const pglite = stubPglite();
    const withoutDefaults: PgliteClass<StubInstance> = { create: (options) => pglite.create(options) };
    expect((await createThroughCache(withoutDefaults, dir)).cluster).toBe('cluster-1');
    expect(pglite.starts).toEqual(['initdb -> cluster-1']);
  });
});
