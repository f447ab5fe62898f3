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
import type { QueueType } from '@seams/ports';

/** The committed snapshot of RabbitMQ's answers, beside this file; re-recorded by the real pass with `SEAMS_CORPUS_UPDATE=1`. */
export const SNAPSHOT_PATH = fileURLToPath(new URL('./rabbitmq-3.10.snapshot.json', import.meta.url));

/** A case's key in the snapshot: each case is recorded once per queue type. */
export const snapshotKey = (queueType: QueueType, caseName: string): string => `${queueType} / ${caseName}`;

/** RabbitMQ's recorded answers, by `snapshotKey`. */
export const readSnapshot = (): CorpusSnapshot => readCorpusSnapshot(SNAPSHOT_PATH);

const BIOME = fileURLToPath(new URL('../../../../node_modules/.bin/biome', import.meta.url));

/** Writes the snapshot formatted as the repo's Biome wants it (so lint passes). */
export function writeSnapshot(recording: CorpusRecording): void {
  writeCorpusSnapshot(SNAPSHOT_PATH, recording, (path) => {
    if (existsSync(BIOME)) execFileSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
  });
}

/** A broker's outcome of a case against RabbitMQ's (`against` says which of its answers). */
export const classify = (expected: CorpusOutcome, actual: CorpusOutcome, against = 'RabbitMQ') =>
  classifyCorpusOutcome(expected, actual, { expected: against, actual: 'this broker' });
