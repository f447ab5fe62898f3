// Used by drills/ only, until they become a typed package too (issue 18); the bench itself runs on
// bench/src (TypeScript, its own dependencies). Delete this file with the drills' move.
// Shared pieces of the repo-level benchmarks: statistics, timed child processes, the machine's
// description and the report every section writes into. Plain ESM so `pnpm bench` needs no build.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export const root = new URL('../../', import.meta.url).pathname;

/** Median, min and max of repeated measurements (the report never shows a single run as a figure). */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length, samples };
}

/** The machine the figures were taken on, plus the load before the run (the machine is shared). */
export function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavgAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    at: new Date().toISOString(),
  };
}

/**
 * Runs a command to completion and resolves with its output, exit code and wall time in seconds.
 * Never rejects: callers decide what a non-zero exit means.
 */
export function exec(cmd, args, { cwd = root, env = process.env, echo = false, timeoutMs } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGTERM'), timeoutMs) : undefined;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr, seconds });
    });
  });
}

/**
 * Starts a measurement of the whole machine's CPU (Linux /proc/stat); the returned function gives
 * the busy share since then, in % of one core (200% = both cores of a 2-core machine busy).
 */
export function machineCpu() {
  const read = () => {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    return { idle, total };
  };
  const before = read();
  return () => {
    const after = read();
    const total = after.total - before.total;
    return total > 0 ? ((total - (after.idle - before.idle)) / total) * 100 * cpus().length : 0;
  };
}

/** Which part of the stack a process is, from its command line (null: not counted). */
export function stackPart(cmdline, comm) {
  if (cmdline.includes('relay-worker')) return 'relays';
  if (cmdline.includes('order-service/dist/server.js')) return 'order service';
  if (cmdline.includes('payments-server')) return 'payments provider';
  if (comm === 'postgres') return 'PostgreSQL';
  if (comm === 'beam.smp' || comm.startsWith('erl_') || comm === 'epmd') return 'RabbitMQ';
  if (comm === 'redis-server') return 'Redis';
  if (cmdline.includes('scripts/bench.mjs')) return 'bench (load generator)';
  return null;
}

function processTicks() {
  const ticks = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      ticks.set(pid, { part: stackPart(cmdline, comm), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone between readdir and read
    }
  }
  return ticks;
}

/**
 * CPU per part of the stack (relays, PostgreSQL, RabbitMQ, ...) from now until the returned function
 * is called, in % of one core (Linux /proc, 100 Hz ticks). Processes that exit before the end
 * are not counted, so call it while the measured processes still live.
 */
export function cpuByPart() {
  const before = processTicks();
  const started = process.hrtime.bigint();
  return () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const parts = {};
    for (const [pid, { part, ticks }] of processTicks()) {
      if (part === null) continue;
      const used = ticks - (before.get(pid)?.ticks ?? 0);
      parts[part] = (parts[part] ?? 0) + (used / 100 / seconds) * 100;
    }
    return parts;
  };
}

/** `{part: [samples]}` as one line: "relays 35%, PostgreSQL 29%" (medians, largest first). */
export function describeParts(samplesByPart) {
  return Object.entries(samplesByPart)
    .map(([part, samples]) => [part, summarise(samples).median])
    .filter(([, median]) => median >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([part, median]) => `${part} ${median.toFixed(0)}%`)
    .join(', ');
}

/** Real servers: TEST_*_URL if set, else the machine's local ones. */
export function realEnv() {
  return {
    TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    TEST_RABBITMQ_URL: process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

const fmt = (n) => {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

export { fmt };

/** Collects figures, ratios, targets and verbatim package output for results.md / results.json. */
export class Report {
  sections = [];
  targets = [];

  section(name, description) {
    const section = {
      name,
      description,
      summary: [],
      figures: [],
      ratios: [],
      notes: [],
      outputs: [],
      ok: true,
    };
    this.sections.push(section);
    return {
      figure: (label, unit, samples, extra = {}) => {
        const entry = { label, unit, ...summarise(samples), ...extra };
        section.figures.push(entry);
        console.log(
          `  ${label}: median ${fmt(entry.median)} ${unit} (min ${fmt(entry.min)}, max ${fmt(entry.max)}, ${entry.runs} runs)`,
        );
        return entry;
      },
      /** A figure someone else already reduced (a package bench's printed median). */
      reported: (label, unit, value, extra = {}) => {
        section.figures.push({ label, unit, median: value, runs: null, ...extra });
      },
      ratio: (label, numerator, denominator, extra = {}) => {
        const value = numerator.median / denominator.median;
        section.ratios.push({ label, value, of: [numerator.label, denominator.label], ...extra });
        console.log(`  ${label}: ${fmt(value)} x`);
        return value;
      },
      /** Markdown shown before the figures (a compact table of the section's medians). */
      summary: (markdown) => section.summary.push(markdown),
      note: (text) => {
        section.notes.push(text);
        console.log(`  note: ${text}`);
      },
      output: (title, text) => section.outputs.push({ title, text }),
      /** A failure: first line as a note, the whole text (colours stripped) as an output block. */
      fail: (reason) => {
        const text = stripAnsi(String(reason)).trim();
        const [first, ...rest] = text.split('\n');
        section.ok = false;
        section.notes.push(`FAILED: ${first}`);
        if (rest.length) section.outputs.push({ title: `failure details: ${first.slice(0, 80)}`, text });
        console.log(`  FAILED: ${text}`);
      },
      target: (name, met, detail) => {
        this.targets.push({ section: name, met, detail });
        console.log(`  target ${name}: ${met ? 'met' : 'MISSED'} (${detail})`);
      },
    };
  }
}
