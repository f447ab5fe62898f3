import { isStorableText, ORDER_LIMITS } from '../domain/order-validation.js';

// Shapes are fixed by issue 9: other tools script against them. Unknown fields are refused
// (additionalProperties: false, with Ajv's removeAdditional off), never silently dropped.

/**
 * Ajv keyword `storableText: true`: a string without NUL or unpaired surrogates. Checked here, at
 * the edge, so every engine answers the same 400 (PostgreSQL would refuse them with a 500, pg-mem
 * would store them).
 */
export const storableTextKeyword = {
  keyword: 'storableText',
  type: 'string',
  schemaType: 'boolean',
  errors: false,
  validate: (enabled: boolean, value: string) => !enabled || isStorableText(value),
} as const;

const text = (maxLength: number) =>
  ({ type: 'string', minLength: 1, maxLength, storableText: true }) as const;

const line = {
  type: 'object',
  additionalProperties: false,
  required: ['sku', 'quantity', 'unitPrice'],
  properties: {
    sku: text(ORDER_LIMITS.maxSkuLength),
    quantity: { type: 'integer', minimum: 1, maximum: ORDER_LIMITS.maxQuantity },
    unitPrice: { type: 'integer', minimum: 0, maximum: ORDER_LIMITS.maxUnitPrice },
  },
} as const;

/** `POST /orders` body. */
export const createOrderBody = {
  type: 'object',
  additionalProperties: false,
  required: ['customerId', 'currency', 'lines'],
  properties: {
    customerId: text(ORDER_LIMITS.maxCustomerIdLength),
    // The ISO 4217 list itself is checked by the domain (Intl's currencies), not by a regex.
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    lines: { type: 'array', minItems: 1, maxItems: ORDER_LIMITS.maxLines, items: line },
  },
} as const;

/** `POST /orders/:id/pay` body. */
export const payBody = {
  type: 'object',
  additionalProperties: false,
  required: ['paymentToken'],
  properties: { paymentToken: text(255) },
} as const;

/** `:id` must be a UUID (upper case is lowered before this check): anything else is a 400, not a lookup. */
export const orderIdParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

/** The optional `Idempotency-Key` header of the two POSTs that change state. */
export const idempotencyHeaders = {
  type: 'object',
  properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 255 } },
} as const;
