import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noServerMessage } from '../servers/no-server-message.js';
import { SETUP_EXIT_CODE } from './global-setup.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const vitestCli = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

/** This package's containers project, run as a user would, with no server anywhere. */
function runWithoutServers(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(TEST_|VITEST|TESTCONTAINERS_|DOCKER_|SEAMS_)/.test(name),
    ),
  );
  // A socket path that cannot exist: no engine is ever started or reached.
  env.DOCKER_HOST = `unix://${join(packageDir, 'no-such-dir', 'docker.sock')}`;
  env.NO_COLOR = '1';
  const child = spawn(process.execPath, [vitestCli, 'run', '--project', 'containers'], {
    cwd: packageDir,
    env,
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output.stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...output }));
  });
}

describe('a containers run with no server and no engine', () => {
  it('prints the one message and exits with the documented code, with no runner noise', async () => {
    const { code, stdout, stderr } = await runWithoutServers();
    const message = noServerMessage({
      missing: ['postgres', 'rabbitmq', 'redis'],
      dockerHost: `unix://${join(packageDir, 'no-such-dir', 'docker.sock')}`,
      inSeamsRepo: true,
    });
    expect(stderr).toBe(`\n${message}\n\n`);
    expect(stdout.trim()).toMatch(/^RUN {2}v\S+ \S+$/);
    expect(code).toBe(SETUP_EXIT_CODE);
    expect(message).toContain('eval "$(bash scripts/docker-engine.sh start)"');
  }, 60_000);

  it('gives the same engine commands as the root README', () => {
    const readme = readFileSync(join(packageDir, '..', '..', 'README.md'), 'utf8');
    const message = noServerMessage({ missing: ['postgres'], dockerHost: undefined, inSeamsRepo: true });
    const commands = message
      .split('\n')
      .filter((line) => line.startsWith('  eval') || line.includes('build-images'));
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(readme).toContain(command.trim());
  });
});
