/**
 * A reservation asked for more units than are available; nothing was reserved.
 * (Its own class: `SeamsError` from @seams/ports only takes the toolkit's codes.)
 */
export class InsufficientStockError extends Error {
  readonly code = 'INSUFFICIENT_STOCK';

  constructor(
    readonly sku: string,
    readonly requested: number,
    readonly available: number,
    options?: { cause?: unknown },
  ) {
    super(`${sku}: ${requested} requested, ${available} available`, options);
    this.name = 'InsufficientStockError';
  }
}
