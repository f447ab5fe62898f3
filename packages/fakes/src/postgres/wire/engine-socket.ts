import { Duplex } from 'node:stream';
import { FrontendReader } from './frontend-messages.js';
import { type FakeDatabase, ProtocolSession } from './protocol-session.js';

/**
 * What node-pg connects through instead of a TCP socket (pg's `stream` option): the bytes pg
 * writes are read as protocol messages and answered by a `ProtocolSession` on the fake database,
 * in order. Everything above it (pg's Client, Pool, parsers, `DatabaseError`) is pg's own code.
 */
export class EngineSocket extends Duplex {
  readonly #reader = new FrontendReader();
  readonly #session: ProtocolSession;
  #work: Promise<void> = Promise.resolve();
  #ended = false;

  constructor(database: FakeDatabase, id: number) {
    super();
    this.#session = new ProtocolSession(
      id,
      database,
      // A notification may arrive for a connection that has just ended: there is no one left to tell.
      (bytes) => {
        if (!this.#ended && !this.destroyed) this.push(bytes);
      },
      () => this.#end(),
    );
  }

  /** The pool handed the client out: its queries run again. */
  checkOut(): void {
    this.#session.checkOut();
  }

  /** The client went back to the pool: later queries are refused, an open transaction rolls back. */
  checkIn(): void {
    this.#session.checkIn();
    this.#enqueue(() => this.#session.close());
  }

  /** pg calls this as on a `net.Socket`; there is nothing to dial. */
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (const message of this.#reader.read(chunk)) this.#enqueue(() => this.#session.handle(message));
    callback();
  }

  /** Work on the session runs strictly in arrival order, one step at a time. */
  #enqueue(step: () => Promise<void> | void): void {
    // A failure here is a bug in the fake, not an SQL error: it ends the connection loudly.
    this.#work = this.#work.then(step).catch((error: unknown) => {
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  }

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.push(null);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#work
      .then(() => this.#session.end())
      .then(() => {
        this.#end();
        callback();
      }, callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#work
      .then(() => this.#session.end())
      .then(
        () => callback(error),
        (closing: unknown) =>
          callback(error ?? (closing instanceof Error ? closing : new Error(String(closing)))),
      );
  }
}
