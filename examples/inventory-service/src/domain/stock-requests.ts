import { ValidationError, type ValidationIssue } from '@seams/ports';

/** The most units one receipt or reservation may move: a larger number is a typo, not an order. */
export const MAX_UNITS = 10_000;

/** Upper-case letters, digits and dashes, starting with a letter or digit: `BOOK-1`. */
const SKU_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,63}$/;

/** Units of a SKU that arrived at the warehouse. */
export interface StockReceipt {
  readonly sku: string;
  readonly quantity: number;
}

/** A request to hold units of a SKU for an order. */
export interface ReservationRequest {
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
}

type Fields = Readonly<Record<string, unknown>>;

function fieldsOf(input: unknown): Fields {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError([{ path: '', code: 'invalid_type', message: 'expected an object' }]);
  }
  return input as Fields;
}

function checkSku(value: unknown, issues: ValidationIssue[]): string {
  if (typeof value === 'string' && SKU_PATTERN.test(value)) return value;
  issues.push({ path: 'sku', code: 'invalid_sku', message: 'must be 1 to 64 of A-Z, 0-9 and -' });
  return '';
}

function checkQuantity(value: unknown, issues: ValidationIssue[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_UNITS) return value;
  issues.push({
    path: 'quantity',
    code: 'invalid_quantity',
    message: `must be an integer from 1 to ${MAX_UNITS}`,
  });
  return 0;
}

/** Validates a receipt; `ValidationError` lists every problem. */
export function parseStockReceipt(input: unknown): StockReceipt {
  const fields = fieldsOf(input);
  const issues: ValidationIssue[] = [];
  const receipt = { sku: checkSku(fields.sku, issues), quantity: checkQuantity(fields.quantity, issues) };
  if (issues.length > 0) throw new ValidationError(issues);
  return receipt;
}

/** Validates a reservation request; `ValidationError` lists every problem. */
export function parseReservationRequest(input: unknown): ReservationRequest {
  const fields = fieldsOf(input);
  const issues: ValidationIssue[] = [];
  const { orderId } = fields;
  if (typeof orderId !== 'string' || orderId.trim() === '' || orderId.length > 100) {
    issues.push({ path: 'orderId', code: 'invalid_order_id', message: 'must be 1 to 100 characters' });
  }
  const request = {
    orderId: typeof orderId === 'string' ? orderId : '',
    sku: checkSku(fields.sku, issues),
    quantity: checkQuantity(fields.quantity, issues),
  };
  if (issues.length > 0) throw new ValidationError(issues);
  return request;
}
