import { ValidationError } from './errors.js';

/** An amount in integer minor units (cents for EUR) and its ISO 4217 currency code. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

let knownCurrencies: ReadonlySet<string> | undefined;

/** True for an ISO 4217 code the runtime's ICU data knows, e.g. `EUR`. */
export function isCurrencyCode(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code);
}

/** Builds a Money, refusing fractional, unsafe or negative amounts and unknown currencies. */
export function money(amount: number, currency: string): Money {
  const issues = [];
  if (!Number.isSafeInteger(amount) || amount < 0) {
    issues.push({
      path: 'amount',
      code: 'invalid_amount',
      message: 'must be a non-negative integer in minor units',
    });
  }
  if (!isCurrencyCode(currency)) {
    issues.push({
      path: 'currency',
      code: 'invalid_currency',
      message: `${currency} is not an ISO 4217 code`,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { amount, currency };
}

/** Adds two amounts of one currency; refuses a sum past 2^53 rather than lose precision. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new ValidationError([
      { path: 'currency', code: 'currency_mismatch', message: `cannot add ${a.currency} to ${b.currency}` },
    ]);
  }
  return money(a.amount + b.amount, a.currency);
}
