// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const vitestCli = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const fixtureConfig = fileURLToPath(new URL('./fixture.config.js', import.meta.url));

/** How long one fixture run may take; a test that runs one needs a timeout above it. */
export const FIXTURE_TIMEOUT_MS = 150_000;

/**
 * Runs one `*.fixture.ts` file in a child vitest and returns how the run and each of its tests
 * ended: for tests of test tooling, whose subject is what makes a test fail (a cleanup that
 * throws after the test body, a divergence that fails the wrong way).
 *
 * @param {string} file absolute path of the fixture file
 * @returns {import('./run-fixture.js').FixtureRun}
 */
export function runVitestFixture(file) {
  const out = mkdtempSync(join(tmpdir(), 'seams-fixture-'));
  try {
    const outputFile = join(out, 'report.json');
    // The parent run's worker variables and fidelity recording must not leak into the child.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !key.startsWith('VITEST') && key !== 'SEAMS_FIDELITY_DIR',
      ),
    );
    const args = ['run', '--config', fixtureConfig, '--root', dirname(file), '--reporter=json'];
    const child = spawnSync(
      process.execPath,
      [vitestCli, ...args, `--outputFile=${outputFile}`, basename(file)],
      {
        env,
        encoding: 'utf8',
        // Generous: a fresh clone's first `pnpm test` runs every package at once on cold caches.
        timeout: FIXTURE_TIMEOUT_MS,
      },
    );
    if (child.error || !existsSync(outputFile)) {
      throw new Error(
        `the fixture run of ${basename(file)} ended without a report (${child.error?.message ?? `exit ${child.status}`}):\n${child.stderr.slice(-2_000)}`,
      );
    }
    /** @type {{ testResults: { assertionResults: { fullName: string, status: string, failureMessages: string[] }[] }[] }} */
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    const tests = report.testResults.flatMap((result) =>
      result.assertionResults.map((test) => ({
        name: test.fullName,
        status: test.status,
        failure: test.failureMessages.join('\n'),
      })),
    );
    return { exitCode: child.status, tests };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
