import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type CorpusOutcome,
  type CorpusRecording,
  type CorpusSnapshot,
  classifyCorpusOutcome,
  readCorpusSnapshot,
  writeCorpusSnapshot,
} from '@seams/contracts';

/** The committed snapshot of Redis' answers, beside this file; re-recorded by the real pass with `SEAMS_CORPUS_UPDATE=1`. */
export const SNAPSHOT_PATH = fileURLToPath(new URL('./redis-7.0.snapshot.json', import.meta.url));

/** Redis' recorded answers, by case name. */
export const readSnapshot = (): CorpusSnapshot => readCorpusSnapshot(SNAPSHOT_PATH);

const BIOME = fileURLToPath(new URL('../../../../node_modules/.bin/biome', import.meta.url));

/** Writes the snapshot formatted as the repo's Biome wants it (so lint passes). */
export function writeSnapshot(recording: CorpusRecording): void {
  writeCorpusSnapshot(SNAPSHOT_PATH, recording, (path) => {
    if (existsSync(BIOME)) execFileSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
  });
}

/** A store's outcome of a case against Redis' (`against` says which of its answers). */
export const classify = (expected: CorpusOutcome, actual: CorpusOutcome, against = 'Redis') =>
  classifyCorpusOutcome(expected, actual, { expected: against, actual: 'this store' });
