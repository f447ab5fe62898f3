import { type Topology, ValidationError, type ValidationIssue } from '@seams/ports';

const QUEUE_TYPES: ReadonlySet<unknown> = new Set([undefined, 'quorum', 'classic']);

/**
 * Throws `ValidationError` (code `unsupported` per field) for an exchange type other than `topic`
 * or a queue type other than `quorum`/`classic`, which only an untyped caller can pass. The AMQP
 * adapter sends such a type to RabbitMQ as it is: a `direct` or `fanout` exchange routes by other
 * rules, a `stream` queue delivers and settles by other rules, and an unknown type or another
 * exchange type than the existing one is refused with 406. The fake models none of that, so it
 * refuses loudly rather than route and deliver as if the type were `topic` or `classic`.
 */
export function refuseUnmodelledTypes(topology: Topology): void {
  const issues: ValidationIssue[] = [];
  topology.exchanges.forEach((exchange, i) => {
    const type: unknown = exchange.type;
    if (type !== 'topic') {
      const message = `is ${JSON.stringify(type) ?? 'undefined'}: InMemoryBroker models topic exchanges only`;
      issues.push({ path: `exchanges[${i}].type`, code: 'unsupported', message });
    }
  });
  topology.queues.forEach((queue, i) => {
    const type: unknown = queue.type;
    if (!QUEUE_TYPES.has(type)) {
      const message = `is ${JSON.stringify(type)}: InMemoryBroker models quorum and classic queues only`;
      issues.push({ path: `queues[${i}].type`, code: 'unsupported', message });
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
}
