import { createHash } from 'node:crypto';
import type {
  BeginResult,
  IdempotencyHolder,
  IdempotencyStore,
  JsonValue,
  StoredResponse,
} from '@seams/ports';
import type { CorpusStores } from './corpus-store.js';
import { CORPUS_LEASE_MS, HOUR } from './corpus-timing.js';

/** The corpus's groups: one file of cases each. */
export type IdempotencyCaseGroup =
  | 'lifecycle'
  | 'concurrency'
  | 'expiry'
  | 'fingerprints'
  | 'keys'
  | 'responses'
  | 'validation';

/**
 * One scenario, run unchanged on `InMemoryIdempotencyStore` and on `RedisIdempotencyStore` on
 * Redis. It returns what it observed as JSON: a step's refusal is part of the observation
 * (`attempt()`), so only an unexpected failure throws.
 */
export interface IdempotencyCase {
  readonly name: string;
  readonly group: IdempotencyCaseGroup;
  /**
   * Whether the case lets time pass (`advanceTime`): only such a case may see a lease run out, so
   * only it runs on the corpus's short lease (`CORPUS_LEASE_MS`); every other case's stores hold
   * leases of an hour, as its TTLs are, so a loaded machine's slowness cannot end a lease early.
   * Found by text, as the slack test finds them: a case whose waits hide in a helper would get the
   * long lease and then answer otherwise than recorded, on Redis and the fake alike (a failure,
   * never a silent pass).
   */
  readonly waits: boolean;
  run(stores: CorpusStores): Promise<JsonValue>;
}

/** The default lease of a case's stores: the corpus's short one only where the case lets time pass. */
export function caseLeaseMs(idempotencyCase: Pick<IdempotencyCase, 'waits'>): number {
  return idempotencyCase.waits ? CORPUS_LEASE_MS : HOUR;
}

/** Defines a group's cases, keeping their order. */
export function idempotencyCases(
  group: IdempotencyCaseGroup,
  cases: Readonly<Record<string, (stores: CorpusStores) => Promise<JsonValue>>>,
): IdempotencyCase[] {
  return Object.entries(cases).map(([name, run]) => ({
    name,
    group,
    waits: String(run).includes('advanceTime'),
    run,
  }));
}

/** A response as the corpus records it: big texts by length and digest, so the snapshot stays small. */
export function shown(response: StoredResponse): JsonValue {
  const text = (value: string): JsonValue => (value.length > 2_000 ? digest(value) : value);
  const recorded: Record<string, JsonValue> = { status: response.status, body: text(response.body) };
  // `in`, not `!== undefined`: a store that hands back `headers: undefined` answers differently.
  if ('headers' in response) {
    const headers = response.headers as Readonly<Record<string, unknown>> | undefined;
    recorded.headers =
      headers === undefined
        ? 'undefined'
        : Object.fromEntries(
            Object.entries(headers).map(([name, value]) => [
              text(name),
              typeof value === 'string' ? text(value) : `${typeof value}`,
            ]),
          );
  }
  return recorded;
}

/** Length and SHA-256 of the UTF-16 code units, so lone surrogates count too. */
export function digest(value: string): string {
  return `${value.length} chars, sha256 ${createHash('sha256').update(value, 'utf16le').digest('hex').slice(0, 16)}`;
}

/** A begin result as the corpus records it: the kind, or the replayed response. */
export function result(found: BeginResult): JsonValue {
  return found.kind === 'completed' ? { completed: shown(found.response) } : found.kind;
}

/** What a call answered: `ok` or its begin result, or its refusal (`refusal`; never the message). */
export async function attempt(call: () => Promise<unknown>): Promise<JsonValue> {
  try {
    // complete and abandon resolve with nothing, begin with its result.
    const answer = (await call()) as BeginResult | undefined;
    return answer === undefined ? 'ok' : result(answer);
  } catch (error) {
    return refusal(error);
  }
}

/**
 * A coded error by its code and, for a `ValidationError`, its issues' paths and codes (the port's
 * promise); an uncoded one by its class, which no store should throw.
 */
function refusal(error: unknown): JsonValue {
  if (!(error instanceof Error)) return { threw: typeof error };
  const { code, issues } = error as { code?: unknown; issues?: unknown };
  if (typeof code !== 'string') return { threw: error.name };
  const refused: Record<string, JsonValue> = { code };
  if (Array.isArray(issues)) {
    refused.issues = issues.map((issue: { path?: unknown; code?: unknown }) => `${issue.path}:${issue.code}`);
  }
  return refused;
}

/** `begin` with the corpus's default fingerprint and a TTL of an hour, unless given. */
export function begin(
  store: IdempotencyStore,
  key: string,
  fingerprint = 'fp-a',
  ttlMs = HOUR,
): Promise<JsonValue> {
  return attempt(() => store.begin(key, fingerprint, ttlMs));
}

/** `begin` as above, also keeping the lease a start hands out, for `complete` and `abandon` under it. */
export async function beginHolding(
  store: IdempotencyStore,
  key: string,
  fingerprint = 'fp-a',
  ttlMs = HOUR,
): Promise<{ readonly answer: JsonValue; readonly holder: IdempotencyHolder }> {
  let lease: string | undefined;
  const answer = await attempt(async () => {
    const found = await store.begin(key, fingerprint, ttlMs);
    if (found.kind === 'started') lease = found.lease;
    return found;
  });
  return { answer, holder: lease === undefined ? {} : { lease } };
}

export function complete(
  store: IdempotencyStore,
  key: string,
  response: StoredResponse,
  holder?: IdempotencyHolder,
): Promise<JsonValue> {
  return attempt(() => store.complete(key, response, holder));
}

export function abandon(
  store: IdempotencyStore,
  key: string,
  holder?: IdempotencyHolder,
): Promise<JsonValue> {
  return attempt(() => store.abandon(key, holder));
}

/** For inputs the types forbid: what untyped callers (JSON from elsewhere, JavaScript) can pass. */
export const loose = <T>(value: unknown) => value as T;

/** `count` workers on the case's records (the first is `store`). */
export async function workers(stores: CorpusStores, count: number): Promise<IdempotencyStore[]> {
  const made = [stores.store];
  while (made.length < count) made.push(await stores.worker());
  return made;
}

/**
 * `count` new workers on the case's records whose leases last an hour: what a race of theirs answers
 * cannot depend on how long a loaded machine takes to connect and run it (with the corpus's 400 ms
 * lease, a start can run out mid-race and a second begin take the key over).
 */
export async function patientWorkers(stores: CorpusStores, count: number): Promise<IdempotencyStore[]> {
  const made: IdempotencyStore[] = [];
  while (made.length < count) made.push(await stores.worker({ leaseMs: HOUR }));
  return made;
}

/** The first worker of a patient pool: a key it begins stays running however slow the machine. */
export async function patient(stores: CorpusStores): Promise<IdempotencyStore> {
  return (await patientWorkers(stores, 1))[0] as IdempotencyStore;
}

/** Begins and completes each key with its own body on `store`, then counts those `reader` replays as its own. */
export async function ownReplays(
  store: IdempotencyStore,
  reader: IdempotencyStore,
  keys: readonly string[],
): Promise<JsonValue> {
  const started = await Promise.all(keys.map((key) => begin(store, key)));
  const stored = await Promise.all(keys.map((key, i) => complete(store, key, { status: 200, body: `${i}` })));
  const replays = await Promise.all(keys.map((key) => reader.begin(key, 'fp-a', HOUR)));
  const own = replays.filter((found, i) => found.kind === 'completed' && found.response.body === `${i}`);
  return { keys: keys.length, started: tally(started), stored: tally(stored), own: own.length };
}

/** Begins each key in turn and lists what each begin answered. */
export async function beginAll(store: IdempotencyStore, keys: readonly string[]): Promise<JsonValue[]> {
  const answers: JsonValue[] = [];
  for (const key of keys) answers.push(await begin(store, key));
  return answers;
}

/** Begins `key`, completes it with `response`, and replays it on `store`. */
export async function roundTrip(store: IdempotencyStore, response: unknown, key = 'k'): Promise<JsonValue> {
  await begin(store, key);
  const stored = await complete(store, key, response as StoredResponse);
  return { stored, replay: await begin(store, key) };
}

/**
 * Round-trips `response` on `store` (the replay read by `reader`, another worker when given) and
 * says whether the replay is the very text given (status, body and headers).
 */
export async function exactRoundTrip(
  store: IdempotencyStore,
  response: StoredResponse,
  reader: IdempotencyStore = store,
): Promise<JsonValue> {
  await begin(store, 'k');
  const stored = await complete(store, 'k', response);
  const found = await reader.begin('k', 'fp-a', HOUR);
  return {
    stored,
    replay: result(found),
    exact:
      found.kind === 'completed' &&
      found.response.status === response.status &&
      found.response.body === response.body &&
      JSON.stringify(found.response.headers) === JSON.stringify(response.headers),
  };
}

/** Kinds sorted: what concurrent callers on several connections saw, whatever order they ran in. */
export function sortedKinds(results: readonly JsonValue[]): JsonValue {
  return results.map((found) => (typeof found === 'string' ? found : JSON.stringify(found))).sort();
}

/** Counts of each distinct answer, keys sorted. */
export function tally(results: readonly JsonValue[]): JsonValue {
  const counts: Record<string, number> = {};
  for (const found of results) {
    const label = typeof found === 'string' ? found : JSON.stringify(found);
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
