import { isCurrencyCode, ValidationError, type ValidationIssue } from '@seams/ports';
import type { NewOrder } from './order.js';

/** The bounds a new order must stay within; they keep totals exact and payloads small. */
export const ORDER_LIMITS = {
  maxLines: 100,
  maxQuantity: 10_000,
  maxUnitPrice: 100_000_000,
  maxSkuLength: 64,
  maxCustomerIdLength: 128,
} as const;

/**
 * True when `value` can be stored as text anywhere: no NUL (PostgreSQL's text and jsonb refuse it)
 * and no unpaired UTF-16 surrogate (it has no UTF-8 form).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The issue for a string `isStorableText` refuses. */
export const UNSTORABLE_TEXT = {
  code: 'invalid_characters',
  message: 'must not contain NUL (U+0000) or unpaired surrogates',
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkString(value: unknown, path: string, maxLength: number, issues: ValidationIssue[]): void {
  if (typeof value !== 'string' || value.trim().length === 0) {
    issues.push({ path, code: 'required', message: 'must be a non-empty string' });
  } else if (value.length > maxLength) {
    issues.push({ path, code: 'too_long', message: `must be at most ${maxLength} characters` });
  } else if (!isStorableText(value)) {
    issues.push({ path, ...UNSTORABLE_TEXT });
  }
}

function checkInteger(
  value: unknown,
  path: string,
  min: number,
  max: number,
  issues: ValidationIssue[],
): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.push({ path, code: 'not_integer', message: 'must be an integer' });
  } else if (value < min || value > max) {
    issues.push({ path, code: 'out_of_range', message: `must be between ${min} and ${max}` });
  }
}

function checkLines(lines: unknown, issues: ValidationIssue[]): void {
  if (!Array.isArray(lines) || lines.length === 0) {
    issues.push({ path: 'lines', code: 'required', message: 'must hold at least one line' });
    return;
  }
  if (lines.length > ORDER_LIMITS.maxLines) {
    issues.push({
      path: 'lines',
      code: 'too_many',
      message: `must hold at most ${ORDER_LIMITS.maxLines} lines`,
    });
  }
  lines.forEach((line: unknown, index) => {
    const path = `lines[${index}]`;
    if (!isObject(line)) {
      issues.push({ path, code: 'not_object', message: 'must be an object' });
      return;
    }
    checkString(line.sku, `${path}.sku`, ORDER_LIMITS.maxSkuLength, issues);
    checkInteger(line.quantity, `${path}.quantity`, 1, ORDER_LIMITS.maxQuantity, issues);
    checkInteger(line.unitPrice, `${path}.unitPrice`, 0, ORDER_LIMITS.maxUnitPrice, issues);
  });
}

/** Every problem with a would-be new order, in field order; an empty list means it is valid. */
export function validateNewOrder(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isObject(input)) {
    return [{ path: '', code: 'not_object', message: 'must be an object' }];
  }
  checkString(input.customerId, 'customerId', ORDER_LIMITS.maxCustomerIdLength, issues);
  if (typeof input.currency !== 'string' || !isCurrencyCode(input.currency)) {
    issues.push({ path: 'currency', code: 'invalid_currency', message: 'must be an ISO 4217 currency code' });
  }
  checkLines(input.lines, issues);
  return issues;
}

/** Narrows `input` to a valid `NewOrder` or throws a `ValidationError` listing every problem. */
export function parseNewOrder(input: unknown): NewOrder {
  const issues = validateNewOrder(input);
  if (issues.length > 0) throw new ValidationError(issues);
  return input as NewOrder;
}
