import type { EventMessage } from './events.js';

/** An outbox event handed to a relay; `attempts` counts earlier failed publishes. */
export interface ClaimedEvent extends EventMessage {
  readonly attempts: number;
}

/** Options for `OutboxStore.claim`. */
export interface ClaimOptions {
  /** How long the claim keeps other relays away; after it the event can be claimed again. */
  readonly leaseMs?: number;
  /**
   * Events to mark published first, as `markPublished` does, in the same call: a relay hands its
   * last batch's confirmed ids to its next claim, so marking costs no round trip of its own. They
   * are marked whether or not anything is due, and are never claimed by this call.
   */
  readonly markPublished?: readonly string[];
}

/**
 * The transactional outbox: events are written in the same transaction as the change they
 * describe, then claimed by a relay, published, and marked. Two relays never claim the same
 * event while its lease runs.
 */
export interface OutboxStore {
  /** Adds an event; call it inside the transaction that makes the change. */
  add(event: EventMessage): Promise<void>;
  /** Claims up to `limit` due events (unpublished, next attempt reached, not leased), oldest first. */
  claim(limit: number, options?: ClaimOptions): Promise<ClaimedEvent[]>;
  /** Marks events as published; they are never claimed again. */
  markPublished(ids: readonly string[]): Promise<void>;
  /** Records a failed publish: bumps the attempt count and defers the event by `retryInMs` on the store's clock. */
  markFailed(id: string, failure: { readonly error: string; readonly retryInMs: number }): Promise<void>;
}
