import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.js';
import { addMoney, isCurrencyCode, money } from './money.js';

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}:${issue.code}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('isCurrencyCode', () => {
  it.each(['EUR', 'USD', 'GBP', 'JPY'])('knows %s', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });
  it.each(['', 'eur', 'EU', 'EURO', 'XYZ', ' EUR'])('refuses %j', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('money', () => {
  it('builds an amount in minor units', () => {
    expect(money(0, 'EUR')).toEqual({ amount: 0, currency: 'EUR' });
    expect(money(Number.MAX_SAFE_INTEGER, 'USD')).toEqual({
      amount: Number.MAX_SAFE_INTEGER,
      currency: 'USD',
    });
  });
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses amount %d',
    (amount) => {
      expect(issuesOf(() => money(amount, 'EUR'))).toEqual(['amount:invalid_amount']);
    },
  );
  it('refuses an unknown currency', () => {
    expect(issuesOf(() => money(1, 'ABC'))).toEqual(['currency:invalid_currency']);
  });
  it('says what is wrong in each message', () => {
    const error = (() => {
      try {
        money(-5, 'eur');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      issues: [
        { message: 'must be a non-negative integer in minor units' },
        { message: 'eur is not an ISO 4217 code' },
      ],
    });
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow('cannot add EUR to USD');
  });
  it('lists both problems at once', () => {
    expect(issuesOf(() => money(-5, 'eur'))).toEqual(['amount:invalid_amount', 'currency:invalid_currency']);
  });
});

describe('addMoney', () => {
  it('adds amounts of one currency', () => {
    expect(addMoney(money(150, 'EUR'), money(275, 'EUR'))).toEqual({ amount: 425, currency: 'EUR' });
  });
  it('refuses to mix currencies', () => {
    expect(issuesOf(() => addMoney(money(1, 'EUR'), money(1, 'USD')))).toEqual([
      'currency:currency_mismatch',
    ]);
  });
  it('refuses a sum that would lose precision', () => {
    const big = money(Number.MAX_SAFE_INTEGER, 'EUR');
    expect(issuesOf(() => addMoney(big, money(1, 'EUR')))).toEqual(['amount:invalid_amount']);
  });
});
