import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onTestFinished, vi } from 'vitest';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

/** The service running as a process of its own, with what it printed so far. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** stdout's JSON log lines, parsed. */
  readonly lines: Array<Record<string, unknown>>;
  /** Everything written to stderr so far. */
  stderr(): string;
  readonly exited: Promise<number | null>;
  /** Resolves with the address once the service logs that it listens (fails after `timeoutMs`). */
  listening(timeoutMs?: number): Promise<string>;
}

/**
 * Runs src/server.ts as `pnpm start` does (the sources under tsx, `@seams/*` from their sources too),
 * configured by `env` and `args`; killed when the test ends.
 */
export function startServerProcess(env: Record<string, string>, args: readonly string[] = []): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const lines: Array<Record<string, unknown>> = [];
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const line of complete) if (line.trim()) lines.push(JSON.parse(line));
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = (timeoutMs = 60_000) =>
    vi.waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before listening:\n${stderr}`);
        const address = lines.find((line) => typeof line.address === 'string')?.address;
        if (typeof address !== 'string') throw new Error('not listening yet');
        return address;
      },
      { timeout: timeoutMs, interval: 25 },
    );
  return { child, lines, stderr: () => stderr, exited, listening };
}
