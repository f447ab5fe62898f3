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

/** What amqplib says of an operation cut short because its channel or connection went away. */
const CUT_SHORT = new Set([
  'Channel ended, no reply will be forthcoming',
  'channel closed',
  'Connection closed',
  'Unexpected close',
]);

/**
 * Whether `error` is amqplib failing an operation because the connection (or the channel under
 * it) is going away, not a refusal by RabbitMQ (those carry a reply code) nor a caller's mistake:
 * `IllegalOperationError` ("Connection closing", "Channel closed") or an RPC cut short.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error) || amqpReplyCode(error) !== undefined) return false;
  return (
    error.name === 'IllegalOperationError' ||
    CUT_SHORT.has(error.message) ||
    error.message.startsWith('Socket closed')
  );
}
