import {
  type Clock,
  DependencyUnavailableError,
  type QueueSpec,
  redactUrl,
  SystemClock,
  type Topology,
} from '@seams/ports';
import amqp from 'amqplib';
import { isConnectionLoss } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';
import { type BackoffPolicy, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { declareTopology } from './declare-topology.js';

/** Where the connection is in its life. */
export type AmqpConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** Runs on every (re)connect: topology hooks first, then channel owners (publishers, consumers). */
export interface ConnectionHook {
  readonly phase: 'topology' | 'channels';
  open(model: AmqpModel): Promise<void>;
}

/** Configuration of `AmqpConnection`. */
export interface AmqpConnectionConfig {
  /** `amqp://user:pass@host:5672/vhost`; the password never appears in errors. */
  readonly url: string;
  /** Waits between reconnect attempts; default 100 ms doubling to 10 s, with jitter. */
  readonly backoff?: Partial<BackoffPolicy>;
  /**
   * Give up opening a connection (TCP and the AMQP handshake) after this; default 10 s. Without it
   * a reconnect towards a partitioned broker would wait on the OS, and never retry.
   */
  readonly connectTimeoutMs?: number;
  /** Attempts of the first `connect()` before it rejects; default 1 (fail fast at start-up). */
  readonly connectAttempts?: number;
  /** Sleeps between reconnect attempts; a `FakeClock` makes reconnection testable. */
  readonly clock?: Clock;
  readonly random?: () => number;
  /** Told about state changes and the errors that caused them, for logs and health checks. */
  readonly onStateChange?: (state: AmqpConnectionState, error?: unknown) => void;
  /** Opens the underlying connection; amqplib's `connect` unless a test replaces it. */
  readonly connect?: (url: string) => Promise<AmqpModel>;
}

/**
 * One AMQP connection that heals: when it drops, it reconnects with capped exponential backoff,
 * re-declares the topologies declared through it, and lets publishers and consumers reopen
 * their channels. While it is down, `model` is undefined, so publishers fail fast.
 */
export class AmqpConnection {
  readonly #config: AmqpConnectionConfig;
  readonly #backoff: BackoffPolicy;
  readonly #clock: Clock;
  readonly #hooks = new Set<ConnectionHook>();
  readonly #topologies: Topology[] = [];
  readonly #lifetime = new AbortController();
  #model: AmqpModel | undefined;
  #state: AmqpConnectionState = 'idle';
  #connecting: Promise<void> | undefined;
  /** `reconnected()` callers, told when a reconnect ends (back, or closed). */
  readonly #awaitingReconnect = new Set<(state: AmqpConnectionState) => void>();

  constructor(config: AmqpConnectionConfig) {
    this.#config = config;
    this.#backoff = { ...DEFAULT_BACKOFF, ...config.backoff };
    this.#clock = config.clock ?? new SystemClock();
  }

  get state(): AmqpConnectionState {
    return this.#state;
  }

  /** The live connection, or undefined while disconnected. */
  get model(): AmqpModel | undefined {
    return this.#model;
  }

  /** Topologies declared through this connection, re-declared after every reconnect. */
  get topologies(): readonly Topology[] {
    return this.#topologies;
  }

  /** `queue` as declared through this connection (its type, its dead-letter exchange), if it was. */
  queueSpec(queue: string): QueueSpec | undefined {
    for (const topology of this.#topologies) {
      const spec = topology.queues.find((candidate) => candidate.name === queue);
      if (spec) return spec;
    }
    return undefined;
  }

  /** Connects (once; later calls share the first). Rejects with `DependencyUnavailableError`. */
  connect(): Promise<void> {
    this.#connecting ??= this.#firstConnect();
    return this.#connecting;
  }

  /**
   * While the connection is reconnecting, resolves once it is back (`connected`: every hook ran on
   * the new connection) or `closed`; at once with the current state otherwise.
   */
  reconnected(): Promise<AmqpConnectionState> {
    if (this.#state !== 'reconnecting') return Promise.resolve(this.#state);
    return new Promise((resolve) => this.#awaitingReconnect.add(resolve));
  }

  /**
   * For a caller whose work on `model` failed because the connection went away under it
   * (`isConnectionLoss`): resolves once `model` is gone and the reconnect is over, true when the
   * connection is back (the work can be done again on the new one), false when it was closed.
   */
  async recovered(model: AmqpModel): Promise<boolean> {
    await this.#gone(model);
    return (await this.reconnected()) === 'connected';
  }

  // Its 'close' listener from #open runs first, so the connection is reconnecting (or closed) then.
  #gone(model: AmqpModel): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.#model !== model) resolve();
      else model.once('close', () => resolve());
    });
  }

  /**
   * Registers `hook` for every reconnect and runs it now if connected; returns the unregister. A
   * hook that fails because the connection dropped while it ran stays registered: the reconnect
   * runs it (or already ran it) on the new connection, so `attach` resolves.
   */
  async attach(hook: ConnectionHook): Promise<() => void> {
    this.#hooks.add(hook);
    const detach = () => this.#hooks.delete(hook);
    const model = this.#model;
    if (model) {
      try {
        await hook.open(model);
      } catch (error) {
        // Not a refusal (404, 406...) but the connection going away under the hook ("Connection
        // closing", "Channel ended"). Its 'close' follows: then this is a reconnect.
        if (isConnectionLoss(error) && this.#state !== 'closed') {
          await this.#gone(model);
          // Read again (`state`, not the narrowed field): close() may have come while it waited.
          if (this.state !== 'closed') return detach;
        }
        detach();
        throw error;
      }
    }
    return detach;
  }

  /** Remembers a topology so reconnects re-declare it. */
  remember(topology: Topology): void {
    if (!this.#topologies.includes(topology)) this.#topologies.push(topology);
  }

  /** Closes the connection and stops reconnecting; idempotent. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#setState('closed');
    this.#lifetime.abort(new Error('connection closed'));
    const model = this.#model;
    this.#model = undefined;
    await model?.close().catch(() => undefined);
  }

  async #firstConnect(): Promise<void> {
    const attempts = Math.max(1, this.#config.connectAttempts ?? 1);
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) await this.#sleepBeforeAttempt(attempt - 1);
      try {
        this.#setState('connecting');
        await this.#open();
        return;
      } catch (error) {
        lastError = error;
      }
    }
    this.#setState('idle', lastError);
    const message = `cannot connect to RabbitMQ at ${redactUrl(this.#config.url)}`;
    throw new DependencyUnavailableError('rabbitmq', message, { cause: lastError });
  }

  async #open(): Promise<void> {
    if (this.#lifetime.signal.aborted) throw new Error('connection closed');
    const connect =
      this.#config.connect ??
      ((url: string) => amqp.connect(url, { timeout: this.#config.connectTimeoutMs ?? 10_000 }));
    const model = await connect(this.#config.url);
    // amqplib emits 'error' before 'close'; without a listener it would crash the process.
    model.on('error', () => undefined);
    model.once('close', (error: unknown) => this.#lost(model, error));
    try {
      await this.#runHooks(model);
    } catch (error) {
      model.removeAllListeners('close');
      await model.close().catch(() => undefined);
      throw error;
    }
    if (this.#lifetime.signal.aborted) {
      await model.close().catch(() => undefined);
      throw new Error('connection closed');
    }
    this.#model = model;
    this.#setState('connected');
  }

  async #runHooks(model: AmqpModel): Promise<void> {
    for (const topology of this.#topologies) await declareTopology(model, topology);
    for (const phase of ['topology', 'channels'] as const) {
      for (const hook of [...this.#hooks]) if (hook.phase === phase) await hook.open(model);
    }
  }

  #lost(model: AmqpModel, error: unknown): void {
    if (this.#model !== model || this.#state === 'closed') return;
    this.#model = undefined;
    this.#setState('reconnecting', error);
    void this.#reconnect();
  }

  async #reconnect(): Promise<void> {
    for (let attempt = 0; this.#state === 'reconnecting'; attempt += 1) {
      try {
        await this.#sleepBeforeAttempt(attempt);
        await this.#open();
        return;
      } catch (error) {
        if (this.#lifetime.signal.aborted) return;
        this.#config.onStateChange?.('reconnecting', error);
      }
    }
  }

  #sleepBeforeAttempt(attempt: number): Promise<void> {
    const delay = backoffDelay(attempt, this.#backoff, this.#config.random ?? Math.random);
    return this.#clock.sleep(delay, this.#lifetime.signal);
  }

  #setState(state: AmqpConnectionState, error?: unknown): void {
    if (this.#state === 'closed' && state !== 'closed') return;
    this.#state = state;
    if (state !== 'reconnecting') {
      for (const resolve of this.#awaitingReconnect) resolve(state);
      this.#awaitingReconnect.clear();
    }
    this.#config.onStateChange?.(state, error);
  }
}
