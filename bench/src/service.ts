// The order service as a child process (the way it runs in production: `node dist/server.js`),
// plus what benches need around it: a free port, readiness, peak RSS, loopback HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from './harness.js';

export const SERVER = join(root, 'apps/order-service/dist/server.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * CPU seconds (user + system) a live process has used so far, all its threads, to the nanosecond
 * (Linux: the sum of /proc/<pid>/task/<tid>/schedstat). Not /proc/<pid>/stat: its 100 Hz ticks
 * truncate a 2 s window of about 0.25 CPU-seconds by up to 4%, and a ratio of two windows by up to 8%,
 * as much as the layering target's whole margin. A thread that exits takes its time out of the sum;
 * Node's threads (V8's platform workers, libuv's pool) live as long as the process.
 */
export function cpuSeconds(pid: number): number {
  let nanoseconds = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += threadNanoseconds(pid, tid);
    } catch {
      // the thread exited between the listing and the read
    }
  }
  return nanoseconds / 1e9;
}

/** CPU seconds of a process's main thread alone: its event loop, without the GC, libuv or worker threads. */
export function mainThreadCpuSeconds(pid: number): number {
  return threadNanoseconds(pid, String(pid)) / 1e9;
}

/** The first field of a thread's schedstat: its time on a CPU, in ns. */
function threadNanoseconds(pid: number, tid: string): number {
  return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a process's peak resident set size (VmHWM) again from its current size (Linux: clear_refs 5). */
export function resetPeakRss(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Peak resident set size of a live process, in MiB (Linux: VmHWM). */
export function peakRssMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** How a child process ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Options of `startService`. */
export interface StartServiceOptions {
  /** DATABASE_URL etc.; unset parts stay embedded. */
  readonly env?: Readonly<Record<string, string>>;
  /** A file for the service's output (JSON lines at LOG_LEVEL). */
  readonly log?: string;
  readonly port?: number;
  readonly timeoutMs?: number;
  /** Flags for node before the script (`--cpu-prof`, say, which NODE_OPTIONS refuses). */
  readonly nodeArgs?: readonly string[];
  /** The script to run. Default the order service's `dist/server.js`. */
  readonly script?: string;
  /** The node binary. Default this process's (see `node24()` for the other runtime). */
  readonly node?: string;
}

/** A started service process. */
export interface RunningService {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  output(): string;
  peakRssMiB(): number;
  cpuSeconds(): number;
  /** CPU seconds of its main thread (the event loop) alone. */
  mainThreadCpuSeconds(): number;
  /** Graceful stop (SIGTERM: finish requests, drain the outbox). */
  stop(timeout?: number): Promise<Exit>;
  /** The crash: no shutdown hooks, no drain. */
  kill(): Promise<Exit>;
}

/**
 * Starts the service with `env` and resolves once GET /healthz answers.
 */
export async function startService({
  env = {},
  log,
  port,
  timeoutMs = 30_000,
  nodeArgs = [],
  script = SERVER,
  node = process.execPath,
}: StartServiceOptions = {}): Promise<RunningService> {
  const chosen = port ?? (await freePort());
  const child = spawn(node, [...nodeArgs, script], {
    cwd: join(root, 'apps/order-service'),
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env, PORT: String(chosen), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${script}`);
  let output = '';
  const sink = log ? createWriteStream(log, { flags: 'a' }) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      // Keep the end: a crash report comes last.
      output = (output + chunk).slice(-200_000);
      sink?.write(chunk);
    });
  }
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  let exitedEarly: Exit | undefined;
  void exited.then((e) => {
    exitedEarly = e;
  });
  for (;;) {
    if (exitedEarly)
      throw new Error(
        `service exited during start-up (${JSON.stringify(exitedEarly)}):\n${output.slice(-2000)}`,
      );
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`service not healthy within ${timeoutMs} ms:\n${output.slice(-2000)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return {
    url,
    pid,
    child,
    exited,
    output: () => output,
    peakRssMiB: () => peakRssMiB(pid),
    cpuSeconds: () => cpuSeconds(pid),
    mainThreadCpuSeconds: () => mainThreadCpuSeconds(pid),
    async stop(timeout = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      const result = await exited;
      clearTimeout(timer);
      sink?.end();
      return result;
    },
    async kill() {
      child.kill('SIGKILL');
      const result = await exited;
      sink?.end();
      return result;
    },
  };
}

const ORDER = {
  customerId: 'cus-bench',
  currency: 'EUR',
  lines: [
    { sku: 'sku-1', quantity: 2, unitPrice: 600 },
    { sku: 'sku-2', quantity: 1, unitPrice: 1299 },
  ],
};
export const ORDER_BODY = JSON.stringify(ORDER);
