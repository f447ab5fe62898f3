import type { OutboxStore, UnitOfWork } from '@seams/ports';
import type { StockRepository } from './stock-repository.js';

/** The stores a change of stock touches together: the stock, and the events that describe it. */
export interface InventoryScope {
  readonly stock: StockRepository;
  readonly outbox: OutboxStore;
}

/** The service's transaction boundary: `@seams/ports`' generic `UnitOfWork` over its own scope. */
export type InventoryUnitOfWork = UnitOfWork<InventoryScope>;
