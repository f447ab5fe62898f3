// Forces the "no engine" path: DOCKER_HOST and the engine's own socket point into an empty folder,
// and SEAMS_DOCKER_START=0 keeps engine.sh from installing or starting a daemon.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const SCRIPT = resolve(import.meta.dirname, 'ci-container-pass.sh');

function runWithoutEngine(t, extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'seams-no-engine-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { SEAMS_ALLOW_NO_CONTAINERS: _, ...env } = process.env;
  const result = spawnSync('bash', [SCRIPT], {
    env: {
      ...env,
      DOCKER_HOST: `unix://${join(dir, 'missing.sock')}`,
      SEAMS_DOCKER_DIR: dir,
      SEAMS_DOCKER_START: '0',
      ...extraEnv,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...result, leftInDir: readdirSync(dir) };
}

describe('ci-container-pass.sh without an engine', () => {
  it('fails, saying why and how to opt out, and starts nothing', (t) => {
    const { status, stdout, leftInDir } = runWithoutEngine(t);
    assert.equal(status, 1);
    assert.match(
      stdout,
      /^container pass: FAILED, not run: no Docker engine could be started here\. Set SEAMS_ALLOW_NO_CONTAINERS=1/m,
    );
    assert.deepEqual(leftInDir, []); // no data root, no pid file: no daemon was started
  });

  it('exits 0 with NOT RUN only when SEAMS_ALLOW_NO_CONTAINERS=1 is set', (t) => {
    const { status, stdout } = runWithoutEngine(t, { SEAMS_ALLOW_NO_CONTAINERS: '1' });
    assert.equal(status, 0);
    assert.match(
      stdout,
      /^container pass: NOT RUN \(no Docker engine could be started here; allowed by SEAMS_ALLOW_NO_CONTAINERS=1\)$/m,
    );
  });

  it('does not take another value of the variable for the opt-out', (t) => {
    assert.equal(runWithoutEngine(t, { SEAMS_ALLOW_NO_CONTAINERS: 'true' }).status, 1);
  });
});
