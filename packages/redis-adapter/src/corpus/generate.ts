// Round 27: generated idempotency scenarios. A seeded generator of sequences of 4 to 12 steps over
// 1 to 3 keys ('' and non-ASCII keys among them) on 1 to 3 workers sharing one backend (one may
// add `k:` to the key prefix, so its key `sub` is the first worker's `k:sub`): begin with
// equal and different fingerprints and TTLs (up to Number.MAX_SAFE_INTEGER), complete and abandon
// under the key's current lease, a stale one (an earlier start's), another key's, a forged one, an
// empty holder and none; responses of every shape the port takes (statuses 100 and 599, headers
// absent, explicitly undefined, empty, many, `__proto__`, empty names and values, unicode, lone
// surrogates, NULs, bodies past the corpus's digest threshold and of hundreds of kilobytes);
// invalid keys, fingerprints, TTLs, responses and leases mixed in (refused, the state untouched);
// `Promise.all` groups (races of one key from every worker, or 2 to 5 mixed calls), kept only
// when a reference model finds the same answers (in order, or as a tally) and the same final state
// for every order Redis may run them in (calls on one worker keep their order: one connection);
// and, in about one scenario in eight, one or two waits past lease and TTL boundaries, each kept
// 500 ms clear of every deadline the model knows of. Every scenario ends by reading each key back.
// Options for exploring, which leave the corpus's scenarios as they are: `waiting` (every scenario
// lets time pass) and `wide` (keys of NUL, CRLF and RESP text and one past the adapter's 1 MiB
// text-to-bytes switch, fingerprints either side of it, holders `{ lease: undefined }`, `null` and
// a bare lease string).
// Deterministic from the seed: changing the draws changes the round-27 cases, which must then be
// recorded again (`generate.test.ts` checks the fake against the model and against reordering).

import { SeededRandom } from '@seams/contracts';
import {
  decodeStoredResponse,
  encodeStoredResponse,
  type IdempotencyHolder,
  type IdempotencyStore,
  type JsonValue,
  readStoredResponse,
  type StoredResponse,
} from '@seams/ports';
import type { CorpusStores } from './corpus-store.js';
import { CORPUS_LEASE_MS, HOUR } from './corpus-timing.js';
import { attempt, type IdempotencyCase, result, shown, tally } from './idempotency-case.js';

/** Keys a scenario draws from: the empty key, case, non-ASCII and separators are all keys of their own. */
const KEYS = ['k', 'K', '', 'ключ', 'k:sub', 'a b', '\u{1F511}', 'e\u0301'] as const;
const SUB_KEY = 'k:sub';
/** Fingerprints: `é` and `e` + combining acute are different texts, so they mismatch. */
const FINGERPRINTS = ['fp-a', 'fp-a', 'fp-b', '', '\u00e9', 'e\u0301', 'FP-A'] as const;

/**
 * With `wide` only (exploring; the corpus's seeds keep the pools above): keys Redis must keep as
 * bytes (NUL, CRLF, a RESP-looking text, one past the adapter's 1 MiB text-to-bytes switch) and
 * fingerprints either side of that switch that differ only in their last character.
 */
const WIDE_KEYS = ['\u0000', 'k\r\n', '*1\r\n$1\r\nk', `${'k'.repeat(1_048_577)}`] as const;
const WIDE_FINGERPRINTS = [
  'f'.repeat(1_048_576),
  `${'f'.repeat(1_048_575)}g`,
  'f'.repeat(1_100_000),
  `${'f'.repeat(1_099_999)}g`,
] as const;

/** Valid responses by index, built afresh for every call (a store must not keep the caller's object). */
const RESPONSES: readonly (() => StoredResponse)[] = [
  () => ({ status: 200, body: 'ok' }),
  () => ({ status: 201, body: '', headers: {} }),
  () => ({ status: 100, body: 'continue' }),
  () => ({ status: 599, body: 'edge', headers: { 'x-a': '1', 'X-A': '2' } }),
  () => ({ status: 204, body: '', headers: { 'content-type': '' } }),
  () => ({ status: 418, body: '\u{1F600}é中\u0000\u2028"\\', headers: { 'x-ü': '\u{10FFFF}' } }),
  () => ({ status: 200, body: 'ab\u00e9\u4e2d\u{1F600}'.repeat(50_000) }),
  () => ({
    status: 207,
    body: 'many',
    headers: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`x-h${i}`, `${i}`])),
  }),
  () => ({ status: 302, body: 'moved', headers: { location: '/x', '': 'empty name' } }),
  () => ({ status: 500, body: '{"a":[1,2]}', headers: { ['__proto__']: 'p' } }),
  () => ({ status: 299, body: 'x'.repeat(2_001) }),
  () => ({ status: 199, body: 'undefined headers', headers: undefined }),
  () => ({ status: 200, body: 'a\ud800b\udc00', headers: { 'x-lone': '\udfff' } }),
  () => ({ status: 503, body: '', headers: { 'retry-after': '1'.repeat(100_000) } }),
  () => ({ status: 101, body: '\r\n\t' }),
];

/** What untyped callers pass that the port refuses. */
const BAD_RESPONSES: readonly (() => unknown)[] = [
  () => null,
  () => [],
  () => 'ok',
  () => ({ status: 99, body: '' }),
  () => ({ status: 600, body: '' }),
  () => ({ status: 200.5, body: '' }),
  () => ({ status: '200', body: '' }),
  () => ({ status: Number.NaN, body: '' }),
  () => ({ status: 200 }),
  () => ({ status: 200, body: 5 }),
  () => ({ status: 200, body: '', headers: null }),
  () => ({ status: 200, body: '', headers: [] }),
  () => ({ status: 200, body: '', headers: { a: 1 } }),
  () => ({ status: 200, body: '', headers: 'a=b' }),
];
const BAD_KEYS: readonly unknown[] = [42, 'k\ud800', null, undefined];
/** `undefined` is passed explicitly, so it is checked. */
const BAD_FINGERPRINTS: readonly unknown[] = [undefined, 7, 'f\udc00', null];
const BAD_TTLS: readonly unknown[] = [
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '1000',
  2 ** 53,
  null,
];
const BAD_LEASES: readonly unknown[] = ['', 42, 'x\ud800', null];
const FORGED_LEASE = '00000000-0000-4000-8000-000000000000';

/** A lease as the generator resolved it: a key's n-th handed-out lease (from 1), or no lease. */
type LeaseRef =
  | { readonly slot: number; readonly of: string }
  | { readonly forged: true }
  | { readonly holder: 'empty' | 'none' }
  /** Untyped holders that name no lease: `{ lease: undefined }`, `null`, a key's lease passed bare (not as `{ lease }`). */
  | {
      readonly loose: 'undefined-lease' | 'null' | 'bare-lease';
      readonly of?: string;
      readonly slot?: number;
    }
  | { readonly bad: number };

type Op =
  | {
      readonly op: 'begin';
      readonly w: number;
      readonly key: string | { readonly bad: number };
      readonly fp: string | { readonly bad: number };
      readonly ttl: number | { readonly bad: number };
    }
  | {
      readonly op: 'complete';
      readonly w: number;
      readonly key: string | { readonly bad: number };
      readonly response: number | { readonly bad: number };
      readonly lease: LeaseRef;
    }
  | {
      readonly op: 'abandon';
      readonly w: number;
      readonly key: string | { readonly bad: number };
      readonly lease: LeaseRef;
    };

type Step =
  | { readonly step: 'op'; readonly op: Op }
  | { readonly step: 'all'; readonly ops: readonly Op[]; readonly record: 'ordered' | 'tally' }
  | {
      readonly step: 'wait';
      readonly ms: number /** Leases and TTLs the model saw run out in it. */;
      readonly crosses: number;
    };

/**
 * A worker: its lease ('default' is the case's) and what it adds to the case's key prefix ('k:'
 * makes its key `sub` the first worker's `k:sub`, one record, as Redis keeps prefix and key as one text).
 */
export interface GeneratedWorker {
  readonly lease: number | 'default';
  readonly prefix: '' | 'k:';
}

/** One generated scenario: its workers (the first is the case's store), then the steps. */
export interface Scenario {
  readonly seed: number;
  readonly waits: boolean;
  readonly workers: readonly GeneratedWorker[];
  readonly keys: readonly string[];
  readonly steps: readonly Step[];
}

// ---------------------------------------------------------------------------------------------
// The reference model: the port's documented semantics, used only to keep concurrent groups whose
// answer cannot depend on arrival order and waits that stay clear of every boundary.

interface ModelRecord {
  readonly state: 'started' | 'completed';
  readonly fp: string;
  readonly ttl: number;
  readonly expiresAt: number;
  readonly leaseUntil: number;
  readonly slot: number;
  readonly response: number;
}

interface Model {
  now: number;
  readonly records: Map<string, ModelRecord>;
  /** Leases handed out per key, so far. */
  readonly slots: Map<string, number>;
}

const cloneModel = (model: Model): Model => ({
  now: model.now,
  records: new Map(model.records),
  slots: new Map(model.slots),
});

/** Texts past this length stand in a model's state by a number: the wide pools hold 1 MiB ones. */
const LONG_TEXT = 256;
const longTexts = new Map<string, number>();
/** The same text always gets the same number, and an object never equals a text in JSON. */
const shortForm = (_key: string, value: unknown): unknown => {
  if (typeof value !== 'string' || value.length <= LONG_TEXT) return value;
  let id = longTexts.get(value);
  if (id === undefined) {
    id = longTexts.size;
    longTexts.set(value, id);
  }
  return { long: id };
};
const byKey = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) =>
  a < b ? -1 : a > b ? 1 : 0;

/**
 * A model's state as one text, to compare the orders a group may run in. Keys are sorted with a
 * comparator (the default sort stringifies every entry, a 1 MiB copy per comparison) and long texts
 * are numbered: `groupRecording` builds this for every interleaving of a group.
 */
const modelState = (model: Model): string =>
  JSON.stringify([[...model.records].sort(byKey), [...model.slots].sort(byKey)], shortForm);

function live(model: Model, key: string): ModelRecord | undefined {
  const record = model.records.get(key);
  if (record && record.expiresAt <= model.now) {
    model.records.delete(key);
    return undefined;
  }
  return record;
}

const isBad = (value: unknown): value is { readonly bad: number } =>
  typeof value === 'object' && value !== null && 'bad' in value;

function leaseFits(record: ModelRecord, key: string, lease: LeaseRef): boolean {
  if ('holder' in lease || 'loose' in lease) return true;
  if ('slot' in lease) return lease.of === key && lease.slot === record.slot;
  return false;
}

/** The record `op` names: its worker's prefix, then its key. */
const fullKey = (workers: readonly GeneratedWorker[], op: Op & { readonly key: string }): string =>
  (workers[op.w]?.prefix ?? '') + op.key;

/** Applies `op` to `model`: its answer as a label (`started#n` names the lease handed out). */
function apply(model: Model, op: Op, workers: readonly GeneratedWorker[], caseLease: number): string {
  if (isBad(op.key)) return 'refused';
  const key = fullKey(workers, op as Op & { readonly key: string });
  if (op.op === 'begin') {
    if (isBad(op.fp) || isBad(op.ttl)) return 'refused';
    const record = live(model, key);
    if (!record || (record.state === 'started' && record.leaseUntil <= model.now)) {
      const slot = (model.slots.get(key) ?? 0) + 1;
      model.slots.set(key, slot);
      const lease = workers[op.w]?.lease ?? 'default';
      model.records.set(key, {
        state: 'started',
        fp: op.fp,
        ttl: op.ttl,
        expiresAt: model.now + op.ttl,
        leaseUntil: model.now + (lease === 'default' ? caseLease : lease),
        slot,
        response: -1,
      });
      return `started#${slot}`;
    }
    if (record.fp !== op.fp) return 'mismatch';
    return record.state === 'started' ? 'in_progress' : `completed:${record.response}`;
  }
  if ('bad' in op.lease) return 'refused';
  if (op.op === 'complete') {
    if (isBad(op.response)) return 'refused';
    const record = live(model, key);
    if (record?.state === 'started' && leaseFits(record, key, op.lease)) {
      model.records.set(key, {
        ...record,
        state: 'completed',
        expiresAt: model.now + record.ttl,
        response: op.response,
      });
    }
    return 'ok';
  }
  const record = live(model, key);
  if (record?.state === 'started' && leaseFits(record, key, op.lease)) model.records.delete(key);
  return 'ok';
}

/** Every order the calls may run in on Redis: each worker's calls keep theirs (one connection). */
function interleavings(ops: readonly Op[]): number[][] {
  const orders: number[][] = [];
  const walk = (done: number[], left: number[]) => {
    if (left.length === 0) {
      orders.push(done);
      return;
    }
    for (const i of left) {
      const w = ops[i]?.w;
      // The first call left of its worker only.
      if (left.some((j) => j < i && ops[j]?.w === w)) continue;
      walk(
        [...done, i],
        left.filter((j) => j !== i),
      );
    }
  };
  walk(
    [],
    ops.map((_, i) => i),
  );
  return orders;
}

/**
 * How a group's answers can be recorded whatever order Redis runs it in, or undefined when they
 * cannot: the final state must be one, the answers the same per call (`ordered`) or as a tally
 * with at most one start per key (so which lease is the key's newest does not depend on order).
 */
function groupRecording(
  model: Model,
  ops: readonly Op[],
  workers: readonly GeneratedWorker[],
  caseLease: number,
): 'ordered' | 'tally' | undefined {
  const outcomes = interleavings(ops).map((order) => {
    const copy = cloneModel(model);
    const answers: string[] = new Array(ops.length).fill('');
    for (const i of order) answers[i] = apply(copy, ops[i] as Op, workers, caseLease);
    return { answers, state: modelState(copy) };
  });
  const first = outcomes[0];
  if (!first || outcomes.some((o) => o.state !== first.state)) return undefined;
  const startsInOpOrder = first.answers
    .map((answer, i) => ({ answer, key: fullKey(workers, ops[i] as Op & { readonly key: string }) }))
    .filter(({ answer }) => answer.startsWith('started'));
  const sameAnswers = outcomes.every((o) => o.answers.join('\n') === first.answers.join('\n'));
  if (sameAnswers) {
    // Two starts of one key: the runner numbers leases in call order, so the model must too.
    const byKey = new Map<string, number>();
    for (const { answer, key } of startsInOpOrder) {
      const slot = Number(answer.slice('started#'.length));
      if ((byKey.get(key) ?? 0) > slot) return undefined;
      byKey.set(key, slot);
    }
    return 'ordered';
  }
  const label = (answers: readonly string[]) =>
    JSON.stringify(answers.map((a) => (a.startsWith('started') ? 'started' : a)).sort());
  if (outcomes.some((o) => label(o.answers) !== label(first.answers))) return undefined;
  const keys = startsInOpOrder.map(({ key }) => key);
  if (new Set(keys).size !== keys.length) return undefined;
  return 'tally';
}

// ---------------------------------------------------------------------------------------------
// The generator.

const WAITS = [300, 700, 1_200, 1_700, 2_300] as const;
/** How far from any deadline a check after a wait stays: a 250 ms stall, margins and slack. */
const CLEARANCE_MS = 500;

/**
 * The scenario of `seed`. `waiting` forces the choice of whether it lets time pass (exploring the
 * clock's semantics costs real seconds on Redis, so the corpus's own mix keeps waits few); the
 * draw is made either way, so a seed's other choices do not depend on it.
 */
export function generateScenario(
  seed: number,
  options: { readonly waiting?: boolean; readonly wide?: boolean } = {},
): Scenario {
  const random = new SeededRandom(seed);
  const drawn = random.chance(0.125);
  const waits = options.waiting ?? drawn;
  const caseLease = waits ? CORPUS_LEASE_MS : HOUR;
  const workerCount = random.int(1, 3);
  const workers: GeneratedWorker[] = [{ lease: 'default', prefix: '' }];
  while (workers.length < workerCount) {
    workers.push({
      lease: waits ? random.pick(['default', 2_000, HOUR] as const) : random.pick(['default', HOUR] as const),
      prefix: random.chance(0.25) ? 'k:' : '',
    });
  }
  const keyPool: string[] = [...KEYS, ...(options.wide ? WIDE_KEYS : [])];
  const fingerprints: readonly string[] = [...FINGERPRINTS, ...(options.wide ? WIDE_FINGERPRINTS : [])];
  const keys: string[] = [];
  const keyCount = random.int(1, 3);
  while (keys.length < keyCount) {
    const key = random.pick(keyPool);
    keyPool.splice(keyPool.indexOf(key), 1);
    keys.push(key);
  }
  // A prefixed worker shares a record with the first worker only through `k:sub`.
  if (workers.some((w) => w.prefix !== '') && !keys.includes(SUB_KEY)) keys[keys.length - 1] = SUB_KEY;
  const ttls = waits ? [HOUR, 1_000, 2_000, 3_000] : [HOUR, HOUR * 24, Number.MAX_SAFE_INTEGER];
  const model: Model = { now: 0, records: new Map(), slots: new Map() };

  const leaseRef = (key: string): LeaseRef => {
    const handed = model.slots.get(key) ?? 0;
    const others = [...model.slots.keys()].filter((k) => k !== key);
    const choices: (() => LeaseRef)[] = [() => ({ holder: 'none' }), () => ({ holder: 'empty' })];
    if (options.wide) {
      choices.push(
        () => ({ loose: 'undefined-lease' }),
        () => ({ loose: 'null' }),
      );
      if (handed > 0) choices.push(() => ({ loose: 'bare-lease', of: key, slot: handed }));
    }
    if (handed > 0)
      choices.push(
        () => ({ slot: handed, of: key }),
        () => ({ slot: handed, of: key }),
      );
    if (handed > 1) choices.push(() => ({ slot: random.int(1, handed - 1), of: key }));
    if (others.length > 0) {
      choices.push(() => {
        const other = random.pick(others);
        return { slot: model.slots.get(other) ?? 1, of: other };
      });
    }
    choices.push(() => ({ forged: true }));
    return random.pick(choices)();
  };

  /** A key for worker `w` and the record it names. */
  const pickKey = (w: number): { key: string; full: string } => {
    const prefix = workers[w]?.prefix ?? '';
    if (prefix !== '' && random.chance(0.7)) return { key: SUB_KEY.slice(prefix.length), full: SUB_KEY };
    const key = random.pick(keys);
    return { key, full: prefix + key };
  };

  const validOp = (w: number): Op => {
    const { key, full } = pickKey(w);
    const roll = random.int(0, 99);
    if (roll < 50) {
      const record = model.records.get(full);
      // Mostly the key's own fingerprint, so replays and in_progress come up as often as mismatches.
      const fp = record && random.chance(0.6) ? record.fp : random.pick(fingerprints);
      return { op: 'begin', w, key, fp, ttl: random.chance(0.6) ? (ttls[0] as number) : random.pick(ttls) };
    }
    if (roll < 80) {
      return { op: 'complete', w, key, response: random.int(0, RESPONSES.length - 1), lease: leaseRef(full) };
    }
    return { op: 'abandon', w, key, lease: leaseRef(full) };
  };

  const invalidOp = (w: number): Op => {
    const picked = pickKey(w);
    const key = random.chance(0.3) ? { bad: random.int(0, BAD_KEYS.length - 1) } : picked.key;
    const roll = random.int(0, 2);
    if (roll === 0) {
      const badFp = isBad(key) ? random.chance(0.5) : random.chance(0.5);
      const fp = badFp ? { bad: random.int(0, BAD_FINGERPRINTS.length - 1) } : 'fp-a';
      const ttl = !isBad(key) && !badFp ? { bad: random.int(0, BAD_TTLS.length - 1) } : HOUR;
      return { op: 'begin', w, key, fp, ttl };
    }
    const lease: LeaseRef = random.chance(0.4)
      ? { bad: random.int(0, BAD_LEASES.length - 1) }
      : isBad(key)
        ? { holder: 'none' }
        : leaseRef(picked.full);
    if (roll === 1) {
      const badResponse = !isBad(key) && !('bad' in lease) ? true : random.chance(0.5);
      const response = badResponse
        ? { bad: random.int(0, BAD_RESPONSES.length - 1) }
        : random.int(0, RESPONSES.length - 1);
      return { op: 'complete', w, key, response, lease };
    }
    if (!isBad(key) && !('bad' in lease)) return { op: 'abandon', w, key: { bad: 0 }, lease };
    return { op: 'abandon', w, key, lease };
  };

  const anOp = (w: number): Op => (random.chance(0.12) ? invalidOp(w) : validOp(w));
  const mixed = (): Op[] =>
    Array.from({ length: random.int(2, 5) }, () => anOp(random.int(0, workerCount - 1)));
  /** Begins of one record from every worker at once (the same fingerprint and TTL, or one odd one out), maybe beside one more call. */
  const race = (): Op[] => {
    const full =
      SUB_KEY.startsWith(workers[1]?.prefix ?? '') && random.chance(0.3) ? SUB_KEY : random.pick(keys);
    const fp = model.records.get(full)?.fp ?? random.pick(fingerprints);
    const ttl = random.pick(ttls);
    const ops: Op[] = workers.flatMap((worker, w) => {
      if (!full.startsWith(worker.prefix)) return [];
      const key = full.slice(worker.prefix.length);
      return Array.from({ length: random.int(1, 2) }, (): Op => ({ op: 'begin', w, key, fp, ttl }));
    });
    if (random.chance(0.3)) {
      const odd = random.int(0, ops.length - 1);
      ops[odd] = { ...(ops[odd] as Op & { op: 'begin' }), fp: random.pick(fingerprints) };
    }
    if (random.chance(0.3)) ops.push(anOp(random.int(0, workerCount - 1)));
    return ops;
  };

  const steps: Step[] = [];
  const stepCount = random.int(4, 12);
  let waitsLeft = waits ? random.int(1, 2) : 0;
  for (let n = 0; n < stepCount; n += 1) {
    // In a waiting scenario a wait comes after the first step and before the read-back.
    if (waitsLeft > 0 && n > 0 && (random.chance(0.3) || stepCount - n <= waitsLeft)) {
      const clear = WAITS.filter((ms) =>
        [...model.records.values()].every((r) =>
          [r.expiresAt, r.state === 'started' ? r.leaseUntil : Number.NEGATIVE_INFINITY].every(
            (deadline) => deadline <= model.now + ms || deadline >= model.now + ms + CLEARANCE_MS,
          ),
        ),
      );
      if (clear.length > 0) {
        const ms = random.pick(clear);
        const within = (deadline: number) => deadline > model.now && deadline <= model.now + ms;
        const crosses = [...model.records.values()].filter(
          (r) => within(r.expiresAt) || (r.state === 'started' && within(r.leaseUntil)),
        ).length;
        model.now += ms;
        steps.push({ step: 'wait', ms, crosses });
        waitsLeft -= 1;
        continue;
      }
    }
    if (random.chance(0.18)) {
      for (let tries = 0; tries < 20; tries += 1) {
        const ops = workerCount > 1 && random.chance(0.4) ? race() : mixed();
        const record = groupRecording(model, ops, workers, caseLease);
        if (record) {
          for (const op of ops) apply(model, op, workers, caseLease);
          steps.push({ step: 'all', ops, record });
          break;
        }
      }
      continue;
    }
    const op = anOp(random.int(0, workerCount - 1));
    apply(model, op, workers, caseLease);
    steps.push({ step: 'op', op });
  }
  // The read-back: every record ever begun and every key, by the first worker (on the bare
  // prefix), each begun with its record's fingerprint (a replay shows the response).
  for (const key of new Set([...keys, ...model.slots.keys()])) {
    const fp = live(model, key)?.fp ?? 'fp-a';
    const op: Op = { op: 'begin', w: 0, key, fp, ttl: HOUR };
    apply(model, op, workers, caseLease);
    steps.push({ step: 'op', op });
  }
  // Generated for the short lease: it runs on it even in the rare case that no wait was clear.
  return { seed, waits, workers, keys, steps };
}

// ---------------------------------------------------------------------------------------------
// The runner: the same scenario on any `CorpusStores`.

const badValue = (list: readonly unknown[], index: number): unknown => list[index];

/** Runs `scenario` on `stores`: each step's answer (a group's in call order or as a tally). */
export async function runScenario(scenario: Scenario, stores: CorpusStores): Promise<JsonValue> {
  const pool: IdempotencyStore[] = [stores.store];
  for (const { lease, prefix } of scenario.workers.slice(1)) {
    const options = lease === 'default' ? {} : { leaseMs: lease };
    pool.push(await (prefix === '' ? stores.worker(options) : stores.prefixed(prefix, options)));
  }
  const leases = new Map<string, string[]>();
  const holderOf = (ref: LeaseRef): IdempotencyHolder | undefined => {
    if ('holder' in ref) return ref.holder === 'none' ? undefined : {};
    if ('loose' in ref) {
      if (ref.loose === 'undefined-lease') return { lease: undefined };
      if (ref.loose === 'null') return null as unknown as IdempotencyHolder;
      return (leases.get(ref.of ?? '')?.[(ref.slot ?? 1) - 1] ??
        FORGED_LEASE) as unknown as IdempotencyHolder;
    }
    if ('forged' in ref) return { lease: FORGED_LEASE };
    if ('bad' in ref) return { lease: badValue(BAD_LEASES, ref.bad) as string };
    // A lease the stores never handed out (they answered otherwise than the model): forged.
    return { lease: leases.get(ref.of)?.[ref.slot - 1] ?? FORGED_LEASE };
  };
  const keyOf = (key: Op['key']) => (isBad(key) ? (badValue(BAD_KEYS, key.bad) as string) : key);

  /** Starts `op` (its holder resolved now), answering its result and the lease a start handed out. */
  const call = (op: Op): Promise<{ answer: JsonValue; lease?: string }> => {
    const store = pool[op.w] as IdempotencyStore;
    const key = keyOf(op.key);
    if (op.op === 'begin') {
      const fp = isBad(op.fp) ? (badValue(BAD_FINGERPRINTS, op.fp.bad) as string) : op.fp;
      const ttl = isBad(op.ttl) ? (badValue(BAD_TTLS, op.ttl.bad) as number) : op.ttl;
      return store.begin(key, fp, ttl).then(
        (found) => ({
          answer: result(found),
          ...(found.kind === 'started' ? { lease: found.lease } : {}),
        }),
        async (error: unknown) => ({ answer: await attempt(() => Promise.reject(error)) }),
      );
    }
    const holder = holderOf(op.lease);
    if (op.op === 'complete') {
      const response = isBad(op.response)
        ? (BAD_RESPONSES[op.response.bad]?.() as StoredResponse)
        : (RESPONSES[op.response]?.() as StoredResponse);
      return attempt(() => store.complete(key, response, holder)).then((answer) => ({ answer }));
    }
    return attempt(() => store.abandon(key, holder)).then((answer) => ({ answer }));
  };
  const keep = (op: Op, lease: string | undefined) => {
    if (lease === undefined || isBad(op.key)) return;
    const full = fullKey(scenario.workers, op as Op & { readonly key: string });
    leases.set(full, [...(leases.get(full) ?? []), lease]);
  };

  const answers: JsonValue[] = [];
  for (const step of scenario.steps) {
    if (step.step === 'wait') {
      await stores.advanceTime(step.ms);
      continue;
    }
    if (step.step === 'op') {
      const { answer, lease } = await call(step.op);
      keep(step.op, lease);
      answers.push(answer);
      continue;
    }
    const done = await Promise.all(step.ops.map(call));
    step.ops.forEach((op, i) => {
      keep(op, done[i]?.lease);
    });
    const all = done.map(({ answer }) => answer);
    answers.push(step.record === 'ordered' ? { all } : { tally: tally(all) });
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Description, for case names and for reading a failing scenario.

const shortText = (text: string) => JSON.stringify(text.length > 12 ? `${text.slice(0, 12)}…` : text);

function describeLease(ref: LeaseRef): string {
  if ('holder' in ref) return ref.holder === 'none' ? 'no holder' : '{}';
  if ('loose' in ref) return `holder ${ref.loose}`;
  if ('forged' in ref) return 'forged lease';
  if ('bad' in ref) return `bad lease ${String(JSON.stringify(badValue(BAD_LEASES, ref.bad)))}`;
  return `lease ${shortText(ref.of)}#${ref.slot}`;
}

/** One call as text: `w1 complete "k" r5 lease "k"#1`. */
export function describeOp(op: Op): string {
  const key = isBad(op.key) ? `bad key #${op.key.bad}` : shortText(op.key);
  if (op.op === 'begin') {
    const fp = isBad(op.fp) ? `bad fp #${op.fp.bad}` : shortText(op.fp);
    const ttl = isBad(op.ttl) ? `bad ttl #${op.ttl.bad}` : `${op.ttl}`;
    return `w${op.w} begin ${key} ${fp} ${ttl}`;
  }
  if (op.op === 'complete') {
    const response = isBad(op.response) ? `bad response #${op.response.bad}` : `r${op.response}`;
    return `w${op.w} complete ${key} ${response} ${describeLease(op.lease)}`;
  }
  return `w${op.w} abandon ${key} ${describeLease(op.lease)}`;
}

/** The scenario as lines, for a failing case's reader. */
export function describeScenario(scenario: Scenario): string[] {
  return [
    `seed ${scenario.seed}, workers ${JSON.stringify(scenario.workers)}`,
    ...scenario.steps.map((step) => {
      if (step.step === 'wait') return `wait ${step.ms} (${step.crosses} deadlines run out)`;
      if (step.step === 'op') return describeOp(step.op);
      return `all (${step.record}): ${step.ops.map(describeOp).join(' | ')}`;
    }),
  ];
}

/** A short summary for a case's name: what the scenario mixes. */
function summary(scenario: Scenario): string {
  const counts = new Map<string, number>();
  const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const step of scenario.steps) {
    if (step.step === 'wait') count('wait');
    else if (step.step === 'all') count('Promise.all');
    for (const op of step.step === 'op' ? [step.op] : step.step === 'all' ? step.ops : []) {
      count(op.op);
      if (
        isBad(op.key) ||
        (op.op === 'begin' && (isBad(op.fp) || isBad(op.ttl))) ||
        (op.op !== 'begin' && 'bad' in op.lease) ||
        (op.op === 'complete' && isBad(op.response))
      )
        count('refused');
    }
  }
  const parts = [...counts].map(([label, n]) => `${label} ×${n}`);
  const prefixed = scenario.workers.some((w) => w.prefix !== '') ? ' (one on prefix k:)' : '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(scenario.workers.length, 'worker')}${prefixed}, ${plural(scenario.keys.length, 'key')}: ${parts.join(', ')}`;
}

/** The case of `seed` (with the wide pools when asked), in the corpus's groups: waiting ones `expiry`, ones with groups `concurrency`. */
export function generatedCase(seed: number, options: { readonly wide?: boolean } = {}): IdempotencyCase {
  const scenario = generateScenario(seed, options);
  const group = scenario.waits
    ? 'expiry'
    : scenario.steps.some((s) => s.step === 'all')
      ? 'concurrency'
      : 'lifecycle';
  return {
    name: `r27 generated ${options.wide ? 'wide ' : ''}seed ${seed} (${summary(scenario)})`,
    group,
    waits: scenario.waits,
    run: (stores) => runScenario(scenario, stores),
  };
}

/** What the stores replay for response `index`: what the port promises (validated, then read back). */
export function expectedReplay(index: number): StoredResponse | undefined {
  const build = RESPONSES[index];
  if (!build) return undefined;
  const decoded = decodeStoredResponse(encodeStoredResponse(readStoredResponse(build())));
  return typeof decoded === 'string' ? undefined : decoded;
}

/**
 * What the reference model says `scenario` answers, in `runScenario`'s form with every refusal as
 * `refused`: a third opinion beside Redis and the fake when exploring seeds.
 */
export function modelAnswers(scenario: Scenario): JsonValue {
  const caseLease = scenario.waits ? CORPUS_LEASE_MS : HOUR;
  const model: Model = { now: 0, records: new Map(), slots: new Map() };
  const render = (label: string): JsonValue => {
    if (label.startsWith('started')) return 'started';
    if (!label.startsWith('completed:')) return label;
    const replay = expectedReplay(Number(label.slice('completed:'.length)));
    return replay ? { completed: shown(replay) } : 'unreadable';
  };
  const answers: JsonValue[] = [];
  for (const step of scenario.steps) {
    if (step.step === 'wait') model.now += step.ms;
    else if (step.step === 'op') answers.push(render(apply(model, step.op, scenario.workers, caseLease)));
    else {
      const all = step.ops.map((op) => render(apply(model, op, scenario.workers, caseLease)));
      answers.push(step.record === 'ordered' ? { all } : { tally: tally(all) });
    }
  }
  return answers;
}
