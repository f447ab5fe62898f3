import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { JsonValue } from '@seams/ports';
import type { CorpusVerdict } from './fidelity-record.js';

// The pieces every differential corpus repeats (the broker's against RabbitMQ, the idempotency
// store's against Redis): a case's answer as comparable JSON, its verdict against the reference
// server's, and the recorded answers on disk. What a case does and how a target is built stay with
// each corpus.

/** What one implementation answered to one corpus case: its observation, or the error the case could not get past. */
export type CorpusOutcome =
  | { readonly observed: JsonValue }
  | { readonly failed: { readonly code: string | null; readonly message: string } };

/** Text as it is: the default `rename` of {@link normalizeObservation} and {@link corpusOutcome}. */
const unchanged = (text: string): string => text;

/**
 * `value` with object keys sorted and `rename` applied to every string and key (to take out a
 * per-run prefix, say), so two implementations' answers compare as text.
 */
export function normalizeObservation(
  value: JsonValue,
  rename: (text: string) => string = unchanged,
): JsonValue {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map((item) => normalizeObservation(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort())
    sorted[rename(key)] = normalizeObservation(value[key] ?? null, rename);
  return sorted;
}

/**
 * Runs one case: what it returned, through JSON once (an `undefined` property drops out as it
 * would in the snapshot file) and normalised; or the error it stopped with, by its `code`.
 */
export async function corpusOutcome(
  run: () => unknown,
  rename: (text: string) => string = unchanged,
): Promise<CorpusOutcome> {
  try {
    const observed = JSON.parse(JSON.stringify(await run())) as JsonValue;
    return { observed: normalizeObservation(observed, rename) };
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return { failed: { code: typeof code === 'string' ? code : null, message: rename(message) } };
  }
}

/** A verdict, and for anything but `same` a readable expected/actual. */
export interface CorpusClassification {
  readonly verdict: CorpusVerdict;
  readonly diff?: string;
}

const show = (outcome: CorpusOutcome): string => JSON.stringify(outcome, null, 1);

/**
 * Classes `actual` against the reference's `expected`:
 * - `same`: the same observation, or a failure with the same code;
 * - `clear`: `actual` stopped with an error carrying a `code` (it refuses what it cannot do);
 * - `silent`: anything else: another answer with no error, or a failure without a code (a wait
 *   that never ended because something did not arrive).
 * `labels` name the two sides in the diff.
 */
export function classifyCorpusOutcome(
  expected: CorpusOutcome,
  actual: CorpusOutcome,
  labels: { readonly expected: string; readonly actual: string },
): CorpusClassification {
  if ('observed' in expected && 'observed' in actual) {
    if (JSON.stringify(expected.observed) === JSON.stringify(actual.observed)) return { verdict: 'same' };
  } else if ('failed' in expected && 'failed' in actual && expected.failed.code === actual.failed.code) {
    return { verdict: 'same' };
  }
  const diff = `--- ${labels.expected}\n${show(expected)}\n+++ ${labels.actual}\n${show(actual)}`;
  if ('failed' in actual && actual.failed.code !== null) return { verdict: 'clear', diff };
  return { verdict: 'silent', diff };
}

/** A reference server's recorded answers: what a fast pass classes a fake against, with no server. */
export interface CorpusSnapshot {
  /** The version the server reported when it answered. */
  readonly server: string;
  /** By case key, in corpus order. */
  readonly cases: Readonly<Record<string, CorpusOutcome>>;
}

function isSnapshot(value: unknown): value is CorpusSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const { server, cases } = value as { server?: unknown; cases?: unknown };
  return typeof server === 'string' && typeof cases === 'object' && cases !== null;
}

function parseCorpusSnapshot(path: string): CorpusSnapshot {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isSnapshot(parsed)) {
    throw new Error(`${path} is not a corpus snapshot: re-record it (SEAMS_CORPUS_UPDATE=1, real pass)`);
  }
  Object.freeze(parsed.cases);
  return Object.freeze(parsed);
}

/**
 * Snapshots read so far, by path, with the file's identity when read. The corpora look up one
 * answer per case (1,258 of them in RabbitMQ's 719 KB snapshot): parsing the file once per file
 * change instead of once per case spares about 6 ms of CPU and 5 MB of garbage each time.
 */
const readSnapshots = new Map<string, { readonly identity: string; readonly snapshot: CorpusSnapshot }>();

/**
 * Reads a snapshot file; an error naming the file and how to re-record it when it is not one.
 * The same file unchanged (same inode, size and modification time to the nanosecond) answers the
 * same frozen snapshot without parsing it again.
 */
export function readCorpusSnapshot(path: string): CorpusSnapshot {
  const { ino, size, mtimeNs } = statSync(path, { bigint: true });
  const identity = `${ino}:${size}:${mtimeNs}`;
  const known = readSnapshots.get(path);
  if (known?.identity === identity) return known.snapshot;
  const snapshot = parseCorpusSnapshot(path);
  readSnapshots.set(path, { identity, snapshot });
  return snapshot;
}

/** What a recording run answered, for {@link writeCorpusSnapshot}; `Outcome` is the corpus's answer type. */
export interface CorpusRecording<Outcome = CorpusOutcome> {
  readonly server: string;
  /** Every case key of the corpus, in order. */
  readonly keys: readonly string[];
  /** The answers this run recorded, by key. */
  readonly recorded: Readonly<Record<string, Outcome>>;
}

/** How long a writer waits for another's lock, and when a lock is old enough to be a crashed writer's. */
const LOCK_WAIT_MS = 60_000;
const LOCK_STALE_MS = 120_000;
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `write` holding `${path}.lock` (a directory: creating one is atomic), so shards of one corpus can record at once. */
function withFileLock(path: string, write: () => void): void {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`${lock} held for over ${LOCK_WAIT_MS} ms: remove it if no recording runs`);
      else sleepSync(50);
    }
  }
  try {
    write();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Writes the snapshot in corpus order: this run's answer for each key, else the file's previous
 * one (a run filtered with `-t`, or another shard, keeps the rest), and no key the corpus no longer
 * has. Shards writing at once take turns. `format` runs on the written file (the repository's
 * formatter, so its lint passes).
 */
export function writeCorpusSnapshot<Outcome = CorpusOutcome>(
  path: string,
  { server, keys, recorded }: CorpusRecording<Outcome>,
  format?: (path: string) => void,
): void {
  withFileLock(path, () => {
    // Only the keys are read back: each answer is written as it was read, whatever its shape.
    const previous = (existsSync(path) ? parseCorpusSnapshot(path).cases : {}) as Readonly<
      Record<string, Outcome>
    >;
    const cases: Record<string, Outcome> = {};
    for (const key of keys) {
      const answer = recorded[key] ?? previous[key];
      if (answer !== undefined) cases[key] = answer;
    }
    writeFileSync(path, `${JSON.stringify({ server, cases }, null, 2)}\n`);
    format?.(path);
  });
}
