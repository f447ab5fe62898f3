// Shared pieces of the repo-level benchmarks: statistics, timed child processes, the machine's
// description and the report every section writes into.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Median, min and max of repeated measurements, with the samples. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly samples: readonly number[];
}

/** Median, min and max of repeated measurements (the report never shows a single run as a figure). */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1), runs: sorted.length, samples };
}

/** The machine a run was taken on. */
export interface MachineInfo {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
  readonly loadavgAtStart: number[];
  readonly at: string;
  cpuBusyBeforeStart?: number;
}

/** The load average now, rounded to two decimals (1, 5 and 15 minutes). */
/** The value of a `--name=value` argument of this process, or `fallback`. */
export const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

export const loadAverage = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

/** The machine the figures were taken on, plus the load before the run (the machine is shared). */
export function machine(): MachineInfo {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadavgAtStart: loadAverage(),
    at: new Date().toISOString(),
  };
}

/** What every section gets: the run's mode, and figures earlier sections leave for later ones. */
export interface BenchContext {
  readonly quick: boolean;
  /** The load section's backends (`--load-backends=pglite,pg-mem,real`); all when unset. */
  readonly loadBackends?: readonly LoadBackend[];
  /** pairs/s of pgbench per client count, when the pgbench section ran first. */
  pgbench?: Record<number, Figure>;
}

/** A backend of the load section: embedded PGlite (the default), embedded pg-mem, or the real servers. */
export type LoadBackend = 'pglite' | 'pg-mem' | 'real';

/** What `exec` resolves with. */
export interface ExecResult {
  readonly code: number;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/** Options of `exec`. */
export interface ExecOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Copy the child's stdout to ours as it comes. */
  readonly echo?: boolean;
  /** SIGTERM the child after this long. */
  readonly timeoutMs?: number;
}

/**
 * Runs a command to completion and resolves with its output, exit code and wall time in seconds.
 * Never rejects: callers decide what a non-zero exit means.
 */
export function exec(
  cmd: string,
  args: readonly string[],
  { cwd = root, env = process.env, echo = false, timeoutMs }: ExecOptions = {},
): Promise<ExecResult> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
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
export function machineCpu(): () => number {
  const read = () => {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
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
export function stackPart(cmdline: string, comm: string, pid: string): string | null {
  if (cmdline.includes('relay-worker')) return 'relays';
  if (cmdline.includes('order-service/dist/server.js')) return 'order service';
  if (cmdline.includes('payments-server')) return 'payments provider';
  if (cmdline.includes('baseline/flat-server')) return 'flat baseline';
  if (comm === 'postgres') return 'PostgreSQL';
  if (comm === 'beam.smp' || comm.startsWith('erl_') || comm === 'epmd') return 'RabbitMQ';
  if (comm === 'redis-server') return 'Redis';
  if (pid === String(process.pid)) return 'bench (load generator)';
  return null;
}

function processTicks(): Map<string, { part: string | null; ticks: number }> {
  const ticks = new Map<string, { part: string | null; ticks: number }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      ticks.set(pid, {
        part: stackPart(cmdline, comm, pid),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // gone between readdir and read
    }
  }
  return ticks;
}

/** CPU per part of the stack, in % of one core. */
export type CpuByPart = Record<string, number>;

/**
 * CPU per part of the stack (relays, PostgreSQL, RabbitMQ, ...) from now until the returned function
 * is called, in % of one core (Linux /proc, 100 Hz ticks). Processes that exit before the end
 * are not counted, so call it while the measured processes still live.
 */
export function cpuByPart(): () => CpuByPart {
  const before = processTicks();
  const started = process.hrtime.bigint();
  return () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const parts: CpuByPart = {};
    for (const [pid, { part, ticks }] of processTicks()) {
      if (part === null) continue;
      const used = ticks - (before.get(pid)?.ticks ?? 0);
      parts[part] = (parts[part] ?? 0) + (used / 100 / seconds) * 100;
    }
    return parts;
  };
}

/** `{part: [samples]}` as one line: "relays 35%, PostgreSQL 29%" (medians, largest first). */
export function describeParts(samplesByPart: Readonly<Record<string, readonly number[]>>): string {
  return Object.entries(samplesByPart)
    .map(([part, samples]): [string, number] => [part, summarise(samples).median])
    .filter(([, median]) => median >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([part, median]) => `${part} ${median.toFixed(0)}%`)
    .join(', ');
}

/** The real servers' URLs. */
export interface RealServers {
  readonly TEST_POSTGRES_URL: string;
  readonly TEST_RABBITMQ_URL: string;
  readonly TEST_REDIS_URL: string;
}

/** Real servers: TEST_*_URL if set, else the machine's local ones. */
export function realEnv(): RealServers {
  return {
    TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    TEST_RABBITMQ_URL: process.env.TEST_RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    TEST_REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

export const fmt = (n: number): string => {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

/** A figure of a section: repeated samples reduced, or a median a package already reduced (`runs: null`). */
export interface Figure {
  readonly label: string;
  readonly unit: string;
  readonly median: number;
  readonly runs: number | null;
  readonly min?: number;
  readonly max?: number;
  readonly samples?: readonly number[];
  readonly [extra: string]: unknown;
}

/** A ratio of two figures of the same run. */
export interface Ratio {
  readonly label: string;
  readonly value: number;
  readonly of: readonly [string, string];
  readonly [extra: string]: unknown;
}

/** One section of the report, as results.json stores it. */
export interface Section {
  readonly name: string;
  readonly description: string;
  readonly summary: string[];
  readonly figures: Figure[];
  readonly ratios: Ratio[];
  readonly notes: string[];
  readonly outputs: { readonly title: string; readonly text: string }[];
  ok: boolean;
  /** The `--only` name of the step that wrote it, when and under what load (sections of several runs can share a report). */
  run?: SectionRun;
}

/** When a section was measured, so a report merged from several `--only` runs says it per section. */
export interface SectionRun {
  readonly step: string;
  readonly at: string;
  readonly node: string;
  readonly loadavgAtStart: readonly number[];
  readonly quick: boolean;
}

/** A target and whether this run met it. */
export interface Target {
  readonly section: string;
  readonly met: boolean;
  readonly detail: string;
  /** The `--only` name of the step that set it. */
  step?: string;
}

/** What a section writes figures, ratios, notes and targets through. */
export interface SectionWriter {
  figure(label: string, unit: string, samples: readonly number[], extra?: Record<string, unknown>): Figure;
  /** A figure someone else already reduced (a package bench's printed median). */
  reported(label: string, unit: string, value: number, extra?: Record<string, unknown>): void;
  ratio(
    label: string,
    numerator: { readonly median: number; readonly label: string },
    denominator: { readonly median: number; readonly label: string },
    extra?: Record<string, unknown>,
  ): number;
  /** Markdown shown before the figures (a compact table of the section's medians). */
  summary(markdown: string): void;
  note(text: string): void;
  output(title: string, text: string): void;
  /** A failure: first line as a note, the whole text (colours stripped) as an output block. */
  fail(reason: unknown): void;
  target(name: string, met: boolean, detail: string): void;
}

/** Collects figures, ratios, targets and verbatim package output for results.md / results.json. */
export class Report {
  readonly sections: Section[] = [];
  readonly targets: Target[] = [];

  section(name: string, description: string): SectionWriter {
    const section: Section = {
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
        const entry: Figure = { label, unit, ...summarise(samples), ...extra };
        section.figures.push(entry);
        const { median, min, max, runs } = summarise(samples);
        console.log(
          `  ${label}: median ${fmt(median)} ${unit} (min ${fmt(min)}, max ${fmt(max)}, ${runs} runs)`,
        );
        return entry;
      },
      reported: (label, unit, value, extra = {}) => {
        section.figures.push({ label, unit, median: value, runs: null, ...extra });
      },
      ratio: (label, numerator, denominator, extra = {}) => {
        const value = numerator.median / denominator.median;
        section.ratios.push({ label, value, of: [numerator.label, denominator.label], ...extra });
        console.log(`  ${label}: ${fmt(value)} x`);
        return value;
      },
      summary: (markdown) => {
        section.summary.push(markdown);
      },
      note: (text) => {
        section.notes.push(text);
        console.log(`  note: ${text}`);
      },
      output: (title, text) => {
        section.outputs.push({ title, text });
      },
      fail: (reason) => {
        const text = stripAnsi(String(reason)).trim();
        const [first = '', ...rest] = text.split('\n');
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
