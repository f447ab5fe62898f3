import type { Clock, QueueSpec, QueueType } from '@seams/ports';
import type { BrokerDeathReason, Envelope, StoredMessage } from './stored-message.js';

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
  deadLetter(queue: BrokerQueue, stored: StoredMessage, reason: BrokerDeathReason): void;
  changed(): void;
}

/**
 * One queue, kept as RabbitMQ 3.10 keeps its type. Both deliver in FIFO order to consumers within
 * their prefetch and count only ready messages against `maxLength`. A classic queue goes
 * round-robin over its active consumers, setting aside one found full when a message was ready for
 * it until it has room again; a quorum queue serves them in the order they got room (see
 * `windowOpened`). They also differ in where a message goes back to:
 * - quorum: a nacked-and-requeued message joins the back of the queue; messages returned because
 *   their consumer's channel closed go ahead of everything else, in the order they come back.
 *   Each return counts one more delivery (`x-delivery-count`).
 * - classic: a returned message goes back to its original place; nothing is counted.
 */
export class BrokerQueue {
  readonly type: QueueType;
  /** Quorum only: returned by a closed channel, delivered before `#ready`. */
  readonly #returned: StoredMessage[] = [];
  readonly #ready: StoredMessage[] = [];
  #consumers: QueueConsumer[] = [];
  /**
   * Classic (rabbit_queue_consumers): the active consumers, next to serve first; one served goes
   * to the back. One found full while a message waited leaves it for `#blocked`, and rejoins at
   * the back once it has room again.
   */
  #active: QueueConsumer[] = [];
  readonly #blocked = new Set<QueueConsumer>();
  /** Quorum: consumers with room, in the order they got it (rabbit_fifo's service queue). */
  #serving: QueueConsumer[] = [];
  #seq = 0;
  #pumpScheduled = false;
  /**
   * Quorum, TTL 0: what arrived in this instant (until the microtasks queued when the first of
   * them arrived have run), at the clock's current millisecond. rabbit_fifo gives such a message
   * the expiry "enqueue time + 1 ms" (`update_expiry_header`: it dies if no consumer takes it
   * within the millisecond it arrived), so a message enqueued in the same millisecond does not
   * expire it: over a length limit it dies `maxlen` instead. The fake's clock does not move within
   * such an instant (the dead letters of one expiry or one return, a burst of publishes), so it
   * stands for RabbitMQ's millisecond; awaited publishes are separate instants, as their confirm
   * round trips are separate milliseconds on RabbitMQ.
   */
  readonly #arrivedThisInstant = new Set<StoredMessage>();

  constructor(
    readonly spec: QueueSpec,
    private readonly host: QueueHost,
  ) {
    this.type = spec.type ?? 'quorum';
  }

  get name(): string {
    return this.spec.name;
  }

  /** Ready (not yet delivered, or returned) messages, head first. */
  get ready(): readonly StoredMessage[] {
    return [...this.#returned, ...this.#ready];
  }

  enqueue(incoming: Envelope): void {
    const ttl = this.spec.messageTtlMs;
    const now = this.host.clock.now().getTime();
    // With TTL 0 whatever is still ready found no consumer on arrival: it is already dead (on a
    // quorum queue, unless it arrived in this same instant: see `#arrivedThisInstant`).
    if (ttl === 0) this.#dropExpiredHead();
    // Every field spelled out: one object shape for every stored message keeps enqueue cheap.
    const stored: StoredMessage = {
      message: incoming.message,
      routingKey: incoming.routingKey,
      exchange: incoming.exchange,
      xDeath: incoming.xDeath,
      firstDeath: incoming.firstDeath,
      consumerDeaths: incoming.consumerDeaths,
      deadLetter: incoming.deadLetter,
      seq: this.#seq++,
      expiresAt: ttl === undefined ? undefined : now + ttl,
      redelivered: false,
      returns: 0,
    };
    this.#ready.push(stored);
    if (ttl === 0 && this.type === 'quorum') this.#arrivedNow(stored);
    // A consumer with room takes the message as it arrives, before the length limit is looked at:
    // RabbitMQ hands it out on enqueue, so only what no consumer can take counts as ready.
    if (ttl === 0) this.#deliverOnArrival();
    else if (this.type === 'classic' && !this.#consumers.some((c) => c.unacked < c.prefetch)) {
      // rabbit_amqqueue_process:deliver_or_enqueue, with no consumer to take the message: it is
      // enqueued, the queue drops over its limit (`maybe_drop_head`) and only then expires the
      // head. A head past its TTL whose timer has not fired yet (RabbitMQ's fires up to a
      // millisecond late, a system clock's setTimeout later still) dies `maxlen` under a publish,
      // not `expired`. A quorum queue (rabbit_fifo: checkout expires before evaluate_limit) does
      // the reverse, as `#pump` then `#enforceMaxLength` below.
      this.#enforceMaxLength();
      this.#dropExpiredHead();
    } else this.#pump();
    if (ttl !== undefined) this.#expireAfter(ttl);
    this.#enforceMaxLength();
    this.#schedulePump();
  }

  /**
   * A consumer nacked `stored` with requeue. Over `maxLength`, a classic queue drops the head
   * first and then delivers; a quorum queue (rabbit_fifo: checkout before evaluate_limit) first
   * hands ready messages to consumers with room, and only then drops what is still over.
   */
  requeue(stored: StoredMessage): void {
    this.#markReturned(stored);
    if (this.type === 'quorum') {
      stored.seq = this.#seq++;
      this.#ready.push(stored);
      this.#pump();
      this.#enforceMaxLength();
    } else {
      // requeue_and_run: back in place, drop over the limit, then deliver at once to whichever
      // consumer has room, whoever nacked (a subscription stopping too): measured on RabbitMQ
      // 3.10.8, a stopping consumer's two requeues over a max length of 1 both reach the other
      // consumer; delivered a turn later, the second requeue found the first still ready and
      // dropped it (r27 corpus).
      this.#putBack(stored);
      this.#enforceMaxLength();
      this.#pump();
    }
    this.#schedulePump();
  }

  /**
   * The channel these were delivered on closed before settling them, in delivery order. They come
   * back together, and the length limit is looked at once, after all of them are back. A quorum
   * queue first expires what is past its TTL at the head (rabbit_fifo's checkout expires before
   * the limit is evaluated), a classic queue drops over the limit first (`requeue_and_run`:
   * `maybe_drop_head`, then `drop_expired_msgs`): measured on RabbitMQ 3.10.8, two held past a
   * TTL of 300 ms returned over a max length of 1 die `expired` on a quorum queue and `maxlen` on
   * a classic one.
   */
  returnUnsettled(returned: readonly StoredMessage[]): void {
    for (const stored of returned) {
      this.#markReturned(stored);
      if (this.type === 'quorum') this.#returned.push(stored);
      else this.#putBack(stored);
    }
    if (this.type === 'quorum') {
      // One rabbit_fifo command: its dead letters go out with the length limit's (newest first)
      // ahead of the expired ones (oldest first). Measured on 3.10.8: m0 held past its TTL and m1
      // within it return over a max length of 1 with m2 waiting: m1 (maxlen), then m0 (expired).
      const expired = this.#takeExpiredHead();
      this.#enforceMaxLength();
      for (const stored of expired) this.host.deadLetter(this, stored, 'expired');
    } else this.#enforceMaxLength();
    this.#schedulePump();
  }

  attach(consumer: QueueConsumer): void {
    this.#consumers.push(consumer);
    this.#serving.push(consumer);
    this.#active.push(consumer);
    this.#schedulePump();
  }

  detach(consumer: QueueConsumer): void {
    this.#consumers = this.#consumers.filter((other) => other !== consumer);
    this.#serving = this.#serving.filter((other) => other !== consumer);
    this.#active = this.#active.filter((other) => other !== consumer);
    this.#blocked.delete(consumer);
  }

  /**
   * `consumer` settled a delivery (or lost its channel): it has room again. A quorum queue serves
   * consumers in the order they got room, so one whose window was full joins the back, behind
   * those already waiting. Measured on RabbitMQ 3.10: with two consumers of prefetch 1, the one
   * that nacks its message waits behind the one that acked earlier, which gets the redelivery; a
   * classic queue hands it back to the consumer that nacked it. A classic queue moves only a
   * consumer it had set aside as full (a message was waiting for it) to the back of its
   * round-robin; one never found full keeps its place.
   */
  windowOpened(consumer: QueueConsumer): void {
    if (this.#consumers.includes(consumer) && !this.#serving.includes(consumer)) {
      this.#serving.push(consumer);
    }
    if (this.#blocked.delete(consumer) && this.#consumers.includes(consumer)) this.#active.push(consumer);
  }

  /**
   * Called when a consumer's window opens again (a settlement): delivers at once, as RabbitMQ
   * handles each ack or nack before the next one, refilling the window in between.
   */
  pump(): void {
    this.#pump();
  }

  /**
   * RabbitMQ hands a message that expires on arrival (TTL 0) to a consumer with room before it
   * would expire it: only when none has room does it die. The handler still runs on a later
   * turn (`deliver` defers it), so publish never runs one synchronously.
   */
  #deliverOnArrival(): void {
    if (this.#returned.length > 0 || this.#ready.length !== 1) return;
    const consumer = this.#nextConsumerWithRoom();
    const head = consumer && this.#shift();
    if (!consumer || !head) return;
    consumer.deliver(head);
    this.host.changed();
  }

  #markReturned(stored: StoredMessage): void {
    stored.redelivered = true;
    stored.returns += 1;
  }

  #putBack(stored: StoredMessage): void {
    const at = this.#ready.findIndex((other) => other.seq > stored.seq);
    this.#ready.splice(at === -1 ? this.#ready.length : at, 0, stored);
  }

  /**
   * Takes every ready message out, oldest first, as `basic.get` with auto-ack until the queue is
   * empty would: what expired at the head is dead-lettered first, as a get finds it.
   */
  takeReady(): StoredMessage[] {
    this.#dropExpiredHead();
    const taken: StoredMessage[] = [];
    for (let head = this.#shift(); head; head = this.#shift()) {
      taken.push(head);
      this.#dropExpiredHead();
    }
    if (taken.length > 0) this.host.changed();
    return taken;
  }

  #head(): StoredMessage | undefined {
    return this.#returned[0] ?? this.#ready[0];
  }

  #shift(): StoredMessage | undefined {
    return this.#returned.length > 0 ? this.#returned.shift() : this.#ready.shift();
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
    while (this.#head()) {
      const consumer = this.#nextConsumerWithRoom();
      if (!consumer) return;
      const head = this.#shift();
      if (head) consumer.deliver(head);
      this.host.changed();
      this.#dropExpiredHead();
    }
  }

  #nextConsumerWithRoom(): QueueConsumer | undefined {
    return this.type === 'quorum' ? this.#nextInServiceOrder() : this.#nextInTurn();
  }

  // The next consumer is served one message and, with room left for more, goes to the back.
  #nextInServiceOrder(): QueueConsumer | undefined {
    for (let next = this.#serving.shift(); next; next = this.#serving.shift()) {
      if (next.unacked >= next.prefetch) continue;
      if (next.unacked + 1 < next.prefetch) this.#serving.push(next);
      return next;
    }
    return undefined;
  }

  // Measured on RabbitMQ 3.10.8: consumers A, B, C of prefetch 1 each holding one, a message
  // waiting (all three set aside), freed C, A, B: C takes the waiting one, then the next go C, A, B.
  #nextInTurn(): QueueConsumer | undefined {
    for (let next = this.#active.shift(); next; next = this.#active.shift()) {
      if (next.unacked >= next.prefetch) {
        this.#blocked.add(next);
        continue;
      }
      this.#active.push(next);
      return next;
    }
    return undefined;
  }

  /** Marks `stored` as arrived in this instant, which a microtask queued before its TTL-0 timer ends. */
  #arrivedNow(stored: StoredMessage): void {
    if (this.#arrivedThisInstant.size === 0) queueMicrotask(() => this.#arrivedThisInstant.clear());
    this.#arrivedThisInstant.add(stored);
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

  // Like RabbitMQ, only the head expires: with one TTL per queue the head is the oldest.
  #dropExpiredHead(): void {
    for (const stored of this.#takeExpiredHead()) this.host.deadLetter(this, stored, 'expired');
  }

  /** Takes the run of messages at the head whose TTL has passed, oldest first. */
  #takeExpiredHead(): StoredMessage[] {
    const now = this.host.clock.now().getTime();
    const expired: StoredMessage[] = [];
    for (
      let head = this.#head();
      head?.expiresAt !== undefined &&
      (head.expiresAt < now || (head.expiresAt === now && !this.#arrivedThisInstant.has(head)));
      head = this.#head()
    ) {
      this.#shift();
      expired.push(head);
    }
    return expired;
  }

  // Overflow `drop-head`, RabbitMQ's default: the oldest ready messages die with reason maxlen.
  // A quorum queue that drops several in one pass (a closed channel returned them all at once)
  // dead-letters them newest first: measured on RabbitMQ 3.10.8, returns h0, h1, h2 over a limit
  // of 1 arrive in the dead-letter queue as h2, h1, h0 (rabbit_fifo's drop_head prepends each
  // dead-letter effect). A classic queue dead-letters them oldest first.
  #enforceMaxLength(): void {
    const max = this.spec.maxLength;
    if (max === undefined) return;
    const dropped: StoredMessage[] = [];
    while (this.#returned.length + this.#ready.length > max) {
      const oldest = this.#shift();
      if (oldest) dropped.push(oldest);
    }
    if (this.type === 'quorum') dropped.reverse();
    for (const stored of dropped) this.host.deadLetter(this, stored, 'maxlen');
  }
}
