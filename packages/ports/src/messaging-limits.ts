import { ValidationError, type ValidationIssue } from './errors.js';
import type { EventMessage } from './events.js';
import type { ConsumeOptions, QueueType, Topology } from './messaging.js';
import { hasLoneSurrogate } from './well-formed.js';

/**
 * What every `EventPublisher`, `EventConsumer` and `BrokerTopology` accepts, as AMQP 0-9-1 and
 * RabbitMQ 3.10 allow it. An implementation refuses anything else with a `ValidationError` before
 * the wire: a value the wire cannot carry would otherwise fail late (amqplib throws after taking a
 * confirm slot, so every later confirm goes to the wrong publish) or kill the connection
 * (RabbitMQ closes it with 541 for an infinite header value or a header table amqplib truncated).
 */
export const MESSAGING_LIMITS = {
  /** AMQP `shortstr`: ids, routing keys, correlation ids, names, header names (UTF-8 bytes). */
  maxShortStringBytes: 255,
  /** Headers as an AMQP field table; amqplib encodes properties in 64 KiB, dead-letter headers need room. */
  maxHeaderTableBytes: 60 * 1024,
  /** AMQP's prefetch count is 16 bits; 0 would mean "unlimited", which the port does not offer. */
  maxPrefetch: 65_535,
  /** RabbitMQ refuses a longer `x-message-ttl` (10 years) with 406 PRECONDITION_FAILED. */
  maxMessageTtlMs: 315_360_000_000,
  /** RabbitMQ 3.10's default `max_message_size`: a longer body closes the publishing channel (406). */
  maxBodyBytes: 134_217_728,
} as const;

/**
 * Header names the broker or the adapters set. A publisher could otherwise forge them: RabbitMQ
 * keeps a published `x-first-death-*` and counts on from a published `x-death`, classic queues
 * pass `x-delivery-count` through untouched, and `CC`/`BCC` route copies to other keys.
 */
export function isReservedHeader(name: string): boolean {
  return (
    name === 'x-death' ||
    name === 'x-delivery-count' ||
    name === 'CC' ||
    name === 'BCC' ||
    name.startsWith('x-first-death-') ||
    name.startsWith('x-last-death-') ||
    name.startsWith('x-seams-')
  );
}

/** UTF-8 length without encoding (ports run anywhere, and this runs on every publish). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * AMQP strings are UTF-8, which cannot hold an unpaired UTF-16 surrogate: amqplib writes U+FFFD
 * instead, so `x\ud800` and `x\udc00` would arrive as one id (one dedup key, one routing key).
 */
function checkWellFormed(value: string | undefined, path: string, issues: ValidationIssue[]): void {
  if (value !== undefined && hasLoneSurrogate(value)) {
    const message = 'contains an unpaired UTF-16 surrogate, which UTF-8 (and so AMQP) cannot carry';
    issues.push({ path, code: 'not_well_formed', message });
  }
}

function checkShortString(value: string | undefined, path: string, issues: ValidationIssue[]): void {
  // Untyped callers: amqplib throws on a number or object here after taking a confirm slot (the
  // adapter closes the channel, and the publishes right after fail too) and drops `undefined`.
  if (value !== undefined && typeof value !== 'string') {
    const got = value === null ? 'null' : typeof value;
    issues.push({ path, code: 'invalid_type', message: `must be a string, got ${got}` });
    return;
  }
  checkWellFormed(value, path, issues);
  // At most 3 bytes per UTF-16 unit: short strings need no count.
  if (value === undefined || value.length * 3 <= MESSAGING_LIMITS.maxShortStringBytes) return;
  const bytes = utf8Bytes(value);
  if (bytes > MESSAGING_LIMITS.maxShortStringBytes) {
    const limit = MESSAGING_LIMITS.maxShortStringBytes;
    issues.push({ path, code: 'too_long', message: `is ${bytes} UTF-8 bytes; AMQP allows at most ${limit}` });
  }
}

function checkName(value: string, path: string, issues: ValidationIssue[]): void {
  // `undefined` from an untyped caller would have RabbitMQ name the queue itself.
  if (value === '' || value === undefined)
    issues.push({ path, code: 'required', message: 'must not be empty' });
  else if (typeof value === 'string' && value.startsWith('amq.')) {
    issues.push({ path, code: 'reserved', message: 'names starting with "amq." are reserved by RabbitMQ' });
  }
  checkShortString(value, path, issues);
}

/** Encoded size of one header as amqplib writes it (name, type tag, value; numbers counted as 8 bytes). */
function headerBytes(name: string, value: string | number | boolean): number {
  const valueBytes = typeof value === 'string' ? 4 + utf8Bytes(value) : typeof value === 'number' ? 8 : 1;
  return 1 + utf8Bytes(name) + 1 + valueBytes;
}

const HEADER_VALUE_TYPES = new Set(['string', 'number', 'boolean']);

/** The least AMQP `long-long-int` (`l`), exactly representable as a double. */
const MIN_INT64 = -(2 ** 63);

function checkHeaders(headers: EventMessage['headers'], issues: ValidationIssue[]): void {
  if (headers === undefined) return;
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    issues.push({
      path: 'headers',
      code: 'invalid_type',
      message: 'must be an object of strings, numbers and booleans',
    });
    return;
  }
  // An upper bound first (3 bytes per UTF-16 unit): exact UTF-8 counts only for tables near the limit.
  let boundBytes = 4;
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    if (isReservedHeader(name)) {
      const message = 'is set by the broker or the adapter, never by a publisher';
      issues.push({ path: `headers.${name}`, code: 'reserved', message });
    }
    if (value !== undefined && !HEADER_VALUE_TYPES.has(typeof value)) {
      // Untyped callers: amqplib throws on a bigint, symbol or function; null, objects, arrays and
      // dates are sent but never delivered (the adapter keeps only strings, numbers and booleans).
      // An `undefined` value is not sent at all, on both sides.
      const message = `must be a string, number or boolean, got ${value === null ? 'null' : typeof value}`;
      issues.push({ path: `headers.${name}`, code: 'invalid_type', message });
    }
    checkShortString(name, `headers.${name} (name)`, issues);
    if (typeof value === 'string') checkWellFormed(value, `headers.${name}`, issues);
    if (typeof value === 'number' && !Number.isFinite(value)) {
      issues.push({ path: `headers.${name}`, code: 'not_finite', message: 'must be a finite number' });
    } else if (typeof value === 'number' && value < MIN_INT64) {
      // amqplib sends a number this large as a 64-bit integer (a double only from +2^63 up) and
      // throws writing it, after taking a confirm slot: the publish failed as "disconnected" and
      // the channel closed under the publishes behind it.
      const message = 'must be at least -2^63 (-9223372036854775808): AMQP carries it as a 64-bit integer';
      issues.push({ path: `headers.${name}`, code: 'out_of_range', message });
    }
    boundBytes += 15 + 3 * (name.length + (typeof value === 'string' ? value.length : 0));
  }
  if (boundBytes <= MESSAGING_LIMITS.maxHeaderTableBytes) return;
  let tableBytes = 4;
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) tableBytes += headerBytes(name, value);
  }
  if (tableBytes > MESSAGING_LIMITS.maxHeaderTableBytes) {
    const limit = MESSAGING_LIMITS.maxHeaderTableBytes;
    issues.push({
      path: 'headers',
      code: 'too_large',
      message: `encode to ${tableBytes} bytes; at most ${limit}`,
    });
  }
}

/**
 * The payload must encode as JSON text: `JSON.stringify` throws for a BigInt or a cycle and
 * returns no text at all for `undefined`, a function or a symbol (the adapter could not build a
 * body; the fake could not parse one back). Values JSON itself rewrites (a nested `undefined`
 * dropped, `NaN` as `null`, a `Date` as its ISO text) are carried as rewritten, on both sides.
 */
function checkPayload(payload: unknown, issues: ValidationIssue[]): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(payload);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ path: 'payload', code: 'not_json', message: `cannot be encoded as JSON (${reason})` });
    return '';
  }
  if (text === undefined) {
    const message = `is ${typeof payload}, which JSON cannot encode`;
    issues.push({ path: 'payload', code: 'not_json', message });
    return '';
  }
  if (exceedsBodyLimit(text)) {
    const message = `encodes to more than ${MESSAGING_LIMITS.maxBodyBytes} bytes, RabbitMQ's max_message_size`;
    issues.push({ path: 'payload', code: 'too_large', message });
  }
  return text;
}

/** Whether a body is more UTF-8 bytes than `limit` (over, not at, it); only long ones are counted. */
export function exceedsBodyLimit(text: string, limit: number = MESSAGING_LIMITS.maxBodyBytes): boolean {
  return text.length * 3 > limit && utf8Bytes(text) > limit;
}

/**
 * Throws `ValidationError` listing every field of `message` the wire cannot carry: empty id, an
 * AMQP short string over 255 bytes or with an unpaired surrogate (id, type, correlation id,
 * header names and string values), a reserved or non-finite header, an invalid `occurredAt`, a
 * payload JSON cannot encode. Returns the payload's JSON text, which the check had to build: a
 * publisher sends it rather than encode the payload a second time.
 */
export function validateEventMessage(message: EventMessage): string {
  const issues: ValidationIssue[] = [];
  if (message.id === '' || message.id === undefined) {
    issues.push({ path: 'id', code: 'required', message: 'must not be empty' });
  }
  // `undefined` would be sent as routing key '' and delivered as type ''.
  if (message.type === undefined)
    issues.push({ path: 'type', code: 'required', message: 'must be a string' });
  checkShortString(message.id, 'id', issues);
  checkShortString(message.type, 'type', issues);
  checkShortString(message.correlationId, 'correlationId', issues);
  const time = message.occurredAt instanceof Date ? message.occurredAt.getTime() : Number.NaN;
  if (Number.isNaN(time) || time < 0) {
    issues.push({ path: 'occurredAt', code: 'invalid', message: 'must be a valid date from 1970 on' });
  }
  checkHeaders(message.headers, issues);
  const payload = checkPayload(message.payload, issues);
  if (issues.length > 0) throw new ValidationError(issues);
  return payload;
}

function checkCount(value: number | undefined, path: string, min: number, issues: ValidationIssue[]): void {
  if (value === undefined) return;
  if (!Number.isSafeInteger(value) || value < min) {
    issues.push({ path, code: 'out_of_range', message: `must be an integer of at least ${min}` });
  }
}

/**
 * An exchange the port can publish through, bind to or dead-letter to: a topic exchange the
 * topology declares. RabbitMQ's default exchange `''` routes by queue name (a direct exchange,
 * and it refuses bindings) and its `amq.*` exchanges are of several types and exist only there:
 * neither is part of the port, so both sides refuse them alike rather than each its own way.
 */
function checkExchangeRef(value: string, path: string, issues: ValidationIssue[]): void {
  if (value === undefined) issues.push({ path, code: 'required', message: 'must name an exchange' });
  else if (value === '') {
    const message =
      "is RabbitMQ's default exchange, which the port does not offer; use a declared topic exchange";
    issues.push({ path, code: 'reserved', message });
  } else if (typeof value === 'string' && value.startsWith('amq.')) {
    const message =
      'is a RabbitMQ built-in exchange, which the port does not offer; use a declared topic exchange';
    issues.push({ path, code: 'reserved', message });
  }
  checkShortString(value, path, issues);
}

const QUEUE_TYPES: ReadonlySet<unknown> = new Set<QueueType | undefined>([undefined, 'quorum', 'classic']);

/**
 * Throws `ValidationError` listing every name, pattern or argument RabbitMQ would refuse, every
 * exchange or queue type the port does not offer, and every exchange reference (binding,
 * dead-letter exchange) to RabbitMQ's default or `amq.*` exchanges, which it does not offer either.
 */
/**
 * The objects of the list at `path`, for an untyped caller: a list that is not an array, or an
 * entry that is not an object, is an issue (not a TypeError without a code) and is not walked.
 */
function* objectsAt<T extends object>(
  list: readonly T[],
  path: string,
  issues: ValidationIssue[],
): Generator<[T, number]> {
  const got = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (!Array.isArray(list)) {
    issues.push({ path, code: 'invalid_type', message: `must be an array, got ${got(list)}` });
    return;
  }
  // A generator, so each entry's issues come in index order with the issues of the entries around it.
  for (const [i, entry] of (list as readonly unknown[]).entries()) {
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) yield [entry as T, i];
    else
      issues.push({
        path: `${path}[${i}]`,
        code: 'invalid_type',
        message: `must be an object, got ${got(entry)}`,
      });
  }
}

export function validateTopology(topology: Topology): void {
  const issues: ValidationIssue[] = [];
  for (const [exchange, i] of objectsAt(topology.exchanges, 'exchanges', issues)) {
    checkName(exchange.name, `exchanges[${i}].name`, issues);
    // Only an untyped caller gets here. RabbitMQ would route a `direct` or `fanout` exchange by
    // other rules, or refuse a type change with a 406 that closes the channel: neither is the port.
    const type: unknown = exchange.type;
    if (type !== 'topic') {
      const message = `is ${JSON.stringify(type) ?? 'undefined'}; the port offers topic exchanges only`;
      issues.push({ path: `exchanges[${i}].type`, code: 'unsupported', message });
    }
  }
  for (const [queue, i] of objectsAt(topology.queues, 'queues', issues)) {
    checkName(queue.name, `queues[${i}].name`, issues);
    const type: unknown = queue.type;
    if (!QUEUE_TYPES.has(type)) {
      const message = `is ${JSON.stringify(type)}; the port offers quorum and classic queues only`;
      issues.push({ path: `queues[${i}].type`, code: 'unsupported', message });
    }
    checkCount(queue.messageTtlMs, `queues[${i}].messageTtlMs`, 0, issues);
    if (queue.messageTtlMs !== undefined && queue.messageTtlMs > MESSAGING_LIMITS.maxMessageTtlMs) {
      const limit = MESSAGING_LIMITS.maxMessageTtlMs;
      const message = `must be at most ${limit} (10 years), as RabbitMQ allows`;
      issues.push({ path: `queues[${i}].messageTtlMs`, code: 'out_of_range', message });
    }
    checkCount(queue.maxLength, `queues[${i}].maxLength`, 0, issues);
    if (queue.deadLetterExchange !== undefined) {
      checkExchangeRef(queue.deadLetterExchange, `queues[${i}].deadLetterExchange`, issues);
    }
    for (const [binding, j] of objectsAt(queue.bindings, `queues[${i}].bindings`, issues)) {
      checkExchangeRef(binding.exchange, `queues[${i}].bindings[${j}].exchange`, issues);
      checkShortString(binding.pattern, `queues[${i}].bindings[${j}].pattern`, issues);
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Throws `ValidationError` when a publisher's `exchange` is not one the port offers: empty (the
 * default exchange), `amq.*`, or not an AMQP short string.
 */
export function validatePublisherOptions(options: { readonly exchange: string }): void {
  const issues: ValidationIssue[] = [];
  checkExchangeRef(options.exchange, 'exchange', issues);
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Throws `ValidationError` when `prefetch` or `maxDeliveries` is not a count AMQP can honour, or
 * when `queue` (if given) is not an AMQP short string: amqplib throws an uncoded error on a name
 * over 255 bytes or of another type, and writes U+FFFD for an unpaired surrogate (another queue).
 * An empty name passes: RabbitMQ answers it as a queue that does not exist.
 */
export function validateConsumeOptions(options: ConsumeOptions, queue?: string): void {
  const issues: ValidationIssue[] = [];
  checkShortString(queue, 'queue', issues);
  checkCount(options.prefetch, 'prefetch', 1, issues);
  if (options.prefetch !== undefined && options.prefetch > MESSAGING_LIMITS.maxPrefetch) {
    const limit = MESSAGING_LIMITS.maxPrefetch;
    issues.push({ path: 'prefetch', code: 'out_of_range', message: `must be at most ${limit}` });
  }
  checkCount(options.maxDeliveries, 'maxDeliveries', 1, issues);
  if (issues.length > 0) throw new ValidationError(issues);
}
