// `pnpm --filter @seams/bench run instructions [--pairs=150] [--rounds=3] [--warm-up=300] [--runtime=20|24|both] [--flat-payments=fetch|node:http]`:
// the layering ratio in instructions instead of CPU seconds. The service and the flat baseline both
// run under valgrind's callgrind (one file per thread) on scratch real servers. After a warm-up of
// each they are counted in alternating rounds, the order swapping, one idling while the other works:
// the counters are zeroed, a fixed number of create+pay pairs is driven on one connection, and the
// instructions executed are read, the main thread's (the event loop: HTTP, adapters, drivers, the
// relay) and all threads' (with the GC helpers and the JIT's compiler threads). The ratio is the
// median of the rounds' ratios. Instructions do not grow with the machine's load or this VM's speed
// of the day, which move the CPU-seconds ratio of `--only=layering` by tens of percent; rounds still
// spread 5 to 30% (timers and the relay's polls run per second, not per pair; optimised code and
// garbage collection land in one round or the next: callgrind runs the JIT's and GC's helper threads
// one at a time with the main thread). V8's --single-threaded was tried to put that work on the main
// thread at once: 300 pairs of warm-up then no longer reached a steady state (the service's rounds
// 12.9, 13.8, 10.4 M per pair against about 4.5 M with helpers). What it leaves out: the kernel's
// work (socket writes, the same 13.4 per pair for both) and cache misses, so its ratio is of the
// layering's own code, not the whole CPU bill. Slow (valgrind runs Node 20 to 40 times slower:
// about 7 minutes per runtime), so not part of `pnpm bench`.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, summarise } from './harness.js';
import { FLAT_SERVER } from './layering.js';
import { node24 } from './node24.js';
import { cannon } from './order-flow-load.js';
import { startPaymentsServer } from './payments-server.js';
import { withScratchStacks } from './scratch-stacks.js';
import { type RunningService, sleep, startService } from './service.js';
import { TSX_IMPORT } from './typescript-child.js';

const PAIRS = Number(arg('pairs', '150'));
const ROUNDS = Number(arg('rounds', '3'));
const WARM_UP_PAIRS = Number(arg('warm-up', '300'));
const runtimeArg = arg('runtime', 'both');
/** The baseline's payments client: `fetch` (the definition, the default) or `node:http` (the service's). */
const flatPayments = arg('flat-payments', 'fetch');
/** Seconds with no load, to count what timers and the relay's polling run per second by themselves. */
const IDLE_SECONDS = 5;

/** A shell script that runs node under callgrind, usable as startService's `node`. */
function valgrindNode(dir: string, node: string): string {
  const file = join(dir, 'node-under-callgrind.sh');
  writeFileSync(
    file,
    `#!/bin/sh\n# vgdb names its pipes after USER and HOST: the same as callgrind_control's.\nexport USER=${VGDB_USER}\nexec valgrind -q --tool=callgrind --smc-check=all-non-file --dump-instr=no --collect-jumps=no --separate-threads=yes --callgrind-out-file=${dir}/callgrind.%p.out ${node} "$@"\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

/** vgdb names its pipes after USER and HOST (which the service reads as the address to listen on): set alike for the service and callgrind_control. */
const VGDB_USER = 'seams-bench';
const control = (command: '-z' | '-d', pid: number) =>
  execFileSync('callgrind_control', [command, String(pid)], {
    stdio: 'ignore',
    env: { ...process.env, USER: VGDB_USER, HOST: '127.0.0.1' },
  });

/** Zeroes a running callgrind's counters. */
function zero(pid: number): void {
  control('-z', pid);
}

/** Instructions since the last zero: the main thread's, and all threads' (GC helpers, the JIT's compiler threads). */
interface Instructions {
  readonly main: number;
  readonly all: number;
}

/** Dumps a running callgrind's counters (one file per thread) and reads them. */
async function dump(dir: string, pid: number): Promise<Instructions> {
  const before = new Set(readdirSync(dir));
  control('-d', pid);
  // The dump is written when the guest next runs, which can be a moment after the request.
  const fresh = () => readdirSync(dir).filter((f) => !before.has(f) && f.startsWith(`callgrind.${pid}.out.`));
  for (let waited = 0; fresh().length === 0 && waited < 20_000; waited += 100) await sleep(100);
  await sleep(500); // and finishes writing every thread's file
  const files = fresh();
  if (files.length === 0) throw new Error(`callgrind wrote no dump for ${pid} within 20 s`);
  let main = 0;
  let all = 0;
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    rmSync(join(dir, file));
    const totals = /^(?:totals|summary):\s+(\d+)/m.exec(text);
    if (!totals) throw new Error(`no totals in ${file}`);
    all += Number(totals[1]);
    if (/^thread: 1$/m.test(text)) main += Number(totals[1]);
  }
  return { main, all };
}

/** Sequential pairs on one connection until `pairs` have answered 2xx; returns their count. */
async function drive(running: RunningService, pairs: number): Promise<number> {
  let done = 0;
  while (done < pairs) {
    const result = await cannon(running.url, { connections: 1, duration: 5 });
    if (result.non2xx + result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors under callgrind`);
    done += result['2xx'] / 2;
  }
  return done;
}

interface Count {
  /** Main-thread instructions per pair. */
  readonly perPair: number;
  /** All threads' instructions per pair. */
  readonly allPerPair: number;
  /** Main-thread instructions per second with no load (timers, the relay's polls). */
  readonly idlePerSecond: number;
  /** Main-thread instructions per pair less the idle rate over the round's seconds: the pairs' own work. */
  readonly netPerPair: number;
  readonly pairsPerSecond: number;
}

/** One round of one contender: idle for a while, then a fixed number of pairs, counted apart. */
async function countRound(dir: string, running: RunningService): Promise<Count> {
  zero(running.pid);
  await sleep(IDLE_SECONDS * 1000);
  const idle = await dump(dir, running.pid);
  zero(running.pid);
  const started = process.hrtime.bigint();
  const pairs = await drive(running, PAIRS);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const busy = await dump(dir, running.pid);
  const idlePerSecond = idle.main / IDLE_SECONDS;
  return {
    perPair: busy.main / pairs,
    allPerPair: busy.all / pairs,
    idlePerSecond,
    // Under callgrind a pair takes a tenth of a second or more, so what runs per second (the
    // service has more timers than the baseline) would otherwise weigh tens of times what it does at speed.
    netPerPair: (busy.main - idlePerSecond * seconds) / pairs,
    pairsPerSecond: pairs / seconds,
  };
}

/**
 * The service and the baseline both up (one idles while the other is counted), warmed, then counted
 * in alternating rounds, the order swapping each round: a ratio is taken within each round.
 */
async function countBoth(
  dir: string,
  node: string,
  [serviceEnv, flatEnv]: readonly [Record<string, string>, Record<string, string>],
): Promise<{ service: Count[]; flat: Count[] }> {
  const started: RunningService[] = [];
  try {
    const service = await startService({
      env: { ...serviceEnv, LOG_LEVEL: 'info' },
      node,
      timeoutMs: 300_000,
    });
    started.push(service);
    const flat = await startService({
      env: { ...flatEnv, FLAT_PAYMENTS_CLIENT: flatPayments },
      node,
      script: FLAT_SERVER,
      nodeArgs: TSX_IMPORT,
      timeoutMs: 300_000,
    });
    started.push(flat);
    // JIT tiers, pools, prepared plans.
    await drive(service, WARM_UP_PAIRS);
    await drive(flat, WARM_UP_PAIRS);
    const counts = { service: [] as Count[], flat: [] as Count[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['service', 'flat'] as const) : (['flat', 'service'] as const);
      for (const which of order)
        counts[which].push(await countRound(dir, which === 'service' ? service : flat));
    }
    return counts;
  } finally {
    await Promise.all(started.map((r) => r.stop(120_000)));
  }
}

for (const tool of ['valgrind', 'callgrind_control']) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`instructions: ${tool} is not installed (Debian: apt-get install valgrind)`);
    process.exit(2);
  }
}
const mega = (n: number) => `${(n / 1e6).toFixed(2)} M`;
const runtimes: { label: string; node: string }[] = [];
if (runtimeArg !== '24')
  runtimes.push({ label: `Node ${process.versions.node.split('.')[0]}`, node: process.execPath });
if (runtimeArg !== '20') runtimes.push({ label: 'Node 24', node: await node24() });
const dir = mkdtempSync(join(tmpdir(), 'seams-instructions-'));
const payments = await startPaymentsServer();
try {
  for (const runtime of runtimes) {
    const launcher = valgrindNode(dir, runtime.node);
    await withScratchStacks(payments, [false, true], async ([serviceEnv = {}, flatEnv = {}]) => {
      const { service, flat } = await countBoth(dir, launcher, [serviceEnv, flatEnv]);
      for (const [label, counts] of [
        ['service (info)', service],
        [`flat baseline (payments over ${flatPayments})`, flat],
      ] as const) {
        console.log(
          `${runtime.label}: ${label}: main thread ${counts.map((c) => mega(c.perPair)).join(', ')} instructions per pair, all threads ${counts.map((c) => mega(c.allPerPair)).join(', ')} (${PAIRS} pairs per round, ${counts.map((c) => c.pairsPerSecond.toFixed(1)).join(', ')} pairs/s under callgrind; main thread idle ${counts.map((c) => mega(c.idlePerSecond)).join(', ')}/s)`,
        );
      }
      const ratios = (pick: (c: Count) => number) =>
        service.map((c, i) => pick(c) / pick(flat[i] ?? c)).filter(Number.isFinite);
      const main = ratios((c) => c.perPair);
      const net = ratios((c) => c.netPerPair);
      const all = ratios((c) => c.allPerPair);
      const more =
        summarise(service.map((c) => c.perPair)).median - summarise(flat.map((c) => c.perPair)).median;
      console.log(
        `${runtime.label}: service / flat baseline, instructions per pair, median of the rounds' ratios: main thread ${summarise(main).median.toFixed(3)}x (rounds ${main.map((r) => r.toFixed(3)).join(', ')}; ${mega(more)} more), net of the idle rate ${summarise(net).median.toFixed(3)}x (${net.map((r) => r.toFixed(3)).join(', ')}), all threads ${summarise(all).median.toFixed(3)}x (${all.map((r) => r.toFixed(3)).join(', ')})`,
      );
    });
  }
} finally {
  await payments.stop();
  rmSync(dir, { recursive: true, force: true });
}
