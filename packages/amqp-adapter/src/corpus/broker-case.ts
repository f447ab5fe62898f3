import { boundQueue, collectingQueue, declare } from '@seams/contracts';
import { type Delivery, type EventMessage, hasErrorCode, type JsonValue, type QueueSpec } from '@seams/ports';
import type { CorpusBroker, DrainedMessage } from './corpus-broker.js';

/** The corpus's groups: one file of cases each. */
export type BrokerCaseGroup = 'routing' | 'properties' | 'settlement' | 'dead-letters' | 'topology';

/**
 * One scenario, run unchanged on `InMemoryBroker` and on RabbitMQ for each queue type. It returns
 * what it observed as JSON: failures of individual steps are part of the observation
 * (`outcome()`), so only an unexpected failure (a wait that never ends) throws.
 */
export interface BrokerCase {
  readonly name: string;
  readonly group: BrokerCaseGroup;
  run(broker: CorpusBroker): Promise<JsonValue>;
}

/** Defines a group's cases, keeping their order. */
export function brokerCases(
  group: BrokerCaseGroup,
  cases: Readonly<Record<string, (broker: CorpusBroker) => Promise<JsonValue>>>,
): BrokerCase[] {
  return Object.entries(cases).map(([name, run]) => ({ name, group, run }));
}

/** A deterministic event: same id, payload and time on every broker, so observations compare. */
export function evt(id: string, type = 'order.created', extra: Partial<EventMessage> = {}): EventMessage {
  return { id, type, payload: { id }, occurredAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)), ...extra };
}

/** A delivery as the corpus records it. */
export function seen(delivery: Delivery): JsonValue {
  return {
    id: delivery.message.id,
    queue: delivery.queue,
    redelivered: delivery.redelivered,
    count: delivery.deliveryCount,
    dead: delivery.deadLetter ? { ...delivery.deadLetter } : null,
  };
}

/** `ok`, or the error's `code` with what it names (publish reason, invalid fields): never its message. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (hasErrorCode(error, 'PUBLISH_FAILED'))
      return `PUBLISH_FAILED:${(error as { reason: string }).reason}`;
    if (hasErrorCode(error, 'VALIDATION_FAILED')) {
      const issues = (error as { issues: ReadonlyArray<{ path: string }> }).issues;
      return `VALIDATION_FAILED:${issues.map((issue) => issue.path).join(',')}`;
    }
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    return `error:${typeof code === 'string' ? code : 'no code'}`;
  }
}

/** Publishes each event in order, awaiting each confirm, and lists the outcomes. */
export async function publishAll(broker: CorpusBroker, events: readonly EventMessage[]): Promise<string[]> {
  const outcomes: string[] = [];
  for (const event of events) outcomes.push(await outcome(broker.publisher.publish(event)));
  return outcomes;
}

/**
 * Publishes one at a time with a pause after each. RabbitMQ's queue republishes what it dead-letters on its own
 * time, so a case that watches dead letters interleave with later publishes must let each settle first.
 */
export async function publishPaced(
  broker: CorpusBroker,
  events: readonly EventMessage[],
  pauseMs = 50,
): Promise<string[]> {
  const outcomes: string[] = [];
  for (const event of events) {
    outcomes.push(await outcome(broker.publisher.publish(event)));
    await broker.advanceTime(pauseMs);
  }
  return outcomes;
}

/** `m0` .. `m(n-1)`: the ids cases publish. */
export const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `m${i}`);

/** `value` through JSON once, as a case's answer is compared: `undefined` properties drop out. */
export const json = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

/** Everything a handler sees of a message, for round-trip cases. */
export const whole = (d: Delivery): JsonValue =>
  json({
    id: d.message.id,
    type: d.message.type,
    payload: d.message.payload,
    occurredAt: d.message.occurredAt.toISOString(),
    correlationId: d.message.correlationId ?? null,
    headers: d.message.headers ?? null,
    redelivered: d.redelivered,
    count: d.deliveryCount,
    dead: d.deadLetter ? { ...d.deadLetter } : null,
  });

/** Ids of what `drain` found, in queue order. */
export async function drainedIds(broker: CorpusBroker, queue: string, atLeast = 0): Promise<string[]> {
  return (await broker.drain(queue, atLeast)).map((message) => message.id);
}

/** Waits `ms` of real time (a case's settling time on both brokers). */
export const pause = (ms: number): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Queues bound by one pattern each; publishes each key and reports the outcome and where it went,
 * by key and by pattern. With `labelLength`, labels are cut to it and numbered (long keys and
 * patterns); the thirteenth round's cases were recorded with whole labels.
 */
export async function routeTable(
  b: CorpusBroker,
  patterns: readonly string[],
  keys: readonly string[],
  labelLength?: number,
): Promise<{ published: Record<string, string>; routed: Record<string, string[]> }> {
  const cut = (text: string) => (labelLength === undefined ? text : text.slice(0, labelLength));
  const queues = patterns.map((pattern, i) => boundQueue(b, `q${i}`, [pattern]));
  await declare(b, queues);
  const published: Record<string, string> = {};
  for (const [i, key] of keys.entries()) {
    published[`${i}:${cut(JSON.stringify(key))}`] = await outcome(b.publisher.publish(evt(`k${i}`, key)));
  }
  const routed: Record<string, string[]> = {};
  for (const [i, queue] of queues.entries()) {
    const pattern = patterns[i] as string;
    routed[labelLength === undefined ? pattern : `${i}:${cut(pattern)}`] = await drainedIds(b, queue.name);
  }
  return { published, routed };
}

/** A queue bound to `#` with a dead-letter exchange collecting into `dead`. */
export async function workAndDead(b: CorpusBroker, extra: Omit<QueueSpec, 'name' | 'bindings'> = {}) {
  const dlx = b.name('dlx');
  const work = boundQueue(b, 'work', ['#'], { deadLetterExchange: dlx, ...extra });
  const dead = collectingQueue(b, 'dead', dlx);
  await declare(b, [work, dead], [dlx]);
  return { work: work.name, dead: dead.name, dlx };
}

/**
 * A quorum queue `qq` and a classic queue `qc`, whatever the case's queue type, bound to the case's
 * exchange by one pattern each: a case that compares the two types side by side.
 */
export function queuePair(
  b: CorpusBroker,
  quorumPattern = '#',
  classicPattern = quorumPattern,
): readonly [QueueSpec, QueueSpec] {
  const bound = (base: string, type: QueueSpec['type'], pattern: string): QueueSpec => ({
    name: b.name(base),
    type,
    bindings: [{ exchange: b.exchange, pattern }],
  });
  return [bound('qq', 'quorum', quorumPattern), bound('qc', 'classic', classicPattern)];
}

/** `id:queue/reason*count>...` from a drained message's `x-death`. */
export const deaths = (m: DrainedMessage): string => {
  const xDeath = m.brokerHeaders['x-death'] as
    | ReadonlyArray<{ reason: string; queue: string; count: number }>
    | undefined;
  return xDeath ? `${m.id}:${xDeath.map((d) => `${d.queue}/${d.reason}*${d.count}`).join('>')}` : m.id;
};

/** `id:redelivered:x-delivery-count` of a drained message. */
export const flags = (m: DrainedMessage): string =>
  `${m.id}:${m.redelivered}:${String(m.brokerHeaders['x-delivery-count'] ?? '-')}`;
