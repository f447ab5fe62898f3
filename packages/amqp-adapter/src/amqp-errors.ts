import { SeamsError } from '@seams/ports';
/** RabbitMQ refused a declaration, e.g. a queue redeclared with different arguments (406). */
export class AmqpTopologyError extends SeamsError {
  readonly code = 'AMQP_TOPOLOGY_REJECTED';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AmqpTopologyError';
  }
}

/** The AMQP reply code of a channel or connection error amqplib raised, if any. */
export function amqpReplyCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}
