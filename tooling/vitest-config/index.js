// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

/**
 * testenv's global setup, by file path: this preset is loaded by node, the setup file by vitest
 * (which transforms TypeScript), so the source file is used directly, like every sibling package.
 */
const testenvGlobalSetup = `${packagesDir}testenv/src/global-setup.ts`;

/**
 * Tests import sibling packages from their source, not their `dist`: a change is tested without a
 * build, and parallel builds never race a test run. The published shape (`dist`, the exports map)
 * is checked separately by `check:package` and the pack test.
 *
 * The aliases are derived from the workspace: every package under `packages/` and each entry of its
 * `exports` map (`.` → `src/index.ts`, `./vitest` → `src/vitest.ts`), so a new package or entry needs
 * no edit here, and names outside `packages/` (this preset's own `./run-fixture`) resolve normally.
 */
export const workspaceSourceAliases = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
  .flatMap((entry) => {
    const dir = join(packagesDir, entry.name);
    /** @type {{ name: string, exports?: Record<string, unknown> }} */
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return Object.keys(manifest.exports ?? { '.': null })
      .filter((key) => key !== './package.json')
      .map((key) => {
        const entryName = key === '.' ? 'index' : key.slice(2);
        return {
          find: new RegExp(
            `^${escapeRegExp(key === '.' ? manifest.name : `${manifest.name}/${entryName}`)}$`,
          ),
          replacement: join(dir, 'src', `${entryName}.ts`),
        };
      })
      .filter((alias) => existsSync(alias.replacement));
  });

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The same source resolution for processes a test spawns with `node --import tsx` (a server, a
 * standalone fake): tsx reads `@seams/*` paths from this tsconfig, so no test needs a build.
 */
const sourceTsconfig = fileURLToPath(new URL('./tsconfig.source.json', import.meta.url));

/** Real-server test files: selected by `vitest --project containers`, never by editing files. */
export const CONTAINERS_PATTERN = 'src/**/*.containers.test.ts';

/**
 * The differential corpora's real-server files (each SQL and broker case on the server and on the
 * fakes). `SEAMS_CORPORA=off` leaves them out of a containers run: CI's Testcontainers pass runs the
 * adapters' suites on containers built from the same packages as the machine's servers, where the
 * corpora have already run; its log says so.
 */
export const CORPUS_CONTAINERS_PATTERN = 'src/**/corpus/*.containers.test.ts';

/**
 * Probe runners: generated scenarios run on a real server and on a fake to find what the corpus
 * lacks. They explore and report (the corpus keeps the cases they find), so they run only when
 * asked, `SEAMS_PROBES=1`, in the containers project, which resolves the servers; never in a
 * suite's run, where they would show as skipped.
 */
export const PROBES_PATTERN = 'src/**/probes/*.probe.ts';
const PROBES_ON = process.env.SEAMS_PROBES === '1';

/**
 * The differential corpora's fast replays (the recorded server answers classed on the fakes:
 * `pg-mem.corpus.test.ts` and the other engines', `broker-corpus.test.ts`, `idempotency-corpus.test.ts`). `SEAMS_CORPORA=off`
 * leaves them out of a fast run too: CI's Node 20 pass, after the Node 24 pass replayed them.
 */
export const CORPUS_REPLAY_PATTERN = 'src/**/corpus/*corpus.test.ts';

/**
 * A package's engine suites (`fast.engineSuites`): what an embedded engine answers to SQL (PGlite's
 * PostgreSQL 15 face), file by file. `SEAMS_ENGINE_SUITES=off` leaves them out of a fast run: CI's
 * Node 20 pass, after the Node 24 pass ran them, as it leaves out the corpora (SEAMS_CORPORA=off).
 * The engine is WebAssembly and its rewrites plain string work; the runtime's part of the fake (the
 * wire, sessions, worker threads, the initdb cache) keeps its own suites in both passes.
 */
const ENGINE_SUITES_OFF = process.env.SEAMS_ENGINE_SUITES === 'off';

/**
 * The two projects every package shares.
 * - `fast`: unit tests and contract suites on fakes (`*.test.ts`, `*.contract.test.ts`).
 * - `containers`: the same contracts on real servers (`*.containers.test.ts`), with the
 *   global setup from `@seams/testenv` that resolves servers once per run.
 *
 * @param {import('./index.js').SeamsVitestOptions} [options]
 */
export function seamsVitestConfig(options = {}) {
  const containers = options.containers ?? {};
  const fast = options.fast ?? {};
  // `pnpm bench` reads per-case durations from the very runs it times (the fast suite's cold runs,
  // the real suites) instead of running the contracts again: with SEAMS_VITEST_REPORT_DIR set,
  // every package run also writes vitest's JSON report there, one file per package directory.
  const reportDir = process.env.SEAMS_VITEST_REPORT_DIR;
  const reports = reportDir
    ? {
        reporters: ['default', 'json'],
        outputFile: { json: join(reportDir, `${basename(process.cwd())}.json`) },
      }
    : {};
  const services = containers.services ?? [];
  // Only projects that declare services get testenv's setup: it resolves exactly those.
  const testenvSetup = services.length > 0 ? [testenvGlobalSetup] : [];
  return defineConfig({
    resolve: { alias: workspaceSourceAliases },
    test: {
      ...reports,
      // Without its corpus, a package whose only real-server file is the corpus has none to run.
      ...(process.env.SEAMS_CORPORA === 'off' ? { passWithNoTests: true } : {}),
      env: { TSX_TSCONFIG_PATH: sourceTsconfig },
      // A test that asserts nothing passes whatever the code does: make it fail instead.
      expect: { requireAssertions: true },
      projects: [
        {
          extends: true,
          test: {
            name: 'fast',
            include: ['src/**/*.test.ts'],
            // Files share a worker's module cache instead of re-importing pg-mem, fastify, amqplib
            // and the sibling sources once per file: that import was most of the suite's time.
            // What a shared module keeps is safe to share: immutable caches (the fake's parsed
            // statements, the known currencies), counters that only make names unique, and
            // mockHttp's one active scope, which each test's cleanup restores (a leftover scope
            // makes the next mockHttp() throw rather than intercept for another file). A test
            // file's own module is still evaluated once per file, so its lazily built fixture (one
            // pg-mem database per file) is that file's alone. Env and global stubs are undone
            // after every test (below), so none leaks into the next file.
            isolate: false,
            // Vitest's default leaves a core free (one worker on 2 cores): right for the many small
            // packages turbo runs side by side, not for one whose files run for minutes alone.
            ...(fast.maxWorkers === undefined ? {} : { maxWorkers: fast.maxWorkers }),
            unstubEnvs: true,
            unstubGlobals: true,
            // A guard against a hang, not a time target (speed lives in `pnpm bench`): vitest's 5 s
            // default failed CI on a loaded 2-core machine where a test's first use of an embedded
            // PostgreSQL (a PGlite start, about 1.5 CPU-seconds) waited its turn for a core.
            testTimeout: fast.testTimeout ?? 30_000,
            hookTimeout: fast.hookTimeout ?? 60_000,
            exclude: [
              CONTAINERS_PATTERN,
              ...(process.env.SEAMS_CORPORA === 'off' ? [CORPUS_REPLAY_PATTERN] : []),
              ...(ENGINE_SUITES_OFF ? (fast.engineSuites ?? []) : []),
              '**/node_modules/**',
              '**/dist/**',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'containers',
            include: [CONTAINERS_PATTERN, ...(PROBES_ON ? [PROBES_PATTERN] : [])],
            ...(process.env.SEAMS_CORPORA === 'off'
              ? {
                  exclude: [CORPUS_CONTAINERS_PATTERN, '**/node_modules/**', '**/dist/**'],
                }
              : {}),
            // Real-server tests mostly wait on the servers (a quarter of a core each, measured):
            // three files at a time even on 2 cores; testenv gives each its own namespaces. A
            // package whose files mostly wait on timers (the broker corpus) may run more at once.
            maxWorkers: containers.maxWorkers ?? 3,
            globalSetup: [...testenvSetup, ...(containers.globalSetup ?? [])],
            provide: { seamsTestenvServices: services },
            // A guard against a hang, as in the fast project, but sized for a shared server under a
            // whole run's load: PostgreSQL 15's DROP DATABASE waits for an immediate checkpoint,
            // seconds each on a busy server, and testenv's own tests create and drop a dozen
            // databases in one test (30 s failed CI's real pass on a loaded 2-core machine).
            testTimeout: containers.testTimeout ?? 120_000,
            hookTimeout: containers.hookTimeout ?? 120_000,
          },
        },
      ],
    },
  });
}
