// Round 27: a seeded generator of broker scenarios nobody wrote by hand (queues with TTLs, length
// limits and dead-letter chains, topic bindings, consumers that hold, settle, throw, stop and lose
// their connection, time passing). Plain data, so a kept case is its scenario written out;
// run-scenario.ts runs one on a CorpusBroker.
import { SeededRandom } from '@seams/contracts';

/**
 * A TTL that outlives every step but `expire`: the generator keeps the real time between two
 * `expire` steps under half of it (see `budget`), and `expire` waits longer than it.
 */
export const SHORT_TTL_MS = 1_500;
/** What `expire` lets pass: past `SHORT_TTL_MS` for every message already published. */
export const EXPIRE_MS = 1_650;
/** What each step lets settle on RabbitMQ (and moves the fake's clock by). */
export const SETTLE_MS = 40;

export type GenTtl = 'zero' | 'short' | 'long';
export type GenAction = 'ack' | 'requeue' | 'reject' | 'throw';

/** A queue of the case's type. `from`: the exchange it is bound to; `dlx`: where its dead letters go. */
export interface GenQueue {
  readonly base: string;
  readonly from: 'main' | 'dlx';
  readonly patterns: readonly string[];
  readonly ttl?: GenTtl;
  readonly maxLength?: number;
  readonly dlx?: 'dlx' | 'end';
}

/**
 * A consumer of `queue` (an index): `hold` keeps each delivery until a step settles it, `ack` acks
 * at once, `reject` nacks without requeue at once, `throw` fails every time (requeued until its
 * `maxDeliveries`, then dead-lettered by the consumer).
 */
export interface GenConsumer {
  readonly queue: number;
  readonly prefetch: number;
  readonly maxDeliveries?: number;
  readonly policy: 'hold' | 'ack' | 'reject' | 'throw';
}

export type GenStep =
  | {
      readonly do: 'publish';
      readonly key: string;
      readonly count: number;
      /** Each publish awaits its confirm but not the one before's dead letters (no consumer is on). */
      readonly burst?: true;
    }
  | { readonly do: 'consume'; readonly consumer: number }
  | {
      readonly do: 'settle';
      readonly consumer: number;
      readonly pick: 'first' | 'last' | 'all';
      readonly action: GenAction;
    }
  | { readonly do: 'expire' }
  | { readonly do: 'drop' }
  | { readonly do: 'stop'; readonly consumer: number; readonly after: GenAction };

export interface Scenario {
  readonly queues: readonly GenQueue[];
  readonly consumers: readonly GenConsumer[];
  readonly steps: readonly GenStep[];
}

const PATTERNS = ['#', 'a.*', '*.b', 'a.#', '#.b', 'b.*', '*', 'a.b', '*.*'];
const KEYS = ['a.b', 'a.c', 'b.b', 'b.c', 'a', 'c.b', 'a.b.c'];
const ACTIONS: readonly GenAction[] = ['ack', 'requeue', 'reject', 'throw'];

/**
 * A scenario from `seed`. Shapes RabbitMQ itself answers in more than one way are not generated:
 * publishes settle one at a time, at most one queue feeds the chain queue (so its order is one
 * queue's), dead letters from several queues are compared per path, and real time between two
 * `expire` steps stays well under a short TTL.
 */
export function generateScenario(
  seed: number,
  profile: 'spread' | 'crowded' = 'spread',
  options: {
    /** Consumers that reject or fail every delivery, as well as ones that hold or ack. */
    readonly poisoned?: boolean;
    /** Unpaced publishes of up to six, while no consumer is on. */
    readonly bursts?: boolean;
  } = {},
): Scenario {
  const { poisoned = false, bursts = false } = options;
  // `crowded`: one queue (and perhaps its chain), several consumers on it, a short length limit
  // more often: where consumers compete for what settlements and hand-backs put back.
  const crowded = profile === 'crowded';
  const random = new SeededRandom(seed);
  const rnd = () => random.next();
  const int = (n: number) => random.below(n);
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const chance = (p: number) => random.chance(p);

  const mains = crowded ? 1 : 1 + int(3);
  const chained = chance(0.4) ? int(mains) : -1;
  const queues: GenQueue[] = [];
  const ttl = (): GenTtl | undefined =>
    chance(0.45) ? pick<GenTtl>(['zero', 'short', 'short', 'long']) : undefined;
  const maxLength = (): number | undefined => (chance(crowded ? 0.7 : 0.45) ? int(4) : undefined);
  for (let i = 0; i < mains; i++) {
    const patterns = chance(0.25) ? [pick(PATTERNS), pick(PATTERNS)] : [pick(PATTERNS)];
    const dlx = i === chained ? 'dlx' : chance(0.6) ? 'end' : undefined;
    const t = ttl();
    queues.push({
      base: `q${i}`,
      from: 'main',
      patterns: [...new Set(patterns)],
      ...(t ? { ttl: t } : {}),
      ...withMax(maxLength()),
      ...(dlx ? { dlx } : {}),
    });
  }
  if (chained >= 0) {
    const t = ttl();
    queues.push({
      base: 'chain',
      from: 'dlx',
      patterns: [chance(0.7) ? '#' : pick(PATTERNS)],
      ...(t ? { ttl: t } : {}),
      ...withMax(maxLength()),
      ...(chance(0.6) ? { dlx: 'end' as const } : {}),
    });
  }

  const consumers: GenConsumer[] = [];
  const nConsumers = crowded ? 2 + int(2) : 1 + int(3);
  for (let i = 0; i < nConsumers; i++) {
    const queue = crowded && chance(0.8) ? 0 : int(queues.length);
    const prefetch = 1 + int(3);
    const maxDeliveries = chance(0.3) ? 2 + int(2) : undefined;
    const policy = chance(0.75) ? 'hold' : poisoned ? pick(['ack', 'reject', 'throw'] as const) : 'ack';
    // A consumer failing every delivery loops through the whole limit: kept at two, a loop of the
    // default five over a burst outlasts a step's settling time on RabbitMQ.
    const limit = policy === 'throw' ? 2 : maxDeliveries;
    consumers.push({ queue, prefetch, ...(limit ? { maxDeliveries: limit } : {}), policy });
  }

  const steps: GenStep[] = [];
  const hasShort = queues.some((q) => q.ttl === 'short');
  // Estimated real time since the last `expire`: a short TTL must not run out outside one.
  let budget = 0;
  // The end (each consumer stopped, settled twice, then the drains) must fit in it too.
  const reserve = hasShort ? consumers.length * SETTLE_MS * 3 + 150 : 0;
  const consuming = new Set<number>();
  let published = 0;
  const nSteps = 5 + int(9);
  for (let s = 0; s < nSteps && published < 14; s++) {
    const roll = rnd();
    let step: GenStep;
    if (roll < 0.3 || s === 0) {
      const burst = bursts && consuming.size === 0 && chance(0.6);
      const count = burst ? 2 + int(5) : 1 + int(3);
      published += count;
      step = { do: 'publish', key: pick(KEYS), count, ...(burst ? { burst: true as const } : {}) };
    } else if (roll < 0.45) {
      const idle = consumers.map((_, i) => i).filter((i) => !consuming.has(i));
      if (idle.length === 0) continue;
      const c = pick(idle);
      consuming.add(c);
      step = { do: 'consume', consumer: c };
    } else if (roll < 0.72) {
      if (consuming.size === 0) continue;
      step = {
        do: 'settle',
        consumer: pick([...consuming]),
        pick: pick(['first', 'first', 'last', 'all'] as const),
        action: pick(ACTIONS),
      };
    } else if (roll < 0.82) {
      if (!hasShort) continue;
      step = { do: 'expire' };
    } else if (roll < 0.91) {
      // Two consumers of one queue holding messages return them in no fixed order on a drop
      // (RabbitMQ closes their channels one by one): only drops with one consumer per queue.
      const queuesOn = [...consuming].map((c) => consumers[c]?.queue);
      if (consuming.size === 0 || new Set(queuesOn).size < queuesOn.length) continue;
      step = { do: 'drop' };
    } else {
      if (consuming.size === 0) continue;
      const c = pick([...consuming]);
      consuming.delete(c);
      step = { do: 'stop', consumer: c, after: pick(ACTIONS) };
    }
    const cost =
      step.do === 'publish' ? step.count * SETTLE_MS * 1.5 : step.do === 'drop' ? 400 : SETTLE_MS * 2;
    if (hasShort && step.do !== 'expire' && budget + cost + reserve > SHORT_TTL_MS / 2) {
      steps.push({ do: 'expire' });
      budget = 0;
    }
    steps.push(step);
    budget = step.do === 'expire' ? 0 : budget + cost;
  }
  return { queues, consumers, steps };
}

function withMax(max: number | undefined): { maxLength?: number } {
  return max === undefined ? {} : { maxLength: max };
}
