// Round 27: runs a generated scenario (scenario-gen.ts) on a CorpusBroker and reports what each
// step saw, the same way on RabbitMQ and on InMemoryBroker.
import { declare } from '@seams/contracts';
import type { Delivery, EventConsumer, JsonValue, QueueSpec, Subscription } from '@seams/ports';
import { type BrokerCase, deaths, evt, outcome, pause } from '../broker-case.js';
import type { CorpusBroker, DrainedMessage } from '../corpus-broker.js';
import {
  EXPIRE_MS,
  type GenAction,
  type GenConsumer,
  type GenStep,
  type GenTtl,
  type Scenario,
  SETTLE_MS,
  SHORT_TTL_MS,
} from './scenario-gen.js';

/** `id:redelivered:count` and, for a dead letter, `reason@queue*count`. */
const mark = (d: Delivery): string =>
  `${d.message.id}:${d.redelivered}:${d.deliveryCount}${
    d.deadLetter ? `|${d.deadLetter.reason}@${d.deadLetter.queue}*${d.deadLetter.count}` : ''
  }`;

interface Held {
  readonly delivery: Delivery;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

const ttlMs = (ttl: GenTtl): number => (ttl === 'zero' ? 0 : ttl === 'short' ? SHORT_TTL_MS : 60_000);

/** Lets a step settle: the same span on the fake's clock as RabbitMQ gets in real time. */
async function settle(b: CorpusBroker, ms = SETTLE_MS): Promise<void> {
  await b.advanceTime(ms);
  // The fake's clock moves at once: its deliveries (one turn each, an ack-at-once handler's chain
  // several) get the turns RabbitMQ's got in real time.
  for (let turn = 0; turn < 50; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  await pause(1);
}

/**
 * Runs `scenario` on `b` and returns what each step saw (publish outcomes, each consumer's new
 * deliveries), then every queue's contents once the consumers stopped: dead letters grouped by
 * the path they took, as several queues dead-letter in no fixed order between them.
 */
export async function runScenario(b: CorpusBroker, scenario: Scenario): Promise<JsonValue> {
  const exchanges = { main: b.exchange, dlx: b.name('dlx'), end: b.name('end') };
  const specs: QueueSpec[] = scenario.queues.map((q) => ({
    name: b.name(q.base),
    type: b.queueType,
    bindings: q.patterns.map((pattern) => ({ exchange: exchanges[q.from], pattern })),
    ...(q.ttl === undefined ? {} : { messageTtlMs: ttlMs(q.ttl) }),
    ...(q.maxLength === undefined ? {} : { maxLength: q.maxLength }),
    ...(q.dlx === undefined ? {} : { deadLetterExchange: exchanges[q.dlx] }),
  }));
  const dead: QueueSpec = {
    name: b.name('dead'),
    type: b.queueType,
    bindings: [{ exchange: exchanges.end, pattern: '#' }],
  };
  await declare(b, [...specs, dead], [exchanges.dlx, exchanges.end]);

  const consumers: ConsumerState[] = scenario.consumers.map((spec, i) => ({
    spec,
    label: `c${i}`,
    queue: at(specs, spec.queue).name,
    client: i === 0 ? b.consumer : b.newConsumer(),
    held: [],
    seen: [],
    reported: 0,
  }));
  let next = 0;

  const fresh = () => {
    const out: Record<string, string[]> = {};
    for (const c of consumers) {
      if (c.seen.length > c.reported) out[c.label] = c.seen.slice(c.reported);
      c.reported = c.seen.length;
    }
    return out;
  };

  const log: JsonValue[] = [];
  for (const step of scenario.steps) {
    let answer: JsonValue = null;
    switch (step.do) {
      case 'publish': {
        const outcomes: string[] = [];
        for (let i = 0; i < step.count; i++) {
          outcomes.push(await outcome(b.publisher.publish(evt(`m${next++}`, step.key))));
          if (!step.burst) await settle(b);
        }
        if (step.burst) await settle(b);
        answer = outcomes.join(',');
        break;
      }
      case 'consume': {
        answer = await outcome(consume(at(consumers, step.consumer)));
        await settle(b);
        break;
      }
      case 'settle': {
        const { held } = at(consumers, step.consumer);
        const taken =
          step.pick === 'all'
            ? held.splice(0)
            : step.pick === 'first'
              ? held.splice(0, 1)
              : held.splice(-1, 1);
        for (const h of taken) apply(h, step.action);
        await settle(b);
        answer = taken.length;
        break;
      }
      case 'expire':
        await settle(b, EXPIRE_MS);
        break;
      case 'drop': {
        await b.dropConsumerConnection();
        // What the handlers held went back with the channel: their late settlements are lost.
        for (const c of consumers) for (const h of c.held.splice(0)) h.resolve();
        await b.consumersBack();
        await settle(b, SETTLE_MS * 2);
        break;
      }
      case 'stop':
        await stop(b, at(consumers, step.consumer), step.after);
        break;
    }
    log.push({ step: stepLabel(step), answer, got: fresh() });
  }

  // Stop what still consumes: held deliveries go back unsettled (requeued) by the hand-back.
  for (const c of consumers) await stop(b, c, 'requeue');
  await settle(b);
  const left: Record<string, JsonValue> = {};
  for (const [i, spec] of specs.entries()) {
    left[at(scenario.queues, i).base] = (await b.drain(spec.name)).map(flagsAndDeaths);
  }
  left.dead = byPath(await b.drain(dead.name));
  log.push({ tail: fresh() });
  return { log, left };
}

interface ConsumerState {
  readonly spec: GenConsumer;
  readonly label: string;
  readonly queue: string;
  readonly client: EventConsumer;
  readonly held: Held[];
  readonly seen: string[];
  reported: number;
  subscription?: Subscription | undefined;
}

/** `list[index]`, which the scenario promises is there. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`scenario refers to item ${index} of ${list.length}`);
  return item;
}

function apply(h: Held, action: GenAction): void {
  if (action === 'throw') h.reject(new Error('generated failure'));
  else {
    if (action === 'ack') h.delivery.ack();
    else h.delivery.nack({ requeue: action === 'requeue' });
    h.resolve();
  }
}

async function consume(c: ConsumerState): Promise<void> {
  const { spec } = c;
  c.subscription = await c.client.consume(
    c.queue,
    (d) => {
      c.seen.push(mark(d));
      if (spec.policy === 'ack') return;
      if (spec.policy === 'reject') return d.nack({ requeue: false });
      if (spec.policy === 'throw') throw new Error('generated poison');
      return new Promise<void>((resolve, reject) => {
        c.held.push({ delivery: d, resolve, reject });
      });
    },
    { prefetch: spec.prefetch, ...(spec.maxDeliveries ? { maxDeliveries: spec.maxDeliveries } : {}) },
  );
}

/** `stop()`, then what the handlers held is settled by `after` while it waits for them. */
async function stop(b: CorpusBroker, c: ConsumerState, after: GenAction): Promise<void> {
  const { subscription } = c;
  c.subscription = undefined;
  if (!subscription) return;
  const stopping = subscription.stop();
  await settle(b);
  for (const h of c.held.splice(0)) apply(h, after);
  await stopping;
  // What that settles (a requeue, a dead letter) reaches the consumers still on before the next step.
  await settle(b);
}

const flagsAndDeaths = (m: DrainedMessage): string =>
  `${deaths(m)}:${m.redelivered}:${String(m.brokerHeaders['x-delivery-count'] ?? '-')}`;

function byPath(messages: readonly DrainedMessage[]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const m of messages) {
    const xDeath = m.brokerHeaders['x-death'] as ReadonlyArray<{ reason: string; queue: string }> | undefined;
    const path = xDeath ? xDeath.map((d) => `${d.queue}/${d.reason}`).join('>') : '-';
    const group = groups[path] ?? [];
    groups[path] = group;
    group.push(flagsAndDeaths(m));
  }
  return Object.fromEntries(Object.entries(groups).sort(([a], [c]) => (a < c ? -1 : 1)));
}

function stepLabel(step: GenStep): string {
  switch (step.do) {
    case 'publish':
      return `publish ${step.count}x${step.key}${step.burst ? ' at once' : ''}`;
    case 'consume':
      return `consume c${step.consumer}`;
    case 'settle':
      return `c${step.consumer} ${step.action} ${step.pick}`;
    case 'expire':
      return 'expire';
    case 'drop':
      return 'drop';
    case 'stop':
      return `stop c${step.consumer} then ${step.after}`;
  }
}

/** A corpus case that runs `scenario`. */
export function scenarioCase(name: string, group: BrokerCase['group'], scenario: Scenario): BrokerCase {
  return { name, group, run: (b) => runScenario(b, scenario) };
}
