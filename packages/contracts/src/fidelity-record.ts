import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A declared divergence as recorded: why, and the declared failure in words (`code 55P03`, `timeout`). */
export interface RecordedDivergence {
  readonly reason: string;
  readonly fails: string;
}

/** One implementation's registration of one contract, as the fidelity table reads it. */
export interface FidelityRecord {
  readonly port: string;
  readonly target: string;
  readonly cases: readonly string[];
  readonly divergences: Readonly<Record<string, RecordedDivergence>>;
}

/** How one contract case ended when it did not fail: it passed, or it failed as its declared divergence says. */
export type CaseOutcome = 'passed' | 'diverged';

/** One case that ran to its end without failing the test. */
export interface CaseOutcomeRecord {
  readonly port: string;
  readonly target: string;
  readonly case: string;
  readonly outcome: CaseOutcome;
  /** Classes whose instances the case's context held: what the registration really exercised. */
  readonly implementations: readonly string[];
}

/** The recording directory, or undefined when recording is off. Relative paths resolve from the cwd. */
function fidelityDir(): string | undefined {
  const dir = process.env.SEAMS_FIDELITY_DIR;
  return dir ? resolve(dir) : undefined;
}

function baseName(port: string, target: string): string {
  return `${port}--${target}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Names of the classes whose instances `context` holds at its top level (plain objects, arrays and
 * functions aside), e.g. `['PostgresOrderRepository', 'FakeClock']`: which implementations the
 * registration exercised, for the check that every exported port implementation has a contract.
 */
export function implementationsIn(context: object): string[] {
  const names = new Set<string>();
  for (const value of Object.values(context)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const maker: unknown = value.constructor;
    if (typeof maker === 'function' && maker !== Object && maker.name !== '') names.add(maker.name);
  }
  return [...names].sort();
}

/**
 * When `SEAMS_FIDELITY_DIR` is set (`pnpm fidelity` and CI set it), writes the registration there
 * so the README's fidelity table is generated from the code, not by hand.
 */
export function recordRegistration(record: FidelityRecord): void {
  const dir = fidelityDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${baseName(record.port, record.target)}.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  );
}

/**
 * Appends one JSON line per case that ran to its end without failing the test, next to the
 * registration: the table counts passes from what ran, not from what was declared.
 */
export function recordCaseOutcome(record: CaseOutcomeRecord): void {
  const dir = fidelityDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(
    join(dir, `${baseName(record.port, record.target)}.outcomes.jsonl`),
    `${JSON.stringify(record)}\n`,
  );
}

/** How a differential corpus classes one case of an implementation against the real server's answer. */
export type CorpusVerdict = 'same' | 'clear' | 'silent';

/**
 * Appends one JSON line per corpus case (`{ kind: 'corpus', corpus, target, case, verdict }`) to
 * `corpus--<corpus>--<target>.verdicts.jsonl`: `pnpm fidelity` counts SAME / CLEAR / SILENT per
 * corpus and implementation from these lines, next to the contract table.
 */
export function recordCorpusVerdict(
  corpus: string,
  target: string,
  caseName: string,
  verdict: CorpusVerdict,
): void {
  const dir = fidelityDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const line = `${JSON.stringify({ kind: 'corpus', corpus, target, case: caseName, verdict })}\n`;
  appendFileSync(join(dir, `corpus--${baseName(corpus, target)}.verdicts.jsonl`), line);
}
