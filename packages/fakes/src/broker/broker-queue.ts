import type { Clock, DeadLetterReason, QueueSpec } from '@seams/ports';
import type { DeadLetter, StoredMessage } from './stored-message.js';

/** A consumer attached to a queue, with its prefetch window. */
export interface QueueConsumer {
  readonly prefetch: number;
  /** Deliveries handed out and not yet settled. */
  readonly unacked: number;
  deliver(stored: StoredMessage): void;
}

/** What a queue needs from its broker. */
export interface QueueHost {
  readonly clock: Clock;
  readonly signal: AbortSignal;
  deadLetter(queue: BrokerQueue, stored: StoredMessage, reason: DeadLetterReason): void;
  changed(): void;
}

/** One queue: FIFO of ready messages, round-robin over consumers within their prefetch. */
export class BrokerQueue {
  readonly #ready: StoredMessage[] = [];
  #consumers: QueueConsumer[] = [];
  #turn = 0;
  #seq = 0;
  #pumpScheduled = false;

  constructor(
    readonly spec: QueueSpec,
    private readonly host: QueueHost,
  ) {}

  get name(): string {
    return this.spec.name;
  }

  /** Ready (not yet delivered or requeued) messages, head first. */
  get ready(): readonly StoredMessage[] {
    return this.#ready;
  }

  enqueue(incoming: DeadLetter | Pick<StoredMessage, 'message' | 'routingKey'>): void {
    const ttl = this.spec.messageTtlMs;
    const now = this.host.clock.now().getTime();
    this.#ready.push({
      deaths: new Map(),
      deadLetter: undefined,
      ...incoming,
      seq: this.#seq++,
      expiresAt: ttl === undefined ? undefined : now + ttl,
      redelivered: false,
      deliveries: 0,
    });
    if (ttl !== undefined) this.#expireAfter(ttl);
    this.#enforceMaxLength();
    this.#schedulePump();
  }

  /** Puts a delivered message back at its original position, marked redelivered. */
  requeue(stored: StoredMessage): void {
    stored.redelivered = true;
    const at = this.#ready.findIndex((other) => other.seq > stored.seq);
    this.#ready.splice(at === -1 ? this.#ready.length : at, 0, stored);
    this.#schedulePump();
  }

  attach(consumer: QueueConsumer): void {
    this.#consumers.push(consumer);
    this.#schedulePump();
  }

  detach(consumer: QueueConsumer): void {
    this.#consumers = this.#consumers.filter((other) => other !== consumer);
  }

  /** Called when a consumer's window opens again. */
  schedulePump(): void {
    this.#schedulePump();
  }

  #schedulePump(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    // Deliver on a later turn, as a network would: publish never runs a handler synchronously.
    setImmediate(() => {
      this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #pump(): void {
    this.#dropExpiredHead();
    for (let head = this.#ready[0]; head; head = this.#ready[0]) {
      const consumer = this.#nextConsumerWithRoom();
      if (!consumer) return;
      this.#ready.shift();
      head.deliveries += 1;
      consumer.deliver(head);
      this.host.changed();
      this.#dropExpiredHead();
    }
  }

  #nextConsumerWithRoom(): QueueConsumer | undefined {
    for (let tried = 0; tried < this.#consumers.length; tried += 1) {
      const consumer = this.#consumers[(this.#turn + tried) % this.#consumers.length];
      if (consumer && consumer.unacked < consumer.prefetch) {
        this.#turn = (this.#turn + tried + 1) % this.#consumers.length;
        return consumer;
      }
    }
    return undefined;
  }

  #expireAfter(ttl: number): void {
    this.host.clock.sleep(ttl, this.host.signal).then(
      () => {
        this.#dropExpiredHead();
        this.host.changed();
      },
      () => undefined,
    );
  }

  // Like RabbitMQ, only the head expires: with one TTL per queue the head is always the oldest.
  #dropExpiredHead(): void {
    const now = this.host.clock.now().getTime();
    for (
      let head = this.#ready[0];
      head?.expiresAt !== undefined && head.expiresAt <= now;
      head = this.#ready[0]
    ) {
      this.#ready.shift();
      this.host.deadLetter(this, head, 'expired');
    }
  }

  #enforceMaxLength(): void {
    const max = this.spec.maxLength;
    if (max === undefined) return;
    while (this.#ready.length > max) {
      const oldest = this.#ready.shift();
      if (oldest) this.host.deadLetter(this, oldest, 'maxlen');
    }
  }
}
