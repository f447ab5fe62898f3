import { ValidationError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { ORDER_LIMITS, parseNewOrder, validateNewOrder } from './order-validation.js';

const line = { sku: 'SKU-1', quantity: 1, unitPrice: 100 };
const valid = { customerId: 'customer-1', currency: 'EUR', lines: [line] };

/** The codes found at each path, so a test states exactly which problems it expects. */
function problems(input: unknown): string[] {
  return validateNewOrder(input).map((issue) => `${issue.path}:${issue.code}`);
}

function withLine(patch: Record<string, unknown>) {
  return { ...valid, lines: [{ ...line, ...patch }] };
}

describe('validateNewOrder', () => {
  it('accepts a valid order', () => {
    expect(validateNewOrder(valid)).toEqual([]);
  });

  it.each([null, undefined, 'order', 42, []])('refuses %j as not an object', (input) => {
    expect(problems(input)).toEqual([':not_object']);
  });

  describe('customerId', () => {
    it.each([undefined, '', '   ', 7, null])('is required (%j)', (customerId) => {
      expect(problems({ ...valid, customerId })).toEqual(['customerId:required']);
    });
    it('may be exactly maxCustomerIdLength long', () => {
      expect(problems({ ...valid, customerId: 'c'.repeat(ORDER_LIMITS.maxCustomerIdLength) })).toEqual([]);
    });
    it('may not be one character longer', () => {
      const customerId = 'c'.repeat(ORDER_LIMITS.maxCustomerIdLength + 1);
      expect(problems({ ...valid, customerId })).toEqual(['customerId:too_long']);
    });
  });

  describe('text fields', () => {
    it.each([
      ['a NUL', 'cus\u0000_1'],
      ['a lone high surrogate', 'cus_\ud800'],
      ['a lone low surrogate', '\udc00cus'],
    ])('refuse %s in customerId and sku', (_, text) => {
      expect(problems({ ...withLine({ sku: text }), customerId: text })).toEqual([
        'customerId:invalid_characters',
        'lines[0].sku:invalid_characters',
      ]);
    });
    it('accept characters outside the BMP (a surrogate pair)', () => {
      expect(problems({ ...valid, customerId: 'cus_\u{1F600}' })).toEqual([]);
    });
  });

  describe('currency', () => {
    it.each([undefined, '', 'eur', 'EURO', 'XYZ', 978])('refuses %j', (currency) => {
      expect(problems({ ...valid, currency })).toEqual(['currency:invalid_currency']);
    });
    it.each(['EUR', 'USD', 'JPY'])('accepts %s', (currency) => {
      expect(problems({ ...valid, currency })).toEqual([]);
    });
  });

  describe('lines', () => {
    it.each([undefined, [], 'lines', {}])('needs at least one line (%j)', (lines) => {
      expect(problems({ ...valid, lines })).toEqual(['lines:required']);
    });
    it('may hold exactly maxLines lines', () => {
      expect(problems({ ...valid, lines: Array(ORDER_LIMITS.maxLines).fill(line) })).toEqual([]);
    });
    it('may not hold one more', () => {
      expect(problems({ ...valid, lines: Array(ORDER_LIMITS.maxLines + 1).fill(line) })).toEqual([
        'lines:too_many',
      ]);
    });
    it.each([null, 'line', 3, [line]])('refuses a line that is not an object (%j)', (bad) => {
      expect(problems({ ...valid, lines: [line, bad] })).toEqual(['lines[1]:not_object']);
    });
  });

  describe('line sku', () => {
    it.each([undefined, '', ' ', 12])('is required (%j)', (sku) => {
      expect(problems(withLine({ sku }))).toEqual(['lines[0].sku:required']);
    });
    it('may be exactly maxSkuLength long, not one more', () => {
      expect(problems(withLine({ sku: 's'.repeat(ORDER_LIMITS.maxSkuLength) }))).toEqual([]);
      expect(problems(withLine({ sku: 's'.repeat(ORDER_LIMITS.maxSkuLength + 1) }))).toEqual([
        'lines[0].sku:too_long',
      ]);
    });
  });

  describe('line quantity', () => {
    it.each([1, ORDER_LIMITS.maxQuantity])('accepts %d', (quantity) => {
      expect(problems(withLine({ quantity }))).toEqual([]);
    });
    it.each([0, -1, ORDER_LIMITS.maxQuantity + 1])('refuses %d as out of range', (quantity) => {
      expect(problems(withLine({ quantity }))).toEqual(['lines[0].quantity:out_of_range']);
    });
    it.each([1.5, '2', undefined, null, Number.NaN, Number.POSITIVE_INFINITY])(
      'refuses %j as not an integer',
      (quantity) => {
        expect(problems(withLine({ quantity }))).toEqual(['lines[0].quantity:not_integer']);
      },
    );
  });

  describe('line unitPrice', () => {
    it.each([0, ORDER_LIMITS.maxUnitPrice])('accepts %d', (unitPrice) => {
      expect(problems(withLine({ unitPrice }))).toEqual([]);
    });
    it.each([-1, ORDER_LIMITS.maxUnitPrice + 1])('refuses %d as out of range', (unitPrice) => {
      expect(problems(withLine({ unitPrice }))).toEqual(['lines[0].unitPrice:out_of_range']);
    });
    it.each([9.99, '100', undefined])('refuses %j as not an integer', (unitPrice) => {
      expect(problems(withLine({ unitPrice }))).toEqual(['lines[0].unitPrice:not_integer']);
    });
  });

  it('lists every problem at once, in field order', () => {
    const input = {
      customerId: '',
      currency: 'eur',
      lines: [
        { sku: '', quantity: 0, unitPrice: -1 },
        line,
        'not a line',
        { sku: 'ok', quantity: 1.5, unitPrice: '1' },
      ],
    };
    expect(problems(input)).toEqual([
      'customerId:required',
      'currency:invalid_currency',
      'lines[0].sku:required',
      'lines[0].quantity:out_of_range',
      'lines[0].unitPrice:out_of_range',
      'lines[2]:not_object',
      'lines[3].quantity:not_integer',
      'lines[3].unitPrice:not_integer',
    ]);
  });

  it('reports too many lines and the problems inside them', () => {
    const lines = [...Array(ORDER_LIMITS.maxLines).fill(line), { ...line, quantity: 0 }];
    expect(problems({ ...valid, lines })).toEqual([
      'lines:too_many',
      `lines[${ORDER_LIMITS.maxLines}].quantity:out_of_range`,
    ]);
  });

  it('gives each issue a readable message', () => {
    const [issue] = validateNewOrder(withLine({ quantity: 0 }));
    expect(issue?.message).toBe(`must be between 1 and ${ORDER_LIMITS.maxQuantity}`);
  });

  it('says what is wrong with each field, in words a client can show', () => {
    const input = {
      customerId: 'c'.repeat(ORDER_LIMITS.maxCustomerIdLength + 1),
      currency: 'XYZ',
      lines: [...Array(ORDER_LIMITS.maxLines).fill(line), 'line', { sku: '', quantity: 1.5, unitPrice: 0 }],
    };
    const messages = validateNewOrder(input).map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toEqual([
      `customerId: must be at most ${ORDER_LIMITS.maxCustomerIdLength} characters`,
      'currency: must be an ISO 4217 currency code',
      `lines: must hold at most ${ORDER_LIMITS.maxLines} lines`,
      `lines[${ORDER_LIMITS.maxLines}]: must be an object`,
      `lines[${ORDER_LIMITS.maxLines + 1}].sku: must be a non-empty string`,
      `lines[${ORDER_LIMITS.maxLines + 1}].quantity: must be an integer`,
    ]);
    expect(validateNewOrder({ ...valid, lines: [] })[0]?.message).toBe('must hold at least one line');
    expect(validateNewOrder(null)).toEqual([{ path: '', code: 'not_object', message: 'must be an object' }]);
  });
});

describe('parseNewOrder', () => {
  it('returns valid input', () => {
    expect(parseNewOrder(valid)).toEqual(valid);
  });

  it('throws a ValidationError carrying every issue', () => {
    const input = { customerId: '', currency: 'EUR', lines: [] };
    const attempt = () => parseNewOrder(input);
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(
      'invalid input: customerId: must be a non-empty string; lines: must hold at least one line',
    );
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['customerId', 'lines']);
    }
  });
});
