import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CorpusRecording, writeCorpusSnapshot } from '@seams/contracts';
import type { CaseOutcome } from './outcome.js';

/** PostgreSQL's recorded answers to the corpus: what the fast pass classifies against without a server. */
export interface CorpusSnapshot {
  /** `SELECT version()` of the server that answered. */
  readonly server: string;
  readonly cases: Readonly<Record<string, CaseOutcome>>;
}

/** The committed snapshot, beside this file. Recorded by the real pass with `SEAMS_CORPUS_UPDATE=1`. */
export const SNAPSHOT_PATH = fileURLToPath(new URL('./postgres-15.snapshot.json', import.meta.url));

function isCaseOutcome(value: unknown): value is CaseOutcome {
  return typeof value === 'object' && value !== null && 'steps' in value && Array.isArray(value.steps);
}

function isSnapshot(value: unknown): value is CorpusSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  if (!('server' in value) || typeof value.server !== 'string') return false;
  if (!('cases' in value) || typeof value.cases !== 'object' || value.cases === null) return false;
  return Object.values(value.cases).every(isCaseOutcome);
}

/** Reads the committed snapshot; a clear error when it is missing or malformed. */
export function readSnapshot(path = SNAPSHOT_PATH): CorpusSnapshot {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isSnapshot(parsed)) {
    throw new Error(`${path} is not a corpus snapshot: re-record it (SEAMS_CORPUS_UPDATE=1, real pass)`);
  }
  return parsed;
}

const BIOME = fileURLToPath(new URL('../../../../../node_modules/.bin/biome', import.meta.url));

/**
 * Writes the snapshot in corpus order (`keys`): this run's answers, the file's for cases another
 * shard or a filtered run answered, formatted as the repo's formatter formats JSON, for reviewable
 * diffs. Shards recording at once take turns (the kit's lock).
 */
export function writeSnapshot(recording: CorpusRecording<CaseOutcome>, path = SNAPSHOT_PATH): void {
  // Formatted in place: through stdout, the snapshot (megabytes) outgrew execFileSync's buffer.
  writeCorpusSnapshot(path, recording, (written) => {
    if (existsSync(BIOME)) execFileSync(BIOME, ['format', '--write', written], { stdio: 'ignore' });
  });
}
