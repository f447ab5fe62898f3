// Used by drills/ only, until they become a typed package too (issue 18); the bench itself runs on
// bench/src (TypeScript, its own dependencies). Delete this file with the drills' move.
// The order service as a child process (the way it runs in production: `node dist/server.js`),
// plus what benches and drills need around it: a free port, readiness, peak RSS, loopback HTTP.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from './harness.mjs';

export const SERVER = join(root, 'apps/order-service/dist/server.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** CPU seconds (user + system) a live process has used so far (Linux: /proc/<pid>/stat, 100 Hz ticks). */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Peak resident set size of a live process, in MiB (Linux: VmHWM). */
export function peakRssMiB(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * Starts the service with `env` (DATABASE_URL etc.; unset parts stay embedded) and resolves once
 * GET /healthz answers. `log` is a file path for its output (it logs JSON lines at LOG_LEVEL);
 * `nodeArgs` go to node before the script (`--cpu-prof`, say, which NODE_OPTIONS refuses).
 */
export async function startService({ env = {}, log, port, timeoutMs = 30_000, nodeArgs = [] } = {}) {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [...nodeArgs, SERVER], {
    cwd: join(root, 'apps/order-service'),
    env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env, PORT: String(chosen), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const sink = log ? createWriteStream(log, { flags: 'a' }) : undefined;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      // Keep the end: a crash report comes last.
      output = (output + chunk).slice(-200_000);
      sink?.write(chunk);
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  let exitedEarly;
  exited.then((e) => {
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
    pid: child.pid,
    child,
    exited,
    output: () => output,
    peakRssMiB: () => peakRssMiB(child.pid),
    cpuSeconds: () => cpuSeconds(child.pid),
    /** Graceful stop (SIGTERM: finish requests, drain the outbox). */
    async stop(timeout = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      const result = await exited;
      clearTimeout(timer);
      sink?.end();
      return result;
    },
    /** The crash: no shutdown hooks, no drain. */
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

/** POST JSON; resolves with { status, body } and never throws (a network failure is status 0). */
export async function postJson(url, body, { headers = {}, timeoutMs = 30_000 } = {}) {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, body: json, text };
  } catch (error) {
    return { status: 0, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
