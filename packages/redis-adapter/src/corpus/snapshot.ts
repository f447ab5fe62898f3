import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseOutcome } from './run-case.js';

/** Redis' recorded answers to the corpus: what the fast pass classifies the fake against. */
export interface IdempotencyCorpusSnapshot {
  /** The version Redis reported when it answered. */
  readonly server: string;
  /** By case name, in corpus order. */
  readonly cases: Readonly<Record<string, CaseOutcome>>;
}

/** The committed snapshot, beside this file; re-recorded by the real pass with `SEAMS_CORPUS_UPDATE=1`. */
export const SNAPSHOT_PATH = fileURLToPath(new URL('./redis-7.0.snapshot.json', import.meta.url));

function isSnapshot(value: unknown): value is IdempotencyCorpusSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { server, cases } = value as { server?: unknown; cases?: unknown };
  return typeof server === 'string' && typeof cases === 'object' && cases !== null;
}

/** Reads the committed snapshot; a clear error when it is missing or malformed. */
export function readSnapshot(path = SNAPSHOT_PATH): IdempotencyCorpusSnapshot {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isSnapshot(parsed)) {
    throw new Error(
      `${path} is not an idempotency corpus snapshot: re-record it (SEAMS_CORPUS_UPDATE=1, real pass)`,
    );
  }
  return parsed;
}

const BIOME = fileURLToPath(new URL('../../../../node_modules/.bin/biome', import.meta.url));

/** Writes the snapshot, cases in corpus order, formatted as the repo's Biome wants it (so lint passes). */
export function writeSnapshot(snapshot: IdempotencyCorpusSnapshot, path = SNAPSHOT_PATH): void {
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
  if (existsSync(BIOME)) execFileSync(BIOME, ['format', '--write', path], { stdio: 'ignore' });
}
