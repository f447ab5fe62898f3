import type { EventPublisher, OutboxStore } from '@seams/ports';

/** What one round of `publishDueEvents` did. */
export interface PublishRound {
  readonly published: number;
  readonly failed: number;
}

/**
 * One round of the outbox relay: claims due events (leased, so another relay skips them),
 * publishes each with the broker's confirm, marks it published, or failed to be retried after
 * `retryInMs`. At least once: a crash between confirm and mark republishes with the same id.
 * Run it on a timer; `apps/order-service`'s `OutboxRelay` is the full loop with back-off.
 */
export async function publishDueEvents(config: {
  readonly outbox: OutboxStore;
  readonly publisher: EventPublisher;
  /** Events claimed per round. Default 50. */
  readonly limit?: number;
  /** Wait before a failed event is due again. Default 5 s. */
  readonly retryInMs?: number;
}): Promise<PublishRound> {
  const { outbox, publisher, limit = 50, retryInMs = 5_000 } = config;
  let published = 0;
  let failed = 0;
  for (const { attempts: _, ...event } of await outbox.claim(limit)) {
    try {
      await publisher.publish(event);
    } catch (error) {
      await outbox.markFailed(event.id, {
        error: error instanceof Error ? error.message : String(error),
        retryInMs,
      });
      failed++;
      continue;
    }
    await outbox.markPublished([event.id]);
    published++;
  }
  return { published, failed };
}
