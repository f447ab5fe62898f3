import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One implementation's registration of one contract, as the fidelity table reads it. */
export interface FidelityRecord {
  readonly port: string;
  readonly target: string;
  readonly cases: readonly string[];
  readonly divergences: Readonly<Record<string, string | undefined>>;
}

/** How one contract case ended when it did not fail: it passed, or it failed as its declared divergence says. */
export type CaseOutcome = 'passed' | 'diverged';

/** The recording directory, or undefined when recording is off. Relative paths resolve from the cwd. */
function fidelityDir(): string | undefined {
  const dir = process.env.SEAMS_FIDELITY_DIR;
  return dir ? resolve(dir) : undefined;
}

function baseName(port: string, target: string): string {
  return `${port}--${target}`.replace(/[^A-Za-z0-9._-]+/g, '_');
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
export function recordCaseOutcome(
  port: string,
  target: string,
  caseName: string,
  outcome: CaseOutcome,
): void {
  const dir = fidelityDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const line = `${JSON.stringify({ port, target, case: caseName, outcome })}\n`;
  appendFileSync(join(dir, `${baseName(port, target)}.outcomes.jsonl`), line);
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
