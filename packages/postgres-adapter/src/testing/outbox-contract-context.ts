import { FakeClock, SequentialIdGenerator } from '@seams/fakes';
import type { PostgresPool } from '../postgres-client.js';
import { PostgresOutboxStore } from '../postgres-outbox-store.js';
import { PostgresUnitOfWork } from '../postgres-unit-of-work.js';

/** The OutboxStore contract's context on `pool`: the store, and a unit of work whose scope holds it. */
export function outboxContractContext(
  pool: PostgresPool,
  claims: 'one-statement' | 'transaction' = 'one-statement',
) {
  const clock = new FakeClock();
  const outbox = new PostgresOutboxStore({ pool, clock, claims });
  return {
    unitOfWork: new PostgresUnitOfWork({ pool, scope: () => ({ outbox }) }),
    outbox,
    clock,
    advance: (ms: number) => clock.advance(ms),
    ids: new SequentialIdGenerator(),
  };
}
