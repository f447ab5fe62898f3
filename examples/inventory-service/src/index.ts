export { InsufficientStockError } from './domain/insufficient-stock-error.js';
export type { InventoryScope, InventoryUnitOfWork } from './domain/inventory-unit-of-work.js';
export { DEFAULT_HOLD_MS } from './domain/reservation-rules.js';
export { available, type Reservation, type ReservationStatus, type StockLevel } from './domain/stock.js';
export { type ReleaseReason, STOCK_EVENT_TYPES, STOCK_EVENTS_EXCHANGE } from './domain/stock-events.js';
export type { ReleaseOutcome, StockRepository } from './domain/stock-repository.js';
export { MAX_UNITS, type ReservationRequest, type StockReceipt } from './domain/stock-requests.js';
export { Inventory, type InventoryConfig } from './inventory.js';
export { inventoryMigrations, migrateInventory } from './postgres/inventory-migrations.js';
export { createInventoryUnitOfWork } from './postgres/postgres-inventory-unit-of-work.js';
export {
  PostgresStockRepository,
  type PostgresStockRepositoryConfig,
} from './postgres/postgres-stock-repository.js';
export { type PublishRound, publishDueEvents } from './publish-due-events.js';
