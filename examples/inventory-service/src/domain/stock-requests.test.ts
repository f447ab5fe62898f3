import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '@seams/ports';
import { MAX_UNITS, parseReservationRequest, parseStockReceipt } from './stock-requests.js';

const pathsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.issues.map((issue) => issue.path);
  }
  assert.fail('expected a ValidationError');
};

describe('parseReservationRequest', () => {
  it('accepts a well-formed request as it is', () => {
    const request = { orderId: 'o-1', sku: 'BOOK-1', quantity: MAX_UNITS };
    assert.deepEqual(parseReservationRequest(request), request);
  });

  it('lists every problem, not just the first', () => {
    assert.deepEqual(
      pathsOf(() => parseReservationRequest({ orderId: ' ', sku: 'book 1', quantity: 1.5 })),
      ['orderId', 'sku', 'quantity'],
    );
  });

  it('refuses quantities outside 1 to MAX_UNITS and skus that are not upper-case codes', () => {
    for (const quantity of [0, -1, MAX_UNITS + 1, Number.NaN, '2']) {
      assert.deepEqual(
        pathsOf(() => parseReservationRequest({ orderId: 'o', sku: 'A', quantity })),
        ['quantity'],
      );
    }
    for (const sku of ['', '-A', 'a', 'A'.repeat(65), 42]) {
      assert.deepEqual(
        pathsOf(() => parseReservationRequest({ orderId: 'o', sku, quantity: 1 })),
        ['sku'],
      );
    }
  });

  it('refuses what is not an object', () => {
    for (const input of [null, [], 'BOOK-1', 3])
      assert.deepEqual(
        pathsOf(() => parseReservationRequest(input)),
        [''],
      );
  });
});

describe('parseStockReceipt', () => {
  it('accepts a sku and a quantity, and names what is wrong otherwise', () => {
    assert.deepEqual(parseStockReceipt({ sku: 'BOOK-1', quantity: 3 }), { sku: 'BOOK-1', quantity: 3 });
    assert.deepEqual(
      pathsOf(() => parseStockReceipt({ sku: 'BOOK-1' })),
      ['quantity'],
    );
  });
});
