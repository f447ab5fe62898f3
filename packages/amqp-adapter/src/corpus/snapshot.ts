import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QueueType } from '@seams/ports';
import type { CaseOutcome } from './run-case.js';

/** RabbitMQ's recorded answers to the corpus: what the fast pass classifies the fake against. */
export interface BrokerCorpusSnapshot {
  /** The version RabbitMQ reported when it answered. */
  readonly server: string;
  /** By `snapshotKey(queueType, case name)`. */
  readonly cases: Readonly<Record<string, CaseOutcome>>;
}

/** The committed snapshot, beside this file; re-recorded by the real pass with `SEAMS_CORPUS_UPDATE=1`. */
export const SNAPSHOT_PATH = fileURLToPath(new URL('./rabbitmq-3.10.snapshot.json', import.meta.url));

export const snapshotKey = (queueType: QueueType, caseName: string): string => `${queueType} / ${caseName}`;

function isSnapshot(value: unknown): value is BrokerCorpusSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { server, cases } = value as { server?: unknown; cases?: unknown };
  return typeof server === 'string' && typeof cases === 'object' && cases !== null;
}

/** Reads the committed snapshot; a clear error when it is missing or malformed. */
export function readSnapshot(path = SNAPSHOT_PATH): BrokerCorpusSnapshot {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isSnapshot(parsed)) {
    throw new Error(
      `${path} is not a broker corpus snapshot: re-record it (SEAMS_CORPUS_UPDATE=1, real pass)`,
    );
  }
  return parsed;
}

const BIOME = fileURLToPath(new URL('../../../../node_modules/.bin/biome', import.meta.url));

/** Writes the snapshot, cases in corpus order, formatted as the repo's Biome wants it (so lint passes). */
export function writeSnapshot(snapshot: BrokerCorpusSnapshot, path = SNAPSHOT_PATH): void {
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  if (existsSync(BIOME)) execFileSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
}
