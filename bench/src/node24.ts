import { exec } from './harness.js';

/**
 * The path of a Node 24 binary: scripts/with-node24.sh installs it from the npm registry into
 * .seams/node24 on first use (about 5 s), so a section can run the same code on both runtimes.
 */
export async function node24(): Promise<string> {
  const r = await exec('bash', ['scripts/with-node24.sh', 'node', '-p', 'process.execPath']);
  const path = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.code !== 0 || !path)
    throw new Error(`could not install Node 24: ${r.stderr.trim() || r.stdout.trim()}`);
  return path;
}
