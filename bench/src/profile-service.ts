// `pnpm --filter @seams/bench run profile [--seconds=20] [--log-level=info] [--flat [--flat-payments=node:http] | --embedded=pglite] [--keep=file]`:
// the order service (or, with --flat, the flat baseline) on scratch real servers (with --embedded,
// on its embedded parts with that database engine) at the layering section's fixed rate, under --cpu-prof, then where its CPU went: self time by package and the top
// functions. What the layering section's ratio cannot say (which layer costs what) this does.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg } from './harness.js';
import { cannon, warmUp } from './order-flow-load.js';
import { startPaymentsServer } from './payments-server.js';
import { withScratchStacks } from './scratch-stacks.js';
import { startService } from './service.js';
import { TSX_IMPORT } from './typescript-child.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

const seconds = Number(arg('seconds', '20'));
const logLevel = arg('log-level', 'info');
const flat = process.argv.includes('--flat');
const embedded = arg('embedded', '');
/** Where to keep the .cpuprofile (for Chrome DevTools or speedscope); by default it is deleted. */
const keep = arg('keep', '');
const FLAT_SERVER = fileURLToPath(new URL('./baseline/flat-server.ts', import.meta.url));

/** Where a frame's code lives: a package, Node's internals, or the service's own code. */
function packageOf(url: string): string {
  if (url === '') return '(native / GC / idle)';
  if (url.startsWith('node:')) return url.split('/')[0] ?? url;
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[2] ?? url;
  const workspace = /\/(packages|apps|bench)\/([^/]+)\//.exec(url);
  if (workspace) return `${workspace[1]}/${workspace[2]}`;
  return url;
}

/**
 * The package that made a frame run: its own for user code, else that of the nearest caller outside
 * Node and native code (a socket write counts for pg, pino or ioredis, whoever wrote).
 */
function responsiblePackages(nodes: readonly ProfileNode[]): Map<number, string> {
  const parent = new Map<number, ProfileNode>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node);
  const responsible = new Map<number, string>();
  for (const node of nodes) {
    let at: ProfileNode | undefined = node;
    while (at && (at.callFrame.url === '' || at.callFrame.url.startsWith('node:'))) at = parent.get(at.id);
    responsible.set(node.id, at ? packageOf(at.callFrame.url) : packageOf(node.callFrame.url));
  }
  return responsible;
}

interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly endTime: number;
}

/**
 * Hits per node over the measured window only: the last `windowSeconds` before the stop, less the
 * second the stop itself takes, so start-up (module loading, JIT warm-up) is left out.
 */
function windowHits(profile: CpuProfile, windowSeconds: number): Map<number, number> {
  const until = profile.endTime - 1e6;
  const from = until - windowSeconds * 1e6;
  const hits = new Map<number, number>();
  let at = profile.endTime - profile.timeDeltas.reduce((sum, d) => sum + d, 0);
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from && at <= until) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  return hits;
}

function report(file: string, windowSeconds: number, msPerPair: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const hitsOf = windowHits(profile, windowSeconds);
  const responsible = responsiblePackages(profile.nodes);
  const byPackage = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += hits;
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
    const caller = responsible.get(node.id) ?? pkg;
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `  ${((v / total) * 100).toFixed(1).padStart(5)}% ${((v / total) * msPerPair * 1000).toFixed(0).padStart(5)} µs/pair  ${k}`,
      )
      .join('\n');
  console.log(`\nself time by package (${total} busy samples):\n${top(byPackage, 25)}`);
  console.log(
    `\nself time by responsible package (Node and native frames count for their caller):\n${top(byCaller, 25)}`,
  );
  console.log(`\ntop functions by self time:\n${top(byFunction, 40)}`);
}

let msPerPair = Number.NaN;
const dir = mkdtempSync(join(tmpdir(), 'seams-profile-'));
const payments = await startPaymentsServer();
try {
  await withScratchStacks(payments, [flat], async ([env = {}]) => {
    const profiling = ['--cpu-prof', '--cpu-prof-dir', dir];
    const running = flat
      ? await startService({
          env: { ...env, FLAT_PAYMENTS_CLIENT: arg('flat-payments', 'fetch') },
          script: FLAT_SERVER,
          nodeArgs: [...profiling, ...TSX_IMPORT],
        })
      : await startService({
          env: embedded
            ? { EMBEDDED_DB_ENGINE: embedded, LOG_LEVEL: logLevel }
            : { ...env, LOG_LEVEL: logLevel },
          nodeArgs: profiling,
          timeoutMs: 60_000,
        });
    try {
      await warmUp(running.url);
      await cannon(running.url, { connections: 8, duration: 2, overallRate: 160 });
      const before = running.cpuSeconds();
      const mainBefore = running.mainThreadCpuSeconds();
      const result = await cannon(running.url, { connections: 8, duration: seconds, overallRate: 160 });
      const pairs = result['2xx'] / 2;
      // The profile below is the main thread's (the embedded PGlite's thread writes one of its own).
      msPerPair = ((running.mainThreadCpuSeconds() - mainBefore) * 1000) / pairs;
      console.log(
        `${flat ? 'flat baseline' : `service${embedded ? ` embedded on ${embedded}` : ''} at ${logLevel}`}: ${pairs} pairs, ${(((running.cpuSeconds() - before) * 1000) / pairs).toFixed(2)} ms CPU per pair, ${msPerPair.toFixed(2)} of it on the main thread`,
      );
    } finally {
      await running.stop();
    }
  });
  // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread.
  const file = readdirSync(dir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f));
  if (!file) throw new Error('no profile written');
  if (keep) copyFileSync(join(dir, file), keep);
  // Other threads' profiles (the embedded PGlite's worker thread) are kept beside it.
  for (const other of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && f !== file)) {
    if (keep) copyFileSync(join(dir, other), `${keep}.${other}`);
  }
  report(join(dir, file), seconds - 1, msPerPair);
} finally {
  await payments.stop();
  rmSync(dir, { recursive: true, force: true });
}
